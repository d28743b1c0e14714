"""Cross-cutting behaviour: workers keep the UI responsive and deliver results or one-line
errors; secrets never echo and are asked lazily; first run; audit verification; right-to-left
layouts render."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QApplication, QLineEdit

from gui import workers
from gui.dialogs.issue_p12 import IssuePkcs12Dialog
from gui.dialogs.new_ca import ROOT
from gui.dialogs.workspace import NewWorkspaceDialog, OpenWorkspaceDialog
from gui.widgets.fields import select_key_type, selected_key_type
from idtoolkit import api
from idtoolkit.errors import InputError
from tests.conftest import PASSPHRASE, build_two_tier

from .conftest import run_job, settle


def test_a_worker_runs_off_the_ui_thread_and_reports_on_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    seen: dict[str, object] = {}

    def job(progress: workers.Progress) -> str:
        seen["thread"] = QThread.currentThread()
        progress.report(1, 2, "half")
        return "done"

    progress: list[tuple[int, int, str]] = []
    results: list[str] = []
    workers.start(job, results.append, on_progress=lambda *a: progress.append(a))
    qtbot.waitUntil(lambda: results == ["done"], timeout=5000)
    assert seen["thread"] is not QApplication.instance().thread()
    assert progress == [(1, 2, "half")]


def test_engine_errors_arrive_as_one_line_and_cancel_stops_at_a_safe_point(qtbot) -> None:  # type: ignore[no-untyped-def]
    def bad(_p: workers.Progress) -> None:
        raise InputError(
            "subject.country_not_two_letters",
            "subject C='Senegal' must be a 2-letter ISO 3166 code",
        )

    errors: list[str] = []
    workers.start(bad, on_error=errors.append)
    qtbot.waitUntil(
        lambda: errors == ["subject C='Senegal' must be a 2-letter ISO 3166 code"], timeout=5000
    )

    gate = threading.Event()
    steps: list[int] = []

    def long_job(p: workers.Progress) -> None:
        for i in range(1000):
            gate.wait(5)
            p.report(i, 1000)
            steps.append(i)
            time.sleep(0.001)

    worker = workers.start(long_job)
    cancelled: list[bool] = []
    worker.signals.cancelled.connect(lambda: cancelled.append(True))
    worker.cancel()
    gate.set()
    qtbot.waitUntil(lambda: cancelled == [True], timeout=5000)
    assert len(steps) < 1000


def test_secret_fields_never_echo(qtbot, gui_ws) -> None:  # type: ignore[no-untyped-def]
    from gui.dialogs.export import ExportDialog
    from gui.dialogs.new_ca import NewCADialog

    dialogs = [NewWorkspaceDialog(Path("/nonexistent")), NewCADialog(gui_ws, ROOT)]
    build_two_tier(gui_ws)
    dialogs.append(ExportDialog(gui_ws, ca="issuing"))
    for dialog in dialogs:
        qtbot.addWidget(dialog)
    fields = [
        dialogs[0].passphrase,
        dialogs[0].confirm,
        dialogs[1].pin,
        dialogs[2].password,
        dialogs[2].confirm,
    ]
    assert all(f.echoMode() == QLineEdit.EchoMode.Password for f in fields)


def test_the_passphrase_is_asked_only_when_a_key_is_used_from_a_worker(
    qtbot, gui_ws, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from gui.main_window import MainWindow

    build_two_tier(gui_ws)
    directory = gui_ws.directory
    gui_ws.close()
    ws = api.Workspace.open(directory)  # no passphrase in memory yet
    window = MainWindow(ws)
    qtbot.addWidget(window)
    asked: list[tuple[str, object]] = []

    def answer(kind: str, label: str) -> bytes:
        asked.append((kind, QThread.currentThread()))
        return PASSPHRASE

    window.broker.ask_user = answer
    assert asked == []  # opening asked nothing
    dialog = window.open_issue_p12()
    settle(qtbot, dialog)
    dialog.ca.setCurrentIndex(dialog.ca.findData("issuing"))
    dialog.profile.setCurrentIndex(dialog.profile.findData("tls-client"))
    dialog.subject.set_values(CN="device-7")
    dialog.out.set_path(tmp_path / "device.p12")
    assert run_job(qtbot, dialog), dialog.error
    assert [k for k, _ in asked] == ["passphrase"]
    assert asked[0][1] is QApplication.instance().thread()  # the dialog runs on the UI thread
    workers.wait_all()
    ws.close()


def test_a_wrong_passphrase_is_a_clear_message(qtbot, gui_ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    build_two_tier(gui_ws)
    directory = gui_ws.directory
    gui_ws.close()
    ws = api.Workspace.open(directory)
    from gui.secrets import SecretBroker

    broker = SecretBroker()
    broker.ask_user = lambda kind, label: b"not the passphrase"
    broker.attach(ws)
    dialog = IssuePkcs12Dialog(ws, "issuing")
    qtbot.addWidget(dialog)
    dialog.profile.setCurrentIndex(dialog.profile.findData("tls-client"))
    dialog.subject.set_values(CN="device-8")
    dialog.out.set_path(tmp_path / "device.p12")
    assert not run_job(qtbot, dialog)
    assert "passphrase" in (dialog.error or "").lower()
    assert not (tmp_path / "device.p12").exists()
    workers.wait_all()
    ws.close()


def test_first_run_creates_the_workspace_and_checks_the_passphrase(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    dialog = NewWorkspaceDialog(tmp_path / "first", first_run=True)
    qtbot.addWidget(dialog)
    assert "workspace" in dialog.intro.text()
    dialog.passphrase.setText("a long enough passphrase")
    dialog.confirm.setText("a different passphrase!!")
    dialog.accept()
    assert dialog.error == "the two passphrases differ"
    assert not (tmp_path / "first").exists()
    dialog.confirm.setText("a long enough passphrase")
    assert run_job(qtbot, dialog), dialog.error
    ws = dialog.result_value
    assert (tmp_path / "first" / "config.toml").is_file()
    assert "passphrase" not in (tmp_path / "first" / "config.toml").read_text().lower().replace(
        "# ", ""
    )
    ws.close()
    opener = OpenWorkspaceDialog(tmp_path / "first")
    qtbot.addWidget(opener)
    assert run_job(qtbot, opener), opener.error
    opener.result_value.close()


def test_new_ca_form_explains_what_is_wrong_while_typing(qtbot, gui_ws) -> None:  # type: ignore[no-untyped-def]
    from gui.dialogs.new_ca import NewCADialog

    dialog = NewCADialog(gui_ws, ROOT)
    qtbot.addWidget(dialog)
    dialog.show()
    # A fresh form is empty, not wrong: no red line before the officer types anything.
    assert dialog.hint.text() == "" and dialog.validate()
    qtbot.keyClicks(dialog.name, "root")
    assert dialog.hint.text() != ""  # touched: now it says what is missing
    qtbot.keyClicks(dialog.subject.fields["O"], "Ministry")
    qtbot.keyClicks(dialog.subject.fields["C"], "SN")
    assert "CN is required" in dialog.hint.text()
    qtbot.keyClicks(dialog.subject.fields["CN"], "Root")
    assert dialog.hint.text() == ""
    select_key_type(dialog.key_type, "rsa2048")  # not offered by root-ca? then the list says so
    assert selected_key_type(dialog.key_type) in api.describe_profile(gui_ws, "root-ca").key_types
    # An engine refusal (duplicate name) comes back as one line, nothing created twice.
    assert run_job(qtbot, dialog), dialog.error
    again = NewCADialog(gui_ws, ROOT)
    qtbot.addWidget(again)
    again.name.setText("root")
    again.subject.set_values(CN="Root 2", O="Ministry", C="SN")
    assert not run_job(qtbot, again)
    assert "root" in (again.error or "") and "\n" not in (again.error or "")
    from gui import errors

    assert errors.last_error == again.error
    assert len(api.list_cas(gui_ws)) == 1


def test_audit_view_lists_events_and_verifies_the_chain(qtbot, window, gui_ws) -> None:  # type: ignore[no-untyped-def]
    build_two_tier(gui_ws)
    window.refresh()
    settle(qtbot, window)
    model = window.audit.model
    actions = [model.rows[i].action for i in range(model.rowCount())]
    assert actions[:2] == ["crl.published", "ca.created"]  # newest first: the first CRL
    assert actions[-1] == "workspace.init"
    window.verify_audit()
    qtbot.waitUntil(lambda: window.audit.last_result is not None, timeout=10_000)
    assert window.audit.last_result.ok
    assert window.audit.result.text().startswith("Intact:")


def test_right_to_left_layouts_render(qtbot, window, gui_ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    build_two_tier(gui_ws)
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        window.refresh()
        settle(qtbot, window)
        window.resize(1200, 760)
        image = window.grab()
        assert not image.isNull() and image.width() >= 1200
        assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
        # The CA tree sits on the right in RTL: its left edge is right of the window's middle.
        assert (
            window.ca_tree.mapTo(window, window.ca_tree.rect().topLeft()).x() > window.width() // 2
        )
        for opener in (window.open_issue_p12, window.open_issue_csr, window.open_crl):
            dialog = opener()
            assert not dialog.grab().isNull()
            assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
            dialog.close()
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
