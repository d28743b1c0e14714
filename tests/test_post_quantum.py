"""Post-quantum CAs (issue 19): ML-DSA roots, issuing CAs, certificates, CRLs and OCSP answers
as a national PKI would build them, every signature checked with cryptography over the signed
bytes, and the refusals an officer meets where other software or rules do not follow yet."""

from __future__ import annotations

import json
import os
import subprocess
from importlib.metadata import version
from pathlib import Path

import pytest
from asn1crypto import core
from asn1crypto import keys as asn1_keys
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, mldsa
from cryptography.hazmat.primitives.asymmetric.types import CertificateIssuerPublicKeyTypes
from cryptography.x509 import ocsp
from cryptography.x509.oid import NameOID
from cryptography.x509.verification import PolicyBuilder, Store
from sqlalchemy import func, select

from idtoolkit import api
from idtoolkit.errors import ConfigurationError, InputError, ProfileViolation
from idtoolkit.keys.pkcs8 import decrypt_private_key
from idtoolkit.lint.linter import lint_certificate, lint_crl
from idtoolkit.lint.results import LintStandard
from idtoolkit.oids import ML_DSA_44, ML_DSA_65, ML_DSA_87
from idtoolkit.profiles.loader import parse_profile
from idtoolkit.profiles.registry import shipped_profiles
from idtoolkit.services.http import PKIServer
from idtoolkit.store.models import AuditEvent, CARecord, CertificateRecord, KeyRecord
from idtoolkit.workspace import Workspace

from .conftest import PASSPHRASE
from .pki_helpers import http_post, run_cli

ROOT_SUBJECT = "CN=National PQ Root CA,O=ID Toolkit Tests,C=SN"
SUB_SUBJECT = "CN=National PQ Issuing CA,O=ID Toolkit Tests,C=SN"
ML_DSA_OIDS = {"ml-dsa-44": ML_DSA_44, "ml-dsa-65": ML_DSA_65, "ml-dsa-87": ML_DSA_87}
_PRIVATE = {
    "ml-dsa-44": mldsa.MLDSA44PrivateKey,
    "ml-dsa-65": mldsa.MLDSA65PrivateKey,
    "ml-dsa-87": mldsa.MLDSA87PrivateKey,
}


def _csr(key: str, cn: str = "Records Service") -> x509.CertificateSigningRequest:
    private = _PRIVATE[key].generate()
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, cn),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Ministry of Health"),
            x509.NameAttribute(NameOID.COUNTRY_NAME, "SN"),
        ]
    )
    return x509.CertificateSigningRequestBuilder().subject_name(subject).sign(private, None)


def _signed_by(
    issuer_key: CertificateIssuerPublicKeyTypes, signature: bytes, tbs: bytes, oid: object
) -> None:
    """The issuer's public key over the TBS bytes, as a relying party checks it; and the
    AlgorithmIdentifier is the ML-DSA OID with parameters absent (RFC 9881 section 2)."""
    assert isinstance(issuer_key, mldsa.MLDSA65PublicKey | mldsa.MLDSA87PublicKey)
    issuer_key.verify(signature, tbs)  # raises InvalidSignature otherwise
    assert oid in ML_DSA_OIDS.values()


def _algorithm_identifier_has_no_parameters(der: bytes, oid: x509.ObjectIdentifier) -> None:
    # SEQUENCE (11 bytes) { OID 2.16.840.1.101.3.4.3.x }: nothing after the OID, not even NULL.
    last = int(oid.dotted_string.rsplit(".", 1)[1])
    assert bytes.fromhex("300b06096086480165030403") + bytes([last]) in der
    assert bytes.fromhex("300d06096086480165030403") + bytes([last]) + b"\x05\x00" not in der


