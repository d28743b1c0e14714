"""Keeping the engine's and the CLI's catalogues in step with the code (a developer's tool).

``python -m idtoolkit.i18n.catalogues update`` (``make i18n-update``) extracts every message
from the source, by reading it, not importing it:

- each engine and application error's English template (``raise InputError("kind",
  "template", …)``, the same walk as ``tests/test_error_kinds.py``), noted ``kind: …``;
- each engine message's English template (``Message("kind", "template", …)``,
  :mod:`idtoolkit.messages`: profile grants, signature checks, lint findings...), noted the same;
- the CLI's wording of kinds (``CLI_WORDING`` in ``apps/cli/wording.py``), noted ``cli kind: …``;
- the CLI's own strings marked ``_("…")``, ``N_("…")``, ``say("…")`` or, with a plural,
  ``ngettext``/``nsay``/``Nn_("…", "…", …)``, noted ``cli``;
- the argparse words the CLI shows (:data:`ARGPARSE_WORDS`), noted ``argparse``;
- the CLI's ``help=`` and ``description=`` texts, command groups' summaries (``add_group``) and
  its shared option help, noted ``cli help``:
  required of the complete catalogues (fr, ar), translated where the others have them.

Then it merges them into each language's ``.po``: translations of messages still in the code
are kept; a message whose kind's template changed keeps its old translation marked fuzzy (with
the old English as ``#|``) for a translator to review; messages gone from the code are dropped.
``check`` (and ``tests/test_i18n_catalogues.py``) lists what is wrong: a message missing or
unfinished in a catalogue that must be complete (:data:`COMPLETE`: every message; the others:
every CLI and argparse message), a stale message the code no longer has, a translation whose
placeholders differ from its English.
"""

from __future__ import annotations

import ast
import re
import string
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from idtoolkit.i18n import LANGUAGES, catalogue_path, po

ROOT = Path(__file__).resolve().parent.parent.parent
#: Catalogues that must have every message: every shipped one. A language being added is left
#: out until it is done; until then it needs only the CLI's and argparse's messages.
COMPLETE = ("fr", "ar", "es", "pt", "ru", "zh_CN")
#: Sources whose errors are extracted (the engine, its applications, the hsm-sim CLI).
SOURCE_DIRS = ("idtoolkit", "hsm_sim")
CLI_DIR = Path("idtoolkit/apps/cli")
BASE_ERRORS = {"IDToolkitError"}
#: Engine text that is not an error (:mod:`idtoolkit.messages`): extracted the same way.
MESSAGE_CLASSES = {"Message"}
MARKERS = {"_", "N_", "say"}
HELP_KEYWORDS = {"help", "description"}
PLURAL_MARKERS = {"ngettext", "nsay", "Nn_"}

#: argparse's own words that a user of the CLI reads (Python 3.11+ spelling).
ARGPARSE_WORDS: tuple[str | tuple[str, str], ...] = (
    "usage: ",
    "positional arguments",
    "options",
    "show this help message and exit",
    "the following arguments are required: %s",
    "%(prog)s: error: %(message)s\n",
    "argument %(argument_name)s: %(message)s",
    "unrecognized arguments: %s",
    "invalid choice: %(value)r (choose from %(choices)s)",
    "invalid %(type)s value: %(value)r",
    "expected one argument",
    "expected at most one argument",
    "expected at least one argument",
    ("expected %s argument", "expected %s arguments"),
    "not allowed with argument %s",
    "one of the arguments %s is required",
    "ambiguous option: %(option)s could match %(matches)s",
    "ignored explicit argument %r",
)

PLURAL_FORMS = {
    "fr": "nplurals=2; plural=(n > 1);",
    "ar": (
        "nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : "
        "n%100>=11 ? 4 : 5);"
    ),
    "es": "nplurals=2; plural=(n != 1);",
    "pt": "nplurals=2; plural=(n != 1);",
    "ru": (
        "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && "
        "(n%100<10 || n%100>=20) ? 1 : 2);"
    ),
    "zh_CN": "nplurals=1; plural=0;",
}


@dataclass(frozen=True)
class Message:
    msgid: str
    plural: str | None
    note: str  # "kind: ca.not_found", "cli kind: …", "cli", "argparse"

    @property
    def cli(self) -> bool:
        return self.note in ("cli", "argparse") or self.note.startswith("cli kind:")

    @property
    def required(self) -> bool:
        """Whether a complete catalogue must have it: every message (help texts included; the
        other catalogues need only the CLI's and argparse's words, see :func:`problems`)."""
        return True


def _call_name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Name):
        return func.id
    return func.attr if isinstance(func, ast.Attribute) else ""


