"""Every object identifier the toolkit writes, in one place.

Public code often gets ETSI OIDs wrong; keeping them here, named, and checked by one test
against the standards' text (``tests/test_oids.py``) means a typo is caught once, not in each
profile. Profiles refer to these by name (``policies = ["cabf-dv"]``) or by dotted string.
"""

from __future__ import annotations

from cryptography.x509 import ObjectIdentifier
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

# --- Certificate policies ---------------------------------------------------------------------
# CA/Browser Forum reserved policy identifiers (BR 7.1.6.1, S/MIME BR 7.1.6.1, CS BR 7.1.6.1).
CABF_DV = ObjectIdentifier("2.23.140.1.2.1")
CABF_OV = ObjectIdentifier("2.23.140.1.2.2")
CABF_IV = ObjectIdentifier("2.23.140.1.2.3")
CABF_EV = ObjectIdentifier("2.23.140.1.1")
CABF_CODE_SIGNING = ObjectIdentifier("2.23.140.1.4.1")
CABF_CODE_SIGNING_TIMESTAMP = ObjectIdentifier("2.23.140.1.4.2")
# S/MIME BR: 2.23.140.1.5.{generation}.{type}; generations 1 mailbox, 2 organisation,
# 3 sponsor, 4 individual; types 1 legacy, 2 multipurpose, 3 strict.
CABF_SMIME_MAILBOX_LEGACY = ObjectIdentifier("2.23.140.1.5.1.1")
CABF_SMIME_MAILBOX_MULTIPURPOSE = ObjectIdentifier("2.23.140.1.5.1.2")
CABF_SMIME_MAILBOX_STRICT = ObjectIdentifier("2.23.140.1.5.1.3")
ANY_POLICY = ObjectIdentifier("2.5.29.32.0")

# ETSI EN 319 411-1 (arc 0.4.0.2042.1) and EN 319 411-2 (arc 0.4.0.194112.1).
ETSI_NCP = ObjectIdentifier("0.4.0.2042.1.1")
ETSI_NCP_PLUS = ObjectIdentifier("0.4.0.2042.1.2")
ETSI_LCP = ObjectIdentifier("0.4.0.2042.1.3")
ETSI_EVCP = ObjectIdentifier("0.4.0.2042.1.4")
ETSI_DVCP = ObjectIdentifier("0.4.0.2042.1.6")
ETSI_OVCP = ObjectIdentifier("0.4.0.2042.1.7")
ETSI_IVCP = ObjectIdentifier("0.4.0.2042.1.8")
ETSI_QCP_N = ObjectIdentifier("0.4.0.194112.1.0")
ETSI_QCP_L = ObjectIdentifier("0.4.0.194112.1.1")
ETSI_QCP_N_QSCD = ObjectIdentifier("0.4.0.194112.1.2")
ETSI_QCP_L_QSCD = ObjectIdentifier("0.4.0.194112.1.3")
ETSI_QCP_W = ObjectIdentifier("0.4.0.194112.1.4")

# --- qcStatements (ETSI EN 319 412-5, RFC 3739) -----------------------------------------------
QC_STATEMENTS_EXTENSION = ObjectIdentifier("1.3.6.1.5.5.7.1.3")
#: id-pe-acmeIdentifier (RFC 8737 section 3): the tls-alpn-01 challenge certificate's answer.
ACME_IDENTIFIER = ObjectIdentifier("1.3.6.1.5.5.7.1.31")
QCS_COMPLIANCE = ObjectIdentifier("0.4.0.1862.1.1")
QCS_RETENTION_PERIOD = ObjectIdentifier("0.4.0.1862.1.3")
QCS_SSCD = ObjectIdentifier("0.4.0.1862.1.4")
QCS_PDS = ObjectIdentifier("0.4.0.1862.1.5")
QCS_TYPE = ObjectIdentifier("0.4.0.1862.1.6")
QCT_ESIGN = ObjectIdentifier("0.4.0.1862.1.6.1")
QCT_ESEAL = ObjectIdentifier("0.4.0.1862.1.6.2")
QCT_WEB = ObjectIdentifier("0.4.0.1862.1.6.3")
QCS_CC_LEGISLATION = ObjectIdentifier("0.4.0.1862.1.7")
# RFC 3739 id-qcs-pkixQCSyntax-v2 with ETSI semantics identifiers (EN 319 412-1 5.1).
QCS_PKIX_SYNTAX_V2 = ObjectIdentifier("1.3.6.1.5.5.7.11.2")
SEMANTICS_NATURAL_PERSON = ObjectIdentifier("0.4.0.194121.1.1")
SEMANTICS_LEGAL_PERSON = ObjectIdentifier("0.4.0.194121.1.2")

