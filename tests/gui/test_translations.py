"""Seven languages, complete: a new tr() string without translations, an unfinished or empty
message, or a translation that drops a placeholder fails here (and in CI). The app picks its
language from IDTOOLKIT_LANG, Settings → Language or the system; Qt's own buttons follow; Arabic
lays out right to left with data left to right and a font that has Arabic glyphs."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QFont, QFontDatabase, QTextLayout
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from gui import language
from gui.i18n import catalogues
from idtoolkit import api


@pytest.fixture
def settings_dir(tmp_path: Path) -> Iterator[Path]:
    """Settings in a temporary folder, so tests never see or change the user's choice."""
    folder = tmp_path / "settings"
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(folder))
    yield folder


@pytest.fixture
def speak(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """Switch the running app to a language for one test, back to English afterwards."""

    def switch(code: str) -> str:
        monkeypatch.setenv(language.ENV, code)
        return language.install(qapp)

    yield switch
    monkeypatch.delenv(language.ENV, raising=False)
    language.install(qapp, "en")


def test_catalogues_hold_every_tr_string_translated(tmp_path: Path) -> None:
    copies = []
    for lang in catalogues.SHIPPED:
        copy = catalogues.ts_path(lang, tmp_path)
        shutil.copy(catalogues.ts_path(lang), copy)
        copies.append(copy)
    catalogues.lupdate(copies)  # what `make i18n-update` would add: new strings, unfinished
    counts, problems = catalogues.report(tmp_path)
    assert not problems, "\n".join(map(str, problems[:40])) + (
        "\nRun `make i18n-update`, translate what it lists in gui/i18n/*.ts, run it again."
    )
    translated = [c for c in counts if c.lang != catalogues.ENGLISH]
    assert all(c.messages == c.finished == translated[0].messages for c in translated)
    assert translated[0].messages > 400


def test_the_check_catches_unfinished_empty_and_garbled_messages(tmp_path: Path) -> None:
    ts = tmp_path / "idtoolkit_fr.ts"
    ts.write_text(
        """<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="fr">
<context><name>X</name>
<message><source>New</source><translation type="unfinished"></translation></message>
<message><source>Empty</source><translation></translation></message>
<message><source>%1 of %2</source><translation>%1 sur</translation></message>
<message><source>Fine %1</source><translation>Bien %1</translation></message>
<message><source>Version {version}</source><translation>Version {versión}</translation></message>
<message numerus="yes"><source>%n token(s)</source><translation>
<numerusform>un jeton</numerusform><numerusform>%n jetons</numerusform></translation></message>
<message numerus="yes"><source>%n row(s) of %1</source><translation>
<numerusform>%n ligne</numerusform><numerusform>%n lignes de %1</numerusform></translation></message>
</context>
<context><name></name>
<message><source>Aliased</source><translation>Alias</translation></message>
</context></TS>""",
        encoding="utf-8",
    )
    counts, problems = catalogues.problems(ts)
    assert [(p.source, p.what.split()[0]) for p in problems] == [
        ("New", "unfinished"),
        ("Empty", "empty"),
        ("%1 of %2", "placeholders"),
        ("Version {version}", "placeholders"),
        ("%n row(s) of %1", "placeholders"),
        ("Aliased", "no"),
    ]
    assert (counts.messages, counts.finished) == (8, 2)


def test_compiled_catalogues_match_their_sources(tmp_path: Path) -> None:
    """The .qm files the wheel and installers ship are those of the .ts files in the tree."""
    for lang in catalogues.SHIPPED:
        fresh = tmp_path / f"{lang}.qm"
        catalogues.lrelease(catalogues.ts_path(lang), fresh)
        shipped = catalogues.ts_path(lang).with_suffix(".qm")
        assert shipped.read_bytes() == fresh.read_bytes(), f"run `make i18n-update` ({lang})"


def test_french_dialogs_and_qt_buttons_speak_french(qtbot, speak, gui_ws) -> None:  # type: ignore[no-untyped-def]
    assert speak("fr") == "fr"
    from gui.dialogs.crl import CrlDialog

    dialog = CrlDialog(gui_ws)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Publier une liste de révocation (CRL)"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuler"  # qtbase_fr
    tr = QCoreApplication.translate
    assert tr("TokenView", "%n token(s)", "", 3) == "3 jetons"


def test_arabic_is_right_to_left_with_six_plural_forms_and_arabic_glyphs(qtbot, speak) -> None:  # type: ignore[no-untyped-def]
    assert speak("ar") == "ar"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    tr = QCoreApplication.translate
    forms = {n: tr("TokenView", "%n token(s)", "", n) for n in (0, 1, 2, 5, 11, 100)}
    assert len(set(forms.values())) == 6
    assert forms[1] == "رمز مميز واحد" and forms[5] == "5 رموز مميزة"
    from gui.widgets.fields import FileField

    field = FileField()
    qtbot.addWidget(field)
    assert field.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert field.edit.layoutDirection() == Qt.LayoutDirection.LeftToRight  # a path reads LTR
    from gui.models.cert_table import COLUMNS
    from gui.views.certificates import LTR_COLUMNS, CertificateView

    assert {COLUMNS[c] for c in LTR_COLUMNS} == {"Serial", "Not after", "Subject"}
    view = CertificateView()
    qtbot.addWidget(view)
    for column in LTR_COLUMNS:  # serial, date, subject: laid out left to right
        assert isinstance(view.table.itemDelegateForColumn(column), language.LeftToRightDelegate)
    assert language.ltr("2026-01-31 10:00 UTC").startswith(language.LRI)
    assert QFontDatabase.families(QFontDatabase.WritingSystem.Arabic), "no font with Arabic"
    for text in ("شهادة رقمية", "证书颁发机构"):  # Arabic, and Chinese while we are at it
        layout = QTextLayout(text, QFont())
        layout.beginLayout()
        layout.createLine()
        layout.endLayout()
        runs = layout.glyphRuns()
        # Real glyphs, not the empty box (glyph 0) of a font without the script.
        assert runs and all(0 not in run.glyphIndexes() for run in runs), text


def test_portuguese_uses_brazilian_qt_buttons(speak) -> None:  # type: ignore[no-untyped-def]
    assert speak("pt_PT") == "pt"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancelar"


def test_environment_beats_the_saved_choice_which_beats_the_system(
    qapp, settings_dir, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    try:
        monkeypatch.delenv(language.ENV, raising=False)
        language.save_language("ru")
        assert language.install(qapp) == "ru"
        assert language.current_language() == "ru"
        monkeypatch.setenv(language.ENV, "es")
        assert language.install(qapp) == "es"
        language.save_language("")
        monkeypatch.delenv(language.ENV)
        assert language.requested_language() == ""  # the system's
    finally:
        language.install(qapp, "en")


def test_settings_language_menu_remembers_and_offers_a_restart(
    qtbot, settings_dir, monkeypatch: pytest.MonkeyPatch, gui_ws: api.Workspace
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv(language.ENV, raising=False)
    from gui.main_window import MainWindow

    window = MainWindow(gui_ws)
    qtbot.addWidget(window)
    titles = [a.text() for a in window.menuBar().actions()]
    assert "&Settings" in titles
    menu = window.language_menu
    assert menu.menuAction() in window.settings_menu.actions()
    assert [a.text() for a in menu.actions()][1:] == list(language.LANGUAGES.values())
    box = menu.choose("ar")
    assert language.saved_language() == "ar" and menu.items["ar"].isChecked()
    assert "العربية" in box.text() and "next start" in box.text()
    assert [b.text() for b in box.buttons()] == ["Restart now", "Later"]
    box.close()


def test_pseudo_locale_is_longer_accented_and_keeps_placeholders(speak) -> None:  # type: ignore[no-untyped-def]
    assert speak("pseudo") == "pseudo"
    text = QCoreApplication.translate("BulkIssueDialog", "Issued now: %1")
    assert "%1" in text and text != "Issued now: %1" and len(text) >= 1.3 * len("Issued now: %1")
    filt = language.pseudo("CSV files (*.csv);;All files (*)")
    assert filt.endswith("(*)") and "(*.csv);;" in filt
    assert language.current_language() == "en"  # what it writes for people stays readable


def test_verify_report_words_follow_the_language(speak) -> None:  # type: ignore[no-untyped-def]
    from gui.dialogs.verify_signature import REASON_TEXT, check_name, reason_text
    from idtoolkit.signing.policy import REASONS

    # The GUI words every reason code the engine has, with the engine's English.
    assert {k: str(v) for k, v in REASON_TEXT.items()} == REASONS
    speak("fr")
    assert check_name("revocation") == "révocation"
    assert reason_text("revoked") == "le certificat du signataire est révoqué"
    assert reason_text("some-new-code") == "some-new-code"


def test_an_engine_error_in_a_dialog_speaks_the_app_s_language(  # type: ignore[no-untyped-def]
    qtbot, speak, gui_ws
) -> None:
    """The engine's refusal (a CA of that name exists) is said in French through the engine's
    catalogue, and in Arabic with the name isolated left to right."""
    from gui import errors
    from gui.dialogs.new_ca import ROOT, NewCADialog
    from idtoolkit.errors import AlreadyExistsError

    from .conftest import run_job

    api.create_root(gui_ws, "root", "CN=Root,O=Ministry,C=SN", "ec-p256")
    assert speak("fr") == "fr"
    dialog = NewCADialog(gui_ws, ROOT)
    qtbot.addWidget(dialog)
    dialog.name.setText("root")
    dialog.subject.set_values(CN="Root 2", O="Ministry", C="SN")
    assert not run_job(qtbot, dialog)
    assert dialog.error == "une AC nommée 'root' existe déjà"
    assert errors.last_error == dialog.error
    assert speak("ar") == "ar"
    error = AlreadyExistsError("ca.name_taken", "a CA named {name!r} exists already", name="root")
    assert (
        errors.error_text(error) == f"توجد بالفعل جهة تصديق باسم {language.LRI}'root'{language.PDI}"
    )


def test_the_verify_dialog_words_checks_and_reasons_from_the_engine_s_one_table(  # type: ignore[no-untyped-def]
    speak,
) -> None:
    """The dialog kept its own copy of the check names and reasons, which lacked the engine's
    newer "validation time" check (shown in English in French and Arabic); it now says the
    engine's messages, the same words the CLI's verify report uses."""
    from gui.dialogs.verify_signature import check_name, reason_text
    from idtoolkit.api.messages import CHECK_NAMES, REASON_MESSAGES

    speak("fr")
    assert check_name("validation time") == "date de validation"
    speak("ar")
    assert check_name("validation time") == "وقت التحقق"
    for name in CHECK_NAMES:
        assert check_name(name) != name or name == "signature", name
    for code in REASON_MESSAGES:
        assert reason_text(code) != str(REASON_MESSAGES[code]), code
