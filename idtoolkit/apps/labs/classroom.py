"""A class folder: one pack, one SoftHSM environment, one sandbox per student.

Layout (every path relative to the folder, so it can be copied, moved or split onto USB
sticks and checked back later)::

    class.toml              pack id, creation time, students (id, name, language, port)
    pack.toml               the pack as it was when the class was created
    trainer/class-secret    the HMAC key behind the per-student values (0600)
    trainer/roster.csv      names, ports, passphrases and PINs for the trainer (0600)
    hsm/                    the class's SoftHSM environment: one token per student and role
    students/ID/workspace/  the student's workspace (SQLite store)
    students/ID/work/       files the student makes (CSRs, signed PDFs)
    students/ID/secrets.json, handout.md (0600), values.json, start.json (the start state)
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tomllib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from idtoolkit.api.files import loads_toml, make_private_dir
from idtoolkit.api.softhsm import SoftHSMEnv
from idtoolkit.api.workspace import Workspace
from idtoolkit.apps.labs.hsmenv import bind_softhsm_conf, refresh_module
from idtoolkit.apps.labs.pack import Pack, parse_pack, shipped_packs
from idtoolkit.apps.labs.values import token_label
from idtoolkit.errors import AlreadyExistsError, IDToolkitError, InputError, NotFoundError

CLASS_FILE = "class.toml"
PACK_FILE = "pack.toml"
SECRET_FILE = "trainer/class-secret"
ROSTER_SHEET = "trainer/roster.csv"
HSM_DIR = "hsm"
STUDENTS_DIR = "students"
DEFAULT_BASE_PORT = 18100
#: per student: what the start state holds (audit events), for the audit check
START_FILE = "start.json"

Progress = Callable[[str], None]


@dataclass(frozen=True)
class Student:
    id: str
    name: str
    lang: str
    port: int


@dataclass(frozen=True)
class StudentSecrets:
    passphrase: str
    pin: str
    so_pin: str


def write_class_file(path: Path, data: str, private: bool = False) -> None:
    if private:  # trainer/: the class secret and the roster of passphrases and PINs
        make_private_dir(path.parent)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600 if private else 0o644)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(data)


def _q(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a TOML basic string is JSON-compatible here


class LabClass:
    """An open class folder. Operations on students live in :mod:`idtoolkit.apps.labs.session`;
    making a class and its students in :mod:`idtoolkit.apps.labs.enrolment`."""

    def __init__(self, directory: Path, pack: Pack, created: str, students: list[Student]):
        self.directory = directory
        self.pack = pack
        self.created = created
        self.students = students

    # --- opening ------------------------------------------------------------------------------
    @classmethod
    def open(cls, directory: Path) -> LabClass:
        directory = directory.expanduser().resolve()
        path = directory / CLASS_FILE
        try:
            data = loads_toml(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise NotFoundError(
                "lab.not_a_class_folder",
                "{directory} is not a class folder (no {class_file})",
                directory=directory,
                class_file=CLASS_FILE,
            ) from None
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise InputError(
                "lab.cannot_read_file", "{path}: cannot read: {exc}", path=path, exc=exc
            ) from None
        pack = _class_pack(directory, data)
        students = []
        for n, item in enumerate(data.get("student", []), 1):
            try:
                student = Student(
                    str(item["id"]), str(item["name"]), str(item["lang"]), int(item["port"])
                )
            except (KeyError, TypeError, ValueError):
                raise InputError(
                    "lab.class_student_incomplete",
                    "{path}: student #{n}: needs id, name, lang and port",
                    path=path,
                    n=n,
                ) from None
            students.append(student)  # a damaged student folder stops only that student
        return cls(directory, pack, str(data.get("created", "")), students)

    # --- students -----------------------------------------------------------------------------
    def student(self, sid: str) -> Student:
        for student in self.students:
            if student.id == sid:
                return student
        known = ", ".join(s.id for s in self.students)
        raise NotFoundError(
            "lab.unknown_student",
            "class {name}: no student {sid!r} (students: {known})",
            name=self.directory.name,
            sid=sid,
            known=known,
        )

    def student_dir(self, sid: str) -> Path:
        return self.directory / STUDENTS_DIR / sid

    def _damaged(self, sid: str, what: str) -> InputError:
        return InputError(
            "lab.student_damaged",
            "student {sid}: {what}; 'idtoolkit lab reset --class {directory} --student {sid}' rebuilds it",
            sid=sid,
            what=what,
            directory=self.directory,
        )

    def _student_json(self, sid: str, name: str, keys: tuple[str, ...]) -> dict[str, str]:
        """A student's JSON file, an object of strings with at least ``keys``: anything
        else (missing, edited, garbage) is that student's damage, said with the way back."""
        path = self.student_dir(sid) / name
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except OSError as exc:
            raise self._damaged(sid, f"cannot read {name} ({exc.strerror or exc})") from None
        except ValueError:
            raise self._damaged(sid, f"{name} is not valid JSON") from None
        if (
            not isinstance(data, dict)
            or not all(isinstance(v, str) for v in data.values())
            or any(key not in data for key in keys)
        ):
            raise self._damaged(sid, f"{name} has been edited (not the values it holds)")
        return data

    def values(self, sid: str) -> dict[str, str]:
        self.student(sid)
        return self._student_json(sid, "values.json", ("student", "base", "token"))

    def secrets(self, sid: str) -> StudentSecrets:
        self.student(sid)
        data = self._student_json(sid, "secrets.json", ("passphrase", "pin", "so_pin"))
        return StudentSecrets(data["passphrase"], data["pin"], data["so_pin"])

    def start_events(self, sid: str) -> int:
        """Audit events at the student's start state (written when provisioned; 0 for a
        class made before it was recorded)."""
        try:
            data = json.loads((self.student_dir(sid) / START_FILE).read_text("utf-8"))
            return int(data["audit_events"])
        except (OSError, ValueError, KeyError, TypeError):
            return 0

    def token_labels(self, sid: str) -> dict[str, str]:
        return {role: token_label(sid, role) for role in self.pack.tokens}

    # --- HSM ----------------------------------------------------------------------------------
    def hsm(self) -> SoftHSMEnv:
        """The class's SoftHSM environment, bound to this process. ``create`` re-points the
        conf when the folder was moved or copied (it holds the one absolute path)."""
        env = SoftHSMEnv.create(self.directory / HSM_DIR)
        bind_softhsm_conf(str(env.conf_path))
        return env

    def missing_tokens(self, sid: str) -> list[str]:
        from idtoolkit.api.tokens import default_module_path, list_tokens

        self.hsm()
        present = {t.label for t in list_tokens(default_module_path(), rescan=True)}
        return [label for label in self.token_labels(sid).values() if label not in present]

    @contextlib.contextmanager
    def workspace(self, sid: str, check_tokens: bool = True) -> Iterator[Workspace]:
        """The student's workspace, unlocked, with the student's PIN for their tokens."""
        self.student(sid)
        if check_tokens:
            missing = self.missing_tokens(sid)
            if missing:
                raise NotFoundError(
                    "lab.student_token_missing",
                    "student {sid}: token {label!r} is missing from the class HSM (deleted by hand?); 'idtoolkit lab reset --class {directory} --student {sid}' recreates it",
                    sid=sid,
                    label=missing[0],
                    directory=self.directory,
                )
        else:
            self.hsm()
        secret = self.secrets(sid)
        folder = self.student_dir(sid) / "workspace"
        if not (folder / "config.toml").is_file():
            raise self._damaged(
                sid, f"the workspace folder {STUDENTS_DIR}/{sid}/workspace is missing"
            )
        try:
            ws = Workspace.open(folder)
        except IDToolkitError as exc:
            raise self._damaged(sid, f"the workspace cannot be opened ({exc})") from None
        except Exception:  # SQLite's own errors: a damaged database file
            raise self._damaged(sid, "the workspace database is damaged") from None
        try:
            ws.unlock(secret.passphrase.encode())
            ws.set_pin_provider(lambda _label: secret.pin.encode())
            yield ws
        finally:
            ws.close()


