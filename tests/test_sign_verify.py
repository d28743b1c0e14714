"""For e-service developers: a test PKI with good and bad credentials, signatures made with
them (CMS/CAdES and PAdES, B-B to B-LT), and validation against the live local services.

The test PKI is the shipped default scenario, served by a real ``PKIServer`` on a free port
(its URLs are in every certificate). Verdicts come from ``idtoolkit verify``; independent
validators (pyHanko, pyhanko-certvalidator, openssl cms) check that what we sign and serve is
right, not just self-consistent.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import io
import json
import socket
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509

from idtoolkit.apps.cli.main import main
from idtoolkit.apps.testpki import build, scenario
from idtoolkit.services.http import PKIServer
from idtoolkit.workspace import Workspace


@dataclass
class LivePKI:
    directory: Path
    manifest: dict[str, Any]
    server: PKIServer
    ws: Workspace

    @property
    def tsa(self) -> str:
        return str(self.manifest["tsa"])

    @property
    def trust(self) -> Path:
        return self.directory / self.manifest["trusted_bundle"]

    def credential(self, name: str) -> dict[str, Any]:
        return next(c for c in self.manifest["credentials"] if c["name"] == name)

    def p12_args(self, name: str) -> list[str]:
        entry = self.credential(name)
        return [
            "--p12",
            str(self.directory / entry["p12"]),
            "--p12-password-file",
            str(self.directory / entry["p12_password_file"]),
            # sign refuses credentials verifiers would reject; these make bad signatures on purpose
            *(["--force"] if name in UNFIT_FOR_SIGNING else []),
        ]


#: Credentials ``sign`` refuses without --force: expired, not yet valid, wrong usage.
UNFIT_FOR_SIGNING = {"expired", "not-yet-valid", "wrong-eku", "wrong-key-usage"}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LivePKI]:
    port = _free_port()
    # A nested folder that does not exist yet: testpki create makes its parents (lab/pki).
    directory = tmp_path_factory.mktemp("testpki") / "lab" / "pki"
    pki = build.create(directory, scenario.load(None), f"http://127.0.0.1:{port}")
    ws = Workspace.open(directory / "workspace")
    ws.unlock((directory / "passphrase.txt").read_text().strip().encode())
    server = PKIServer(ws, "127.0.0.1", port)
    server.start_in_thread()
    yield LivePKI(directory, pki.manifest, server, ws)
    server.stop()
    ws.close()


def run(*argv: str) -> tuple[int, str, str]:
    """``idtoolkit`` in this process (secrets only in files, never in argv)."""
    out, err = io.StringIO(), io.StringIO()
    code = 0
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(list(argv))
        except SystemExit as exc:
            code = int(exc.code or 0)
    return code, out.getvalue(), err.getvalue()


def verify_json(*argv: str) -> dict[str, Any]:
    code, out, err = run("verify", *argv, "--json")
    reports = json.loads(out)
    assert len(reports) == 1, err
    report: dict[str, Any] = reports[0]
    assert code == (0 if report["verdict"] == "valid" else 1)
    return report


# --- the manifest's promises ------------------------------------------------------------------
def test_testpki_create_makes_missing_parent_folders(live: LivePKI) -> None:
    assert (live.directory.parent.name, live.directory.name) == ("lab", "pki")
    assert (live.directory / "manifest.json").is_file()


def test_default_scenario_has_every_negative_case(live: LivePKI) -> None:
    expected = {
        c["name"]: (c["expect"]["verdict"], c["expect"]["reasons"])
        for c in live.manifest["credentials"]
    }
    assert expected == {
        "valid": ("valid", []),
        "expired": ("indeterminate", ["expired"]),
        "not-yet-valid": ("indeterminate", ["not-yet-valid"]),
        "revoked": ("invalid", ["revoked"]),
        "on-hold": ("invalid", ["on-hold"]),
        "wrong-eku": ("invalid", ["wrong-eku"]),
        "wrong-key-usage": ("invalid", ["wrong-key-usage"]),
        "issuer-revoked": ("invalid", ["ca-revoked"]),
        "untrusted": ("indeterminate", ["untrusted"]),
        "valid-rsa": ("valid", []),
    }
    assert {s["kind"] for s in live.manifest["services"]} == {"ocsp", "tsa"}
    for entry in live.manifest["credentials"]:
        assert (live.directory / entry["p12"]).stat().st_mode & 0o077 == 0


@pytest.mark.parametrize(
    "name",
    [
        "valid",
        "valid-rsa",
        "expired",
        "not-yet-valid",
        "revoked",
        "on-hold",
        "wrong-eku",
        "wrong-key-usage",
        "issuer-revoked",
        "untrusted",
    ],
)
def test_each_manifest_case_gets_its_verdict_from_verify(
    live: LivePKI, tmp_path: Path, name: str
) -> None:
    document = live.directory / "documents" / "sample.txt"
    signature = tmp_path / "sample.txt.p7s"
    code, _out, err = run(
        "sign", str(document), "--out", str(signature), *live.p12_args(name), "--tsa", live.tsa
    )
    assert code == 0, err
    report = verify_json(str(document), "--signature", str(signature), "--trust", str(live.trust))
    expect = live.credential(name)["expect"]
    assert (report["verdict"], report["reasons"]) == (expect["verdict"], expect["reasons"])


def test_readable_report_says_what_was_checked_and_where_revocation_came_from(
    live: LivePKI, tmp_path: Path
) -> None:
    document = live.directory / "documents" / "sample.txt"
    signature = tmp_path / "s.p7s"
    assert run("sign", str(document), "--out", str(signature), *live.p12_args("revoked"))[0] == 0
    code, out, _ = run(
        "verify", str(document), "--signature", str(signature), "--trust", str(live.trust)
    )
    assert code == 1
    assert "INVALID" in out and "[FAIL] revocation: the signer's certificate is revoked" in out
    assert "key_compromise" in out
    assert f"from {live.manifest['base_url']}/ocsp/issuing: revoked" in out
    assert "[ok  ] signature: the data is exactly what was signed" in out


def test_an_expired_credentials_report_does_not_contradict_its_revocation_sources(
    live: LivePKI, tmp_path: Path
) -> None:
    """The report used to say "revocation: not checked" above a fetched OCSP "good": the
    answer was received, it just cannot make an expired certificate valid."""
    document = live.directory / "documents" / "sample.txt"
    signature = tmp_path / "e.p7s"
    assert run("sign", str(document), "--out", str(signature), *live.p12_args("expired"))[0] == 0
    code, out, _ = run(
        "verify", str(document), "--signature", str(signature), "--trust", str(live.trust)
    )
    assert code == 1 and "INDETERMINATE" in out, out
    assert f"from {live.manifest['base_url']}/ocsp/issuing: good" in out, out
    line = next(x for x in out.splitlines() if "] revocation:" in x)
    assert "not checked" not in line and "not judged" in line, line


@pytest.mark.parametrize(
    ("name", "verdict"),
    [
        ("revoked", "invalid"),
        ("on-hold", "invalid"),
        ("issuer-revoked", "invalid"),
        ("expired", "indeterminate"),
    ],
)
def test_b_lt_negative_samples_can_be_made_in_pdf(
    live: LivePKI, tmp_path: Path, name: str, verdict: str
) -> None:
    """``sign --embed-revocation --force`` with a revoked or expired credential used to stop
    ("cannot add revocation information to the PDF": pyHanko validates before embedding):
    a B-LT negative sample carries the answers as they came, and verifies offline to the
    manifest's verdict."""
    signed = tmp_path / f"{name}.pdf"
    code, out, err = run(
        "sign", str(live.directory / "documents" / "sample.pdf"), "--out", str(signed),
        *live.p12_args(name), "--force", "--tsa", live.tsa, "--embed-revocation",
    )  # fmt: skip
    assert code == 0 and "B-LT" in out, err
    code, out, _ = run("verify", str(signed), "--trust", str(live.trust), "--offline", "--json")
    (report,) = json.loads(out)
    expect = live.credential(name)["expect"]
    assert report["verdict"] == verdict and set(expect["reasons"]) <= set(report["reasons"]), report


