"""What the French new-user run of the README (issue 25, "done when") found, as an officer with
``IDTOOLKIT_LANG=fr`` or ``LANG=fr_FR.UTF-8`` meets it: an unknown serial is one French
sentence (it was French with English pieces glued in), and a ceremony paused at ``stop`` says
so in French (it was the English template)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.test_ceremony_field import NAMES, _write_script

CLI = [sys.executable, "-m", "idtoolkit.apps.cli.main"]
FR = {"IDTOOLKIT_LANG": "fr"}
LANG_FR = {"LANG": "fr_FR.UTF-8"}


def run(
    *args: str, lang: dict[str, str], stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("IDTOOLKIT_LANG", "LANGUAGE", "LC_ALL", "LANG")
    }
    env |= {"IDTOOLKIT_PASSPHRASE": PASSPHRASE.decode(), "PYTHONIOENCODING": "utf-8"} | lang
    return subprocess.run(
        [*CLI, *args], capture_output=True, text=True, env=env, timeout=120, input=stdin
    )


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("fr") / "ws"
    assert run("init", "-w", str(directory), lang=FR).returncode == 0
    made = run(
        "ca", "create-root", "racine", "-w", str(directory), "--key", "ec-p256",
        "--subject", "CN=Racine,O=Ministère,C=SN", lang=FR,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    return directory


@pytest.mark.parametrize("lang", [FR, LANG_FR])
def test_a_short_unknown_serial_is_one_french_sentence(
    workspace: Path, lang: dict[str, str]
) -> None:
    done = run("revoke", "12", "--ca", "racine", "-w", str(workspace), lang=lang)
    assert done.returncode == 1
    assert done.stderr.strip() == (
        "erreur : aucun certificat de numéro de série 12 ; un préfixe de numéro de série "
        "compte au moins 4 chiffres hexadécimaux"
    )


def test_an_unknown_serial_of_a_ca_is_one_french_sentence(workspace: Path) -> None:
    done = run("revoke", "abcdef123456", "--ca", "racine", "-w", str(workspace), lang=FR)
    assert done.returncode == 1
    assert done.stderr.strip() == (
        "erreur : l'AC 'racine' n'a émis aucun certificat de numéro de série abcdef123456"
    )
    done = run("cert", "show", "abcdef123456", "-w", str(workspace), lang=FR)
    assert done.returncode == 1
    assert done.stderr.strip() == "erreur : aucun certificat n'a le numéro de série abcdef123456"


def test_a_ceremony_paused_at_stop_says_so_in_french(workspace: Path, tmp_path: Path) -> None:
    script = _write_script(tmp_path / "scripts")
    out = tmp_path / "out"
    ceremony = ["ceremony", "run", str(script), "--out", str(out), "-w", str(workspace)]
    done = run(*ceremony, lang=FR, stdin=NAMES + "stop\n")
    assert done.returncode == 6, done.stdout + done.stderr
    assert done.stderr.strip() == (
        "La cérémonie s'est interrompue avant l'étape 'bag' ; "
        "relancez la même commande pour la reprendre."
    )
