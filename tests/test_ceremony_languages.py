"""Issue 24: shipped ceremony scripts carry their steps' texts per language, like lab packs;
the runner shows them in the user's language (IDTOOLKIT_LANG, then LANGUAGE/LC_ALL/LANG), and
a script without that language says which languages it has."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from ceremonies import DIRECTORY as SHIPPED
from idtoolkit.apps.ceremony.script import LANGUAGES, load_script
from idtoolkit.errors import ConfigurationError


def _rehearse(script: Path, out: Path, lang: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LANG")}
    env["IDTOOLKIT_LANG"] = lang
    return subprocess.run(
        [
            *(sys.executable, "-m", "idtoolkit.apps.cli.main", "ceremony", "rehearse"),
            *(str(script), "--out", str(out)),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )


@pytest.mark.parametrize("name", ["national-root.toml", "training-root.toml"])
def test_shipped_scripts_have_every_step_in_seven_languages(name: str) -> None:
    english = load_script(SHIPPED / name, "en")
    assert english.languages == LANGUAGES
    for lang in LANGUAGES[1:]:
        script = load_script(SHIPPED / name, lang)
        assert script.language == lang and not script.missing_language
        assert script.sha256 == english.sha256  # one file, one hash, whatever the reader
        assert script.name == english.name  # recorded in the transcript: stays English
        assert script.display_name != english.name
        for ours, theirs in zip(script.steps, english.steps, strict=True):
            assert ours.title and ours.title != theirs.title, (lang, ours.id)
            assert bool(ours.say) == bool(theirs.say) and (not ours.say or ours.say != theirs.say)
            assert ours.params == theirs.params
        for ours_role, their_role in zip(script.roles, english.roles, strict=True):
            assert ours_role.title == their_role.title  # names rehearsal participants
            assert ours_role.label != their_role.title


def test_a_french_rehearsal_shows_the_steps_in_french_and_verifies(tmp_path: Path) -> None:
    out = tmp_path / "rehearsal"
    result = _rehearse(SHIPPED / "training-root.toml", out, "fr")
    assert result.returncode == 0, result.stderr
    text = result.stdout + result.stderr
    assert "Cérémonie de l'AC racine de formation (clés logicielles)" in text
    assert "Vérifier la salle et l'ordinateur portable hors ligne" in text
    assert "L'administrateur lit à voix haute l'empreinte du certificat" in text
    assert "Sceller la piste d'audit avec la clé racine" in text
    assert "Check the room and the offline laptop" not in text
    assert f"répétition terminée dans {out} ; vérifiez-la avec : idtoolkit ceremony verify" in text
    assert "rehearsal complete" not in text
    verify = subprocess.run(
        [sys.executable, "-m", "idtoolkit.apps.cli.main", "ceremony", "verify", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert verify.returncode == 0, verify.stdout + verify.stderr


def _english_only(tmp_path: Path) -> Path:
    lines = (SHIPPED / "training-root.toml").read_text("utf-8").split("\n")
    kept = [
        line.replace(".en = ", " = ", 1)
        for line in lines
        if not line.startswith("languages = ")
        and not any(f".{lang} = " in line for lang in LANGUAGES[1:])
    ]
    path = tmp_path / "english.toml"
    path.write_text("\n".join(kept), encoding="utf-8")
    return path


def test_a_script_without_the_readers_language_names_its_languages(tmp_path: Path) -> None:
    path = _english_only(tmp_path)
    script = load_script(path, "ar")
    assert script.language == "en" and script.languages == ("en",)
    assert script.steps[0].title == "Check the room and the offline laptop"
    assert script.missing_language == (
        "لا يحتوي نص المراسم هذا على نصوص باللغة \u2066ar\u2069؛ لغاته: \u2066en\u2069."
    )
    assert load_script(path, "fr").missing_language == (
        "Ce script n'a pas de textes en fr ; ses langues : en."
    )
    result = _rehearse(path, tmp_path / "rehearsal", "fr")
    assert result.returncode == 0, result.stderr
    assert "Ce script n'a pas de textes en fr ; ses langues : en." in result.stdout


def test_a_step_missing_one_of_the_scripts_languages_is_named(tmp_path: Path) -> None:
    text = (SHIPPED / "training-root.toml").read_text("utf-8")
    line = next(line for line in text.split("\n") if line.startswith('title.ar = "نشر'))
    path = tmp_path / "missing.toml"
    path.write_text(text.replace(line + "\n", ""), encoding="utf-8")
    with pytest.raises(ConfigurationError) as err:
        load_script(path, "en")
    assert str(err.value) == "missing.toml: step 'first-crl': 'title': missing language 'ar'"


def _english_sentences(script_path: Path, lang: str) -> set[str]:
    """Every English sentence a run could show: the runner's own (the literal parts of its
    templates, but for a word the language shares, like French "action") and the script's."""
    from idtoolkit.apps.ceremony.words import TEXTS

    found: set[str] = set()
    for texts in TEXTS.values():
        for part in re.split(r"\{[a-z_]+\}", texts["en"]):
            part = part.strip(" :'()")
            if len(part) > 3 and part not in texts[lang]:
                found.add(part)
    script = load_script(script_path, "en")
    found |= {
        script.name,
        *(s.title for s in script.steps),
        *(s.say for s in script.steps if s.say),
    }
    return found


