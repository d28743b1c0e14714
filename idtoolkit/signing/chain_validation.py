"""The signer's certificate path: revocation data gathered, the path validated and diagnosed.

pyHanko folds every path problem into one indication; a report must tell a revoked CA from a
missing CRL or a certificate posing as a CA. So the revocation information is gathered here (from
the signature, or fetched along chains that end at a trust anchor only) and the path is validated
once more with pyhanko-certvalidator's own errors, which :func:`diagnose` turns into a reason code.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from dataclasses import dataclass

from asn1crypto import cms
from cryptography import x509
from pyhanko_certvalidator import CertificateValidator, ValidationContext
from pyhanko_certvalidator.errors import (
    ExpiredError,
    InsufficientRevinfoError,
    NotYetValidError,
    PathBuildingError,
    RevokedError,
    StaleRevinfoError,
    ValidationError,
)

from idtoolkit.ca.names import format_subject
from idtoolkit.messages import Message, Text
from idtoolkit.signing.adapter import to_asn1
from idtoolkit.signing.fetch import Fetcher
from idtoolkit.signing.reasons import REASON_MESSAGES
from idtoolkit.signing.revinfo import (
    RevocationInfo,
    fetch_for_paths,
    fetch_missing_issuers,
    path_of,
)
from idtoolkit.signing.signed_data import timestamp_signer_certificates


def validation_context(
    trust: list[x509.Certificate],
    pool: list[x509.Certificate],
    info: RevocationInfo,
    at: dt.datetime | None,
) -> ValidationContext:
    return ValidationContext(
        trust_roots=[to_asn1(c) for c in trust],
        other_certs=[to_asn1(c) for c in pool],
        crls=list(info.crls),
        ocsps=list(info.ocsps),
        allow_fetching=False,
        revocation_mode="hard-fail",
        moment=at,
        retroactive_revinfo=at is not None,
    )


def gather_revinfo(
    signed_data: cms.SignedData,
    pool: list[x509.Certificate],
    signer: x509.Certificate,
    embedded: RevocationInfo,
    fetch: bool,
    at: dt.datetime | None,
    trust: list[x509.Certificate],
) -> RevocationInfo:
    info = RevocationInfo()
    info.extend(embedded)
    if fetch:
        fetcher = Fetcher()
        leaves = [signer, *timestamp_signer_certificates(signed_data)]
        pool += fetch_missing_issuers(leaves, pool, info.notes, fetcher)  # caller's list grows
        # Revocation is asked only along chains that end at a trust anchor: a stranger's
        # certificate must not make this machine contact whatever URLs it names.
        trusted = [leaf for leaf in leaves if path_of(leaf, pool)[-1] in trust]
        for leaf in leaves:
            if leaf not in trusted:
                info.notes.append(
                    Message(
                        "signature.source.not_asked",
                        "revocation not asked for {subject}: "
                        "its chain does not reach a trust anchor",
                        subject=format_subject(leaf.subject),
                    )
                )
        info.extend(fetch_for_paths(trusted, pool, fetcher, with_crls=at is not None))
    elif not embedded:
        info.notes.append(
            Message(
                "signature.source.none",
                "no revocation information embedded, and fetching is off",
            )
        )
    return info


@dataclass(frozen=True)
class ChainDiagnosis:
    """What path validation (without key usage, which is checked apart) says of the signer."""

    problem: str | None  # a reason code, "signer-time", or None when the path is valid
    detail: Text = ""


def diagnose(signer: x509.Certificate, context: ValidationContext) -> ChainDiagnosis:
    """Validate the signer's path again with certvalidator's own errors, which pyHanko folds
    into one indication: a revoked CA, an end-entity certificate posing as a CA and missing
    revocation data must not look alike in the report."""
    validator = CertificateValidator(to_asn1(signer), validation_context=context)
    try:
        asyncio.run(validator.async_validate_path())
    except RevokedError as exc:
        reason = exc.reason.native
        if not exc.is_ee_cert:
            return ChainDiagnosis("ca-revoked", _revoked("ca-revoked", exc))
        code = "on-hold" if reason == "certificate_hold" else "revoked"
        return ChainDiagnosis(code, _revoked(code, exc))
    except InsufficientRevinfoError as exc:
        return ChainDiagnosis("revocation-unknown", revinfo_problem(exc))
    except PathBuildingError:
        return ChainDiagnosis("untrusted", REASON_MESSAGES["untrusted"])
    except (ExpiredError, NotYetValidError) as exc:
        if exc.is_ee_cert:
            return ChainDiagnosis("signer-time", _out_of_time(exc))
        if isinstance(exc, ExpiredError):
            # EN 319 102-1 5.2.6: a certificate of the chain expired at the validation time is
            # INDETERMINATE (OUT_OF_BOUNDS_NO_POE) without proof of an earlier signing time,
            # never INVALID: the long-term validators try that proof next.
            return ChainDiagnosis(
                "ca-expired",
                Message(
                    "signature.diagnosis.ca_expired",
                    "{reason} ({detail})",
                    reason=REASON_MESSAGES["ca-expired"],
                    detail=_out_of_time(exc),
                ),
            )
        return ChainDiagnosis("chain-invalid", _out_of_time(exc))
    except ValidationError as exc:
        return ChainDiagnosis("chain-invalid", path_problem(exc))
    return ChainDiagnosis(None)


# certvalidator's outcomes in our own words (its English is never shown): a kind per outcome
# with the data it carries; what it says only in prose is quoted, marked as its words.
def _revoked(code: str, exc: RevokedError) -> Message:
    return Message(
        "signature.diagnosis.revoked",
        "{reason} since {when} UTC ({why})",
        reason=REASON_MESSAGES[code],
        when=f"{exc.revocation_dt:%Y-%m-%d %H:%M}",
        why=exc.reason.native,
    )


def revinfo_problem(exc: InsufficientRevinfoError) -> Message:
    """Why the revocation status is unknown: stale data, or none usable."""
    reason = REASON_MESSAGES["revocation-unknown"]
    if isinstance(exc, StaleRevinfoError):
        return Message(
            "signature.diagnosis.revinfo_stale",
            "{reason}: the CRL or OCSP response is not recent enough (stale since {cutoff} UTC)",
            reason=reason,
            cutoff=f"{exc.time_cutoff:%Y-%m-%d %H:%M}",
        )
    text = exc.failure_msg.lower()
    if "no revocation information" in text or "no crl" in text or "no ocsp" in text:
        return Message(
            "signature.diagnosis.revinfo_missing",
            "{reason}: no CRL or OCSP response could be found for a certificate of the chain",
            reason=reason,
        )
    if "not recent enough" in text or "stale" in text:
        return Message(
            "signature.diagnosis.revinfo_stale_unknown",
            "{reason}: the CRL or OCSP response is not recent enough",
            reason=reason,
        )
    return Message(
        "signature.diagnosis.revinfo_unusable",
        "{reason}: the revocation data found could not be used (the validator said: {said})",
        reason=reason,
        said=exc.failure_msg,
    )


def _out_of_time(exc: ExpiredError | NotYetValidError) -> Message:
    who = (
        Message("signature.diagnosis.the_signer", "the signer's certificate")
        if exc.is_ee_cert
        else Message("signature.diagnosis.a_ca", "a CA certificate of the chain")
    )
    if isinstance(exc, ExpiredError):
        return Message(
            "signature.diagnosis.expired",
            "{who} expired {when} UTC",
            who=who,
            when=f"{exc.expired_dt:%Y-%m-%d %H:%M:%S}",
        )
    return Message(
        "signature.diagnosis.not_yet_valid",
        "{who} is not valid until {when} UTC",
        who=who,
        when=f"{exc.valid_from:%Y-%m-%d %H:%M:%S}",
    )


def path_problem(exc: ValidationError) -> Message:
    """A path that fails validation otherwise: the cases a report meets, in our words."""
    text = exc.failure_msg.lower()
    if "is not a ca" in text:
        return Message(
            "signature.diagnosis.not_a_ca",
            "a certificate in the chain signs others but is not a CA certificate",
        )
    if "disallowed" in text:
        return Message(
            "signature.diagnosis.disallowed_algorithm",
            "a certificate in the chain is signed with an algorithm no longer allowed",
        )
    if "path length" in text:
        return Message(
            "signature.diagnosis.path_length",
            "the chain is longer than a CA certificate allows (path length)",
        )
    if "signature" in text:
        return Message(
            "signature.diagnosis.bad_certificate_signature",
            "a certificate's signature in the chain does not verify",
        )
    return Message(
        "signature.diagnosis.other",
        "the chain fails validation (the validator said: {said})",
        said=exc.failure_msg,
    )