def _class_pack(directory: Path, data: dict[str, Any]) -> Pack:
    """The class's pack.toml; when it was deleted, the shipped pack class.toml names, put
    back in place (a class made from a shipped pack carries it unchanged), so one deleted
    file does not stop the whole class."""
    path = directory / PACK_FILE
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        shipped = shipped_packs().get(str(data.get("pack", "")))
        if shipped is None:
            raise InputError(
                "lab.class_pack_missing",
                "{path} is missing and class.toml names no shipped pack: copy the class's pack file back as {name}",
                path=path,
                name=PACK_FILE,
            ) from None
        text = shipped.read_text(encoding="utf-8")
        with contextlib.suppress(OSError):
            write_class_file(path, text)
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(
            "lab.cannot_read_class_file",
            "{path}: cannot read: {strerror}",
            path=path,
            strerror=getattr(exc, "strerror", None) or exc,
        ) from None
    return parse_pack(text, f"{directory.name}/{PACK_FILE}")


# --- creating ---------------------------------------------------------------------------------
@contextlib.contextmanager
def new_class_folder(out: Path) -> Iterator[Path]:
    """A new (or empty) folder that is removed again, with whatever is in it, on failure:
    a class or an export is never left half-made."""
    out = out.expanduser().resolve()
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise AlreadyExistsError(
            "lab.output_folder_not_empty",
            "{out} exists and is not empty: choose a new folder",
            out=out,
        )
    if not out.parent.is_dir():
        raise InputError(
            "lab.output_parent_missing",
            "cannot create {out}: folder {parent} does not exist",
            out=out,
            parent=out.parent,
        )
    created = not out.exists()
    make_private_dir(out, parents=False)  # students' secrets and tokens are inside
    try:
        yield out
    except BaseException:
        refresh_module()  # tokens made in it are gone: let SoftHSM forget them
        if created:
            shutil.rmtree(out, ignore_errors=True)
        else:
            for child in out.iterdir():
                shutil.rmtree(child) if child.is_dir() else child.unlink()
        raise


