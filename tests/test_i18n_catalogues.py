"""The engine's and the CLI's catalogues (``idtoolkit/i18n``) are complete and in step.

French and Arabic must have every message (each engine error's template, the CLI's wording of
kinds, its own strings and argparse's words); Spanish, Portuguese, Russian and Chinese every CLI
message. No catalogue may keep a message the code no longer has, or a translation whose
placeholders differ from the English. ``make i18n-update`` re-extracts after a change.
"""

from __future__ import annotations

import argparse
import inspect
from pathlib import Path

import pytest

from idtoolkit.errors import InputError
from idtoolkit.i18n import (
    LRI,
    PDI,
    catalogue,
    catalogue_path,
    language_from_environment,
    po,
)
from idtoolkit.i18n import catalogues as tool


def test_every_catalogue_is_complete_and_in_step_with_the_code() -> None:
    found = tool.problems()
    assert not found, "\n".join(found[:40]) + "\n(make i18n-update, then translate)"


def _project(root: Path, template: str) -> None:
    """A tiny project: one engine error, one CLI string; catalogues made by ``update``."""
    (root / "idtoolkit" / "apps" / "cli").mkdir(parents=True)
    (root / "hsm_sim").mkdir()
    (root / "idtoolkit" / "ca.py").write_text(
        "class InputError(IDToolkitError): pass\n"
        f"raise InputError('ca.unknown', {template!r}, name=name)\n"
    )
    (root / "idtoolkit" / "apps" / "cli" / "main.py").write_text("print(say('hello {who}'))\n")


def _translate(root: Path, language: str, texts: dict[str, str]) -> None:
    path = root / catalogue_path(language).relative_to(tool.ROOT)
    header, entries = po.read(path)
    for entry in entries:
        if entry.msgid in texts:
            entry.msgstr = [texts[entry.msgid]]
        elif language not in tool.COMPLETE or entry.msgid_plural:
            entry.msgstr = [entry.msgid_plural or entry.msgid] * len(entry.msgstr)
        else:
            entry.msgstr = [entry.msgid]
    po.write(path, header, entries)


