"""Making a class and its students: tokens, workspaces, the pack's start state and the
trainer's roster sheet. Apart from :mod:`~idtoolkit.apps.labs.classroom` (the class folder as
it is) because making a student runs the pack's set-up steps, which need the student's
services, which need the class.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import secrets
from pathlib import Path

from idtoolkit.api.audit import count_audit_events
from idtoolkit.api.files import make_private_dir
from idtoolkit.api.workspace import Workspace
from idtoolkit.apps.labs.classroom import (
    CLASS_FILE,
    DEFAULT_BASE_PORT,
    PACK_FILE,
    ROSTER_SHEET,
    SECRET_FILE,
    START_FILE,
    STUDENTS_DIR,
    LabClass,
    Progress,
    Student,
    StudentSecrets,
    class_toml,
    new_class_folder,
    write_class_file,
)
from idtoolkit.apps.labs.hsmenv import refresh_module
from idtoolkit.apps.labs.pack import load_pack
from idtoolkit.apps.labs.roster import RosterEntry, read_roster
from idtoolkit.apps.labs.student_services import run_setup
from idtoolkit.apps.labs.text import handout
from idtoolkit.apps.labs.values import student_values
from idtoolkit.errors import InputError


def _new_secrets() -> StudentSecrets:
    return StudentSecrets(
        secrets.token_urlsafe(12), f"{secrets.randbelow(10**6):06d}", secrets.token_hex(8)
    )


def provision_student(lab: LabClass, student: Student, secret: StudentSecrets) -> None:
    """Tokens, workspace and the pack's start state for one student (also used by reset)."""
    folder = lab.student_dir(student.id)
    make_private_dir(folder)
    make_private_dir(folder / "work")
    env = lab.hsm()
    for label in lab.token_labels(student.id).values():
        env.add_token(label, secret.so_pin, secret.pin)
    refresh_module()
    ws = Workspace.init(
        folder / "workspace",
        secret.passphrase.encode(),
        base_url=f"http://127.0.0.1:{student.port}",
        generated_passphrase=True,  # 96 random bits, kept in secrets.json beside it
    )
    try:  # the workspace just made is unlocked already: no second passphrase derivation
        ws.set_pin_provider(lambda _label: secret.pin.encode())
        run_setup(lab, student.id, ws)
        start = {"audit_events": count_audit_events(ws)}
        write_class_file(folder / START_FILE, json.dumps(start) + "\n")
    finally:
        ws.close()


def _class_secret(lab: LabClass) -> bytes:
    try:
        return bytes.fromhex((lab.directory / SECRET_FILE).read_text("utf-8").strip())
    except (OSError, ValueError):
        raise InputError(
            "lab.class_secret_unreadable",
            "student values cannot be made again: {path} is missing or damaged (an exported folder has none: reset the student in the trainer's class folder)",
            path=lab.directory / SECRET_FILE,
        ) from None


def _roster_row(lab: LabClass, student: Student, secret: StudentSecrets) -> None:
    """The trainer's sheet gets the student's new passphrase and PIN (when there is a sheet)."""
    path = lab.directory / ROSTER_SHEET
    try:
        rows = list(csv.reader(io.StringIO(path.read_text("utf-8"))))
    except (OSError, UnicodeDecodeError):
        return
    for row in rows[1:]:
        if row and row[0] == student.id and len(row) >= 7:
            row[5], row[6] = secret.pin, secret.passphrase
    sheet = io.StringIO()
    csv.writer(sheet).writerows(rows)
    write_class_file(path, sheet.getvalue(), private=True)


def repair_student_files(lab: LabClass, student: Student) -> StudentSecrets:
    """What reset needs to rebuild a student: their secrets (new ones when secrets.json is
    damaged, written to the handout and the trainer's sheet too) and their values
    (recomputed from the class secret when values.json is damaged)."""
    folder = lab.student_dir(student.id)
    make_private_dir(folder)  # it holds the student's secrets
    try:
        lab.values(student.id)
        values_ok = True
    except InputError:
        values_ok = False
    if not values_ok:
        values = student_values(
            _class_secret(lab), student.id, student.name, student.port, lab.pack.tokens
        )
        write_class_file(
            folder / "values.json", json.dumps(values, indent=2, ensure_ascii=False) + "\n"
        )
    try:
        return lab.secrets(student.id)
    except InputError:
        secret = _new_secrets()
    write_class_file(folder / "secrets.json", json.dumps(secret.__dict__) + "\n", private=True)
    write_class_file(
        folder / "handout.md",
        handout(lab.pack, student, lab.values(student.id), secret.__dict__),
        private=True,
    )
    _roster_row(lab, student, secret)
    return secret


def create_class(
    pack_ref: str | Path,
    roster: Path,
    out: Path,
    base_port: int = DEFAULT_BASE_PORT,
    progress: Progress | None = None,
) -> LabClass:
    """Make a class folder; on any failure nothing of it is left behind."""
    pack = load_pack(pack_ref)
    entries: list[RosterEntry] = read_roster(roster, pack.languages)
    if not 1024 <= base_port <= 65535 - len(entries):
        raise InputError(
            "lab.base_port_too_high",
            "--base-port {base_port}: must leave room for {entries_count} ports below 65536",
            base_port=base_port,
            entries_count=len(entries),
        )
    with new_class_folder(out) as out:
        created = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
        students = [Student(e.id, e.name, e.lang, base_port + n) for n, e in enumerate(entries, 1)]
        class_secret = secrets.token_bytes(32)
        write_class_file(out / SECRET_FILE, class_secret.hex() + "\n", private=True)
        write_class_file(out / PACK_FILE, pack.text)
        write_class_file(out / CLASS_FILE, class_toml(pack, created, students))
        for student in students:
            folder = out / STUDENTS_DIR / student.id
            make_private_dir(folder, exist_ok=False)
            make_private_dir(folder / "workspace", exist_ok=False)
        lab = LabClass(out, pack, created, students)
        sheet = io.StringIO()
        writer = csv.writer(sheet)
        writer.writerow(["id", "name", "lang", "port", "tokens", "pin", "passphrase"])
        for student in students:
            if progress:
                progress(student.id)
            secret = _new_secrets()
            folder = lab.student_dir(student.id)
            (folder / "workspace").rmdir()
            values = student_values(
                class_secret, student.id, student.name, student.port, pack.tokens
            )
            write_class_file(
                folder / "values.json", json.dumps(values, indent=2, ensure_ascii=False) + "\n"
            )
            write_class_file(
                folder / "secrets.json", json.dumps(secret.__dict__) + "\n", private=True
            )
            provision_student(lab, student, secret)
            write_class_file(
                folder / "handout.md", handout(pack, student, values, secret.__dict__), private=True
            )
            labels = " ".join(lab.token_labels(student.id).values())
            writer.writerow(
                [
                    student.id,
                    student.name,
                    student.lang,
                    student.port,
                    labels,
                    secret.pin,
                    secret.passphrase,
                ]
            )
        write_class_file(out / ROSTER_SHEET, sheet.getvalue(), private=True)
        return lab
