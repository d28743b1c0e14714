"""Running engine calls off the UI thread: one generic worker.

Key generation, HSM work, CRLs and bulk jobs take from milliseconds to minutes; the window
must keep painting meanwhile. A :class:`Worker` runs a callable on a thread pool, reports
progress, can be asked to cancel, and hands its result or its one-line error back on the UI
thread through Qt signals (queued across threads).

The engine's :class:`~idtoolkit.api.Workspace` is not thread-safe, so every job of one window
goes through one single-thread pool (:func:`engine_pool`): jobs run one after another, never
two at once on the same workspace.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from idtoolkit.errors import IDToolkitError

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised inside a job by :meth:`Progress.check` once the user pressed Cancel."""


class WorkerSignals(QObject):
    """Lives on the UI thread; the worker emits, Qt queues the calls to the UI thread."""

    progress = Signal(int, int, str)  # done, total (0: unknown), text
    succeeded = Signal(object)
    failed = Signal(str)  # one line, for a message box
    cancelled = Signal()
    finished = Signal()  # after any of the three above


class Progress:
    """Handed to the job: report progress, and stop at safe points when cancelled."""

    def __init__(self, signals: WorkerSignals, cancel_event: threading.Event) -> None:
        self._signals = signals
        self._cancel = cancel_event

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """A safe point: raise :class:`Cancelled` if the user asked to stop."""
        if self._cancel.is_set():
            raise Cancelled

    def report(self, done: int, total: int = 0, text: str = "") -> None:
        self.check()
        self._signals.progress.emit(done, total, text)

    def emit(self, done: int, total: int = 0, text: str = "") -> None:
        """Report without stopping: for engine jobs that poll :attr:`cancelled` themselves
        and must finish their batch (raising from inside them would skip their cleanup)."""
        self._signals.progress.emit(done, total, text)


Job = Callable[[Progress], Any]


class Worker(QRunnable):
    """Run ``job(progress)`` on a pool thread. Connect to :attr:`signals` before starting."""

    def __init__(self, job: Job) -> None:
        super().__init__()
        self.setAutoDelete(False)  # Python keeps the reference (see _running)
        self.job = job
        self.signals = WorkerSignals()
        self._cancel = threading.Event()
        self.done = False

    def cancel(self) -> None:
        """Ask the job to stop at its next safe point; an atomic engine call finishes first."""
        self._cancel.set()

    def run(self) -> None:
        progress = Progress(self.signals, self._cancel)
        try:
            progress.check()  # cancelled while queued: never start
            result = self.job(progress)
        except Cancelled:
            self.signals.cancelled.emit()
        except IDToolkitError as exc:
            self.signals.failed.emit(str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
        except Exception as exc:  # a bug: one line for the user, the traceback for the log
            log.exception("job failed")
            message = QCoreApplication.translate("workers", "unexpected error: %1").replace(
                "%1", f"{type(exc).__name__}: {exc}"
            )
            self.signals.failed.emit(message.splitlines()[0])
        else:
            self.signals.succeeded.emit(result)
        finally:
            self.done = True
            self.signals.finished.emit()


_running: set[Worker] = set()
_pool: QThreadPool | None = None


def engine_pool() -> QThreadPool:
    """One thread: workspace calls never overlap."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
    return _pool


def start(
    job: Job,
    on_success: Callable[[Any], None] | None = None,
    on_error: Callable[[str], None] | None = None,
    on_progress: Callable[[int, int, str], None] | None = None,
    pool: QThreadPool | None = None,
) -> Worker:
    """Start ``job`` and wire the callbacks (called on the UI thread)."""
    worker = Worker(job)
    if on_success is not None:
        worker.signals.succeeded.connect(on_success)
    if on_error is not None:
        worker.signals.failed.connect(on_error)
    if on_progress is not None:
        worker.signals.progress.connect(on_progress)
    _running.add(worker)
    worker.signals.finished.connect(lambda: _running.discard(worker))
    (pool or engine_pool()).start(worker)
    return worker


def wait_all(timeout_ms: int = 60_000) -> bool:
    """For shutdown and tests: wait for the engine pool to drain."""
    return engine_pool().waitForDone(timeout_ms)
