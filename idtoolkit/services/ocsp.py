"""An RFC 6960 OCSP responder for every CA of a workspace.

Pre-signed responses in the store (:mod:`idtoolkit.ca.ocsp_presign`) are served first, never
one past its nextUpdate. A responder with the keys signs on the spot what is not stored (and
every nonce); a validation-only one (``serve --validation-only``) holds no key and signs
nothing: see :class:`OCSPResponder`. What follows describes live signing.

Answers are signed by the CA's delegated responder when it has one (an ``ocsp`` service
credential: ``idtoolkit ca service CA --kind ocsp``; RFC 6960 4.2.2.2), its certificate sent along
in the response; otherwise by the CA itself (RFC 6960 2.6 allows it), wherever its key lives.
Responses without a nonce are signed once per certificate status and kept until the store
changes (a revocation, a release, a new certificate) or until they are half-way to their
nextUpdate; a request with a nonce is signed on the spot, since its answer must echo it.

Every time the cache is dropped, :attr:`OCSPResponder.epoch` grows by one. An answer computed
under an older epoch is never cached (its status may predate the change), and a front end that
keeps its own copies of cached answers (the HTTP server keys them by request bytes) drops them
when the epoch moves: see :meth:`OCSPResponder.answer`.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
from dataclasses import dataclass
from typing import NamedTuple

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.x509 import ocsp

from idtoolkit.ca.info import ca_certificate
from idtoolkit.ca.issuers import issuer_and_signer
from idtoolkit.ca.ocsp_presign import id_hashes
from idtoolkit.ca.revocation import REASONS
from idtoolkit.ca.serials import serial_to_hex
from idtoolkit.ca.service_credentials import delegated_responders
from idtoolkit.errors import IDToolkitError
from idtoolkit.keys.signer import Signer
from idtoolkit.services.ocsp_multi import Status, parse_several, sign_several
from idtoolkit.states import CAStatus
from idtoolkit.store.cas import active_cas, ca_marks, ca_named
from idtoolkit.store.certificates import certificate_id_of, latest_certificate_id
from idtoolkit.store.ocsp_responses import response_generation, stored_response
from idtoolkit.store.revocations import revocation_counts, revoked_at_and_reason
from idtoolkit.store.service_credentials import count_service_credentials
from idtoolkit.workspace import Workspace

log = logging.getLogger("idtoolkit.serve")

RESPONSE_VALIDITY = dt.timedelta(hours=24)
#: Signed answers kept at most (oldest dropped first): requests for arbitrary serials must not
#: grow the cache without bound.
MAX_CACHED = 50_000
#: A request for a CA this responder does not know makes it look at the store again at once
#: (a CA made a moment ago, before the next periodic refresh), at most this often: requests
#: for unknown issuers must not turn into a store read each.
MISS_REFRESH_SECONDS = 0.2
_HASHES: dict[str, hashes.HashAlgorithm] = {
    "sha1": hashes.SHA1(),
    "sha256": hashes.SHA256(),
    "sha384": hashes.SHA384(),
    "sha512": hashes.SHA512(),
}


def unsuccessful(status: ocsp.OCSPResponseStatus) -> bytes:
    return ocsp.OCSPResponseBuilder.build_unsuccessful(status).public_bytes(
        serialization.Encoding.DER
    )


class Answer(NamedTuple):
    """An OCSP response and whether the same request bytes may get it again without asking."""

    der: bytes
    #: POSIX time until which this answer may be reused for the same nonce-less request;
    #: ``None``: do not reuse (signed for a nonce, or an error response).
    reusable_until: float | None
    #: :attr:`OCSPResponder.epoch` when the answer was looked up or signed.
    epoch: int


_MALFORMED = unsuccessful(ocsp.OCSPResponseStatus.MALFORMED_REQUEST)
_UNAUTHORIZED = unsuccessful(ocsp.OCSPResponseStatus.UNAUTHORIZED)
_TRY_LATER = unsuccessful(ocsp.OCSPResponseStatus.TRY_LATER)


@dataclass
class _Issuer:
    ca_id: int
    name: str
    certificate: x509.Certificate
    signer: Signer | None  # None: validation only, no key here
    name_hashes: dict[str, bytes]
    key_hashes: dict[str, bytes]
    #: The delegated responder's certificate, when answers are not signed by the CA itself.
    responder: x509.Certificate | None = None


def _id_hashes(cert: x509.Certificate) -> tuple[dict[str, bytes], dict[str, bytes]]:
    return id_hashes(cert)


class OCSPResponder:
    """Thread-safe: the HTTP server calls :meth:`respond` from its worker threads.

    Answers come from the pre-signed responses in the store first. ``live_signing`` (the
    default) signs on the spot what is not stored, and answers a nonce with a fresh signature
    echoing it; with ``validation_only`` no key is loaded at all: a nonce gets the pre-signed
    answer without it (RFC 5019/9919), a certificate with no current stored response gets
    ``tryLater`` (logged), and a serial the store does not know gets ``unauthorized``.
    """

    def __init__(self, ws: Workspace, *, validation_only: bool = False):
        self.ws = ws
        self.validation_only = validation_only
        self.live_signing = not validation_only
        self._lock = threading.Lock()
        self._issuers: dict[str, _Issuer] = {}
        self._cache: dict[tuple[int, int, str], tuple[dt.datetime, bytes]] = {}
        self._generation: tuple[int, ...] | None = None
        #: Grows by one each time the cached answers are dropped (read it without the lock).
        self.epoch = 0
        self._refreshed_at = time.monotonic()
        #: the last load of the signers failed: the next refresh tries again, store changed or not
        self._signers_stale = False
        # The generation first, then the signers, as refresh() does: a CA made in between is
        # then newer than the generation recorded, and the next look loads it (the other way
        # round it was recorded as seen and never served: 'unauthorized' until a restart).
        self._generation = self._store_generation()
        self._issuers = self._load_issuers()

    def _load_issuers(self) -> dict[str, _Issuer]:
        issuers: dict[str, _Issuer] = {}
        with self.ws.store.reading() as session:
            cas = active_cas(session)
            delegates = {} if self.validation_only else delegated_responders(self.ws, session)
            for ca in cas:
                if self.validation_only:
                    names, key_hashes = _id_hashes(ca_certificate(ca))
                    issuers[ca.name] = _Issuer(
                        ca.id, ca.name, ca_certificate(ca), None, names, key_hashes
                    )
                    continue
                delegate = delegates.get(ca.id)
                if delegate is not None:  # the CA key is not needed, nor unlocked
                    certificate, signer = ca_certificate(ca), delegate.signer
                else:
                    issuer, signer = issuer_and_signer(self.ws, ca)
                    certificate = issuer.certificate
                names, key_hashes = _id_hashes(certificate)
                issuers[ca.name] = _Issuer(
                    ca.id,
                    ca.name,
                    certificate,
                    signer,
                    names,
                    key_hashes,
                    delegate.certificate if delegate is not None else None,
                )
        return issuers

    @property
    def ca_names(self) -> list[str]:
        return sorted(self._issuers)

    @property
    def uses_tokens(self) -> bool:
        """Whether any CA key lives on a PKCS#11 token (its sessions must not cross a fork)."""
        return any(
            issuer.signer is not None and issuer.signer.backend_name != "software"
            for issuer in self._issuers.values()
        )

    def _store_has_ca(self, name: str) -> bool:
        with self.ws.store.reading() as session:
            ca = ca_named(session, name)
            return ca is not None and ca.status == CAStatus.ACTIVE

    def _store_generation(self) -> tuple[int, ...]:
        """Counters that move when answers may change; the last two when the signers may."""
        with self.ws.store.reading() as session:
            revocations, released = revocation_counts(session)
            latest = latest_certificate_id(session)
            cas = hash(ca_marks(session))
            services = count_service_credentials(session)
            stored, top = response_generation(session)
        return revocations, released, latest, cas, services, stored, top

    def _responder_expired(self, now: dt.datetime) -> bool:
        return any(
            i.responder is not None and i.responder.not_valid_after_utc <= now
            for i in self._issuers.values()
        )

    def refresh(self) -> None:
        """Drop cached answers when the store changed (called before answering, cheaply), and
        pick up new CAs and delegated responders, or drop an expired responder, on the way."""
        self._refreshed_at = time.monotonic()
        generation = self._store_generation()
        signers_changed = (
            self._generation is None
            or self._signers_stale
            or generation[:2] != self._generation[:2]  # a responder may have been revoked
            or generation[3:5] != self._generation[3:5]
            or self._responder_expired(dt.datetime.now(dt.UTC))
        )
        issuers = None
        if signers_changed:
            try:
                issuers = self._load_issuers()
                self._signers_stale = False
            except IDToolkitError as exc:  # e.g. a new CA whose token is absent: keep serving
                # and try again at the next refresh (the store may be mid-change, a token
                # may be plugged in): the generation below is recorded all the same.
                (log.debug if self._signers_stale else log.warning)(
                    "keeping the current OCSP signers: %s", exc
                )
                self._signers_stale = True
        with self._lock:
            if generation != self._generation or issuers is not None:
                if issuers is not None:
                    self._issuers = issuers
                self._cache = {}
                self._generation = generation
                self.epoch += 1

    def respond(self, request_der: bytes, ca_name: str | None = None) -> bytes:
        return self.answer(request_der, ca_name).der

    def answer(self, request_der: bytes, ca_name: str | None = None) -> Answer:
        """:meth:`respond`, saying whether the answer may be reused for the same bytes.

        A reusable answer stays right until :attr:`epoch` moves or ``reusable_until`` passes.
        """
        with self._lock:
            epoch = self.epoch  # before the store is read: see _sign
        try:
            request = ocsp.load_der_ocsp_request(request_der)
            algorithm_name = request.hash_algorithm.name
            name_hash, key_hash, serial = (
                request.issuer_name_hash,
                request.issuer_key_hash,
                request.serial_number,
            )
        except (ValueError, TypeError):
            return Answer(_MALFORMED, None, epoch)
        except Exception:  # several certificates (cryptography reads one), or e.g. an
            # unsupported hash algorithm in the CertID
            return self._answer_several(request_der, ca_name, epoch)
        if serial < 0:  # RFC 5280 4.1.2.2: serial numbers are positive; no CA issued this one
            return Answer(_MALFORMED, None, epoch)
        try:
            nonce = request.extensions.get_extension_for_class(x509.OCSPNonce).value.nonce
        except x509.ExtensionNotFound:
            nonce = None
        except Exception:  # a damaged extension, decoded only now
            return Answer(_MALFORMED, None, epoch)
        issuer = self._find_issuer(algorithm_name, name_hash, key_hash, ca_name)
        # A CA the request names that the store has but these signers lack is loaded at once,
        # whatever the counters say and however recent the last look (they are shortcuts,
        # never a reason to refuse a CA of the store); any other miss looks again at most
        # every MISS_REFRESH_SECONDS (a CA made since the last look is known on its first
        # request, and requests for unknown issuers cannot make it reload on each).
        named = (
            issuer is None
            and bool(ca_name)
            and ca_name not in self._issuers
            and self._store_has_ca(str(ca_name))
        )
        if named or (
            issuer is None and time.monotonic() - self._refreshed_at >= MISS_REFRESH_SECONDS
        ):
            if named:
                self._signers_stale = True
            self.refresh()
            with self._lock:
                epoch = self.epoch
            issuer = self._find_issuer(algorithm_name, name_hash, key_hash, ca_name)
        if issuer is None:
            return Answer(_UNAUTHORIZED, None, epoch)
        now = dt.datetime.now(dt.UTC).replace(microsecond=0)
        if nonce is None or not self.live_signing:
            stored = self._stored(issuer, serial, algorithm_name, epoch)
            if stored is not None:
                # A nonce's answer is the pre-signed one (RFC 5019 2.2.2): never kept by
                # request bytes, which differ at every nonce.
                return stored if nonce is None else Answer(stored.der, None, stored.epoch)
            if not self.live_signing:
                return Answer(self._no_stored_answer(issuer, serial), None, epoch)
        key = (issuer.ca_id, serial, algorithm_name)
        if nonce is None:
            with self._lock:
                cached = self._cache.get(key)
                epoch = self.epoch
            if cached is not None and now < cached[0]:
                return Answer(cached[1], cached[0].timestamp(), epoch)
        der = self._sign(issuer, serial, _HASHES[algorithm_name], now, nonce)
        if nonce is None:
            until = now + RESPONSE_VALIDITY / 2
            with self._lock:
                # Signed from what the store said after `epoch` was read: if the cache was
                # dropped since, the store changed meanwhile and this status may be stale.
                if epoch == self.epoch:
                    if len(self._cache) >= MAX_CACHED:
                        del self._cache[next(iter(self._cache))]
                    self._cache[key] = (until, der)
                    return Answer(der, until.timestamp(), epoch)
        return Answer(der, None, epoch)

    def _stored(self, issuer: _Issuer, serial: int, algorithm: str, epoch: int) -> Answer | None:
        """The pre-signed answer, if the store has one still before its nextUpdate; one past
        it is never served (logged: the pre-signer is not keeping up, or not running)."""
        with self.ws.store.reading() as session:
            found = stored_response(session, issuer.ca_id, serial_to_hex(serial), algorithm)
        if found is None:
            return None
        if found.next_update <= dt.datetime.now(dt.UTC):
            log.warning(
                "the stored OCSP response for serial %s of %s expired at %s UTC: not served"
                " (is 'idtoolkit ocsp refresh' or 'serve' with the CA key running?)",
                serial_to_hex(serial),
                issuer.name,
                f"{found.next_update:%Y-%m-%d %H:%M:%S}",
            )
            return None
        return Answer(found.der, found.next_update.timestamp(), epoch)

    def _no_stored_answer(self, issuer: _Issuer, serial: int) -> bytes:
        """Validation only, nothing current stored: ``unauthorized`` for a serial the store does
        not know (RFC 5019 2.2.3), ``tryLater`` for one whose response is missing or expired."""
        with self.ws.store.reading() as session:
            known = certificate_id_of(session, issuer.ca_id, serial_to_hex(serial)) is not None
        if not known:
            return _UNAUTHORIZED
        log.warning(
            "no current pre-signed OCSP response for serial %s of %s: answered tryLater"
            " (this responder signs nothing)",
            serial_to_hex(serial),
            issuer.name,
        )
        return _TRY_LATER

    def _answer_several(self, request_der: bytes, ca_name: str | None, epoch: int) -> Answer:
        """One response answering each certificate of a request naming several (RFC 6960
        4.1.1). Signed on the spot and not kept: the single requests relying parties repeat
        keep the cache to themselves."""
        several = parse_several(request_der)
        if several is None or any(cert_id.serial < 0 for cert_id in several.cert_ids):
            return Answer(_MALFORMED, None, epoch)
        found = [
            self._find_issuer(c.algorithm, c.name_hash, c.key_hash, ca_name)
            for c in several.cert_ids
        ]
        issuers = {issuer.ca_id: issuer for issuer in found if issuer is not None}
        if None in found or len(issuers) != 1:
            # One response has one signer: it cannot speak for an issuer this responder does
            # not serve, nor for two CAs at once.
            return Answer(_UNAUTHORIZED, None, epoch)
        issuer = next(iter(issuers.values()))
        if issuer.signer is None:
            log.warning(
                "an OCSP request listing %d certificates needs a signature: refused"
                " (validation only, no key here)",
                len(several.cert_ids),
            )
            return Answer(_UNAUTHORIZED, None, epoch)
        now = dt.datetime.now(dt.UTC).replace(microsecond=0)
        answers = [
            (cert_id, Status(*self._status(issuer, cert_id.serial))) for cert_id in several.cert_ids
        ]
        der = sign_several(
            issuer.signer,
            issuer.responder or issuer.certificate,
            issuer.responder is not None,
            answers,
            now,
            now + RESPONSE_VALIDITY,
            several.nonce,
        )
        return Answer(der, None, epoch)

    def _find_issuer(
        self, algorithm: str, name_hash: bytes, key_hash: bytes, ca_name: str | None
    ) -> _Issuer | None:
        if algorithm not in _HASHES:
            return None
        candidates = (
            [self._issuers[ca_name]]
            if ca_name in self._issuers
            else ([] if ca_name else list(self._issuers.values()))
        )
        for issuer in candidates:
            if (
                issuer.name_hashes[algorithm] == name_hash
                and issuer.key_hashes[algorithm] == key_hash
            ):
                return issuer
        return None

    def _status(
        self, issuer: _Issuer, serial: int
    ) -> tuple[ocsp.OCSPCertStatus, dt.datetime | None, x509.ReasonFlags | None]:
        serial_hex = serial_to_hex(serial)
        with self.ws.store.reading() as session:
            cert_id = certificate_id_of(session, issuer.ca_id, serial_hex)
            if cert_id is None:
                return ocsp.OCSPCertStatus.UNKNOWN, None, None
            revocation = revoked_at_and_reason(session, cert_id)
        if revocation is None:
            return ocsp.OCSPCertStatus.GOOD, None, None
        revoked_at, reason_name = revocation
        reason = None if reason_name == "unspecified" else REASONS[reason_name]
        return ocsp.OCSPCertStatus.REVOKED, revoked_at, reason

    def _sign(
        self,
        issuer: _Issuer,
        serial: int,
        algorithm: hashes.HashAlgorithm,
        now: dt.datetime,
        nonce: bytes | None,
    ) -> bytes:
        status, revoked_at, reason = self._status(issuer, serial)
        assert issuer.signer is not None  # only live-signing responders come here
        builder = (
            ocsp.OCSPResponseBuilder()
            .add_response_by_hash(
                issuer_name_hash=issuer.name_hashes[algorithm.name],
                issuer_key_hash=issuer.key_hashes[algorithm.name],
                serial_number=serial,
                algorithm=algorithm,
                cert_status=status,
                this_update=now,
                next_update=now + RESPONSE_VALIDITY,
                revocation_time=revoked_at,
                revocation_reason=reason,
            )
            .responder_id(ocsp.OCSPResponderEncoding.HASH, issuer.responder or issuer.certificate)
        )
        if issuer.responder is not None:
            builder = builder.certificates([issuer.responder])
        if nonce is not None:
            builder = builder.add_extension(x509.OCSPNonce(nonce), critical=False)
        return issuer.signer.sign_ocsp(builder).public_bytes(serialization.Encoding.DER)