# --- levels, tampering and time ------------------------------------------------------------------
def test_changed_data_is_invalid(live: LivePKI, tmp_path: Path) -> None:
    document = tmp_path / "contract.txt"
    document.write_bytes(b"pay 100 CFA\n")
    assert run("sign", str(document), "--out", f"{document}.p7s", *live.p12_args("valid"))[0] == 0
    assert verify_json(str(document), "--trust", str(live.trust))["verdict"] == "valid"
    document.write_bytes(b"pay 900 CFA\n")
    report = verify_json(str(document), "--trust", str(live.trust))
    assert (report["verdict"], report["reasons"]) == ("invalid", ["modified"])


def test_b_lt_signature_validates_with_services_gone(live: LivePKI, tmp_path: Path) -> None:
    """B-LT carries the OCSP/CRL answers: --offline (nothing fetched) still validates it, while
    a B-T signature offline cannot establish revocation status."""
    document = live.directory / "documents" / "sample.txt"
    b_lt, b_t = tmp_path / "lt.p7s", tmp_path / "t.p7s"
    code, out, err = run("sign", str(document), "--out", str(b_lt), *live.p12_args("valid"),
                         "--tsa", live.tsa, "--embed-revocation", "--json")  # fmt: skip
    assert code == 0, err
    assert json.loads(out)["level"] == "B-LT"
    assert (
        run("sign", str(document), "--out", str(b_t), *live.p12_args("valid"), "--tsa", live.tsa)[0]
        == 0
    )
    report = verify_json(
        str(document), "--signature", str(b_lt), "--trust", str(live.trust), "--offline"
    )
    assert report["verdict"] == "valid"
    assert any("embedded in the signature" in s for s in report["revocation_sources"])
    report = verify_json(
        str(document), "--signature", str(b_t), "--trust", str(live.trust), "--offline"
    )
    assert report["verdict"] == "indeterminate" and "revocation-unknown" in report["reasons"]


