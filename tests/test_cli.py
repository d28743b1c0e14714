"""The command line as an operator uses it: the real ``idtoolkit`` in subprocesses, checked
with the real ``openssl``.

Secrets never go into argv: the workspace passphrase is in $IDTOOLKIT_PASSPHRASE and
PKCS#12 passwords are in files. One module-scoped run of a two-tier flow (``officer``) is
shared by the tests that look at its results; the bad-input tests work on copies of it.

Commands are written as ``cli.ok("issue --ca issuing --csr x.csr", "--subject", SUBJECT)``: the
first string is split on spaces (shlex), the rest are passed as they are.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import itertools
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.serialization import pkcs12

CLI = [sys.executable, "-m", "idtoolkit.apps.cli.main"]
PASSPHRASE = "Dakar officer passphrase 4f1c9e"
P12_PASSWORD = "holder p12 secret 8b2d71"
BASE_URL = "http://pki.interieur.gouv.sn"
ROOT_SUBJECT = "CN=Republic Root CA,O=Ministry of Interior,C=SN"
ISSUING_SUBJECT = "CN=Republic Issuing CA,O=Ministry of Interior,C=SN"
CLIENT_SUBJECT = "CN=Awa Diop,O=Ministry of Interior,C=SN"
SERVER_NAME = "portail.interieur.gouv.sn"
CHAIN_ARGS = "-CAfile root.pem -untrusted chain.pem"


# --- running things --------------------------------------------------------------------------
@dataclass
class Result:
    args: list[str]
    returncode: int
    stdout: str
    stderr: str

    def json(self) -> Any:
        return json.loads(self.stdout)


def cli_env(passphrase: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("IDTOOLKIT_")}
    env["IDTOOLKIT_PASSPHRASE"] = passphrase
    return env


@dataclass
class Cli:
    """``idtoolkit`` run from ``cwd`` on one workspace; every result is kept in ``log``."""

    cwd: Path
    workspace: str = "ws"
    db: str | None = None
    log: list[Result] = field(default_factory=list)

    def run(self, command: str, *extra: str, passphrase: str = PASSPHRASE) -> Result:
        args = [*shlex.split(command), *extra, "--workspace", self.workspace]
        if self.db:
            args += ["--db", self.db]
        proc = subprocess.run(
            [*CLI, *args],
            cwd=self.cwd,
            env=cli_env(passphrase),
            capture_output=True,
            text=True,
            timeout=120,
        )
        result = Result(args, proc.returncode, proc.stdout, proc.stderr)
        self.log.append(result)
        return result

    def ok(self, command: str, *extra: str) -> Result:
        result = self.run(command, *extra)
        assert result.returncode == 0, (
            f"idtoolkit {result.args} exited {result.returncode}: {result.stderr}"
        )
        assert "Traceback" not in result.stderr
        return result


def openssl(cwd: Path, command: str, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["openssl", *shlex.split(command), *extra],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
    )


def openssl_ok(cwd: Path, command: str, *extra: str) -> subprocess.CompletedProcess[str]:
    proc = openssl(cwd, command, *extra)
    assert proc.returncode == 0, f"openssl {command} {extra}: {proc.stdout}{proc.stderr}"
    return proc


def issued_serial(result: Result) -> str:
    match = re.match(r"issued ([0-9a-f]+) by ", result.stdout)
    assert match, result.stdout
    return match.group(1)


def load_cert(path: Path) -> x509.Certificate:
    return x509.load_pem_x509_certificate(path.read_bytes())


def load_p12(path: Path, password: str) -> tuple[Any, x509.Certificate, list[x509.Certificate]]:
    key, cert, extra = pkcs12.load_key_and_certificates(path.read_bytes(), password.encode())
    assert key is not None and cert is not None
    return key, cert, extra


def spki(obj: Any) -> bytes:
    return obj.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def workspace_bytes(ws: Path) -> bytes:
    """Every file of a workspace (the SQLite database and its journal included)."""
    return b"".join(p.read_bytes() for p in sorted(ws.rglob("*")) if p.is_file())


def store_snapshot(ws: Path) -> tuple[list[str], Any, Any]:
    """The audit trail, the certificates and the CAs, read through the CLI. In-process: these
    only look, and three more subprocesses per bad-input case would triple the runtime."""
    from idtoolkit.apps.cli.main import main

    def call(*args: str) -> str:
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            assert main([*args, "--workspace", str(ws)]) == 0
        return out.getvalue()

    audit_lines = call("audit", "export").splitlines()
    certs = json.loads(call("cert", "list", "--json", "--all"))
    cas = json.loads(call("ca", "list", "--json"))
    return audit_lines, certs, cas


def make_two_tier(cli: Cli) -> None:
    cli.ok("init --base-url", BASE_URL)
    cli.ok("ca create-root root --key ec-p384 --subject", ROOT_SUBJECT)
    cli.ok("ca create-sub issuing --parent root --key ec-p256 --subject", ISSUING_SUBJECT)


# --- the shared two-tier flow on SQLite --------------------------------------------------------
@dataclass
class Officer:
    dir: Path
    cli: Cli
    server_serial: str
    client_serial: str
    audit_verify: Result
    audit_export: Result

    @property
    def ws(self) -> Path:
        return self.dir / "ws"


@pytest.fixture(scope="module")
def officer(tmp_path_factory: pytest.TempPathFactory) -> Officer:
    """A government officer sets up a root and an issuing CA, issues a TLS server certificate
    from an openssl CSR and a client PKCS#12, revokes the server certificate and publishes."""
    d = tmp_path_factory.mktemp("officer")
    cli = Cli(d)
    make_two_tier(cli)
    openssl_ok(d, "genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out server.key")
    openssl_ok(
        d,
        f"req -new -key server.key -out server.csr -subj /CN={SERVER_NAME}",
        "-addext",
        f"subjectAltName=DNS:{SERVER_NAME}",
    )
    server = cli.ok("issue --ca issuing --profile tls-server --csr server.csr --out server.pem")
    (d / "p12pass.txt").write_text(P12_PASSWORD + "\n")
    client = cli.ok(
        "issue --ca issuing --profile tls-client --key ec-p256 --p12 officer.p12"
        " --p12-password-file p12pass.txt --subject",
        CLIENT_SUBJECT,
    )
    cli.ok("ca export root --out root.pem")
    cli.ok("ca export issuing --out chain.pem")
    cli.ok("crl --ca issuing --out before.crl.pem")
    server_serial = issued_serial(server)
    cli.ok(f"revoke {server_serial} --ca issuing --reason key-compromise")
    cli.ok("crl --ca issuing --out crl.pem")
    cli.ok("crl --ca issuing --delta --format der --out delta.crl")
    verify = cli.ok("audit verify")
    export = cli.ok("audit export")
    return Officer(d, cli, server_serial, issued_serial(client), verify, export)


