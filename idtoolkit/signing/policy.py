"""What a document signature must satisfy beyond a valid chain, and the reason codes reports
and test PKI manifests share."""

from __future__ import annotations

import datetime as dt

from cryptography import x509
from cryptography.x509.oid import ExtendedKeyUsageOID
from pyhanko.sign.validation.settings import KeyUsageConstraints

from idtoolkit import oids
from idtoolkit.signing.reasons import REASONS
from idtoolkit.states import Verdict

#: Purposes under which a certificate with an EKU extension may sign documents.
_DOCUMENT_SIGNING_OIDS = {
    ExtendedKeyUsageOID.EMAIL_PROTECTION,
    ExtendedKeyUsageOID.ANY_EXTENDED_KEY_USAGE,
    oids.EKU_DOCUMENT_SIGNING,
    oids.EKU_ADOBE_AUTHENTIC_DOCUMENTS,
    oids.EKU_MS_DOCUMENT_SIGNING,
}
#: Given to pyHanko, which keeps only the key usages of it (it rebuilds the constraints and
#: would demand an EKU extension if given EKUs); EKUs are checked by
#: :func:`usage_problems_for_signing`, where an absent EKU extension is allowed.
KEY_USAGE_POLICY = KeyUsageConstraints(key_usage={"digital_signature", "non_repudiation"})

#: Reasons that make a signature invalid for certain; the others leave it indeterminate (it
#: might validate with more information: a trust anchor, proof of time, revocation data).
DEFINITE = frozenset(
    {
        "modified",
        "malformed",
        "revoked",
        "on-hold",
        "ca-revoked",
        "wrong-key-usage",
        "wrong-eku",
        "timestamp-invalid",
        "chain-invalid",
    }
)


def ordered(reasons: list[str]) -> list[str]:
    """Each reason once, in the order of :data:`REASONS`, so lists compare as they should."""
    order = list(REASONS)
    return sorted(set(reasons), key=lambda r: order.index(r) if r in order else len(order))


def verdict_for(reasons: list[str]) -> Verdict:
    if not reasons:
        return Verdict.VALID
    return Verdict.INVALID if set(reasons) & DEFINITE else Verdict.INDETERMINATE


def usage_problems_for_signing(cert: x509.Certificate) -> list[str]:
    """Reason codes for a certificate whose key usage or EKU forbids signing documents."""
    problems = []
    try:
        usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
        if not (usage.digital_signature or usage.content_commitment):
            problems.append("wrong-key-usage")
    except x509.ExtensionNotFound:
        pass
    try:
        ekus = set(cert.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value)
        if not ekus & _DOCUMENT_SIGNING_OIDS:
            problems.append("wrong-eku")
    except x509.ExtensionNotFound:
        pass
    return problems


def credential_problems(cert: x509.Certificate, now: dt.datetime) -> list[str]:
    """Why signing now with ``cert`` would make a signature verifiers reject, in words:
    ``sign`` refuses such a credential unless forced (then it warns)."""
    codes = usage_problems_for_signing(cert)
    if now > cert.not_valid_after_utc:
        codes.append("expired")
    elif now < cert.not_valid_before_utc:
        codes.append("not-yet-valid")
    words = {
        "expired": f"the certificate expired on {cert.not_valid_after_utc:%Y-%m-%d}",
        "not-yet-valid": f"the certificate is valid only from {cert.not_valid_before_utc:%Y-%m-%d}",
    }
    return [words.get(c, REASONS[c]) for c in ordered(codes)]
