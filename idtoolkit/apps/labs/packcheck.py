"""Is every text of a pack there in every language, saying the same commands?

A translated statement or hint that lost a placeholder, changed a flag or dropped a quoted
command sends a student down a different path from their neighbour's; this finds it before a
class does (``tests/test_lab_pack_languages.py`` runs it on every shipped pack, like the GUI's
catalogue check). Each problem is one line naming the pack, the text and the language.
"""

from __future__ import annotations

import re
import string
from collections import Counter
from collections.abc import Iterator

from idtoolkit.apps.labs.pack import LANGUAGES, Pack

#: A command quoted in a text: the same list, in the same order, in every language.
QUOTED_COMMAND = re.compile(r"'((?:idtoolkit|openssl|pkcs11-tool|softhsm2-util|certbot) [^'\n]*)'")
#: A command on its own indented line (the handout's instructions).
COMMAND_LINE = re.compile(r"^ {4}(\S.*)$", re.MULTILINE)
FLAG = re.compile(r"(?<![\w-])--?[a-z][a-z0-9-]*")


def _texts(pack: Pack) -> Iterator[tuple[str, dict[str, str]]]:
    yield "title", pack.title
    yield "instructions", pack.instructions
    for exercise in pack.exercises:
        where = f"exercise {exercise.id!r}"
        yield f"{where} title", exercise.title
        yield f"{where} statement", exercise.statement
        for n, check in enumerate(exercise.checks, 1):
            yield f"{where} check #{n} hint", check.hint
            if check.label:
                yield f"{where} check #{n} label", check.label


def _placeholders(text: str) -> Counter[str]:
    return Counter(name for _, name, _, _ in string.Formatter().parse(text) if name)


def shape(text: str) -> tuple[list[str], list[str], Counter[str], Counter[str]]:
    """What must not change in translation: quoted commands and command lines (in order),
    placeholders and flags outside the commands (as counts)."""
    commands = QUOTED_COMMAND.findall(text)
    lines = [line.rstrip() for line in COMMAND_LINE.findall(text)]
    prose = COMMAND_LINE.sub("", QUOTED_COMMAND.sub("", text))
    return commands, lines, _placeholders(text), Counter(FLAG.findall(prose))


def text_problems(pack: Pack, languages: tuple[str, ...] = LANGUAGES) -> list[str]:
    """Each text missing in one of ``languages``, or whose commands, command lines,
    placeholders or flags differ from the English text's."""
    problems = []
    missing = [lang for lang in languages if lang not in pack.languages]
    if missing:
        problems.append(f"{pack.id}: languages: missing {', '.join(missing)}")
    for where, texts in _texts(pack):
        english = shape(texts["en"])
        for lang in languages:
            if lang == "en" or lang not in pack.languages:
                continue
            text = texts.get(lang)
            if text is None:
                problems.append(f"{pack.id}: {where}: no {lang} text")
                continue
            commands, lines, names, flags = shape(text)
            for what, ours, theirs in (
                ("quoted commands", commands, english[0]),
                ("command lines", lines, english[1]),
                ("placeholders", names, english[2]),
                ("flags", flags, english[3]),
            ):
                if ours != theirs:
                    problems.append(
                        f"{pack.id}: {where}: {lang}: {what} differ from English "
                        f"({_show(ours)} instead of {_show(theirs)})"
                    )
    return problems


def _show(value: list[str] | Counter[str]) -> str:
    items = sorted(value.elements()) if isinstance(value, Counter) else value
    return "[" + ", ".join(items) + "]"
