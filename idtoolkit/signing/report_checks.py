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
from idtoolkit.signing.chain_validation import ChainDiagnosis
from idtoolkit.signing.policy import REASONS, ordered, usage_problems_for_signing, verdict_for
from idtoolkit.signing.report import Check, SignatureReport, subject_of
from idtoolkit.signing.revinfo import RevocationInfo, path_of
from idtoolkit.states import CheckOutcome

Outcome = tuple[Check, list[str]]  # a check and the reason codes it adds


def signature_check(status: Any, good: str = "the data is exactly what was signed") -> Outcome:
    if status.intact and status.valid:
        return Check("signature", CheckOutcome.PASSED, good), []
    return Check("signature", CheckOutcome.FAILED, REASONS["modified"]), ["modified"]


def algorithm_words(signer: x509.Certificate) -> str:
    """The signer's algorithm in plain words: a relying party planning the post-quantum
    migration wants to see which signatures are ML-DSA (pyHanko 0.38 validates those)."""
    try:
        return spec_of_public_key(signer.public_key()).plain_words
    except (IDToolkitError, ValueError, UnsupportedAlgorithm):
        return f"key algorithm {signer.public_key_algorithm_oid.dotted_string}"


def coverage_outcome(coverage: Check) -> Outcome:
    return coverage, ["modified"] if coverage.outcome == CheckOutcome.FAILED else []


def chain_check(diagnosis: ChainDiagnosis, path: list[x509.Certificate]) -> Outcome:
    chain_text = " <- ".join(subject_of(c) for c in path)
    if diagnosis.problem in ("untrusted", "chain-invalid", "ca-revoked"):
        return Check("chain", CheckOutcome.FAILED, f"{diagnosis.detail}: {chain_text}"), [
            diagnosis.problem
        ]
    return Check("chain", CheckOutcome.PASSED, f"chains to a trusted root: {chain_text}"), []


def validity_check(signer: x509.Certificate, at: dt.datetime) -> Outcome:
    if signer.not_valid_after_utc < at:
        when = f"{signer.not_valid_after_utc:%Y-%m-%d %H:%M} UTC"
        return Check("validity", CheckOutcome.FAILED, f"expired {when}"), ["expired"]
    if signer.not_valid_before_utc > at:
        when = f"{signer.not_valid_before_utc:%Y-%m-%d %H:%M} UTC"
        return Check("validity", CheckOutcome.FAILED, f"valid only from {when}"), ["not-yet-valid"]
    period = f"{signer.not_valid_before_utc:%Y-%m-%d} to {signer.not_valid_after_utc:%Y-%m-%d}"
    return Check("validity", CheckOutcome.PASSED, period), []


def usage_check(signer: x509.Certificate) -> Outcome:
    problems = usage_problems_for_signing(signer)
    if problems:
        return Check(
            "key usage", CheckOutcome.FAILED, "; ".join(REASONS[p] for p in problems)
        ), problems
    return Check(
        "key usage",
        CheckOutcome.PASSED,
        "allows signing documents (key usage and extended key usage)",
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
        return Check("revocation", CheckOutcome.UNKNOWN, "not checked: no valid chain"), []
    if problem == "signer-time":
        return Check(
            "revocation", CheckOutcome.UNKNOWN, "not checked: the certificate was not valid then"
        ), []
    return Check("revocation", CheckOutcome.PASSED, "not revoked (see sources below)"), []


def timestamp_check(status: Any) -> Outcome:
    ts_status = getattr(status, "timestamp_validity", None)
    if ts_status is None:
        return Check(
            "time-stamp", CheckOutcome.INFO, "none: the signing time is only claimed by the signer"
        ), []
    tsa = format_subject(x509.load_der_x509_certificate(ts_status.signing_cert.dump()).subject)
    if ts_status.intact and ts_status.valid and ts_status.trusted:
        return Check(
            "time-stamp",
            CheckOutcome.PASSED,
            f"{ts_status.timestamp:%Y-%m-%d %H:%M:%S} UTC by {tsa}",
        ), []
    if ts_status.intact and ts_status.valid:
        detail = f"{REASONS['timestamp-untrusted']} ({tsa})"
        return Check("time-stamp", CheckOutcome.UNKNOWN, detail), ["timestamp-untrusted"]
    return Check("time-stamp", CheckOutcome.FAILED, f"{REASONS['timestamp-invalid']} ({tsa})"), [
        "timestamp-invalid"
    ]


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
            status, f"the data is exactly what was signed; signed with {algorithm_words(signer)}"
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
        detail = f"{REASONS['chain-invalid']} ({status.trust_problem_indic})"
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
        signature_check(status, "the document is what was time-stamped"),
        coverage_outcome(coverage_check(status)),
    ]
    checks = [check for check, _ in outcomes]
    reasons = [reason for _, found in outcomes for reason in found]
    chain_text = " <- ".join(subject_of(c) for c in path_of(tsa, pool))
    if diagnosis.problem is None or diagnosis.problem == "signer-time":
        checks.append(
            Check("chain", CheckOutcome.PASSED, f"chains to a trusted root: {chain_text}")
        )
    else:
        reasons.append("timestamp-untrusted")
        checks.append(Check("chain", CheckOutcome.FAILED, f"{diagnosis.detail}: {chain_text}"))
    checks.append(
        Check("time-stamp", CheckOutcome.INFO, f"{status.timestamp:%Y-%m-%d %H:%M:%S} UTC")
    )
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
            "coverage", CheckOutcome.FAILED, "the signature does not cover the whole document"
        )
    if level.name == "ENTIRE_REVISION" and getattr(status, "docmdp_ok", True) is False:
        return Check(
            "coverage",
            CheckOutcome.FAILED,
            "the document was changed after signing in a way not allowed",
        )
    covered = level.name.lower().replace("_", " ")
    return Check("coverage", CheckOutcome.PASSED, f"covers the document ({covered})")
