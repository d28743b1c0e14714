"""``idtoolkit serve``: OCSP, CRLs and CA certificates at the URLs the CA writes into the
certificates it issues (see :mod:`idtoolkit.ca.urls`).

  POST /ocsp/NAME            application/ocsp-request (RFC 6960 A.1)
  GET  /ocsp/NAME/BASE64     the same request, base64 and URL-encoded
  GET  /crl/NAME.crl         the latest full CRL (DER); /crl/NAME-delta.crl the latest delta
  GET  /ca/NAME.crt          the CA certificate (DER)
  POST /tsa                  application/timestamp-query (RFC 3161), when a TSA credential exists

How it is built, for speed without giving up correctness:

* One asyncio event loop per process, with a small strict HTTP/1.0 and 1.1 parser (keep-alive,
  ``Connection:``, ``Content-Length`` bodies up to 64 KiB; anything malformed gets 400 and the
  connection is closed). Connections that do not send a whole request in time are closed, so a
  slow client ties up nothing.
* Fast path: a nonce-less OCSP request whose exact bytes were answered before is answered from a
  dict keyed by (CA, request bytes), with no DER parsing. The dict is dropped whenever the
  responder drops its cache (:attr:`OCSPResponder.epoch`), and entries expire with the signed
  answers they copy.
* Everything that reads the store or signs (cache misses, nonces, CRLs, CA certificates) runs
  in a thread pool, never on the event loop. The store is polled every second, so a revocation
  shows in OCSP answers within about a second.
* ``workers > 1`` (Linux): the listening socket is bound first, then N processes are forked,
  each with its own event loop, thread pool and database connections (the parent closes its
  pooled connections before forking and each child drops what it inherited). The parent only
  supervises (:mod:`idtoolkit.services.supervisor`): it restarts a worker that dies and stops
  them all on SIGINT/SIGTERM. A CA key on
  a PKCS#11 token keeps the server in one process: token sessions must not cross a fork.

Every OCSP failure is an OCSP error response, never a crash. No secrets pass through here;
requests are logged one line each at INFO level on logger ``idtoolkit.serve.access`` (on by
default in ``idtoolkit serve``; ``--no-access-log`` for the last bit of throughput), and each
worker logs a count of requests per minute at INFO.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import email.utils
import logging
import os
import re
import signal
import socket
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from idtoolkit.ca.service_credentials import service_signer
from idtoolkit.errors import NotFoundError
from idtoolkit.services import crl_publisher
from idtoolkit.services.handler import TEXT, Handler, Response, max_age, ocsp_caching
from idtoolkit.services.httpparse import (
    HTTPError,
    Request,
    ocsp_target,
    parse_head,
)
from idtoolkit.services.ocsp import Answer, OCSPResponder
from idtoolkit.services.supervisor import supervise
from idtoolkit.services.tsa import TimeStampAuthority
from idtoolkit.workspace import Workspace

log = logging.getLogger("idtoolkit.serve")
access_log = logging.getLogger("idtoolkit.serve.access")

MAX_BODY = 64 * 1024  # an OCSP request is a few hundred bytes
MAX_HEAD = 16 * 1024  # request line and headers
REFRESH_SECONDS = 1.0
TIMEOUT_SECONDS = 15.0  # to send a whole request, from connecting or from the last response
LINGER_SECONDS = 2.0  # reading (and dropping) what a client still sends after an error
MAX_CONNECTIONS = 10_000  # per worker
MAX_FAST_ENTRIES = 50_000
MAX_FAST_BODY = 1024  # requests kept as fast-path keys are at most this long
STATS_SECONDS = 60.0

_REASONS = {
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
_KEEP = b"Connection: keep-alive\r\n\r\n"
_CLOSE = b"Connection: close\r\n\r\n"


def default_workers() -> int:
    """2 on Linux (both cores of the usual small VM), else 1 (no fork, or an unsafe one)."""
    return 2 if sys.platform.startswith("linux") and hasattr(os, "fork") else 1


class _Worker:
    """One process's server: an event loop, a thread pool, the fast-path answers."""

    def __init__(self, server: PKIServer, sock: socket.socket, parent_pid: int | None = None):
        self.server = server
        self.ws = server.ws
        self.responder = server.responder
        self.handler = Handler(server.ws, server.responder, lambda: server.tsa)
        self.sock = sock
        self.timeout = server.timeout
        self.threads = server.threads
        self.parent_pid = parent_pid
        self.connections: set[_Connection] = set()
        self.fast: dict[tuple[bytes, bytes], _FastEntry] = {}
        self.fast_epoch = -1
        self.requests = 0
        self.fast_hits = 0
        self.head_ok = b""
        self.date = b""
        self._tick_date()
        self.loop: asyncio.AbstractEventLoop | None = None
        self.pool: concurrent.futures.ThreadPoolExecutor | None = None
        self.stopping: asyncio.Event | None = None

    # --- responses -------------------------------------------------------------------------
    def _tick_date(self) -> None:
        self.date = b"Date: " + email.utils.formatdate(usegmt=True).encode() + b"\r\n"
        self.head_ok = b"HTTP/1.1 200 OK\r\nServer: idtoolkit\r\n" + self.date

    def response(
        self,
        status: int,
        body: bytes,
        content_type: bytes,
        keep_alive: bool,
        extra: bytes = b"",
        head_only: bool = False,
    ) -> bytes:
        first = (
            self.head_ok
            if status == 200
            else (
                f"HTTP/1.1 {status} {_REASONS.get(status, 'Error')}\r\nServer: idtoolkit\r\n".encode()
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
                _KEEP if keep_alive else _CLOSE,
                b"" if head_only else body,
            )
        )

    # --- fast path -------------------------------------------------------------------------
    def _fast_dict(self) -> dict[tuple[bytes, bytes], _FastEntry]:
        epoch = self.responder.epoch
        if epoch != self.fast_epoch:  # the responder dropped its cache: so do we
            self.fast = {}
            self.fast_epoch = epoch
        return self.fast

    def fast_answer(self, ca: bytes, body: bytes, keep_alive: bool, get: bool) -> bytes | None:
        entry = self._fast_dict().get((ca, body))
        if entry is None:
            return None
        if entry.reusable_until <= time.time():
            del self.fast[(ca, body)]
            return None
        self.fast_hits += 1
        tail = entry.keep if keep_alive else entry.close
        if not get or entry.fresh_until is None:
            return self.head_ok + tail
        # RFC 5019 6.2 on GET answers; max-age counts down to nextUpdate at every hit.
        name, value = max_age(entry.fresh_until)
        return b"".join((self.head_ok, name, b": ", value, b"\r\n", entry.validators, tail))

    def remember(self, ca: bytes, body: bytes, answer: Answer) -> None:
        if answer.reusable_until is None or len(body) > MAX_FAST_BODY:
            return
        fast = self._fast_dict()
        if answer.epoch != self.fast_epoch:
            return  # computed before the last change in the store: may be stale
        if len(fast) >= MAX_FAST_ENTRIES:
            del fast[next(iter(fast))]
        tail = (
            b"Content-Type: application/ocsp-response\r\nContent-Length: "
            + str(len(answer.der)).encode()
            + b"\r\n"
        )
        headers, fresh_until = ocsp_caching(answer.der)
        fast[(ca, body)] = _FastEntry(
            answer.reusable_until,
            tail + _KEEP + answer.der,
            tail + _CLOSE + answer.der,
            _header_bytes(headers),
            fresh_until,
        )

    # --- the loop ----------------------------------------------------------------------------
    async def serve(self, ready: Callable[[], None] | None, signals: bool) -> None:
        loop = asyncio.get_running_loop()
        self.loop = loop
        self.stopping = asyncio.Event()
        self.pool = concurrent.futures.ThreadPoolExecutor(
            max_workers=self.threads, thread_name_prefix="idtoolkit-serve"
        )
        if signals:
            for signum in (signal.SIGINT, signal.SIGTERM):
                # Not on Windows, where Ctrl-C raises KeyboardInterrupt instead.
                with contextlib.suppress(NotImplementedError, RuntimeError):
                    loop.add_signal_handler(signum, self.stopping.set)
        server: asyncio.Server | None = None
        try:
            loop.add_reader(self.sock.fileno(), self._accept)
        except NotImplementedError:  # no readiness API (Windows' proactor): asyncio accepts
            server = await loop.create_server(
                lambda: _Connection(self), sock=self.sock, backlog=1024
            )
        tasks = [
            loop.create_task(self._ticks()),
            loop.create_task(self._refresh()),
            loop.create_task(self._publish_crls()),
        ]
        if ready is not None:
            ready()
        try:
            await self.stopping.wait()
        finally:
            if server is not None:
                server.close()
            else:
                loop.remove_reader(self.sock.fileno())
            for connection in list(self.connections):
                connection.abort()
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            self.pool.shutdown(wait=False, cancel_futures=True)

    # --- accepting ---------------------------------------------------------------------------
    def _accept(self) -> None:
        """Accept what is pending. A connection whose request is already there, whole, and
        answered by the fast path is answered and closed right here; any other is handed to
        a :class:`_Connection` (asyncio's transport), with whatever was read already."""
        assert self.loop is not None
        for _ in range(128):
            try:
                conn, _address = self.sock.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError as exc:  # e.g. out of file descriptors: wait a moment, as asyncio does
                log.error("accepting a connection failed: %s", exc)
                fd = self.sock.fileno()
                self.loop.remove_reader(fd)
                self.loop.call_later(1.0, self.loop.add_reader, fd, self._accept)
                return
            conn.setblocking(False)
            if len(self.connections) >= MAX_CONNECTIONS:
                conn.close()
                continue
            try:
                data = conn.recv(MAX_HEAD)
            except (BlockingIOError, InterruptedError):
                data = b""
            except OSError:
                conn.close()
                continue
            try:
                if not data or not self._answer_at_once(conn, data):
                    self._adopt(conn, data)
            except Exception:  # never lose the accept loop over one connection
                log.exception("handling a new connection failed")
                conn.close()

    def _answer_at_once(self, conn: socket.socket, data: bytes) -> bool:
        end = data.find(b"\r\n\r\n")
        if end < 0:
            return False
        try:
            request, length = parse_head(data[:end])
        except HTTPError:
            return False  # the connection answers errors, the same way for everyone
        start = end + 4
        if len(data) != start + length or request.method == b"HEAD":
            return False  # a partial body or pipelined requests
        request.body = data[start:]
        target = ocsp_target(request)
        if target is None:
            return False
        answer = self.fast_answer(
            target[0], target[1], request.keep_alive, request.method == b"GET"
        )
        if answer is None:
            return False
        self.requests += 1
        if access_log.isEnabledFor(logging.INFO):
            access_log.info("%s %s 200 fast", request.method.decode(), request.target.decode())
        try:
            sent = conn.send(answer)
        except (BlockingIOError, InterruptedError):
            sent = 0
        except OSError:
            conn.close()
            return True
        if sent < len(answer) or request.keep_alive:
            self._adopt(conn, b"", answer[sent:], not request.keep_alive)
        else:
            conn.close()
        return True

    def _adopt(
        self, conn: socket.socket, data: bytes, unsent: bytes = b"", close: bool = False
    ) -> None:
        assert self.loop is not None

        async def adopt() -> None:
            try:
                await loop.connect_accepted_socket(
                    lambda: _Connection(self, data, unsent, close), conn
                )
            except OSError:
                conn.close()

        loop = self.loop
        loop.create_task(adopt())

    async def _refresh(self) -> None:
        assert self.pool is not None
        loop = asyncio.get_running_loop()
        while True:
            await asyncio.sleep(REFRESH_SECONDS)
            try:  # a revocation shows in OCSP answers within a second
                await loop.run_in_executor(self.pool, self.responder.refresh)
            except Exception:
                log.exception("refreshing the OCSP cache failed")
            try:  # a TSA credential made while serving is picked up, as OCSP responders are
                await loop.run_in_executor(self.pool, self.server.refresh_tsa)
            except Exception:
                log.exception("loading the TSA credential failed")

    async def _publish_crls(self) -> None:
        """Re-sign each CA's CRLs at half their lifetime: never an expired one served."""
        assert self.pool is not None
        loop = asyncio.get_running_loop()
        while True:
            try:
                await loop.run_in_executor(self.pool, crl_publisher.publish_due, self.ws)
            except Exception:
                log.exception("publishing CRLs failed")
            await asyncio.sleep(self.server.crl_check_seconds)

    async def _ticks(self) -> None:
        assert self.stopping is not None
        period = min(0.5, self.timeout / 2)
        last_stats, counted = time.monotonic(), 0
        while True:
            await asyncio.sleep(period)
            self._tick_date()
            now = time.monotonic()
            for connection in [c for c in self.connections if c.deadline < now]:
                connection.expire()
            if self.parent_pid is not None and os.getppid() != self.parent_pid:
                log.warning("the supervising process is gone: worker %d stops", os.getpid())
                self.stopping.set()
            if now - last_stats >= STATS_SECONDS:
                if self.requests != counted:
                    log.info(
                        "worker %d: %d requests in %.0f s (%d from the fast path), %d connections",
                        os.getpid(),
                        self.requests - counted,
                        now - last_stats,
                        self.fast_hits,
                        len(self.connections),
                    )
                last_stats, counted = now, self.requests
                self.fast_hits = 0