def test_a_two_tier_ml_dsa_65_pki_issues_from_an_ml_dsa_44_csr_revokes_and_answers_ocsp(
    workspace: Workspace,
) -> None:
    ws = workspace
    api.create_root(ws, "root", ROOT_SUBJECT, "ml-dsa-65", profile="pq-root-ca")
    api.create_sub(ws, "issuing", "root", SUB_SUBJECT, "ml-dsa-65", profile="pq-sub-ca")
    sub, root = api.ca_chain(ws, "issuing")

    issued = api.issue_from_csr(ws, "issuing", "tls-client", _csr("ml-dsa-44"))
    leaf = issued.certificate
    assert isinstance(leaf.public_key(), mldsa.MLDSA44PublicKey)
    usage = leaf.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.digital_signature and not usage.key_encipherment and not usage.key_agreement
    shown = dict(api.describe_certificate(leaf, [sub, root]).fields)
    assert shown["Key"] == "ml-dsa-44 (ML-DSA-44, post-quantum, FIPS 204 level 2)"
    assert shown["Signature"] == "ML-DSA-65"
    # pkilint cannot check ML-DSA: the gap is told to the officer and kept in the audit trail.
    assert any("not checked: pkilint" in n for n in issued.notes)

    api.revoke(ws, "issuing", issued.serial, "key-compromise")
    crl_info = api.make_crl(ws, "issuing")
    crl = x509.load_der_x509_crl(crl_info.der)
    assert crl.get_revoked_certificate_by_serial_number(leaf.serial_number) is not None
    delta = x509.load_der_x509_crl(api.make_crl(ws, "issuing", delta=True).der)

    server = PKIServer(ws, "127.0.0.1", 0)
    server.start_in_thread()
    try:
        request = ocsp.OCSPRequestBuilder().add_certificate(leaf, sub, hashes.SHA256()).build()
        status, body = http_post(
            f"{server.base}/ocsp/issuing",
            request.public_bytes(serialization.Encoding.DER),
            "application/ocsp-request",
        )
    finally:
        server.stop()
    assert status == 200
    answer = ocsp.load_der_ocsp_response(body)
    assert answer.certificate_status == ocsp.OCSPCertStatus.REVOKED
    assert answer.revocation_reason == x509.ReasonFlags.key_compromise

    # Every signature in the hierarchy, by the right key, over the bytes it covers.
    _signed_by(
        root.public_key(), root.signature, root.tbs_certificate_bytes, root.signature_algorithm_oid
    )
    _signed_by(
        root.public_key(), sub.signature, sub.tbs_certificate_bytes, sub.signature_algorithm_oid
    )
    _signed_by(
        sub.public_key(), leaf.signature, leaf.tbs_certificate_bytes, leaf.signature_algorithm_oid
    )
    _signed_by(sub.public_key(), crl.signature, crl.tbs_certlist_bytes, crl.signature_algorithm_oid)
    _signed_by(
        sub.public_key(), delta.signature, delta.tbs_certlist_bytes, delta.signature_algorithm_oid
    )
    _signed_by(
        sub.public_key(),
        answer.signature,
        answer.tbs_response_bytes,
        answer.signature_algorithm_oid,
    )
    for cert in (root, sub, leaf):
        assert cert.signature_algorithm_parameters is None
        _algorithm_identifier_has_no_parameters(
            cert.public_bytes(serialization.Encoding.DER), cert.signature_algorithm_oid
        )
    _algorithm_identifier_has_no_parameters(crl_info.der, ML_DSA_65)
    _algorithm_identifier_has_no_parameters(body, ML_DSA_65)
    # RFC 9881 key usage for ML-DSA CA keys: certificate and CRL signing, never encipherment.
    root_usage = root.extensions.get_extension_for_class(x509.KeyUsage).value
    assert root_usage.key_cert_sign and root_usage.crl_sign and not root_usage.key_encipherment

    with ws.store.reading() as s:
        issued_event = s.execute(
            select(AuditEvent).where(AuditEvent.action == "cert.issued")
        ).scalar_one()
        details = json.loads(issued_event.details)
    assert any("ML-DSA-44 public key" in line for line in details["lint_skipped"])


def _verify_chain(leaf: x509.Certificate, chain: list[x509.Certificate]) -> None:
    verifier = PolicyBuilder().store(Store([chain[-1]])).build_client_verifier()
    verified = verifier.verify(leaf, chain[:-1])
    assert [c.subject for c in verified.chain] == [leaf.subject] + [c.subject for c in chain]


