"""Validating a CMS or PDF signature and explaining the result to a non-expert: the entry point.

pyHanko checks the signature value, builds and validates the path (pyhanko-certvalidator) and the
time-stamp; revocation answers come from the signature itself (B-LT) or are fetched from the
certificates' URLs (:mod:`idtoolkit.signing.revinfo`). The verdict follows ETSI EN 319 102-1 in
spirit: ``valid`` (every check passed), ``invalid`` (a check failed for certain: modified data,
revoked, wrong usage), ``indeterminate`` (something needed is missing: no trusted chain, expired
certificate without proof of an earlier signing time, revocation status unknown). Each failure
also gets a stable reason code, which test PKI manifests use.

:func:`verify_file` picks the validator for a file. The parts, one job each:
:mod:`~idtoolkit.signing.report` (the report model), :mod:`~idtoolkit.signing.verify_cms`,
:mod:`~idtoolkit.signing.verify_pdf`, :mod:`~idtoolkit.signing.chain_validation` (revocation data
and path diagnosis), :mod:`~idtoolkit.signing.report_checks` (the report's lines),
:mod:`~idtoolkit.signing.long_term` (validation as of a time-stamp),
:mod:`~idtoolkit.signing.pyhanko_guard` (hostile input) and :mod:`~idtoolkit.signing.report_text`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from cryptography import x509

from idtoolkit.errors import InputError, SigningError
from idtoolkit.sentence_parts import os_reason

# The entry point: callers import validation and its report from here, wherever they live.
from idtoolkit.signing.reasons import REASONS
from idtoolkit.signing.report import Check, SignatureReport
from idtoolkit.signing.report_text import render_text
from idtoolkit.signing.verify_cms import verify_cms
from idtoolkit.signing.verify_pdf import verify_pdf


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
            "verify.cannot_read_file",
            "cannot read {path}: {strerror}",
            path=path,
            strerror=os_reason(exc),
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
            strerror=os_reason(exc),
        ) from None
    return [verify_cms(data, signature_bytes, trust, at, fetch, str(path))]


__all__ = [
    "REASONS",
    "Check",
    "SignatureReport",
    "SigningError",
    "render_text",
    "verify_cms",
    "verify_file",
    "verify_pdf",
]