def test_the_checker_finds_missing_stale_and_wrong_placeholders(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Every shipped catalogue is complete now; the rule for one that is not (a language being
    # added needs only the CLI's messages) is still the checker's, shown here with es.
    monkeypatch.setattr(tool, "COMPLETE", ("fr", "ar"))
    _project(tmp_path, "no CA named {name}")
    tool.update(tmp_path)
    for language in tool.LANGUAGES:
        _translate(tmp_path, language, {"no CA named {name}": "pas d'AC nommée {name}"})
    assert tool.problems(tmp_path) == []

    # a translation with another placeholder, and one left empty in a complete catalogue
    _translate(tmp_path, "es", {"hello {who}": "hola {quien}"})
    _translate(tmp_path, "ar", {"hello {who}": ""})
    # the template changes in the code: the old message is stale, the new one missing
    _project_again = tmp_path / "idtoolkit" / "ca.py"
    _project_again.write_text(
        "class InputError(IDToolkitError): pass\n"
        "raise InputError('ca.unknown', 'unknown CA {name!r}', name=name)\n"
    )
    found = tool.problems(tmp_path)
    assert "idtoolkit/i18n/ar/LC_MESSAGES/idtoolkit.po: unfinished: 'hello {who}' (cli)" in found
    assert (
        "idtoolkit/i18n/fr/LC_MESSAGES/idtoolkit.po: missing: 'unknown CA {name!r}' "
        "(kind: ca.unknown)"
    ) in found
    assert (
        "idtoolkit/i18n/fr/LC_MESSAGES/idtoolkit.po: stale (not in the code): 'no CA named {name}'"
        in found
    )
    assert any("es/LC_MESSAGES" in f and "placeholders differ" in f for f in found)
    assert not any("es/LC_MESSAGES" in f and "missing: 'unknown CA" in f for f in found)

    # update keeps the old translation of the kind, marked fuzzy for review: still unfinished
    tool.update(tmp_path)
    entries = {
        e.msgid: e for e in po.read(tmp_path / "idtoolkit/i18n/fr/LC_MESSAGES/idtoolkit.po")[1]
    }
    moved = entries["unknown CA {name!r}"]
    assert (moved.msgstr, moved.previous, "fuzzy" in moved.flags) == (
        ["pas d'AC nommée {name}"],
        "no CA named {name}",
        True,
    )
    assert "no CA named {name}" not in entries
    assert any(
        "fr/" in f and "unfinished: 'unknown CA {name!r}'" in f for f in tool.problems(tmp_path)
    )


def test_the_argparse_words_are_argparse_s_own() -> None:
    """A Python whose argparse words its messages otherwise fails here, not silently."""
    source = inspect.getsource(argparse)
    for word in tool.ARGPARSE_WORDS:
        for text in (word,) if isinstance(word, str) else word:
            assert repr(text) in source or repr(text).replace("'", '"') in source, text


def test_a_po_file_reads_back_as_written(tmp_path: Path) -> None:
    entries = [
        po.Entry('say "hi"\n\tthere', ["dis « salut »\n"], None, ["cli"], {"fuzzy"}, "old"),
        po.Entry("{count} CA", ["{count} AC", "{count} AC"], "{count} CAs", ["cli"]),
    ]
    path = tmp_path / "x.po"
    po.write(path, "Language: fr\n", entries)
    assert po.read(path) == ("Language: fr\n", entries)


def test_an_error_speaks_the_language_and_falls_back_to_english_per_message() -> None:
    error = InputError(
        "ca.unknown",
        "unknown CA {name!r} (CAs in this workspace: {known})",
        name="Racine",
        known="root",
    )
    assert catalogue("fr").error_text(error) == (
        "AC inconnue 'Racine' (AC de cet espace de travail : root)"
    )
    assert catalogue("ar").error_text(error) == (
        f"جهة تصديق غير معروفة {LRI}'Racine'{PDI} (جهات التصديق في مساحة العمل هذه: {LRI}root{PDI})"
    )
    strange = InputError("ca.strange", "a message no catalogue has: {x}", x=1)
    assert catalogue("fr").error_text(strange) == "a message no catalogue has: 1"
    assert catalogue("de").error_text(error) == str(error)


@pytest.mark.parametrize(
    ("language", "counts"),
    [
        ("fr", {0: "0 certificat", 1: "1 certificat", 2: "2 certificats"}),
        ("ru", {1: "1 сертификат", 3: "3 сертификата", 5: "5 сертификатов", 21: "21 сертификат"}),
        ("ar", {2: f"{LRI}2{PDI} شهادتان", 3: f"{LRI}3{PDI} شهادات", 11: f"{LRI}11{PDI} شهادة"}),
    ],
)
def test_plural_forms_follow_the_language(language: str, counts: dict[int, str]) -> None:
    cat = catalogue(language)
    for count, text in counts.items():
        assert cat.nrender("{count} certificate", "{count} certificates", count, {}) == text


@pytest.mark.parametrize(
    ("environ", "language"),
    [
        ({"IDTOOLKIT_LANG": "ar", "LANG": "fr_FR.UTF-8"}, "ar"),
        ({"LANGUAGE": "pt_BR:en", "LANG": "fr_FR.UTF-8"}, "pt"),
        ({"LC_ALL": "zh_CN.UTF-8"}, "zh_CN"),
        ({"LANG": "ru_RU.UTF-8"}, "ru"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({}, "en"),
    ],
)
def test_the_language_comes_from_the_environment(environ: dict[str, str], language: str) -> None:
    assert language_from_environment(environ) == language


def test_a_command_summary_or_help_text_french_or_arabic_lacks_fails_the_check(
    tmp_path: Path,
) -> None:
    """A CLI result said with ``say``, a group's summary and an option's help are extracted;
    French and Arabic must have each (the other catalogues the results)."""
    _project(tmp_path, "no CA named {name}")
    (tmp_path / "idtoolkit" / "apps" / "cli" / "audit_commands.py").write_text(
        "aud = add_group(commands, 'audit', 'the audit trail', 'audit_command')\n"
        "p.add_argument('--seal', help='seal files')\n"
        "emit(args, data, nsay('{count} event', '{count} events', n))\n"
    )
    tool.update(tmp_path)
    notes = {m.msgid: m.note for m in tool.extract(tmp_path)}
    assert notes["the audit trail"] == notes["seal files"] == "cli help"
    assert notes["{count} event"] == "cli"
    for language in tool.LANGUAGES:
        _translate(tmp_path, language, {"the audit trail": "", "seal files": ""})
    found = tool.problems(tmp_path)
    for language in tool.COMPLETE:
        name = f"idtoolkit/i18n/{language}/LC_MESSAGES/idtoolkit.po"
        assert f"{name}: unfinished: 'the audit trail' (cli help)" in found
        assert f"{name}: unfinished: 'seal files' (cli help)" in found
    incomplete = [lang for lang in tool.LANGUAGES if lang not in tool.COMPLETE]
    assert not [f for f in found if any(f"/{lang}/" in f for lang in incomplete)]