@pytest.mark.parametrize(
    ("root_key", "root_profile", "sub_key", "sub_profile"),
    [
        ("ml-dsa-87", "pq-root-ca", "ec-p384", "sub-ca"),
        ("ec-p384", "root-ca", "ml-dsa-87", "pq-sub-ca"),
    ],
    ids=["ml-dsa-87-root-over-ec-p384", "ec-p384-root-over-ml-dsa-87"],
)
def test_mixed_hierarchies_chain_and_validate(
    sqlite_workspace: Workspace, root_key: str, root_profile: str, sub_key: str, sub_profile: str
) -> None:
    ws = sqlite_workspace
    api.create_root(ws, "root", ROOT_SUBJECT, root_key, profile=root_profile)
    api.create_sub(ws, "issuing", "root", SUB_SUBJECT, sub_key, profile=sub_profile)
    issued = api.issue_with_new_key(
        ws,
        "issuing",
        "tls-client",
        "CN=Records Service,O=Ministry of Health,C=SN",
        "ec-p256",
        sans=["email:records@health.gov.sn"],
    )
    chain = api.ca_chain(ws, "issuing")
    sub, root = chain
    sub.verify_directly_issued_by(root)
    issued.certificate.verify_directly_issued_by(sub)
    _verify_chain(issued.certificate, chain)
    crl = x509.load_der_x509_crl(api.make_crl(ws, "issuing").der)
    assert crl.is_signature_valid(sub.public_key())  # type: ignore[arg-type]
    root_crl = x509.load_der_x509_crl(api.make_crl(ws, "root").der)
    assert root_crl.is_signature_valid(root.public_key())  # type: ignore[arg-type]


