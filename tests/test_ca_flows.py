"""CA operations as an officer uses them: hierarchies, the offline-root flow, imports, issuance
from CSRs, and refusals that leave the store untouched. Runs on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from sqlalchemy import func, select

from idtoolkit import api
from idtoolkit.errors import (
    AlreadyExistsError,
    InputError,
    NotFoundError,
    PassphraseError,
    ProfileViolation,
)
from idtoolkit.store.models import AuditEvent, CARecord, CertificateRecord, KeyRecord
from idtoolkit.workspace import Workspace

from .conftest import PASSPHRASE, TwoTier
from .pki_helpers import openssl_verify, pem


def _counts(ws: Workspace) -> tuple[int, int, int, int]:
    with ws.store.reading() as s:
        return tuple(  # type: ignore[return-value]
            s.execute(select(func.count()).select_from(t)).scalar_one()
            for t in (CertificateRecord, CARecord, KeyRecord, AuditEvent)
        )


def _openssl_csr(tmp: Path, subject: str, *addext: str) -> x509.CertificateSigningRequest:
    key = tmp / "key.pem"
    subprocess.run(
        [
            "openssl",
            "genpkey",
            "-algorithm",
            "EC",
            "-pkeyopt",
            "ec_paramgen_curve:P-256",
            "-out",
            str(key),
        ],
        check=True,
        capture_output=True,
    )
    args = [
        "openssl",
        "req",
        "-new",
        "-key",
        str(key),
        "-subj",
        subject,
        "-out",
        str(tmp / "req.csr"),
    ]
    for ext in addext:
        args += ["-addext", ext]
    subprocess.run(args, check=True, capture_output=True)
    return api.load_csr((tmp / "req.csr").read_bytes())


def test_two_tier_hierarchy_is_recorded_with_its_chain(pki: TwoTier) -> None:
    cas = {c.name: c for c in api.list_cas(pki.ws)}
    assert cas["root"].parent is None and cas["issuing"].parent == "root"
    assert cas["root"].key_store == "software" and cas["root"].crl_days == 365
    chain = api.ca_chain(pki.ws, "issuing")
    assert [c.subject.rfc4514_string() for c in chain] == [
        "CN=Test Issuing CA,O=ID Toolkit Tests,C=SN",
        "CN=Test Root CA,O=ID Toolkit Tests,C=SN",
    ]
    constraints = chain[0].extensions.get_extension_for_class(x509.BasicConstraints).value
    assert constraints.ca and constraints.path_length == 0
    assert chain[0].serial_number.bit_length() >= 64


def test_issue_from_an_openssl_csr(pki: TwoTier, tmp_path: Path) -> None:
    csr = _openssl_csr(
        tmp_path,
        "/CN=intranet.gov.sn",
        "subjectAltName=DNS:intranet.gov.sn,DNS:www.intranet.gov.sn",
        "basicConstraints=CA:FALSE",
        "keyUsage=digitalSignature,keyEncipherment",
    )
    issued = api.issue_from_csr(pki.ws, "issuing", "tls-server", csr)
    san = issued.certificate.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert san.get_values_for_type(x509.DNSName) == ["intranet.gov.sn", "www.intranet.gov.sn"]
    ku = issued.certificate.extensions.get_extension_for_class(x509.KeyUsage).value
    assert ku.digital_signature and not ku.key_encipherment  # the profile decides, not the CSR
    assert any("ignored CSR extension keyUsage" in n for n in issued.notes)
    chain = api.ca_chain(pki.ws, "issuing")
    assert (
        openssl_verify(
            tmp_path, issued.certificate, chain[-1], chain[:-1], ["-purpose", "sslserver"]
        ).returncode
        == 0
    )


def test_csr_review_shows_what_is_asked_and_refuses_what_the_profile_does_not_accept(
    pki: TwoTier, tmp_path: Path
) -> None:
    csr = _openssl_csr(
        tmp_path, "/CN=host.gov.sn", "subjectAltName=DNS:host.gov.sn", "nsComment=hello"
    )
    profile = pki.ws.profiles.get("tls-server")
    with pytest.raises(
        ProfileViolation, match=re.escape("requests extension 2.16.840.1.113730.1.13")
    ):
        api.review_csr(profile, csr)
    csr = _openssl_csr(tmp_path, "/CN=host.gov.sn", "basicConstraints=critical,CA:TRUE")
    before = _counts(pki.ws)
    with pytest.raises(ProfileViolation, match="asks for a CA certificate"):
        api.issue_from_csr(pki.ws, "issuing", "tls-server", csr)
    assert _counts(pki.ws) == before


@pytest.mark.parametrize(
    ("profile", "subject", "sans", "days", "key", "message"),
    [
        (
            "tls-server",
            "CN=a.gov.sn",
            ["email:a@gov.sn"],
            None,
            "ec-p256",
            "SAN email:a@gov.sn is not allowed",
        ),
        (
            "tls-server",
            "CN=a.gov.sn",
            [],
            300,
            "ec-p256",
            "validity of 300 days exceeds the maximum of 200 days",
        ),
        (
            "tls-server",
            "CN=a.gov.sn,O=Gov",
            [],
            None,
            "ec-p256",
            "subject attribute O is not allowed",
        ),
        ("tls-server", "CN=a.gov.sn", [], None, "ed25519", "key type ed25519 is not allowed"),
        (
            "citizen-sign",
            "CN=A B,GN=A,SN=B,pseudonym=ab,C=SN",
            [],
            None,
            "ec-p256",
            "exactly one of GN+SN or pseudonym",
        ),
        (
            "citizen-sign",
            "CN=A B,GN=A,SN=B,serialNumber=12345,C=SN",
            [],
            None,
            "ec-p256",
            "subject serialNumber='12345' must be a semantics identifier: PAS, IDC, PNO, TAX, TIN or EID",
        ),
        (
            "org-seal",
            "CN=Seal,O=Ministry,C=SN",
            [],
            None,
            "ec-p256",
            "subject attribute organizationIdentifier is required",
        ),
        ("smime", "CN=a@gov.sn", [], None, "ec-p256", "at least one SAN (email) is required"),
        ("tls-client", "CN=x", [], 20000, "ec-p256", "exceeds the maximum of 825 days"),
    ],
)
def test_profile_violations_name_the_rule_and_write_nothing(
    pki: TwoTier,
    profile: str,
    subject: str,
    sans: list[str],
    days: int | None,
    key: str,
    message: str,
) -> None:
    before = _counts(pki.ws)
    with pytest.raises(ProfileViolation, match=re.escape(message)):
        api.issue_with_new_key(pki.ws, "issuing", profile, subject, key, sans=sans, days=days)
    assert _counts(pki.ws) == before


def test_a_certificate_cannot_outlive_its_issuer(sqlite_workspace: Workspace) -> None:
    api.create_root(sqlite_workspace, "short", "CN=Short Root,O=Tests,C=SN", "ec-p256", days=100)
    with pytest.raises(ProfileViolation, match="would end after the issuing CA's certificate"):
        api.create_sub(sqlite_workspace, "sub", "short", "CN=Sub,O=Tests,C=SN", "ec-p256")


def test_an_issuing_ca_with_path_length_zero_cannot_sign_a_sub_ca(pki: TwoTier) -> None:
    with pytest.raises(ProfileViolation, match="pathLenConstraint 0"):
        api.create_sub(pki.ws, "third", "issuing", "CN=Third Tier,O=Tests,C=SN", "ec-p256")


def test_names_are_unique_and_unknown_names_are_listed(pki: TwoTier) -> None:
    with pytest.raises(AlreadyExistsError):
        api.create_root(pki.ws, "root", "CN=Other Root,O=Tests,C=SN", "ec-p256")
    with pytest.raises(
        NotFoundError, match=r"unknown CA 'nope' \(CAs in this workspace: issuing, root\)"
    ):
        api.issue_with_new_key(pki.ws, "nope", "tls-client", "CN=x", "ec-p256")


def test_offline_root_flow_across_two_workspaces(tmp_path: Path, db_url: str) -> None:
    root_ws = Workspace.init(tmp_path / "offline-root", PASSPHRASE)
    sub_ws = Workspace.init(tmp_path / "online-sub", PASSPHRASE, db_url=db_url)
    try:
        api.create_root(root_ws, "root", "CN=Offline Root,O=Gov,C=SN", "ec-p384")
        info, csr_pem = api.request_sub(sub_ws, "sub", "CN=Online Issuing CA,O=Gov,C=SN", "ec-p256")
        assert info.status == "pending"
        with pytest.raises(InputError, match="has no certificate yet"):
            api.issue_with_new_key(sub_ws, "sub", "tls-client", "CN=x", "ec-p256")
        signed = api.issue_from_csr(root_ws, "root", "sub-ca", api.load_csr(csr_pem))
        root_pem = pem(api.ca_chain(root_ws, "root"))
        # The wrong certificate is refused.
        with pytest.raises(InputError, match="is not the key of CA 'sub'"):
            api.import_signed_cert(sub_ws, "sub", root_pem)
        done = api.import_signed_cert(sub_ws, "sub", pem([signed.certificate]), root_pem)
        assert done.status == "active" and done.parent is not None
        leaf = api.issue_with_new_key(
            sub_ws, "sub", "tls-client", "CN=Client,O=Gov,C=SN", "ec-p256"
        )
        chain = api.ca_chain(sub_ws, "sub")
        assert len(chain) == 2
        assert openssl_verify(tmp_path, leaf.certificate, chain[-1], chain[:-1]).returncode == 0
    finally:
        root_ws.close()
        sub_ws.close()


def test_import_an_existing_ca_from_pem_and_from_pkcs12(
    sqlite_workspace: Workspace, tmp_path: Path
) -> None:
    other = Workspace.init(tmp_path / "other", PASSPHRASE)
    try:
        api.create_root(other, "legacy", "CN=Legacy Root,O=Gov,C=SN", "rsa2048")
        backup = api.export_ca_pkcs12(other, "legacy", b"backup password")
        cert_pem = pem(api.ca_chain(other, "legacy"))
    finally:
        other.close()
    with pytest.raises(PassphraseError):
        api.import_ca(sqlite_workspace, "legacy", p12_data=backup, key_password=b"wrong password")
    info = api.import_ca(
        sqlite_workspace, "legacy", p12_data=backup, key_password=b"backup password"
    )
    assert info.has_key and info.status == "active"
    issued = api.issue_with_new_key(sqlite_workspace, "legacy", "tls-client", "CN=c", "ec-p256")
    issued.certificate.verify_directly_issued_by(api.ca_chain(sqlite_workspace, "legacy")[0])
    key, _, _ = pkcs12.load_key_and_certificates(backup, b"backup password")
    assert key is not None
    key_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(b"pem password"),
    )
    with pytest.raises(AlreadyExistsError):
        api.import_ca(
            sqlite_workspace,
            "legacy2",
            cert_data=cert_pem,
            key_data=key_pem,
            key_password=b"pem password",
        )
    wrong_key = ec.generate_private_key(ec.SECP256R1()).private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    with pytest.raises(InputError, match="does not belong to the CA certificate"):
        api.import_ca(sqlite_workspace, "legacy3", cert_data=cert_pem, key_data=wrong_key)


def test_a_certificate_only_import_is_a_trust_anchor_that_cannot_sign(
    sqlite_pki: TwoTier, tmp_path: Path
) -> None:
    other = Workspace.init(tmp_path / "other", PASSPHRASE)
    try:
        api.create_root(other, "partner", "CN=Partner Root,O=Partner,C=GH", "ec-p256")
        cert_pem = pem(api.ca_chain(other, "partner"))
    finally:
        other.close()
    info = api.import_ca(sqlite_pki.ws, "partner", cert_data=cert_pem)
    assert info.status == "external" and not info.has_key
    with pytest.raises(InputError, match="cannot sign"):
        api.issue_with_new_key(sqlite_pki.ws, "partner", "tls-client", "CN=x", "ec-p256")


def test_pkcs12_delivery_holds_key_certificate_and_chain(sqlite_pki: TwoTier) -> None:
    issued = api.issue_with_new_key(
        sqlite_pki.ws, "issuing", "citizen-auth", "CN=Awa Ndiaye,GN=Awa,SN=Ndiaye,C=SN", "ec-p256"
    )
    assert issued.pkcs12 is not None and issued.pkcs12_password is not None
    key, cert, extra = pkcs12.load_key_and_certificates(
        issued.pkcs12, issued.pkcs12_password.encode()
    )
    assert cert == issued.certificate and key is not None and len(extra) == 2
    assert key.public_key() == cert.public_key()
    chosen = api.issue_with_new_key(
        sqlite_pki.ws,
        "issuing",
        "tls-client",
        "CN=old pc",
        "rsa2048",
        p12_password="old windows 7",
        legacy_p12=True,
    )
    assert chosen.pkcs12_password is None  # the caller chose it; nothing to show
    assert (
        pkcs12.load_key_and_certificates(chosen.pkcs12 or b"", b"old windows 7")[1]
        == chosen.certificate
    )


def test_search_and_paging(sqlite_pki: TwoTier) -> None:
    ws = sqlite_pki.ws
    for i in range(5):
        api.issue_with_new_key(ws, "issuing", "tls-client", f"CN=device-{i},O=Lab,C=SN", "ec-p256")
    found = api.list_certificates(ws, api.CertFilter(ca="issuing", text="device-3"))
    assert [c.subject for c in found] == ["CN=device-3,O=Lab,C=SN"]
    by_serial = api.list_certificates(ws, api.CertFilter(text=found[0].serial[:10]))
    assert found[0].serial in [c.serial for c in by_serial]
    page = api.list_certificates(ws, api.CertFilter(profile="tls-client"), limit=2, offset=2)
    assert len(page) == 2
    assert api.count_certificates(ws, api.CertFilter(profile="tls-client")) == 5
    assert api.count_certificates(ws, api.CertFilter(status="expiring", expiring_days=30)) == 0
    assert api.count_certificates(ws, api.CertFilter(expiring_days=400)) == 5
    details = api.find_certificate(ws, found[0].serial.upper())
    assert details.certificate.fingerprint(hashes.SHA256()).hex() != ""


def _expired_root() -> tuple[bytes, bytes]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name.from_rfc4514_string("CN=Old Root,O=Gov,C=SN")
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=3650))
        .not_valid_after(now - dt.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    key_pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    return cert.public_bytes(serialization.Encoding.PEM), key_pem


def test_an_expired_ca_is_refused_with_its_key_and_shown_expired_without(
    workspace: Workspace,
) -> None:
    cert_pem, key_pem = _expired_root()
    with pytest.raises(InputError, match=r"expired on .* cannot issue certificates or CRLs"):
        api.import_ca(workspace, "old", cert_data=cert_pem, key_data=key_pem)
    assert api.list_cas(workspace) == []  # nothing half-imported
    info = api.import_ca(workspace, "old", cert_data=cert_pem)  # a trust anchor for old signatures
    assert info.status == "expired"
    assert [c.status for c in api.list_cas(workspace)] == ["expired"]
