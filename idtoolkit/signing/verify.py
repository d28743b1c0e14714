"""Validating a CMS or PDF signature and explaining the result to a non-expert.

pyHanko checks the signature value, builds and validates the path (pyhanko-certvalidator) and the
time-stamp; revocation answers come from the signature itself (B-LT) or are fetched from the
certificates' URLs (:mod:`idtoolkit.signing.revinfo`). The verdict follows ETSI EN 319 102-1 in
spirit: ``valid`` (every check passed), ``invalid`` (a check failed for certain: modified data,
revoked, wrong usage), ``indeterminate`` (something needed is missing: no trusted chain, expired
certificate without proof of an earlier signing time, revocation status unknown). Each failure
also gets a stable reason code, which test PKI manifests use.
"""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import io
import logging
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from asn1crypto import cms
from cryptography import x509
from cryptography.exceptions import UnsupportedAlgorithm
from pyhanko.pdf_utils.decode_limits import DecodePurpose
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.fields import enumerate_sig_fields
from pyhanko.sign.validation import (
    async_validate_detached_cms,
    async_validate_pdf_signature,
    async_validate_pdf_timestamp,
)
from pyhanko.sign.validation.dss import DocumentSecurityStore
from pyhanko.sign.validation.errors import NoDSSFoundError
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
from idtoolkit.errors import IDToolkitError, InputError, SigningError
from idtoolkit.keys.spec import spec_of_public_key
from idtoolkit.signing.adapter import to_asn1
from idtoolkit.signing.fetch import Fetcher
from idtoolkit.signing.policy import (
    KEY_USAGE_POLICY,
    REASONS,
    ordered,
    usage_problems_for_signing,
    verdict_for,
)
from idtoolkit.signing.revinfo import (
    RevocationInfo,
    fetch_for_paths,
    fetch_missing_issuers,
    from_signed_data,
    path_of,
)
from idtoolkit.signing.signed_data import (
    all_certificates,
    signer_certificate,
    timestamp_signer_certificates,
)
from idtoolkit.states import CheckOutcome, Verdict


@dataclass(frozen=True)
class Check:
    name: str
    outcome: CheckOutcome
    detail: str


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
    revocation_sources: list[str] = field(default_factory=list)

    @property
    def valid(self) -> bool:
        return self.verdict == Verdict.VALID

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        for key in ("validation_time", "claimed_signing_time", "timestamp"):
            value = data[key]
            data[key] = value.isoformat() if value is not None else None
        return data


def _name(cert: x509.Certificate) -> str:
    return format_subject(cert.subject)


