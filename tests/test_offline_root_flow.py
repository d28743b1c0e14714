"""The README's offline-root flow across two workspaces (two machines), run with the CLI to
a signature that verifies VALID: the issuing machine imports the root's CRL and serves it at
the URL the root wrote into the issuing CA's certificate."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec

from idtoolkit import api
from idtoolkit.services.http import PKIServer
from idtoolkit.workspace import Workspace

from .conftest import PASSPHRASE
from .test_sign_verify import _free_port, run


def _ok(*argv: str) -> str:
    code, out, err = run(*argv)
    assert code == 0, (argv, err)
    return out + err


def _fingerprint(text: str) -> str:
    match = re.search(r"((?:[0-9a-f]{4} ){15}[0-9a-f]{4})", text)
    assert match, text
    return match.group(1)


def test_offline_root_to_a_valid_signature(
    tmp_path: Path, db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("IDTOOLKIT_PASSPHRASE", PASSPHRASE.decode())
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    root_dir, online_dir = tmp_path / "offline-root", tmp_path / "online"
    carry = tmp_path / "usb"  # what crosses the air gap
    carry.mkdir()
    root = ["--workspace", str(root_dir)]
    online = ["--workspace", str(online_dir)]
    _ok("init", *root, "--base-url", base)
    _ok("init", *online, "--base-url", base, "--db", db_url)
    _ok("ca", "create-root", "root", *root, "--subject", "CN=National Root CA,O=Ministry,C=SN",
        "--key", "ec-p384")  # fmt: skip

    asked = _ok("ca", "request", "issuing", *online, "--subject", "CN=Issuing CA 1,O=Ministry,C=SN",
                "--key", "ec-p256", "--out", str(carry / "issuing.csr"))  # fmt: skip
    signed = _ok("issue", *root, "--ca", "root", "--profile", "sub-ca",
                 "--csr", str(carry / "issuing.csr"), "--out", str(carry / "issuing.pem"))  # fmt: skip
    assert _fingerprint(asked) == _fingerprint(signed)  # read aloud: the same on both sides
    _ok("ca", "export", "root", *root, "--out", str(carry / "root.pem"))
    _ok("crl", *root, "--ca", "root", "--out", str(carry / "root.crl"))

    _ok("ca", "import-cert", "issuing", *online, "--cert", str(carry / "issuing.pem"),
        "--chain", str(carry / "root.pem"))  # fmt: skip
    imported = _ok("ca", "import-crl", *online, str(carry / "root.crl"))
    assert "imported CRL 2 of National-Root-CA" in imported
    again = run("ca", "import-crl", *online, str(carry / "root.crl"))
    assert again[0] == 1 and "not newer than the CRL 2" in again[2]
    _ok("ca", "service", "issuing", *online, "--kind", "tsa", "--subject", "CN=TSA,O=Ministry,C=SN",
        "--key", "ec-p256")  # fmt: skip
    (tmp_path / "pw").write_text("holder password 1\n")
    _ok("issue", *online, "--ca", "issuing", "--profile", "citizen-sign", "--key", "ec-p256",
        "--p12", str(tmp_path / "amina.p12"), "--p12-password-file", str(tmp_path / "pw"),
        "--subject", "CN=Amina Diallo,GN=Amina,SN=Diallo,serialNumber=IDCSN-1234567,C=SN")  # fmt: skip

    ws = Workspace.open(online_dir)
    ws.unlock(PASSPHRASE)
    server = PKIServer(ws, "127.0.0.1", port)
    server.start_in_thread()
    try:
        assert f"CRL  National-Root-CA (imported): {base}/crl/root.crl" in server.endpoints()
        root_crl = x509.load_pem_x509_crl((carry / "root.crl").read_bytes())
        import urllib.request

        with urllib.request.urlopen(f"{base}/crl/root.crl", timeout=10) as response:
            assert response.read() == root_crl.public_bytes(serialization.Encoding.DER)
        document = tmp_path / "contract.txt"
        document.write_text("the contract\n")
        _ok("sign", str(document), "--out", str(tmp_path / "contract.p7s"),
            "--p12", str(tmp_path / "amina.p12"), "--p12-password-file", str(tmp_path / "pw"),
            "--tsa", f"{base}/tsa", "--embed-revocation")  # fmt: skip
        for extra in ([], ["--offline"]):
            code, out, err = run("verify", str(document), "--signature", str(tmp_path / "contract.p7s"),
                                 "--trust", str(carry / "root.pem"), *extra)  # fmt: skip
            assert code == 0 and out.startswith(f"{document}: VALID"), out + err
    finally:
        server.stop()
        ws.close()


def test_an_imported_crl_must_be_signed_by_the_external_ca(tmp_path: Path, db_url: str) -> None:
    root_ws = Workspace.init(tmp_path / "root", PASSPHRASE)
    online = Workspace.init(tmp_path / "online", PASSPHRASE, db_url=db_url)
    try:
        api.create_root(root_ws, "root", "CN=Offline Root,O=Gov,C=SN", "ec-p384")
        _info, csr = api.request_sub(online, "sub", "CN=Online CA,O=Gov,C=SN", "ec-p256")
        signed = api.issue_from_csr(root_ws, "root", "sub-ca", api.load_csr(csr))
        root_cert = api.ca_chain(root_ws, "root")[0]
        root_pem = root_cert.public_bytes(serialization.Encoding.PEM)
        api.import_signed_cert(
            online, "sub", signed.certificate.public_bytes(serialization.Encoding.PEM), root_pem
        )
        # Same name, another key: a forgery.
        forger = ec.generate_private_key(ec.SECP384R1())
        now = dt.datetime.now(dt.UTC)
        forged = (
            x509.CertificateRevocationListBuilder()
            .issuer_name(root_cert.subject)
            .last_update(now)
            .next_update(now + dt.timedelta(days=7))
            .add_extension(x509.CRLNumber(99), False)
            .sign(forger, hashes.SHA384())
        )
        with pytest.raises(api.IDToolkitError, match="does not verify"):
            api.import_crl(online, forged.public_bytes(serialization.Encoding.DER))
        crl = api.make_crl(root_ws, "root")
        stale = api.make_crl(root_ws, "root", now=now - dt.timedelta(days=400))
        with pytest.raises(api.IDToolkitError, match="expired"):
            api.import_crl(online, stale.der)
        info = api.import_crl(online, crl.der)
        assert info.number == crl.number
        # One record and one audit shape, whether the CRL was signed here or imported.
        made = [
            json.loads(e.details) for e in api.list_audit_events(root_ws, action="crl.published")
        ]
        (made_here,) = [d for d in made if d["number"] == crl.number]
        imported = json.loads(api.list_audit_events(online, action="crl.imported")[0].details)
        assert set(imported) == set(made_here) == {"ca", "number", "entries", "next_update"}
        assert (imported["number"], imported["entries"]) == (crl.number, crl.entries)
        external_name = next(c.name for c in api.list_cas(online) if c.status == "external")
        assert api.latest_crl(online, external_name).der == crl.der  # what serve answers
        # The root's renewed certificate (same key) replaces the one here.
        external = next(c for c in api.list_cas(online) if c.status == "external")
        renewed = api.create_root(root_ws, "root2", "CN=Other Root,O=Gov,C=SN", "ec-p256")
        with pytest.raises(api.IDToolkitError, match="is for"):
            api.update_external_certificate(
                online,
                external.name,
                api.ca_chain(root_ws, renewed.name)[0].public_bytes(serialization.Encoding.PEM),
            )
    finally:
        root_ws.close()
        online.close()


def _root_cert(
    key: ec.EllipticCurvePrivateKey, days: int, signer: ec.EllipticCurvePrivateKey | None = None
) -> x509.Certificate:
    """An offline root's self-signed certificate as another CA product would make it."""
    name = x509.Name.from_rfc4514_string("CN=Renewed Root,O=Gov,C=SN")
    now = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=1)
    return (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + dt.timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), False)
        .sign(signer or key, hashes.SHA384())
    )


