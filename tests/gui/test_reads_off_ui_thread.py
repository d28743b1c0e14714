"""The window never reads the store (or a token) on the UI thread: a slow PostgreSQL server
or HSM leaves it painting, and answers land where the officer is looking, newest first.

The reads are the real engine calls, made slow or watched by wrapping them (the Qt side is
the real window and dialogs)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QTimer

from gui.dialogs.new_ca import SUB
from idtoolkit import api
from idtoolkit.errors import StoreError

from .conftest import settle, show_certificate

#: The engine reads the window and its dialogs make.
READS = (
    "list_cas",
    "describe_ca",
    "describe_stored_certificate",
    "find_certificate",
    "ca_chain",
    "list_workspace_tokens",
    "page_certificates",
    "count_certificates",
    "list_audit_events",
)


def _watch(monkeypatch: pytest.MonkeyPatch, calls: list[tuple[str, bool]]) -> None:
    """Record, for each read, whether it ran on the UI (main) thread."""
    for name in READS:
        real = getattr(api, name)

        def watched(*args: Any, _real: Callable[..., Any] = real, _name: str = name) -> Any:
            calls.append((_name, threading.current_thread() is threading.main_thread()))
            return _real(*args)

        monkeypatch.setattr(api, name, watched)


def test_no_view_or_dialog_reads_the_store_on_the_ui_thread(  # type: ignore[no-untyped-def]
    qtbot, window, gui_pki, monkeypatch, tmp_path
) -> None:
    issued = api.issue_with_new_key(
        window.ws, "issuing", "citizen-auth", "CN=Awa Ndiaye,GN=Awa,SN=Ndiaye,C=SN", "ec-p256"
    )
    calls: list[tuple[str, bool]] = []
    _watch(monkeypatch, calls)

    show_certificate(qtbot, window)
    assert window.certificates.current_summary().serial == issued.serial
    assert window.details.current is not None  # the certificate's details arrived
    window.certificates.search.setText("Awa")  # the quick answer, then the full search
    window.certificates.apply_filter()
    settle(qtbot, window)
    assert window.certificates.model.rowCount() == 1
    window.audit.reload()
    settle(qtbot, window)
    assert window.audit.model.rowCount() > 0

    window.select_ca("root")
    settle(qtbot, window)
    dialogs = [
        window.open_new_ca(SUB),
        window.open_import_cert(),
        window.open_export_ca(),
        window.open_crl(),
        window.open_issue_csr(),
        window.open_issue_p12(),
        window.open_revoke(),
        window.open_bulk_issue(),
        window.open_service_credential(),
    ]
    for dialog in dialogs:
        settle(qtbot, dialog)
        dialog.close()
    new_ca = window.open_new_ca(SUB)
    new_ca.token.setChecked(True)  # lists the module's tokens
    settle(qtbot, new_ca)
    verify = window.open_verify_signature()
    verify.add_workspace_roots()
    settle(qtbot, verify)
    assert verify.roots_added == 1

    made = {name for name, _ in calls}
    assert {"list_cas", "describe_ca", "describe_stored_certificate", "ca_chain"} <= made
    assert {"page_certificates", "count_certificates", "list_audit_events"} <= made
    assert "list_workspace_tokens" in made
    on_ui = sorted({name for name, ui in calls if ui})
    assert not on_ui, f"read on the UI thread: {on_ui}"


def test_a_slow_ca_list_leaves_the_window_responsive(qtbot, window, gui_pki, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The read waits until the UI thread has handled a timer: it can only finish because
    the window kept processing events meanwhile (on the UI thread it would time out)."""
    ui_ran = threading.Event()
    real = api.list_cas
    outcome: dict[str, object] = {}

    def slow_list_cas(ws: api.Workspace) -> list[api.CAInfo]:
        outcome["waited"] = ui_ran.wait(timeout=5)
        outcome["ui_thread"] = threading.current_thread() is threading.main_thread()
        return real(ws)

    monkeypatch.setattr(api, "list_cas", slow_list_cas)
    window.ca_model.load([])
    window.refresh_cas()
    assert window.loading and window.ca_model.rowCount() == 0  # loading, not frozen
    QTimer.singleShot(50, ui_ran.set)  # fires only if the UI thread is free
    settle(qtbot, window)
    assert outcome == {"waited": True, "ui_thread": False}
    assert window.ca_model.item(0, 0).text() == "root"  # filled when it arrived


def test_an_overtaken_answer_does_not_replace_the_newer_one(
    qtbot, window, gui_pki, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Click the root (slow to read), then the issuing CA: the pane shows the issuing CA,
    also after the root's late answer arrives."""
    release = threading.Event()
    real = api.describe_ca

    def describe_ca(ws: api.Workspace, name: str) -> api.CertificateText | None:
        if name == "root":
            release.wait(timeout=5)
        return real(ws, name)

    window.refresh()
    settle(qtbot, window)
    monkeypatch.setattr(api, "describe_ca", describe_ca)
    window.select_ca("root")
    assert "root" in window.details.title.text()  # the pane says it is reading
    window.select_ca("issuing")
    qtbot.waitUntil(lambda: window.details.current is not None, timeout=5000)
    release.set()
    qtbot.waitUntil(lambda: not window.loading, timeout=5000)
    from gui import workers

    workers.wait_all(5000)
    qtbot.wait(50)  # the late answer's signal has been delivered (and dropped)
    subject = dict(window.details.current.fields)["Subject"]
    assert subject.startswith("CN=Test Issuing CA"), subject


def test_a_failed_read_says_why_in_the_dialog(qtbot, window, gui_pki, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def broken(_ws: api.Workspace) -> list[api.CAInfo]:
        raise StoreError(
            "store.cannot_open", "cannot open database postgresql://pki@db/pki: connection refused"
        )

    monkeypatch.setattr(api, "list_cas", broken)
    dialog = window.open_crl()
    settle(qtbot, dialog)
    assert dialog.hint.text() == "cannot open database postgresql://pki@db/pki: connection refused"
    assert dialog.ca.count() == 0 and dialog.ok_button.isEnabled()
    dialog.accept()  # OK says what is missing, nothing is written
    assert dialog.error
