"""OCSP requests about several certificates at once, and the one response that answers them.

RFC 6960 4.1.1 makes ``requestList`` a SEQUENCE OF Request, and ``openssl ocsp -cert a.pem
-cert b.pem`` sends such a list; cryptography reads and builds one certificate per request
only. So a request it refuses is read here with asn1crypto, and its answer (one SingleResponse
per CertID, in the order asked, each CertID echoed as sent) is built here too: the ResponseData
is signed through :meth:`idtoolkit.keys.signer.Signer.sign_ocsp_data`, the same key and the
same signature algorithm as the single answers cryptography builds.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from asn1crypto import core
from asn1crypto import ocsp as asn1_ocsp
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.x509 import ocsp

from idtoolkit.keys.cms_algorithms import ocsp_signature_algorithm
from idtoolkit.keys.signer import Signer


@dataclass(frozen=True)
class CertID:
    """One certificate asked about, and its CertID as sent (echoed in the answer)."""

    algorithm: str  # the CertID's hash, as asn1crypto names it ("sha1", "sha256", …)
    name_hash: bytes
    key_hash: bytes
    serial: int
    raw: asn1_ocsp.CertId


@dataclass(frozen=True)
class Several:
    cert_ids: list[CertID]
    nonce: bytes | None


@dataclass(frozen=True)
class Status:
    """What the store says about one certificate."""

    status: ocsp.OCSPCertStatus
    revoked_at: dt.datetime | None
    reason: x509.ReasonFlags | None


def parse_several(der: bytes) -> Several | None:
    """The CertIDs and nonce of an OCSP request naming more than one certificate; ``None``
    when ``der`` is not such a request (not an OCSP request, or one certificate only)."""
    try:
        request = asn1_ocsp.OCSPRequest.load(der, strict=True)
        tbs = request["tbs_request"]
        items = tbs["request_list"]
        if len(items) < 2:
            return None
        cert_ids = []
        for item in items:
            cert_id = item["req_cert"]
            cert_ids.append(
                CertID(
                    cert_id["hash_algorithm"]["algorithm"].native,
                    cert_id["issuer_name_hash"].native,
                    cert_id["issuer_key_hash"].native,
                    cert_id["serial_number"].native,
                    cert_id,
                )
            )
        nonce = None
        for extension in tbs["request_extensions"] or []:
            if extension["extn_id"].native == "nonce":
                nonce = extension["extn_value"].parsed.native
        request.native  # noqa: B018 (parse everything now, so bad input fails here)
    except Exception:  # asn1crypto raises ValueError, TypeError, AttributeError…: all bad data
        return None
    if not isinstance(nonce, bytes | None):
        return None
    return Several(cert_ids, nonce)


def _cert_status(status: Status) -> asn1_ocsp.CertStatus:
    if status.status == ocsp.OCSPCertStatus.GOOD:
        return asn1_ocsp.CertStatus(name="good", value=core.Null())
    if status.status == ocsp.OCSPCertStatus.UNKNOWN:
        return asn1_ocsp.CertStatus(name="unknown", value=core.Null())
    assert status.revoked_at is not None
    info: dict[str, object] = {"revocation_time": _utc(status.revoked_at)}
    if status.reason is not None:  # ReasonFlags names are asn1crypto's CRLReason names
        info["revocation_reason"] = status.reason.name
    return asn1_ocsp.CertStatus(name="revoked", value=asn1_ocsp.RevokedInfo(info))


def _utc(when: dt.datetime) -> dt.datetime:
    """Store columns come back naive on SQLite; every time here is UTC, whole seconds."""
    when = when if when.tzinfo is not None else when.replace(tzinfo=dt.UTC)
    return when.astimezone(dt.UTC).replace(microsecond=0)


def _key_hash(cert: x509.Certificate) -> bytes:
    """ResponderID byKey: SHA-1 of the responder's public key BIT STRING (RFC 6960 4.2.1)."""
    spki = core.Sequence.load(
        cert.public_key().public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )
    return hashlib.sha1(spki[1].contents[1:]).digest()  # RFC 6960 4.2.1 names SHA-1


def sign_several(
    signer: Signer,
    responder: x509.Certificate,
    send_responder: bool,
    answers: list[tuple[CertID, Status]],
    now: dt.datetime,
    next_update: dt.datetime,
    nonce: bytes | None,
) -> bytes:
    """A successful OCSP response, DER, answering every CertID in ``answers``, signed by
    ``signer`` (whose certificate is ``responder``; sent along when ``send_responder``)."""
    responses = [
        asn1_ocsp.SingleResponse(
            {
                "cert_id": cert_id.raw,
                "cert_status": _cert_status(status),
                "this_update": _utc(now),
                "next_update": _utc(next_update),
            }
        )
        for cert_id, status in answers
    ]
    data: dict[str, object] = {
        "responder_id": asn1_ocsp.ResponderId(name="by_key", value=_key_hash(responder)),
        "produced_at": _utc(now),
        "responses": responses,
    }
    if nonce is not None:
        data["response_extensions"] = [{"extn_id": "nonce", "critical": False, "extn_value": nonce}]
    tbs = asn1_ocsp.ResponseData(data)
    hash_algorithm = signer.hash_algorithm
    digest = hash_algorithm.name if hash_algorithm is not None else "sha512"  # EdDSA, ML-DSA
    basic: dict[str, object] = {
        "tbs_response_data": tbs,
        "signature_algorithm": ocsp_signature_algorithm(signer, digest),
        "signature": signer.sign_ocsp_data(tbs.dump()),
    }
    if send_responder:
        basic["certs"] = [
            asn1_x509.Certificate.load(responder.public_bytes(serialization.Encoding.DER))
        ]
    response = asn1_ocsp.OCSPResponse(
        {
            "response_status": "successful",
            "response_bytes": {
                "response_type": "basic_ocsp_response",
                "response": asn1_ocsp.BasicOCSPResponse(basic),
            },
        }
    )
    return bytes(response.dump())
