"""A small, strict HTTP/1.0 and 1.1 request parser for :mod:`idtoolkit.services.http`.

Strict on purpose: anything ambiguous (duplicate Content-Length, obs-fold, transfer codings,
bare LF) is refused with the status RFC 9112 suggests, so no request can be read two ways.
"""

from __future__ import annotations

import base64
import binascii
import re
import urllib.parse

MAX_HEADERS = 100

_TOKEN = re.compile(rb"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_BAD_VALUE = re.compile(rb"[\x00-\x08\x0a-\x1f\x7f]")
_TARGET = re.compile(rb"[\x21-\x7e]+")
_VERSION = re.compile(rb"HTTP/[0-9]\.[0-9]")
_ABSOLUTE = re.compile(rb"https?://[^/?#]*", re.IGNORECASE)


class HTTPError(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


class Request:
    __slots__ = ("body", "headers", "keep_alive", "method", "target")

    def __init__(self, method: bytes, target: bytes, headers: dict[bytes, bytes], keep_alive: bool):
        self.method = method
        self.target = target
        self.headers = headers
        self.keep_alive = keep_alive
        self.body = b""


def parse_head(head: bytes) -> tuple[Request, int]:
    """The request line and headers (without the final CRLF CRLF); raises :class:`HTTPError`."""
    lines = head.split(b"\r\n")
    if len(lines) > MAX_HEADERS + 1:
        raise HTTPError(431, "too many header fields")
    parts = lines[0].split(b" ")
    if len(parts) != 3:
        raise HTTPError(400, "malformed request line")
    method, target, version = parts
    if version == b"HTTP/1.1":
        http11 = True
    elif version == b"HTTP/1.0":
        http11 = False
    elif _VERSION.fullmatch(version):
        raise HTTPError(505, "only HTTP/1.0 and HTTP/1.1 are supported")
    else:
        raise HTTPError(400, "malformed request line")
    if not _TOKEN.fullmatch(method) or not _TARGET.fullmatch(target):
        raise HTTPError(400, "malformed request line")
    if not target.startswith(b"/"):
        absolute = _ABSOLUTE.match(target)  # absolute-form (RFC 9112 3.2.2)
        if absolute is None:
            raise HTTPError(400, "malformed request target")
        target = target[absolute.end() :] or b"/"
        if not target.startswith(b"/"):
            raise HTTPError(400, "malformed request target")
    headers: dict[bytes, bytes] = {}
    for line in lines[1:]:
        name, sep, value = line.partition(b":")
        # A name must be a token: this also refuses obs-fold and whitespace before the colon.
        if not sep or not _TOKEN.fullmatch(name):
            raise HTTPError(400, "malformed header field")
        value = value.strip(b" \t")
        if _BAD_VALUE.search(value):
            raise HTTPError(400, "malformed header field")
        key = name.lower()
        previous = headers.get(key)
        if previous is None:
            headers[key] = value
        elif key in (b"content-length", b"host", b"content-type"):
            raise HTTPError(400, f"duplicate {name.decode()} header")
        else:
            headers[key] = previous + b", " + value
    if http11 and b"host" not in headers:
        raise HTTPError(400, "HTTP/1.1 requests need a Host header")
    if b"transfer-encoding" in headers:
        if b"content-length" in headers:
            raise HTTPError(400, "both Content-Length and Transfer-Encoding")
        raise HTTPError(501, "transfer codings are not supported: send Content-Length")
    length = 0
    text = headers.get(b"content-length")
    if text is not None:
        if not text.isdigit() or len(text) > 18:
            raise HTTPError(400, "malformed Content-Length")
        length = int(text)
    tokens = headers.get(b"connection", b"").lower()
    if http11:
        keep_alive = b"close" not in [t.strip() for t in tokens.split(b",")] if tokens else True
    else:
        keep_alive = b"keep-alive" in [t.strip() for t in tokens.split(b",")] if tokens else False
    return Request(method, target, headers, keep_alive), length


def is_ocsp_request(headers: dict[bytes, bytes]) -> bool:
    value = headers.get(b"content-type")
    if value is None:
        return False
    if value == b"application/ocsp-request":
        return True
    return value.split(b";", 1)[0].strip().lower() == b"application/ocsp-request"


def ocsp_target(request: Request) -> tuple[bytes, bytes] | None:
    """(CA name, DER request) of an OCSP request by POST or GET, else ``None``."""
    method = request.method
    path = request.target.split(b"?", 1)[0]
    if method == b"POST":
        parts = path.strip(b"/").split(b"/")
        if len(parts) == 2 and parts[0] == b"ocsp" and is_ocsp_request(request.headers):
            return parts[1], request.body
        return None
    if method not in (b"GET", b"HEAD"):
        return None
    # Only leading slashes go: base64 may end with "/", which belongs to the request.
    parts = urllib.parse.unquote_to_bytes(path).lstrip(b"/").split(b"/", 2)
    if len(parts) != 3 or parts[0] != b"ocsp":
        return None
    try:
        der = base64.b64decode(parts[2], validate=False)
    except (ValueError, binascii.Error):
        der = b""
    return parts[1], der