def _without_hash_words(shown: str) -> str:
    """``shown`` without the read-aloud fingerprints' BIP-39 words: English words by design
    (data), and a fresh certificate's now and then contain one of the runner's English
    fragments ('present'), which made the test fail at random."""
    from mnemonic import Mnemonic

    words = "|".join(Mnemonic("english").wordlist)
    return re.sub(rf"\b(?:(?:{words}) ){{5,}}(?:{words})\b", "", shown)  # 6 and more in a row


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_a_rehearsal_in_french_or_arabic_shows_no_english_sentence(
    lang: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from idtoolkit.apps.ceremony import AutoConsole, rehearse_ceremony

    monkeypatch.setenv("IDTOOLKIT_LANG", lang)
    console = AutoConsole(show=False)
    script_path = SHIPPED / "training-root.toml"
    rehearse_ceremony(script_path, tmp_path / "rehearsal", console)
    shown = _without_hash_words("\n".join(console.lines))
    english = sorted(s for s in _english_sentences(script_path, lang) if s in shown)
    assert english == [], english
    if lang == "fr":
        assert "Étape 1 sur 6 : Vérifier la salle et l'ordinateur portable hors ligne" in shown
        assert (
            "Tapez 'yes' quand administrateur de la cérémonie et témoin interne sont prêts" in shown
        )
        assert "Lire à voix haute et comparer : l'empreinte du certificat racine" in shown
    else:
        # step ids, file names and counts read left to right inside the Arabic sentences
        assert "الخطوة \u20661\u2069 من \u20666\u2069: تفقّد القاعة" in shown
        assert "'\u2066check-room\u2069'" in shown
        assert "  كُتب \u2066training-root.pem\u2069" in shown


def test_a_real_run_asks_who_is_present_in_french_and_resumes_in_arabic(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The prompts of a real run (who is present, too few named, the step's confirmation, a
    resume's "same people?") in the officer's language; typed answers stay 'yes'/'stop'."""
    import io

    from idtoolkit.apps.cli.main import main

    monkeypatch.setenv("IDTOOLKIT_PASSPHRASE", "correct horse battery staple 24")
    workspace, out = tmp_path / "ws", tmp_path / "out"
    assert main(["init", "-w", str(workspace)]) == 0
    run = ["ceremony", "run", str(SHIPPED / "training-root.toml"), "--out", str(out)]

    def typed(lang: str, answers: str) -> str:
        monkeypatch.setenv("IDTOOLKIT_LANG", lang)
        monkeypatch.setattr(sys, "stdin", io.StringIO(answers))
        capsys.readouterr()
        assert main([*run, "-w", str(workspace)]) == 6  # paused at 'stop'
        captured = capsys.readouterr()
        return captured.out + captured.err

    french = typed("fr", "Alice\nWalter\nCarla\nCarla, Cyril\nyes\nstop\n")
    assert "Présents — administrateur de la cérémonie (au moins 1, noms séparés" in french
    assert "Présents — responsables cryptographiques (au moins 2 sur 3," in french
    assert "  responsables cryptographiques : 1 nommé(s), 2 requis" in french
    assert (
        "Tapez 'yes' quand administrateur de la cérémonie et témoin interne sont prêts à réaliser 'check-room'"
        in french
    )
    assert "Valeur de asset_tag : " in french
    assert "La cérémonie s'est interrompue avant l'étape 'check-room' ; relancez" in french
    for english in ("Names of the", "named,", "Type 'yes'", "Value of", "Step ", "paused"):
        assert english not in french, english
    arabic = typed("ar", "stop\n")
    assert "المشاركون عند إيقاف المراسم مؤقتًا:" in arabic
    assert "  مسؤولو التشفير: Carla, Cyril" in arabic
    assert "اكتب 'yes' إذا كان الأشخاص أنفسهم حاضرين" in arabic
    assert f"استئناف المراسم \u2066training-root\u2069 في \u2066{out}\u2069:" in arabic
    for english in ("Taking part", "Resuming", "Type 'yes'"):
        assert english not in arabic, english
