"""Translated text fits where it is shown (issue 24): the Workspace settings warning wraps
inside the dialog in Arabic (it was cut at its first and last lines), the PKCS#11 module's
placeholder fits its field in every language (the French and Arabic sentences were cut), and
the French CA tree and details pane keep their headers, states and accented capitals whole."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from gui import language
from gui.i18n.catalogues import LANGUAGES
from idtoolkit import api

from .conftest import settle, show_certificate


@pytest.fixture
def speak(qapp: QApplication) -> Iterator[object]:
    def install(lang: str) -> None:
        assert language.install(qapp, lang) == lang

    yield install
    language.install(qapp, "en")


@pytest.mark.parametrize("lang", ["ar", "fr", "en"])
def test_settings_warning_wraps_inside_the_dialog(qtbot, speak, gui_ws, lang) -> None:  # type: ignore[no-untyped-def]
    from gui.dialogs.settings import SettingsDialog

    speak(lang)
    dialog = SettingsDialog(gui_ws)
    qtbot.addWidget(dialog)
    dialog.base_url.setText("http://127.0.0.1:8080")  # a local address: the warning shows
    dialog.show()
    dialog.adjustSize()
    QApplication.processEvents()
    note = dialog.url_note
    assert note.isVisible()
    assert note.height() >= note.heightForWidth(note.width()), "the warning's lines are cut"
    inside = note.geometry()
    assert inside.left() >= 0 and inside.right() <= dialog.width()
    assert inside.bottom() <= dialog.height()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_pkcs11_placeholder_fits_its_field(qtbot, speak, gui_ws, lang) -> None:  # type: ignore[no-untyped-def]
    from gui.dialogs.settings import SettingsDialog

    speak(lang)
    dialog = SettingsDialog(gui_ws)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.adjustSize()
    QApplication.processEvents()
    edit = dialog.module.edit
    needed = edit.fontMetrics().horizontalAdvance(edit.placeholderText())
    assert needed <= edit.width() - 12, f"{edit.placeholderText()!r} is cut"
    assert dialog.module_note.isVisible() and "IDTOOLKIT_PKCS11_MODULE" in dialog.module_note.text()


def test_french_ca_tree_and_details_keep_their_words_whole(qtbot, speak, gui_ws) -> None:  # type: ignore[no-untyped-def]
    from gui.main_window import MainWindow

    speak("fr")
    api.create_root(gui_ws, "root", "CN=Root CA,O=Ministère,C=SN", "ec-p256")
    api.create_sub(gui_ws, "issuing", "root", "CN=Issuing CA,O=Ministère,C=SN", "ec-p256")
    api.request_sub(gui_ws, "issuing-2", "CN=Issuing CA 2,O=Ministère,C=SN", "ec-p256")
    api.issue_with_new_key(
        gui_ws, "issuing", "tls-server", "CN=a.gov.sn", "ec-p256", sans=["dns:a.gov.sn"]
    )
    window = MainWindow(gui_ws)
    qtbot.addWidget(window)
    window.resize(1366, 820)
    window.show()
    show_certificate(qtbot, window)
    settle(qtbot, window)
    tree, header = window.ca_tree, window.ca_tree.header()
    metrics = tree.fontMetrics()
    for section in range(header.count()):
        text = str(window.ca_model.headerData(section, Qt.Orientation.Horizontal))
        assert header.sectionSize(section) >= metrics.horizontalAdvance(text), text
        right = header.sectionViewportPosition(section) + metrics.horizontalAdvance(text)
        assert right <= tree.viewport().width(), f"{text!r} is cut by the pane"
    waiting = window.ca_model.match(
        window.ca_model.index(0, 0), Qt.ItemDataRole.DisplayRole, "issuing-2", 1,
        Qt.MatchFlag.MatchRecursive,
    )  # fmt: skip
    assert waiting
    state = waiting[0].siblingAtColumn(2)
    text = str(state.data())
    assert "en attente de certificat" in text
    rect = tree.visualRect(state)
    assert rect.left() + metrics.horizontalAdvance(text) <= tree.viewport().width(), text
    fields = window.details.fields
    item = fields.topLevelItem(0)
    assert item is not None
    height = fields.visualItemRect(item).height()
    assert height >= fields.fontMetrics().height() + 3, "accented capitals touch the row above"


def test_arabic_ca_choice_shows_the_name_and_dn_start(qtbot, speak, gui_pki) -> None:  # type: ignore[no-untyped-def]
    """A narrow CA combo right to left cut "issuing — CN=" and showed the DN's tail."""
    from gui.dialogs.revoke import RevokeDialog

    speak("ar")
    dialog = RevokeDialog(gui_pki.ws, "issuing", "", "")
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot, dialog)
    assert dialog.ca.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert dialog.ca.currentText().lstrip("\u2066").startswith("issuing — CN=")


def test_arabic_ceremony_steps_wrap_inside_their_list(qtbot, speak, gui_ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from gui.views.ceremony_runner import CeremonyRunnerWindow
    from idtoolkit.apps import ceremony

    speak("ar")
    runner = CeremonyRunnerWindow(
        gui_ws, ceremony.example_ceremonies() / "training-root.toml", tmp_path / "c"
    )
    qtbot.addWidget(runner)
    runner.resize(1280, 760)
    runner.show()
    QApplication.processEvents()
    steps = runner.steps
    for row in range(steps.count()):
        rect = steps.visualItemRect(steps.item(row))
        assert rect.left() >= 0 and rect.right() <= steps.viewport().width(), steps.item(row).text()


def test_lab_exercise_results_stay_inside_the_pane(qtbot, speak, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from gui.views.lab_panel import LabPanel
    from idtoolkit.apps import labs
    from tests.lab_helpers import free_base_port, own_softhsm, write_roster

    speak("fr")
    roster = write_roster(tmp_path, "id,name,lang\nbob,Bérénice Ba,fr\n")
    with own_softhsm():
        lab = labs.create_class(
            "pki-basics", roster, tmp_path / "class", base_port=free_base_port()
        )
        panel = LabPanel()
        qtbot.addWidget(panel)
        panel.resize(1200, 720)
        panel.show()
        assert panel.open_path(lab.student_dir("bob") / "workspace")
        panel.check()
        qtbot.waitUntil(lambda: panel.results.topLevelItemCount() > 0, timeout=60_000)
    tree = panel.exercises
    header = tree.header()
    result = header.sectionViewportPosition(2) + header.sectionSize(2)
    assert result <= tree.viewport().width(), "the Result column runs off the pane"
    assert header.sectionSize(2) >= tree.fontMetrics().horizontalAdvance("à faire")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_issue_from_csr_attestation_and_names_fit(qtbot, speak, gui_pki, lang) -> None:  # type: ignore[no-untyped-def]
    """The QSCD attestation (a check box: it cannot wrap) and the extra names' placeholder
    were cut in French."""
    from gui.dialogs.issue_csr import IssueFromCsrDialog

    speak(lang)
    dialog = IssueFromCsrDialog(gui_pki.ws, "issuing")
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot, dialog)
    dialog.adjustSize()
    QApplication.processEvents()
    box = dialog.key_on_qscd
    assert box.sizeHint().width() <= box.width(), f"{box.text()!r} is cut"
    sans = dialog.sans
    needed = sans.fontMetrics().horizontalAdvance(sans.placeholderText())
    assert needed <= sans.width() - 12, f"{sans.placeholderText()!r} is cut"