def _context(
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


def _gather_revinfo(
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


def _diagnose(signer: x509.Certificate, context: ValidationContext) -> ChainDiagnosis:
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


Outcome = tuple[Check, list[str]]  # a check and the reason codes it adds


def _signature_check(status: Any, good: str = "the data is exactly what was signed") -> Outcome:
    if status.intact and status.valid:
        return Check("signature", CheckOutcome.PASSED, good), []
    return Check("signature", CheckOutcome.FAILED, REASONS["modified"]), ["modified"]


def _algorithm(signer: x509.Certificate) -> str:
    """The signer's algorithm in plain words: a relying party planning the post-quantum
    migration wants to see which signatures are ML-DSA (pyHanko 0.38 validates those)."""
    try:
        return spec_of_public_key(signer.public_key()).plain_words
    except (IDToolkitError, ValueError, UnsupportedAlgorithm):
        return f"key algorithm {signer.public_key_algorithm_oid.dotted_string}"


def _coverage_outcome(coverage: Check) -> Outcome:
    return coverage, ["modified"] if coverage.outcome == CheckOutcome.FAILED else []


def _chain_check(diagnosis: ChainDiagnosis, path: list[x509.Certificate]) -> Outcome:
    chain_text = " <- ".join(_name(c) for c in path)
    if diagnosis.problem in ("untrusted", "chain-invalid", "ca-revoked"):
        return Check("chain", CheckOutcome.FAILED, f"{diagnosis.detail}: {chain_text}"), [
            diagnosis.problem
        ]
    return Check("chain", CheckOutcome.PASSED, f"chains to a trusted root: {chain_text}"), []


def _validity_check(signer: x509.Certificate, at: dt.datetime) -> Outcome:
    if signer.not_valid_after_utc < at:
        when = f"{signer.not_valid_after_utc:%Y-%m-%d %H:%M} UTC"
        return Check("validity", CheckOutcome.FAILED, f"expired {when}"), ["expired"]
    if signer.not_valid_before_utc > at:
        when = f"{signer.not_valid_before_utc:%Y-%m-%d %H:%M} UTC"
        return Check("validity", CheckOutcome.FAILED, f"valid only from {when}"), ["not-yet-valid"]
    period = f"{signer.not_valid_before_utc:%Y-%m-%d} to {signer.not_valid_after_utc:%Y-%m-%d}"
    return Check("validity", CheckOutcome.PASSED, period), []


def _usage_check(signer: x509.Certificate) -> Outcome:
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


def _revocation_check(diagnosis: ChainDiagnosis) -> Outcome:
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


def _timestamp_check(status: Any) -> Outcome:
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


def _report(
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
        _signature_check(
            status, f"the data is exactly what was signed; signed with {_algorithm(signer)}"
        )
    ]
    if coverage is not None:
        outcomes.append(_coverage_outcome(coverage))
    outcomes += [
        _chain_check(diagnosis, path_of(signer, pool)),
        _validity_check(signer, at),
        _usage_check(signer),
        _revocation_check(diagnosis),
        _timestamp_check(status),
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
        signer=_name(signer),
        signer_serial=f"{signer.serial_number:x}",
        issuer=format_subject(signer.issuer),
        validation_time=at,
        claimed_signing_time=getattr(status, "signer_reported_dt", None),
        timestamp=ts_status.timestamp if ts_status is not None else None,
        signature_field=field_name,
        checks=checks,
        revocation_sources=info.notes,
    )


def _load_signed_data(signature: bytes) -> cms.SignedData:
    data = signature
    if data.lstrip().startswith(b"-----BEGIN"):
        import base64

        lines = [
            line
            for line in data.decode("ascii", "replace").splitlines()
            if line and not line.startswith("-----")
        ]
        data = base64.b64decode("".join(lines))
    try:
        content_info = cms.ContentInfo.load(data)
        if content_info["content_type"].native != "signed_data":
            raise ValueError("not signed data")
        signed_data: cms.SignedData = content_info["content"]
        signed_data["signer_infos"][0]
    except (ValueError, TypeError, IndexError, KeyError):
        raise InputError(
            "signing.not_signature_file_cms_signature",
            "the signature file is not a CMS signature (.p7s)",
        ) from None
    return signed_data


#: What a damaged or hostile file can raise from asn1crypto, cryptography and pyHanko (whose
#: own errors are ValueErrors): turned into a verdict or a one-line error, never a traceback.
_PARSE_ERRORS = (ValueError, TypeError, KeyError, IndexError, AttributeError, PdfError)


def _first_line(exc: BaseException) -> str:
    """asn1crypto appends "while parsing ..." lines to its messages: keep the first."""
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _malformed(
    file: str,
    fmt: str,
    message: str,
    at: dt.datetime,
    signer: x509.Certificate | None = None,
    field_name: str | None = None,
) -> SignatureReport:
    return SignatureReport(
        file=file,
        format=fmt,
        verdict=Verdict.INVALID,
        reasons=["malformed"],
        signer=_name(signer) if signer is not None else "(unknown)",
        signer_serial=f"{signer.serial_number:x}" if signer is not None else "",
        issuer=format_subject(signer.issuer) if signer is not None else "",
        validation_time=at,
        signature_field=field_name,
        checks=[Check("signature", CheckOutcome.FAILED, f"{REASONS['malformed']}: {message}")],
    )


def verify_cms(
    data: bytes,
    signature: bytes,
    trust: list[x509.Certificate],
    at: dt.datetime | None = None,
    fetch: bool = True,
    file: str = "",
) -> SignatureReport:
    signed_data = _load_signed_data(signature)
    when = at or dt.datetime.now(dt.UTC)
    try:
        signer = signer_certificate(signed_data)
        pool = all_certificates(signed_data) + trust
    except _PARSE_ERRORS as exc:
        raise InputError(
            "signing.not_signature_read",
            "the signature cannot be read: {first_line}",
            first_line=_first_line(exc),
        ) from None
    if signer is None:
        raise InputError(
            "signing.not_signature_does_carry_signer",
            "the signature does not carry its signer's certificate",
        )
    try:
        info = _gather_revinfo(
            signed_data, pool, signer, from_signed_data(signed_data), fetch, at, trust
        )
        with _quiet():
            status = asyncio.run(
                async_validate_detached_cms(
                    data,
                    signed_data,
                    signer_validation_context=_context(trust, pool, info, at),
                    ts_validation_context=_context(trust, pool, info, at),
                    key_usage_settings=KEY_USAGE_POLICY,
                )
            )
            diagnosis = _diagnose(signer, _context(trust, pool, info, at))
    except _PARSE_ERRORS as exc:
        return _malformed(file, "cms", _first_line(exc), when, signer)
    report = _report(status, file, "cms", signer, pool, info, when, diagnosis)
    proof = _claimed_time(status)
    if proof is not None and proof < when:  # again, as of the time the time-stamp proves
        past = verify_cms(data, signature, trust, proof, fetch, file)
        tsas = timestamp_signer_certificates(signed_data)
        if _timestamp_held(past) and _tsa_alive(tsas, when, []):
            return _as_of_timestamp(past)
    return report


def _claimed_time(status: Any, document: bool = False) -> dt.datetime | None:
    """The time an intact, correctly signed time-stamp (of a signature, or a ``document``
    time-stamp) states; whether its TSA is trusted is judged as of that time."""
    ts = status if document else getattr(status, "timestamp_validity", None)
    if ts is not None and ts.intact and ts.valid:
        return ts.timestamp  # type: ignore[no-any-return]
    return None


def _timestamp_held(report: SignatureReport) -> bool:
    """Whether the time-stamp was trusted as of its own time (its TSA's chain and revocation
    judged with the data that was current then: EN 319 102-1 past signature validation)."""
    if report.format == "pades-doc-timestamp":
        return report.verdict == "valid"
    return any(c.name == "time-stamp" and c.outcome == "passed" for c in report.checks)


#: A later time-stamp (a PAdES document time-stamp): when it was made and by which TSA.
LaterProof = tuple[dt.datetime, x509.Certificate]


def _tsa_alive(
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


def _as_of_timestamp(report: SignatureReport) -> SignatureReport:
    """Long-term validation (ETSI EN 319 102-1 5.5): with a trusted time-stamp, the signer's
    certificate must have been valid and unrevoked when the time-stamp was made, not today;
    so a B-T/B-LT signature stays valid after the certificate expires."""
    report.checks.insert(
        0,
        Check(
            "validation time",
            CheckOutcome.INFO,
            f"as of the time-stamp, {report.validation_time:%Y-%m-%d %H:%M:%S} UTC: it proves "
            "the signature existed then",
        ),
    )
    return report


def _read_dss(reader: PdfFileReader) -> tuple[RevocationInfo, list[x509.Certificate]]:
    embedded = RevocationInfo()
    try:
        dss = DocumentSecurityStore.read_dss(reader)
    except NoDSSFoundError:
        return embedded, []
    try:
        embedded.ocsps = [
            ref.get_object().read_data(DecodePurpose.OCSP_RESPONSE) for ref in dss.ocsps
        ]
        embedded.crls = [ref.get_object().read_data(DecodePurpose.CRL) for ref in dss.crls]
        certs = [x509.load_der_x509_certificate(c.dump()) for c in dss.load_certs()]
    except _PARSE_ERRORS as exc:
        raise InputError(
            "signing.pdf_validation_data_dss",
            "the PDF's validation data (DSS) cannot be read: {first_line}",
            first_line=_first_line(exc),
        ) from None
    if embedded:
        embedded.notes.append(
            f"embedded in the PDF (DSS): {len(embedded.ocsps)} OCSP response(s), "
            f"{len(embedded.crls)} CRL(s)"
        )
    return embedded, certs


def verify_pdf(
    data: bytes,
    trust: list[x509.Certificate],
    at: dt.datetime | None = None,
    fetch: bool = True,
    file: str = "",
) -> list[SignatureReport]:
    when = at or dt.datetime.now(dt.UTC)
    try:
        with _quiet():
            reader = PdfFileReader(io.BytesIO(data), strict=False)
            signatures = list(reader.embedded_signatures)
            filled = [
                name for name, _value, _ref in enumerate_sig_fields(reader, filled_status=True)
            ]
    except _PARSE_ERRORS as exc:
        raise InputError(
            "signing.not_pdf_read",
            "not a PDF that can be read: {first_line}",
            first_line=_first_line(exc),
        ) from None
    if not filled:
        raise InputError("signing.not_pdf_signatures", "the PDF has no signatures")
    embedded, dss_certs = _read_dss(reader)
    reports = []
    readable = {sig.field_name for sig in signatures}
    for name in filled:
        if name not in readable:  # pyHanko skips what it cannot parse: say so, never drop it
            reports.append(
                _malformed(
                    file,
                    "pades",
                    "signature of a kind this validator cannot read",
                    when,
                    field_name=name,
                )
            )
    tail = _unsigned_tail(data)
    judged: dict[int, SignatureReport] = {}
    held: list[tuple[int, LaterProof]] = []  # valid document time-stamps, by revision
    for sig in sorted(signatures, key=lambda s: s.signed_revision, reverse=True):
        # Only a document time-stamp in a later revision covers a signature; the order of
        # their times says nothing (both can fall in the same second, or TSA clocks differ).
        later = [proof for revision, proof in held if revision > sig.signed_revision]
        report = _verify_embedded(sig, trust, at, fetch, file, embedded, dss_certs, when, later)
        proof = _document_timestamp_proof(sig)
        if proof is not None and report.verdict == Verdict.VALID:
            held.append((sig.signed_revision, proof))
        judged[id(sig)] = _with_unsigned_tail(report, tail) if tail else report
    reports.extend(judged[id(sig)] for sig in signatures)
    return reports


def _document_timestamp_proof(sig: Any) -> LaterProof | None:
    """When a document time-stamp (B-LTA) was made, and by which TSA; None for a signature."""
    if sig.sig_object_type != "/DocTimeStamp":
        return None
    try:
        signed_data = sig.signed_data
        tsa = signer_certificate(signed_data)
        made = signed_data["encap_content_info"]["content"].parsed["gen_time"].native
    except _PARSE_ERRORS:
        return None
    if tsa is None or not isinstance(made, dt.datetime):
        return None
    return made, tsa


def _unsigned_tail(data: bytes) -> int:
    """Bytes after the file's last revision (after its last ``%%EOF``): no PDF reader shows
    them and no signature covers them, yet pyHanko still says the signature covers "the entire
    revision". Appending anything to a signed file must not leave it silently valid."""
    end = data.rfind(b"%%EOF")
    if end < 0:
        return 0
    return len(data[end + 5 :].strip(b"\r\n\t\f\0 "))


def _with_unsigned_tail(report: SignatureReport, tail: int) -> SignatureReport:
    reasons = ordered([*report.reasons, "unsigned-data"])
    check = Check(
        "coverage",
        CheckOutcome.FAILED,
        f"{tail} bytes after the document's last revision are covered by no signature"
        " (data appended to the signed file)",
    )
    checks = [c for c in report.checks if c.name != "coverage"] + [check]
    return dataclasses.replace(report, verdict=verdict_for(reasons), reasons=reasons, checks=checks)


def _verify_embedded(
    sig: Any,
    trust: list[x509.Certificate],
    at: dt.datetime | None,
    fetch: bool,
    file: str,
    embedded: RevocationInfo,
    dss_certs: list[x509.Certificate],
    when: dt.datetime,
    later: list[LaterProof],
) -> SignatureReport:
    kind = "pades-doc-timestamp" if sig.sig_object_type == "/DocTimeStamp" else "pades"
    signer = None
    try:
        signed_data = sig.signed_data
        signer = signer_certificate(signed_data)
        if signer is None:
            return _malformed(file, kind, "no signer certificate", when, None, sig.field_name)
        pool = all_certificates(signed_data) + dss_certs + trust
        info = _gather_revinfo(signed_data, pool, signer, embedded, fetch, at, trust)
        with _quiet():
            context = _context(trust, pool, info, at)
            status: Any
            if kind == "pades-doc-timestamp":
                status = asyncio.run(async_validate_pdf_timestamp(sig, validation_context=context))
            else:
                status = asyncio.run(
                    async_validate_pdf_signature(
                        sig,
                        signer_validation_context=context,
                        ts_validation_context=_context(trust, pool, info, at),
                        key_usage_settings=KEY_USAGE_POLICY,
                    )
                )
            diagnosis = _diagnose(signer, _context(trust, pool, info, at))
    except _PARSE_ERRORS as exc:
        return _malformed(file, kind, _first_line(exc), when, signer, sig.field_name)
    if kind == "pades-doc-timestamp":
        report = _timestamp_report(
            status, file, signer, pool, info, when, diagnosis, sig.field_name
        )
        tsas = [signer]
    else:
        report = _report(
            status,
            file,
            kind,
            signer,
            pool,
            info,
            when,
            diagnosis,
            sig.field_name,
            _coverage_check(status),
        )
        tsas = timestamp_signer_certificates(signed_data)
    proof = _claimed_time(status, document=kind == "pades-doc-timestamp")
    if proof is not None and proof < when:  # again, as of the time the time-stamp proves
        past = _verify_embedded(sig, trust, proof, fetch, file, embedded, dss_certs, proof, later)
        if _timestamp_held(past) and _tsa_alive(tsas, when, later):
            return _as_of_timestamp(past)
    return report


def _timestamp_report(
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
        _signature_check(status, "the document is what was time-stamped"),
        _coverage_outcome(_coverage_check(status)),
    ]
    checks = [check for check, _ in outcomes]
    reasons = [reason for _, found in outcomes for reason in found]
    chain_text = " <- ".join(_name(c) for c in path_of(tsa, pool))
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
        signer=_name(tsa),
        signer_serial=f"{tsa.serial_number:x}",
        issuer=format_subject(tsa.issuer),
        validation_time=when,
        timestamp=status.timestamp,
        signature_field=field_name,
        checks=checks,
        revocation_sources=info.notes,
    )


def _coverage_check(status: Any) -> Check:
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


def verify_file(
    path: Path,
    trust: list[x509.Certificate],
    signature: Path | None = None,
    at: dt.datetime | None = None,
    fetch: bool = True,
) -> list[SignatureReport]:
    """Validate ``path``: a signed PDF, or any file with its detached signature (``signature``,
    default ``path`` + ``.p7s``; ``path`` may also be the ``.p7s`` itself)."""
    if not trust:
        raise InputError(
            "verify.no_trust_anchor",
            "give the trust anchor(s) (e.g. the test PKI's root)",
        )
    if path.suffix.lower() == ".p7s" and signature is None:
        path, signature = path.with_suffix(""), path
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(
            "signing.not_read", "cannot read {path}: {strerror}", path=path, strerror=exc.strerror
        ) from None
    if signature is None and data.startswith(b"%PDF"):
        return verify_pdf(data, trust, at, fetch, str(path))
    signature = signature or path.with_name(path.name + ".p7s")
    try:
        signature_bytes = signature.read_bytes()
    except OSError as exc:
        raise InputError(
            "verify.cannot_read_signature",
            "cannot read the signature {signature}: {strerror}",
            signature=signature,
            strerror=exc.strerror,
        ) from None
    return [verify_cms(data, signature_bytes, trust, at, fetch, str(path))]


class _quiet:
    """pyHanko logs every validation problem as a warning with a traceback; the report says
    it better, so those logs are kept out of the user's terminal."""

    def __enter__(self) -> None:
        self._levels = {}
        for name in ("pyhanko", "pyhanko_certvalidator"):
            logger = logging.getLogger(name)
            self._levels[name] = logger.level
            logger.setLevel(logging.CRITICAL)

    def __exit__(self, *exc: object) -> None:
        for name, level in self._levels.items():
            logging.getLogger(name).setLevel(level)


def render_text(reports: list[SignatureReport]) -> str:
    lines: list[str] = []
    marks = {
        CheckOutcome.PASSED: "ok  ",
        CheckOutcome.FAILED: "FAIL",
        CheckOutcome.UNKNOWN: "??  ",
        CheckOutcome.INFO: "-   ",
    }
    for report in reports:
        title = f"{report.file}" + (
            f" [{report.signature_field}]" if report.signature_field else ""
        )
        lines.append(f"{title}: {report.verdict.upper()}  ({report.format})")
        lines.append(f"  signer: {report.signer} (serial {report.signer_serial})")
        lines.append(f"  issued by: {report.issuer}")
        if report.claimed_signing_time:
            lines.append(
                f"  signing time claimed by the signer: {report.claimed_signing_time:%Y-%m-%d %H:%M:%S} UTC"
            )
        lines.append(f"  validated at: {report.validation_time:%Y-%m-%d %H:%M:%S} UTC")
        for check in report.checks:
            lines.append(f"  [{marks[check.outcome]}] {check.name}: {check.detail}")
        if report.revocation_sources:
            lines.append("  revocation sources:")
            lines += [f"    - {note}" for note in report.revocation_sources]
        if report.reasons:
            lines.append(f"  why: {', '.join(report.reasons)}")
    return "\n".join(lines)


__all__ = ["REASONS", "Check", "SignatureReport", "SigningError", "render_text", "verify_file"]
