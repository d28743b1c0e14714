"""Issue 24: lab packs and handouts in all seven languages, the same commands in each; a
pack without a student's language says which languages it has."""

from __future__ import annotations

from pathlib import Path

import pytest

from idtoolkit.apps import labs
from idtoolkit.apps.labs.pack import LANGUAGES, load_pack, parse_pack, shipped_packs
from idtoolkit.apps.labs.packcheck import text_problems
from idtoolkit.errors import IDToolkitError
from tests.lab_helpers import free_base_port, own_softhsm, write_roster

LRI, PDI = "\u2066", "\u2069"


@pytest.mark.parametrize("pack", sorted(shipped_packs()))
def test_every_shipped_pack_says_everything_in_seven_languages_with_the_same_commands(
    pack: str,
) -> None:
    assert LANGUAGES == ("en", "fr", "ar", "es", "pt", "ru", "zh_CN")
    assert text_problems(load_pack(pack)) == []


def test_the_checker_finds_a_changed_command_a_lost_placeholder_and_a_missing_language(
    tmp_path: Path,
) -> None:
    """The negative twin: a translation that drifted from the English is named, text by text."""
    source = shipped_packs()["pki-basics"].read_text("utf-8")
    ar_hint = "'idtoolkit ca create-root root --key ec-p384 --subject"
    ar_line = next(
        line for line in source.split("\n") if line.startswith("hint.ar") and ar_hint in line
    )
    es_text = "Genere una clave P-256 y una CSR para portal-{seed4}.lab.gov"
    assert es_text in source
    drifted = source.replace(ar_line, ar_line.replace("ec-p384", "ec-p256")).replace(
        es_text, es_text.replace("{seed4}", "1234")
    )
    problems = text_problems(parse_pack(drifted, "drifted.toml"))
    assert len(problems) == 2, problems
    assert problems[0].startswith(
        "pki-basics: exercise 'hierarchy' check #1 hint: ar: quoted commands differ from English"
    )
    assert problems[1].startswith("pki-basics: exercise 'tls' statement: es: placeholders differ")
    mini = load_pack(_one_language_pack(tmp_path))
    assert text_problems(mini) == ["mini: languages: missing ar, es, pt, ru, zh_CN"]


def _one_language_pack(tmp_path: Path) -> Path:
    path = tmp_path / "mini.toml"
    path.write_text(
        'id = "mini"\nlanguages = ["en", "fr"]\n'
        'title = { en = "Mini", fr = "Mini" }\n'
        'instructions = { en = "Work in {student}.", fr = "Travaillez dans {student}." }\n'
        "[[exercise]]\n"
        'id = "audit"\npoints = 1\n'
        'title = { en = "Audit", fr = "Audit" }\n'
        "statement = { en = \"Run 'idtoolkit audit verify'.\", "
        "fr = \"Lancez 'idtoolkit audit verify'.\" }\n"
        "[[exercise.check]]\n"
        'kind = "audit"\n'
        'hint = { en = "Do it.", fr = "Faites-le." }\n',
        encoding="utf-8",
    )
    return path


def test_a_roster_asking_for_a_language_the_pack_lacks_names_the_packs_languages(
    tmp_path: Path,
) -> None:
    pack = _one_language_pack(tmp_path)
    roster = write_roster(tmp_path, "id,name,lang\nana,Ana,en\nsalma,Salma,ar\n")
    with pytest.raises(IDToolkitError) as err:
        labs.create_class(str(pack), roster, tmp_path / "class")
    assert str(err.value) == (
        "roster.csv line 3: student 'salma': language 'ar' is not one of the pack's "
        "languages (en, fr)"
    )
    assert "\n" not in str(err.value)
    assert not (tmp_path / "class").exists()


def test_lab_create_writes_arabic_and_chinese_handouts(tmp_path: Path) -> None:
    roster = write_roster(tmp_path, "id,name,lang\nsalma,سلمى,ar\nwei,王伟,zh_CN\n")
    with own_softhsm():
        lab = labs.create_class(
            "pki-basics", roster, tmp_path / "class", base_port=free_base_port()
        )
    arabic = (lab.student_dir("salma") / "handout.md").read_text("utf-8")
    chinese = (lab.student_dir("wei") / "handout.md").read_text("utf-8")
    pack = lab.pack
    assert arabic.startswith(f"# {pack.title['ar']}\n")
    assert "## التمارين" in arabic and "## قيمك" in arabic and "تسلسل هرمي من مستويين" in arabic
    assert "Exercises" not in arabic and "Your values" not in arabic
    # commands, paths and values read left to right inside the Arabic sentences
    seed4 = lab.values("salma")["seed4"]
    assert f"{LRI}'idtoolkit ca export issuing --out issuing.pem'{PDI}" in arabic
    assert f"    {LRI}cd students/{LRI}salma{PDI}/work{PDI}" in arabic
    assert f"{LRI}portal-{LRI}{seed4}{PDI}.lab.gov{PDI}" in arabic
    assert f"    {LRI}idtoolkit lab check --class ../../.. --student salma{PDI}" in arabic
    assert chinese.startswith(f"# {pack.title['zh_CN']}\n")
    assert "## 练习" in chinese and "两级层级结构" in chinese and "Exercises" not in chinese
    assert "'idtoolkit ca export issuing --out issuing.pem'" in chinese
    assert LRI not in chinese


def test_arabic_hsm_handout_keeps_key_labels_and_whole_dns_left_to_right(tmp_path: Path) -> None:
    """A DN right after a parenthesis, a key label without a dot (``ca-1234``) and a name with
    spaces (``Citizen 07 1234``) each read as one left-to-right island in Arabic: split or
    bare, they come out backwards (``1234-ca``) in a right-to-left paragraph."""
    roster = write_roster(tmp_path, "id,name,lang\nsalma,سلمى,ar\n")
    with own_softhsm():
        lab = labs.create_class("hsm", roster, tmp_path / "class", base_port=free_base_port())
    arabic = (lab.student_dir("salma") / "handout.md").read_text("utf-8")
    values = lab.values("salma")

    def v(name: str) -> str:
        return f"{LRI}{values[name]}{PDI}"

    assert f"({LRI}CN=HSM Root {v('seed4')},O=Lab {v('student')},C=SN{PDI})" in arabic
    assert f"{LRI}ca-{v('seed4')}{PDI}" in arabic
    assert f"{LRI}Citizen {v('num2')} {v('seed4')}{PDI}" in arabic
    assert "Exercises" not in arabic and "## التمارين" in arabic
