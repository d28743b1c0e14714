"""What validating a signature found: the report model shared by every kind of signature.

A :class:`SignatureReport` is what the CLI prints, the GUI shows and test PKI manifests compare:
a verdict (ETSI EN 319 102-1 in spirit), stable reason codes, and one :class:`Check` line per
thing looked at, each in words a non-expert can follow. It is plain data, so it can be turned
into JSON (:meth:`SignatureReport.as_dict`) without knowing how it was made.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any

from cryptography import x509

from idtoolkit.ca.names import format_subject
from idtoolkit.messages import Message, Text, english
from idtoolkit.signing.reasons import REASON_MESSAGES
from idtoolkit.states import CheckOutcome, Verdict


@dataclass(frozen=True)
class Check:
    name: str
    outcome: CheckOutcome
    #: What was found, as a message with parameters (said in the user's language by the front
    #: ends: ``catalogue(lang).text(check.detail)``); ``str()`` gives the English sentence.
    detail: Text


@dataclass
class SignatureReport:
    file: str
    format: str  # cms | pades
    verdict: Verdict
    reasons: list[str]
    signer: str
    signer_serial: str
    issuer: str
    validation_time: dt.datetime
    claimed_signing_time: dt.datetime | None = None
    timestamp: dt.datetime | None = None
    signature_field: str | None = None
    checks: list[Check] = field(default_factory=list)
    revocation_sources: list[Text] = field(default_factory=list)  # messages, like the details

    @property
    def valid(self) -> bool:
        return self.verdict == Verdict.VALID

    def as_dict(self) -> dict[str, Any]:
        """Plain data for JSON: the details and sources as their English sentences."""
        data = asdict(
            dataclasses.replace(
                self,
                checks=[dataclasses.replace(c, detail=english(c.detail)) for c in self.checks],
                revocation_sources=[english(s) for s in self.revocation_sources],
            )
        )
        for key in ("validation_time", "claimed_signing_time", "timestamp"):
            value = data[key]
            data[key] = value.isoformat() if value is not None else None
        return data


def subject_of(cert: x509.Certificate) -> str:
    return format_subject(cert.subject)


def malformed_report(
    file: str,
    fmt: str,
    message: Text,
    at: dt.datetime,
    signer: x509.Certificate | None = None,
    field_name: str | None = None,
) -> SignatureReport:
    return SignatureReport(
        file=file,
        format=fmt,
        verdict=Verdict.INVALID,
        reasons=["malformed"],
        signer=subject_of(signer) if signer is not None else "(unknown)",
        signer_serial=f"{signer.serial_number:x}" if signer is not None else "",
        issuer=format_subject(signer.issuer) if signer is not None else "",
        validation_time=at,
        signature_field=field_name,
        checks=[
            Check(
                "signature",
                CheckOutcome.FAILED,
                Message(
                    "signature.check.malformed",
                    "{reason}: {problem}",
                    reason=REASON_MESSAGES["malformed"],
                    problem=message,
                ),
            )
        ],
    )