def test_pades_b_lt_validates_offline_and_detects_tampering(live: LivePKI, tmp_path: Path) -> None:
    signed = tmp_path / "signed.pdf"
    code, out, err = run("sign", str(live.directory / "documents" / "sample.pdf"), "--out", str(signed),
                         *live.p12_args("valid"), "--tsa", live.tsa, "--embed-revocation", "--json")  # fmt: skip
    assert code == 0, err
    assert json.loads(out)["format"] == "pades" and json.loads(out)["level"] == "B-LT"
    report = verify_json(str(signed), "--trust", str(live.trust), "--offline")
    assert report["verdict"] == "valid" and report["timestamp"] is not None
    data = bytearray(signed.read_bytes())
    at = data.index(b"sample document")
    data[at : at + 6] = b"SAMPLE"
    (tmp_path / "tampered.pdf").write_bytes(bytes(data))
    report = verify_json(str(tmp_path / "tampered.pdf"), "--trust", str(live.trust), "--offline")
    assert report["verdict"] == "invalid" and "modified" in report["reasons"]


def test_verify_at_a_time_inside_the_validity_of_an_expired_credential(
    live: LivePKI, tmp_path: Path
) -> None:
    entry = live.credential("expired")
    document = live.directory / "documents" / "sample.txt"
    signature = tmp_path / "old.p7s"
    assert run("sign", str(document), "--out", str(signature), *live.p12_args("expired"))[0] == 0
    inside = dt.datetime.fromisoformat(entry["not_before"]) + dt.timedelta(days=100)
    report = verify_json(str(document), "--signature", str(signature), "--trust", str(live.trust),
                         "--at", inside.isoformat())  # fmt: skip
    assert report["verdict"] == "valid"
    assert report["validation_time"].startswith(inside.date().isoformat())


# --- independent validators ------------------------------------------------------------------
def _trust_roots(live: LivePKI) -> list[Any]:
    from asn1crypto import pem as asn1_pem
    from asn1crypto import x509 as asn1_x509

    return [
        asn1_x509.Certificate.load(der)
        for _, _, der in asn1_pem.unarmor(live.trust.read_bytes(), multiple=True)
    ]


def test_pyhanko_validates_a_pdf_we_signed_fetching_from_our_services(
    live: LivePKI, tmp_path: Path
) -> None:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    signed = tmp_path / "signed.pdf"
    code, _, err = run("sign", str(live.directory / "documents" / "sample.pdf"), "--out", str(signed),
                       *live.p12_args("valid"), "--tsa", live.tsa)  # fmt: skip
    assert code == 0, err
    context = ValidationContext(
        trust_roots=_trust_roots(live), allow_fetching=True, revocation_mode="require"
    )
    with signed.open("rb") as handle:
        signature = PdfFileReader(handle).embedded_signatures[0]
        status = validate_pdf_signature(signature, context)
    assert status.bottom_line, status.pretty_print_details()
    assert status.timestamp_validity is not None and status.timestamp_validity.trusted


