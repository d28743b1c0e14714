"""Bulk issuance from CSRs: every certificate linted, stored and audited."""

from __future__ import annotations

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec

from idtoolkit import api, audit_chain
from idtoolkit.errors import ProfileViolation

from .conftest import TwoTier


def _csrs(n: int) -> list[x509.CertificateSigningRequest]:
    key = ec.generate_private_key(ec.SECP256R1())  # one key is enough to exercise the path
    return [
        x509.CertificateSigningRequestBuilder()
        .subject_name(x509.Name.from_rfc4514_string(f"CN=device-{i:04d},O=Lab,C=SN"))
        .sign(key, hashes.SHA256())
        for i in range(n)
    ]


def test_bulk_issues_every_request_durably_with_one_audit_event_each(pki: TwoTier) -> None:
    result = api.issue_csrs_bulk(pki.ws, "issuing", "tls-client", _csrs(25), commit_every=10)
    assert result.issued == 25 and len(set(result.serials)) == 25
    assert result.linted == 25 and result.rejected == ()
    assert api.count_certificates(pki.ws, api.CertFilter(ca="issuing")) == 25
    with pki.ws.store.reading() as s:
        verified = audit_chain.verify(s)
        issued_events = [e for e in audit_chain.iter_events(s) if e.action == "cert.issued"]
    assert verified.ok and len(issued_events) == 25


def test_subject_search_finds_every_certificate_of_a_bulk_batch(pki: TwoTier) -> None:
    """A batch's rows go in as one statement (not one per row): the subject search index is
    kept in step all the same, on SQLite (FTS5, by trigger) and PostgreSQL."""
    api.issue_csrs_bulk(pki.ws, "issuing", "tls-client", _csrs(12), commit_every=5)

    def found(text: str) -> list[str]:
        return sorted(c.subject for c in api.list_certificates(pki.ws, api.CertFilter(text=text)))

    assert found("device-0007") == ["CN=device-0007,O=Lab,C=SN"]
    assert [s[:14] for s in found("DEVICE-001")] == ["CN=device-0010", "CN=device-0011"]
    assert len(found("ice-00")) == 12
    assert api.count_certificates(pki.ws, api.CertFilter(text="O=Lab")) == 12


def test_a_bad_request_stops_the_batch_before_it_is_written(sqlite_pki: TwoTier) -> None:
    csrs = _csrs(3)
    csrs[2] = (
        x509.CertificateSigningRequestBuilder()
        .subject_name(x509.Name.from_rfc4514_string("CN=x,DC=lab"))
        .sign(ec.generate_private_key(ec.SECP256R1()), hashes.SHA256())
    )
    with pytest.raises(ProfileViolation, match="subject attribute DC is not allowed"):
        api.issue_csrs_bulk(sqlite_pki.ws, "issuing", "tls-client", csrs)
    assert api.count_certificates(sqlite_pki.ws, api.CertFilter(ca="issuing")) == 0


def test_certificates_the_signer_lints_while_the_worker_is_behind_get_the_same_findings(
    sqlite_pki: TwoTier, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A large job lints in a worker process; while that worker is behind, the signing
    process lints the next certificates itself (both cores busy without a third process).
    Whichever side linted it, each certificate's audit event records the warnings a single
    issuance of the profile gets (the lab's local base URL is one)."""
    import json

    from sqlalchemy import select

    from idtoolkit.ca import bulk
    from idtoolkit.store.models import AuditEvent

    monkeypatch.setattr(bulk, "_BACKLOG", 0)  # any certificate not answered yet: lint here
    ws = sqlite_pki.ws
    api.issue_with_new_key(
        ws, "issuing", "tls-server", "CN=single.lab.sn", "ec-p256", sans=["dns:single.lab.sn"]
    )
    key = ec.generate_private_key(ec.SECP256R1())
    csrs = [
        x509.CertificateSigningRequestBuilder()
        .subject_name(x509.Name.from_rfc4514_string(f"CN=host{i}.lab.sn"))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName(f"host{i}.lab.sn")]), False)
        .sign(key, hashes.SHA256())
        for i in range(40)
    ]
    result = api.issue_csrs_bulk(ws, "issuing", "tls-server", csrs, commit_every=10)
    assert result.issued == result.linted == 40 and result.rejected == ()
    with ws.store.reading() as s:
        events = [
            json.loads(e.details)
            for e in s.scalars(select(AuditEvent).where(AuditEvent.action == "cert.issued"))
        ]
    single, bulk_events = events[0], events[1:]
    assert single["lint_warnings"] and len(bulk_events) == 40
    assert all(e["linted"] and e["lint_warnings"] == single["lint_warnings"] for e in bulk_events)
