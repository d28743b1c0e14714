"""Every path that issues certificates records them the same way: an auditor's script reads
one ``cert.issued`` schema, whether the certificate came from a single issuance, a CSR, a
service credential, a bulk run from CSRs, a CSV credential job or a directory of CSRs."""

from __future__ import annotations

import json
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from sqlalchemy import select

from idtoolkit import api
from idtoolkit.ca.certificate_recording import ISSUED_EVENT_KEYS
from idtoolkit.store.models import AuditEvent

from .conftest import TwoTier
from .test_bulk_jobs import write_citizens


def _csr(cn: str) -> x509.CertificateSigningRequest:
    key = ec.generate_private_key(ec.SECP256R1())
    return (
        x509.CertificateSigningRequestBuilder()
        .subject_name(x509.Name.from_rfc4514_string(f"CN={cn}.lab.sn"))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName(f"{cn}.lab.sn")]), False)
        .sign(key, hashes.SHA256())
    )


def _path(source: str) -> str:
    """The issuing path of a ``source`` (job sources end with the job's name)."""
    for prefix in ("bulk csv", "bulk csr-dir"):
        if source.startswith(prefix + " "):
            return prefix
    return source


def _shape(details: dict[str, object]) -> dict[str, str]:
    """Each key with the JSON type of its value (a null request counts as a string's slot)."""
    return {
        key: "str|null" if key == "request" else type(value).__name__
        for key, value in details.items()
    }


def test_every_issuing_path_records_the_same_event_shape(
    sqlite_pki: TwoTier, tmp_path: Path
) -> None:
    ws = sqlite_pki.ws
    api.issue_with_new_key(
        ws, "issuing", "tls-server", "CN=single.lab.sn", "ec-p256", sans=["dns:single.lab.sn"]
    )
    api.issue_from_csr(ws, "issuing", "tls-server", _csr("from-csr"))
    api.create_service_credential(ws, "issuing", "ocsp", "CN=Lab OCSP,O=Lab,C=SN", "ec-p256")
    # Twenty or more: linted in worker processes (fewer are linted inline).
    api.issue_csrs_bulk(ws, "issuing", "tls-server", [_csr(f"bulk{i}") for i in range(20)])
    citizens = tmp_path / "citizens.csv"
    write_citizens(citizens, 3)
    api.run_csv_job(ws, "issuing", "citizen-auth", citizens, tmp_path / "csv-out")
    csr_dir = tmp_path / "csrs"
    csr_dir.mkdir()
    for i in range(2):
        pem = _csr(f"dir{i}").public_bytes(serialization.Encoding.PEM)
        (csr_dir / f"dir{i}.csr").write_bytes(pem)
    api.run_csr_dir_job(ws, "issuing", "tls-server", csr_dir, tmp_path / "dir-out")

    with ws.store.reading() as s:
        events = [
            json.loads(e.details)
            for e in s.scalars(select(AuditEvent).where(AuditEvent.action == "cert.issued"))
        ]
    assert {_path(e["source"]) for e in events} == {
        "generated key",
        "csr",
        "ocsp service credential",
        "bulk csr",
        "bulk csv",
        "bulk csr-dir",
    }
    assert set(events[0]) == set(ISSUED_EVENT_KEYS)
    assert {json.dumps(_shape(e), sort_keys=True) for e in events} == {
        json.dumps(_shape(events[0]), sort_keys=True)
    }
    # What the bulk paths used to leave out: the SANs, and whether the certificate was linted.
    bulk = [e for e in events if e["source"] == "bulk csr"]
    assert bulk[0]["sans"] == ["dns:bulk0.lab.sn"] and bulk[0]["linted"] is True
    # And what pkilint warned about, recorded as for a single issuance of the same profile.
    single = next(e for e in events if e["source"] == "generated key")
    assert single["lint_warnings"], "the lab's base URL (a local host) is a lint warning"
    assert len(bulk) == 20
    assert all(e["lint_warnings"] == single["lint_warnings"] for e in bulk)
    csv_and_dir = [e for e in events if e["source"].startswith(("bulk csv", "bulk csr-dir"))]
    assert len(csv_and_dir) == 3 + 2
    assert all(e["linted"] and e["lint_warnings"] for e in csv_and_dir)