@pytest.mark.parametrize(("name", "good"), [("valid", True), ("revoked", False)])
def test_certvalidator_uses_our_live_ocsp_and_crl(live: LivePKI, name: str, good: bool) -> None:
    from asn1crypto import pem as asn1_pem
    from asn1crypto import x509 as asn1_x509
    from pyhanko_certvalidator import CertificateValidator, ValidationContext
    from pyhanko_certvalidator.errors import RevokedError

    _, _, der = asn1_pem.unarmor(
        (live.directory / live.credential(name)["certificate"]).read_bytes()
    )
    cert = asn1_x509.Certificate.load(der)
    context = ValidationContext(
        trust_roots=_trust_roots(live), allow_fetching=True, revocation_mode="require"
    )
    validator = CertificateValidator(cert, validation_context=context)  # the issuer comes from AIA
    if good:
        path = asyncio.run(validator.async_validate_usage({"non_repudiation"}))
        assert len(path) == 3
        assert context.ocsps, "the end-entity certificate was checked with our OCSP responder"
        assert context.crls, "the issuing CA certificate was checked with the root's CRL"
    else:
        with pytest.raises(RevokedError):
            asyncio.run(validator.async_validate_usage({"non_repudiation"}))


def test_openssl_cms_accepts_our_detached_signature(live: LivePKI, tmp_path: Path) -> None:
    document = live.directory / "documents" / "sample.txt"
    signature = tmp_path / "s.p7s"
    assert (
        run(
            "sign",
            str(document),
            "--out",
            str(signature),
            *live.p12_args("valid"),
            "--tsa",
            live.tsa,
        )[0]
        == 0
    )
    result = subprocess.run(
        ["openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", str(signature),
         "-content", str(document), "-CAfile", str(live.trust), "-purpose", "any", "-out", "/dev/null"],
        capture_output=True, text=True, timeout=30,
    )  # fmt: skip
    assert "Verification successful" in result.stderr, result.stderr


# --- the command line as a developer meets it ----------------------------------------------------
def test_cli_in_a_subprocess_signs_and_verifies(live: LivePKI, tmp_path: Path) -> None:
    document = tmp_path / "sample.txt"
    document.write_bytes((live.directory / "documents" / "sample.txt").read_bytes())
    cli = [sys.executable, "-m", "idtoolkit.apps.cli.main"]
    signed = subprocess.run([*cli, "sign", str(document), "--out", str(tmp_path / "sample.txt.p7s"),
                             *live.p12_args("valid")], capture_output=True, text=True, timeout=60)  # fmt: skip
    assert signed.returncode == 0, signed.stderr
    assert "CMS B-B" in signed.stdout
    checked = subprocess.run([*cli, "verify", str(tmp_path / "sample.txt.p7s"), "--trust", str(live.trust)],
                             capture_output=True, text=True, timeout=60)  # fmt: skip
    assert checked.returncode == 0 and "VALID" in checked.stdout, checked.stdout + checked.stderr


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["verify", "nothing.txt", "--trust", "x.pem"], "cannot read --trust x.pem"),
        (["verify", "doc.txt"], "give the trust anchor"),
        (["sign", "doc.txt", "--out", "o.p7s", "--token", "t"], "--token needs --key-label"),
        (
            ["sign", "doc.txt", "--out", "o.pdf", "--format", "pades", "--p12", "x.p12"],
            "is not a PDF",
        ),
        (
            ["sign", "doc.txt", "--out", "o.p7s", "--p12", "x.p12", "--embed-revocation"],
            "needs a time-stamp",
        ),
    ],
)
def test_bad_input_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, argv: list[str], message: str
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "doc.txt").write_text("x")
    code, _out, err = run(*argv)
    assert code == 1 and message in err and err.count("\n") == 1, err
    assert not (tmp_path / "o.p7s").exists() and not (tmp_path / "o.pdf").exists()


def test_wrong_p12_password_is_one_line(live: LivePKI, tmp_path: Path) -> None:
    (tmp_path / "pw").write_text("not the password\n")
    code, _, err = run("sign", str(live.directory / "documents" / "sample.txt"), "--out", str(tmp_path / "o.p7s"),
                       "--p12", str(live.directory / live.credential("valid")["p12"]),
                       "--p12-password-file", str(tmp_path / "pw"))  # fmt: skip
    assert code == 1 and "wrong password" in err and "not the password" not in err


@pytest.mark.parametrize("name", sorted(UNFIT_FOR_SIGNING))
def test_sign_refuses_an_unfit_credential_unless_forced(
    live: LivePKI, tmp_path: Path, name: str
) -> None:
    document = str(live.directory / "documents" / "sample.txt")
    out = tmp_path / "o.p7s"
    args = [a for a in live.p12_args(name) if a != "--force"]
    code, _, err = run("sign", document, "--out", str(out), *args)
    assert code == 1 and "will not sign" in err and "--force" in err and err.count("\n") == 1
    assert not out.exists()
    code, _, err = run("sign", document, "--out", str(out), *args, "--force")
    assert code == 0 and "warning:" in err and out.exists()


