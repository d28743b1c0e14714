"""Python's cyclic garbage collection, run on the UI thread only.

Left to itself, CPython's cyclic collector runs on whichever thread happens to allocate past
its threshold, often a reader thread of :mod:`gui.workers`. A Python-owned widget (a dialog, a
view, a timer) that ended in a reference cycle is then freed on that thread, where Qt cannot
stop its timers ("QBasicTimer::stop: Failed. Possibly trying to stop from a different
thread"): a later timer event reaches a deleted object and the app crashes (SIGSEGV), or the
freeing thread waits on a lock the UI thread holds and the app hangs.

:func:`install` turns the automatic collector off (``gc.disable()``) and runs the same
generational collection from a timer of the UI thread instead: every :data:`INTERVAL_MS`, the
youngest generation whose count passed its threshold (``gc.get_threshold()``) is collected,
with the older ones when theirs did too, as CPython would on allocation. Reader threads still
free what plain reference counting frees (their own results), never a cycle of widgets.
"""

from __future__ import annotations

import gc
import threading

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

#: How often the UI thread looks at the collector's counts. Short enough that a burst of
#: garbage is not kept long, long enough to cost nothing when idle (one integer comparison).
INTERVAL_MS = 200

_installed: UiThreadCollector | None = None


class UiThreadCollector(QObject):
    """The UI thread's collector: a timer owned by the application object."""

    def __init__(self, app: QCoreApplication, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(app)
        self.was_enabled = gc.isenabled()
        self.collections = 0  # how many collections this collector ran (for tests, stats)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect_due)
        gc.disable()
        self._timer.start()

    def collect_due(self) -> int | None:
        """Collect the oldest generation whose count passed its threshold (and the younger
        ones with it), as CPython does on allocation; the generation collected, or None."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        for generation in (2, 1, 0):
            threshold = thresholds[generation]
            if threshold and counts[generation] > threshold:
                gc.collect(generation)
                self.collections += 1
                return generation
        return None


def install(app: QCoreApplication) -> UiThreadCollector:
    """Collect on ``app``'s (the UI) thread only, from now on; once per application."""
    global _installed
    if threading.current_thread() is not threading.main_thread():
        raise RuntimeError("the UI-thread collector must be installed from the UI thread")
    if _installed is None or not shiboken6.isValid(_installed):
        _installed = UiThreadCollector(app)
    return _installed


def installed() -> UiThreadCollector | None:
    """The collector :func:`install` put in place and still running, if any."""
    if _installed is None or not shiboken6.isValid(_installed):
        return None
    return _installed


def uninstall() -> None:
    """Stop the UI-thread collector and let Python collect where it allocates again, as it
    did before :func:`install` (for a test suite that runs GUI and non-GUI tests in one
    process)."""
    global _installed
    if _installed is None:
        return
    was_enabled = _installed.was_enabled
    if shiboken6.isValid(_installed):
        _installed.deleteLater()  # its timer with it; it fires no more from now
        _installed._timer.stop()
    _installed = None
    if was_enabled:
        gc.enable()


def collect_now() -> None:
    """A full collection on the UI thread, after what Qt was asked to delete is deleted: at
    the end of a scripted render or a test, when nothing else is running."""
    if threading.current_thread() is not threading.main_thread():
        raise RuntimeError("collect on the UI thread only")
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    QCoreApplication.processEvents()
