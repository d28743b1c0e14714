"""``IDTOOLKIT_LANG=fr idtoolkit …`` speaks French, ``ar`` Arabic, ``--json`` stays English.

Real processes, as an officer runs them: the language comes from the environment
(``IDTOOLKIT_LANG``, then ``LANGUAGE``/``LC_ALL``/``LANG``); results, errors and ``--help``
(argparse's own words included) are translated; data inside Arabic text (paths, DNs, serials,
dates) is isolated left to right; a program reading ``--json`` sees the same English kinds,
parameters and messages whatever the language.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE

CLI = [sys.executable, "-m", "idtoolkit.apps.cli.main"]
LRI, PDI = "\u2066", "\u2069"
SUBJECT = "CN=Racine,O=Ministère,C=SN"


def run(*args: str, lang: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("IDTOOLKIT_LANG", "LANGUAGE", "LC_ALL", "LANG")
    }
    env |= {"IDTOOLKIT_PASSPHRASE": PASSPHRASE.decode(), "PYTHONIOENCODING": "utf-8"}
    env |= lang or {}
    return subprocess.run(
        [*CLI, *args], capture_output=True, text=True, env=env, timeout=120, encoding="utf-8"
    )


FR = {"IDTOOLKIT_LANG": "fr"}
AR = {"IDTOOLKIT_LANG": "ar"}


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("lang") / "ws"
    made = run("init", "-w", str(directory), lang=FR)
    assert made.returncode == 0, made.stderr
    assert made.stdout.startswith(f"espace de travail créé : {directory}\n  stockage : ")
    root = run(
        "ca", "create-root", "racine", "-w", str(directory), "--key", "ec-p256",
        "--subject", SUBJECT, lang=FR,
    )  # fmt: skip
    assert root.returncode == 0, root.stderr
    assert root.stdout.startswith(f"AC racine créée racine : {SUBJECT}\n  numéro de série ")
    assert "valide jusqu'au " in root.stdout
    return directory


def test_results_speak_french(workspace: Path, tmp_path: Path) -> None:
    ws = ["-w", str(workspace)]
    issued = run(
        "issue", *ws, "--ca", "racine", "--profile", "tls-client", "--subject",
        "CN=Awa Diop,C=SN", "--key", "ec-p256", "--p12", str(tmp_path / "awa.p12"), lang=FR,
    )  # fmt: skip
    assert issued.returncode == 0, issued.stderr
    assert issued.stdout.startswith("certificat ")
    assert " émis par racine (tls-client) : CN=Awa Diop,C=SN" in issued.stdout
    assert "mot de passe PKCS#12 (affiché une seule fois" in issued.stdout
    serial = issued.stdout.split()[1]

    listing = run("cert", "list", *ws, lang=FR)
    assert listing.stdout.splitlines()[0].split()[:2] == ["NUMÉRO", "DE"]
    assert listing.stdout.rstrip().endswith("2 certificats")
    assert run("ca", "list", *ws, lang=FR).stdout.rstrip().endswith("1 AC")
    shown = run("ca", "show", "racine", *ws, lang=FR).stdout
    assert "nom: racine" in shown and "empreinte SHA-256 : " in shown

    revoked = run("revoke", serial, *ws, "--ca", "racine", "--reason", "key-compromise", lang=FR)
    assert revoked.returncode == 0, revoked.stderr
    assert revoked.stdout.startswith(f"{serial} révoqué (key-compromise) le ")
    assert "publiez une LCR" in revoked.stdout
    crl = run("crl", *ws, "--ca", "racine", "--out", str(tmp_path / "r.crl"), lang=FR)
    assert crl.stdout.startswith("LCR n° ")
    assert " de racine : 1 entrée, prochaine mise à jour " in crl.stdout


def test_errors_speak_french_and_arabic_and_json_stays_english(workspace: Path) -> None:
    ws = ["-w", str(workspace)]
    french = run("ca", "show", "nulle", *ws, lang=FR)
    assert (french.returncode, french.stderr) == (
        1,
        "erreur : AC inconnue 'nulle' (AC de cet espace de travail : racine)\n",
    )
    arabic = run("ca", "show", "nulle", *ws, lang=AR)
    assert arabic.returncode == 1
    assert arabic.stderr == (
        f"خطأ: جهة تصديق غير معروفة {LRI}'nulle'{PDI} "
        f"(جهات التصديق في مساحة العمل هذه: {LRI}racine{PDI})\n"
    )
    english = run("ca", "show", "nulle", *ws, "--json")
    for lang in (FR, AR):
        assert run("ca", "show", "nulle", *ws, "--json", lang=lang).stderr == english.stderr
    assert json.loads(english.stderr) == {
        "error": "unknown CA 'nulle' (CAs in this workspace: racine)",
        "code": 1,
        "kind": "ca.unknown",
        "params": {"name": "nulle", "known": "racine"},
    }
    listing = run("ca", "list", *ws, "--json", lang=AR)
    assert json.loads(listing.stdout)["items"][0]["subject"] == SUBJECT


def test_a_cli_worded_error_speaks_arabic_with_its_path_left_to_right(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    result = run("ca", "list", "-w", str(missing), lang=AR)
    assert result.returncode == 1
    assert result.stderr == (
        f"خطأ: {LRI}{missing}{PDI} ليس مساحة عمل (لا يوجد {LRI}config.toml{PDI})؛ "
        f"شغّل {LRI}'idtoolkit init'{PDI} أولًا\n"
    )


def test_arabic_results_isolate_the_data(workspace: Path) -> None:
    listing = run("ca", "list", "-w", str(workspace), lang=AR)
    assert listing.stdout.splitlines()[0].startswith("الاسم")
    assert listing.stdout.rstrip().endswith(f"{LRI}1{PDI} جهة تصديق")


def test_help_and_usage_errors_speak_the_language_of_lang() -> None:
    helped = run("ca", "create-root", "--help", lang={"LANG": "fr_FR.UTF-8"})
    assert helped.stdout.startswith("utilisation : idtoolkit ca create-root")
    assert "arguments positionnels" in helped.stdout
    assert "afficher ce message d'aide et quitter" in helped.stdout
    words = " ".join(helped.stdout.split())  # argparse wraps the help lines
    assert "nom de la nouvelle AC dans cet espace de travail (par exemple root)" in words
    assert "\nexemple :\n  idtoolkit ca create-root root" in helped.stdout
    usage = run("ca", "create-root", lang={"LANGUAGE": "ar", "LANG": "C.UTF-8"})
    assert usage.returncode == 2
    assert usage.stderr.splitlines()[-1] == (
        "idtoolkit ca create-root: خطأ: الوسائط التالية مطلوبة: name, --subject, --key"
    )
    assert run("ca", "create-root", "--json", lang=FR).stderr.startswith(
        '{"error": "idtoolkit ca create-root: the following arguments are required'
    )


def test_a_message_a_catalogue_lacks_is_said_in_english_alone(workspace: Path) -> None:
    """Spanish has the common errors, not every one: the rest falls back, message by
    message, while the words around it stay Spanish."""
    result = run(
        "cert", "list", "-w", str(workspace), "--status", "nonsense", lang={"LANG": "es_ES.UTF-8"}
    )
    assert result.returncode == 1
    assert result.stderr.startswith("error: estado desconocido 'nonsense'; elija uno de: ")
    shown = run("ca", "show", "racine", "-w", str(workspace), "--json", lang={"LANG": "es"})
    assert json.loads(shown.stdout)["name"] == "racine"


def test_the_verify_report_speaks_the_language_and_stays_the_same_in_english(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import datetime as dt

    from idtoolkit.api.signing import SignatureReport, render_text
    from idtoolkit.apps.cli.verify_text import verify_text
    from idtoolkit.signing.report import Check
    from idtoolkit.states import CheckOutcome, Verdict

    at = dt.datetime(2026, 12, 4, 13, 25, tzinfo=dt.UTC)
    report = SignatureReport(
        "/tmp/contrat.pdf", "pades", Verdict.INVALID, ["the signed data was changed"],
        "CN=Awa Diop,C=SN", "1a2b", "CN=Issuing CA 1,C=SN", at, claimed_signing_time=at,
        checks=[Check("integrity", CheckOutcome.FAILED, "digest mismatch")],
        revocation_sources=["OCSP http://127.0.0.1:8080/ocsp"],
    )  # fmt: skip
    for name in ("IDTOOLKIT_LANG", "LANGUAGE", "LC_ALL", "LANG"):
        monkeypatch.delenv(name, raising=False)
    assert verify_text([report]) == render_text([report])
    monkeypatch.setenv("IDTOOLKIT_LANG", "fr")
    french = verify_text([report]).splitlines()
    assert french[:3] == [
        "/tmp/contrat.pdf : INVALIDE  (pades)",
        "  signataire : CN=Awa Diop,C=SN (numéro de série 1a2b)",
        "  émis par : CN=Issuing CA 1,C=SN",
    ]
    assert "  validée le : 2026-12-04 13:25:00 UTC" in french
    monkeypatch.setenv("IDTOOLKIT_LANG", "ar")
    arabic = verify_text([report]).splitlines()
    assert arabic[4] == f"  وقت التحقق: {LRI}2026-12-04 13:25:00{PDI} UTC"
    assert arabic[0] == f"{LRI}/tmp/contrat.pdf{PDI}: {LRI}غير صالح{PDI}  ({LRI}pades{PDI})"


def test_a_cut_listing_says_so_in_the_language(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import argparse

    from idtoolkit.apps.cli.io import emit_listing

    def last_line(lang: str) -> str:
        monkeypatch.setenv("IDTOOLKIT_LANG", lang)
        emit_listing(
            argparse.Namespace(json=False), [{}], [["a"]], ["SERIAL"], "certificates",
            total=2002, counted_as=("{count} certificate", "{count} certificates"),
        )  # fmt: skip
        return capsys.readouterr().out.splitlines()[-1]

    assert last_line("en") == (
        "showing 1-1 of 2002 certificates "
        "(listing cut: --limit 0 or --all shows every one, --offset N pages)"
    )
    assert last_line("fr").startswith("affichage de 1 à 1 sur 2002 certificats (liste tronquée")
    assert last_line("ar").startswith(f"عرض {LRI}1{PDI}-{LRI}1{PDI} من أصل {LRI}2002{PDI} شهادة")