# --- Extended key usages ----------------------------------------------------------------------
EKU_SERVER_AUTH = ExtendedKeyUsageOID.SERVER_AUTH  # 1.3.6.1.5.5.7.3.1
EKU_CLIENT_AUTH = ExtendedKeyUsageOID.CLIENT_AUTH  # 1.3.6.1.5.5.7.3.2
EKU_CODE_SIGNING = ExtendedKeyUsageOID.CODE_SIGNING  # 1.3.6.1.5.5.7.3.3
EKU_EMAIL_PROTECTION = ExtendedKeyUsageOID.EMAIL_PROTECTION  # 1.3.6.1.5.5.7.3.4
EKU_TIME_STAMPING = ExtendedKeyUsageOID.TIME_STAMPING  # 1.3.6.1.5.5.7.3.8
EKU_OCSP_SIGNING = ExtendedKeyUsageOID.OCSP_SIGNING  # 1.3.6.1.5.5.7.3.9
EKU_ANY = ExtendedKeyUsageOID.ANY_EXTENDED_KEY_USAGE  # 2.5.29.37.0

# Document-signing purposes a signer's EKU may name besides emailProtection.
EKU_DOCUMENT_SIGNING = ObjectIdentifier("1.3.6.1.5.5.7.3.36")  # id-kp-documentSigning, RFC 9336
EKU_ADOBE_AUTHENTIC_DOCUMENTS = ObjectIdentifier("1.2.840.113583.1.1.5")  # Adobe AATL
EKU_MS_DOCUMENT_SIGNING = ObjectIdentifier("1.3.6.1.4.1.311.10.3.12")  # Microsoft

# --- Time-stamping and revocation-info formats -------------------------------------------------
#: ETSI EN 319 421 best-practices time-stamp policy (BTSP).
ETSI_TSA_BEST_PRACTICES_POLICY = ObjectIdentifier("0.4.0.2023.1.1")
#: id-ri-ocsp-response (RFC 5940): an OCSP response inside SignedData.crls.
RI_OCSP_RESPONSE = ObjectIdentifier("1.3.6.1.5.5.7.16.2")

# --- Algorithms and curves we refer to by number ----------------------------------------------
RSASSA_PSS = ObjectIdentifier("1.2.840.113549.1.1.10")
CURVE_ED25519 = ObjectIdentifier("1.3.101.112")

# --- Post-quantum signatures (FIPS 204 ML-DSA; NIST CSOR sigAlgs arc, RFC 9881) ---------------
# One OID names both the public key (SubjectPublicKeyInfo) and the signature algorithm, with
# parameters absent. Older tools (OpenSSL < 3.5, asn1crypto 1.5, pkilint 0.13) print them as
# bare numbers; these names are what we show instead.
ML_DSA_44 = ObjectIdentifier("2.16.840.1.101.3.4.3.17")
ML_DSA_65 = ObjectIdentifier("2.16.840.1.101.3.4.3.18")
ML_DSA_87 = ObjectIdentifier("2.16.840.1.101.3.4.3.19")
ML_DSA_OIDS: dict[str, str] = {
    ML_DSA_44.dotted_string: "ML-DSA-44",
    ML_DSA_65.dotted_string: "ML-DSA-65",
    ML_DSA_87.dotted_string: "ML-DSA-87",
}