def class_toml(pack: Pack, created: str, students: list[Student]) -> str:
    lines = [
        "# ID Toolkit lab class: written by 'idtoolkit lab class create'.",
        f"pack = {_q(pack.id)}",
        f"created = {_q(created)}",
        "",
    ]
    for s in students:
        lines += [
            "[[student]]",
            f"id = {_q(s.id)}",
            f"name = {_q(s.name)}",
            f"lang = {_q(s.lang)}",
            f"port = {s.port}",
            "",
        ]
    return "\n".join(lines)


def _token_dirs(env_dir: Path, labels: list[str]) -> list[Path]:
    """SoftHSM's file store keeps each token in its own folder; its token.object holds the
    blank-padded 32-byte label, which is how a student's tokens are told apart."""
    wanted = [label.encode("utf-8").ljust(32) for label in labels]
    found = []
    for folder in sorted((env_dir / "tokens").iterdir()):
        try:
            data = (folder / "token.object").read_bytes()
        except OSError:
            continue
        if any(label in data for label in wanted):
            found.append(folder)
    return found


def export_student(lab: LabClass, sid: str, out: Path) -> Path:
    """A class folder holding only this student (no class secret, no other student's tokens),
    for a USB stick; it checks like the whole class and can be copied back."""
    student = lab.student(sid)
    labels = list(lab.token_labels(sid).values())
    token_dirs = _token_dirs(lab.directory / HSM_DIR, labels)
    if len(token_dirs) != len(labels):
        raise NotFoundError(
            "lab.student_tokens_missing",
            "student {sid}: token(s) missing from the class HSM; reset the student",
            sid=sid,
        )
    with new_class_folder(out) as out:
        write_class_file(out / PACK_FILE, lab.pack.text)
        write_class_file(out / CLASS_FILE, class_toml(lab.pack, lab.created, [student]))
        shutil.copytree(lab.student_dir(sid), out / STUDENTS_DIR / sid)
        SoftHSMEnv.create(out / HSM_DIR)
        for folder in token_dirs:
            shutil.copytree(folder, out / HSM_DIR / "tokens" / folder.name)
    return out


def class_summary(lab: LabClass) -> dict[str, Any]:
    return {
        "directory": str(lab.directory),
        "pack": lab.pack.id,
        "created": lab.created,
        "students": [s.__dict__ for s in lab.students],
        "total": len(lab.students),
    }
