"""The desktop app collects reference cycles on its UI thread only.

Python's cyclic collector runs on whichever thread allocates past its threshold; in the app
that is often a reader thread, which then frees the officer's widgets left in reference
cycles where Qt cannot stop their timers ("QBasicTimer::stop: Failed"), and the app crashes
with SIGSEGV a moment later. The stress below is what the app does all day, compressed:
dialogs with timers dropped in reference cycles while reader threads allocate. It runs in its
own process, as the app does (``create_app``, no test fixture), so a crash is a failed test,
not a lost test run."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

STRESS = r"""
import faulthandler, gc, sys, threading, time, weakref

faulthandler.dump_traceback_later(150, exit=True)  # a hang: every thread's stack, then exit

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit

from gui import workers
from gui.app import create_app

app = create_app(["stress"])
off_ui: list[str] = []
on_ui = 0


def watch(phase: str, _info: dict) -> None:
    global on_ui
    if phase == "start":
        if threading.current_thread() is threading.main_thread():
            on_ui += 1
        else:
            off_ui.append(threading.current_thread().name)


gc.callbacks.append(watch)
alive: weakref.WeakSet = weakref.WeakSet()


class CyclicDialog(QDialog):
    # What a dialog whose slot captured it looks like: only the cyclic collector frees it.
    def __init__(self) -> None:
        super().__init__()
        self.me = self
        self.timer = QTimer(self)  # registered with the UI thread's event dispatcher
        self.timer.start(5)
        self.edit = QLineEdit(self)  # its cursor blinks on a timer too
        self.label = QLabel("x", self)
        alive.add(self)


def read(_progress: object) -> int:
    # A reader thread's work: short-lived containers, some in cycles.
    kept = []
    for i in range(40_000):
        node: dict = {"i": i}
        node["self"] = node
        if i % 500 == 0:
            kept.append(node)
    return len(kept)


created = 0
deadline = time.monotonic() + float(sys.argv[1])
while time.monotonic() < deadline:
    for _ in range(10):
        CyclicDialog()
        created += 1
    jobs = [workers.start(read, pool=workers.reader_pool()) for _ in range(4)]
    while not all(job.done for job in jobs):
        app.processEvents()
        time.sleep(0.002)
    app.processEvents()
end = time.monotonic() + 1.0
while time.monotonic() < end:  # the UI thread's collector catches up
    app.processEvents()
    time.sleep(0.01)
workers.wait_all()
print(f"created={created} alive={len(alive)} on_ui={on_ui} off_ui={len(off_ui)}", flush=True)
"""


def test_reference_cycles_are_collected_on_the_ui_thread_only() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    proc = subprocess.run(
        [sys.executable, "-c", STRESS, "6"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, f"the app died ({proc.returncode}): {proc.stderr[-2000:]}"
    assert "QBasicTimer" not in proc.stderr, proc.stderr[-2000:]
    assert "another thread" not in proc.stderr, proc.stderr[-2000:]
    stats = dict(item.split("=") for item in proc.stdout.split())
    assert int(stats["off_ui"]) == 0, stats  # no collection ran on a reader thread
    assert int(stats["on_ui"]) > 0, stats  # the UI thread did collect
    assert int(stats["alive"]) < int(stats["created"]) // 2, stats  # cycles do not pile up
