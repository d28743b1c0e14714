"""The PKI services as a function: request → response, with no socket in sight.

:class:`Handler` knows the URLs (OCSP by POST and GET, CRLs, CA certificates, the TSA) and what
each answers, including the HTTP caching headers of RFC 5019 section 6 on GET answers, so a
national load can be carried by ordinary HTTP caches in front of one responder. The fast
server (:mod:`idtoolkit.services.http`) only moves bytes: it parses, asks :meth:`Handler.route`
and writes the :class:`Response` back. Tests call the handler directly.

Thread rule: :meth:`Handler.route` never blocks (no store read, no signature) and may run on
an event loop; the callables it returns for real work block and belong in a thread pool.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
import logging
import time
import urllib.parse
from collections.abc import Callable

from cryptography.hazmat.primitives import serialization
from cryptography.x509 import ocsp

from idtoolkit.ca.authorities import show_ca
from idtoolkit.errors import IDToolkitError
from idtoolkit.services import crl_publisher
from idtoolkit.services.acme.handlers import AcmeHandler
from idtoolkit.services.http_responses import Header, Response
from idtoolkit.services.httpparse import Request, ocsp_target
from idtoolkit.services.ocsp import Answer, OCSPResponder, unsuccessful
from idtoolkit.services.tsa import TimeStampAuthority
from idtoolkit.services.tsa import rejection as tsa_rejection
from idtoolkit.workspace import Workspace

log = logging.getLogger("idtoolkit.serve")

OCSP_RESPONSE = b"application/ocsp-response"
TIMESTAMP_REPLY = b"application/timestamp-reply"
TEXT = b"text/plain"
INTERNAL_ERROR = unsuccessful(ocsp.OCSPResponseStatus.INTERNAL_ERROR)
MALFORMED = unsuccessful(ocsp.OCSPResponseStatus.MALFORMED_REQUEST)
#: How long a cache may keep a CA certificate: it changes only when the CA is re-keyed.
CA_CERT_MAX_AGE = 24 * 3600

#: Either the response at once, or the blocking work that produces it.
Route = Response | Callable[[], Response]


def _utc(when: dt.datetime) -> dt.datetime:
    """Store columns come back naive on SQLite; every time here is UTC."""
    return when if when.tzinfo is not None else when.replace(tzinfo=dt.UTC)


def http_date(when: dt.datetime | float) -> bytes:
    stamp = _utc(when).timestamp() if isinstance(when, dt.datetime) else when
    return email.utils.formatdate(stamp, usegmt=True).encode()


def max_age(fresh_until: float, now: float | None = None, cap: int | None = None) -> Header:
    """RFC 5019 6.2: the seconds left until nextUpdate, never negative.

    With ``cap`` (``serve --max-age``), caches keep an answer at most that long, so a
    revocation reaches them within it, and may serve it stale while the responders are down
    until its nextUpdate and no longer (``stale-if-error``, RFC 5861; nginx honours it)."""
    seconds = max(0, int(fresh_until - (time.time() if now is None else now)))
    if cap is None:
        return (
            b"Cache-Control",
            f"max-age={seconds}, public, no-transform, must-revalidate".encode(),
        )
    fresh = min(cap, seconds)
    return (
        b"Cache-Control",
        f"max-age={fresh}, public, no-transform, stale-if-error={seconds - fresh}".encode(),
    )


def validators(
    body: bytes, last_modified: dt.datetime, expires: dt.datetime | None
) -> tuple[Header, ...]:
    """Last-Modified, Expires and a strong ETag (the body's digest): a cache can revalidate
    and tell one signed answer from the next."""
    headers = [
        (b"Last-Modified", http_date(last_modified)),
        (b"ETag", b'"' + hashlib.sha256(body).hexdigest()[:32].encode() + b'"'),
    ]
    if expires is not None:
        headers.append((b"Expires", http_date(expires)))
    return tuple(headers)


def ocsp_caching(der: bytes) -> tuple[tuple[Header, ...], float | None]:
    """The caching headers of a successful OCSP response (thisUpdate, nextUpdate), and the
    time it stops being fresh; none for an error response, which no cache should keep."""
    try:
        response = ocsp.load_der_ocsp_response(der)
        if response.response_status != ocsp.OCSPResponseStatus.SUCCESSFUL:
            return (), None
        this_update = response.this_update_utc
        next_update = response.next_update_utc
    except ValueError:
        return (), None
    fresh_until = _utc(next_update).timestamp() if next_update is not None else None
    return validators(der, this_update, next_update), fresh_until


class Handler:
    """Routes requests to the OCSP responder, the store and the TSA."""

    def __init__(
        self,
        ws: Workspace,
        responder: OCSPResponder,
        tsa: Callable[[], TimeStampAuthority | None] = lambda: None,
        *,
        may_sign: bool = True,
        max_age_cap: int | None = None,
        scheme: str = "http",
    ) -> None:
        self.ws = ws
        #: ``serve --max-age``: the longest a cache keeps an OCSP answer or CRL fresh.
        self.max_age_cap = max_age_cap
        #: False for a validation-only server: an expired CRL is not re-signed here.
        self.may_sign = may_sign
        self.responder = responder
        #: The current TSA: the server loads a TSA credential made while it serves.
        self.tsa = tsa
        self.acme = AcmeHandler(ws)
        #: "https" on the TLS listener: ACME URLs name the scheme the client used.
        self.scheme = scheme

    def handle(self, request: Request) -> Response:
        """The whole answer, blocking if it must: for tests and simple transports."""
        route = self.route(request)
        return route if isinstance(route, Response) else route()

    def route(self, request: Request) -> Route:
        method = request.method
        target = ocsp_target(request)
        if target is not None:
            ca, body = target
            get = method in (b"GET", b"HEAD")
            return lambda: self.ocsp(ca, body, get)
        path = request.target.split(b"?", 1)[0]
        if path.startswith(b"/acme/") and self.may_sign:  # ACME issues: never key-less
            return lambda: self.acme_answer(request)
        if method == b"POST" and path.rstrip(b"/") == b"/tsa" and self.tsa() is not None:
            if _content_type(request) != b"application/timestamp-query":
                return Response(415, b"send application/timestamp-query\n", TEXT)
            body = request.body
            return lambda: self.timestamp(body)
        if method == b"POST":
            parts = path.strip(b"/").split(b"/")
            if len(parts) != 2 or parts[0] != b"ocsp":
                return Response(404, b"not found\n", TEXT)
            return Response(200, MALFORMED, OCSP_RESPONSE)  # not application/ocsp-request
        if method not in (b"GET", b"HEAD"):
            return Response(405, b"method not allowed\n", TEXT, ((b"Allow", b"GET, HEAD, POST"),))
        parts = urllib.parse.unquote_to_bytes(path).strip(b"/").split(b"/", 2)
        kind = parts[0]
        if kind == b"ocsp" and len(parts) >= 2:  # GET /ocsp/NAME without a request
            return Response(200, MALFORMED, OCSP_RESPONSE)
        if kind in (b"crl", b"ca") and len(parts) >= 2:
            name = parts[1].decode("utf-8", "replace")
            return lambda: self.fetch(kind, name)
        return Response(404, b"not found\n", TEXT)

    # --- blocking work ----------------------------------------------------------------------
    def acme_answer(self, request: Request) -> Response:
        return self.acme.handle(request, self.scheme)

    def ocsp_answer(self, body: bytes, ca: bytes) -> Answer:
        try:
            return self.responder.answer(body, ca.decode("utf-8", "replace"))
        except Exception:  # an answer, never a dropped connection
            log.exception("OCSP request failed")
            return Answer(INTERNAL_ERROR, None, -1)

    def ocsp(self, ca: bytes, body: bytes, get: bool) -> Response:
        answer = self.ocsp_answer(body, ca)
        if not get:
            return Response(200, answer.der, OCSP_RESPONSE, answer=answer)
        headers, fresh_until = ocsp_caching(answer.der)
        if fresh_until is not None:
            headers = (*headers, max_age(fresh_until, cap=self.max_age_cap))
        return Response(200, answer.der, OCSP_RESPONSE, headers, answer, fresh_until)

    def timestamp(self, body: bytes) -> Response:
        tsa = self.tsa()
        assert tsa is not None
        try:
            return Response(200, tsa.respond(body), TIMESTAMP_REPLY)
        except Exception:  # an answer, never a dropped connection
            log.exception("time-stamp request failed")
            return Response(200, tsa_rejection("system_failure", "internal error"), TIMESTAMP_REPLY)

    def fetch(self, kind: bytes, name: str) -> Response:
        try:
            if kind == b"crl":
                name = name.removesuffix(".crl")
                delta = name.endswith("-delta")
                info = crl_publisher.current_crl(
                    self.ws, name.removesuffix("-delta"), delta, may_sign=self.may_sign
                )
                if info is None:
                    return Response(404, b"no current CRL for this name\n", TEXT)
                fresh_until = _utc(info.next_update).timestamp()
                headers = (
                    *validators(info.der, info.this_update, info.next_update),
                    max_age(fresh_until, cap=self.max_age_cap),
                )
                return Response(200, info.der, b"application/pkix-crl", headers, None, fresh_until)
            ca_name = crl_publisher.ca_for_url_name(self.ws, name.removesuffix(".crt"), "ca")
            if ca_name is None:
                return Response(404, b"no such CA\n", TEXT)
            _info, cert = show_ca(self.ws, ca_name)
            if cert is None:
                return Response(404, b"no certificate\n", TEXT)
            der = cert.public_bytes(serialization.Encoding.DER)
            fresh_until = time.time() + CA_CERT_MAX_AGE
            headers = (
                *validators(der, cert.not_valid_before_utc, None),
                (b"Expires", http_date(fresh_until)),
                (b"Cache-Control", f"max-age={CA_CERT_MAX_AGE}, public, no-transform".encode()),
            )
            return Response(200, der, b"application/pkix-cert", headers)
        except IDToolkitError as exc:
            return Response(404, f"{exc}\n".encode(), TEXT)
        except Exception:
            log.exception("serving /%s/%s failed", kind.decode(), name)
            return Response(500, b"internal error\n", TEXT)


def _content_type(request: Request) -> bytes:
    value = request.headers.get(b"content-type", b"")
    return value.split(b";", 1)[0].strip().lower()
