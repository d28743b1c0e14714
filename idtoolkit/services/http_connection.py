"""One client connection of the HTTP server: requests read, answered in order, closed well.

The server's event loop hands each accepted socket to a :class:`Connection` (an asyncio
protocol). It buffers what arrives, answers every whole request in order, one at a time (HTTP/1.1
pipelining), sends slow work to the worker's thread pool and answers from the loop when it is
done. Malformed or oversized requests get their 4xx and a "lingering close", so the client reads
the answer instead of a reset; a client that sends too slowly is closed at its deadline.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import re
import time
from collections.abc import Callable
from typing import Any, Protocol

from idtoolkit.services.handler import TEXT, Handler
from idtoolkit.services.http_responses import Response, ResponseHead, header_bytes
from idtoolkit.services.httpparse import HTTPError, Request, ocsp_target, parse_head
from idtoolkit.services.response_cache import ResponseCache

log = logging.getLogger("idtoolkit.serve")
access_log = logging.getLogger("idtoolkit.serve.access")

MAX_BODY = 64 * 1024  # an OCSP request is a few hundred bytes
MAX_HEAD = 16 * 1024  # request line and headers
LINGER_SECONDS = 2.0  # reading (and dropping) what a client still sends after an error
MAX_CONNECTIONS = 10_000  # per worker

_BARE_LF = re.compile(rb"(?<!\r)\n")


class ConnectionHost(Protocol):
    """What a connection needs of the worker that accepted it (:class:`HTTPWorker`)."""

    connections: set[Connection]
    timeout: float  # to send a whole request, from connecting or from the last response
    requests: int
    handler: Handler
    head: ResponseHead
    cache: ResponseCache
    loop: asyncio.AbstractEventLoop | None
    pool: concurrent.futures.ThreadPoolExecutor | None


_OPEN, _DRAINING = 0, 1


class Connection(asyncio.Protocol):
    """One client connection: requests are answered in order, one at a time."""

    __slots__ = (
        "buf",
        "busy",
        "deadline",
        "peer",
        "peer_eof",
        "read_paused",
        "state",
        "transport",
        "unsent",
        "worker",
        "write_paused",
    )

    def __init__(
        self, worker: ConnectionHost, data: bytes = b"", unsent: bytes = b"", close: bool = False
    ):
        self.worker = worker
        self.transport: asyncio.Transport | None = None
        self.buf = data  # read before this object existed
        self.unsent = (unsent, close) if unsent or close else None
        self.busy = False
        self.state = _OPEN
        self.peer_eof = False
        self.read_paused = False
        self.write_paused = False
        self.deadline = 0.0
        self.peer: Any = None

    # --- asyncio callbacks -----------------------------------------------------------------
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        worker = self.worker
        if len(worker.connections) >= MAX_CONNECTIONS:
            transport.abort()
            return
        worker.connections.add(self)
        self.deadline = time.monotonic() + worker.timeout
        if self.unsent is not None:  # the end of an answer given before this object existed
            unsent, close = self.unsent
            self.unsent = None
            transport.write(unsent)
            if close:
                transport.close()
                return
        if self.buf:
            self._process()

    def connection_lost(self, exc: Exception | None) -> None:
        self.worker.connections.discard(self)
        self.transport = None

    def data_received(self, data: bytes) -> None:
        if self.state != _OPEN:
            return  # draining after an error: dropped
        self.buf = self.buf + data if self.buf else data
        if self.busy or self.write_paused:
            if len(self.buf) > MAX_HEAD + MAX_BODY and self.transport is not None:
                self.transport.pause_reading()
                self.read_paused = True
            return
        self._process()

    def eof_received(self) -> bool | None:
        self.peer_eof = True
        # Still answer a request being worked on (a client may half-close after sending it).
        return True if self.busy and self.state == _OPEN else None

    def pause_writing(self) -> None:
        self.write_paused = True

    def resume_writing(self) -> None:
        self.write_paused = False
        if not self.busy and self.state == _OPEN:
            self._process()

    # --- closing -----------------------------------------------------------------------------
    def abort(self) -> None:
        if self.transport is not None:
            self.transport.abort()

    def expire(self) -> None:
        """The deadline passed: a partial request gets 408, an idle keep-alive just a close."""
        transport = self.transport
        if transport is None:
            return
        if self.state == _OPEN and self.buf and not self.busy:
            self._fail(408, "request not received in time")
        elif self.state == _OPEN and not self.busy:
            transport.close()
        else:
            transport.abort()

    def _fail(self, status: int, message: str) -> None:
        """Answer an HTTP-level error and close, reading what the client still sends for a
        moment so that its pending data does not turn our close into a reset before it has
        read the answer (a "lingering close")."""
        transport = self.transport
        self.buf = b""
        if transport is None or self.state != _OPEN:
            return
        self.state = _DRAINING
        if access_log.isEnabledFor(logging.INFO):
            access_log.info("%s - %d %s", self._peer(), status, message)
        transport.write(
            self.worker.head.response(status, f"{message}\n".encode(), TEXT, keep_alive=False)
        )
        self.deadline = time.monotonic() + LINGER_SECONDS
        if transport.can_write_eof() and not self.peer_eof:
            transport.write_eof()
            if self.read_paused:
                transport.resume_reading()
        else:
            transport.close()

    def _peer(self) -> str:
        if self.peer is None and self.transport is not None:
            peer = self.transport.get_extra_info("peername")
            self.peer = f"{peer[0]}:{peer[1]}" if isinstance(peer, tuple) else str(peer)
        return str(self.peer)

    # --- requests ----------------------------------------------------------------------------
    def _process(self) -> None:
        """Answer every whole request in the buffer, in order, until one needs the pool."""
        while self.transport is not None and self.state == _OPEN and not self.busy:
            if self.write_paused:
                return
            buf = self.buf
            if buf.startswith(b"\r\n"):  # RFC 9112 2.2: ignore empty lines before a request
                buf = self.buf = buf.lstrip(b"\r\n")
            if not buf:
                if self.peer_eof:
                    self.transport.close()
                return
            end = buf.find(b"\r\n\r\n", 0, MAX_HEAD + 4)
            if end < 0:
                if _BARE_LF.search(buf, 0, MAX_HEAD):
                    # Such a head never ends in CRLF CRLF: refuse it now, not at the timeout.
                    self._fail(400, "bare LF line ending: HTTP requires CRLF")
                elif len(buf) > MAX_HEAD:
                    self._fail(431, "request head too large")
                elif self.peer_eof:
                    self.transport.close()
                return
            try:
                request, length = parse_head(buf[:end])
            except HTTPError as exc:
                self._fail(exc.status, exc.message)
                return
            if length > MAX_BODY:
                self._fail(413, "request too large")
                return
            start = end + 4
            if len(buf) < start + length:
                expect = request.headers.get(b"expect")
                if expect is not None:
                    if expect.lower() != b"100-continue":
                        self._fail(417, "unsupported expectation")
                        return
                    self.buf = self._drop_expect(buf[:end]) + buf[start:]  # answered once
                    self.transport.write(b"HTTP/1.1 100 Continue\r\n\r\n")
                if self.peer_eof:
                    self.transport.close()
                elif self.read_paused:
                    self.transport.resume_reading()
                    self.read_paused = False
                return
            request.body = buf[start : start + length]
            self.buf = buf[start + length :]
            if self.read_paused and len(self.buf) <= MAX_HEAD + MAX_BODY:
                self.transport.resume_reading()
                self.read_paused = False
            self.worker.requests += 1
            self._handle(request)

    @staticmethod
    def _drop_expect(head: bytes) -> bytes:
        lines = [line for line in head.split(b"\r\n") if not line.lower().startswith(b"expect:")]
        return b"\r\n".join(lines) + b"\r\n\r\n"

    def _send(self, data: bytes, keep_alive: bool) -> None:
        transport = self.transport
        if transport is None:
            return
        transport.write(data)
        if keep_alive and not self.peer_eof:
            self.deadline = time.monotonic() + self.worker.timeout
        elif self.buf and not self.peer_eof:
            self.state = _DRAINING  # unread pipelined requests: close without a reset
            self.buf = b""
            self.deadline = time.monotonic() + LINGER_SECONDS
            if transport.can_write_eof():
                transport.write_eof()
            else:
                transport.close()
        else:
            transport.close()

    def _handle(self, request: Request) -> None:
        worker = self.worker
        target = ocsp_target(request)
        if target is not None and request.method != b"HEAD":
            answer = worker.cache.answer(
                worker.head.ok, target[0], target[1], request.keep_alive, request.method == b"GET"
            )
            if answer is not None:
                if access_log.isEnabledFor(logging.INFO):
                    access_log.info(
                        "%s %s %s 200 fast",
                        self._peer(),
                        request.method.decode(),
                        request.target.decode(),
                    )
                self._send(answer, request.keep_alive)
                return
        route = worker.handler.route(request)
        if isinstance(route, Response):
            self._respond(request, route)
        else:
            self._in_pool(request, route, target)

    def _respond(self, request: Request, response: Response) -> None:
        if access_log.isEnabledFor(logging.INFO):
            access_log.info(
                "%s %s %s %d %d",
                self._peer(),
                request.method.decode(),
                request.target.decode(),
                response.status,
                len(response.body),
            )
        data = self.worker.head.response(
            response.status,
            response.body,
            response.content_type,
            request.keep_alive,
            header_bytes(response.headers),
            request.method == b"HEAD",
        )
        self._send(data, request.keep_alive)

    def _in_pool(
        self,
        request: Request,
        work: Callable[[], Response],
        ocsp_key: tuple[bytes, bytes] | None,
    ) -> None:
        """Run blocking work in the pool; answer on the loop. An OCSP answer is remembered
        there too (see :meth:`ResponseCache.remember`), keyed by its request's bytes."""
        worker = self.worker
        assert worker.loop is not None and worker.pool is not None
        self.busy = True
        self.deadline = float("inf")  # our turn, not the client's
        future = worker.loop.run_in_executor(worker.pool, work)

        def finished(future: asyncio.Future[Response]) -> None:
            self.busy = False
            try:
                response = future.result()
            except Exception as exc:
                if not isinstance(exc, asyncio.CancelledError):
                    log.exception("request failed")
                if self.transport is None:
                    return
                self._respond(request, Response(500, b"internal error\n", TEXT))
            else:
                if response.answer is not None and ocsp_key is not None:
                    worker.cache.remember(ocsp_key[0], ocsp_key[1], response.answer)
                if self.transport is None:
                    return
                self._respond(request, response)
            self._process()

        future.add_done_callback(finished)
