"""Keeping the translation catalogues complete: ``python -m gui.i18n.catalogues update``.

``update`` runs ``pyside6-lupdate`` over every ``tr()`` string of the app into the ``.ts`` files
of every language, compiles them to the ``.qm`` files the app loads (and the wheel and the
installers carry), then lists what still needs a translator. ``check`` only lists, and exits 1
when anything is missing; the test suite runs the same checks.

A message needs work when it is new or changed (Qt Linguist's "unfinished"), empty, or when its
placeholders (``%1``, ``%n``...) differ from the English source, which would lose or garble the
numbers and names the app puts in at run time; and a message without a context (``tr`` called
through an alias), which the app would never look up.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
GUI = HERE.parent
#: The shipped languages besides English (the source language); see gui/language.py.
LANGUAGES = ("fr", "ar", "es", "pt", "ru", "zh_CN")
#: English is the source language; its catalogue holds only the plural forms ("1 token",
#: "2 tokens" for "%n token(s)"), made with lupdate's -pluralonly.
ENGLISH = "en"
SHIPPED = (ENGLISH, *LANGUAGES)
#: Qt's %1 and %n, and the {name} fields of str.format().
PLACEHOLDER = re.compile(r"%(?:L?\d+|L?n)|\{[A-Za-z_]\w*\}")


def ts_path(lang: str, folder: Path = HERE) -> Path:
    return folder / f"idtoolkit_{lang}.ts"


def sources() -> list[Path]:
    """Every Python file of the app; lupdate finds the tr() calls in them."""
    return sorted(p for p in GUI.rglob("*.py") if "i18n" not in p.relative_to(GUI).parts)


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    if not Path(found).exists():
        raise SystemExit(f"{name} not found: run `make setup` first")
    return found


def lupdate(ts_files: list[Path]) -> None:
    """Add new source strings to ``ts_files`` (marked unfinished) and drop vanished ones."""
    for ts in ts_files:
        lang = ts.stem.removeprefix("idtoolkit_")
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                "-silent",
                "-no-obsolete",
                *(["-pluralonly"] if lang == ENGLISH else []),
                "-locations",
                "none",
                "-source-language",
                "en",
                "-target-language",
                lang,
                *map(str, sources()),
                "-ts",
                str(ts),
            ],
            check=True,
        )


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
        check=True,
    )


@dataclass(frozen=True)
class Problem:
    lang: str
    context: str
    source: str
    what: str

    def __str__(self) -> str:
        return f"{self.lang}  [{self.context}]  {self.source!r}: {self.what}"


@dataclass(frozen=True)
class Counts:
    lang: str
    messages: int
    finished: int


def _placeholders(text: str) -> list[str]:
    return sorted(set(PLACEHOLDER.findall(text)))


def problems(ts: Path) -> tuple[Counts, list[Problem]]:
    """What a translator still has to do in one ``.ts`` file."""
    lang = ts.stem.removeprefix("idtoolkit_")
    found: list[Problem] = []
    total = finished = 0
    root = ET.parse(ts).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("obsolete", "vanished"):
                continue
            total += 1
            forms = (
                [f.text or "" for f in translation.iter("numerusform")]
                if translation is not None and message.get("numerus") == "yes"
                else [(translation.text or "") if translation is not None else ""]
            )
            issue = None
            if not name:
                # tr() through an alias or a local function: lupdate cannot tell the context,
                # so the app (which looks it up under its class) would never find it.
                issue = (
                    "no context: call self.tr() in the class, or "
                    'QCoreApplication.translate("Context", "text") / QT_TRANSLATE_NOOP'
                )
            elif translation is None or translation.get("type") == "unfinished":
                issue = "unfinished"
            elif not forms or any(not f.strip() for f in forms):
                issue = "empty"
            else:
                expected = _placeholders(source)
                for form in forms:
                    got = _placeholders(form)
                    # A plural form may leave out %n ("one certificate"), nothing else.
                    if got != expected and [p for p in expected if p != "%n"] != [
                        p for p in got if p != "%n"
                    ]:
                        issue = f"placeholders {got} differ from the source's {expected}"
                        break
                    if "%n" in got and "%n" not in expected:
                        issue = "placeholder %n not in the source"
                        break
            if issue:
                found.append(Problem(lang, name, source, issue))
            else:
                finished += 1
    return Counts(lang, total, finished), found


def report(folder: Path = HERE) -> tuple[list[Counts], list[Problem]]:
    counts: list[Counts] = []
    found: list[Problem] = []
    for lang in SHIPPED:
        c, p = problems(ts_path(lang, folder))
        counts.append(c)
        found += p
    return counts, found


def _print(counts: list[Counts], found: list[Problem]) -> None:
    for problem in found:
        print(problem)
    for c in counts:
        print(f"{c.lang}: {c.finished} of {c.messages} messages translated")
    if found:
        print(
            f"{len(found)} message(s) need a translator: edit gui/i18n/idtoolkit_<lang>.ts "
            "(pyside6-linguist, or any editor), then run `make i18n-update` again."
        )


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    if command == "update":
        lupdate([ts_path(lang) for lang in SHIPPED])
        for lang in SHIPPED:
            lrelease(ts_path(lang), ts_path(lang).with_suffix(".qm"))
    elif command != "check":
        print("usage: python -m gui.i18n.catalogues [update|check]", file=sys.stderr)
        return 2
    counts, found = report()
    _print(counts, found)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
