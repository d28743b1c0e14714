"""National-scale issuance: a CSV of citizens becomes keys, certificates and PKCS#12 files;
bad rows are reported and skipped; a job killed midway and run again issues every row exactly
once; a citizen's token is enrolled with a key generated on it."""

from __future__ import annotations

import csv
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from sqlalchemy import func, select

from idtoolkit import api, audit_chain
from idtoolkit.ca.credential_job import run_csr_dir_job, run_csv_job
from idtoolkit.errors import InputError
from idtoolkit.store.models import CertificateRecord
from idtoolkit.workspace import Workspace

from .conftest import PASSPHRASE, TwoTier, build_two_tier

BAD_LINES = {
    9: "not a mailbox address",
    13: "exactly one of GN+SN or pseudonym",
    22: "duplicate id",
}


def write_citizens(path: Path, count: int) -> None:
    """Rows R0000...; line 9 has a bad email, line 13 lacks a given name, line 22 repeats an id."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "GN", "SN", "CN", "serialNumber", "C", "email"])
        for i in range(count):
            line = i + 2
            email = "not-an-email" if line == 9 else f"citizen{i}@gov.sn"
            given = "" if line == 13 else f"Awa{i}"
            row_id = "R0019" if line == 22 else f"R{i:04d}"
            writer.writerow(
                [row_id, given, f"Ndiaye{i}", f"Awa{i} Ndiaye{i}", f"IDCSN-{i:07d}", "SN", email]
            )


def _refs(ws: Workspace) -> list[str]:
    with ws.store.reading() as s:
        return [r for r in s.execute(select(CertificateRecord.request_ref)).scalars() if r]


def test_a_csv_with_bad_rows_issues_every_good_row_and_reports_the_bad(
    sqlite_pki: TwoTier, tmp_path: Path
) -> None:
    write_citizens(tmp_path / "citizens.csv", 1000)
    report = run_csv_job(
        sqlite_pki.ws, "issuing", "citizen-auth", tmp_path / "citizens.csv", tmp_path / "out"
    )
    assert report.issued == 997 and not report.cancelled
    assert {e.line: e.message for e in report.errors}.keys() == BAD_LINES.keys()
    for error in report.errors:
        assert BAD_LINES[error.line] in error.message
    out = tmp_path / "out"
    manifest = list(csv.DictReader((out / "manifest.csv").open()))
    letters = list(csv.DictReader((out / "pin-letters.csv").open()))
    assert len(manifest) == len(letters) == 997 == len(list((out / "credentials").iterdir()))
    assert not list((out / ".staging").iterdir())
    first = letters[0]
    key, cert, chain = pkcs12.load_key_and_certificates(
        (out / "credentials" / first["p12"]).read_bytes(), first["password"].encode()
    )
    assert (
        cert is not None
        and key is not None
        and format(cert.serial_number, "x").zfill(40).endswith(first["serial"].lstrip("0"))
    )
    cert.verify_directly_issued_by(chain[0])
    # Packed in a second process as they were signed: each file's key is its certificate's,
    # opened with its own letter's password.
    for letter in letters[::40]:
        key, cert, _ = pkcs12.load_key_and_certificates(
            (out / "credentials" / letter["p12"]).read_bytes(), letter["password"].encode()
        )
        assert key is not None and cert is not None
        assert key.public_key() == cert.public_key()
        assert format(cert.serial_number, "x").zfill(40).endswith(letter["serial"].lstrip("0"))
    assert json.loads((out / "report.json").read_text())["issued"] == 997
    again = run_csv_job(
        sqlite_pki.ws, "issuing", "citizen-auth", tmp_path / "citizens.csv", tmp_path / "out"
    )
    assert again.issued == 0 and again.already_issued == 997
    assert len(_refs(sqlite_pki.ws)) == 997


def _without_helper(monkeypatch: pytest.MonkeyPatch, worker: str) -> None:
    """Helper process ``worker`` could not start, or died: it exits at once, doing nothing."""
    from idtoolkit import helper_processes

    command = helper_processes.command

    def gone(name: str, *args: str) -> list[str]:
        if name == worker:
            return [sys.executable, "-c", "pass"]
        return command(name, *args)

    monkeypatch.setattr(helper_processes, "command", gone)


def _device_csr(key: ec.EllipticCurvePrivateKey, i: int) -> x509.CertificateSigningRequest:
    return (
        x509.CertificateSigningRequestBuilder()
        .subject_name(x509.Name.from_rfc4514_string(f"CN=device-{i},O=Lab,C=SN"))
        .sign(key, hashes.SHA256())
    )


def test_a_job_whose_packing_helper_stops_packs_its_files_itself(
    sqlite_pki: TwoTier, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A large job packs its PKCS#12 files in a helper process; should that helper be gone
    (it could not start, or it died), the job packs them itself: every file is there and
    opens with its password, with its certificate's key."""
    _without_helper(monkeypatch, "p12")
    write_citizens(tmp_path / "citizens.csv", 40)
    report = run_csv_job(
        sqlite_pki.ws, "issuing", "citizen-auth", tmp_path / "citizens.csv", tmp_path / "out"
    )
    assert report.issued == 37 and not report.errors[3:]
    _assert_each_file_opens_with_its_letter(tmp_path / "out", 37)


