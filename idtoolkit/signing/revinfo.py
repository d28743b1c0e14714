"""Revocation information for a signature: fetched from the URLs in the certificates, read from
a signature (CAdES B-LT keeps it in ``SignedData.crls``; PAdES in the document security store),
or written into a CMS signature.

Fetching is ours rather than pyhanko-certvalidator's: the report can then say which URL gave
which answer, and validation at a past time (``verify --at``, which certvalidator will not
combine with fetching) can use what is fetched now.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass, field

from asn1crypto import cms
from asn1crypto import crl as asn1_crl
from asn1crypto import ocsp as asn1_ocsp
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.x509 import ocsp

from idtoolkit import oids
from idtoolkit.ca.names import format_subject
from idtoolkit.ca.urls import ca_issuers_urls_of, revocation_urls_of
from idtoolkit.errors import FetchError
from idtoolkit.messages import Message, Text, message_of
from idtoolkit.signing.fetch import Fetcher

OCSP_RESPONSE_FORMAT = oids.RI_OCSP_RESPONSE.dotted_string  # id-ri-ocsp-response (RFC 5940)
#: URLs tried per certificate and kind: a certificate listing dozens cannot multiply the fetches.
MAX_URLS = 2


@dataclass
class RevocationInfo:
    ocsps: list[bytes] = field(default_factory=list)
    crls: list[bytes] = field(default_factory=list)
    #: One line per source, for the report: what was asked where and what it said.
    notes: list[Text] = field(default_factory=list)  # messages: said in the user's language
    #: Certificates (described) for which no source answered.
    unanswered: list[str] = field(default_factory=list)

    def extend(self, other: RevocationInfo) -> None:
        self.ocsps += [o for o in other.ocsps if o not in self.ocsps]
        self.crls += [c for c in other.crls if c not in self.crls]
        self.notes += other.notes
        self.unanswered += other.unanswered

    def __bool__(self) -> bool:
        return bool(self.ocsps or self.crls)


def is_self_issued(cert: x509.Certificate) -> bool:
    return cert.issuer == cert.subject


def issuer_of(cert: x509.Certificate, pool: Iterable[x509.Certificate]) -> x509.Certificate | None:
    for candidate in pool:
        if candidate.subject != cert.issuer:
            continue
        try:
            cert.verify_directly_issued_by(candidate)
        except (ValueError, TypeError, Exception):
            continue
        return candidate
    return None


def path_of(cert: x509.Certificate, pool: list[x509.Certificate]) -> list[x509.Certificate]:
    """``cert`` and its issuers found in ``pool``, up to a self-issued one or a gap."""
    path = [cert]
    while not is_self_issued(path[-1]) and len(path) < 10:
        issuer = issuer_of(path[-1], pool)
        if issuer is None:
            break
        path.append(issuer)
    return path


def fetch_missing_issuers(
    leaves: list[x509.Certificate],
    pool: list[x509.Certificate],
    notes: list[Text],
    fetcher: Fetcher,
) -> list[x509.Certificate]:
    """Issuer certificates the signature did not carry, from the AIA caIssuers URLs of the
    certificates below them (RFC 5280 4.2.2.1), as a validator on the web would fetch them."""
    fetched: list[x509.Certificate] = []
    for leaf in leaves:
        cert = path_of(leaf, pool + fetched)[-1]
        while not is_self_issued(cert) and len(fetched) < 10:
            found = None
            for url in ca_issuers_urls_of(cert)[:MAX_URLS]:
                try:
                    body = fetcher.get(url)
                    candidates = (
                        x509.load_pem_x509_certificates(body)
                        if body.lstrip().startswith(b"-----")
                        else [x509.load_der_x509_certificate(body)]
                    )
                except (FetchError, ValueError) as exc:
                    problem = message_of(exc) if isinstance(exc, FetchError) else str(exc)
                    notes.append(
                        Message(
                            "signature.source.issuer_failed",
                            "issuer of {subject}: {problem}",
                            subject=_describe(cert),
                            problem=problem,
                        )
                    )
                    continue
                found = issuer_of(cert, candidates)
                if found is not None:
                    notes.append(
                        Message(
                            "signature.source.issuer_fetched",
                            "issuer of {subject} fetched from {url}",
                            subject=_describe(cert),
                            url=url,
                        )
                    )
                    break
            if found is None:
                break
            fetched.append(found)
            cert = found
    return fetched


def _describe(cert: x509.Certificate) -> Message:
    """A certificate named for a person: its CN (or DN) and serial, said in their language."""
    names = cert.subject.get_attributes_for_oid(x509.NameOID.COMMON_NAME)
    cn = str(names[0].value) if names else format_subject(cert.subject)
    return Message(
        "signature.certificate_named",
        "{name} (serial {serial})",
        name=cn,
        serial=f"{cert.serial_number:x}",
    )


def _ask_ocsp(
    url: str, cert: x509.Certificate, issuer: x509.Certificate, fetcher: Fetcher
) -> tuple[bytes, Message]:
    request = ocsp.OCSPRequestBuilder().add_certificate(cert, issuer, hashes.SHA1()).build()
    body = fetcher.post(
        url,
        request.public_bytes(serialization.Encoding.DER),
        "application/ocsp-request",
        "application/ocsp-response",
    )
    try:
        answer = ocsp.load_der_ocsp_response(body)
    except ValueError:
        raise FetchError(
            "revocation.not_ocsp_response", "{url}: not an OCSP response", url=url
        ) from None
    if answer.response_status != ocsp.OCSPResponseStatus.SUCCESSFUL:
        raise FetchError(
            "revocation.ocsp_unsuccessful",
            "{url}: responder said {status}",
            url=url,
            status=answer.response_status.name.lower(),
        )
    # What the responder says, for the report only: the validator checks the answer's signature
    # and its match with the certificate itself.
    single = next((r for r in answer.responses if r.serial_number == cert.serial_number), None)
    if single is None:
        raise FetchError(
            "revocation.ocsp_answer_for_other_certificate",
            "{url}: the answer is about other certificates",
            url=url,
        )
    if single.certificate_status == ocsp.OCSPCertStatus.REVOKED:
        reason = single.revocation_reason.name if single.revocation_reason else "unspecified"
        status = Message(
            "signature.ocsp.revoked",
            "revoked ({reason}, {when} UTC) (as the responder says)",
            reason=reason,
            when=f"{single.revocation_time_utc:%Y-%m-%d %H:%M}",
        )
    elif single.certificate_status == ocsp.OCSPCertStatus.GOOD:
        status = Message("signature.ocsp.good", "good (as the responder says)")
    else:
        status = Message("signature.ocsp.unknown", "unknown (as the responder says)")
    return body, status


def _get_crl(url: str, fetcher: Fetcher) -> bytes:
    body = fetcher.get(url)
    try:
        parsed = (
            x509.load_pem_x509_crl(body)
            if body.lstrip().startswith(b"-----")
            else x509.load_der_x509_crl(body)
        )
    except ValueError:
        raise FetchError("revocation.not_crl", "{url}: not a CRL", url=url) from None
    return parsed.public_bytes(serialization.Encoding.DER)


def fetch_for_paths(
    leaves: list[x509.Certificate],
    pool: list[x509.Certificate],
    fetcher: Fetcher,
    with_crls: bool = False,
) -> RevocationInfo:
    """OCSP (else the CRL; with ``with_crls`` both) for each leaf and each CA certificate above
    it, once each."""
    found = RevocationInfo()
    seen: set[bytes] = set()
    for leaf in leaves:
        path = [c for c in path_of(leaf, pool) if c.fingerprint(hashes.SHA256()) not in seen]
        seen |= {c.fingerprint(hashes.SHA256()) for c in path}
        found.extend(fetch_for_path(path_of(leaf, pool)[: len(path) + 1], fetcher, with_crls))
    return found


def fetch_for_path(
    path: list[x509.Certificate], fetcher: Fetcher, with_crls: bool = False
) -> RevocationInfo:
    """OCSP for each certificate of ``path`` below its root, else (or also) its CRL.

    Validation at a past time needs the CRL too: a delegated OCSP responder's certificate is
    short-lived and may not have been valid then, while the CA that signs the CRL was."""
    found = RevocationInfo()
    for cert, issuer in itertools.pairwise(path):
        ocsp_urls, crl_urls = revocation_urls_of(cert)
        answered = False
        for url in ocsp_urls[:MAX_URLS]:
            try:
                body, status = _ask_ocsp(url, cert, issuer, fetcher)
            except FetchError as exc:
                found.notes.append(
                    Message(
                        "signature.source.ocsp_failed",
                        "OCSP for {subject}: {problem}",
                        subject=_describe(cert),
                        problem=message_of(exc),
                    )
                )
                continue
            found.ocsps.append(body)
            found.notes.append(
                Message(
                    "signature.source.ocsp",
                    "OCSP for {subject} from {url}: {status}",
                    subject=_describe(cert),
                    url=url,
                    status=status,
                )
            )
            answered = True
            break
        if answered and not with_crls:
            continue
        for url in crl_urls[:MAX_URLS]:
            try:
                found.crls.append(_get_crl(url, fetcher))
            except FetchError as exc:
                found.notes.append(
                    Message(
                        "signature.source.crl_failed",
                        "CRL for {subject}: {problem}",
                        subject=_describe(cert),
                        problem=message_of(exc),
                    )
                )
                continue
            found.notes.append(
                Message(
                    "signature.source.crl",
                    "CRL for {subject} from {url}",
                    subject=_describe(cert),
                    url=url,
                )
            )
            answered = True
            break
        if not ocsp_urls and not crl_urls:
            found.notes.append(
                Message(
                    "signature.source.no_urls",
                    "{subject} names no OCSP responder or CRL",
                    subject=_describe(cert),
                )
            )
        if not answered:
            found.unanswered.append(_describe(cert))
    return found


def from_signed_data(signed_data: cms.SignedData) -> RevocationInfo:
    found = RevocationInfo()
    for choice in signed_data["crls"] or []:
        if choice.name == "crl":
            found.crls.append(choice.chosen.dump())
        elif (
            choice.name == "other"
            and choice.chosen["other_rev_info_format"].dotted == OCSP_RESPONSE_FORMAT
        ):
            found.ocsps.append(choice.chosen["other_rev_info"].dump())
    if found:
        found.notes.append(
            Message(
                "signature.source.embedded",
                "embedded in the signature: {ocsps} OCSP response(s), {crls} CRL(s)",
                ocsps=len(found.ocsps),
                crls=len(found.crls),
            )
        )
    return found


def embed(signed_data: cms.SignedData, info: RevocationInfo) -> None:
    """Add ``info`` to ``SignedData.crls`` (unsigned: it may be added after signing)."""
    choices = list(signed_data["crls"] or [])
    choices += [
        cms.RevocationInfoChoice({"crl": asn1_crl.CertificateList.load(c)}) for c in info.crls
    ]
    choices += [
        cms.RevocationInfoChoice(
            {
                "other": cms.OtherRevocationInfoFormat(
                    {
                        "other_rev_info_format": "ocsp_response",
                        "other_rev_info": asn1_ocsp.OCSPResponse.load(o),
                    }
                )
            }
        )
        for o in info.ocsps
    ]
    signed_data["crls"] = cms.RevocationInfoChoices(choices)
    if info.ocsps:  # "other" revocation info makes it a version 5 SignedData (RFC 5652 5.1)
        signed_data["version"] = "v5"
