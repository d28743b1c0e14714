"""The bytes of an HTTP/1.1 answer, built with as little work per request as possible.

The server answers tens of thousands of OCSP requests a second from its response cache, so the
status line, ``Server`` and ``Date`` headers of a 200 are kept ready as one bytes object and
renewed only when the clock ticks (:meth:`ResponseHead.tick`), not formatted per answer.

:class:`Response` is what a handler answers (:mod:`idtoolkit.services.handler` and the ACME
server's :mod:`idtoolkit.services.acme.handlers` alike) before it becomes bytes here.
"""

from __future__ import annotations

import email.utils
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # only a type here: ACME answers need no OCSP code loaded
    from idtoolkit.services.ocsp import Answer

Header = tuple[bytes, bytes]


@dataclass(frozen=True)
class Response:
    status: int
    body: bytes
    content_type: bytes
    headers: tuple[Header, ...] = ()
    #: An OCSP answer the transport may give again to the same request bytes.
    answer: Answer | None = None
    #: POSIX time the body stops being fresh (its nextUpdate), for ``Cache-Control: max-age``.
    fresh_until: float | None = None


REASONS = {
    100: "Continue",
    200: "OK",
    400: "Bad Request",
    404: "Not Found",
    405: "Method Not Allowed",
    408: "Request Timeout",
    413: "Content Too Large",
    417: "Expectation Failed",
    431: "Request Header Fields Too Large",
    500: "Internal Server Error",
    501: "Not Implemented",
    503: "Service Unavailable",
    505: "HTTP Version Not Supported",
}
KEEP_ALIVE = b"Connection: keep-alive\r\n\r\n"
CLOSE = b"Connection: close\r\n\r\n"


def header_bytes(headers: tuple[Header, ...]) -> bytes:
    """``Name: value`` lines, each ending in CRLF."""
    return b"".join(name + b": " + value + b"\r\n" for name, value in headers)


class ResponseHead:
    """The start of every answer of one worker: status line, ``Server`` and ``Date``."""

    def __init__(self) -> None:
        self.date = b""
        self.ok = b""  # the whole head of a 200, ready to send
        self.tick()

    def tick(self) -> None:
        """Renew the ``Date`` header (the worker calls this twice a second)."""
        self.date = b"Date: " + email.utils.formatdate(usegmt=True).encode() + b"\r\n"
        self.ok = b"HTTP/1.1 200 OK\r\nServer: idtoolkit\r\n" + self.date

    def response(
        self,
        status: int,
        body: bytes,
        content_type: bytes,
        keep_alive: bool,
        extra: bytes = b"",
        head_only: bool = False,
    ) -> bytes:
        """A whole answer; ``extra`` holds further header lines, ``head_only`` answers HEAD."""
        first = (
            self.ok
            if status == 200
            else (
                f"HTTP/1.1 {status} {REASONS.get(status, 'Error')}\r\nServer: idtoolkit\r\n".encode()
                + self.date
            )
        )
        return b"".join(
            (
                first,
                b"Content-Type: ",
                content_type,
                b"\r\nContent-Length: ",
                str(len(body)).encode(),
                b"\r\n",
                extra,
                KEEP_ALIVE if keep_alive else CLOSE,
                b"" if head_only else body,
            )
        )