_OPEN, _DRAINING = 0, 1


class _Connection(asyncio.Protocol):
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
        self, worker: _Worker, data: bytes = b"", unsent: bytes = b"", close: bool = False
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
            self.worker.response(status, f"{message}\n".encode(), TEXT, keep_alive=False)
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
            answer = worker.fast_answer(
                target[0], target[1], request.keep_alive, request.method == b"GET"
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
        data = self.worker.response(
            response.status,
            response.body,
            response.content_type,
            request.keep_alive,
            _header_bytes(response.headers),
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
        there too (see :meth:`_Worker.remember`), keyed by its request's bytes."""
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
                    worker.remember(ocsp_key[0], ocsp_key[1], response.answer)
                if self.transport is None:
                    return
                self._respond(request, response)
            self._process()

        future.add_done_callback(finished)


@dataclass(frozen=True)
class _FastEntry:
    """A remembered OCSP answer, as bytes ready to send after the status line."""

    reusable_until: float
    keep: bytes  # Content-Type, Content-Length, Connection: keep-alive, body
    close: bytes  # the same with Connection: close
    validators: bytes  # Last-Modified, ETag, Expires, for GET answers
    fresh_until: float | None


def _header_bytes(headers: tuple[tuple[bytes, bytes], ...]) -> bytes:
    return b"".join(name + b": " + value + b"\r\n" for name, value in headers)


_BARE_LF = re.compile(rb"(?<!\r)\n")


def _load_tsa(ws: Workspace) -> TimeStampAuthority | None:
    """The TSA, when the workspace has a ``tsa`` credential (``idtoolkit ca service``)."""
    try:
        return TimeStampAuthority(service_signer(ws, "tsa"))
    except NotFoundError:
        return None


class PKIServer:
    """The HTTP server of a workspace, bound when created.

    Run it with :meth:`serve_forever` (the CLI: until SIGINT/SIGTERM, in ``workers``
    processes) or with :meth:`start_in_thread` and :meth:`stop` (tests, one process).
    """

    def __init__(
        self,
        ws: Workspace,
        host: str,
        port: int,
        *,
        workers: int = 1,
        timeout: float = TIMEOUT_SECONDS,
        threads: int = 4,
        crl_check_seconds: float = crl_publisher.CHECK_SECONDS,
    ):
        if workers < 1:
            raise ValueError("workers must be at least 1")
        self.ws = ws
        self.timeout = timeout
        self.threads = threads
        self.responder = OCSPResponder(ws)  # unlocks the CA keys now, before any fork
        self.crl_check_seconds = crl_check_seconds
        self.tsa = _load_tsa(ws)
        self._tsa_generation = self._service_count()
        self.workers = workers
        self.single_process_reason = ""
        if workers > 1 and not hasattr(os, "fork"):
            self.workers, self.single_process_reason = 1, "this platform cannot fork"
        elif workers > 1 and (
            self.responder.uses_tokens or (self.tsa is not None and self.tsa.on_token)
        ):
            self.workers, self.single_process_reason = 1, "a CA key is on a PKCS#11 token"
        family, kind, proto, _name, address = socket.getaddrinfo(
            host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
        )[0]
        self.socket = _bound_socket(family, kind, proto, address)
        self._listening = False
        self._listen()  # listening at once: the port is ours, no other server can bind it
        self._thread: threading.Thread | None = None
        self._worker: _Worker | None = None

    def _service_count(self) -> int:
        from sqlalchemy import func, select

        from idtoolkit.store.models import ServiceCredential

        with self.ws.store.reading() as session:
            return int(
                session.execute(
                    select(func.count(ServiceCredential.id)).where(ServiceCredential.kind == "tsa")
                ).scalar_one()
            )

    def refresh_tsa(self) -> None:
        """Load the newest TSA credential when one was made since (called every second)."""
        count = self._service_count()
        if count == self._tsa_generation:
            return
        tsa = _load_tsa(self.ws)
        self.tsa, self._tsa_generation = tsa, count
        if tsa is not None:
            log.info("time-stamping with the new TSA credential at %s/tsa", self.base)

    @property
    def base(self) -> str:
        host, port = self.socket.getsockname()[:2]
        return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"

    def endpoints(self) -> list[str]:
        lines = []
        for name in self.responder.ca_names:
            lines += [
                f"OCSP {name}: {self.base}/ocsp/{name}",
                f"CRL  {name}: {self.base}/crl/{name}.crl",
                f"CA   {name}: {self.base}/ca/{name}.crt",
            ]
        for name, path in crl_publisher.external_crl_paths(self.ws):
            lines.append(f"CRL  {name} (imported): {self.base}{path}")
        if self.tsa is not None:
            lines.append(f"TSA: {self.base}/tsa")
        return lines

    def _listen(self) -> socket.socket:
        if not self._listening:
            self.socket.listen(1024)
            self._listening = True
        return self.socket

    # --- one process, in a thread (tests) ------------------------------------------------------
    def start_in_thread(self) -> None:
        """Serve from a daemon thread of this process; returns once it accepts connections."""
        if self._thread is not None:
            raise RuntimeError("the server is already running")
        ready = threading.Event()
        self._worker = _Worker(self, self._listen())
        self._thread = threading.Thread(
            target=self._run,
            args=(self._worker, ready.set, False),
            daemon=True,
            name="idtoolkit-serve",
        )
        self._thread.start()
        if not ready.wait(10):
            raise RuntimeError("the server did not start")

    def stop(self) -> None:
        """Stop a server started with :meth:`start_in_thread` and close its socket."""
        worker, thread = self._worker, self._thread
        if worker is not None and worker.loop is not None and worker.stopping is not None:
            with contextlib.suppress(RuntimeError):  # the loop is closed already
                worker.loop.call_soon_threadsafe(worker.stopping.set)
        if thread is not None:
            thread.join(10)
        self._thread = self._worker = None
        self.close()

    def close(self) -> None:
        self.socket.close()

    @staticmethod
    def _run(worker: _Worker, ready: Callable[[], None] | None, signals: bool) -> None:
        loop = asyncio.new_event_loop()
        try:
            loop.run_until_complete(worker.serve(ready, signals))
        finally:
            loop.close()

    # --- the CLI ---------------------------------------------------------------------------------
    def serve_forever(self, ready: Callable[[], None] | None = None) -> None:
        """Serve until SIGINT or SIGTERM, in this process or in ``workers`` forked ones.

        ``ready`` is called once connections are accepted (by every worker).
        """
        if self.workers == 1:
            main = threading.current_thread() is threading.main_thread()
            self._run(_Worker(self, self._listen()), ready, main)
        else:
            self._supervise(ready)

    def _supervise(self, ready: Callable[[], None] | None) -> None:
        # No database connection may cross the fork: close the pooled ones here, and each
        # child drops its copies of the pool without touching them (SQLAlchemy's recipe).
        self.ws.store.engine.dispose()
        # One listening socket, inherited by the workers across the fork. Not SO_REUSEPORT:
        # that would let any other process of this user (a second 'serve' of another PKI)
        # bind the same port and get half of the connections.
        sock = self._listen()
        parent = os.getpid()

        def worker_main(started: Callable[[], None]) -> None:
            self.ws.store.engine.dispose(close=False)
            self._run(_Worker(self, sock, parent), started, True)

        supervise(self.workers, worker_main, ready)


def _bound_socket(family: int, kind: int, proto: int, address: Any) -> socket.socket:
    """Bound exclusively: a port in use is an error, never a shared socket. SO_REUSEADDR on
    POSIX only lets a restart bind past connections in TIME_WAIT; Windows' SO_REUSEADDR would
    allow stealing the port, so there the exclusive option is set instead."""
    sock = socket.socket(family, kind, proto)
    try:
        if os.name != "nt":
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        elif hasattr(socket, "SO_EXCLUSIVEADDRUSE"):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_EXCLUSIVEADDRUSE, 1)
        sock.bind(address)
        sock.setblocking(False)
    except OSError:
        sock.close()
        raise
    return sock
