"""Pre-signed OCSP responses (RFC 6960 2.5): signed where the CA key is, served by responders
that hold none.

Every unexpired certificate of a CA that can sign here gets one response per CertID hash
(:data:`PRESIGN_HASHES`: SHA-1 and SHA-256, what RFC 5019/9919 clients send), valid
:data:`RESPONSE_VALIDITY` and signed again once half of that has passed. A revocation, hold or
release forgets the certificate's responses in its own transaction
(:func:`idtoolkit.store.ocsp_responses.forget_ocsp_responses`) and signs the new one at once
when the key is at hand without asking (:func:`presign_quietly`); otherwise ``serve`` (every
second) or ``idtoolkit ocsp refresh`` (cron) signs it. Signing goes through the CA's (or its
delegated responder's) :class:`~idtoolkit.keys.signer.Signer`, software or PKCS#11 alike.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from asn1crypto import core
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.x509 import ocsp

from idtoolkit.ca.info import ca_certificate
from idtoolkit.ca.issuers import issuer_and_signer
from idtoolkit.errors import IDToolkitError, KeyStoreError, PassphraseError
from idtoolkit.keys.signer import Signer
from idtoolkit.store.cas import active_cas
from idtoolkit.store.models import CARecord
from idtoolkit.store.ocsp_responses import DueCertificate, certificates_due, store_responses
from idtoolkit.store.service_credentials import credentials_valid_at
from idtoolkit.store.session import Session
from idtoolkit.workspace import Workspace

log = logging.getLogger("idtoolkit.ocsp")

RESPONSE_VALIDITY = dt.timedelta(hours=24)
#: CertID hashes responses are pre-signed for: RFC 5019 clients (openssl, most of today's)
#: send SHA-1, and RFC 9919 recommends SHA-256; a responder without the key can only answer
#: what was signed in advance, so both are (two responses per certificate).
PRESIGN_HASHES: tuple[str, ...] = ("sha1", "sha256")
HASHES: dict[str, hashes.HashAlgorithm] = {
    "sha1": hashes.SHA1(),
    "sha256": hashes.SHA256(),
    "sha384": hashes.SHA384(),
    "sha512": hashes.SHA512(),
}
BATCH = 2000


def id_hashes(cert: x509.Certificate) -> tuple[dict[str, bytes], dict[str, bytes]]:
    """issuerNameHash / issuerKeyHash per hash algorithm, as in a CertID (RFC 6960 4.1.1)."""
    name_der = cert.subject.public_bytes()
    # Parsed as a plain SEQUENCE { algorithm, BIT STRING }: asn1crypto's PublicKeyInfo refuses
    # algorithms it does not know (ML-DSA), and the key hash does not depend on the algorithm.
    spki = core.Sequence.load(
        cert.public_key().public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )
    key_bits = spki[1].contents[1:]  # BIT STRING without its unused-bits byte
    names: dict[str, bytes] = {}
    key_hashes: dict[str, bytes] = {}
    for label, algorithm in HASHES.items():
        for target, data in ((names, name_der), (key_hashes, key_bits)):
            digest = hashes.Hash(algorithm)
            digest.update(data)
            target[label] = digest.finalize()
    return names, key_hashes


@dataclass
class ResponderKey:
    """What signs a CA's responses: the CA itself, or its delegated responder."""

    ca_id: int
    ca_name: str
    certificate: x509.Certificate  # the CA's
    signer: Signer
    name_hashes: dict[str, bytes]
    key_hashes: dict[str, bytes]
    responder: x509.Certificate | None = None  # the delegated responder's, sent along
    own_certificate_id: int | None = None  # the CA's own certificate row

    @cached_property
    def signer_key_hash(self) -> str:
        """SHA-1 of the signing key (as in ResponderID byKey), stored with each response."""
        return id_hashes(self.responder or self.certificate)[1]["sha1"].hex()

    def build(
        self,
        serial: int,
        algorithm: str,
        revoked_at: dt.datetime | None,
        reason: str | None,
        now: dt.datetime,
        next_update: dt.datetime,
    ) -> ocsp.OCSPResponseBuilder:
        revoked = revoked_at is not None
        builder = ocsp.OCSPResponseBuilder().add_response_by_hash(
            issuer_name_hash=self.name_hashes[algorithm],
            issuer_key_hash=self.key_hashes[algorithm],
            serial_number=serial,
            algorithm=HASHES[algorithm],
            cert_status=ocsp.OCSPCertStatus.REVOKED if revoked else ocsp.OCSPCertStatus.GOOD,
            this_update=now,
            next_update=next_update,
            revocation_time=revoked_at,
            revocation_reason=(
                None
                if not revoked or reason in (None, "unspecified")
                else x509.ReasonFlags[(reason or "").replace("-", "_")]
            ),
        )
        builder = builder.responder_id(
            ocsp.OCSPResponderEncoding.HASH, self.responder or self.certificate
        )
        if self.responder is not None:
            builder = builder.certificates([self.responder])
        return builder


