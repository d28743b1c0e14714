"""``idtoolkit lab …``: training labs (packs, class folders, checking and grading)."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from pathlib import Path
from typing import Any

from idtoolkit.apps.cli.io import check_writable, emit, table, write_file
from idtoolkit.apps.cli.language import N_, _, nsay, say
from idtoolkit.apps.cli.parser import Subcommands, add_command, add_group

#: The examples of the student commands declared in a loop.
_EXAMPLES = {
    "show": "idtoolkit lab show --class class-2026 --student awa",
    "check": "idtoolkit lab check --class class-2026 --student awa --exercise tls",
    "solve": "idtoolkit lab solve --class class-2026 --student awa --exercise tls",
    "reset": "idtoolkit lab reset --class class-2026 --student awa",
}


def register(commands: Subcommands, common: argparse.ArgumentParser) -> None:
    """The lab commands take no workspace: their own common options, only --json."""
    json_only = argparse.ArgumentParser(add_help=False)
    json_only.add_argument(
        "--json", action="store_true", default=argparse.SUPPRESS, help="print machine-readable JSON"
    )
    sub = add_group(commands, "lab", "training labs: packs, classes, checks, grades", "lab_command")
    p = add_command(
        sub,
        "validate",
        validate,
        example="idtoolkit lab validate pki-basics",
        parents=[json_only],
        help="check a lab pack file",
    )
    p.add_argument("pack", help="pack file, or a shipped pack: pki-basics, hsm, signatures, acme")

    ksub = add_group(sub, "class", "create or export a class folder", "lab_class_command")
    p = add_command(
        ksub,
        "create",
        class_create,
        example="idtoolkit lab class create --pack pki-basics --roster roster.csv --out class-2026",
        parents=[json_only],
        help="a class folder from a pack and a roster",
    )
    p.add_argument("--pack", required=True, help="pack file or shipped pack id")
    p.add_argument("--roster", required=True, type=Path, help="CSV with columns id,name,lang")
    p.add_argument("--out", required=True, type=Path, metavar="CLASSDIR", help="new folder")
    p.add_argument(
        "--base-port",
        type=int,
        default=18100,
        metavar="N",
        help="students get ports N+1, N+2, … (default 18100)",
    )
    p = add_command(
        ksub,
        "export",
        class_export,
        example="idtoolkit lab class export --class class-2026 --student awa --out /media/usb/awa",
        parents=[json_only],
        help="one student's part, e.g. for a USB stick",
    )
    _class_student(p)
    p.add_argument("--out", required=True, type=Path, metavar="DIR")

    for name, handler, text in (
        ("show", show, N_("a student's statement with their values")),
        ("check", check, N_("check a student's work (exit 0 only when every check passes)")),
        ("solve", solve, N_("run the reference solution for a student")),
        ("reset", reset, N_("put a student back to the pack's start state, token included")),
    ):
        p = add_command(sub, name, handler, example=_EXAMPLES[name], parents=[json_only], help=text)
        _class_student(p)
        if name != "show":
            p.add_argument("--exercise", metavar="ID", help="only this exercise")
    p = add_command(
        sub,
        "grade",
        grade,
        example="idtoolkit lab grade --class class-2026 --csv grades.csv",
        parents=[json_only],
        help="points of every student, CSV and HTML",
    )
    p.add_argument(
        "--class", dest="class_dir", required=True, type=Path, metavar="DIR",
        help="the class folder made by 'lab class create'",
    )  # fmt: skip
    p.add_argument("--csv", type=Path, metavar="FILE", help="also write the grades as CSV")
    p.add_argument(
        "--html",
        type=Path,
        metavar="FILE",
        help="HTML report (default: CLASSDIR/trainer/grades.html)",
    )
    p = add_command(
        sub,
        "serve",
        serve,
        example="idtoolkit lab serve --class class-2026",
        parents=[json_only],
        help="every student's services on their port",
    )
    p.add_argument(
        "--class", dest="class_dir", required=True, type=Path, metavar="DIR",
        help="the class folder made by 'lab class create'",
    )  # fmt: skip


def _class_student(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--class", dest="class_dir", required=True, type=Path, metavar="DIR",
        help="the class folder made by 'lab class create'",
    )  # fmt: skip
    p.add_argument("--student", required=True, metavar="ID", help="the student's id in the roster")


def _open(args: argparse.Namespace) -> Any:
    from idtoolkit.apps.labs import LabClass

    return LabClass.open(args.class_dir)


def validate(args: argparse.Namespace) -> None:
    from idtoolkit.apps.labs import load_pack

    pack = load_pack(args.pack)
    data = {
        "id": pack.id,
        "languages": list(pack.languages),
        "tokens": list(pack.tokens),
        "setup_steps": len(pack.setup),
        "exercises": [
            {"id": e.id, "points": e.points, "checks": [c.kind for c in e.checks]}
            for e in pack.exercises
        ],
        "total_points": pack.total_points,
    }
    text = nsay(
        "{source}: pack {id!r} is valid: {count} exercise, {points} points, languages {languages}",
        "{source}: pack {id!r} is valid: {count} exercises, {points} points, languages {languages}",
        len(pack.exercises),
        source=pack.source,
        id=pack.id,
        points=pack.total_points,
        languages=", ".join(pack.languages),
    )
    emit(args, data, text)


def class_create(args: argparse.Namespace) -> None:
    from idtoolkit.apps.labs import class_summary, create_class

    quiet = getattr(args, "json", False)

    def progress(sid: str) -> None:
        if not quiet:
            print(f"  {sid}", file=sys.stderr, flush=True)

    lab = create_class(args.pack, args.roster, args.out, args.base_port, progress)
    emit(
        args,
        class_summary(lab),
        nsay(
            "class {directory} created: pack {pack}, {count} student; roster sheet with PINs in "
            "{roster}",
            "class {directory} created: pack {pack}, {count} students; roster sheet with PINs in "
            "{roster}",
            len(lab.students),
            directory=lab.directory,
            pack=lab.pack.id,
            roster="trainer/roster.csv",
        ),
    )


def class_export(args: argparse.Namespace) -> None:
    from idtoolkit.apps.labs import export_student

    out = export_student(_open(args), args.student, args.out)
    emit(
        args,
        {"student": args.student, "out": str(out)},
        say("student {student} exported to {out}", student=args.student, out=out),
    )


def show(args: argparse.Namespace) -> None:
    from idtoolkit.apps.labs import show as show_student

    data = show_student(_open(args), args.student)
    lines = [data["title"], "", data["instructions"], ""]
    for ex in data["exercises"]:
        lines += [f"[{ex['id']}] {ex['title']} ({ex['points']})", ex["statement"], ""]
    emit(args, data, "\n".join(lines).rstrip())


def check(args: argparse.Namespace) -> None:
    from idtoolkit.apps.labs import check as check_student
    from idtoolkit.apps.labs import word

    lab = _open(args)
    lang = lab.student(args.student).lang
    results = check_student(lab, args.student, args.exercise)
    passed = sum(r.passed for r in results)
    lines = []
    for r in results:
        state = word(lang, "pass") if r.passed else word(lang, "fail")
        lines.append(f"{state:7} {r.exercise}: {r.label}")
        if not r.passed:
            lines += [f"        {r.finding}", f"        → {r.hint}"]
    lines.append(f"{passed}/{len(results)}")
    emit(
        args,
        {
            "student": args.student,
            "results": [r.as_dict() for r in results],
            "passed": passed,
            "total": len(results),
        },
        "\n".join(lines),
    )
    if passed != len(results):
        sys.stdout.flush()
        raise SystemExit(1)


def solve(args: argparse.Namespace) -> None:
    from idtoolkit.apps.labs import solve as solve_student

    done = solve_student(_open(args), args.student, args.exercise)
    emit(
        args,
        {"student": args.student, "solved": done, "total": len(done)},
        say("solved for {student}: {exercises}", student=args.student, exercises=", ".join(done)),
    )


def reset(args: argparse.Namespace) -> None:
    from idtoolkit.apps.labs import reset as reset_student

    reset_student(_open(args), args.student, args.exercise)
    emit(
        args,
        {"student": args.student, "exercise": args.exercise},
        say(
            "student {student} reset to the start state (ready for exercise {exercise})",
            student=args.student,
            exercise=args.exercise,
        )
        if args.exercise
        else say("student {student} reset to the start state", student=args.student),
    )


def grade(args: argparse.Namespace) -> None:
    from idtoolkit.apps.labs import ROSTER_SHEET
    from idtoolkit.apps.labs import grade as grade_class

    lab = _open(args)
    html_path = args.html or lab.directory / Path(ROSTER_SHEET).parent / "grades.html"
    for path in filter(None, (args.csv, html_path)):
        check_writable(path)
    grades = grade_class(lab)
    if args.csv:
        write_file(args.csv, grades.csv().encode("utf-8"))
    write_file(html_path, grades.html().encode("utf-8"))
    data = grades.as_dict() | {"html": str(html_path)}
    rows = grades.rows()
    # The sheet's own words in the reader's language; the exercise ids stay (they are typed).
    words = {"id": _("id"), "name": _("name"), "total": _("total")}
    text = (
        table(rows[1:], [words.get(h, h) for h in rows[0]])
        + "\n"
        + nsay(
            "{count} student; report: {html}",
            "{count} students; report: {html}",
            len(grades.students),
            html=html_path,
        )
    )
    emit(args, data, text)


def serve(args: argparse.Namespace) -> None:
    from idtoolkit.apps.labs import ClassServer

    server = ClassServer(_open(args))
    lines = server.start()
    for warning in server.warnings:  # a busy port or a damaged student: the others are served
        print(say("warning: {warning}", warning=warning), file=sys.stderr, flush=True)
    stopped = threading.Event()
    previous = signal.signal(signal.SIGTERM, lambda *_: stopped.set())
    try:
        emit(
            args,
            {"students": lines, "total": len(lines), "warnings": server.warnings},
            "\n".join([*lines, _("serving; Ctrl-C stops")]),
        )
        sys.stdout.flush()
        while not stopped.wait(0.5):
            pass
    finally:
        signal.signal(signal.SIGTERM, previous)
        server.stop()
