"""Long-term validation: judging a signature as of the time its time-stamp proves.

ETSI EN 319 102-1 5.5: with a trusted time-stamp, the signer's certificate must have been valid
and unrevoked when the time-stamp was made, not today, so a B-T/B-LT signature stays valid after
the certificate expires. The proof lasts while the TSA's certificate does, or while a later
document time-stamp (B-LTA) covers it. The CMS and PDF validators ask these questions after
judging a signature as of now.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from cryptography import x509

from idtoolkit.messages import Message
from idtoolkit.signing.pyhanko_guard import PARSE_ERRORS
from idtoolkit.signing.report import Check, SignatureReport
from idtoolkit.signing.signed_data import signer_certificate
from idtoolkit.states import CheckOutcome


def claimed_time(status: Any, document: bool = False) -> dt.datetime | None:
    """The time an intact, correctly signed time-stamp (of a signature, or a ``document``
    time-stamp) states; whether its TSA is trusted is judged as of that time."""
    ts = status if document else getattr(status, "timestamp_validity", None)
    if ts is not None and ts.intact and ts.valid:
        return ts.timestamp  # type: ignore[no-any-return]
    return None


def timestamp_held(report: SignatureReport) -> bool:
    """Whether the time-stamp was trusted as of its own time (its TSA's chain and revocation
    judged with the data that was current then: EN 319 102-1 past signature validation)."""
    if report.format == "pades-doc-timestamp":
        return report.verdict == "valid"
    return any(c.name == "time-stamp" and c.outcome == "passed" for c in report.checks)


#: A later time-stamp (a PAdES document time-stamp): when it was made and by which TSA.
LaterProof = tuple[dt.datetime, x509.Certificate]


def tsa_alive(
    tsas: list[x509.Certificate],
    when: dt.datetime,
    later: list[LaterProof],
) -> bool:
    """A time-stamp's proof lasts while its TSA certificate is valid; past that, only while a
    valid document time-stamp (B-LTA) of a later revision, made while that TSA certificate was
    still valid and by a TSA whose own certificate still is, covers it."""
    if all(tsa.not_valid_after_utc >= when for tsa in tsas):
        return True
    return any(
        tsa.not_valid_after_utc >= when and all(t.not_valid_after_utc >= made for t in tsas)
        for made, tsa in later
    )


def as_of_timestamp(report: SignatureReport) -> SignatureReport:
    """Long-term validation (ETSI EN 319 102-1 5.5): with a trusted time-stamp, the signer's
    certificate must have been valid and unrevoked when the time-stamp was made, not today;
    so a B-T/B-LT signature stays valid after the certificate expires."""
    report.checks.insert(
        0,
        Check(
            "validation time",
            CheckOutcome.INFO,
            Message(
                "signature.check.as_of_timestamp",
                "as of the time-stamp, {time} UTC: it proves the signature existed then",
                time=f"{report.validation_time:%Y-%m-%d %H:%M:%S}",
            ),
        ),
    )
    return report


def document_timestamp_proof(sig: Any) -> LaterProof | None:
    """When a document time-stamp (B-LTA) was made, and by which TSA; None for a signature."""
    if sig.sig_object_type != "/DocTimeStamp":
        return None
    try:
        signed_data = sig.signed_data
        tsa = signer_certificate(signed_data)
        made = signed_data["encap_content_info"]["content"].parsed["gen_time"].native
    except PARSE_ERRORS:
        return None
    if tsa is None or not isinstance(made, dt.datetime):
        return None
    return made, tsa