def test_issued_server_certificate_carries_the_csr_key_and_name(officer: Officer) -> None:
    cert = load_cert(officer.dir / "server.pem")
    csr = x509.load_pem_x509_csr((officer.dir / "server.csr").read_bytes())
    assert spki(cert) == spki(csr)
    assert cert.serial_number == int(officer.server_serial, 16)
    san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert san.get_values_for_type(x509.DNSName) == [SERVER_NAME]
    eku = cert.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    assert list(eku) == [x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]
    assert cert.issuer == load_cert(officer.dir / "chain.pem").subject


def test_openssl_validates_the_chain_before_revocation(officer: Officer) -> None:
    plain = openssl(officer.dir, f"verify {CHAIN_ARGS} server.pem")
    assert plain.returncode == 0 and "server.pem: OK" in plain.stdout, plain.stderr
    # The CRL published before the revocation does not list it.
    checked = openssl(
        officer.dir, f"verify -crl_check -CRLfile before.crl.pem {CHAIN_ARGS} server.pem"
    )
    assert checked.returncode == 0 and "server.pem: OK" in checked.stdout, checked.stderr


def test_openssl_reports_the_revoked_certificate_after_the_crl(officer: Officer) -> None:
    proc = openssl(officer.dir, f"verify -crl_check -CRLfile crl.pem {CHAIN_ARGS} server.pem")
    assert proc.returncode != 0
    assert "certificate revoked" in proc.stdout + proc.stderr
    crl = x509.load_pem_x509_crl((officer.dir / "crl.pem").read_bytes())
    entry = crl.get_revoked_certificate_by_serial_number(int(officer.server_serial, 16))
    assert entry is not None
    reason = entry.extensions.get_extension_for_class(x509.CRLReason).value.reason
    assert reason is x509.ReasonFlags.key_compromise
    assert crl.get_revoked_certificate_by_serial_number(int(officer.client_serial, 16)) is None


