"""The roster CSV (``id,name,lang``): checked line by line before anything is created."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

from idtoolkit.errors import InputError

STUDENT_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,19}")


@dataclass(frozen=True)
class RosterEntry:
    id: str
    name: str
    lang: str


def read_roster(path: Path, languages: tuple[str, ...]) -> list[RosterEntry]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise InputError(f"cannot read roster {path}: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise InputError(f"cannot read roster {path}: it is not UTF-8 text") from None
    return parse_roster(text, path.name, languages)


def parse_roster(text: str, source: str, languages: tuple[str, ...]) -> list[RosterEntry]:
    reader = csv.reader(io.StringIO(text))
    rows = [(n, row) for n, row in enumerate(reader, 1) if any(cell.strip() for cell in row)]
    if not rows:
        raise InputError(f"{source}: empty roster (expected a header line id,name,lang)")
    header_line, header = rows[0]
    columns = [c.strip().lower() for c in header]
    if columns[:3] != ["id", "name", "lang"] or len(columns) > 3:
        raise InputError(f"{source} line {header_line}: the header must be id,name,lang")
    entries: list[RosterEntry] = []
    first_line: dict[str, int] = {}
    for line, row in rows[1:]:
        if len(row) != 3:
            raise InputError(
                f"{source} line {line}: expected 3 columns (id,name,lang), got {len(row)}"
            )
        sid, name, lang = (cell.strip() for cell in row)
        if not STUDENT_ID.fullmatch(sid):
            raise InputError(
                f"{source} line {line}: student id {sid!r} must be 1 to 20 letters, digits, - or _"
            )
        if sid.lower() in first_line:
            raise InputError(
                f"{source} line {line}: student id {sid!r} is already used on line "
                f"{first_line[sid.lower()]}"
            )
        if not name:
            raise InputError(f"{source} line {line}: student {sid!r} has an empty name")
        if lang not in languages:
            raise InputError(
                f"{source} line {line}: student {sid!r}: language {lang!r} is not one of the "
                f"pack's languages ({', '.join(languages)})"
            )
        first_line[sid.lower()] = line
        entries.append(RosterEntry(sid, name, lang))
    if not entries:
        raise InputError(f"{source}: the roster lists no students")
    return entries
