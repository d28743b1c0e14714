"""A student's services while a command runs: checks and solutions need them (OCSP for the
``ocsp`` check, the TSA for B-T signatures, CRLs for validation); when nothing listens on the
student's port yet, they are started in this process for the duration of the command and
stopped afterwards. Also where the pack's set-up steps run, since they may need them too.
"""

from __future__ import annotations

import contextlib
import errno
import socket
from collections.abc import Iterator
from typing import Any

from idtoolkit.api.workspace import Workspace
from idtoolkit.apps.labs.actions import StepContext, run_step
from idtoolkit.apps.labs.classroom import LabClass

#: Checks that need the student's services: OCSP asks them; validation fetches their CRLs.
SERVICE_KINDS = ("ocsp", "signature")


def port_in_use(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.settimeout(0.5)
        return probe.connect_ex(("127.0.0.1", port)) == 0


class _Services:
    """The student's PKI server in a thread of this process, started on first need.

    It shares the command's workspace (``ws``) when given: the command waits on the server's
    answers, never uses the workspace at the same time, and the store opens a session per
    call; sharing saves a second passphrase derivation per student."""

    def __init__(self, lab: LabClass, sid: str, ws: Workspace | None = None):
        self.lab, self.sid, self.ws = lab, sid, ws
        self.server: Any = None
        self._ws_cm: Any = None

    def ensure(self) -> None:
        port = self.lab.student(self.sid).port
        if self.server is not None or port_in_use(port):
            return
        from idtoolkit.api.services import PKIServer

        if self.ws is None:
            self._ws_cm = self.lab.workspace(self.sid, check_tokens=False)
            ws = self._ws_cm.__enter__()
        else:
            ws = self.ws
        try:
            self.server = PKIServer(ws, "127.0.0.1", port, workers=1)
            self.server.start_in_thread()
        except BaseException as exc:
            self.server = None
            if self._ws_cm is not None:
                self._ws_cm.__exit__(None, None, None)
                self._ws_cm = None
            if isinstance(exc, OSError) and exc.errno == errno.EADDRINUSE and port_in_use(port):
                return  # the class's 'lab serve' took the port back meanwhile: it serves them
            raise

    def stop(self) -> None:
        if self.server is not None:
            self.server.stop()
            self.server = None
        if self._ws_cm is not None:
            self._ws_cm.__exit__(None, None, None)
            self._ws_cm = None


@contextlib.contextmanager
def student_services(lab: LabClass, sid: str, ws: Workspace | None = None) -> Iterator[_Services]:
    services = _Services(lab, sid, ws)
    try:
        yield services
    finally:
        services.stop()


def run_setup(lab: LabClass, sid: str, ws: Workspace) -> None:
    if not lab.pack.setup:
        return
    with student_services(lab, sid, ws) as services:
        ctx = step_context(lab, sid, ws, services)
        for step in lab.pack.setup:
            run_step(ctx, step)


def step_context(lab: LabClass, sid: str, ws: Workspace, services: _Services) -> StepContext:
    return StepContext(ws, lab.values(sid), lab.student_dir(sid) / "work", services.ensure)
