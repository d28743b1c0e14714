"""Running a server as several forked worker processes, and keeping them running.

The parent only supervises: it forks ``count`` children, waits until each says it accepts
connections, restarts any that dies (with a pause when they keep dying at once, so a broken
worker cannot turn into a fork loop), and stops them all on SIGINT/SIGTERM, killing what does
not stop within five seconds. What a worker does is the caller's business.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import time
from collections.abc import Callable
from types import FrameType

from idtoolkit.errors import IDToolkitError

log = logging.getLogger("idtoolkit.serve")

#: A worker's main: serve, and call ``started()`` once connections are accepted.
WorkerMain = Callable[[Callable[[], None]], None]

QUICK_EXIT_SECONDS = 5.0
MAX_QUICK_EXITS = 5
STOP_GRACE_SECONDS = 5.0


class _Stop(Exception):
    pass


def supervise(count: int, worker_main: WorkerMain, ready: Callable[[], None] | None) -> None:
    """Fork ``count`` workers running ``worker_main`` and keep them running until SIGINT or
    SIGTERM. ``ready`` is called once every worker has started. SIGTERM returns, SIGINT
    raises KeyboardInterrupt after the workers have stopped."""
    children: dict[int, float] = {}
    started_r, started_w = os.pipe()

    def spawn(report: int | None) -> None:
        pid = os.fork()
        if pid == 0:  # the child: serve, and never return into the caller's stack
            code = 0
            try:
                signal.signal(signal.SIGINT, signal.SIG_DFL)
                signal.signal(signal.SIGTERM, signal.SIG_DFL)
                if report is not None:  # a replacement is forked after the pipe is closed
                    os.close(started_r)

                def started() -> None:
                    if report is not None:
                        os.write(report, b"+")
                        os.close(report)

                worker_main(started)
            except BaseException:
                log.exception("worker %d failed", os.getpid())
                code = 1
            finally:
                logging.shutdown()
                os._exit(code)
        children[pid] = time.monotonic()

    def on_term(_signum: int, _frame: FrameType | None) -> None:
        raise _Stop

    previous = signal.signal(signal.SIGTERM, on_term)
    try:
        for _ in range(count):
            spawn(started_w)
        os.close(started_w)
        _wait_started(started_r, count)
        if ready is not None:
            ready()
        _keep_running(children, spawn)
    except _Stop:  # SIGTERM returns; a Ctrl-C goes on up once the workers are stopped
        pass
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        for fd in (started_r, started_w):
            with contextlib.suppress(OSError):
                os.close(fd)
        _stop_all(children)
        signal.signal(signal.SIGTERM, previous)


def _wait_started(started_r: int, count: int) -> None:
    started = 0
    while started < count:  # until each worker listens, or one of them died
        chunk = os.read(started_r, 64)
        if not chunk:
            break
        started += len(chunk)
    os.close(started_r)
    if started < count:
        raise IDToolkitError(
            "service.workers_did_not_start",
            "the server workers did not start: see the messages above",
        )


def _keep_running(children: dict[int, float], spawn: Callable[[int | None], None]) -> None:
    quick_exits = 0
    while children:
        pid, status = os.wait()
        began = children.pop(pid, None)
        if began is None:
            continue
        log.warning(
            "worker %d exited (status %d); starting another",
            pid,
            os.waitstatus_to_exitcode(status),
        )
        if time.monotonic() - began < QUICK_EXIT_SECONDS:
            quick_exits += 1
            if quick_exits > MAX_QUICK_EXITS:
                raise IDToolkitError(
                    "service.workers_keep_failing",
                    "the server workers keep failing: see the log",
                )
            time.sleep(1.0)  # not a fork loop
        else:
            quick_exits = 0
        spawn(None)


def _stop_all(children: dict[int, float]) -> None:
    for pid in children:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + STOP_GRACE_SECONDS
    while children and time.monotonic() < deadline:
        for pid in list(children):
            try:
                done, _status = os.waitpid(pid, os.WNOHANG)
            except ChildProcessError:
                done = pid
            if done:
                children.pop(pid)
        time.sleep(0.02)
    for pid in children:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
