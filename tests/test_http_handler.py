"""The services' request → response handler, called directly (no socket), and the strict HTTP
parser under random input: every answer a client or an HTTP cache relies on, including the
RFC 5019 caching headers that let caches in front of one responder carry a national load."""

from __future__ import annotations

import base64
import datetime as dt
import email.utils
import random
import urllib.parse
import urllib.request
from collections.abc import Iterator

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.x509 import ocsp

from idtoolkit import api
from idtoolkit.services.handler import Handler
from idtoolkit.services.http import PKIServer
from idtoolkit.services.http_responses import Response
from idtoolkit.services.httpparse import HTTPError, Request, parse_head
from idtoolkit.services.ocsp import OCSPResponder

from .conftest import TwoTier


@pytest.fixture
def handler(sqlite_pki: TwoTier) -> Handler:
    return Handler(sqlite_pki.ws, OCSPResponder(sqlite_pki.ws))


def _get(target: str, method: bytes = b"GET") -> Request:
    return Request(method, target.encode(), {b"host": b"pki"}, True)


def _ocsp_path(pki: TwoTier) -> tuple[str, bytes]:
    leaf = api.issue_with_new_key(pki.ws, "issuing", "tls-client", "CN=h,O=Lab,C=SN", "ec-p256")
    issuer = api.ca_chain(pki.ws, "issuing")[0]
    der = (
        ocsp.OCSPRequestBuilder()
        .add_certificate(leaf.certificate, issuer, hashes.SHA256())
        .build()
        .public_bytes(serialization.Encoding.DER)
    )
    return "/ocsp/issuing/" + urllib.parse.quote(base64.b64encode(der).decode(), safe=""), der


def _headers(response: Response) -> dict[str, str]:
    return {name.decode(): value.decode() for name, value in response.headers}


def _when(value: str) -> dt.datetime:
    return email.utils.parsedate_to_datetime(value)


def _max_age(headers: dict[str, str]) -> int:
    first = headers["Cache-Control"].split(",")[0]
    assert first.startswith("max-age=")
    return int(first.removeprefix("max-age="))


def test_an_ocsp_get_answer_carries_rfc_5019_caching_headers(
    sqlite_pki: TwoTier, handler: Handler
) -> None:
    path, _ = _ocsp_path(sqlite_pki)
    response = handler.handle(_get(path))
    answer = ocsp.load_der_ocsp_response(response.body)
    assert response.status == 200 and answer.certificate_status == ocsp.OCSPCertStatus.GOOD
    headers = _headers(response)
    assert answer.next_update_utc is not None
    assert _when(headers["Last-Modified"]) == answer.this_update_utc.replace(microsecond=0)
    assert _when(headers["Expires"]) == answer.next_update_utc.replace(microsecond=0)
    left = (answer.next_update_utc - dt.datetime.now(dt.UTC)).total_seconds()
    assert left - 5 <= _max_age(headers) <= left
    assert "public" in headers["Cache-Control"] and "no-transform" in headers["Cache-Control"]
    assert headers["ETag"].startswith('"') and len(headers["ETag"]) > 10


def test_an_ocsp_post_answer_is_not_for_caches(sqlite_pki: TwoTier, handler: Handler) -> None:
    _, der = _ocsp_path(sqlite_pki)
    request = Request(
        b"POST",
        b"/ocsp/issuing",
        {b"host": b"pki", b"content-type": b"application/ocsp-request"},
        True,
    )
    request.body = der
    response = handler.handle(request)
    assert response.status == 200 and response.headers == ()
    assert ocsp.load_der_ocsp_response(response.body).certificate_status == (
        ocsp.OCSPCertStatus.GOOD
    )


def test_a_crl_is_cacheable_until_its_next_update(sqlite_pki: TwoTier, handler: Handler) -> None:
    assert handler.handle(_get("/crl/nobody.crl")).status == 404
    crl = api.make_crl(sqlite_pki.ws, "issuing")
    response = handler.handle(_get("/crl/issuing.crl"))
    assert response.status == 200 and response.body == crl.der
    headers = _headers(response)
    parsed = x509.load_der_x509_crl(response.body)
    assert _when(headers["Last-Modified"]) == parsed.last_update_utc
    assert parsed.next_update_utc is not None
    assert _when(headers["Expires"]) == parsed.next_update_utc
    assert (
        0 < _max_age(headers) <= (parsed.next_update_utc - parsed.last_update_utc).total_seconds()
    )
    again = handler.handle(_get("/crl/issuing.crl"))
    assert _headers(again)["ETag"] == headers["ETag"]  # the same CRL: the same validator
    api.make_crl(sqlite_pki.ws, "issuing")
    assert _headers(handler.handle(_get("/crl/issuing.crl")))["ETag"] != headers["ETag"]