def test_published_crls_verify_in_openssl(officer: Officer) -> None:
    full = openssl(officer.dir, "crl -in crl.pem -CAfile chain.pem -noout")
    assert full.returncode == 0 and "verify OK" in full.stdout + full.stderr, full.stderr
    delta_bytes = (officer.dir / "delta.crl").read_bytes()
    assert delta_bytes[:1] == b"\x30" and b"-----BEGIN" not in delta_bytes  # DER, as asked
    delta = openssl(officer.dir, "crl -inform DER -in delta.crl -CAfile chain.pem -noout -text")
    assert delta.returncode == 0 and "verify OK" in delta.stdout + delta.stderr, delta.stderr
    assert "Delta CRL Indicator" in delta.stdout
    base = x509.load_pem_x509_crl((officer.dir / "crl.pem").read_bytes())
    base_number = base.extensions.get_extension_for_class(x509.CRLNumber).value.crl_number
    indicator = x509.load_der_x509_crl(delta_bytes).extensions.get_extension_for_class(
        x509.DeltaCRLIndicator
    )
    assert indicator.value.crl_number == base_number


def test_pkcs12_opens_in_openssl_with_the_password_file(officer: Officer) -> None:
    p12 = officer.dir / "officer.p12"
    assert p12.stat().st_mode & 0o077 == 0  # a key file: owner-only
    proc = openssl(officer.dir, "pkcs12 -in officer.p12 -passin file:p12pass.txt -nokeys")
    assert proc.returncode == 0, proc.stderr
    assert "CN = Awa Diop" in proc.stdout and "CN = Republic Issuing CA" in proc.stdout
    (officer.dir / "not-the-password.txt").write_text("something else\n")
    wrong = openssl(officer.dir, "pkcs12 -in officer.p12 -passin file:not-the-password.txt -nokeys")
    assert wrong.returncode != 0
    key, cert, _ = load_p12(p12, P12_PASSWORD)
    assert spki(key) == spki(cert) and cert.serial_number == int(officer.client_serial, 16)


def test_audit_trail_verifies_and_exports_json_lines(officer: Officer) -> None:
    match = re.match(r"audit chain intact: (\d+) events", officer.audit_verify.stdout)
    assert match, officer.audit_verify.stdout
    events = [json.loads(line) for line in officer.audit_export.stdout.splitlines()]
    assert len(events) == int(match.group(1))
    assert [e["seq"] for e in events] == list(range(1, len(events) + 1))
    assert all(b["prev_hash"] == a["hash"] for a, b in itertools.pairwise(events))
    revoked = [e for e in events if e["action"] == "cert.revoked"]
    assert len(revoked) == 1
    assert revoked[0]["details"]["serial"] == officer.server_serial
    assert revoked[0]["details"]["reason"] == "key-compromise"
    issued = {e["details"]["serial"] for e in events if e["action"] == "cert.issued"}
    assert {officer.server_serial, officer.client_serial} <= issued