def test_signing_with_a_good_credential_prints_nothing_on_stderr(
    live: LivePKI, tmp_path: Path
) -> None:
    """No stray library line (pyHanko's soft-fail warning) on a B-LT signature."""
    code, _, err = run("sign", str(live.directory / "documents" / "sample.pdf"),
                       "--out", str(tmp_path / "s.pdf"), *live.p12_args("valid"),
                       "--tsa", live.tsa, "--embed-revocation")  # fmt: skip
    assert code == 0 and err == "", err


# --- scenarios ------------------------------------------------------------------------------
def test_scenario_errors_name_the_entry_and_key(tmp_path: Path) -> None:
    bad = tmp_path / "lab.toml"
    bad.write_text('[[ca]]\nname = "root"\nsubject = "CN=R,O=L,C=SN"\n[[credential]]\nname = "x"\n'
                   'ca = "root"\nprofile = "citizen-sign"\nsubject = "CN=x"\ncolour = "red"\n')  # fmt: skip
    code, _, err = run("testpki", "create", "--out", str(tmp_path / "out"), "--scenario", str(bad))
    assert code == 1 and err == "error: lab.toml: credential 'x': colour: unknown key\n"
    assert not (tmp_path / "out").exists()


def test_failed_build_leaves_nothing_behind(tmp_path: Path) -> None:
    bad = tmp_path / "lab.toml"
    bad.write_text('[[ca]]\nname = "root"\nsubject = "CN=R,O=L,C=SN"\n[[credential]]\nname = "x"\n'
                   'ca = "root"\nprofile = "no-such-profile"\nsubject = "CN=x"\n')  # fmt: skip
    code, _, err = run("testpki", "create", "--out", str(tmp_path / "out"), "--scenario", str(bad))
    assert code == 1 and "unknown profile 'no-such-profile'" in err
    assert not (tmp_path / "out").exists()


def test_existing_directory_is_refused(tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "keep.txt").write_text("mine")
    code, _, err = run("testpki", "create", "--out", str(tmp_path / "out"))
    assert code == 1 and "not empty" in err
    assert (tmp_path / "out" / "keep.txt").read_text() == "mine"


def test_parsed_certificates_match_the_manifest(live: LivePKI) -> None:
    for entry in live.manifest["credentials"]:
        cert = x509.load_pem_x509_certificate((live.directory / entry["certificate"]).read_bytes())
        assert f"{cert.serial_number:x}" == entry["serial"].lower().lstrip("0")


def test_sign_with_a_key_on_a_token(live: LivePKI, token: str, tmp_path: Path) -> None:
    """A citizen's card (SoftHSM2 here) signs: the key never leaves it, and the issuer certificates
    the signature lacks are fetched from the AIA URL when validating."""
    from idtoolkit.ca.enroll import enroll_on_token

    enrolled = enroll_on_token(
        live.ws, token, "issuing", "citizen-sign", "CN=Ndeye Sow,GN=Ndeye,SN=Sow,C=SN"
    )
    document = tmp_path / "form.txt"
    document.write_text("I agree\n")
    code, out, err = run("sign", str(document), "--out", f"{document}.p7s", "--token", token,
                         "--key-label", enrolled.key_label, "--tsa", live.tsa, "--json")  # fmt: skip
    assert code == 0, err
    assert json.loads(out)["signer"] == "CN=Ndeye Sow,GN=Ndeye,SN=Sow,C=SN"
    report = verify_json(str(document), "--trust", str(live.trust))
    assert report["verdict"] == "valid", report
    assert any("fetched from" in s and "/ca/issuing.crt" in s for s in report["revocation_sources"])


