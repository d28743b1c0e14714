"""What an adversarial campaign found (issue 12), each pinned by the behaviour a user relies
on: no lost credentials in bulk, no internal errors on bad input, a private workspace."""

from __future__ import annotations

import contextlib
import csv
import io
import os
import socket
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from asn1crypto import core, tsp
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509 import ocsp
from cryptography.x509.oid import NameOID

from idtoolkit import api
from idtoolkit.apps.cli.main import main
from idtoolkit.ca.credential_job import run_csr_dir_job, run_csv_job
from idtoolkit.errors import InputError
from idtoolkit.services.http import PKIServer
from idtoolkit.services.http_server import load_tsa
from idtoolkit.services.ocsp import OCSPResponder
from idtoolkit.workspace import Workspace

from .conftest import PASSPHRASE, TwoTier
from .fuzz.artifacts import certificate_der, malformed_csrs
from .pki_helpers import SUBJECTS

HEADER = ["id", "GN", "SN", "CN", "serialNumber", "C", "email"]


def _csv(path: Path, ids: list[str], bad: dict[int, dict[str, str]] | None = None) -> Path:
    """One citizen per id; ``bad`` overrides fields of the rows at those indexes."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        for i, row_id in enumerate(ids):
            row = dict(zip(HEADER, [row_id, "Awa", "Ndiaye", f"Awa Ndiaye {i}",
                                    f"IDCSN-{i:07d}", "SN", f"c{i}@gov.sn"], strict=True))  # fmt: skip
            row.update((bad or {}).get(i, {}))
            writer.writerow([row[h] for h in HEADER])
    return path


def _letters(out: Path) -> list[dict[str, str]]:
    with (out / "pin-letters.csv").open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _count(ws: Workspace) -> int:
    return api.count_certificates(ws, api.CertFilter(ca="issuing"))


def run_cli(*argv: str) -> tuple[int, str]:
    err = io.StringIO()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
        try:
            code = main(list(argv))
        except SystemExit as exc:
            code = int(exc.code or 0)
    return code, err.getvalue()


@pytest.fixture
def cli_ws(sqlite_pki: TwoTier, monkeypatch: pytest.MonkeyPatch) -> Workspace:
    monkeypatch.setenv("IDTOOLKIT_WORKSPACE", str(sqlite_pki.ws.directory))
    monkeypatch.setenv("IDTOOLKIT_PASSPHRASE", PASSPHRASE.decode())
    return sqlite_pki.ws


# --- 1, 8: bulk file names and CSV cells ---------------------------------------------------------
def test_look_alike_row_ids_each_get_their_own_credential(
    sqlite_pki: TwoTier, tmp_path: Path
) -> None:
    ids = ["a b", "a_b", "a/b", "..", "...", "a\\b", "row", "CON"]
    out = tmp_path / "out"
    report = run_csv_job(
        sqlite_pki.ws, "issuing", "citizen-auth", _csv(tmp_path / "c.csv", ids), out
    )
    assert report.issued == len(ids) and not report.errors
    files = sorted((out / "credentials").iterdir())
    assert len(files) == len(ids)  # no file written over another
    assert [p for p in tmp_path.rglob("*.p12") if p.parent != out / "credentials"] == []
    letters = _letters(out)
    assert sorted(r["id"] for r in letters) == sorted(ids)
    for letter in letters:  # each person's letter opens that person's own key and certificate
        key, cert, _ = pkcs12.load_key_and_certificates(
            (out / "credentials" / letter["p12"]).read_bytes(), letter["password"].encode()
        )
        assert cert is not None and key is not None
        assert format(cert.serial_number, "x").lstrip("0") == letter["serial"].lower().lstrip("0")


def test_ids_that_differ_only_in_case_are_refused_before_anything_is_issued(
    sqlite_pki: TwoTier, tmp_path: Path
) -> None:
    path = _csv(tmp_path / "c.csv", ["Anna", "anna", "bob"])
    with pytest.raises(InputError, match="share the file"):
        run_csv_job(sqlite_pki.ws, "issuing", "citizen-auth", path, tmp_path / "out")
    assert _count(sqlite_pki.ws) == 0


def test_formula_ids_are_neutralised_in_every_csv_we_write(
    sqlite_pki: TwoTier, tmp_path: Path
) -> None:
    ids = ['=HYPERLINK("http://x")', "+1", "-2", "@SUM(A1)", "plain"]
    out = tmp_path / "out"
    run_csv_job(sqlite_pki.ws, "issuing", "citizen-auth", _csv(tmp_path / "c.csv", ids), out)
    for name in ["manifest.csv", "pin-letters.csv", *(f"passwords/{p.name}" for p in (out / "passwords").iterdir())]:  # fmt: skip
        with (out / name).open(newline="", encoding="utf-8") as handle:
            cells = [c for row in csv.reader(handle) for c in row]
        assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")], name
    assert sorted(r["id"] for r in _letters(out)) == sorted(
        "'" + i if i != "plain" else i for i in ids
    )


# --- 2: over-long ids ----------------------------------------------------------------------------
def test_a_300_character_id_is_a_bad_row_and_the_job_stays_usable(
    sqlite_pki: TwoTier, tmp_path: Path
) -> None:
    ids = ["r1", "x" * 300, "r3"]
    path, out = _csv(tmp_path / "c.csv", ids), tmp_path / "out"
    report = run_csv_job(sqlite_pki.ws, "issuing", "citizen-auth", path, out)
    assert report.issued == 2 and [
        (e.line, "300 characters" in e.message) for e in report.errors
    ] == [(3, True)]
    again = run_csv_job(sqlite_pki.ws, "issuing", "citizen-auth", path, out)  # a re-run works
    assert again.issued == 0 and again.already_issued == 2 and len(again.errors) == 1
    assert len(_letters(out)) == 2


# --- 4: every certificate linted, a rejection rejects its row only -------------------------------
@pytest.mark.parametrize("rows", [3, 30])  # inline, and in the lint worker processes
def test_a_row_pkilint_rejects_is_reported_by_line_and_the_rest_issued(
    sqlite_pki: TwoTier, tmp_path: Path, rows: int
) -> None:
    # 80 characters: within our own rules, beyond X.520's 64 for serialNumber.
    bad = {rows // 2: {"serialNumber": "IDCSN-" + "9" * 74}}
    path = _csv(tmp_path / "c.csv", [f"r{i}" for i in range(rows)], bad)
    report = run_csv_job(sqlite_pki.ws, "issuing", "citizen-auth", path, tmp_path / "out")
    assert report.issued == rows - 1 and not report.cancelled
    assert [e.line for e in report.errors] == [rows // 2 + 2]
    assert "lint error" in report.errors[0].message
    assert _count(sqlite_pki.ws) == rows - 1 and len(_letters(tmp_path / "out")) == rows - 1


# --- 5, 6: malformed input is a bad row, or a one-line refusal with exit 1 -----------------------
def test_a_malformed_csr_in_a_csr_dir_is_a_bad_row(sqlite_pki: TwoTier, tmp_path: Path) -> None:
    csrs = tmp_path / "csrs"
    csrs.mkdir()
    key = ec.generate_private_key(ec.SECP256R1())
    for i in range(3):
        csr = (
            x509.CertificateSigningRequestBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, f"device-{i}")]))
            .sign(key, hashes.SHA256())
        )
        (csrs / f"d{i}.csr").write_bytes(csr.public_bytes(serialization.Encoding.PEM))
    for name, der in malformed_csrs().items():
        (csrs / f"bad {name}.der").write_bytes(der)
    report = run_csr_dir_job(sqlite_pki.ws, "issuing", "tls-client", csrs, tmp_path / "out")
    # A multi-valued RDN is unusual but well-formed: issued. The others are bad rows.
    assert report.issued == 4
    assert sorted(str(e.row_id) for e in report.errors) == [
        "bad bad SAN", "bad short country code", "bad version 2"]  # fmt: skip


@pytest.mark.parametrize(
    "name",
    ["ca import version 5", "ca import unknown curve", "profile latin-1", "profile nested",
     "csv field 140 KiB", "csr version 2", "csr bad SAN", "csr short country"],
)  # fmt: skip
def test_malformed_input_is_refused_in_one_line_with_exit_1(
    cli_ws: Workspace, tmp_path: Path, name: str
) -> None:
    files = {
        "ca import version 5": certificate_der(version=4),
        "ca import unknown curve": certificate_der(curve_oid="1.3.132.0.8"),
        "profile latin-1": 'name = "caf\u00e9"\n'.encode("latin-1"),
        "profile nested": b"a = " + b"[" * 2000 + b"]" * 2000 + b"\n",
        "csv field 140 KiB": b'id,CN,C\nr1,"' + b"y" * 140_000 + b'",SN\n',
        "csr version 2": malformed_csrs()["version 2"],
        "csr bad SAN": malformed_csrs()["bad SAN"],
        "csr short country": malformed_csrs()["short country code"],
    }
    target = tmp_path / "input"
    target.write_bytes(files[name])
    command = {
        "ca": ["ca", "import", "imported", "--cert", str(target)],
        "profile": ["profile", "add", str(target)],
        "csv": ["bulk", "issue", "--ca", "issuing", "--profile", "citizen-auth", "--csv",
                str(target), "--out", str(tmp_path / "out")],
        "csr": ["issue", "--ca", "issuing", "--profile", "tls-client", "--csr", str(target)],
    }[name.split()[0]]  # fmt: skip
    before = _count(cli_ws)
    code, err = run_cli(*command)
    assert code == 1, err
    assert err.startswith("error: ") and err.count("\n") == 1 and "internal error" not in err
    assert _count(cli_ws) == before


def test_a_short_country_code_prints_no_python_warning(cli_ws: Workspace, tmp_path: Path) -> None:
    (tmp_path / "c.der").write_bytes(malformed_csrs()["short country code"])
    env = {**os.environ, "IDTOOLKIT_WORKSPACE": str(cli_ws.directory),
           "IDTOOLKIT_PASSPHRASE": PASSPHRASE.decode()}  # fmt: skip
    result = subprocess.run(
        [sys.executable, "-m", "idtoolkit.apps.cli.main", "issue", "--ca", "issuing", "--profile",
         "tls-client", "--csr", str(tmp_path / "c.der")],
        capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "Warning" not in result.stderr, result.stderr
    assert "2-letter" in result.stderr


def test_an_empty_pin_file_is_called_a_pin_file(
    cli_ws: Workspace, token: str, tmp_path: Path
) -> None:
    (tmp_path / "pin").write_bytes(b"")
    code, err = run_cli("hsm", "keys", "--token", token, "--pin-file", str(tmp_path / "pin"))
    assert code == 1 and "PIN file" in err and "passphrase" not in err, err


# --- 7, 12: serve --------------------------------------------------------------------------------
def test_serve_refuses_bad_ocsp_and_tsa_requests_with_a_reason(sqlite_pki: TwoTier) -> None:
    from idtoolkit.ca.service_credentials import create_service_credential

    ws = sqlite_pki.ws
    create_service_credential(ws, "issuing", "tsa", "CN=TSU,O=ID Toolkit Tests,C=SN", "ec-p256")
    issuer, root = api.ca_chain(ws, "issuing")[0], api.ca_chain(ws, "root")[0]
    request = ocsp.OCSPRequestBuilder().add_certificate(issuer, root, hashes.SHA1()).build()
    from asn1crypto import ocsp as asn1_ocsp

    negative = asn1_ocsp.OCSPRequest.load(request.public_bytes(serialization.Encoding.DER))
    negative["tbs_request"]["request_list"][0]["req_cert"]["serial_number"] = -5
    answer = OCSPResponder(ws).answer(negative.dump(force=True), "issuing")
    status = ocsp.load_der_ocsp_response(answer.der).response_status
    assert status == ocsp.OCSPResponseStatus.MALFORMED_REQUEST
    tsa = load_tsa(ws)
    assert tsa is not None
    # A TimeStampReq whose version is a REAL: asn1crypto trips on it with an AttributeError.
    odd = core.Sequence.load(
        tsp.TimeStampReq({"version": "v1", "message_imprint": {
            "hash_algorithm": {"algorithm": "sha256"}, "hashed_message": b"\x11" * 32}}).dump()
    )  # fmt: skip
    body = b"\x30" + bytes([len(odd.contents) + 1]) + b"\x09\x01\x40" + odd.contents[3:]
    reply = core.Sequence.load(tsa.respond(body))
    info = tsp.PKIStatusInfo.load(reply[0].dump())
    assert info["status"].native == "rejection" and info["fail_info"].native == {"bad_data_format"}
    assert info["status_string"].native


def test_a_bare_lf_request_is_answered_at_once(sqlite_pki: TwoTier) -> None:
    server = PKIServer(sqlite_pki.ws, "127.0.0.1", 0)
    server.start_in_thread()
    try:
        port = int(server.base.rsplit(":", 1)[1])
        with socket.create_connection(("127.0.0.1", port), timeout=5) as conn:
            started = time.monotonic()
            conn.sendall(b"GET /ca/issuing.crt HTTP/1.1\nHost: x\n\n")  # the write side stays open
            reply = conn.recv(4096)
        assert reply.startswith(b"HTTP/1.1 400") and time.monotonic() - started < 3
    finally:
        server.stop()
        server.close()


# --- 11: a private workspace ---------------------------------------------------------------------
def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_workspace_and_bulk_output_are_private(sqlite_pki: TwoTier, tmp_path: Path) -> None:
    ws = sqlite_pki.ws
    assert _mode(ws.directory) == 0o700
    assert _mode(ws.directory / "config.toml") == 0o600
    assert _mode(ws.directory / "idtoolkit.db") == 0o600
    for wal in ws.directory.glob("idtoolkit.db-*"):
        assert _mode(wal) == 0o600, wal.name
    out = tmp_path / "out"
    run_csv_job(ws, "issuing", "citizen-auth", _csv(tmp_path / "c.csv", ["r1"]), out)
    for folder in (out, out / "credentials", out / "passwords", out / ".staging"):
        assert _mode(folder) == 0o700, folder.name


def test_an_older_world_readable_workspace_is_made_private_when_opened(tmp_path: Path) -> None:
    Workspace.init(tmp_path / "ws", PASSPHRASE).close()
    for path, mode in ((tmp_path / "ws", 0o755), (tmp_path / "ws" / "config.toml", 0o644),
                       (tmp_path / "ws" / "idtoolkit.db", 0o644)):  # fmt: skip
        path.chmod(mode)
    Workspace.open(tmp_path / "ws").close()
    assert _mode(tmp_path / "ws") == 0o700
    assert (
        _mode(tmp_path / "ws" / "config.toml") == _mode(tmp_path / "ws" / "idtoolkit.db") == 0o600
    )


def test_bulk_lint_judges_the_template_once_and_what_varies_every_time() -> None:
    import datetime as dt

    from idtoolkit.lint.linter import RowLinter
    from idtoolkit.lint.results import LintStandard

    ca_key = ec.generate_private_key(ec.SECP256R1())
    issuer = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Lint CA")])
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)

    def leaf(serial_number: str) -> bytes:
        key = ec.generate_private_key(ec.SECP256R1()).public_key()
        subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Awa Ndiaye"),
                             x509.NameAttribute(NameOID.SERIAL_NUMBER, serial_number)])  # fmt: skip
        return (
            x509.CertificateBuilder().subject_name(subject).issuer_name(issuer).public_key(key)
            .serial_number(x509.random_serial_number())
            .not_valid_before(now).not_valid_after(now + dt.timedelta(days=365))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(True, False, False, False, False, False, False, False,
                                         False), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key), critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
                           critical=False)
            .sign(ca_key, hashes.SHA256()).public_bytes(serialization.Encoding.DER)
        )  # fmt: skip

    rows = RowLinter(LintStandard.PKIX)
    verdicts = [rows.lint(leaf(f"IDCSN-{i}")).ok for i in range(4)]
    bad = rows.lint(leaf("IDCSN-" + "9" * 74))  # same shape, a value beyond X.520's 64
    assert verdicts == [True] * 4 and (rows.full, rows.partial + rows.shaped) == (1, 4)
    assert not bad.ok and any("serialNumber" in f.node_path or "rdnSequence" in f.node_path
                              for f in bad.errors)  # fmt: skip


@pytest.mark.parametrize("profile", sorted(SUBJECTS))
def test_a_bulk_lint_of_the_template_once_finds_what_a_full_lint_finds(
    sqlite_pki: TwoTier, profile: str
) -> None:
    """The partial walk of later certificates of a shape must judge them as a full lint does:
    nothing missed and nothing invented (skipping the template's extensions once left them
    undecoded, and every TLS server certificate after the first was refused for 'no
    revocation information')."""
    from idtoolkit.lint.gate import accept_base_url
    from idtoolkit.lint.linter import RowLinter, lint_certificate

    ws = sqlite_pki.ws
    subject, sans = SUBJECTS[profile]
    ders = [
        api.issue_with_new_key(
            ws, "issuing", profile, subject, "ec-p256", sans=list(sans)
        ).certificate.public_bytes(serialization.Encoding.DER)
        for _ in range(3)
    ]
    standard = ws.profiles.get(profile).lint
    base_url = api.show_ca(ws, "issuing")[0].base_url or ""
    rows = RowLinter(standard, lambda report: accept_base_url(report, base_url))
    reports = [rows.lint(der) for der in ders]
    assert (rows.full, rows.partial + rows.shaped) == (1, 2)
    for der, report in zip(ders, reports, strict=True):
        full = accept_base_url(lint_certificate(der, standard), base_url)
        assert sorted(f.code for f in report.findings) == sorted(f.code for f in full.findings)
        assert report.ok
