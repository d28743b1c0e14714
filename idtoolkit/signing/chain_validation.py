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
    ValidationError,
)

from idtoolkit.ca.names import format_subject
from idtoolkit.signing.adapter import to_asn1
from idtoolkit.signing.fetch import Fetcher
from idtoolkit.signing.policy import REASONS
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
                    f"revocation not asked for {format_subject(leaf.subject)}: "
                    "its chain does not reach a trust anchor"
                )
        info.extend(fetch_for_paths(trusted, pool, fetcher, with_crls=at is not None))
    elif not embedded:
        info.notes.append("no revocation information embedded, and fetching is off")
    return info


@dataclass(frozen=True)
class ChainDiagnosis:
    """What path validation (without key usage, which is checked apart) says of the signer."""

    problem: str | None  # a reason code, "signer-time", or None when the path is valid
    detail: str = ""


def diagnose(signer: x509.Certificate, context: ValidationContext) -> ChainDiagnosis:
    """Validate the signer's path again with certvalidator's own errors, which pyHanko folds
    into one indication: a revoked CA, an end-entity certificate posing as a CA and missing
    revocation data must not look alike in the report."""
    validator = CertificateValidator(to_asn1(signer), validation_context=context)
    try:
        asyncio.run(validator.async_validate_path())
    except RevokedError as exc:
        reason = exc.reason.native
        when = f"since {exc.revocation_dt:%Y-%m-%d %H:%M} UTC ({reason})"
        if not exc.is_ee_cert:
            return ChainDiagnosis("ca-revoked", f"{REASONS['ca-revoked']} {when}")
        code = "on-hold" if reason == "certificate_hold" else "revoked"
        return ChainDiagnosis(code, f"{REASONS[code]} {when}")
    except InsufficientRevinfoError as exc:
        return ChainDiagnosis(
            "revocation-unknown", f"{REASONS['revocation-unknown']}: {exc.failure_msg}"
        )
    except PathBuildingError:
        return ChainDiagnosis("untrusted", REASONS["untrusted"])
    except (ExpiredError, NotYetValidError) as exc:
        if exc.is_ee_cert:
            return ChainDiagnosis("signer-time", exc.failure_msg)
        return ChainDiagnosis("chain-invalid", exc.failure_msg)
    except ValidationError as exc:
        return ChainDiagnosis("chain-invalid", exc.failure_msg)
    return ChainDiagnosis(None)