def test_column_mapping_and_a_clear_error_for_unknown_columns(
    sqlite_pki: TwoTier, tmp_path: Path
) -> None:
    (tmp_path / "export.csv").write_text("matricule,prenom,nom,pays\nA1,Fatou,Sow,SN\n")
    (tmp_path / "map.csv").write_text("matricule,id\nprenom,GN\nnom,SN\npays,C\n")
    from idtoolkit.ca.rows import load_mapping

    with pytest.raises(InputError, match="unknown column 'matricule'"):
        run_csv_job(
            sqlite_pki.ws, "issuing", "tls-client", tmp_path / "export.csv", tmp_path / "out"
        )
    (tmp_path / "export.csv").write_text(
        "matricule,prenom,nom,pays,cn\nA1,Fatou,Sow,SN,Fatou Sow\n"
    )
    (tmp_path / "map.csv").write_text("matricule,id\nprenom,GN\nnom,SN\npays,C\ncn,CN\n")
    report = run_csv_job(
        sqlite_pki.ws,
        "issuing",
        "citizen-auth",
        tmp_path / "export.csv",
        tmp_path / "out",
        mapping=load_mapping(tmp_path / "map.csv"),
    )
    assert report.issued == 1, report.errors


def test_a_job_killed_midway_and_run_again_issues_each_row_exactly_once(tmp_path: Path) -> None:
    ws = Workspace.init(tmp_path / "ws", PASSPHRASE)
    build_two_tier(ws)
    ws.close()
    write_citizens(tmp_path / "citizens.csv", 1000)
    env = {**os.environ, "IDTOOLKIT_PASSPHRASE": PASSPHRASE.decode()}
    command = [
        sys.executable,
        "-m",
        "idtoolkit.apps.cli.main",
        "bulk",
        "issue",
        "--workspace",
        str(tmp_path / "ws"),
        "--ca",
        "issuing",
        "--profile",
        "citizen-auth",
        "--csv",
        str(tmp_path / "citizens.csv"),
        "--out",
        str(tmp_path / "out"),
        "--batch",
        "50",
    ]
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    database = tmp_path / "ws" / "idtoolkit.db"
    deadline = time.monotonic() + 60
    issued_at_kill = 0
    while time.monotonic() < deadline:
        time.sleep(0.05)
        try:
            with sqlite3.connect(database, timeout=1) as conn:
                issued_at_kill = conn.execute(
                    "select count(*) from certificates where request_ref is not null"
                ).fetchone()[0]
        except sqlite3.OperationalError:
            continue
        if issued_at_kill >= 100:
            break
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert 0 < issued_at_kill < 997, "the job should have been killed midway"
    rerun = subprocess.run(
        [*command, "--json"], env=env, capture_output=True, text=True, timeout=120
    )
    assert rerun.returncode == 4, rerun.stderr  # 3 rows rejected: exit 4 (scripts notice)
    result = json.loads(rerun.stdout)
    assert result["issued"] + result["already_issued"] == 997
    ws = Workspace.open(tmp_path / "ws")
    try:
        refs = _refs(ws)
        assert len(refs) == len(set(refs)) == 997  # every good row exactly once
        with ws.store.reading() as s:
            assert audit_chain.verify(s).ok
            events = s.execute(
                select(func.count()).select_from(
                    select(audit_chain.AuditEvent)
                    .where(audit_chain.AuditEvent.action == "cert.issued")
                    .subquery()
                )
            ).scalar_one()
        assert events == 997
    finally:
        ws.close()
    out = tmp_path / "out"
    letters = list(csv.DictReader((out / "pin-letters.csv").open()))
    assert len(letters) == len({r["id"] for r in letters}) == 997
    assert len(list((out / "credentials").iterdir())) == 997