def test_ml_dsa_keys_are_stored_encrypted_and_come_back_after_reopening(tmp_path: Path) -> None:
    ws = Workspace.init(tmp_path / "ws", PASSPHRASE)
    try:
        api.create_root(ws, "root", ROOT_SUBJECT, "ml-dsa-87", profile="pq-root-ca")
    finally:
        ws.close()
    with Workspace.open(tmp_path / "ws") as reopened:
        reopened.unlock(PASSPHRASE)
        with reopened.store.reading() as s:
            record = s.execute(select(KeyRecord)).scalar_one()
            blob, public_der = record.encrypted_pkcs8, record.public_key_der
            key_type = record.key_type
        assert key_type == "ml-dsa-87" and blob is not None
        # PKCS#8 EncryptedPrivateKeyInfo (PBES2, PBKDF2-SHA256, AES-256-CBC): no key bytes in the
        # clear, and the same passphrase opens it with cryptography's standard loader.
        envelope = asn1_keys.EncryptedPrivateKeyInfo.load(blob)
        assert envelope["encryption_algorithm"]["algorithm"].native == "pbes2"
        key = decrypt_private_key(blob, PASSPHRASE)
        assert isinstance(key, mldsa.MLDSA87PrivateKey)
        assert (
            key.public_key().public_bytes(
                serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
            )
            == public_der
        )
        # The LAMPS private-key format cryptography writes: the 32-byte seed, [0] IMPLICIT.
        plain = key.private_bytes(
            serialization.Encoding.DER,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        assert plain[-34:-32] == b"\x80\x20"
        assert plain[-32:] not in blob
        with pytest.raises(Exception, match="passphrase"):
            decrypt_private_key(blob, b"not the passphrase")
        # And the reopened CA signs with it.
        crl = x509.load_der_x509_crl(api.make_crl(reopened, "root").der)
        assert crl.is_signature_valid(key.public_key())


_cli = run_cli


def _create_pq_root(
    env: dict[str, str], cwd: Path, *extra: str
) -> subprocess.CompletedProcess[str]:
    assert _cli(["init"], env, cwd).returncode == 0
    return _cli(
        [
            "ca",
            "create-root",
            "root",
            "--subject",
            ROOT_SUBJECT,
            "--key",
            "ml-dsa-65",
            "--profile",
            "pq-root-ca",
            *extra,
        ],
        env,
        cwd,
    )


def test_a_token_without_ml_dsa_is_a_one_line_refusal_naming_the_mechanism(
    token: str, tmp_path: Path
) -> None:
    from idtoolkit.hsm.keys import missing_mechanisms
    from idtoolkit.hsm.module import default_module_path, find_token, load_module
    from idtoolkit.keys.spec import key_spec

    # Read from the token's own mechanism list: SoftHSM 2.6 has neither, and a token that
    # lists both is let through.
    softhsm = find_token(load_module(default_module_path()), token)
    assert missing_mechanisms(softhsm, key_spec("ml-dsa-65")) == [
        "CKM_ML_DSA_KEY_PAIR_GEN",
        "CKM_ML_DSA",
    ]
    assert missing_mechanisms(softhsm, key_spec("ec-p256")) == []

    env = {
        **os.environ,
        "IDTOOLKIT_PASSPHRASE": PASSPHRASE.decode(),
        "IDTOOLKIT_WORKSPACE": str(tmp_path / "ws"),
    }
    result = _create_pq_root(env, tmp_path, "--key-store", f"pkcs11:token={token}")
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr, result.stderr
    assert "CKM_ML_DSA_KEY_PAIR_GEN" in result.stderr and token in result.stderr
    assert json.loads(_cli(["ca", "list", "--json"], env, tmp_path).stdout) == {
        "total": 0,
        "items": [],
    }


def test_ca_b_forum_profiles_refuse_ml_dsa_with_the_reason(sqlite_workspace: Workspace) -> None:
    ws = sqlite_workspace
    api.create_root(ws, "root", ROOT_SUBJECT, "ml-dsa-65", profile="pq-root-ca")
    api.create_sub(ws, "pq", "root", SUB_SUBJECT, "ml-dsa-44", profile="pq-sub-ca")
    api.create_sub(ws, "ec", "root", "CN=EC Issuing CA,O=ID Toolkit Tests,C=SN", "ec-p256")
    with pytest.raises(ProfileViolation, match=r"TLS Baseline Requirements .* do not allow ML-DSA"):
        api.issue_from_csr(
            ws, "ec", "tls-server", _csr("ml-dsa-65", "portal.gov.sn"), sans=["dns:portal.gov.sn"]
        )
    with pytest.raises(
        ProfileViolation, match=r"S/MIME Baseline Requirements .* do not allow ML-DSA"
    ):
        api.issue_from_csr(ws, "ec", "smime", _csr("ml-dsa-65"), sans=["email:a@gov.sn"])
    # An ML-DSA CA cannot sign a CA/B Forum TLS certificate either, whatever the leaf's key.
    ec_csr = (
        x509.CertificateSigningRequestBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "portal.gov.sn")]))
        .sign(ec.generate_private_key(ec.SECP256R1()), hashes.SHA256())
    )
    with pytest.raises(ProfileViolation, match="CA 'pq': ml-dsa-44 signatures are refused"):
        api.issue_from_csr(ws, "pq", "tls-server", ec_csr, sans=["dns:portal.gov.sn"])
    # The classical CA profiles point to the post-quantum ones.
    with pytest.raises(ProfileViolation, match="use the profiles pq-root-ca and pq-sub-ca"):
        api.create_root(ws, "root2", ROOT_SUBJECT, "ml-dsa-65")
    with ws.store.reading() as s:
        assert s.execute(select(func.count()).select_from(CertificateRecord)).scalar_one() == 3
        assert s.execute(select(func.count()).select_from(CARecord)).scalar_one() == 3


def test_a_profile_cannot_list_ml_dsa_where_its_rules_forbid_it() -> None:
    text = (
        'name = "tls-pq"\nlint = "cabf-serverauth"\n[keys]\nallowed = ["ml-dsa-65"]\n'
        '[validity]\nmax_days = 90\n[key_usage]\nusages = ["digital_signature"]\n'
    )
    with pytest.raises(ConfigurationError, match=r"keys\.allowed: ml-dsa-65 keys are refused"):
        parse_profile(text, "tls-pq.toml")
    text = text.replace("cabf-serverauth", "pkix").replace(
        '"digital_signature"', '"digital_signature", "key_encipherment"'
    )
    with pytest.raises(ConfigurationError, match="an ML-DSA key only signs"):
        parse_profile(text, "tls-pq.toml")
    # Written before ML-DSA existed, a profile without [keys] keeps meaning classical keys.
    plain = parse_profile(
        'name = "old"\n[validity]\nmax_days = 90\n[key_usage]\nusages = ["digital_signature"]\n',
        "old.toml",
    )
    assert not any(k.startswith("ml-dsa") for k in plain.key_types)


