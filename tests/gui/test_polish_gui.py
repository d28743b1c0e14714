"""What the field trial found in the desktop app: settings, path fields, inline errors, a
sub-CA's organisation, revocation in Fields, CRL confirmation, trust anchors, the subject
column, Help, and error boxes without tracebacks."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from cryptography import x509
from PySide6.QtCore import Qt

from gui import errors
from gui.dialogs.new_ca import ROOT, SUB, NewCADialog
from gui.widgets.fields import FileField
from idtoolkit import api
from tests.gui.conftest import run_job

from .conftest import settle

PUBLIC_URL = "http://pki.interieur.gouv.sn"


def test_settings_dialog_persists_the_base_url_and_the_next_ca_uses_it(  # type: ignore[no-untyped-def]
    qtbot, window, gui_ws
) -> None:
    dialog = window.open_settings()
    settle(qtbot, dialog)
    assert dialog.base_url.text() == "http://127.0.0.1:8080"
    assert dialog.url_note.isVisibleTo(dialog)  # the internal-name lint warning, explained
    assert api.INTERNAL_NAME_LINT in dialog.url_note.text()
    dialog.base_url.setText(PUBLIC_URL + "/")
    assert not dialog.url_note.isVisibleTo(dialog)
    dialog.crl_days.setValue(3)
    assert run_job(qtbot, dialog), dialog.error
    # Persisted: a fresh open of the folder reads it back.
    with api.Workspace.open(gui_ws.directory) as reopened:
        assert reopened.config.base_url == PUBLIC_URL and reopened.config.crl_days == 3
    root = window.open_new_ca(ROOT)
    settle(qtbot, root)
    qtbot.keyClicks(root.name, "root")
    root.subject.set_values(CN="National Root CA", O="Ministry", C="SN")
    assert run_job(qtbot, root), root.error
    info = api.show_ca(gui_ws, "root")[0]
    assert info.base_url == PUBLIC_URL
    issued = api.issue_with_new_key(gui_ws, "root", "sub-ca", "CN=Sub,O=Ministry,C=SN", "ec-p256")
    points = issued.certificate.extensions.get_extension_for_class(x509.CRLDistributionPoints)
    assert points.value[0].full_name[0].value == f"{PUBLIC_URL}/crl/root.crl"


def test_settings_dialog_refuses_a_bad_url_in_one_place(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    errors.last_error = None
    dialog = window.open_settings()
    settle(qtbot, dialog)
    dialog.base_url.setText("ftp://somewhere")
    assert not run_job(qtbot, dialog)
    assert "http://" in (dialog.error or "") and "\n" not in dialog.error
    assert errors.last_error == dialog.error and dialog.hint.text() == ""  # the box only


def _dialogs(window, gui_pki):  # type: ignore[no-untyped-def]
    from gui.dialogs.bulk_issue import BulkIssueDialog
    from gui.dialogs.crl import CrlDialog
    from gui.dialogs.export import ExportDialog
    from gui.dialogs.import_ca import ImportCADialog
    from gui.dialogs.import_cert import ImportSignedCertDialog
    from gui.dialogs.issue_csr import IssueFromCsrDialog
    from gui.dialogs.issue_p12 import IssuePkcs12Dialog
    from gui.dialogs.new_ca import REQUEST
    from gui.dialogs.settings import SettingsDialog
    from gui.dialogs.verify_signature import VerifySignatureDialog
    from gui.dialogs.workspace import NewWorkspaceDialog, OpenWorkspaceDialog

    ws = window.ws
    return [
        BulkIssueDialog(ws, "issuing"),
        CrlDialog(ws, "issuing"),
        ExportDialog(ws, ca="issuing"),
        ImportCADialog(ws),
        ImportSignedCertDialog(ws, None),
        IssueFromCsrDialog(ws, "issuing"),
        IssuePkcs12Dialog(ws, "issuing"),
        NewCADialog(ws, REQUEST),
        SettingsDialog(ws),
        VerifySignatureDialog(window, ws),
        NewWorkspaceDialog(Path("/nonexistent-parent/ws")),
        OpenWorkspaceDialog(Path("/nonexistent")),
    ]


@pytest.mark.parametrize("text", ["/", "~no-such-user-xyz/x", "//", "/proc"])
def test_odd_text_in_every_path_field_is_explained_not_raised(  # type: ignore[no-untyped-def]
    qtbot, window, gui_pki, text: str
) -> None:
    """pytest-qt fails the test on any exception raised in a Qt slot: typing must not."""
    for dialog in _dialogs(window, gui_pki):
        qtbot.addWidget(dialog)
        settle(qtbot, dialog)
        fields = dialog.findChildren(FileField)
        assert fields, type(dialog).__name__
        for field in fields:
            field.edit.clear()
            qtbot.keyClicks(field.edit, text)
            problem = dialog.validate()
            assert problem is None or "\n" not in problem
        if dialog.validate() is not None:
            assert not run_job(qtbot, dialog, timeout=5_000)
            assert dialog.error and "Traceback" not in dialog.error


def test_inline_problems_wait_for_the_user_and_show_in_one_place(qtbot, window, gui_pki) -> None:  # type: ignore[no-untyped-def]
    errors.last_error = None
    dialog = window.open_issue_p12()
    settle(qtbot, dialog)
    assert dialog.hint.text() == ""  # nothing typed: nothing wrong yet
    assert dialog._input_problem()  # (there is a problem, it just is not shouted)
    qtbot.keyClicks(dialog.subject.fields["C"], "S")
    assert dialog.hint.text() != ""  # touched: now it says
    dialog.accept()
    assert dialog.error == dialog.hint.text()
    assert errors.last_error is None  # no modal box on top of the inline line


def test_a_new_sub_ca_copies_organisation_and_country_from_its_parent(
    qtbot, window, gui_ws
) -> None:  # type: ignore[no-untyped-def]
    api.create_root(gui_ws, "root", "CN=Root,O=Ministère de l'Intérieur,C=SN", "ec-p256")
    api.create_root(gui_ws, "other", "CN=Other,O=Partner Agency,C=CI", "ec-p256")
    window.refresh_cas()
    settle(qtbot, window)
    window.select_ca("root")
    settle(qtbot, window)
    dialog = window.open_new_ca(SUB)
    settle(qtbot, dialog)
    assert dialog.parent_ca.currentData() == "root"
    assert dialog.subject.fields["O"].text() == "Ministère de l'Intérieur"
    assert dialog.subject.fields["C"].text() == "SN"
    dialog.parent_ca.setCurrentIndex(dialog.parent_ca.findData("other"))
    assert dialog.subject.fields["O"].text() == "Partner Agency"  # followed the parent
    dialog.subject.fields["O"].setText("Typed by the officer")
    dialog.parent_ca.setCurrentIndex(dialog.parent_ca.findData("root"))
    assert dialog.subject.fields["O"].text() == "Typed by the officer"  # never overwritten
    assert dialog.subject.fields["C"].text() == "SN"


def test_a_revoked_certificate_shows_date_and_reason_in_fields(qtbot, window, gui_pki) -> None:  # type: ignore[no-untyped-def]
    issued = api.issue_with_new_key(window.ws, "issuing", "tls-client", "CN=Awa,C=SN", "ec-p256")
    info = api.revoke(window.ws, "issuing", issued.serial, "key-compromise")
    window.refresh()
    settle(qtbot, window)
    window.select_ca("issuing")
    settle(qtbot, window)
    model = window.certificates.model
    qtbot.waitUntil(lambda: any(r.serial == issued.serial for r in model.rows))
    row = next(i for i, r in enumerate(model.rows) if r.serial == issued.serial)
    window.certificates.table.selectRow(row)
    settle(qtbot, window)
    tree = window.details.fields
    fields = {
        tree.topLevelItem(i).text(0): tree.topLevelItem(i).text(1)
        for i in range(tree.topLevelItemCount())
    }
    assert fields["Revoked on"] == f"{info.revoked_at:%Y-%m-%d %H:%M} UTC"
    assert fields["Reason"] == "key-compromise"


def test_the_revoke_dialog_writes_dates_in_iso_form(qtbot, window, gui_pki) -> None:  # type: ignore[no-untyped-def]
    dialog = window.open_revoke()
    settle(qtbot, dialog)
    text = dialog.invalidity.text()
    assert text[:4].isdigit() and text[4] == "-" and text.endswith("UTC"), text


def test_publishing_a_crl_confirms_what_was_published(qtbot, window, gui_pki, tmp_path) -> None:  # type: ignore[no-untyped-def]
    dialog = window.open_crl()
    settle(qtbot, dialog)
    dialog.out.set_path(tmp_path / "issuing.crl")
    assert run_job(qtbot, dialog), dialog.error
    assert "published" in dialog.hint.text() and str(tmp_path / "issuing.crl") in dialog.hint.text()
    assert not dialog.ok_button.isVisible()
    assert (tmp_path / "issuing.crl").stat().st_mode & 0o777 == 0o644  # a web server serves it


def test_the_trust_anchor_picker_offers_the_workspace_roots(qtbot, window, gui_pki) -> None:  # type: ignore[no-untyped-def]
    dialog = window.open_verify_signature()
    settle(qtbot, dialog)
    assert dialog.workspace_roots_button.isEnabled()
    dialog.add_workspace_roots()
    settle(qtbot, dialog)  # read off the UI thread
    assert dialog.roots_added == 1  # the root, not the issuing CA
    dialog.add_workspace_roots()
    settle(qtbot, dialog)
    assert dialog.roots_added == 0  # not twice
    assert "root" in dialog.trust.item(0).text()
    assert (
        api.load_certificates(dialog.trust_pems()[0], "root")[0].subject
        == api.ca_chain(window.ws, "root")[0].subject
    )


def test_the_subject_column_is_wide_enough_for_the_subjects(qtbot, window, gui_pki) -> None:  # type: ignore[no-untyped-def]
    long = "CN=Aminata Ndeye Coumba Diallo-Sarr,OU=Direction de l'Automatisation,O=Ministry,C=SN"
    api.issue_with_new_key(window.ws, "issuing", "tls-client", long, "ec-p256")
    window.refresh()
    settle(qtbot, window)
    window.select_ca("issuing")
    settle(qtbot, window)
    table = window.certificates.table
    qtbot.waitUntil(lambda: window.certificates.model.rowCount() > 0)
    qtbot.waitUntil(lambda: table.columnWidth(4) >= table.fontMetrics().horizontalAdvance(long))
    model = window.certificates.model
    assert model.headerData(4, Qt.Orientation.Horizontal) == "Subject"  # last: room to grow


def test_help_links_the_guide_and_shows_where_the_data_is(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    titles = [a.text().replace("&", "") for a in window.help_menu.actions() if a.text()]
    assert "Guide: the desktop app" in titles and "Where is my data?" in titles
    guide = window.open_guide("The desktop app")
    assert "desktop app" in guide.browser.toPlainText()
    guide.show_section("A two-tier PKI from the command line")
    assert "idtoolkit ca create-root" in guide.browser.toPlainText()
    where = window.open_locations()
    shown = " ".join(str(p) for p in where.paths.values())
    assert str(window.ws.directory) in shown and str(api.log_file()) in shown
    assert [a.text().replace("&", "") for a in window.settings_menu.actions()] == [
        "Workspace settings…",
        "Language",  # the language submenu (issue 15) sits beside it
    ]


def test_an_uncaught_error_is_one_line_in_a_box_and_the_traceback_goes_to_the_log(  # type: ignore[no-untyped-def]
    qtbot, window, tmp_path, monkeypatch
) -> None:
    from gui.app import install_error_hook

    monkeypatch.setenv("IDTOOLKIT_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_error_hook()
    try:
        raise ValueError("PosixPath('/') has an empty name\nsecond line")
    except ValueError:
        sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    assert errors.last_error is not None and "\n" not in errors.last_error
    assert "Traceback" not in errors.last_error and "ValueError" in errors.last_error
    import logging

    for handler in list(logging.getLogger().handlers):  # leave no file handler behind
        if str(tmp_path) in str(getattr(handler, "baseFilename", "")):
            logging.getLogger().removeHandler(handler)
            handler.close()
    assert "Traceback" in (tmp_path / "logs" / "idtoolkit.log").read_text()