def test_a_ca_certificate_is_cacheable(sqlite_pki: TwoTier, handler: Handler) -> None:
    response = handler.handle(_get("/ca/issuing.crt"))
    assert response.status == 200 and response.content_type == b"application/pkix-cert"
    headers = _headers(response)
    assert {"Last-Modified", "Expires", "ETag", "Cache-Control"} <= headers.keys()
    assert _max_age(headers) > 3600


def test_what_needs_no_store_is_answered_at_once(handler: Handler) -> None:
    """route() never blocks for these: the fast server answers them on its event loop."""
    for request, status in [
        (_get("/nothing/here"), 404),
        (_get("/ocsp/issuing"), 200),  # an OCSP malformedRequest answer
        (Request(b"PUT", b"/crl/issuing.crl", {b"host": b"pki"}, True), 405),
        (Request(b"POST", b"/elsewhere", {b"host": b"pki"}, True), 404),
    ]:
        route = handler.route(request)
        assert isinstance(route, Response) and route.status == status
    allow = handler.handle(Request(b"DELETE", b"/", {b"host": b"pki"}, True))
    assert _headers(allow)["Allow"] == "GET, HEAD, POST"
    assert not isinstance(handler.route(_get("/crl/issuing.crl")), Response)  # a store read


def test_an_acme_answer_reaches_the_server_as_the_acme_server_made_it(handler: Handler) -> None:
    """One Response type for the whole server: the ACME server's answer (its problem document,
    nonce and index link) is what the transport writes, not a copy into another type."""
    answer = handler.handle(_get("/acme/nosuch/directory"))
    assert type(answer) is Response
    assert answer.status == 404 and answer.content_type == b"application/problem+json"
    headers = _headers(answer)
    assert headers["Replay-Nonce"] and headers["Cache-Control"] == "no-store"
    assert headers["Link"] == '<http://pki/acme/nosuch/directory>;rel="index"'


def test_the_server_sends_the_caching_headers_on_fast_answers_too(sqlite_pki: TwoTier) -> None:
    path, _ = _ocsp_path(sqlite_pki)
    server = PKIServer(sqlite_pki.ws, "127.0.0.1", 0)
    server.start_in_thread()
    try:
        seen = []
        for _ in range(3):  # the first from the pool, the next from the fast path
            with urllib.request.urlopen(server.base + path, timeout=10) as response:
                seen.append((response.headers["ETag"], response.headers["Expires"]))
                assert response.headers["Cache-Control"].startswith("max-age=")
        assert len(set(seen)) == 1
    finally:
        server.stop()


# --- the parser, fuzzed ------------------------------------------------------------------------

_SEEDS = [
    b"GET /crl/issuing.crl HTTP/1.1\r\nHost: pki",
    b"POST /ocsp/issuing HTTP/1.1\r\nHost: pki\r\nContent-Type: application/ocsp-request\r\n"
    b"Content-Length: 83",
    b"GET http://pki.example/ocsp/issuing/MEMwQTA%2FMD0wOzAJBgUrDgMCGgUA HTTP/1.0\r\n"
    b"Connection: keep-alive",
    b"HEAD /ca/issuing.crt HTTP/1.1\r\nHost: pki\r\nConnection: close\r\nX-A: 1\r\nX-A: 2",
]
_PIECES = [
    b"\r\n",
    b":",
    b" ",
    b"\t",
    b"\x00",
    b"\n",
    b"HTTP/1.1",
    b"Content-Length: ",
    b"9" * 20,
    b"Transfer-Encoding: chunked",
    b"Host: x",
    b"\xff",
    b"/",
    b"?",
    b"%",
    b"Expect: 100-continue",
]


def _mutations(count: int, seed: int) -> Iterator[bytes]:
    rng = random.Random(seed)
    for _ in range(count):
        data = bytearray(rng.choice(_SEEDS))
        for _ in range(rng.randint(1, 6)):
            op = rng.randrange(4)
            at = rng.randint(0, len(data))
            if op == 0 and data:
                del data[min(at, len(data) - 1)]
            elif op == 1:
                data[at:at] = rng.choice(_PIECES)
            elif op == 2 and data:
                data[min(at, len(data) - 1)] = rng.randrange(256)
            else:
                data[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 8)))
        yield bytes(data)


def test_the_parser_takes_any_bytes_without_crashing(handler: Handler) -> None:
    """A request head either parses or is refused with an HTTP status: never another
    exception, and what parses is routed without one either."""
    parsed = 0
    for data in _mutations(4000, seed=14):
        try:
            request, length = parse_head(data)
        except HTTPError as exc:
            assert 400 <= exc.status < 600 and exc.message
            continue
        parsed += 1
        assert length >= 0 and request.target.startswith(b"/")
        route = handler.route(request)
        assert isinstance(route, Response) or callable(route)
    assert 0 < parsed < 4000  # the mutations reach both sides
