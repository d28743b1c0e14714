"""The fixed words of the lab handouts and of the ceremony runner live in Python tables, not in
the gettext catalogues: like the catalogues' checker, this fails on a missing or unfinished
word in any shipped language, and on placeholders that differ from the English."""

from __future__ import annotations

import re

import pytest

from idtoolkit.apps.ceremony import words
from idtoolkit.apps.ceremony.script import MISSING_LANGUAGE
from idtoolkit.apps.labs import text
from idtoolkit.apps.labs.pack import LANGUAGES

FIELDS = re.compile(r"\{[a-z_0-9]+\}")


def _problems(table: dict[str, dict[str, str]], name: str, by_language: bool) -> list[str]:
    """``by_language``: the table is language -> key -> words (the labs'); otherwise
    key -> language -> words (the runner's)."""
    found = []
    keys = table["en"].keys() if by_language else table.keys()
    for key in keys:
        english = table["en"][key] if by_language else table[key]["en"]
        for lang in LANGUAGES:
            said = (table.get(lang, {}) if by_language else table[key]).get(
                key if by_language else lang
            )
            if not said or not said.strip():
                found.append(f"{name}[{key}]: no {lang}")
            elif sorted(FIELDS.findall(said)) != sorted(FIELDS.findall(english)):
                found.append(f"{name}[{key}]: {lang} placeholders differ")
    return found


@pytest.mark.parametrize(
    ("name", "table", "by_language"),
    [
        ("labs WORDS", text.WORDS, True),
        ("labs VALUE_LABELS", text.VALUE_LABELS, True),
        ("labs KIND_LABELS", text.KIND_LABELS, True),
        ("labs FINDINGS", text.FINDINGS, True),
        ("ceremony TEXTS", words.TEXTS, False),
    ],
)
def test_every_fixed_word_is_said_in_every_shipped_language(
    name: str, table: dict[str, dict[str, str]], by_language: bool
) -> None:
    assert _problems(table, name, by_language) == []


def test_the_checker_of_fixed_words_finds_a_missing_and_a_wrong_one() -> None:
    """The negative twin: a table lacking French and with an Arabic field renamed fails."""
    broken = {"en": {"k": "no CA named {ca}"}, "ar": {"k": "لا توجد سلطة {name}"}}
    found = _problems(broken, "t", True)
    assert "t[k]: no fr" in found and "t[k]: ar placeholders differ" in found


def test_a_script_without_the_readers_language_is_said_in_every_language() -> None:
    missing = {lang: MISSING_LANGUAGE.get(lang, "") for lang in LANGUAGES}
    assert all(missing.values()), [lang for lang, said in missing.items() if not said]
