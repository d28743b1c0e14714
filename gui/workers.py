"""Running engine calls off the UI thread: one generic worker.

Key generation, HSM work, CRLs and bulk jobs take from milliseconds to minutes; the window
must keep painting meanwhile. A :class:`Worker` runs a callable on a thread pool, reports
progress, can be asked to cancel, and hands its result or its one-line error back on the UI
thread through Qt signals (queued across threads).

Jobs that change things go through one single-thread pool (:func:`engine_pool`): they run
one after another, in the order the officer asked. Reads of the store go to reader pools
(:func:`reader_pool`), so a listing never waits behind a signing job; the workspace's parts
are safe from any thread (their docstrings say how). The UI thread itself reads nothing from
the store or a token: a slow PostgreSQL server or HSM must not freeze the window.
:class:`LatestRead` fills one place on screen from a read and drops answers overtaken by a
newer request.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot

from gui.errors import error_text
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


def failure_text(exc: Exception) -> str:
    """A job's failure in one line for the user; a bug's traceback goes to the log."""
    if isinstance(exc, IDToolkitError):
        return error_text(exc)
    log.exception("job failed")
    message = QCoreApplication.translate("workers", "unexpected error: %1").replace(
        "%1", f"{type(exc).__name__}: {exc}"
    )
    return message.splitlines()[0]


class Worker(QRunnable):
    """Run ``job(progress)`` on a pool thread. Connect to :attr:`signals` before starting."""

    def __init__(self, job: Job) -> None:
        super().__init__()
        self.setAutoDelete(False)  # Python keeps the reference (see _running)
        self.job = job
        self.signals = WorkerSignals(_signals_owner())
        self.signals.finished.connect(self.signals.deleteLater)
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
        except Exception as exc:
            self.signals.failed.emit(failure_text(exc))
        else:
            self.signals.succeeded.emit(result)
        finally:
            self.done = True
            self.signals.finished.emit()


_running: set[Worker] = set()
_owner: QObject | None = None


def _signals_owner() -> QObject:
    """The UI-thread parent of every worker's signals.

    A worker's last Python reference can go on its pool thread: the UI thread drops it when
    ``finished`` is delivered, while the job's frame may still hold it until ``run`` returns.
    A QObject of the UI thread destroyed there, while the UI thread delivers its signals,
    crashes the process now and then. Parented here, the signals outlive the Python wrapper
    and are deleted on the UI thread (``deleteLater`` once ``finished`` is delivered).
    """
    global _owner
    if _owner is None:
        _owner = QObject()
    return _owner


_pool: QThreadPool | None = None


def engine_pool() -> QThreadPool:
    """One thread: workspace calls never overlap."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
    return _pool


_reader_pools: dict[str, QThreadPool] = {}


def reader_pool(name: str = "reads") -> QThreadPool:
    """Reads never wait behind a job on the engine pool, nor behind another kind of read (a
    million-row count must not delay the CA list). The general ``reads`` pool runs a few at
    once, so one slow answer (a click the officer has since moved on from) does not hold up
    the next; the count and the full search each keep one thread."""
    if name not in _reader_pools:
        _reader_pools[name] = QThreadPool()
        _reader_pools[name].setMaxThreadCount(4 if name == "reads" else 1)
    return _reader_pools[name]


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
    """For shutdown and tests: wait for the engine pool and the reader pools to drain."""
    pools = [engine_pool(), *_reader_pools.values()]
    return all([pool.waitForDone(timeout_ms) for pool in pools])


#: How long a scripted render waits for a view's reads before it gives up: far beyond any
#: read's time, so a read that never lands fails the render instead of hanging it.
SETTLE_TIMEOUT_S = 300.0


def settle(widget: object, timeout_s: float = SETTLE_TIMEOUT_S) -> None:
    """For scripted renders: wait until a window or dialog shows what it reads off the UI
    thread (its ``loading`` is false), as a user sees it a moment later. Raises
    :class:`TimeoutError` after ``timeout_s``: a render that cannot finish says so."""
    app = QCoreApplication.instance()
    deadline = time.monotonic() + timeout_s
    while getattr(widget, "loading", False):
        if time.monotonic() > deadline:
            raise TimeoutError(
                f"{type(widget).__name__} still reading after {timeout_s:.0f} s: not rendered"
            )
        wait_all()
        if app is not None:
            app.processEvents()
        time.sleep(0.01)  # not a busy loop: PySide6's processEvents() leaks per call


class LatestRead(QObject):
    """One place on screen (a list, a details pane, a form's choices) filled by a read off the
    UI thread. Only the newest request's answer lands: an older one, overtaken by the user's
    next click, is dropped. Owned by the widget it fills, so an answer arriving after the
    widget is gone goes nowhere."""

    def __init__(self, owner: QObject, pool: str = "reads") -> None:
        super().__init__(owner)
        self._pool = pool
        self._generation = 0
        self._pending = False
        self._on_success: Callable[[Any], None] = lambda _value: None
        self._on_error: Callable[[str], None] | None = None

    @property
    def pending(self) -> bool:
        """A read is under way whose answer has not landed yet."""
        return self._pending

    def start(
        self,
        read: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_error: Callable[[str], None] | None = None,
    ) -> Worker:
        """Run ``read()`` on a reader thread; ``on_success``/``on_error`` on the UI thread."""
        self._generation += 1
        generation = self._generation
        self._pending = True
        self._on_success, self._on_error = on_success, on_error

        def job(_p: Progress) -> tuple[int, bool, Any]:
            try:
                return generation, True, read()
            except Exception as exc:
                return generation, False, failure_text(exc)

        worker = Worker(job)
        worker.signals.succeeded.connect(self._landed)
        _running.add(worker)
        worker.signals.finished.connect(lambda: _running.discard(worker))
        reader_pool(self._pool).start(worker)
        return worker

    def drop(self) -> None:
        """Forget the read under way (its answer will be ignored)."""
        self._generation += 1
        self._pending = False

    @Slot(object)
    def _landed(self, answer: tuple[int, bool, Any]) -> None:
        generation, ok, value = answer
        if generation != self._generation:
            return  # overtaken by a newer read, or dropped
        self._pending = False
        if ok:
            self._on_success(value)
        elif self._on_error is not None:
            self._on_error(value)
