"""The HTTP server of a workspace as a whole: bound, started, supervised and stopped.

:class:`PKIServer` binds the port when created (so no other server can take it), unlocks the
CA keys before any fork, and runs its workers
(:class:`~idtoolkit.services.http_worker.HTTPWorker`): one in a thread for tests, one in the
main process, or ``workers`` forked processes under :mod:`idtoolkit.services.supervisor`. It
also notices a TSA credential made while it serves. What the server answers, and how, is
described in :mod:`idtoolkit.services.http`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
import socket
import ssl
import sys
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from idtoolkit.ca.service_credentials import service_signer, tls_credential_pem
from idtoolkit.errors import NotFoundError
from idtoolkit.services import crl_publisher
from idtoolkit.services.acme.endpoints import list_endpoints as list_acme_endpoints
from idtoolkit.services.http_worker import HTTPWorker
from idtoolkit.services.ocsp import OCSPResponder
from idtoolkit.services.publication import publish
from idtoolkit.services.supervisor import supervise
from idtoolkit.services.tsa import TimeStampAuthority
from idtoolkit.store.service_credentials import count_service_credentials
from idtoolkit.workspace import Workspace

log = logging.getLogger("idtoolkit.serve")

TIMEOUT_SECONDS = 15.0
#: How often a server holding the CA keys signs the OCSP responses that are missing or due.
PRESIGN_SECONDS = 1.0
#: How often ``serve --publish DIR`` brings the folder up to date.
PUBLISH_SECONDS = 10.0  # to send a whole request, from connecting or from the last response


def default_workers() -> int:
    """2 on Linux (both cores of the usual small VM), else 1 (no fork, or an unsafe one)."""
    return 2 if sys.platform.startswith("linux") and hasattr(os, "fork") else 1


def load_tsa(ws: Workspace) -> TimeStampAuthority | None:
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
        validation_only: bool = False,
        presign_seconds: float = PRESIGN_SECONDS,
        publish_dir: Path | None = None,
        publish_seconds: float = PUBLISH_SECONDS,
        max_age: int | None = None,
        tls_port: int | None = None,
    ):
        if workers < 1:
            raise ValueError("workers must be at least 1")
        self.ws = ws
        self.timeout = timeout
        self.threads = threads
        #: Reads the store only: no key unlocked, nothing signed (pre-signed OCSP, CRLs).
        self.validation_only = validation_only
        self.presign_seconds = presign_seconds
        #: A folder kept current with every CA certificate and CRL (static publication).
        self.publish_dir = publish_dir
        self.publish_seconds = publish_seconds
        #: The longest HTTP caches keep an OCSP answer or CRL fresh (None: until nextUpdate).
        self.max_age = max_age
        if publish_dir is not None:
            publish(ws, publish_dir)  # an unwritable folder is said now, before serving
        # Unlocks the CA keys now, before any fork (none with validation_only).
        self.responder = OCSPResponder(ws, validation_only=validation_only)
        self.crl_check_seconds = crl_check_seconds
        self.tsa = None if validation_only else load_tsa(ws)
        self._tsa_generation = self._service_count()
        self.workers = workers
        self.single_process_reason = ""
        if workers > 1 and not hasattr(os, "fork"):
            self.workers, self.single_process_reason = 1, "this platform cannot fork"
        elif workers > 1 and (
            self.responder.uses_tokens or (self.tsa is not None and self.tsa.on_token)
        ):
            self.workers, self.single_process_reason = 1, "a CA key is on a PKCS#11 token"
        # The HTTPS credential first: without one, nothing is bound.
        self.tls_context = tls_context(ws) if tls_port is not None else None
        family, kind, proto, _name, address = socket.getaddrinfo(
            host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
        )[0]
        self.socket = _bound_socket(family, kind, proto, address)
        self._listening = False
        self._listen()  # listening at once: the port is ours, no other server can bind it
        self.tls_socket: socket.socket | None = None
        if tls_port is not None:
            family, kind, proto, _name, address = socket.getaddrinfo(
                host, tls_port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
            )[0]
            try:
                self.tls_socket = _bound_socket(family, kind, proto, address)
            except OSError:
                self.socket.close()
                raise
            self.tls_socket.listen(1024)
        self._thread: threading.Thread | None = None
        self._worker: HTTPWorker | None = None

    def _service_count(self) -> int:
        with self.ws.store.reading() as session:
            return count_service_credentials(session, "tsa")

    def refresh_tsa(self) -> None:
        """Load the newest TSA credential when one was made since (called every second)."""
        if self.validation_only:
            return
        count = self._service_count()
        if count == self._tsa_generation:
            return
        tsa = load_tsa(self.ws)
        self.tsa, self._tsa_generation = tsa, count
        if tsa is not None:
            log.info("time-stamping with the new TSA credential at %s/tsa", self.base)

    @property
    def base(self) -> str:
        host, port = self.socket.getsockname()[:2]
        return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"

    @property
    def tls_base(self) -> str | None:
        if self.tls_socket is None:
            return None
        host, port = self.tls_socket.getsockname()[:2]
        return f"https://[{host}]:{port}" if ":" in host else f"https://{host}:{port}"

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
        for endpoint in list_acme_endpoints(self.ws):
            for base in (self.base, self.tls_base):
                if base is not None:
                    lines.append(f"ACME {endpoint.name}: {base}/acme/{endpoint.name}/directory")
        if self.tls_base is not None:
            lines.append(f"HTTPS: {self.tls_base} (the same services)")
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
        self._worker = HTTPWorker(self, self._listen())
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
        if self.tls_socket is not None:
            self.tls_socket.close()

    @staticmethod
    def _run(worker: HTTPWorker, ready: Callable[[], None] | None, signals: bool) -> None:
        loop = asyncio.new_event_loop()
        try:
            loop.run_until_complete(worker.serve(ready, signals))
        finally:
            if signals:
                _forget_signals(loop, ignore=worker.parent_pid is not None)
            loop.close()

    # --- the CLI ---------------------------------------------------------------------------------
    def serve_forever(self, ready: Callable[[], None] | None = None) -> None:
        """Serve until SIGINT or SIGTERM, in this process or in ``workers`` forked ones.

        ``ready`` is called once connections are accepted (by every worker). SIGTERM returns;
        SIGINT (Ctrl-C) raises KeyboardInterrupt once everything is closed, as Python does,
        so a command line can exit 130 like any interrupted command.
        """
        if self.workers == 1:
            main = threading.current_thread() is threading.main_thread()
            worker = HTTPWorker(self, self._listen())
            self._run(worker, ready, main)
            if worker.interrupted:
                raise KeyboardInterrupt
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
            self._run(HTTPWorker(self, sock, parent), started, True)

        supervise(self.workers, worker_main, ready)


def tls_context(ws: Workspace) -> ssl.SSLContext:
    """The HTTPS context from the workspace's ``tls`` credential (``ca service --kind tls``).
    OpenSSL loads keys from files only: the key passes through a private temporary folder
    (0700, file 0600) removed at once."""
    pair = tls_credential_pem(ws)
    if pair is None:
        raise NotFoundError(
            "service.tls_credential_missing",
            "no TLS credential for HTTPS: create one first (kind tls, with the host's name)",
        )
    chain, key = pair
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    with tempfile.TemporaryDirectory(prefix="idtoolkit-tls-") as folder:
        os.chmod(folder, 0o700)
        cert_file, key_file = Path(folder) / "chain.pem", Path(folder) / "key.pem"
        cert_file.write_bytes(chain)
        descriptor = os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(key)
        context.load_cert_chain(cert_file, key_file)
    return context


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


def _forget_signals(loop: asyncio.AbstractEventLoop, *, ignore: bool) -> None:
    """Take the loop's SIGINT and SIGTERM handlers away before it closes. asyncio closes its
    wake-up pipe first and removes them after: a signal in between (the supervisor's SIGTERM
    to a worker already stopping on the group's Ctrl-C) printed "Exception ignored when
    trying to write to the signal wakeup fd" with a traceback. A forked worker, already
    stopping, ignores them from here on; the single-process server gets Python's defaults
    back (a second Ctrl-C is the command's to report)."""
    for signum in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
            loop.remove_signal_handler(signum)
            if ignore:
                signal.signal(signum, signal.SIG_IGN)
