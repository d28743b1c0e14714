"""Reading and writing gettext ``.po`` catalogues, and turning one into a ``.mo`` in memory.

The ``.po`` files are the only form of a catalogue kept in the tree: the loader compiles the
one language a process needs when it first asks (a few milliseconds), so a compiled file can
never lag behind its source and no build step is needed for the CLI, the wheel or PyInstaller.
Only what our catalogues use is understood: ``#.`` extracted comments, ``#,`` flags, ``#|``
previous msgids, ``msgid``/``msgid_plural``/``msgstr``/``msgstr[n]`` with continued lines.
"""

from __future__ import annotations

import re
import struct
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Entry:
    """One message: its English ``msgid`` (and plural), its translation(s) and its notes."""

    msgid: str
    msgstr: list[str] = field(default_factory=lambda: [""])
    msgid_plural: str | None = None
    comments: list[str] = field(default_factory=list)  # "#." lines: where it comes from
    flags: set[str] = field(default_factory=set)  # "#," e.g. fuzzy, python-format
    previous: str | None = None  # "#| msgid": the English it was translated from (fuzzy)

    @property
    def translated(self) -> bool:
        return "fuzzy" not in self.flags and all(self.msgstr) and bool(self.msgstr)


_ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "r": "\r"}
_ESCAPE = re.compile(r"\\(.)")


def _unquote(text: str) -> str:
    """The text of a quoted .po string (C escapes: \\n \\t \\" \\\\)."""
    text = text.strip()
    if len(text) < 2 or text[0] != '"' or text[-1] != '"':
        raise ValueError(f"not a quoted string: {text!r}")
    return _ESCAPE.sub(lambda m: _ESCAPES.get(m.group(1), m.group(0)), text[1:-1])


def parse(text: str) -> tuple[str, list[Entry]]:
    """The header (msgstr of the empty msgid) and the entries of a ``.po`` text."""
    entries: list[Entry] = []
    header = ""
    current: Entry | None = None
    target: tuple[str, int] = ("", 0)
    notes: tuple[list[str], set[str], str | None] = ([], set(), None)

    def close() -> None:
        nonlocal current, header, notes
        if current is not None:
            if current.msgid == "":
                header = current.msgstr[0]
            else:
                entries.append(current)
        current = None
        notes = ([], set(), None)

    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#~"):
            if not line:
                close()
            continue
        if line.startswith("#"):
            if current is not None:
                close()
            if line.startswith("#."):
                notes[0].append(line[2:].strip())
            elif line.startswith("#,"):
                notes[1].update(f.strip() for f in line[2:].split(",") if f.strip())
            elif line.startswith("#| msgid "):
                notes = (notes[0], notes[1], _unquote(line[len("#| msgid ") :]))
            continue
        keyword, _, rest = line.partition(" ")
        if line.startswith('"'):
            value = _unquote(line)
            assert current is not None, "continued line before a msgid"
            if target[0] == "msgid":
                current.msgid += value
            elif target[0] == "msgid_plural":
                current.msgid_plural = (current.msgid_plural or "") + value
            else:
                current.msgstr[target[1]] += value
            continue
        if keyword == "msgid":
            if current is not None:
                close()
            current = Entry(_unquote(rest), [], None, *notes)
            target = ("msgid", 0)
        elif keyword == "msgid_plural" and current is not None:
            current.msgid_plural = _unquote(rest)
            target = ("msgid_plural", 0)
        elif keyword.startswith("msgstr") and current is not None:
            index = int(keyword[7:-1]) if keyword.startswith("msgstr[") else 0
            while len(current.msgstr) <= index:
                current.msgstr.append("")
            current.msgstr[index] = _unquote(rest)
            target = ("msgstr", index)
        else:
            raise ValueError(f"cannot read this .po line: {raw!r}")
    close()
    return header, entries


def _quote(text: str) -> str:
    escaped = (
        text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    )
    return f'"{escaped}"'


def format_po(header: str, entries: list[Entry]) -> str:
    """``.po`` text for ``header`` and ``entries``, one blank line between entries."""
    blocks = [f'msgid ""\nmsgstr {_quote(header)}\n']
    for e in entries:
        lines = [f"#. {c}" for c in e.comments]
        if e.flags:
            lines.append("#, " + ", ".join(sorted(e.flags)))
        if e.previous is not None:
            lines.append(f"#| msgid {_quote(e.previous)}")
        lines.append(f"msgid {_quote(e.msgid)}")
        if e.msgid_plural is not None:
            lines.append(f"msgid_plural {_quote(e.msgid_plural)}")
            lines += [f"msgstr[{i}] {_quote(s)}" for i, s in enumerate(e.msgstr)]
        else:
            lines.append(f"msgstr {_quote(e.msgstr[0] if e.msgstr else '')}")
        blocks.append("\n".join(lines) + "\n")
    return "\n".join(blocks)


def read(path: Path) -> tuple[str, list[Entry]]:
    return parse(path.read_text(encoding="utf-8"))


def write(path: Path, header: str, entries: list[Entry]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(format_po(header, entries), encoding="utf-8")


def to_mo(header: str, entries: list[Entry]) -> bytes:
    """The GNU ``.mo`` form of the translated entries (untranslated and fuzzy ones left out,
    so the reader falls back to English for them), for :class:`gettext.GNUTranslations`."""
    pairs = {"": header}
    for e in entries:
        if not e.translated:
            continue
        if e.msgid_plural is None:
            pairs[e.msgid] = e.msgstr[0]
        else:
            pairs[f"{e.msgid}\0{e.msgid_plural}"] = "\0".join(e.msgstr)
    keys = sorted(pairs)
    ids = [k.encode() for k in keys]
    strs = [pairs[k].encode() for k in keys]
    count = len(keys)
    start = 7 * 4 + 16 * count
    table: list[int] = []
    data = bytearray()
    for blob in [*ids, *strs]:
        table += [len(blob), start + len(data)]
        data += blob + b"\0"
    head = struct.pack("<7I", 0x950412DE, 0, count, 28, 28 + 8 * count, 0, 0)
    return head + struct.pack(f"<{4 * count}I", *table) + bytes(data)
