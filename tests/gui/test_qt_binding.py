"""The Qt binding the app runs on keeps Python's reference counts right where the app leans on
it hardest: every worker, read and progress bar emits signals, thousands per bulk job.

PySide6 6.12.0 returns ``emit()``'s ``True`` without a reference of its own, so each emit
steals one; on Python 3.11 (where ``True`` is not immortal) the process aborts or crashes once
enough signals were emitted. pyproject.toml excludes that release; this test fails on any
release with the same defect."""

from __future__ import annotations

import sys
import threading

from PySide6.QtCore import QCoreApplication, QObject, Signal


class _Emitter(QObject):
    value = Signal(object)
    bare = Signal()


def test_emitting_signals_leaves_reference_counts_alone(qapp) -> None:  # type: ignore[no-untyped-def]
    emitter = _Emitter()
    received: list[object] = []
    emitter.value.connect(received.append)
    emitter.bare.connect(lambda: received.append(None))
    before = sys.getrefcount(True)
    for _ in range(10):
        emitter.value.emit(1)
        emitter.bare.emit()
    worker = threading.Thread(target=lambda: [emitter.value.emit(2) for _ in range(10)])
    worker.start()
    worker.join()
    QCoreApplication.processEvents()
    assert len(received) == 30
    received.clear()
    assert sys.getrefcount(True) - before > -5, "Signal.emit() leaks references to True"