def test_no_secret_leaks_into_outputs_audit_or_database(officer: Officer) -> None:
    assert len(officer.cli.log) >= 12  # every command of the flow
    for result in officer.cli.log:
        for secret in (PASSPHRASE, P12_PASSWORD):
            assert secret not in result.stdout + result.stderr, result.args
    stored = workspace_bytes(officer.ws)
    assert b"SQLite format 3" in stored
    for secret in (PASSPHRASE, P12_PASSWORD):
        assert secret not in officer.audit_export.stdout
        assert secret.encode() not in stored
        assert secret.encode("utf-16-be") not in stored


# --- PostgreSQL --------------------------------------------------------------------------------
@pytest.mark.postgres
def test_two_tier_flow_on_postgresql(tmp_path: Path, postgres_url: str) -> None:
    import psycopg

    cli = Cli(tmp_path, db=postgres_url)
    make_two_tier(cli)
    issued = cli.ok(
        "issue --ca issuing --profile tls-client --key ec-p256 --p12 clerk.p12 --json --subject",
        CLIENT_SUBJECT,
    ).json()
    _, cert, extra = load_p12(tmp_path / "clerk.p12", issued["p12_password"])
    assert cert.serial_number == int(issued["serial"], 16)
    issuing = next(c for c in extra if c.subject == cert.issuer)
    cli.ok(f"revoke {issued['serial']} --ca issuing --reason key-compromise")
    cli.ok("crl --ca issuing --out issuing.crl.pem")
    crl = x509.load_pem_x509_crl((tmp_path / "issuing.crl.pem").read_bytes())
    assert crl.is_signature_valid(issuing.public_key())
    assert crl.get_revoked_certificate_by_serial_number(cert.serial_number) is not None
    verify = cli.ok("audit verify --json").json()
    assert verify["ok"] is True
    # Everything went to PostgreSQL, nothing to a SQLite file in the workspace.
    assert not list((tmp_path / "ws").glob("*.db*"))
    with psycopg.connect(postgres_url) as conn:
        events = conn.execute("SELECT count(*) FROM audit_events").fetchone()
        certs = conn.execute("SELECT count(*) FROM certificates").fetchone()
    assert events is not None and events[0] == verify["events"]
    assert certs is not None and certs[0] == 3


# --- offline root --------------------------------------------------------------------------------
def test_offline_root_signs_a_sub_ca_requested_in_another_workspace(tmp_path: Path) -> None:
    root_site = Cli(tmp_path, workspace="root-ws")
    sub_site = Cli(tmp_path, workspace="sub-ws")
    root_site.ok("init --base-url", BASE_URL)
    sub_site.ok("init --base-url", BASE_URL)
    root_site.ok("ca create-root root --key ec-p384 --subject", ROOT_SUBJECT)
    request = sub_site.ok(
        "ca request sub --key ec-p256 --out sub.csr --subject",
        "CN=Prefecture Issuing CA,O=Ministry of Interior,C=SN",
    )
    csr_der = x509.load_pem_x509_csr((tmp_path / "sub.csr").read_bytes()).public_bytes(
        serialization.Encoding.DER
    )
    digest = hashlib.sha256(csr_der).hexdigest()  # of the DER, whatever carried it
    shown = re.search(r"\b((?:[0-9a-f]{4} ){15}[0-9a-f]{4})\b", request.stdout)
    assert shown, request.stdout
    assert shown.group(1).replace(" ", "") == digest

    root_site.ok("issue --ca root --profile sub-ca --csr sub.csr --out sub.pem")
    root_site.ok("ca export root --out root.pem")
    sub_site.ok("ca import-cert sub --cert sub.pem --chain root.pem")
    sub_site.ok(
        "issue --ca sub --profile tls-client --key ec-p256 --p12 clerk.p12 --out clerk.pem"
        " --subject",
        "CN=Clerk One,O=Ministry of Interior,C=SN",
    )

    sub_cert = load_cert(tmp_path / "sub.pem")
    csr = x509.load_pem_x509_csr((tmp_path / "sub.csr").read_bytes())
    assert spki(sub_cert) == spki(csr)  # the key stayed in workspace B
    assert load_cert(tmp_path / "clerk.pem").issuer == sub_cert.subject
    proc = openssl(tmp_path, "verify -CAfile root.pem -untrusted sub.pem clerk.pem")
    assert proc.returncode == 0 and "clerk.pem: OK" in proc.stdout, proc.stdout + proc.stderr


