"""Grades for the whole class: points per student and exercise, as JSON, CSV and an HTML
table a trainer can project (no plots, no scripts, readable on any browser offline)."""

from __future__ import annotations

import csv
import html
import io
import os
from dataclasses import dataclass, field
from typing import Any

from idtoolkit.apps.labs.classroom import LabClass
from idtoolkit.apps.labs.grade_worker import Outcome, ShareProcess, check_student
from idtoolkit.errors import IDToolkitError


@dataclass
class StudentGrade:
    id: str
    name: str
    points: dict[str, int] = field(default_factory=dict)
    error: str = ""

    @property
    def total(self) -> int:
        return sum(self.points.values())


@dataclass
class ClassGrades:
    pack: str
    exercises: list[tuple[str, int]]
    students: list[StudentGrade]

    @property
    def max_points(self) -> int:
        return sum(points for _, points in self.exercises)

    def as_dict(self) -> dict[str, Any]:
        return {
            "pack": self.pack,
            "exercises": [{"id": e, "points": p} for e, p in self.exercises],
            "max_points": self.max_points,
            "students": [
                {"id": s.id, "name": s.name, "points": s.points, "total": s.total, "error": s.error}
                for s in self.students
            ],
            "total": len(self.students),
        }

    def rows(self) -> list[list[str]]:
        header = ["id", "name", *[e for e, _ in self.exercises], "total"]
        body = [
            [s.id, s.name, *[str(s.points.get(e, 0)) for e, _ in self.exercises], str(s.total)]
            for s in self.students
        ]
        return [header, *body]

    def csv(self) -> str:
        out = io.StringIO()
        csv.writer(out, lineterminator="\n").writerows(self.rows())
        return out.getvalue()

    def html(self) -> str:
        head, *body = self.rows()
        cells = "".join(f"<th>{html.escape(h)}</th>" for h in head)
        lines = [
            "<!DOCTYPE html>",
            '<html><head><meta charset="utf-8">',
            f"<title>Lab {html.escape(self.pack)}: grades</title>",
            "<style>body{font-family:sans-serif;font-size:20px}table{border-collapse:collapse}"
            "td,th{border:1px solid #444;padding:6px 12px;text-align:center}"
            "td.full{background:#c8f0c8}td.zero{background:#f6d0d0}</style></head><body>",
            f"<h1>{html.escape(self.pack)}: {len(self.students)} students, "
            f"{self.max_points} points</h1>",
            f"<table><tr>{cells}</tr>",
        ]
        maxima = dict(self.exercises)
        for row, student in zip(body, self.students, strict=True):
            tds = [f"<td>{html.escape(row[0])}</td>", f"<td>{html.escape(row[1])}</td>"]
            for (ex, _), value in zip(self.exercises, row[2:-1], strict=True):
                css = "full" if int(value) == maxima[ex] else "zero" if value == "0" else ""
                tds.append(f'<td class="{css}">{value}</td>')
            tds.append(f"<td><b>{row[-1]}</b></td>")
            if student.error:
                tds.append(f"<td>{html.escape(student.error)}</td>")
            lines.append("<tr>" + "".join(tds) + "</tr>")
        lines += ["</table>", "</body></html>", ""]
        return "\n".join(lines)


#: Below this many students a helper process costs more (its start-up) than it saves.
_MIN_STUDENTS_PER_SHARE = 3


def _shares(sids: list[str], workers: int | None) -> list[list[str]]:
    """Students dealt round-robin into one share per core, each big enough to pay for a
    helper's start-up (``workers`` says how many shares instead); the first share is checked
    in this process."""
    if workers is None:
        count = min(os.cpu_count() or 1, len(sids) // _MIN_STUDENTS_PER_SHARE)
    else:
        count = min(workers, len(sids))
    count = max(1, count)
    return [sids[n::count] for n in range(count)]


def _outcomes(lab: LabClass, workers: int | None) -> dict[str, Outcome]:
    own, *others = _shares([s.id for s in lab.students], workers)
    helpers = []
    for share in others:
        try:
            helpers.append(ShareProcess(lab.directory, share))
        except OSError:  # no process to be had (limits, memory): this one checks them
            own += share
    outcomes = {sid: check_student(lab, sid) for sid in own}
    for helper in helpers:
        outcomes.update(helper.outcomes())
        for sid in helper.sids:  # a helper that died: its students are checked here
            if sid not in outcomes:
                outcomes[sid] = check_student(lab, sid)
    return outcomes


def grade(lab: LabClass, workers: int | None = None) -> ClassGrades:
    """An exercise earns its points only when every one of its checks passes. Students are
    checked in parallel, one share per core (``workers`` overrides the count)."""
    exercises = [(e.id, e.points) for e in lab.pack.exercises]
    outcomes = _outcomes(lab, workers)
    students = []
    for student in lab.students:
        row = StudentGrade(student.id, student.name, {e: 0 for e, _ in exercises})
        results = outcomes[student.id]
        if isinstance(results, IDToolkitError):
            row.error = str(results)
        else:
            for ex_id, points in exercises:
                mine = [r for r in results if r.exercise == ex_id]
                row.points[ex_id] = points if mine and all(r.passed for r in mine) else 0
        students.append(row)
    return ClassGrades(lab.pack.id, exercises, students)
