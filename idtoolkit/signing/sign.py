"""Signing a file: detached CMS/CAdES for any file, PAdES for a PDF.

Levels, as ETSI names them: B-B (signature and signer certificate), B-T (plus a time-stamp from
a TSA, ``tsa_url``), B-LT (plus the revocation information that proves the certificates were
good, ``embed_revocation``), so the signature can be validated later without the services.
"""

from __future__ import annotations

import asyncio
import enum
import io
import logging
from dataclasses import dataclass
from typing import Any

from asn1crypto import cms
from asn1crypto import crl as asn1_crl
from asn1crypto import ocsp as asn1_ocsp
from cryptography import x509
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers
from pyhanko.sign.fields import enumerate_sig_fields
from pyhanko.sign.general import SigningError as PyHankoSigningError
from pyhanko.sign.validation import add_validation_info
from pyhanko.sign.validation.dss import DocumentSecurityStore
from pyhanko_certvalidator import ValidationContext

from idtoolkit.ca.names import format_subject
from idtoolkit.errors import FetchError, SigningError
from idtoolkit.messages import english
from idtoolkit.signing.adapter import ToolkitSigner, UrlTimeStamper, digest_name, to_asn1
from idtoolkit.signing.credentials import SigningCredential
from idtoolkit.signing.fetch import Fetcher
from idtoolkit.signing.revinfo import RevocationInfo, embed, fetch_for_paths
from idtoolkit.signing.roles import claimed_role_attributes
from idtoolkit.signing.signed_data import all_certificates, timestamp_signer_certificates


class SignatureFormat(enum.Enum):
    CMS = "cms"
    PADES = "pades"


@dataclass(frozen=True)
class SignResult:
    format: SignatureFormat
    level: str  # B-B, B-T, B-LT
    signer: str
    timestamped: bool
    revocation_notes: list[str]


def default_format(filename: str) -> SignatureFormat:
    return SignatureFormat.PADES if filename.lower().endswith(".pdf") else SignatureFormat.CMS


def _level(tsa_url: str | None, embed_revocation: bool) -> str:
    return "B-LT" if embed_revocation and tsa_url else "B-T" if tsa_url else "B-B"


def _check_embeddable(credential: SigningCredential, embed_revocation: bool) -> None:
    if embed_revocation and not any(c.issuer == c.subject for c in credential.chain):
        raise SigningError(
            "signing.revocation_needs_chain",
            "embedding revocation information needs the signer's chain up to its root: use a PKCS#12 with the chain, or give the chain",
        )


def _result(
    fmt: SignatureFormat,
    credential: SigningCredential,
    tsa_url: str | None,
    embed_revocation: bool,
    notes: list[str],
) -> SignResult:
    return SignResult(
        fmt,
        _level(tsa_url, embed_revocation),
        format_subject(credential.certificate.subject),
        tsa_url is not None,
        notes,
    )


def _revocation_for(signed_data: cms.SignedData, credential: SigningCredential) -> RevocationInfo:
    """Revocation answers for the signer's and the TSA's chains, fetched now (for B-LT)."""
    pool = all_certificates(signed_data) + credential.chain
    leaves = [credential.certificate, *timestamp_signer_certificates(signed_data)]
    info = fetch_for_paths(leaves, pool, Fetcher())
    if info.unanswered:
        problems = "; ".join(english(n) for n in info.notes) or "no OCSP responder or CRL named"
        # Ask about the server only when nothing answered; an answer says what is wrong itself.
        unreachable = "cannot connect" in problems
        params = {"certificate": str(info.unanswered[0]), "problems": problems}
        if unreachable:  # the CLI asks whether the services are running
            raise FetchError(
                "signing.revocation_unreachable",
                "cannot embed revocation information for {certificate} ({problems})",
                **params,
            )
        raise FetchError(
            "signing.revocation_unanswered",
            "cannot embed revocation information for {certificate} ({problems})",
            **params,
        )
    return info


def sign_cms(
    data: bytes,
    credential: SigningCredential,
    tsa_url: str | None = None,
    embed_revocation: bool = False,
    claimed_role: str | None = None,
) -> tuple[bytes, SignResult]:
    """A detached CMS (CAdES) signature of ``data``; ``claimed_role`` is signed with it
    (signer-attributes-v2), e.g. a ceremony participant's role."""
    _check_embeddable(credential, embed_revocation)
    signer = ToolkitSigner(credential)
    timestamper = UrlTimeStamper(tsa_url) if tsa_url else None
    try:
        content_info = asyncio.run(
            signer.async_sign_general_data(
                data,
                digest_name(credential),
                detached=True,
                use_cades=True,
                timestamper=timestamper,
                signed_attr_settings=(
                    claimed_role_attributes(claimed_role) if claimed_role is not None else None
                ),
            )
        )
    except PyHankoSigningError as exc:
        raise SigningError(
            "signing.cms_signing_failed", "cannot sign: {problem}", problem=exc
        ) from None
    notes: list[str] = []
    if embed_revocation:
        signed_data: cms.SignedData = content_info["content"]
        info = _revocation_for(signed_data, credential)
        embed(signed_data, info)
        notes = [english(n) for n in info.notes]
    return content_info.dump(), _result(
        SignatureFormat.CMS, credential, tsa_url, embed_revocation, notes
    )