def test_an_external_root_renewed_with_the_same_key_replaces_its_certificate(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The root re-signs its certificate before it ends; the issuing machine takes the renewal
    (same name and key, later end, self-signed), keeps importing the root's CRLs, and refuses
    anything else with a reason."""
    monkeypatch.setenv("IDTOOLKIT_PASSPHRASE", PASSPHRASE.decode())
    key = ec.generate_private_key(ec.SECP384R1())
    pem = serialization.Encoding.PEM
    files = {
        "first.pem": _root_cert(key, 365),
        "renewed.pem": _root_cert(key, 3650),
        "shorter.pem": _root_cert(key, 30),
        "other-key.pem": _root_cert(ec.generate_private_key(ec.SECP384R1()), 4000),
        "forged.pem": _root_cert(key, 5000, signer=ec.generate_private_key(ec.SECP384R1())),
    }
    for name, cert in files.items():
        (tmp_path / name).write_bytes(cert.public_bytes(pem))
    ws = ["--workspace", str(tmp_path / "online")]
    _ok(*ws, "init")
    _ok(*ws, "ca", "import", "root", "--cert", str(tmp_path / "first.pem"))

    for name, reason in [
        ("shorter.pem", "not after the one here"),
        ("other-key.pem", "another key"),
        ("forged.pem", "not signed by its own key"),
    ]:
        code, _out, err = run(*ws, "ca", "import-cert", "root", "--cert", str(tmp_path / name))
        assert code == 1 and reason in err and len(err.strip().splitlines()) == 1, (name, err)

    assert "updated the certificate of external CA" in _ok(
        *ws, "ca", "import-cert", "root", "--cert", str(tmp_path / "renewed.pem")
    )
    shown = _ok(*ws, "ca", "show", "root", "--json")
    assert files["renewed.pem"].not_valid_after_utc.strftime("%Y-%m-%d") in shown
    now = dt.datetime.now(dt.UTC)
    crl = (
        x509.CertificateRevocationListBuilder()
        .issuer_name(files["renewed.pem"].subject)
        .last_update(now)
        .next_update(now + dt.timedelta(days=30))
        .add_extension(x509.CRLNumber(2), False)
        .sign(key, hashes.SHA384())
    )
    (tmp_path / "root.crl").write_bytes(crl.public_bytes(serialization.Encoding.DER))
    assert '"number": 2' in _ok(*ws, "ca", "import-crl", str(tmp_path / "root.crl"), "--json")
    _ok(*ws, "audit", "verify")
    _ok(*ws, "audit", "export", "--out", str(tmp_path / "audit.jsonl"))
    events = (tmp_path / "audit.jsonl").read_text()
    assert events.count('"ca.certificate_updated"') == 1 and '"crl.imported"' in events