def test_pdf_changed_by_a_later_revision_is_invalid(live: LivePKI, tmp_path: Path) -> None:
    """An incremental update that rewrites the page after signing leaves the signed bytes
    intact; the validator must still see that the document shown is not what was signed."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    signed = tmp_path / "signed.pdf"
    code, _, err = run("sign", str(live.directory / "documents" / "sample.pdf"), "--out",
                       str(signed), *live.p12_args("valid"))  # fmt: skip
    assert code == 0, err
    writer = IncrementalPdfFileWriter(io.BytesIO(signed.read_bytes()))
    page = writer.root["/Pages"]["/Kids"][0].get_object()
    page["/Contents"] = writer.add_object(
        generic.StreamObject(stream_data=b"BT /F1 30 Tf 72 500 Td (PAY 900 CFA) Tj ET")
    )
    writer.update_container(page)
    with (tmp_path / "changed.pdf").open("wb") as handle:
        writer.write(handle)
    report = verify_json(str(tmp_path / "changed.pdf"), "--trust", str(live.trust))
    assert (report["verdict"], report["reasons"]) == ("invalid", ["modified"])
    coverage = next(c for c in report["checks"] if c["name"] == "coverage")
    assert coverage["outcome"] == "failed"


# --- hostile and damaged input ------------------------------------------------------------------
def test_certificate_forged_under_a_citizen_is_invalid(live: LivePKI, tmp_path: Path) -> None:
    """A "Minister of Finance" certificate signed with a citizen's end-entity key chains up to
    the trusted root by names and signatures, but a citizen is not a CA."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    from idtoolkit.keys.signer import SoftwareSigner
    from idtoolkit.keys.spec import key_spec
    from idtoolkit.signing.credentials import SigningCredential, from_pkcs12
    from idtoolkit.signing.sign import sign_cms

    entry = live.credential("valid")
    citizen = from_pkcs12(
        (live.directory / entry["p12"]).read_bytes(),
        (live.directory / entry["p12_password_file"]).read_text().strip().encode(),
    )
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    forged = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Minister of Finance")]))
        .issuer_name(citizen.certificate.subject)
        .public_key(key.public_key())
        .serial_number(99)
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(
            x509.KeyUsage(True, True, False, False, False, False, False, False, False),
            critical=True,
        )
        .sign(citizen.signer.issuer_key(), hashes.SHA256())  # type: ignore[arg-type]
    )
    credential = SigningCredential(
        SoftwareSigner(key, key_spec("ec-p256")), forged, [citizen.certificate, *citizen.chain]
    )
    document = tmp_path / "order.txt"
    document.write_bytes(b"transfer 1,000,000")
    Path(f"{document}.p7s").write_bytes(sign_cms(document.read_bytes(), credential)[0])
    report = verify_json(str(document), "--trust", str(live.trust))
    assert (report["verdict"], report["reasons"]) == ("invalid", ["chain-invalid"])
    chain = next(c for c in report["checks"] if c["name"] == "chain")
    assert chain["outcome"] == "failed" and "not a CA" in chain["detail"]