def test_generated_ml_dsa_keys_are_not_put_in_pkcs12_and_nothing_is_issued(
    sqlite_workspace: Workspace,
) -> None:
    ws = sqlite_workspace
    api.create_root(ws, "root", ROOT_SUBJECT, "ml-dsa-65", profile="pq-root-ca")
    with pytest.raises(InputError, match="cannot write ML-DSA keys into PKCS#12 yet"):
        api.issue_with_new_key(ws, "root", "pq-sub-ca", SUB_SUBJECT, "ml-dsa-65")
    with ws.store.reading() as s:
        assert s.execute(select(func.count()).select_from(CertificateRecord)).scalar_one() == 1


PQ_END_ENTITY = [
    (name, key)
    for name, profile in sorted(shipped_profiles().items())
    if not profile.is_ca
    for key in profile.key_types
    if key.startswith("ml-dsa")
]


def test_ml_dsa_is_offered_by_the_profiles_where_it_makes_sense() -> None:
    assert {name for name, _ in PQ_END_ENTITY} == {"ocsp-signer", "tls-client"}
    profiles = shipped_profiles()
    assert profiles["pq-root-ca"].key_types == ("ml-dsa-65", "ml-dsa-87")
    assert profiles["pq-sub-ca"].key_types == ("ml-dsa-44", "ml-dsa-65", "ml-dsa-87")


@pytest.fixture(scope="module")
def pq_pki(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    ws = Workspace.init(
        tmp_path_factory.mktemp("pq") / "ws", PASSPHRASE, base_url="http://pki.gov.sn"
    )
    api.create_root(ws, "root", ROOT_SUBJECT, "ml-dsa-87", profile="pq-root-ca")
    api.create_sub(ws, "issuing", "root", SUB_SUBJECT, "ml-dsa-65", profile="pq-sub-ca")
    return ws


@pytest.mark.parametrize(("profile", "key"), PQ_END_ENTITY)
def test_every_ml_dsa_profile_and_key_lints_clean_and_verifies(
    pq_pki: Workspace, profile: str, key: str
) -> None:
    from .pki_helpers import SUBJECTS

    subject, sans = SUBJECTS[profile]
    issued = api.issue_from_csr(pq_pki, "issuing", profile, _csr(key), subject=subject, sans=sans)
    cert = issued.certificate
    spki = core.Sequence.load(
        cert.public_key().public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )
    algorithm = spki[0]
    assert algorithm[0].dotted == ML_DSA_OIDS[key].dotted_string and len(algorithm) == 1
    sub = api.ca_chain(pq_pki, "issuing")[0]
    _signed_by(
        sub.public_key(), cert.signature, cert.tbs_certificate_bytes, cert.signature_algorithm_oid
    )
    report = lint_certificate(cert.public_bytes(serialization.Encoding.DER), LintStandard.PKIX)
    assert report.ok, [str(f) for f in report.errors]
    assert any(f"{key.upper()} public key" in line for line in report.skipped)


def test_pkilint_gaps_are_recorded_not_blocking() -> None:
    """pkilint 0.13 reports the unknown AlgorithmIdentifier (ERROR under the CA/B Forum TLS
    rules); those findings become notices and the unchecked parts are listed as skipped."""
    import datetime as dt

    key = mldsa.MLDSA65PrivateKey.generate()
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "portal.gov.sn")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + dt.timedelta(days=90))
        .sign(key, None)
    )
    report = lint_certificate(
        cert.public_bytes(serialization.Encoding.DER), LintStandard.CABF_SERVERAUTH
    )
    algorithm_findings = [f for f in report.findings if "algorithm_encoding" in f.code]
    assert algorithm_findings and all(f.severity == "NOTICE" for f in algorithm_findings)
    assert not any("algorithm" in f.code for f in report.errors)
    assert report.skipped == (
        "ML-DSA-65 signature and ML-DSA-65 public key (2.16.840.1.101.3.4.3.18) not checked: "
        f"pkilint {version('pkilint')} does not know "
        "this algorithm",
    )
    crl = (
        x509.CertificateRevocationListBuilder()
        .issuer_name(name)
        .last_update(now)
        .next_update(now + dt.timedelta(days=7))
        .add_extension(x509.CRLNumber(1), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(key.public_key()), critical=False
        )
        .sign(key, None)
    )
    crl_report = lint_crl(crl.public_bytes(serialization.Encoding.DER))
    assert crl_report.ok and crl_report.skipped[0].startswith("ML-DSA-65 signature (")