def test_a_staged_batch_that_never_reached_the_store_is_discarded(
    sqlite_pki: TwoTier, tmp_path: Path
) -> None:
    write_citizens(tmp_path / "citizens.csv", 30)
    staging = tmp_path / "out" / ".staging"
    staging.mkdir(parents=True)
    (staging / "batch-ab.json").write_text(
        json.dumps(
            [{"row_id": "R0000", "serial": "ab", "file": "R0000.p12", "password": "x", "p12": ""}]
        )
    )
    report = run_csv_job(
        sqlite_pki.ws, "issuing", "citizen-auth", tmp_path / "citizens.csv", tmp_path / "out"
    )
    assert report.discarded_unrecorded == 1 and report.issued == 27
    assert not list(staging.iterdir())


def test_issue_from_a_directory_of_csrs(sqlite_pki: TwoTier, tmp_path: Path) -> None:
    csr_dir = tmp_path / "csrs"
    csr_dir.mkdir()
    for i in range(5):
        csr = _device_csr(ec.generate_private_key(ec.SECP256R1()), i)
        (csr_dir / f"device-{i}.csr").write_bytes(csr.public_bytes(serialization.Encoding.PEM))
    (csr_dir / "broken.csr").write_text("-----BEGIN CERTIFICATE REQUEST-----\nAAAA\n")
    report = run_csr_dir_job(sqlite_pki.ws, "issuing", "tls-client", csr_dir, tmp_path / "out")
    assert report.issued == 5 and [e.row_id for e in report.errors] == ["broken"]
    assert sorted(p.name for p in (tmp_path / "out" / "certificates").iterdir()) == [
        f"device-{i}.pem" for i in range(5)
    ]
    (tmp_path / "out" / "certificates" / "device-3.pem").unlink()
    again = run_csr_dir_job(sqlite_pki.ws, "issuing", "tls-client", csr_dir, tmp_path / "out")
    assert again.issued == 0 and again.already_issued == 5 and again.recovered == 1