def test_garbage_and_truncated_signatures_get_one_line_errors(
    live: LivePKI, tmp_path: Path
) -> None:
    document = live.directory / "documents" / "sample.txt"
    good = tmp_path / "good.p7s"
    assert run("sign", str(document), "--out", str(good), *live.p12_args("valid"))[0] == 0
    der = good.read_bytes()
    for name, body in [("garbage", b"\x30\x82garbage" * 40), ("truncated", der[: len(der) // 2]),
                       ("empty", b"")]:  # fmt: skip
        (tmp_path / name).write_bytes(body)
        code, _, err = run("verify", str(document), "--signature", str(tmp_path / name),
                           "--trust", str(live.trust))  # fmt: skip
        assert code == 1 and err.startswith("error: ") and err.count("\n") == 1, (name, err)
    # Every single-byte change of a real signature: a verdict or a one-line error, no traceback.
    for offset in range(0, len(der), max(1, len(der) // 60)):
        mutated = bytearray(der)
        mutated[offset] ^= 0x55
        (tmp_path / "m.p7s").write_bytes(bytes(mutated))
        code, out, err = run("verify", str(document), "--signature", str(tmp_path / "m.p7s"),
                             "--trust", str(live.trust), "--offline")  # fmt: skip
        assert code in (0, 1) and "internal error" not in err, (offset, err)
        assert code == 1 or "VALID" in out


def test_pades_b_lta_document_timestamp_is_validated(live: LivePKI, tmp_path: Path) -> None:
    """A document time-stamp added later (PAdES B-LTA) is reported as its own entry."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign.signers import PdfTimeStamper

    from idtoolkit.signing.adapter import UrlTimeStamper

    signed = tmp_path / "signed.pdf"
    code, _, err = run("sign", str(live.directory / "documents" / "sample.pdf"), "--out", str(signed),
                       *live.p12_args("valid"), "--tsa", live.tsa)  # fmt: skip
    assert code == 0, err
    out = io.BytesIO()
    writer = IncrementalPdfFileWriter(io.BytesIO(signed.read_bytes()))
    PdfTimeStamper(UrlTimeStamper(live.tsa)).timestamp_pdf(writer, "sha256", output=out)
    (tmp_path / "lta.pdf").write_bytes(out.getvalue())
    code, stdout, err = run(
        "verify", str(tmp_path / "lta.pdf"), "--trust", str(live.trust), "--json"
    )
    reports = json.loads(stdout)
    assert [r["format"] for r in reports] == ["pades", "pades-doc-timestamp"], err
    assert all(r["verdict"] == "valid" for r in reports) and code == 0


def test_a_signature_the_validator_cannot_read_is_not_dropped(
    live: LivePKI, tmp_path: Path
) -> None:
    signed = tmp_path / "signed.pdf"
    assert run("sign", str(live.directory / "documents" / "sample.pdf"), "--out", str(signed),
               *live.p12_args("valid"))[0] == 0  # fmt: skip
    data = signed.read_bytes().replace(b"/ETSI.CAdES.detached", b"/ETSI.CAdES.detachex")
    (tmp_path / "odd.pdf").write_bytes(data)
    code, stdout, _ = run("verify", str(tmp_path / "odd.pdf"), "--trust", str(live.trust), "--json")
    reports = json.loads(stdout)
    assert code == 1 and [r["reasons"] for r in reports] == [["malformed"]]


def test_urls_in_a_strangers_certificate_are_not_fetched(live: LivePKI, tmp_path: Path) -> None:
    """Revocation is asked only along chains that reach a trust anchor."""
    document = live.directory / "documents" / "sample.txt"
    signature = tmp_path / "s.p7s"
    assert run("sign", str(document), "--out", str(signature), *live.p12_args("untrusted"))[0] == 0
    report = verify_json(str(document), "--signature", str(signature), "--trust", str(live.trust))
    assert not any("/ocsp/" in s for s in report["revocation_sources"])
    assert any("does not reach a trust anchor" in s for s in report["revocation_sources"])


@pytest.mark.parametrize("kind", ["rsa-pss", "rsa", "ec-p384", "ed25519", "ed448"])
def test_every_key_type_signs_cms_and_pdf_that_validate(kind: str) -> None:
    """Signature mechanics per key type, on a self-signed signer that is its own trust anchor
    (no services needed): the CMS names what the key really did, a PDF is signed once."""
    from cryptography.hazmat.primitives.asymmetric import ec, ed448, ed25519, rsa
    from cryptography.x509.oid import NameOID

    from idtoolkit.apps.testpki.documents import minimal_pdf
    from idtoolkit.keys.signer import SoftwareSigner
    from idtoolkit.keys.spec import SignatureScheme, key_spec
    from idtoolkit.signing.credentials import SigningCredential
    from idtoolkit.signing.sign import sign_cms, sign_pdf
    from idtoolkit.signing.verify import verify_cms, verify_pdf

    keys: dict[str, Any] = {
        "rsa-pss": (rsa.generate_private_key(65537, 2048), "rsa2048", SignatureScheme.PSS),
        "rsa": (rsa.generate_private_key(65537, 2048), "rsa2048", SignatureScheme.PKCS1V15),
        "ec-p384": (ec.generate_private_key(ec.SECP384R1()), "ec-p384", SignatureScheme.PKCS1V15),
        "ed25519": (ed25519.Ed25519PrivateKey.generate(), "ed25519", SignatureScheme.PKCS1V15),
        "ed448": (ed448.Ed448PrivateKey.generate(), "ed448", SignatureScheme.PKCS1V15),
    }
    key, spec_name, scheme = keys[kind]
    signer = SoftwareSigner(key, key_spec(spec_name), scheme)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, f"Signer {kind}")])
    now = dt.datetime.now(dt.UTC)
    certificate = signer.sign_certificate(
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(
            x509.KeyUsage(True, True, False, False, False, False, False, False, False),
            critical=True,
        )
    )
    calls = []
    original = signer.sign_bytes
    signer.sign_bytes = lambda data: calls.append(1) or original(data)  # type: ignore[method-assign]
    credential = SigningCredential(signer, certificate)
    der, _ = sign_cms(b"payload", credential)
    assert verify_cms(b"payload", der, [certificate], fetch=False).verdict == "valid"
    assert verify_cms(b"payloaD", der, [certificate], fetch=False).reasons == ["modified"]
    calls.clear()
    pdf, _ = sign_pdf(minimal_pdf(["x"]), credential)
    assert len(calls) == 1, "a PDF signature costs one signature on the key, not two"
    (report,) = verify_pdf(pdf, [certificate], fetch=False)
    assert report.verdict == "valid", report.checks
    if kind == "rsa-pss":
        from asn1crypto import cms

        info = cms.ContentInfo.load(der)["content"]["signer_infos"][0]
        assert info["signature_algorithm"]["parameters"]["salt_length"].native == 32


def test_a_pdf_signed_twice_has_both_signatures_validated(live: LivePKI, tmp_path: Path) -> None:
    once, twice = tmp_path / "once.pdf", tmp_path / "twice.pdf"
    sample = str(live.directory / "documents" / "sample.pdf")
    assert run("sign", sample, "--out", str(once), *live.p12_args("valid"))[0] == 0
    assert run("sign", str(once), "--out", str(twice), *live.p12_args("revoked"))[0] == 0
    code, stdout, _ = run("verify", str(twice), "--trust", str(live.trust), "--json")
    reports = json.loads(stdout)
    assert [(r["signature_field"], r["verdict"]) for r in reports] == [
        ("Signature1", "valid"),
        ("Signature2", "invalid"),
    ]
    assert code == 1  # one bad signature makes the document's answer "no"


def test_a_time_stamped_signature_outlives_its_certificate(live: LivePKI, tmp_path: Path) -> None:
    """Long-term validation: a signature time-stamped while the certificate was valid stays
    valid after the certificate expired; without the time-stamp it would not."""
    from pyhanko.sign.timestamps.api import TimeStamper

    from idtoolkit.ca.service_credentials import service_signer
    from idtoolkit.services.tsa import TimeStampAuthority
    from idtoolkit.signing.adapter import ToolkitSigner, digest_name
    from idtoolkit.signing.credentials import from_pkcs12

    entry = live.credential("expired")
    then = dt.datetime.fromisoformat(entry["not_before"]) + dt.timedelta(days=100)
    tsa = TimeStampAuthority(service_signer(live.ws, "tsa"))

    class ThenStamper(TimeStamper):  # our TSA, its clock set to a day the certificate was good
        async def async_request_tsa_response(self, req: Any) -> Any:
            from asn1crypto import tsp

            return tsp.TimeStampResp.load(tsa.respond(req.dump(), now=then))

    credential = from_pkcs12(
        (live.directory / entry["p12"]).read_bytes(),
        (live.directory / entry["p12_password_file"]).read_text().strip().encode(),
    )
    document = tmp_path / "old-contract.txt"
    document.write_bytes(b"signed last year")
    signed = asyncio.run(
        ToolkitSigner(credential).async_sign_general_data(
            document.read_bytes(), digest_name(credential), detached=True, use_cades=True,
            timestamper=ThenStamper(),
        )
    )  # fmt: skip
    Path(f"{document}.p7s").write_bytes(signed.dump())
    report = verify_json(str(document), "--trust", str(live.trust))
    assert (report["verdict"], report["reasons"]) == ("valid", []), report["checks"]
    assert report["checks"][0]["name"] == "validation time"
    assert report["validation_time"].startswith(then.date().isoformat())
    # Signed again without a time-stamp: nothing proves when, and the certificate is expired.
    assert run("sign", str(document), "--out", f"{document}.p7s", *live.p12_args("expired"))[0] == 0
    assert verify_json(str(document), "--trust", str(live.trust))["reasons"] == ["expired"]


def test_bytes_appended_after_a_signed_pdf_are_reported_not_silently_valid(
    live: LivePKI, tmp_path: Path
) -> None:
    signed = tmp_path / "signed.pdf"
    code, _, err = run("sign", str(live.directory / "documents" / "sample.pdf"), "--out", str(signed),
                       *live.p12_args("valid"), "--tsa", live.tsa, "--embed-revocation")  # fmt: skip
    assert code == 0, err
    assert verify_json(str(signed), "--trust", str(live.trust), "--offline")["verdict"] == "valid"
    appended = tmp_path / "appended.pdf"
    appended.write_bytes(signed.read_bytes() + b"\nPay 1,000,000 to account 42\n")
    report = verify_json(str(appended), "--trust", str(live.trust), "--offline")
    assert report["verdict"] != "valid" and "unsigned-data" in report["reasons"]
    coverage = next(c for c in report["checks"] if c["name"] == "coverage")
    assert coverage["outcome"] == "failed" and "bytes after" in coverage["detail"]
