"""Checking a share of the class in a second process, so ``lab grade`` uses every core.

Checks are pure Python (pyHanko validation, pkilint, the student's in-process services): a
thread would share the GIL. Students are independent (own workspace, token, port), so each
share is checked exactly as ``lab check`` would, in a helper started through
:mod:`idtoolkit.helper_processes` (the same from source and from a frozen bundle). The helper gets the
class folder and student ids as arguments (no secrets: it reads them from the class folder as
the parent would) and writes one JSON line per student: the check results, or the error that
stopped that student's checks.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from idtoolkit.api.processes import helper_command
from idtoolkit.apps.labs.checks import CheckResult
from idtoolkit.apps.labs.classroom import LabClass
from idtoolkit.apps.labs.session import check
from idtoolkit.errors import IDToolkitError

#: what a student's checks gave: their results, or the one-line error that stopped them
Outcome = list[CheckResult] | IDToolkitError


def check_student(lab: LabClass, sid: str) -> Outcome:
    """One student's results; whatever stops them is that student's row, not the class's."""
    try:
        return check(lab, sid)
    except IDToolkitError as exc:
        return exc
    except Exception as exc:  # a student's damaged files must not stop the grading
        return IDToolkitError(
            "lab.student_check_failed",
            "student {sid}: checking stopped: {reason}",
            sid=sid,
            reason=f"{type(exc).__name__}: {exc}".splitlines()[0],
        )


def _line(sid: str, outcome: Outcome) -> str:
    if isinstance(outcome, IDToolkitError):
        return json.dumps(
            {
                "id": sid,
                "error": [
                    outcome.kind,
                    outcome.template,
                    {k: str(v) for k, v in outcome.params.items()},
                ],
            }
        )
    return json.dumps({"id": sid, "results": [r.as_dict() for r in outcome]})


def _parse(line: str) -> tuple[str, Outcome]:
    data = json.loads(line)
    if "error" in data:
        kind, template, params = data["error"]
        return str(data["id"]), IDToolkitError.rebuilt(str(kind), str(template), dict(params))
    return str(data["id"]), [CheckResult(**item) for item in data["results"]]


class ShareProcess:
    """The parent's side: one helper checking ``sids``; :meth:`outcomes` waits for it."""

    def __init__(self, directory: Path, sids: list[str]):
        self.sids = sids
        self._process = subprocess.Popen(
            helper_command("lab-check", str(directory), *sids),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )

    def outcomes(self) -> dict[str, Outcome]:
        """What the helper reported, by student; students it did not report are missing
        (the caller checks those itself rather than guessing)."""
        out, _err = self._process.communicate()
        found: dict[str, Outcome] = {}
        for line in out.splitlines():
            try:
                sid, outcome = _parse(line)
            except (ValueError, KeyError, TypeError):
                continue
            if sid in self.sids:
                found[sid] = outcome
        return found


def worker_main(argv: list[str]) -> int:
    """The helper's side: ``argv`` is the class folder then the student ids."""
    try:
        lab = LabClass.open(Path(argv[0]))
    except IDToolkitError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    for sid in argv[1:]:
        print(_line(sid, check_student(lab, sid)), flush=True)
    return 0
