"""What a trainer or student does with a class: show, solve, check, reset.

Checks and solutions need the student's services (OCSP for the ``ocsp`` check, the TSA for
B-T signatures, CRLs for validation): when nothing listens on the student's port yet, they
are started in this process for the duration of the command and stopped afterwards.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from typing import Any

from idtoolkit.apps.labs.actions import run_step
from idtoolkit.apps.labs.checks import CheckContext, CheckResult, run_check
from idtoolkit.apps.labs.classroom import LabClass
from idtoolkit.apps.labs.enrolment import provision_student, repair_student_files
from idtoolkit.apps.labs.hsmenv import refresh_module
from idtoolkit.apps.labs.pack import Exercise
from idtoolkit.apps.labs.student_services import (
    SERVICE_KINDS,
    step_context,
    student_services,
)
from idtoolkit.apps.labs.text import localized, value_lines
from idtoolkit.apps.labs.values import render
from idtoolkit.errors import IDToolkitError


def _exercises(lab: LabClass, exercise: str | None) -> list[Exercise]:
    return [lab.pack.exercise(exercise)] if exercise else list(lab.pack.exercises)


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
        #: the values the pack uses, each named in words in the student's language
        "named_values": [list(pair) for pair in value_lines(lab.pack, values, lang)],
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
        ctx = step_context(lab, sid, ws, services)
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
        ctx = CheckContext(
            ws, values, lab.student_dir(sid) / "work", student.lang, lab.start_events(sid)
        )
        for ex in _exercises(lab, exercise):
            for item in ex.checks:
                results.append(run_check(ctx, ex.id, item))
    return results


def reset(lab: LabClass, sid: str, exercise: str | None = None) -> None:
    """Back to the pack's start state, tokens included. With ``exercise``, the reference
    solutions of the exercises before it are replayed, so the student can redo just that one."""
    student = lab.student(sid)
    secret = repair_student_files(lab, student)
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
