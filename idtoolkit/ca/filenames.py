"""File names for bulk deliverables, derived from spreadsheet row ids.

Row ids come from spreadsheets, so anything goes: spaces, slashes, ``..``, 300 characters.
A lossy mapping (replace the odd characters by ``_``) made ``a b``, ``a_b`` and ``a/b`` one
file and lost two people's private keys. The mapping here is percent-encoding of every
character outside ``A-Z a-z 0-9 _ -``: reversible, so two different ids never give one name,
and free of ``/``, ``\\`` and ``.``, so a name never leaves its folder or hides as a dot file.
What it cannot rule out by construction (case-insensitive file systems, names too long for
the file system) is checked before anything is issued.
"""

from __future__ import annotations

import string

from idtoolkit.errors import InputError

#: Longest row id accepted: enough for any national id or e-mail, short enough for a file name.
MAX_ROW_ID = 128
#: Longest file name we write: well under NAME_MAX (255 bytes) on every common file system.
MAX_FILE_NAME = 200
_KEEP = frozenset(string.ascii_letters + string.digits + "_-")
# Windows refuses these as a file's stem whatever its extension (COM0 and LPT0 included).
_RESERVED = frozenset(
    ["CON", "PRN", "AUX", "NUL"] + [f"{p}{n}" for p in ("COM", "LPT") for n in range(10)]
)


def file_stem(row_id: str) -> str:
    """The file-name stem of a row id (injective: different ids, different stems)."""
    stem = "".join(
        c if c in _KEEP else "".join(f"%{b:02X}" for b in c.encode("utf-8", "surrogatepass"))
        for c in row_id
    )
    if stem.upper() in _RESERVED or stem.startswith("-"):
        # A leading '-' also makes the name an option to a shell command, and a formula to
        # a spreadsheet: the CSV cell naming the file would be neutralised ("'-2.p12") and
        # no longer name it (see idtoolkit.csvsafe).
        stem = f"%{ord(stem[0]):02X}{stem[1:]}"
    return stem


def check_row_id(row_id: str, suffix: str) -> str:
    """The file name for ``row_id`` + ``suffix``; InputError when the id cannot name a file."""
    if len(row_id) > MAX_ROW_ID:
        raise InputError(
            "bulk.row_id_too_long",
            "the id is {length} characters long (at most {limit})",
            length=len(row_id),
            limit=MAX_ROW_ID,
        )
    if any(ord(c) < 32 or ord(c) == 127 for c in row_id):
        raise InputError("bulk.row_id_control_characters", "the id contains control characters")
    name = file_stem(row_id) + suffix
    if len(name.encode()) > MAX_FILE_NAME:
        raise InputError(
            "bulk.row_id_file_name_too_long",
            "the id makes a file name of {length} bytes (at most {limit}); use a shorter id",
            length=len(name.encode()),
            limit=MAX_FILE_NAME,
        )
    return name


def check_unique(names: dict[str, str]) -> None:
    """Refuse ids whose file names would be one file on a case-insensitive file system
    (Windows, macOS): ``names`` maps row id to file name."""
    seen: dict[str, str] = {}
    for row_id, name in names.items():
        key = name.casefold()
        other = seen.setdefault(key, row_id)
        if other != row_id:
            raise InputError(
                "bulk.row_ids_share_file",
                "ids {other!r} and {row_id!r} would share the file {name} on a file system that ignores case; nothing was issued (rename one of them)",
                other=other,
                row_id=row_id,
                name=name,
            )