def test_a_csr_the_profile_refuses_is_a_bad_row_of_a_csr_directory_not_the_end_of_the_job(
    sqlite_pki: TwoTier, tmp_path: Path
) -> None:
    """One CSR in a folder of many whose subject or key the profile refuses is reported with
    its file's id, and the others are issued: the job used to stop at it, unnamed, with
    nothing issued."""
    from cryptography.hazmat.primitives.asymmetric import ed25519
    from cryptography.x509.oid import NameOID

    def citizen(key: Any, i: int, *extra: x509.NameAttribute[str]) -> bytes:
        name = [
            x509.NameAttribute(NameOID.COMMON_NAME, f"Awa Diop {i}"),
            x509.NameAttribute(NameOID.GIVEN_NAME, "Awa"),
            x509.NameAttribute(NameOID.SURNAME, "Diop"),
            *extra,
            x509.NameAttribute(NameOID.COUNTRY_NAME, "SN"),
        ]
        csr = (
            x509.CertificateSigningRequestBuilder()
            .subject_name(x509.Name(name))
            .sign(key, None if isinstance(key, ed25519.Ed25519PrivateKey) else hashes.SHA256())
        )
        return csr.public_bytes(serialization.Encoding.PEM)

    csr_dir = tmp_path / "csrs"
    csr_dir.mkdir()
    for i in range(4):
        key = ec.generate_private_key(ec.SECP256R1())
        (csr_dir / f"p{i}.csr").write_bytes(citizen(key, i))
    organisation = x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Lab")
    (csr_dir / "p1.csr").write_bytes(
        citizen(ec.generate_private_key(ec.SECP256R1()), 1, organisation)
    )
    (csr_dir / "p2.csr").write_bytes(citizen(ed25519.Ed25519PrivateKey.generate(), 2))
    report = run_csr_dir_job(sqlite_pki.ws, "issuing", "citizen-auth", csr_dir, tmp_path / "out")
    assert report.issued == 2
    assert [e.row_id for e in report.errors] == ["p1", "p2"]
    assert "subject attribute O is not allowed" in str(report.errors[0].message)
    assert "key type ed25519 is not allowed" in str(report.errors[1].message)
    assert sorted(p.name for p in (tmp_path / "out" / "certificates").iterdir()) == [
        "p0.pem",
        "p3.pem",
    ]


def test_an_enrolled_token_holds_a_matching_key_and_certificate(
    sqlite_pki: TwoTier, token: str
) -> None:
    from pkcs11 import Attribute, ObjectClass

    from idtoolkit.ca.enroll import enroll_on_token
    from idtoolkit.hsm.keys import public_key_of
    from idtoolkit.hsm.module import default_module_path, token_session

    result = enroll_on_token(
        sqlite_pki.ws,
        token,
        "issuing",
        "citizen-sign",
        "CN=Awa Ndiaye,GN=Awa,SN=Ndiaye,serialNumber=IDCSN-7654321,C=SN",
    )

    def inspect(session):  # type: ignore[no-untyped-def]
        key = session.get_key(object_class=ObjectClass.PRIVATE_KEY, id=bytes.fromhex(result.key_id))
        cert_obj = next(
            session.get_objects(
                {
                    Attribute.CLASS: ObjectClass.CERTIFICATE,
                    Attribute.ID: bytes.fromhex(result.key_id),
                }
            )
        )
        return (
            public_key_of(key, session),
            bytes(cert_obj[Attribute.VALUE]),
            key[Attribute.EXTRACTABLE],
        )

    public, der, extractable = token_session(default_module_path(), token, sqlite_pki.ws.pin).run(
        "inspect", inspect
    )
    cert = x509.load_der_x509_certificate(der)
    assert (
        cert == result.issued.certificate and cert.public_key() == public and extractable is False
    )
    cert.verify_directly_issued_by(api.ca_chain(sqlite_pki.ws, "issuing")[0])


