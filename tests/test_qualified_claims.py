"""A certificate claims only what is true: QcSSCD and the -qscd policies only for keys made on
a token, and no PKI disclosure statement URL that nothing serves."""

from __future__ import annotations

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec

from idtoolkit import api, oids

from .conftest import TwoTier

SUBJECT = "CN=Amina Diallo,GN=Amina,SN=Diallo,serialNumber=IDCSN-1234567,C=SN"


def _claims(cert: x509.Certificate) -> tuple[set[str], bytes]:
    policies = cert.extensions.get_extension_for_class(x509.CertificatePolicies).value
    qc = cert.extensions.get_extension_for_oid(oids.QC_STATEMENTS_EXTENSION).value
    assert isinstance(qc, x509.UnrecognizedExtension)
    return {p.policy_identifier.dotted_string for p in policies}, qc.value


def _has(statements: bytes, oid: x509.ObjectIdentifier) -> bool:
    from asn1crypto import core

    return core.ObjectIdentifier(oid.dotted_string).dump() in statements


def test_a_software_key_delivered_as_pkcs12_claims_no_qualified_device(sqlite_pki: TwoTier) -> None:
    issued = api.issue_with_new_key(sqlite_pki.ws, "issuing", "citizen-sign", SUBJECT, "ec-p256")
    policies, statements = _claims(issued.certificate)
    assert policies == {oids.ETSI_QCP_N.dotted_string}
    assert not _has(statements, oids.QCS_SSCD)
    assert _has(statements, oids.QCS_COMPLIANCE)  # still a qualified certificate
    assert not _has(statements, oids.QCS_PDS)  # no URL that 'serve' does not answer
    assert any("non-QSCD" in note for note in issued.notes)


def test_a_csr_is_qscd_only_when_the_officer_attests_it(sqlite_pki: TwoTier) -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    csr = (
        x509.CertificateSigningRequestBuilder()
        .subject_name(api.parse_subject(SUBJECT))
        .sign(key, hashes.SHA256())
    )
    plain = api.issue_from_csr(sqlite_pki.ws, "issuing", "citizen-sign", csr)
    attested = api.issue_from_csr(sqlite_pki.ws, "issuing", "citizen-sign", csr, key_on_qscd=True)
    assert _claims(plain.certificate)[0] == {oids.ETSI_QCP_N.dotted_string}
    policies, statements = _claims(attested.certificate)
    assert policies == {oids.ETSI_QCP_N_QSCD.dotted_string}
    assert _has(statements, oids.QCS_SSCD)


def test_a_key_generated_on_a_token_is_qscd(sqlite_pki: TwoTier, token: str) -> None:
    from idtoolkit.ca.enroll import enroll_on_token

    result = enroll_on_token(sqlite_pki.ws, token, "issuing", "citizen-sign", SUBJECT)
    policies, statements = _claims(result.issued.certificate)
    assert policies == {oids.ETSI_QCP_N_QSCD.dotted_string}
    assert _has(statements, oids.QCS_SSCD)
