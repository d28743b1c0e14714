"""Training-lab benchmark: a whole class through the CLI, as a trainer runs it.

Run from the project root::

    .venv/bin/python bench/lab_class.py [--students 20] [--pack signatures] [--json]

Timed, each as one ``idtoolkit lab …`` process: ``class create`` (workspaces, tokens,
handouts, the pack's setup), ``reset`` of one student, and ``grade`` (every check of every
student, after every student was solved). The baseline, measured in the same run, is the
floor any class creation pays: one SoftHSM token and one empty workspace per student, made
in-process with hsm_sim and the engine. Targets from the labs issue: create <= 60 s,
reset <= 5 s, checking all 20 students <= 20 s.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

TARGETS = {"create": 60.0, "reset": 5.0, "check_all": 20.0}


def log(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def cli(*args: str) -> float:
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "idtoolkit.cli.main", *args], capture_output=True, text=True
    )
    elapsed = time.perf_counter() - start
    if done.returncode not in (0,):
        raise SystemExit(f"idtoolkit {' '.join(args[:3])} failed: {done.stderr.strip()}")
    return elapsed


def baseline(folder: Path, students: int) -> float:
    """One token and one empty workspace per student: the floor of ``class create``."""
    from hsm_sim import SoftHSMEnv
    from idtoolkit.workspace import Workspace

    start = time.perf_counter()
    env = SoftHSMEnv.create(folder / "hsm")
    for n in range(students):
        env.add_token(f"s{n}-main", secrets.token_hex(8), f"{secrets.randbelow(10**6):06d}")
        Workspace.init(folder / f"ws{n}", secrets.token_urlsafe(12).encode()).close()
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, default=20)
    parser.add_argument("--pack", default="signatures", help="shipped pack id (default signatures)")
    parser.add_argument("--base-port", type=int, default=27100)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="idt-lab-bench-") as tmp:
        folder = Path(tmp)
        roster = folder / "roster.csv"
        rows = [f"s{n:02d},Student {n},{'fr' if n % 2 else 'en'}" for n in range(args.students)]
        roster.write_text("id,name,lang\n" + "\n".join(rows) + "\n", encoding="utf-8")
        log(f"baseline: {args.students} tokens + empty workspaces …")
        base = baseline(folder / "baseline", args.students)
        classdir = folder / "class"
        log(f"lab class create ({args.pack}, {args.students} students) …")
        create = cli("lab", "class", "create", "--pack", args.pack, "--roster", str(roster),
                     "--out", str(classdir), "--base-port", str(args.base_port), "--json")  # fmt: skip
        log("solving every student (not timed against a target) …")
        from idtoolkit import api

        start = time.perf_counter()
        lab = api.LabClass.open(classdir)
        for student in lab.students:
            api.lab_solve(lab, student.id)
        solve_all = time.perf_counter() - start
        log("lab grade (checks every exercise of every student) …")
        check_all = cli("lab", "grade", "--class", str(classdir), "--json")
        log("lab check of one student …")
        check_one = cli("lab", "check", "--class", str(classdir), "--student", "s00", "--json")
        log("lab reset of one student …")
        reset = cli("lab", "reset", "--class", str(classdir), "--student", "s00", "--json")
    results: dict[str, Any] = {
        "students": args.students,
        "pack": args.pack,
        "cpus": os.cpu_count(),
        "baseline_tokens_and_workspaces_s": round(base, 2),
        "create_s": round(create, 2),
        "create_vs_baseline": round(create / base, 2),
        "solve_all_in_process_s": round(solve_all, 2),
        "check_all_s": round(check_all, 2),
        "check_one_s": round(check_one, 2),
        "reset_one_s": round(reset, 2),
        "targets_s": TARGETS,
        "within_targets": create <= TARGETS["create"]
        and reset <= TARGETS["reset"]
        and check_all <= TARGETS["check_all"],
    }
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        for key, value in results.items():
            print(f"{key:36} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
