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
        raise InputError(
            "lab.cannot_read_roster",
            "cannot read roster {path}: {reason}",
            path=path,
            reason=exc.strerror or exc,
        ) from None
    except UnicodeDecodeError:
        raise InputError(
            "lab.roster_not_utf8",
            "cannot read roster {path}: it is not UTF-8 text",
            path=path,
        ) from None
    return parse_roster(text, path.name, languages)


def _separator(text: str) -> str:
    """``,`` as written; ``;`` or tab when the header line uses that instead (spreadsheets
    set to a French or other locale save CSV with ``;``)."""
    header = next((line for line in text.splitlines() if line.strip()), "")
    if "," not in header:
        for separator in (";", "\t"):
            if separator in header:
                return separator
    return ","


def parse_roster(text: str, source: str, languages: tuple[str, ...]) -> list[RosterEntry]:
    reader = csv.reader(io.StringIO(text), delimiter=_separator(text))
    rows = [(n, row) for n, row in enumerate(reader, 1) if any(cell.strip() for cell in row)]
    if not rows:
        raise InputError(
            "lab.roster_empty",
            "{source}: empty roster (expected a header line id,name,lang)",
            source=source,
        )
    header_line, header = rows[0]
    columns = [c.strip().lower() for c in header]
    if columns[:3] != ["id", "name", "lang"] or len(columns) > 3:
        raise InputError(
            "lab.roster_bad_header",
            "{source} line {header_line}: the header must be id,name,lang",
            source=source,
            header_line=header_line,
        )
    entries: list[RosterEntry] = []
    first_line: dict[str, int] = {}
    for line, row in rows[1:]:
        if len(row) != 3:
            raise InputError(
                "lab.roster_bad_column_count",
                "{source} line {line}: expected 3 columns (id,name,lang), got {row_count}",
                source=source,
                line=line,
                row_count=len(row),
            )
        sid, name, lang = (cell.strip() for cell in row)
        if not STUDENT_ID.fullmatch(sid):
            raise InputError(
                "lab.roster_bad_student_id",
                "{source} line {line}: student id {sid!r} must be 1 to 20 letters, digits, - or _",
                source=source,
                line=line,
                sid=sid,
            )
        if sid.lower() in first_line:
            raise InputError(
                "lab.roster_duplicate_student_id",
                "{source} line {line}: student id {sid!r} is already used on line {first_line}",
                source=source,
                line=line,
                sid=sid,
                first_line=first_line[sid.lower()],
            )
        if not name:
            raise InputError(
                "lab.roster_empty_name",
                "{source} line {line}: student {sid!r} has an empty name",
                source=source,
                line=line,
                sid=sid,
            )
        if lang not in languages:
            raise InputError(
                "lab.roster_unknown_language",
                "{source} line {line}: student {sid!r}: language {lang!r} is not one of the pack's languages ({languages})",
                source=source,
                line=line,
                sid=sid,
                lang=lang,
                languages=", ".join(languages),
            )
        first_line[sid.lower()] = line
        entries.append(RosterEntry(sid, name, lang))
    if not entries:
        raise InputError(
            "lab.roster_without_students", "{source}: the roster lists no students", source=source
        )
    return entries
