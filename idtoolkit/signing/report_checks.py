"""The lines of a signature report, each judged from pyHanko's status and the chain diagnosis.

One function per check (signature, coverage, chain, validity, key usage, revocation,
time-stamp), each returning its :class:`~idtoolkit.signing.report.Check` and the reason codes it
adds, so the verdict is the sum of checks a reader can see, never a hidden judgement. The CMS and
PDF validators both build their reports here.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from cryptography import x509
from cryptography.exceptions import UnsupportedAlgorithm

from idtoolkit.ca.names import format_subject
from idtoolkit.errors import IDToolkitError
from idtoolkit.keys.spec import spec_of_public_key
from idtoolkit.messages import Message, Text
from idtoolkit.signing.chain_validation import ChainDiagnosis
from idtoolkit.signing.policy import (
    ordered,
    usage_problems_for_signing,
    verdict_for,
)
from idtoolkit.signing.reasons import REASON_MESSAGES
from idtoolkit.signing.report import Check, SignatureReport, subject_of
from idtoolkit.signing.revinfo import RevocationInfo, path_of
from idtoolkit.states import CheckOutcome

Outcome = tuple[Check, list[str]]  # a check and the reason codes it adds


def signature_check(status: Any, good: Text | None = None) -> Outcome:
    if status.intact and status.valid:
        good = good or Message("signature.check.intact", "the data is exactly what was signed")
        return Check("signature", CheckOutcome.PASSED, good), []
    return Check("signature", CheckOutcome.FAILED, REASON_MESSAGES["modified"]), ["modified"]


def algorithm_words(signer: x509.Certificate) -> Text:
    """The signer's algorithm in plain words: a relying party planning the post-quantum
    migration wants to see which signatures are ML-DSA (pyHanko 0.38 validates those)."""
    try:
        return spec_of_public_key(signer.public_key()).words
    except (IDToolkitError, ValueError, UnsupportedAlgorithm):
        return Message(
            "signature.key_algorithm_oid",
            "key algorithm {oid}",
            oid=signer.public_key_algorithm_oid.dotted_string,
        )


def coverage_outcome(coverage: Check) -> Outcome:
    return coverage, ["modified"] if coverage.outcome == CheckOutcome.FAILED else []


def chain_check(diagnosis: ChainDiagnosis, path: list[x509.Certificate]) -> Outcome:
    chain_text = " <- ".join(subject_of(c) for c in path)
    if diagnosis.problem in ("untrusted", "chain-invalid", "ca-revoked"):
        return Check("chain", CheckOutcome.FAILED, _along(diagnosis.detail, chain_text)), [
            diagnosis.problem
        ]
    if diagnosis.problem == "ca-expired":
        return Check("chain", CheckOutcome.UNKNOWN, _along(diagnosis.detail, chain_text)), [
            "ca-expired"
        ]
    return Check("chain", CheckOutcome.PASSED, _trusted(chain_text)), []


def _along(detail: Text, chain_text: str) -> Message:
    return Message(
        "signature.check.chain_problem", "{problem}: {chain}", problem=detail, chain=chain_text
    )


def _trusted(chain_text: str) -> Message:
    return Message(
        "signature.check.chain_trusted", "chains to a trusted root: {chain}", chain=chain_text
    )


def validity_check(signer: x509.Certificate, at: dt.datetime) -> Outcome:
    if signer.not_valid_after_utc < at:
        when = f"{signer.not_valid_after_utc:%Y-%m-%d %H:%M} UTC"
        expired = Message("signature.check.expired", "expired {when}", when=when)
        return Check("validity", CheckOutcome.FAILED, expired), ["expired"]
    if signer.not_valid_before_utc > at:
        when = f"{signer.not_valid_before_utc:%Y-%m-%d %H:%M} UTC"
        early = Message("signature.check.valid_from", "valid only from {when}", when=when)
        return Check("validity", CheckOutcome.FAILED, early), ["not-yet-valid"]
    period = Message(
        "signature.check.valid_period",
        "{start} to {end}",
        start=f"{signer.not_valid_before_utc:%Y-%m-%d}",
        end=f"{signer.not_valid_after_utc:%Y-%m-%d}",
    )
    return Check("validity", CheckOutcome.PASSED, period), []


def usage_check(signer: x509.Certificate) -> Outcome:
    problems = usage_problems_for_signing(signer)
    if problems:
        words = [REASON_MESSAGES[p] for p in problems]
        return Check(
            "key usage",
            CheckOutcome.FAILED,
            words[0]
            if len(words) == 1
            else Message(
                "signature.check.both", "{first}; {second}", first=words[0], second=words[1]
            ),
        ), problems
    return Check(
        "key usage",
        CheckOutcome.PASSED,
        Message(
            "signature.check.usage_ok",
            "allows signing documents (key usage and extended key usage)",
        ),
    ), []


def revocation_check(diagnosis: ChainDiagnosis) -> Outcome:
    problem = diagnosis.problem
    if problem in ("revoked", "on-hold"):
        return Check("revocation", CheckOutcome.FAILED, diagnosis.detail), [problem]
    if problem == "ca-revoked":  # its reason code comes with the chain check
        return Check("revocation", CheckOutcome.FAILED, diagnosis.detail), []
    if problem == "revocation-unknown":
        return Check("revocation", CheckOutcome.UNKNOWN, diagnosis.detail), [problem]
    if problem in ("untrusted", "chain-invalid"):
        return Check(
            "revocation",
            CheckOutcome.UNKNOWN,
            Message("signature.check.revocation_no_chain", "not checked: no valid chain"),
        ), []
    if problem == "ca-expired":
        return Check(
            "revocation",
            CheckOutcome.UNKNOWN,
            Message(
                "signature.check.revocation_ca_expired",
                "not checked: a CA certificate had expired then",
            ),
        ), []
    if problem == "signer-time":
        # Revocation data may well have been gathered (an OCSP "good" listed below): say it was
        # not used, rather than "not checked", which those sources would contradict.
        return Check(
            "revocation",
            CheckOutcome.UNKNOWN,
            Message(
                "signature.check.revocation_not_judged",
                "not judged: the certificate was not valid at the validation time, and no "
                "revocation answer (any listed below included) can make it valid",
            ),
        ), []
    return Check(
        "revocation",
        CheckOutcome.PASSED,
        Message("signature.check.not_revoked", "not revoked (see sources below)"),
    ), []


def timestamp_check(status: Any) -> Outcome:
    ts_status = getattr(status, "timestamp_validity", None)
    if ts_status is None:
        return Check(
            "time-stamp",
            CheckOutcome.INFO,
            Message(
                "signature.check.no_timestamp",
                "none: the signing time is only claimed by the signer",
            ),
        ), []
    tsa = format_subject(x509.load_der_x509_certificate(ts_status.signing_cert.dump()).subject)
    if ts_status.intact and ts_status.valid and ts_status.trusted:
        return Check(
            "time-stamp",
            CheckOutcome.PASSED,
            Message(
                "signature.check.timestamp_by",
                "{time} UTC by {tsa}",
                time=f"{ts_status.timestamp:%Y-%m-%d %H:%M:%S}",
                tsa=tsa,
            ),
        ), []
    if ts_status.intact and ts_status.valid:
        detail = _about(REASON_MESSAGES["timestamp-untrusted"], tsa)
        return Check("time-stamp", CheckOutcome.UNKNOWN, detail), ["timestamp-untrusted"]
    detail = _about(REASON_MESSAGES["timestamp-invalid"], tsa)
    return Check("time-stamp", CheckOutcome.FAILED, detail), ["timestamp-invalid"]


def _about(reason: Message, who: str) -> Message:
    return Message("signature.check.reason_about", "{reason} ({who})", reason=reason, who=who)


def signature_report(
    status: Any,
    file: str,
    fmt: str,
    signer: x509.Certificate,
    pool: list[x509.Certificate],
    info: RevocationInfo,
    at: dt.datetime,
    diagnosis: ChainDiagnosis,
    field_name: str | None = None,
    coverage: Check | None = None,
) -> SignatureReport:
    outcomes = [
        signature_check(
            status,
            Message(
                "signature.check.intact_with",
                "the data is exactly what was signed; signed with {algorithm}",
                algorithm=algorithm_words(signer),
            ),
        )
    ]
    if coverage is not None:
        outcomes.append(coverage_outcome(coverage))
    outcomes += [
        chain_check(diagnosis, path_of(signer, pool)),
        validity_check(signer, at),
        usage_check(signer),
        revocation_check(diagnosis),
        timestamp_check(status),
    ]
    checks = [check for check, _ in outcomes]
    reasons = [reason for _, found in outcomes for reason in found]
    if not reasons and not status.bottom_line:
        reasons.append("chain-invalid")  # pyHanko found a problem none of the checks above names
        detail = _about(REASON_MESSAGES["chain-invalid"], str(status.trust_problem_indic))
        checks.append(Check("chain", CheckOutcome.FAILED, detail))
    reasons = ordered(reasons)
    ts_status = getattr(status, "timestamp_validity", None)
    return SignatureReport(
        file=file,
        format=fmt,
        verdict=verdict_for(reasons),
        reasons=reasons,
        signer=subject_of(signer),
        signer_serial=f"{signer.serial_number:x}",
        issuer=format_subject(signer.issuer),
        validation_time=at,
        claimed_signing_time=getattr(status, "signer_reported_dt", None),
        timestamp=ts_status.timestamp if ts_status is not None else None,
        signature_field=field_name,
        checks=checks,
        revocation_sources=info.notes,
    )


def timestamp_report(
    status: Any,
    file: str,
    tsa: x509.Certificate,
    pool: list[x509.Certificate],
    info: RevocationInfo,
    when: dt.datetime,
    diagnosis: ChainDiagnosis,
    field_name: str | None,
) -> SignatureReport:
    """A document time-stamp (PAdES B-LTA): it proves the document existed at its time."""
    outcomes = [
        signature_check(
            status, Message("signature.check.timestamped", "the document is what was time-stamped")
        ),
        coverage_outcome(coverage_check(status)),
    ]
    checks = [check for check, _ in outcomes]
    reasons = [reason for _, found in outcomes for reason in found]
    chain_text = " <- ".join(subject_of(c) for c in path_of(tsa, pool))
    if diagnosis.problem is None or diagnosis.problem == "signer-time":
        checks.append(Check("chain", CheckOutcome.PASSED, _trusted(chain_text)))
    else:
        reasons.append("timestamp-untrusted")
        checks.append(Check("chain", CheckOutcome.FAILED, _along(diagnosis.detail, chain_text)))
    made = Message(
        "signature.check.utc_time", "{time} UTC", time=f"{status.timestamp:%Y-%m-%d %H:%M:%S}"
    )
    checks.append(Check("time-stamp", CheckOutcome.INFO, made))
    reasons = ordered(reasons)
    return SignatureReport(
        file=file,
        format="pades-doc-timestamp",
        verdict=verdict_for(reasons),
        reasons=reasons,
        signer=subject_of(tsa),
        signer_serial=f"{tsa.serial_number:x}",
        issuer=format_subject(tsa.issuer),
        validation_time=when,
        timestamp=status.timestamp,
        signature_field=field_name,
        checks=checks,
        revocation_sources=info.notes,
    )


def coverage_check(status: Any) -> Check:
    """Whether a PDF signature covers the document, and whether later revisions only added
    what signed PDFs may gain (validation data, further signatures)."""
    level = status.coverage
    if level is None or level.name not in ("ENTIRE_FILE", "ENTIRE_REVISION"):
        return Check(
            "coverage",
            CheckOutcome.FAILED,
            Message("signature.check.partial", "the signature does not cover the whole document"),
        )
    if level.name == "ENTIRE_REVISION" and getattr(status, "docmdp_ok", True) is False:
        return Check(
            "coverage",
            CheckOutcome.FAILED,
            Message(
                "signature.check.disallowed_change",
                "the document was changed after signing in a way not allowed",
            ),
        )
    covered = (
        Message("signature.coverage.entire_file", "entire file")
        if level.name == "ENTIRE_FILE"
        else Message("signature.coverage.entire_revision", "entire revision")
    )
    return Check(
        "coverage",
        CheckOutcome.PASSED,
        Message("signature.check.covers", "covers the document ({covered})", covered=covered),
    )
