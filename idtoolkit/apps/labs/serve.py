"""``lab serve``: every student's services (CRL, OCSP, CA certificates, TSA) on their own
port of 127.0.0.1, from one process; CRLs near the end of their life are re-published so a
lab that runs for days never serves a stale CRL."""

from __future__ import annotations

import contextlib
import datetime as dt
import threading
from typing import Any

from idtoolkit import api
from idtoolkit.apps.labs.classroom import LabClass
from idtoolkit.apps.labs.student_services import port_in_use
from idtoolkit.errors import IDToolkitError

REFRESH_SECONDS = 600.0


def refresh_crls(ws: Any, now: dt.datetime | None = None) -> list[str]:
    """Re-publish each CA's CRLs once half their validity has passed, as ``serve`` does (the
    same engine function), but never a CA's first CRL: publishing it is the student's job.
    Returns the CAs refreshed."""
    return sorted({info.ca for info in api.publish_due_crls(ws, now, first=False)})


class ClassServer:
    """Start with :meth:`start` (refuses when any student's port is taken, before starting
    anything), stop with :meth:`stop`."""

    def __init__(self, lab: LabClass):
        self.lab = lab
        self._servers: list[Any] = []
        self._workspaces: list[Any] = []
        self._stop = threading.Event()
        self._refresher: threading.Thread | None = None

    def start(self) -> list[str]:
        from idtoolkit.api.services import PKIServer

        for student in self.lab.students:
            if port_in_use(student.port):
                raise IDToolkitError(
                    "lab.student_port_in_use",
                    "student {id}: port {port} is already in use on 127.0.0.1 (another 'lab serve' or 'idtoolkit serve' running?)",
                    id=student.id,
                    port=student.port,
                )
        lines = []
        try:
            for student in self.lab.students:
                manager = self.lab.workspace(student.id)
                ws = manager.__enter__()
                self._workspaces.append(manager)
                refresh_crls(ws)
                try:
                    server = PKIServer(ws, "127.0.0.1", student.port, workers=1)
                except OSError as exc:
                    raise IDToolkitError(
                        "lab.student_cannot_listen",
                        "student {id}: cannot listen on 127.0.0.1:{port}: {reason}",
                        id=student.id,
                        port=student.port,
                        reason=exc.strerror or exc,
                    ) from None
                server.start_in_thread()
                self._servers.append(server)
                lines.append(f"{student.id}: {server.base}")
        except BaseException:
            self.stop()
            raise
        self._refresher = threading.Thread(target=self._refresh_loop, daemon=True)
        self._refresher.start()
        return lines

    def _refresh_loop(self) -> None:
        while not self._stop.wait(REFRESH_SECONDS):
            for student in self.lab.students:
                with contextlib.suppress(IDToolkitError), self.lab.workspace(student.id) as ws:
                    refresh_crls(ws)

    def stop(self) -> None:
        self._stop.set()
        for server in self._servers:
            server.stop()
        self._servers.clear()
        for manager in self._workspaces:
            manager.__exit__(None, None, None)
        self._workspaces.clear()