def responder_key(
    ws: Workspace, session: Session, ca: CARecord, *, ready_only: bool = False
) -> ResponderKey | None:
    """The key that signs ``ca``'s responses (its newest valid delegated responder, else the CA
    key). With ``ready_only``, None unless it is usable without asking for a passphrase or
    PIN."""
    now = dt.datetime.now(dt.UTC)
    delegates = [c for c in credentials_valid_at(session, "ocsp", now) if c.ca_id == ca.id]
    certificate = ca_certificate(ca)
    responder: x509.Certificate | None = None
    signer: Signer | None
    if delegates:
        credential = delegates[-1]
        signer = ws.ready_signer(credential.key) if ready_only else ws.signer_for(credential.key)
        responder = x509.load_der_x509_certificate(credential.certificate.der)
    elif ready_only:
        if ca.key is None:
            return None
        signer = ws.ready_signer(ca.key)
    else:
        issuer, signer = issuer_and_signer(ws, ca)
        certificate = issuer.certificate
    if signer is None:
        return None
    names, key_hashes = id_hashes(certificate)
    return ResponderKey(
        ca.id, ca.name, certificate, signer, names, key_hashes, responder, ca.certificate_id
    )


@dataclass(frozen=True)
class PresignResult:
    """How many responses were signed, per CA; CAs skipped (no key here) and why."""

    signed: dict[str, int]
    skipped: dict[str, str]

    @property
    def total(self) -> int:
        return sum(self.signed.values())


def presign(
    ws: Workspace,
    ca_name: str | None = None,
    *,
    now: dt.datetime | None = None,
    serials: Sequence[str] | None = None,
    ready_only: bool = False,
    refresh_within: dt.timedelta = RESPONSE_VALIDITY / 2,
) -> PresignResult:
    """Sign and store every response that is missing or ends within ``refresh_within``.

    ``serials`` limits the work to those certificates; ``ready_only`` skips a CA whose key
    would have to be unlocked by asking someone. A CA whose key is not here is skipped and
    said in the result, never an error: a workspace may hold offline roots. A key that is here
    but cannot be unlocked (no passphrase, a wrong PIN) is an error: a cron job must not
    report success having signed nothing.
    """
    now = (now or dt.datetime.now(dt.UTC)).replace(microsecond=0)
    signed: dict[str, int] = {}
    skipped: dict[str, str] = {}
    with ws.store.reading() as session:
        cas = [ca for ca in active_cas(session) if ca_name is None or ca.name == ca_name]
        keys: list[ResponderKey] = []
        for ca in cas:
            try:
                key = responder_key(ws, session, ca, ready_only=ready_only)
            except (PassphraseError, KeyStoreError):
                raise  # no passphrase, a wrong PIN, an absent token: said, never skipped
            except IDToolkitError as exc:  # e.g. an offline root: no key here to sign with
                skipped[ca.name] = str(exc)
                continue
            if key is None:
                skipped[ca.name] = "its key is not unlocked here"
            else:
                keys.append(key)
    for key in keys:
        if key.certificate.not_valid_after_utc <= now:
            skipped[key.ca_name] = "the CA certificate has expired"
            continue
        signed[key.ca_name] = _presign_ca(ws, key, now, serials, refresh_within)
    return PresignResult(signed, skipped)


def _presign_ca(
    ws: Workspace,
    key: ResponderKey,
    now: dt.datetime,
    serials: Sequence[str] | None,
    refresh_within: dt.timedelta,
) -> int:
    next_update = min(now + RESPONSE_VALIDITY, key.certificate.not_valid_after_utc)
    if key.responder is not None:
        next_update = min(next_update, key.responder.not_valid_after_utc)
    count = 0
    after = 0
    signer = key.signer_key_hash
    while True:
        with ws.store.reading() as session:
            due = certificates_due(
                session,
                key.ca_id,
                PRESIGN_HASHES,
                now + refresh_within,
                now,
                after_id=after,
                limit=BATCH,
                serials=serials,
                skip_id=key.own_certificate_id,
                signer_key_hash=signer,
            )
        if not due:
            break
        rows = [
            _signed_row(key, item, algorithm, now, next_update)
            for item in due
            for algorithm in PRESIGN_HASHES
        ]
        with ws.store.transaction() as session:
            count += store_responses(session, key.ca_id, rows)
        after = due[-1].certificate_id
        if len(due) < BATCH:
            break
    return count


def _signed_row(
    key: ResponderKey,
    item: DueCertificate,
    algorithm: str,
    now: dt.datetime,
    next_update: dt.datetime,
) -> dict[str, object]:
    builder = key.build(
        int(item.serial_hex, 16), algorithm, item.revoked_at, item.reason, now, next_update
    )
    der = key.signer.sign_ocsp(builder).public_bytes(serialization.Encoding.DER)
    return {
        "certificate_id": item.certificate_id,
        "serial_hex": item.serial_hex,
        "hash_algorithm": algorithm,
        "cert_status": "revoked" if item.revoked_at is not None else "good",
        "this_update": now,
        "next_update": next_update,
        "der": der,
        "status_key": None if item.revoked_at is None else (item.revoked_at, item.reason),
        "replaces": item.response_ids.get(algorithm),
        "signer_key_hash": key.signer_key_hash,
    }


def presign_quietly(ws: Workspace, ca_name: str, serials: Sequence[str]) -> int:
    """After an issuance or a status change: sign these certificates' responses now if the key
    is at hand without asking; else leave them to ``serve`` or ``idtoolkit ocsp refresh``
    (their stale responses were forgotten already). Never fails the operation that called."""
    try:
        return presign(ws, ca_name, serials=serials, ready_only=True).total
    except IDToolkitError as exc:
        log.warning("OCSP responses of %s left for the next refresh: %s", ca_name, exc)
        return 0