_PQ_DOCUMENT_PROFILE = """
name = "pq-document"
description = "Document signer with an ML-DSA key (workspace profile for this test)"
[keys]
allowed = ["ml-dsa-65"]
[validity]
max_days = 365
[key_usage]
usages = ["digital_signature", "content_commitment"]
[subject]
required = ["CN"]
"""


def test_verify_reports_an_ml_dsa_cms_signature_and_its_ml_dsa_chain(tmp_path: Path) -> None:
    from idtoolkit.keys.signer import SoftwareSigner
    from idtoolkit.keys.spec import key_spec
    from idtoolkit.signing.credentials import SigningCredential
    from idtoolkit.signing.sign import sign_cms
    from idtoolkit.signing.verify import render_text, verify_cms

    Workspace.init(tmp_path / "ws", PASSPHRASE).close()
    (tmp_path / "ws" / "profiles").mkdir(exist_ok=True)
    (tmp_path / "ws" / "profiles" / "pq-document.toml").write_text(_PQ_DOCUMENT_PROFILE)
    with Workspace.open(tmp_path / "ws") as ws:
        ws.unlock(PASSPHRASE)
        api.create_root(ws, "root", ROOT_SUBJECT, "ml-dsa-87", profile="pq-root-ca")
        api.create_sub(ws, "issuing", "root", SUB_SUBJECT, "ml-dsa-65", profile="pq-sub-ca")
        key = mldsa.MLDSA65PrivateKey.generate()
        csr = (
            x509.CertificateSigningRequestBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Registrar")]))
            .sign(key, None)
        )
        issued = api.issue_from_csr(ws, "issuing", "pq-document", csr)
        chain = api.ca_chain(ws, "issuing")
    credential = SigningCredential(
        SoftwareSigner(key, key_spec("ml-dsa-65")), issued.certificate, chain
    )
    signature, _ = sign_cms(b"birth certificate 2026/0001", credential)

    report = verify_cms(b"birth certificate 2026/0001", signature, [chain[-1]], fetch=False)
    checks = {c.name: c for c in report.checks}
    assert checks["signature"].outcome == "passed"
    assert "signed with ML-DSA-65, post-quantum" in checks["signature"].detail
    assert checks["chain"].outcome == "passed"  # pyHanko's validator checks ML-DSA certificates
    assert "ML-DSA-65" in render_text([report])
    tampered = verify_cms(b"birth certificate 2026/0002", signature, [chain[-1]], fetch=False)
    assert tampered.verdict == "invalid" and "modified" in tampered.reasons


