"""``lab serve``: every student's services (CRL, OCSP, CA certificates, TSA) on their own
port of 127.0.0.1, from one process; CRLs near the end of their life are re-published so a
lab that runs for days never serves a stale CRL."""

from __future__ import annotations

import contextlib
import datetime as dt
import threading
from typing import Any

from idtoolkit import api
from idtoolkit.apps.labs.classroom import START_FILE, LabClass
from idtoolkit.apps.labs.student_services import port_in_use
from idtoolkit.errors import IDToolkitError

REFRESH_SECONDS = 600.0


def refresh_crls(ws: Any, now: dt.datetime | None = None) -> list[str]:
    """Re-publish each CA's CRLs once half their validity has passed, as ``serve`` does (the
    same engine function), but never a CA's first CRL: publishing it is the student's job.
    Returns the CAs refreshed."""
    return sorted({info.ca for info in api.publish_due_crls(ws, now, first=False)})


def _stamp(lab: LabClass, sid: str) -> tuple[int, int] | None:
    """Which start state the student is in: the inode of their store and the time their
    start.json was written, the last step of making (or resetting) a student; None while
    either is missing (a reset under way). ``lab reset`` changes it; the server follows."""
    folder = lab.student_dir(sid)
    try:
        return (
            (folder / "workspace" / "idtoolkit.db").stat().st_ino,
            (folder / START_FILE).stat().st_mtime_ns,
        )
    except OSError:
        return None


class _Served:
    """One student's server in this process, with the workspace it serves."""

    def __init__(self, sid: str, port: int):
        self.sid, self.port = sid, port
        self.server: Any = None
        self.manager: Any = None
        self.stamp: tuple[int, int] | None = None
        #: opening failed for this stamp: tried again only once the student changes
        self.failed = False

    def open(self, lab: LabClass) -> str:
        from idtoolkit.api.services import PKIServer

        self.stamp = _stamp(lab, self.sid)
        manager = lab.workspace(self.sid)
        ws = manager.__enter__()
        try:
            refresh_crls(ws)
            try:
                server = PKIServer(ws, "127.0.0.1", self.port, workers=1)
            except OSError as exc:
                raise IDToolkitError(
                    "lab.student_cannot_listen",
                    "student {id}: cannot listen on 127.0.0.1:{port}: {reason}",
                    id=self.sid,
                    port=self.port,
                    reason=exc.strerror or exc,
                ) from None
            server.start_in_thread()
        except BaseException:
            manager.__exit__(None, None, None)
            raise
        self.server, self.manager = server, manager
        return f"{self.sid}: {server.base}"

    def close(self) -> None:
        if self.server is not None:
            self.server.stop()
            self.server = None
        if self.manager is not None:
            self.manager.__exit__(None, None, None)
            self.manager = None


class ClassServer:
    """Start with :meth:`start`, stop with :meth:`stop`. A student whose port is taken
    (their own 'idtoolkit serve', another program) or whose folder is damaged is skipped
    with a warning (:attr:`warnings`) and the others are served. A student reset or solved
    while it serves is followed: a new store is reopened at once (watched twice a second),
    new CAs are picked up by the OCSP responder itself."""

    WATCH_SECONDS = 0.5

    def __init__(self, lab: LabClass):
        self.lab = lab
        self.warnings: list[str] = []
        self._served: list[_Served] = []
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._threads: list[threading.Thread] = []

    def start(self) -> list[str]:
        lines = []
        try:
            for student in self.lab.students:
                served = _Served(student.id, student.port)
                if port_in_use(student.port):
                    self.warnings.append(
                        f"student {student.id}: port {student.port} is already in use on "
                        "127.0.0.1 (their own 'idtoolkit serve'?): not served here"
                    )
                    continue
                self._served.append(served)
                try:
                    lines.append(served.open(self.lab))
                except IDToolkitError as exc:
                    served.failed = True
                    self.warnings.append(f"{exc} (served once it is reset)")
        except BaseException:
            self.stop()
            raise
        if not lines:
            self.stop()
            raise IDToolkitError(
                "lab.nothing_to_serve",
                "no student of the class can be served: {reasons}",
                reasons="; ".join(self.warnings) or "no students",
            )
        for target in (self._refresh_loop, self._watch_loop):
            thread = threading.Thread(target=target, daemon=True)
            thread.start()
            self._threads.append(thread)
        return lines

    def _refresh_loop(self) -> None:
        while not self._stop.wait(REFRESH_SECONDS):
            for student in self.lab.students:
                with contextlib.suppress(IDToolkitError), self.lab.workspace(student.id) as ws:
                    refresh_crls(ws)

    def _watch_loop(self) -> None:
        while not self._stop.wait(self.WATCH_SECONDS):
            self.follow()

    def follow(self) -> list[str]:
        """Reopen each student whose store was replaced (a reset) or who is not served yet
        (damaged, or the port busy during a reset); returns the students reopened."""
        reopened = []
        with self._lock:
            for served in self._served:
                if self._stop.is_set():
                    break
                stamp = _stamp(self.lab, served.sid)
                if stamp == served.stamp and (served.server is not None or served.failed):
                    continue
                served.close()
                served.stamp, served.failed = stamp, False
                if stamp is None or port_in_use(served.port):
                    continue  # mid-reset (the reset serves the port itself): next time
                from idtoolkit.apps.labs.hsmenv import refresh_module

                refresh_module()  # a reset made new tokens in another process
                try:
                    served.open(self.lab)
                except IDToolkitError as exc:
                    served.close()
                    # A command of the student's took the port a moment ago (it serves them
                    # while it runs): tried again next time. A damaged folder waits for a reset.
                    busy = exc.kind == "lab.student_cannot_listen"
                    served.stamp, served.failed = stamp, not busy
                    continue
                reopened.append(served.sid)
        return reopened

    def stop(self) -> None:
        self._stop.set()
        with self._lock:
            for served in self._served:
                served.close()
            self._served.clear()