# --- JSON ----------------------------------------------------------------------------------------
def copy_workspace(officer: Officer, tmp_path: Path) -> Cli:
    shutil.copytree(officer.ws, tmp_path / "ws")
    for name in ("server.csr", "officer.p12"):
        shutil.copy(officer.dir / name, tmp_path / name)
    return Cli(tmp_path)


def test_json_outputs_parse(officer: Officer, tmp_path: Path) -> None:
    cli = copy_workspace(officer, tmp_path)
    cas = {c["name"]: c for c in cli.ok("ca list --json").json()["items"]}
    assert set(cas) == {"root", "issuing"}
    assert cas["issuing"]["parent"] == "root" and cas["issuing"]["key_type"] == "ec-p256"

    issued = cli.ok(
        "issue --ca issuing --profile tls-client --key ec-p256 --p12 moussa.p12 --json --subject",
        "CN=Moussa Fall,O=Ministry of Interior,C=SN",
    ).json()
    password = issued["p12_password"]
    assert isinstance(password, str) and len(password) >= 16
    key, cert, _ = load_p12(tmp_path / "moussa.p12", password)
    assert spki(key) == spki(cert)
    assert cert.serial_number == int(issued["serial"], 16)
    assert issued["ca"] == "issuing" and issued["p12"] == "moussa.p12"

    certs = {c["serial"]: c for c in cli.ok("cert list --json").json()["items"]}
    assert certs[issued["serial"]]["status"] == "valid"
    assert certs[officer.server_serial]["status"] == "revoked"

    crl = cli.ok("crl --ca issuing --out issuing.crl --json").json()
    assert crl["ca"] == "issuing" and crl["delta"] is False
    assert crl["entries"] == 1 and isinstance(crl["number"], int)

    # The generated password is shown once, and kept nowhere.
    assert password not in cli.ok("audit export").stdout
    assert password.encode() not in workspace_bytes(tmp_path / "ws")


# --- bad input -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Bad:
    id: str
    command: str
    expect: str  # in the error message (case-insensitive)
    passphrase: str = PASSPHRASE


ISSUE_CSR = "issue --ca issuing --profile tls-server --csr"
ISSUE_KEY = "issue --ca issuing --profile tls-client --subject CN=Lost --key ec-p256"
IMPORT_P12 = "ca import imported --p12 officer.p12 --key-password-file"