def _literal(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _error_classes(trees: Iterable[ast.Module]) -> set[str]:
    names = set(BASE_ERRORS)
    classes = [n for t in trees for n in ast.walk(t) if isinstance(n, ast.ClassDef)]
    changed = True
    while changed:
        changed = False
        for node in classes:
            bases = {
                b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in node.bases
            }
            if node.name not in names and bases & names:
                names.add(node.name)
                changed = True
    return names


def _error_messages(trees: dict[Path, ast.Module]) -> Iterator[Message]:
    classes = _error_classes(trees.values()) | MESSAGE_CLASSES
    for tree in trees.values():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _call_name(node) in classes and len(node.args) >= 2:
                kind, template = _literal(node.args[0]), _literal(node.args[1])
                if kind and template:
                    yield Message(template, None, f"kind: {kind}")


def _cli_messages(trees: dict[Path, ast.Module]) -> Iterator[Message]:
    for path, tree in trees.items():
        if CLI_DIR not in path.parents:
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                name, args = _call_name(node), [_literal(a) for a in node.args[:2]]
                if name in MARKERS and args and args[0]:
                    yield Message(args[0], None, "cli")
                elif name in PLURAL_MARKERS and len(args) == 2 and args[0] and args[1]:
                    yield Message(args[0], args[1], "cli")
                elif name == "add_group" and len(node.args) >= 3 and _literal(node.args[2]):
                    yield Message(str(_literal(node.args[2])), None, "cli help")  # its summary
                for keyword in node.keywords:
                    text = _literal(keyword.value)
                    if keyword.arg in HELP_KEYWORDS and text:
                        yield Message(text, None, "cli help")
            elif isinstance(node, ast.Dict) and path.name in ("wording.py", "parser.py"):
                for key, value in zip(node.keys, node.values, strict=True):
                    kind, template = _literal(key), _literal(value)
                    if kind and template and path.name == "wording.py":
                        yield Message(template, None, f"cli kind: {kind}")
                    elif kind and template:
                        yield Message(template, None, "cli help")


def extract(root: Path = ROOT) -> list[Message]:
    """Every message of the code under ``root``, first occurrence first, one per msgid."""
    paths = sorted(p for d in SOURCE_DIRS for p in (root / d).rglob("*.py"))
    trees = {p.relative_to(root): ast.parse(p.read_text(encoding="utf-8")) for p in paths}
    words = [
        Message(w, None, "argparse") if isinstance(w, str) else Message(w[0], w[1], "argparse")
        for w in ARGPARSE_WORDS
    ]
    found: dict[str, Message] = {}
    for m in [*_cli_messages(trees), *words, *_error_messages(trees)]:
        found.setdefault(m.msgid, m)
    return list(found.values())


def header(language: str) -> str:
    return (
        "Project-Id-Version: idtoolkit\n"
        f"Language: {language}\n"
        "MIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=UTF-8\n"
        "Content-Transfer-Encoding: 8bit\n"
        f"Plural-Forms: {PLURAL_FORMS[language]}\n"
    )


def _kinds(entry: po.Entry) -> list[str]:
    return [c.split(":", 1)[1].strip() for c in entry.comments if "kind:" in c]


def merge(messages: list[Message], language: str, old: list[po.Entry]) -> list[po.Entry]:
    """The catalogue for ``messages``, keeping ``old``'s translations (see the module doc)."""
    by_id = {e.msgid: e for e in old}
    by_kind = {k: e for e in old for k in _kinds(e) if e.msgstr and any(e.msgstr)}
    nplurals = int(PLURAL_FORMS[language].split(";")[0].split("=")[1])
    merged: list[po.Entry] = []
    for m in messages:
        flags = {"python-format"} if m.note == "argparse" and "%" in m.msgid else set()
        entry = po.Entry(m.msgid, [""] * (nplurals if m.plural else 1), m.plural, [m.note], flags)
        kept = by_id.get(m.msgid)
        if kept is not None and kept.msgid_plural == m.plural:
            entry.msgstr, entry.previous = kept.msgstr, kept.previous
            entry.flags |= kept.flags & {"fuzzy"}
        elif m.note.startswith(("kind:", "cli kind:")):
            moved = by_kind.get(m.note.split(":", 1)[1].strip())
            if moved is not None and moved.msgid_plural is None:
                entry.msgstr, entry.previous = list(moved.msgstr), moved.msgid
                entry.flags.add("fuzzy")
        merged.append(entry)
    return merged


def update(root: Path = ROOT) -> None:
    messages = extract(root)
    for language in LANGUAGES:
        path = root / catalogue_path(language).relative_to(ROOT)
        old = po.read(path)[1] if path.is_file() else []
        po.write(path, header(language), merge(messages, language, old))


_PRINTF = re.compile(r"%(\([a-z_]+\))?[#0 +-]?\d*(\.\d+)?[sdrfxi%]")


def placeholders(text: str, printf: bool) -> list[str]:
    """The fields of ``text``, sorted: ``{name!r}`` style, or ``%(name)s`` for argparse's."""
    if printf:
        return sorted(m.group(0) for m in _PRINTF.finditer(text) if m.group(0) != "%%")
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError:
        return ["<unbalanced braces>"]
    return sorted(
        "{" + f + (f"!{c}" if c else "") + (f":{s}" if s else "") + "}"
        for _, f, s, c in parsed
        if f is not None
    )


def problems(root: Path = ROOT) -> list[str]:
    """Every fault of the catalogues under ``root`` against its code, one line each."""
    messages = {m.msgid: m for m in extract(root)}
    found: list[str] = []
    for language in LANGUAGES:
        path = root / catalogue_path(language).relative_to(ROOT)
        name = path.relative_to(root)
        entries = {e.msgid: e for e in po.read(path)[1]} if path.is_file() else {}
        for msgid, m in messages.items():
            entry = entries.get(msgid)
            must = m.required and (language in COMPLETE or m.cli)
            if must and (entry is None or not entry.translated):
                state = "missing" if entry is None else "unfinished"
                found.append(f"{name}: {state}: {msgid!r} ({m.note})")
        for msgid, entry in entries.items():
            if msgid not in messages:
                found.append(f"{name}: stale (not in the code): {msgid!r}")
                continue
            printf = "python-format" in entry.flags
            english = placeholders(entry.msgid_plural or msgid, printf)
            for text in entry.msgstr:
                if text and placeholders(text, printf) != english:
                    found.append(
                        f"{name}: placeholders differ: {msgid!r} has {english}, "
                        f"{text!r} has {placeholders(text, printf)}"
                    )
    return found


def main(argv: list[str]) -> int:
    if argv[:1] == ["update"]:
        update()
        return 0
    if argv[:1] == ["check"]:
        found = problems()
        print("\n".join(found) or "catalogues complete")
        return 1 if found else 0
    print("usage: python -m idtoolkit.i18n.catalogues update|check", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