def test_an_ml_dsa_ca_key_is_backed_up_as_encrypted_pkcs8_and_restored(tmp_path: Path) -> None:
    """PKCS#12 cannot carry ML-DSA keys yet: the CLI says so and offers --format key, whose
    file restores the CA elsewhere with 'ca import'."""
    env = {**os.environ, "IDTOOLKIT_PASSPHRASE": PASSPHRASE.decode()}
    first = {**env, "IDTOOLKIT_WORKSPACE": str(tmp_path / "ws")}
    second = {**env, "IDTOOLKIT_WORKSPACE": str(tmp_path / "restored")}
    (tmp_path / "pw").write_text("backup-password-1\n")
    created = _create_pq_root(first, tmp_path)
    assert created.returncode == 0, created.stderr
    p12 = _cli(
        [
            "ca",
            "export",
            "root",
            "--format",
            "p12",
            "--out",
            "root.p12",
            "--p12-password-file",
            "pw",
        ],
        first,
        tmp_path,
    )
    assert p12.returncode == 1 and "--format key" in p12.stderr and p12.stderr.count("\n") == 1
    assert not (tmp_path / "root.p12").exists()
    for fmt, out in (("key", "root-key.pem"), ("pem", "root.pem")):
        done = _cli(
            ["ca", "export", "root", "--format", fmt, "--out", out, "--p12-password-file", "pw"],
            first,
            tmp_path,
        )
        assert done.returncode == 0, done.stderr
    key_file = tmp_path / "root-key.pem"
    assert key_file.read_bytes().startswith(b"-----BEGIN ENCRYPTED PRIVATE KEY-----")
    assert key_file.stat().st_mode & 0o777 == 0o600
    assert _cli(["init"], second, tmp_path).returncode == 0
    restored = _cli(
        [
            "ca",
            "import",
            "root",
            "--cert",
            "root.pem",
            "--key",
            "root-key.pem",
            "--key-password-file",
            "pw",
        ],
        second,
        tmp_path,
    )
    assert restored.returncode == 0, restored.stderr
    assert (
        _cli(
            ["crl", "--ca", "root", "--out", "root.crl", "--format", "der"], second, tmp_path
        ).returncode
        == 0
    )
    root = x509.load_pem_x509_certificate((tmp_path / "root.pem").read_bytes())
    crl = x509.load_der_x509_crl((tmp_path / "root.crl").read_bytes())
    root.public_key().verify(crl.signature, crl.tbs_certlist_bytes)  # type: ignore[call-arg,union-attr]


def test_an_ml_dsa_delegated_responder_signs_the_answers(sqlite_workspace: Workspace) -> None:
    from idtoolkit.ca.service_credentials import create_service_credential
    from idtoolkit.services.ocsp import OCSPResponder

    ws = sqlite_workspace
    api.create_root(ws, "root", ROOT_SUBJECT, "ml-dsa-65", profile="pq-root-ca")
    api.create_sub(ws, "issuing", "root", SUB_SUBJECT, "ml-dsa-65", profile="pq-sub-ca")
    create_service_credential(
        ws, "issuing", "ocsp", "CN=PQ OCSP,O=ID Toolkit Tests,C=SN", "ml-dsa-44"
    )
    leaf = api.issue_from_csr(ws, "issuing", "tls-client", _csr("ml-dsa-44")).certificate
    sub = api.ca_chain(ws, "issuing")[0]
    request = ocsp.OCSPRequestBuilder().add_certificate(leaf, sub, hashes.SHA256()).build()
    answer = ocsp.load_der_ocsp_response(
        OCSPResponder(ws).respond(request.public_bytes(serialization.Encoding.DER), "issuing")
    )
    assert answer.certificate_status == ocsp.OCSPCertStatus.GOOD
    (responder,) = answer.certificates
    assert answer.signature_algorithm_oid == ML_DSA_44
    responder.verify_directly_issued_by(sub)
    responder.public_key().verify(answer.signature, answer.tbs_response_bytes)  # type: ignore[call-arg,union-attr]


@pytest.mark.parametrize("key", sorted(ML_DSA_OIDS))
def test_cms_names_an_ml_dsa_signature_by_its_oid_without_parameters(key: str) -> None:
    """RFC 9882: what a TSA token or a CMS signature declares for an ML-DSA signer."""
    from idtoolkit.keys.cms_algorithms import signature_algorithm
    from idtoolkit.keys.signer import SoftwareSigner
    from idtoolkit.keys.spec import key_spec

    signer = SoftwareSigner(_PRIVATE[key].generate(), key_spec(key))
    declared = signature_algorithm(signer, "sha512")
    assert declared["algorithm"].dotted == ML_DSA_OIDS[key].dotted_string
    assert len(declared.dump()) == 13  # SEQUENCE { OID }: no parameters, not even NULL