BAD_INPUTS = [
    Bad("truncated-csr", f"{ISSUE_CSR} truncated.csr", "truncated.csr"),
    Bad("der-garbage-csr", f"{ISSUE_CSR} garbage.der", "garbage.der"),
    Bad("csr-broken-signature", f"{ISSUE_CSR} badsig.der", "signature"),
    Bad("unknown-ca", "issue --ca nosuch-ca --profile tls-server --csr server.csr", "nosuch-ca"),
    Bad("unknown-profile", "issue --ca issuing --profile nosuch --csr server.csr", "nosuch"),
    Bad("san-type-not-allowed", f"{ISSUE_CSR} server.csr --san email:a@b.org", "email"),
    Bad("validity-too-long", f"{ISSUE_CSR} server.csr --days 3000", "3000"),
    Bad("wrong-passphrase", f"{ISSUE_CSR} server.csr", "passphrase", "not the passphrase"),
    Bad("invalid-toml-profile", "profile add bad-profile.toml", "bad-profile.toml"),
    Bad("p12-import-wrong-password", f"{IMPORT_P12} wrong-password.txt", "password"),
    Bad("p12-import-password-with-nul", f"{IMPORT_P12} nul-password.txt", "nul"),
    Bad(
        "p12-password-file-not-utf8",
        f"{ISSUE_KEY} --p12 lost.p12 --p12-password-file latin1-password.txt",
        "utf-8",
    ),
    Bad("revoke-unknown-serial", "revoke 0badc0ffee --ca issuing", "0badc0ffee"),
    Bad("out-into-missing-dir", f"{ISSUE_CSR} server.csr --out missing/s.pem", "does not exist"),
    Bad("p12-into-missing-dir", f"{ISSUE_KEY} --p12 missing/lost.p12", "does not exist"),
]


def write_bad_inputs(d: Path) -> None:
    pem = (d / "server.csr").read_text()
    (d / "truncated.csr").write_text(pem[: len(pem) // 2])
    (d / "garbage.der").write_bytes(b"\x30\x82\x01\x10" + bytes(i * 37 % 256 for i in range(272)))
    der = bytearray(x509.load_pem_x509_csr(pem.encode()).public_bytes(serialization.Encoding.DER))
    der[-1] ^= 0x01  # last byte of the ECDSA signature's s
    broken = x509.load_der_x509_csr(bytes(der))  # still a well-formed CSR...
    assert not broken.is_signature_valid  # ...whose signature fails
    (d / "badsig.der").write_bytes(bytes(der))
    (d / "bad-profile.toml").write_text('name = "broken"\n[validity\nmax_days = 10\n')
    (d / "wrong-password.txt").write_text("not the holder password\n")
    (d / "nul-password.txt").write_bytes(b"holder\x00password\n")
    (d / "latin1-password.txt").write_bytes("mot de passe \u00e9t\u00e9\n".encode("latin-1"))


@pytest.fixture(scope="module")
def baseline(officer: Officer) -> tuple[list[str], Any, Any]:
    return store_snapshot(officer.ws)


def assert_user_error(result: Result, expect: str) -> None:
    assert result.returncode == 1, (result.returncode, result.stderr)
    assert "Traceback" not in result.stdout + result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    assert expect.lower() in lines[0].lower(), lines[0]


@pytest.mark.parametrize("case", BAD_INPUTS, ids=[c.id for c in BAD_INPUTS])
def test_bad_input_is_one_error_line_and_changes_nothing(
    case: Bad, officer: Officer, baseline: tuple[list[str], Any, Any], tmp_path: Path
) -> None:
    cli = copy_workspace(officer, tmp_path)
    write_bad_inputs(tmp_path)
    profiles_before = sorted((tmp_path / "ws" / "profiles").iterdir())

    result = cli.run(case.command, passphrase=case.passphrase)

    assert_user_error(result, case.expect)
    assert result.stdout == ""
    audit_lines, certs, cas = store_snapshot(tmp_path / "ws")
    assert len(audit_lines) == len(baseline[0])
    assert audit_lines == baseline[0]
    assert certs == baseline[1]  # in particular: no certificate issued
    assert cas == baseline[2]
    assert sorted((tmp_path / "ws" / "profiles").iterdir()) == profiles_before
    assert not (tmp_path / "missing").exists() and not (tmp_path / "lost.p12").exists()


def test_outside_a_workspace_says_to_run_init(tmp_path: Path) -> None:
    (tmp_path / "nowhere").mkdir()
    result = Cli(tmp_path, workspace="nowhere").run("cert list")
    assert_user_error(result, "idtoolkit init")
    assert list((tmp_path / "nowhere").iterdir()) == []  # nothing created there
