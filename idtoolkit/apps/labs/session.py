"""What a trainer or student does with a class: show, solve, check, reset.

Checks and solutions need the student's services (OCSP for the ``ocsp`` check, the TSA for
B-T signatures, CRLs for validation): when nothing listens on the student's port yet, they
are started in this process for the duration of the command and stopped afterwards.
"""

from __future__ import annotations

import contextlib
import shutil
import socket
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from idtoolkit.apps.labs.actions import StepContext, run_step
from idtoolkit.apps.labs.checks import CheckContext, CheckResult, run_check
from idtoolkit.apps.labs.classroom import LabClass, provision_student
from idtoolkit.apps.labs.hsmenv import refresh_module
from idtoolkit.apps.labs.pack import Exercise
from idtoolkit.apps.labs.text import localized
from idtoolkit.apps.labs.values import render
from idtoolkit.errors import IDToolkitError
from idtoolkit.workspace import Workspace

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
        from idtoolkit.services.http import PKIServer

        if self.ws is None:
            self._ws_cm = self.lab.workspace(self.sid, check_tokens=False)
            ws = self._ws_cm.__enter__()
        else:
            ws = self.ws
        try:
            self.server = PKIServer(ws, "127.0.0.1", port, workers=1)
            self.server.start_in_thread()
        except BaseException:
            self.server = None
            if self._ws_cm is not None:
                self._ws_cm.__exit__(None, None, None)
                self._ws_cm = None
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


def _exercises(lab: LabClass, exercise: str | None) -> list[Exercise]:
    return [lab.pack.exercise(exercise)] if exercise else list(lab.pack.exercises)


def run_setup(lab: LabClass, sid: str, ws: Workspace) -> None:
    if not lab.pack.setup:
        return
    with student_services(lab, sid, ws) as services:
        ctx = _step_context(lab, sid, ws, services)
        for step in lab.pack.setup:
            run_step(ctx, step)


def _step_context(lab: LabClass, sid: str, ws: Workspace, services: _Services) -> StepContext:
    return StepContext(ws, lab.values(sid), lab.student_dir(sid) / "work", services.ensure)


@dataclass(frozen=True)
class ExerciseView:
    id: str
    title: str
    points: int
    statement: str


def show(lab: LabClass, sid: str) -> dict[str, Any]:
    """The student's statement with their own values, in their language."""
    student = lab.student(sid)
    values = lab.values(sid)
    lang = student.lang
    return {
        "student": student.id,
        "name": student.name,
        "lang": lang,
        "port": student.port,
        "title": localized(lab.pack.title, lang),
        "instructions": render(localized(lab.pack.instructions, lang), values).strip(),
        "values": values,
        "exercises": [
            ExerciseView(
                e.id,
                localized(e.title, lang),
                e.points,
                render(localized(e.statement, lang), values).strip(),
            ).__dict__
            for e in lab.pack.exercises
        ],
    }


def solve(lab: LabClass, sid: str, exercise: str | None = None) -> list[str]:
    """The trainer's reference solution, through the engine API a student uses."""
    done = []
    with lab.workspace(sid) as ws, student_services(lab, sid, ws) as services:
        ctx = _step_context(lab, sid, ws, services)
        for ex in _exercises(lab, exercise):
            for step in ex.solve:
                try:
                    run_step(ctx, step)
                except IDToolkitError as exc:
                    raise _step_failed(lab, sid, ex.id, step.action, exc, exercise) from None
            done.append(ex.id)
    return done


def _step_failed(
    lab: LabClass, sid: str, ex_id: str, action: str, exc: IDToolkitError, alone: str | None
) -> IDToolkitError:
    """The error of a solution step, naming the student, exercise and step; for one exercise
    solved alone, also the exercises it builds on, which may not be done yet."""
    ids = [ex.id for ex in lab.pack.exercises]
    earlier = ids[: ids.index(ex_id)] if alone is not None else []
    params = {"student": sid, "exercise": ex_id, "step": action, "reason": str(exc)}
    if earlier:
        return type(exc)(
            "lab.solve_step_failed_builds_on",
            "student {student}, exercise {exercise}, step {step}: {reason} (exercise {exercise} "
            "builds on {earlier}: solve those first, e.g. 'lab solve --exercise {first}', or "
            "solve them all without --exercise)",
            earlier=", ".join(earlier),
            first=earlier[0],
            **params,
        )
    return type(exc)(
        "lab.solve_step_failed",
        "student {student}, exercise {exercise}, step {step}: {reason}",
        **params,
    )


def check(lab: LabClass, sid: str, exercise: str | None = None) -> list[CheckResult]:
    student = lab.student(sid)
    values = lab.values(sid)
    results = []
    with lab.workspace(sid) as ws, student_services(lab, sid, ws) as services:
        if any(c.kind in SERVICE_KINDS for ex in _exercises(lab, exercise) for c in ex.checks):
            services.ensure()
        ctx = CheckContext(ws, values, lab.student_dir(sid) / "work", student.lang)
        for ex in _exercises(lab, exercise):
            for item in ex.checks:
                results.append(run_check(ctx, ex.id, item))
    return results


def reset(lab: LabClass, sid: str, exercise: str | None = None) -> None:
    """Back to the pack's start state, tokens included. With ``exercise``, the reference
    solutions of the exercises before it are replayed, so the student can redo just that one."""
    student = lab.student(sid)
    secret = lab.secrets(sid)
    env = lab.hsm()
    refresh_module()
    present = {t.label for t in env.list_tokens()}
    for label in lab.token_labels(sid).values():
        if label in present:
            env.delete_token(label)
    folder = lab.student_dir(sid)
    for name in ("workspace", "work"):
        shutil.rmtree(folder / name, ignore_errors=True)
    provision_student(lab, student, secret)
    if exercise:
        before = []
        for ex in lab.pack.exercises:
            if ex.id == exercise:
                break
            before.append(ex.id)
        else:
            lab.pack.exercise(exercise)  # raises: unknown exercise
        for ex_id in before:
            solve(lab, sid, ex_id)
