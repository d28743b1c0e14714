"""The engine's sentences in the desktop app's language (issue 24): Issue from CSR's "the
profile will grant" block, the profile list's descriptions and the verify dialog's checks are
said in French and Arabic, not in the engine's English."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from PySide6.QtWidgets import QApplication

from gui import language
from idtoolkit import api
from idtoolkit.api import signing
from tests.conftest import PASSPHRASE, build_two_tier
from tests.test_engine_messages import english_words

from .conftest import run_job, settle
from .test_pki_flows import write_csr


@pytest.fixture
def speak(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """Switch the running app to a language for one test, back to English afterwards."""

    def switch(code: str) -> str:
        monkeypatch.setenv(language.ENV, code)
        return language.install(qapp)

    yield switch
    monkeypatch.delenv(language.ENV, raising=False)
    language.install(qapp, "en")


def _grants_block(review: str, title: str) -> list[str]:
    lines = review.splitlines()
    start = lines.index(title) + 1
    return [line for line in lines[start:] if line and not line.startswith("SHA-256")]


@pytest.mark.parametrize(
    ("lang", "title", "end_entity"),
    [
        ("fr", "Le profil accordera", "un certificat d'entité finale (pas une AC)"),
        ("ar", "سيمنح ملف التعريف", "شهادة كيان نهائي (ليست جهة تصديق)"),
    ],
)
def test_issue_from_csr_says_what_the_profile_grants_in_the_apps_language(
    qtbot, window, gui_ws, tmp_path, speak, lang, title, end_entity
) -> None:  # type: ignore[no-untyped-def]
    build_two_tier(gui_ws)
    assert speak(lang) == lang
    csr = tmp_path / "portal.csr"
    write_csr(csr, "portal.example.sn", ["portal.example.sn"])
    dialog = window.open_issue_csr()
    settle(qtbot, dialog)
    dialog.ca.setCurrentIndex(dialog.ca.findData("issuing"))
    dialog.profile.setCurrentIndex(dialog.profile.findData("tls-server"))
    dialog.csr_file.set_path(csr)
    review = dialog.review.toPlainText()
    assert title in review, review
    grants = _grants_block(review, title)
    assert grants[0] == end_entity
    assert len(grants) == len(api.describe_profile(gui_ws, "tls-server").grants)
    for line in grants:
        assert not english_words(line, "dns, ip"), line
    described = api.describe_profile(gui_ws, "tls-server").description_in(lang)
    assert dialog.profile.currentText() == f"tls-server — {described}"


def test_the_verify_dialog_says_its_checks_in_french(qtbot, window, tmp_path, speak) -> None:  # type: ignore[no-untyped-def]
    ws = api.Workspace.init(tmp_path / "signer-ws", PASSPHRASE)
    build_two_tier(ws)
    issued = api.issue_with_new_key(
        ws, "issuing", "citizen-sign", "CN=Amina Diallo,GN=Amina,SN=Diallo,C=SN", "ec-p256"
    )
    assert issued.pkcs12 is not None and issued.pkcs12_password is not None
    credential = api.from_pkcs12(issued.pkcs12, issued.pkcs12_password.encode())
    document = tmp_path / "contract.txt"
    document.write_bytes(b"I agree.\n")
    (tmp_path / "contract.txt.p7s").write_bytes(signing.sign_cms(b"I agree.\n", credential)[0])
    document.write_bytes(b"I do not agree.\n")  # tampered after signing
    root = tmp_path / "root.pem"
    root.write_bytes(api.ca_chain(ws, "root")[0].public_bytes(serialization.Encoding.PEM))
    subjects = [api.ca_chain(ws, "issuing")[0], api.ca_chain(ws, "root")[0]]
    names = [
        "CN=Amina Diallo,GN=Amina,SN=Diallo,C=SN",
        *(api.format_subject(c.subject) for c in subjects),
    ]
    ws.close()
    assert speak("fr") == "fr"
    dialog = window.open_verify_signature()
    dialog.document.set_path(document)
    dialog.add_trust(root)
    assert run_job(qtbot, dialog), dialog.error
    text = dialog.details.toPlainText()
    assert (
        "les données signées ont été modifiées après la signature, ou la valeur de signature "
        "est fausse" in text
    )
    for line in text.splitlines()[1:]:
        assert not english_words(line, *names, Path(document).name), line


def test_the_details_pane_says_extensions_and_the_key_in_arabic(
    qtbot, window, gui_ws, speak
) -> None:  # type: ignore[no-untyped-def]
    build_two_tier(gui_ws)
    assert speak("ar") == "ar"
    window.details.show_text(api.describe_ca(gui_ws, "issuing"))
    tree = window.details.extensions
    rows = {
        tree.topLevelItem(i).text(0): tree.topLevelItem(i).text(1)
        for i in range(tree.topLevelItemCount())
    }
    assert rows["استخدام المفتاح (حرج)"] == (
        "توقيع البيانات (توقيع رقمي)، توقيع الشهادات، توقيع قوائم الإبطال (CRL)"
    )
    for name, meaning in rows.items():
        assert not english_words(f"{name} {meaning}"), (name, meaning)
    fields = window.details.fields
    key = next(
        fields.topLevelItem(i).text(1)
        for i in range(fields.topLevelItemCount())
        if fields.topLevelItem(i).text(0) in ("المفتاح", "Key")
    )
    assert "ECDSA على المنحنى NIST P-" in key, key
