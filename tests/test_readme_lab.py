"""The README's "Running a lab" block, typed as a new trainer types it (issue 25's French
re-run): after ``lab reset`` of a student, the ``lab solve`` line as printed must work (it named
an exercise that builds on one the reset had just undone, and failed)."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

from tests.test_readme import README

CLI = [sys.executable, "-m", "idtoolkit.apps.cli.main"]


def lab_block() -> str:
    section = README.read_text(encoding="utf-8").split("## Running a lab", 1)[1]
    return section.split("```sh", 1)[1].split("```", 1)[0]


def readme_command(start: str) -> list[str]:
    """The block's line beginning ``start``, as a shell would split it: comments dropped, an
    optional ``[--flag value]`` left out (the README's notation for "optional")."""
    line = next(
        entry for entry in lab_block().splitlines() if entry.startswith(f"idtoolkit lab {start}")
    )
    line = re.sub(r"\[[^\]]*\]", "", line.split("#", 1)[0])
    return shlex.split(line)[1:]


def test_the_readme_lab_reset_then_solve_lines_work_as_printed(tmp_path: Path) -> None:
    roster = lab_block().split("<<CSV\n", 1)[1].split("CSV\n", 1)[0]
    (tmp_path / "roster.csv").write_text(roster, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("IDTOOLKIT_LANG", "LANG", "LC_ALL")}
    env |= {"IDTOOLKIT_LANG": "fr", "PYTHONIOENCODING": "utf-8"}
    for start in ("class create", "reset", "solve"):
        args = readme_command(start)
        done = subprocess.run(
            [*CLI, *args], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300
        )
        assert done.returncode == 0, f"{' '.join(args)}: {done.stdout}{done.stderr}"
