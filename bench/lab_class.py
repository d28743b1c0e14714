"""Training-lab benchmark: a whole class through the CLI, as a trainer runs it.

Run from the project root::

    .venv/bin/python bench/lab_class.py [--students 20] [--pack signatures|all] [--json]

Timed, each as one ``idtoolkit lab …`` process: ``class create`` (workspaces, tokens,
handouts, the pack's setup), ``reset`` of one student, and ``grade`` (every check of every
student, after every student was solved). The baseline, measured in the same run, is the
floor any class creation pays: one SoftHSM token and one empty workspace per student, made
in-process with hsm_sim and the engine. Targets from the labs issue: create <= 60 s,
reset <= 5 s, checking all 20 students <= 20 s; each is printed with its figure and PASS or
MISS. The 1-minute load average at the start is printed too: on a machine shared with other
work the figures are only comparable at a similar load.
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
SHIPPED = ["pki-basics", "hsm", "signatures", "acme"]


def log(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def cli(*args: str) -> float:
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "idtoolkit.apps.cli.main", *args], capture_output=True, text=True
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
        passphrase = secrets.token_urlsafe(12).encode()  # made as a class's (see create)
        Workspace.init(folder / f"ws{n}", passphrase, generated_passphrase=True).close()
    return time.perf_counter() - start


def run_pack(pack: str, students: int, base_port: int) -> dict[str, Any]:
    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="idt-lab-bench-") as tmp:
        folder = Path(tmp)
        roster = folder / "roster.csv"
        rows = [f"s{n:02d},Student {n},{'fr' if n % 2 else 'en'}" for n in range(students)]
        roster.write_text("id,name,lang\n" + "\n".join(rows) + "\n", encoding="utf-8")
        log(f"baseline: {students} tokens + empty workspaces …")
        base = baseline(folder / "baseline", students)
        classdir = folder / "class"
        log(f"lab class create ({pack}, {students} students) …")
        create = cli("lab", "class", "create", "--pack", pack, "--roster", str(roster),
                     "--out", str(classdir), "--base-port", str(base_port), "--json")  # fmt: skip
        log("solving every student (not timed against a target) …")
        from idtoolkit.apps import labs

        start = time.perf_counter()
        lab = labs.LabClass.open(classdir)
        for student in lab.students:
            labs.solve(lab, student.id)
        solve_all = time.perf_counter() - start
        log("lab grade (checks every exercise of every student) …")
        check_all = cli("lab", "grade", "--class", str(classdir), "--json")
        log("lab check of one student …")
        check_one = cli("lab", "check", "--class", str(classdir), "--student", "s00", "--json")
        log("lab reset of one student …")
        reset = cli("lab", "reset", "--class", str(classdir), "--student", "s00", "--json")
    measured = {"create": create, "reset": reset, "check_all": check_all}
    targets = [
        {
            "target": name,
            "limit_s": limit,
            "measured_s": round(measured[name], 2),
            "pass": measured[name] <= limit,
        }
        for name, limit in TARGETS.items()
    ]
    return {
        "students": students,
        "pack": pack,
        "cpus": os.cpu_count(),
        "load_average_1min": round(load, 2),
        "baseline_tokens_and_workspaces_s": round(base, 2),
        "create_s": round(create, 2),
        "create_vs_baseline": round(create / base, 2),
        "solve_all_in_process_s": round(solve_all, 2),
        "check_all_s": round(check_all, 2),
        "check_one_s": round(check_one, 2),
        "reset_one_s": round(reset, 2),
        "targets": targets,
        "within_targets": all(t["pass"] for t in targets),
    }


def print_table(results: dict[str, Any]) -> None:
    for key, value in results.items():
        if key != "targets":
            print(f"{key:36} {value}")
    for t in results["targets"]:
        verdict = "PASS" if t["pass"] else "MISS"
        label = f"target {t['target']} <= {t['limit_s']:g} s"
        print(f"{label:36} {t['measured_s']:.2f} s  {verdict}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, default=20)
    parser.add_argument(
        "--pack", default="signatures", help="shipped pack id, or 'all' (default signatures)"
    )
    parser.add_argument("--base-port", type=int, default=27100)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    packs = SHIPPED if args.pack == "all" else [args.pack]
    runs = [run_pack(pack, args.students, args.base_port) for pack in packs]
    if args.json:
        print(json.dumps(runs[0] if len(runs) == 1 else runs, indent=2))
    else:
        for n, results in enumerate(runs):
            if n:
                print()
            print_table(results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