# --- Extensions and attributes we refer to by number ------------------------------------------
OCSP_NOCHECK = ObjectIdentifier("1.3.6.1.5.5.7.48.1.5")
ORGANIZATION_IDENTIFIER = ObjectIdentifier("2.5.4.97")
SUBJECT_SERIAL_NUMBER = ObjectIdentifier("2.5.4.5")

#: Names a profile may use instead of dotted OIDs. Keys are stable: profiles depend on them.
NAMED_OIDS: dict[str, ObjectIdentifier] = {
    "cabf-dv": CABF_DV,
    "cabf-ov": CABF_OV,
    "cabf-iv": CABF_IV,
    "cabf-ev": CABF_EV,
    "cabf-code-signing": CABF_CODE_SIGNING,
    "cabf-code-signing-timestamp": CABF_CODE_SIGNING_TIMESTAMP,
    "cabf-smime-mailbox-legacy": CABF_SMIME_MAILBOX_LEGACY,
    "cabf-smime-mailbox-multipurpose": CABF_SMIME_MAILBOX_MULTIPURPOSE,
    "cabf-smime-mailbox-strict": CABF_SMIME_MAILBOX_STRICT,
    "any-policy": ANY_POLICY,
    "etsi-ncp": ETSI_NCP,
    "etsi-ncp-plus": ETSI_NCP_PLUS,
    "etsi-lcp": ETSI_LCP,
    "etsi-evcp": ETSI_EVCP,
    "etsi-dvcp": ETSI_DVCP,
    "etsi-ovcp": ETSI_OVCP,
    "etsi-ivcp": ETSI_IVCP,
    "etsi-qcp-n": ETSI_QCP_N,
    "etsi-qcp-l": ETSI_QCP_L,
    "etsi-qcp-n-qscd": ETSI_QCP_N_QSCD,
    "etsi-qcp-l-qscd": ETSI_QCP_L_QSCD,
    "etsi-qcp-w": ETSI_QCP_W,
    "serverAuth": EKU_SERVER_AUTH,
    "clientAuth": EKU_CLIENT_AUTH,
    "codeSigning": EKU_CODE_SIGNING,
    "emailProtection": EKU_EMAIL_PROTECTION,
    "timeStamping": EKU_TIME_STAMPING,
    "OCSPSigning": EKU_OCSP_SIGNING,
    "anyExtendedKeyUsage": EKU_ANY,
    "qct-esign": QCT_ESIGN,
    "qct-eseal": QCT_ESEAL,
    "qct-web": QCT_WEB,
}


#: Subject attribute names as profiles, CSV columns and RFC 4514 strings write them.
ATTRIBUTE_OIDS: dict[str, ObjectIdentifier] = {
    "CN": NameOID.COMMON_NAME,
    "GN": NameOID.GIVEN_NAME,
    "SN": NameOID.SURNAME,
    "serialNumber": NameOID.SERIAL_NUMBER,
    "pseudonym": NameOID.PSEUDONYM,
    "O": NameOID.ORGANIZATION_NAME,
    "OU": NameOID.ORGANIZATIONAL_UNIT_NAME,
    "organizationIdentifier": NameOID.ORGANIZATION_IDENTIFIER,
    "L": NameOID.LOCALITY_NAME,
    "ST": NameOID.STATE_OR_PROVINCE_NAME,
    "C": NameOID.COUNTRY_NAME,
    "STREET": NameOID.STREET_ADDRESS,
    "emailAddress": NameOID.EMAIL_ADDRESS,
    "title": NameOID.TITLE,
    "DC": NameOID.DOMAIN_COMPONENT,
    "UID": NameOID.USER_ID,
}


def resolve_oid(name_or_dotted: str) -> ObjectIdentifier:
    """Turn a registry name or a dotted string into an OID; raise ValueError naming it."""
    if name_or_dotted in NAMED_OIDS:
        return NAMED_OIDS[name_or_dotted]
    parts = name_or_dotted.split(".")
    if len(parts) < 2 or not all(p.isdigit() for p in parts):
        raise ValueError(f"unknown OID name {name_or_dotted!r}")
    return ObjectIdentifier(name_or_dotted)
