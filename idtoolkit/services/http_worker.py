"""One process of the HTTP server: its event loop, accept loop and periodic duties.

Each worker (one, or one per forked process) owns an asyncio event loop, a thread pool for
everything that reads the store or signs, and its own response cache. It accepts connections
itself: a connection whose whole request is already readable and remembered in the cache is
answered and closed right in the accept loop, which is the cheapest answer there is; any other
becomes a :class:`~idtoolkit.services.http_connection.Connection`. Beside that it keeps the
OCSP responder and the TSA current every second, re-signs CRLs when due, closes connections past
their deadline and logs a count of requests per minute.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import logging
import os
import signal
import socket
import ssl
import time
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from idtoolkit.ca.ocsp_presign import presign
from idtoolkit.errors import IDToolkitError, StoreError
from idtoolkit.services import crl_publisher
from idtoolkit.services.handler import Handler
from idtoolkit.services.http_connection import MAX_CONNECTIONS, MAX_HEAD, Connection
from idtoolkit.services.http_responses import ResponseHead
from idtoolkit.services.httpparse import HTTPError, ocsp_target, parse_head
from idtoolkit.services.ocsp import OCSPResponder
from idtoolkit.services.publication import publish
from idtoolkit.services.response_cache import ResponseCache
from idtoolkit.services.tsa import TimeStampAuthority
from idtoolkit.store.certificates import latest_certificate_id
from idtoolkit.store.revocations import revocation_counts
from idtoolkit.workspace import Workspace

log = logging.getLogger("idtoolkit.serve")
access_log = logging.getLogger("idtoolkit.serve.access")

REFRESH_SECONDS = 1.0
STATS_SECONDS = 60.0
#: How often a server with the keys looks for responses due without any change in the store.
PRESIGN_SWEEP_SECONDS = 300.0


class WorkerHost(Protocol):
    """What a worker needs of the server that runs it (:class:`~.http_server.PKIServer`)."""

    ws: Workspace
    responder: OCSPResponder
    tsa: TimeStampAuthority | None
    timeout: float
    threads: int
    crl_check_seconds: float
    validation_only: bool
    presign_seconds: float
    publish_dir: Path | None
    publish_seconds: float
    max_age: int | None
    #: The HTTPS listener beside the plain one (``serve --tls-port``), when there is one.
    tls_socket: socket.socket | None
    tls_context: ssl.SSLContext | None

    def refresh_tsa(self) -> None: ...


class HTTPWorker:
    """One process's server: an event loop, a thread pool, the remembered answers."""

    def __init__(self, server: WorkerHost, sock: socket.socket, parent_pid: int | None = None):
        self.server = server
        self.ws = server.ws
        self.responder = server.responder
        self.handler = Handler(
            server.ws,
            server.responder,
            lambda: server.tsa,
            may_sign=not server.validation_only,
            max_age_cap=server.max_age,
        )
        self.sock = sock
        self.timeout = server.timeout
        self.threads = server.threads
        self.parent_pid = parent_pid
        self.connections: set[Connection] = set()
        self.cache = ResponseCache(server.responder, server.max_age)
        self.head = ResponseHead()
        self.requests = 0
        self.loop: asyncio.AbstractEventLoop | None = None
        self.pool: concurrent.futures.ThreadPoolExecutor | None = None
        self.stopping: asyncio.Event | None = None
        #: Stopped by Ctrl-C (SIGINT) rather than asked to stop (SIGTERM, :meth:`stop`).
        self.interrupted = False

    # --- the loop ----------------------------------------------------------------------------
    def _stop_on(self, signum: int) -> None:
        """SIGTERM asks for a stop (a service manager); SIGINT is a Ctrl-C, which the caller
        of :meth:`PKIServer.serve_forever` hears about once everything is closed."""
        self.interrupted = signum == signal.SIGINT
        assert self.stopping is not None
        self.stopping.set()

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
                    loop.add_signal_handler(signum, self._stop_on, signum)
        server: asyncio.Server | None = None
        try:
            loop.add_reader(self.sock.fileno(), self._accept)
        except NotImplementedError:  # no readiness API (Windows' proactor): asyncio accepts
            server = await loop.create_server(
                lambda: Connection(self), sock=self.sock, backlog=1024
            )
        tasks = [loop.create_task(self._ticks()), loop.create_task(self._refresh())]
        if not self.server.validation_only:  # nothing is signed by a validation-only server
            tasks += [loop.create_task(self._publish_crls()), loop.create_task(self._presign())]
        if self.server.publish_dir is not None:
            tasks.append(loop.create_task(self._publish_folder(self.server.publish_dir)))
        tls_server: asyncio.Server | None = None
        if self.server.tls_socket is not None and self.server.tls_context is not None:
            secure = TLSView(self)
            tls_server = await loop.create_server(
                lambda: Connection(secure),
                sock=self.server.tls_socket,
                backlog=1024,
                ssl=self.server.tls_context,
                ssl_handshake_timeout=self.timeout,
            )
        if ready is not None:
            ready()
        try:
            await self.stopping.wait()
        finally:
            if tls_server is not None:
                tls_server.close()
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
        a :class:`Connection` (asyncio's transport), with whatever was read already."""
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
        answer = self.cache.answer(
            self.head.ok, target[0], target[1], request.keep_alive, request.method == b"GET"
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
                    lambda: Connection(self, data, unsent, close), conn
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

    async def _presign(self) -> None:
        """Sign the OCSP responses that are missing or half-way to their nextUpdate (new
        certificates, status changes made where the key was not at hand, the daily refresh),
        for the validation-only responders reading the same store.

        Looking for them reads every certificate of a CA, so it runs when the store says
        something changed (a new certificate, a revocation or release: cheap counters checked
        every ``presign_seconds``) and otherwise every :data:`PRESIGN_SWEEP_SECONDS`."""
        assert self.pool is not None
        loop = asyncio.get_running_loop()
        last: tuple[int, ...] | None = None
        swept = 0.0
        while True:
            try:
                marks = await loop.run_in_executor(self.pool, _change_marks, self.ws)
                if marks != last or time.monotonic() - swept >= PRESIGN_SWEEP_SECONDS:
                    result = await loop.run_in_executor(self.pool, _presign_ready, self.ws)
                    last, swept = marks, time.monotonic()
                    if result:
                        log.info("pre-signed %d OCSP responses", result)
            except StoreError as exc:  # most likely another worker stored them first
                log.debug("OCSP responses not stored here: %s", exc)
            except Exception:
                log.exception("pre-signing OCSP responses failed")
            await asyncio.sleep(self.server.presign_seconds)

    async def _publish_folder(self, folder: Path) -> None:
        """Keep the static publication folder current (new CRLs, new CAs)."""
        assert self.pool is not None
        loop = asyncio.get_running_loop()
        while True:
            await asyncio.sleep(self.server.publish_seconds)
            try:
                done = await loop.run_in_executor(self.pool, publish, self.ws, folder)
                for path in done.written:
                    log.info("published %s", folder / path)
            except IDToolkitError as exc:  # e.g. the disk filled up: said, and tried again
                log.error("%s", exc)
            except Exception:
                log.exception("publishing to %s failed", folder)

    async def _ticks(self) -> None:
        assert self.stopping is not None
        period = min(0.5, self.timeout / 2)
        last_stats, counted = time.monotonic(), 0
        while True:
            await asyncio.sleep(period)
            self.head.tick()
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
                        self.cache.hits,
                        len(self.connections),
                    )
                last_stats, counted = now, self.requests
                self.cache.hits = 0


def _change_marks(ws: Workspace) -> tuple[int, ...]:
    """Counters that move when a response may be missing: certificates, revocations, releases."""
    with ws.store.reading() as session:
        return (latest_certificate_id(session), *revocation_counts(session))


def _presign_ready(ws: Workspace) -> int:
    """What the background job signs: every CA whose key this server has unlocked."""
    return presign(ws, ready_only=True).total


class TLSView:
    """The worker as the HTTPS listener's connections see it: the same pool, caches and
    connection set, but a handler that names ``https`` in the ACME URLs it writes."""

    def __init__(self, worker: HTTPWorker):
        self.worker = worker
        plain = worker.handler
        self.handler = Handler(
            worker.ws,
            worker.responder,
            plain.tsa,
            may_sign=plain.may_sign,
            max_age_cap=plain.max_age_cap,
            scheme="https",
        )
        self.handler.acme = worker.handler.acme
        self.connections = worker.connections
        self.timeout = worker.timeout
        self.head = worker.head
        self.cache = worker.cache
        # Made when the loop starts, before this view is: shared from here on.
        self.loop: asyncio.AbstractEventLoop | None = worker.loop
        self.pool: concurrent.futures.ThreadPoolExecutor | None = worker.pool

    @property
    def requests(self) -> int:
        return self.worker.requests

    @requests.setter
    def requests(self, value: int) -> None:
        self.worker.requests = value
