"""Validating the signatures and document time-stamps of a PDF (PAdES).

Every filled signature field gets a report, also one pyHanko cannot parse (it would skip it
silently). Revocation data embedded in the PDF (its DSS) is used; signatures are judged from the
newest revision back, so that a document time-stamp of a later revision can keep an older
signature's proof alive (:mod:`idtoolkit.signing.long_term`). Bytes appended after the last
revision, which no signature covers, make every report say so.
"""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import io
from typing import Any

from cryptography import x509
from pyhanko.pdf_utils.decode_limits import DecodePurpose
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.fields import enumerate_sig_fields
from pyhanko.sign.validation import async_validate_pdf_signature, async_validate_pdf_timestamp
from pyhanko.sign.validation.dss import DocumentSecurityStore
from pyhanko.sign.validation.errors import NoDSSFoundError

from idtoolkit.errors import InputError
from idtoolkit.messages import Message
from idtoolkit.signing.chain_validation import diagnose, gather_revinfo, validation_context
from idtoolkit.signing.long_term import (
    LaterProof,
    as_of_timestamp,
    claimed_time,
    document_timestamp_proof,
    timestamp_held,
    tsa_alive,
)
from idtoolkit.signing.policy import KEY_USAGE_POLICY, ordered, verdict_for
from idtoolkit.signing.pyhanko_guard import (
    PARSE_ERRORS,
    PDF_READ_ERRORS,
    first_line,
    library_said,
    quiet,
)
from idtoolkit.signing.report import Check, SignatureReport, malformed_report
from idtoolkit.signing.report_checks import coverage_check, signature_report, timestamp_report
from idtoolkit.signing.revinfo import RevocationInfo
from idtoolkit.signing.signed_data import (
    all_certificates,
    signer_certificate,
    timestamp_signer_certificates,
)
from idtoolkit.states import CheckOutcome, Verdict


def read_dss(reader: PdfFileReader) -> tuple[RevocationInfo, list[x509.Certificate]]:
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
    except PDF_READ_ERRORS as exc:
        raise InputError(
            "verify.pdf_dss_unreadable",
            "the PDF's validation data (DSS) cannot be read: {problem}",
            problem=first_line(exc),
        ) from None
    if embedded:
        embedded.notes.append(
            Message(
                "signature.source.pdf_dss",
                "embedded in the PDF (DSS): {ocsps} OCSP response(s), {crls} CRL(s)",
                ocsps=len(embedded.ocsps),
                crls=len(embedded.crls),
            )
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
        with quiet():
            reader = PdfFileReader(io.BytesIO(data), strict=False)
            signatures = list(reader.embedded_signatures)
            filled = [
                name for name, _value, _ref in enumerate_sig_fields(reader, filled_status=True)
            ]
    except PDF_READ_ERRORS as exc:
        raise InputError(
            "verify.pdf_unreadable",
            "the PDF cannot be read: {problem}",
            problem=first_line(exc),
        ) from None
    if not filled:
        raise InputError("verify.pdf_not_signed", "the PDF has no signatures")
    embedded, dss_certs = read_dss(reader)
    reports = []
    readable = {sig.field_name for sig in signatures}
    for name in filled:
        if name not in readable:  # pyHanko skips what it cannot parse: say so, never drop it
            reports.append(
                malformed_report(
                    file,
                    "pades",
                    Message(
                        "signature.kind_unreadable",
                        "signature of a kind this validator cannot read",
                    ),
                    when,
                    field_name=name,
                )
            )
    tail = unsigned_tail(data)
    judged: dict[int, SignatureReport] = {}
    held: list[tuple[int, LaterProof]] = []  # valid document time-stamps, by revision
    for sig in sorted(signatures, key=lambda s: s.signed_revision, reverse=True):
        # Only a document time-stamp in a later revision covers a signature; the order of
        # their times says nothing (both can fall in the same second, or TSA clocks differ).
        later = [proof for revision, proof in held if revision > sig.signed_revision]
        report = verify_embedded(sig, trust, at, fetch, file, embedded, dss_certs, when, later)
        proof = document_timestamp_proof(sig)
        if proof is not None and report.verdict == Verdict.VALID:
            held.append((sig.signed_revision, proof))
        judged[id(sig)] = with_unsigned_tail(report, tail) if tail else report
    reports.extend(judged[id(sig)] for sig in signatures)
    return reports


def unsigned_tail(data: bytes) -> int:
    """Bytes after the file's last revision (after its last ``%%EOF``): no PDF reader shows
    them and no signature covers them, yet pyHanko still says the signature covers "the entire
    revision". Appending anything to a signed file must not leave it silently valid."""
    end = data.rfind(b"%%EOF")
    if end < 0:
        return 0
    return len(data[end + 5 :].strip(b"\r\n\t\f\0 "))


def with_unsigned_tail(report: SignatureReport, tail: int) -> SignatureReport:
    reasons = ordered([*report.reasons, "unsigned-data"])
    check = Check(
        "coverage",
        CheckOutcome.FAILED,
        Message(
            "signature.check.unsigned_tail",
            "{tail} bytes after the document's last revision are covered by no signature"
            " (data appended to the signed file)",
            tail=tail,
        ),
    )
    checks = [c for c in report.checks if c.name != "coverage"] + [check]
    return dataclasses.replace(report, verdict=verdict_for(reasons), reasons=reasons, checks=checks)


def verify_embedded(
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
            return malformed_report(
                file,
                kind,
                Message("signature.no_signer_certificate", "no signer certificate"),
                when,
                None,
                sig.field_name,
            )
        pool = all_certificates(signed_data) + dss_certs + trust
        info = gather_revinfo(signed_data, pool, signer, embedded, fetch, at, trust)
        with quiet():
            context = validation_context(trust, pool, info, at)
            status: Any
            if kind == "pades-doc-timestamp":
                status = asyncio.run(async_validate_pdf_timestamp(sig, validation_context=context))
            else:
                status = asyncio.run(
                    async_validate_pdf_signature(
                        sig,
                        signer_validation_context=context,
                        ts_validation_context=validation_context(trust, pool, info, at),
                        key_usage_settings=KEY_USAGE_POLICY,
                    )
                )
            diagnosis = diagnose(signer, validation_context(trust, pool, info, at))
    except PARSE_ERRORS as exc:
        return malformed_report(file, kind, library_said(exc), when, signer, sig.field_name)
    except PDF_READ_ERRORS as exc:  # the signed revision's structure itself is damaged
        unreadable = Message(
            "signature.pdf_unreadable",
            "the PDF cannot be read: {problem}",
            problem=library_said(exc),
        )
        return malformed_report(file, kind, unreadable, when, signer, sig.field_name)
    if kind == "pades-doc-timestamp":
        report = timestamp_report(status, file, signer, pool, info, when, diagnosis, sig.field_name)
        tsas = [signer]
    else:
        report = signature_report(
            status,
            file,
            kind,
            signer,
            pool,
            info,
            when,
            diagnosis,
            sig.field_name,
            coverage_check(status),
        )
        tsas = timestamp_signer_certificates(signed_data)
    proof = claimed_time(status, document=kind == "pades-doc-timestamp")
    if proof is not None and proof < when:  # again, as of the time the time-stamp proves
        past = verify_embedded(sig, trust, proof, fetch, file, embedded, dss_certs, proof, later)
        if timestamp_held(past) and tsa_alive(tsas, when, later):
            return as_of_timestamp(past)
    return report