def sign_pdf(
    data: bytes,
    credential: SigningCredential,
    tsa_url: str | None = None,
    embed_revocation: bool = False,
    field_name: str | None = None,
) -> tuple[bytes, SignResult]:
    _check_embeddable(credential, embed_revocation)
    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
        taken = {name for name, _value, _ref in enumerate_sig_fields(writer)}
    except (PdfError, ValueError, KeyError) as exc:
        raise SigningError(
            "signing.pdf_unreadable", "not a PDF this signer can read: {problem}", problem=exc
        ) from None
    if field_name is None:
        field_name = next(
            f"Signature{n}" for n in range(1, len(taken) + 2) if f"Signature{n}" not in taken
        )
    metadata = signers.PdfSignatureMetadata(
        field_name=field_name,
        md_algorithm=digest_name(credential),
        subfilter=fields.SigSeedSubFilter.PADES,
    )
    pdf_signer = signers.PdfSigner(
        metadata,
        signer=ToolkitSigner(credential),
        timestamper=UrlTimeStamper(tsa_url) if tsa_url else None,
    )
    out = io.BytesIO()
    try:
        asyncio.run(pdf_signer.async_sign_pdf(writer, output=out))
    except (PyHankoSigningError, PdfError) as exc:
        raise SigningError(
            "signing.pdf_signing_failed", "cannot sign the PDF: {problem}", problem=exc
        ) from None
    notes: list[str] = []
    if embed_revocation:
        out, notes = _add_dss(out, credential)
    return out.getvalue(), _result(
        SignatureFormat.PADES, credential, tsa_url, embed_revocation, notes
    )


class _KnownSoftFail(logging.Filter):
    """pyHanko warns on stderr that soft-fail revocation may be incomplete; we chose soft-fail
    on purpose and report what is missing in the result's notes, so the stray line goes."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith("Revocation mode is set to soft-fail")


logging.getLogger("pyhanko.sign.validation.dss").addFilter(_KnownSoftFail())


def _add_dss(signed: io.BytesIO, credential: SigningCredential) -> tuple[io.BytesIO, list[str]]:
    """PAdES B-LT: the revocation information for signer and TSA, in the document security
    store of an incremental update (the signature itself is untouched)."""
    reader = PdfFileReader(signed, strict=False)
    embedded = reader.embedded_signatures[-1]
    info = _revocation_for(embedded.signed_data, credential)
    pool = all_certificates(embedded.signed_data) + credential.chain
    context = ValidationContext(
        trust_roots=[to_asn1(c) for c in pool if c.issuer == c.subject],
        other_certs=[to_asn1(c) for c in pool],
        ocsps=info.ocsps,
        crls=info.crls,
        allow_fetching=False,
        revocation_mode="soft-fail",
    )
    out = io.BytesIO()
    try:
        add_validation_info(embedded, context, output=out)
    except Exception as exc:
        # pyHanko validates the signer's path before it embeds, and stops at a revoked or
        # expired signer; the CMS route embeds the answers as they came. So does this one: a
        # B-LT signature by a revoked credential (a test PKI's negative sample) carries the
        # very answers that say so.
        out = _dss_as_gathered(reader, embedded, pool, info, exc)
        notes = [english(n) for n in info.notes]
        return out, [*notes, f"embedded as received (the path does not validate: {exc})"]
    return out, [english(n) for n in info.notes]


def _dss_as_gathered(
    reader: PdfFileReader,
    embedded: Any,
    pool: list[x509.Certificate],
    info: RevocationInfo,
    problem: Exception,
) -> io.BytesIO:
    """A DSS holding the fetched answers and the chain, written without validating them."""
    try:
        writer = IncrementalPdfFileWriter.from_reader(reader)
        DocumentSecurityStore.supply_dss_in_writer(
            writer,
            embedded.pkcs7_content.hex().encode("ascii"),
            certs=[to_asn1(c) for c in pool],
            ocsps=[asn1_ocsp.OCSPResponse.load(der) for der in info.ocsps],
            crls=[asn1_crl.CertificateList.load(der) for der in info.crls],
        )
        out = io.BytesIO()
        writer.write(out)  # type: ignore[no-untyped-call]
    except Exception:
        raise SigningError(
            "signing.pdf_revocation_not_added",
            "cannot add revocation information to the PDF: {problem}",
            problem=problem,
        ) from None
    return out
