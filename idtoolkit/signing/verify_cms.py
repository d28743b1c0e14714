"""Validating a detached CMS/CAdES signature (a ``.p7s`` beside any file).

The signature is read (DER or PEM), its revocation information gathered, pyHanko checks the
signature value and the time-stamp, and the report is built from its status; when a trusted
time-stamp proves an earlier time, the signature is judged again as of then
(:mod:`idtoolkit.signing.long_term`).
"""

from __future__ import annotations

import asyncio
import base64
import datetime as dt

from asn1crypto import cms
from cryptography import x509
from pyhanko.sign.validation import async_validate_detached_cms

from idtoolkit.errors import InputError
from idtoolkit.signing.chain_validation import diagnose, gather_revinfo, validation_context
from idtoolkit.signing.long_term import as_of_timestamp, claimed_time, timestamp_held, tsa_alive
from idtoolkit.signing.policy import KEY_USAGE_POLICY
from idtoolkit.signing.pyhanko_guard import PARSE_ERRORS, first_line, library_said, quiet
from idtoolkit.signing.report import SignatureReport, malformed_report
from idtoolkit.signing.report_checks import signature_report
from idtoolkit.signing.revinfo import from_signed_data
from idtoolkit.signing.signed_data import (
    all_certificates,
    signer_certificate,
    timestamp_signer_certificates,
)


def load_signed_data(signature: bytes) -> cms.SignedData:
    data = signature
    if data.lstrip().startswith(b"-----BEGIN"):
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
            "verify.not_cms_signature",
            "the signature file is not a CMS signature (.p7s)",
        ) from None
    return signed_data


def verify_cms(
    data: bytes,
    signature: bytes,
    trust: list[x509.Certificate],
    at: dt.datetime | None = None,
    fetch: bool = True,
    file: str = "",
) -> SignatureReport:
    signed_data = load_signed_data(signature)
    when = at or dt.datetime.now(dt.UTC)
    try:
        signer = signer_certificate(signed_data)
        pool = all_certificates(signed_data) + trust
    except PARSE_ERRORS as exc:
        raise InputError(
            "verify.signature_unreadable",
            "the signature cannot be read: {problem}",
            problem=first_line(exc),
        ) from None
    if signer is None:
        raise InputError(
            "verify.signer_certificate_missing",
            "the signature does not carry its signer's certificate",
        )
    try:
        info = gather_revinfo(
            signed_data, pool, signer, from_signed_data(signed_data), fetch, at, trust
        )
        with quiet():
            status = asyncio.run(
                async_validate_detached_cms(
                    data,
                    signed_data,
                    signer_validation_context=validation_context(trust, pool, info, at),
                    ts_validation_context=validation_context(trust, pool, info, at),
                    key_usage_settings=KEY_USAGE_POLICY,
                )
            )
            diagnosis = diagnose(signer, validation_context(trust, pool, info, at))
    except PARSE_ERRORS as exc:
        return malformed_report(file, "cms", library_said(exc), when, signer)
    report = signature_report(status, file, "cms", signer, pool, info, when, diagnosis)
    proof = claimed_time(status)
    if proof is not None and proof < when:  # again, as of the time the time-stamp proves
        past = verify_cms(data, signature, trust, proof, fetch, file)
        tsas = timestamp_signer_certificates(signed_data)
        if timestamp_held(past) and tsa_alive(tsas, when, []):
            return as_of_timestamp(past)
    return report