def test_files_the_signer_packs_while_the_packing_helper_is_behind_open_with_their_password(
    sqlite_pki: TwoTier, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While the packing helper is behind, the signing process packs the next files itself:
    each file, whoever packed it, holds its certificate's key and opens with its own
    letter's password."""
    from idtoolkit.ca import credential_job

    monkeypatch.setattr(credential_job, "_PACK_BACKLOG", 0)  # any file not packed yet: here
    write_citizens(tmp_path / "citizens.csv", 60)
    report = run_csv_job(
        sqlite_pki.ws, "issuing", "citizen-auth", tmp_path / "citizens.csv", tmp_path / "out"
    )
    assert report.issued == 57
    _assert_each_file_opens_with_its_letter(tmp_path / "out", 57)


def _assert_each_file_opens_with_its_letter(out: Path, count: int) -> None:
    """``count`` PKCS#12 files, each opened with its own letter's password, holding the key
    of its certificate, the one with the letter's serial."""
    letters = list(csv.DictReader((out / "pin-letters.csv").open()))
    assert len(letters) == count == len(list((out / "credentials").iterdir()))
    for letter in letters:
        key, cert, _ = pkcs12.load_key_and_certificates(
            (out / "credentials" / letter["p12"]).read_bytes(), letter["password"].encode()
        )
        assert key is not None and cert is not None
        assert key.public_key() == cert.public_key()
        assert format(cert.serial_number, "x").zfill(40).endswith(letter["serial"].lstrip("0"))


def _forged(csr: x509.CertificateSigningRequest) -> bytes:
    """The CSR's DER with one bit of its signature flipped: it parses, it does not verify."""
    der = bytearray(csr.public_bytes(serialization.Encoding.DER))
    der[-3] ^= 0x01
    return bytes(der)


@pytest.mark.parametrize("helper", ["verifies", "shares the work", "is gone"])
def test_a_csr_directory_s_signatures_are_verified_with_or_without_the_helper(
    sqlite_pki: TwoTier, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, helper: str
) -> None:
    """A large CSR directory's signatures are verified by a helper process while the job reads
    and checks the files; a forged CSR is a bad row either way, reported in file order with the
    others, and a helper that could not start or died verifies nothing: the job does."""
    from idtoolkit.ca import credential_job, csr_signatures

    monkeypatch.setattr(credential_job, "CSR_HELPER_THRESHOLD", 1)
    if helper == "shares the work":  # one file at a time: the job verifies most of them
        monkeypatch.setattr(csr_signatures, "_WINDOW", 1)
        monkeypatch.setattr(csr_signatures, "_FLUSH_EVERY", 1)
    if helper == "is gone":
        _without_helper(monkeypatch, "csr-signatures")
    csr_dir = tmp_path / "csrs"
    csr_dir.mkdir()
    key = ec.generate_private_key(ec.SECP256R1())
    for i in range(8):
        csr = _device_csr(key, i)
        data = _forged(csr) if i in (2, 6) else csr.public_bytes(serialization.Encoding.PEM)
        (csr_dir / f"device-{i}.csr").write_bytes(data)
    (csr_dir / "device-4.der").write_bytes(b"same name")  # found before any CSR is checked
    (csr_dir / "device-9.der").write_bytes(b"not a CSR")
    report = run_csr_dir_job(sqlite_pki.ws, "issuing", "tls-client", csr_dir, tmp_path / "out")
    assert report.issued == 6
    assert [(e.row_id, str(e.message)) for e in report.errors] == [
        (
            "device-2",
            "device-2.csr: the CSR's signature does not verify (damaged or forged request)",
        ),
        (
            "device-4",
            "device-4.der has the same name as device-4.csr (one certificate per name): "
            "not issued, rename it",
        ),
        (
            "device-6",
            "device-6.csr: the CSR's signature does not verify (damaged or forged request)",
        ),
        ("device-9", "device-9.der is not a valid PEM or DER certificate signing request"),
    ]


def test_the_job_verifies_the_signatures_a_busy_helper_has_not_taken(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The job does not wait behind the signature helper: asked for a verdict the helper has
    not given, it verifies the last files nobody has taken, each with its own verdict. Here
    the helper takes one file and never answers; every other file is verified by the job."""
    import threading

    from idtoolkit import helper_processes
    from idtoolkit.ca import csr_signatures

    command = helper_processes.command

    def stuck(name: str, *args: str) -> list[str]:
        if name == "csr-signatures":  # reads nothing, answers nothing, for a minute
            return [sys.executable, "-c", "import time; time.sleep(60)"]
        return command(name, *args)

    monkeypatch.setattr(helper_processes, "command", stuck)
    monkeypatch.setattr(csr_signatures, "_WINDOW", 1)
    monkeypatch.setattr(csr_signatures, "_FLUSH_EVERY", 1)
    key = ec.generate_private_key(ec.SECP256R1())
    files = [
        _forged(_device_csr(key, i))
        if i == 3
        else _device_csr(key, i).public_bytes(serialization.Encoding.PEM)
        for i in range(6)
    ]
    signatures = csr_signatures.CsrSignatures()
    tickets = [signatures.submit(data) for data in files]
    time.sleep(0.5)  # the feeder has sent the first file to the helper
    verdicts: list[bool] = []
    asking = threading.Thread(
        target=lambda: verdicts.extend(signatures.verified(t) for t in tickets[1:]), daemon=True
    )
    asking.start()
    asking.join(30)
    try:
        assert not asking.is_alive(), "the job waited for a helper that does not answer"
        assert verdicts == [True, True, False, True, True]
    finally:
        signatures.close()
        signatures._helper.process.kill()


def test_each_verdict_is_its_own_file_s_when_files_come_after_the_job_took_some(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The files the job verifies itself are never sent to the helper, so the helper's n-th
    answer is not ticket n's: files submitted after the job took some still get their own
    verdicts (a forged one among them counted verified was the risk)."""
    from idtoolkit.ca import csr_signatures

    monkeypatch.setattr(csr_signatures, "_WINDOW", 1)
    monkeypatch.setattr(csr_signatures, "_FLUSH_EVERY", 1)
    key = ec.generate_private_key(ec.SECP256R1())

    def good(i: int) -> bytes:
        return _device_csr(key, i).public_bytes(serialization.Encoding.PEM)

    import threading

    verdicts: list[list[bool]] = []

    def rounds() -> None:
        for _ in range(3):  # the job takes files or not depending on the helper's pace
            signatures = csr_signatures.CsrSignatures()
            try:
                first = [signatures.submit(good(i)) for i in range(3)]
                said = [signatures.verified(first[0])]
                later = [signatures.submit(d) for d in (_forged(_device_csr(key, 3)), good(4))]
                verdicts.append(said + [signatures.verified(t) for t in first[1:] + later])
            finally:
                signatures.close()

    asking = threading.Thread(target=rounds, daemon=True)
    asking.start()
    asking.join(60)
    assert not asking.is_alive(), "a verdict waited for an answer that was another file's"
    assert verdicts == [[True, True, True, False, True]] * 3


def test_an_unreadable_csr_is_a_bad_row_and_a_taken_output_file_stops_the_job(
    sqlite_pki: TwoTier, tmp_path: Path
) -> None:
    """Each CSR file is read once, for the job's identity and its checks: one that cannot be
    read is a bad row saying why. A certificate file already in the output folder that this
    job never issued stops the job before anything is issued (other files there do not)."""
    csr_dir = tmp_path / "csrs"
    csr_dir.mkdir()
    key = ec.generate_private_key(ec.SECP256R1())
    for i in range(3):
        csr = _device_csr(key, i)
        (csr_dir / f"device-{i}.csr").write_bytes(csr.public_bytes(serialization.Encoding.PEM))
    (csr_dir / "gone.csr").symlink_to(tmp_path / "nowhere.csr")
    taken = tmp_path / "taken"
    (taken / "certificates").mkdir(parents=True)
    (taken / "certificates" / "device-1.pem").write_bytes(b"someone else's")
    with pytest.raises(InputError) as err:
        run_csr_dir_job(sqlite_pki.ws, "issuing", "tls-client", csr_dir, taken)
    assert err.value.kind == "bulk.output_file_taken"
    assert api.count_certificates(sqlite_pki.ws, api.CertFilter(ca="issuing")) == 0
    out = tmp_path / "out"
    (out / "certificates").mkdir(parents=True)
    (out / "certificates" / "notes.txt").write_text("kept")
    report = run_csr_dir_job(sqlite_pki.ws, "issuing", "tls-client", csr_dir, out)
    assert report.issued == 3
    assert [(e.row_id, str(e.message)) for e in report.errors] == [
        ("gone", "cannot read: No such file or directory")
    ]
