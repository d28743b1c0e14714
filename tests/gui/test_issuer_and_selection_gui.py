"""What an officer finds already chosen: the issue dialogs offer the CA that issues end-entity
certificates (an issuing CA, not the offline root), and a revoked certificate stays selected
with its details saying so."""

from __future__ import annotations

import pytest

from idtoolkit import api

from .conftest import run_job, settle, show_certificate
from .test_hold_and_services_gui import status_in_details

ISSUE_DIALOGS = ("open_issue_p12", "open_issue_csr", "open_bulk_issue", "open_service_credential")


def _issuer_offered(qtbot, window, opener: str) -> str:  # type: ignore[no-untyped-def]
    dialog = getattr(window, opener)()
    settle(qtbot, dialog)
    chosen = str(dialog.ca.currentData())
    dialog.close()
    return chosen


@pytest.mark.parametrize("opener", ISSUE_DIALOGS)
def test_issue_dialogs_offer_the_issuing_ca_not_the_root(qtbot, window, gui_pki, opener) -> None:  # type: ignore[no-untyped-def]
    window.refresh()
    settle(qtbot, window)
    window.select_ca(None)  # nothing chosen in the tree: the CA list starts with the root
    settle(qtbot, window)
    assert _issuer_offered(qtbot, window, opener) == "issuing"
    if opener != "open_service_credential":  # a root's own OCSP responder is its choice
        window.select_ca("root")  # the officer looked at the root first
        settle(qtbot, window)
        assert _issuer_offered(qtbot, window, opener) == "issuing"


def test_the_issuing_ca_chosen_in_the_tree_stays_chosen(qtbot, window, gui_pki) -> None:  # type: ignore[no-untyped-def]
    api.create_sub(
        window.ws, "issuing-2", "root", "CN=Issuing CA 2,O=ID Toolkit Tests,C=SN", "ec-p256"
    )
    window.refresh()
    settle(qtbot, window)
    window.select_ca("issuing-2")
    settle(qtbot, window)
    for opener in ISSUE_DIALOGS:
        assert _issuer_offered(qtbot, window, opener) == "issuing-2", opener


def test_a_root_alone_is_still_offered(qtbot, window, gui_ws) -> None:  # type: ignore[no-untyped-def]
    """A classroom's single-level PKI: the root is the only CA that can issue."""
    api.create_root(gui_ws, "root", "CN=Lab Root CA,O=Lab,C=SN", "ec-p256")
    window.refresh()
    settle(qtbot, window)
    assert _issuer_offered(qtbot, window, "open_issue_p12") == "root"


def test_after_a_revoke_the_certificate_stays_selected_and_its_details_say_revoked(
    qtbot, window, gui_pki
) -> None:  # type: ignore[no-untyped-def]
    ws = window.ws
    for name in ("Awa Ndiaye", "Moussa Fall", "Fatou Sow"):
        given, family = name.split()
        api.issue_with_new_key(
            ws, "issuing", "citizen-auth", f"CN={name},GN={given},SN={family},C=SN", "ec-p256"
        )
    show_certificate(qtbot, window, row=1)
    chosen = window.certificates.current_summary()
    assert status_in_details(window) == "valid"

    dialog = window.open_revoke()
    settle(qtbot, dialog)
    assert dialog.serial.text() == chosen.serial
    dialog.reason.setCurrentIndex(dialog.reason.findData("key-compromise"))
    assert run_job(qtbot, dialog), dialog.error
    settle(qtbot, window)  # what a user sees a moment after the dialog closed

    summary = window.certificates.current_summary()
    assert summary is not None and summary.serial == chosen.serial  # still selected
    assert summary.status == "revoked"
    assert status_in_details(window) == "revoked"  # and the details say so
    fields = {
        window.details.fields.topLevelItem(i).text(0): window.details.fields.topLevelItem(i).text(1)
        for i in range(window.details.fields.topLevelItemCount())
    }
    assert "Revoked on" in fields


def test_a_revoked_certificate_scrolled_to_stays_selected(qtbot, window, gui_pki) -> None:  # type: ignore[no-untyped-def]
    """The officer scrolled past the first page to the certificate: it is still selected."""
    ws = window.ws
    for i in range(5):
        api.issue_with_new_key(
            ws, "issuing", "citizen-auth", f"CN=Awa{i} Diop,GN=Awa{i},SN=Diop,C=SN", "ec-p256"
        )
    window.certificates.model.page_size = 2  # five rows: three pages
    show_certificate(qtbot, window)
    while window.certificates.model.canFetchMore():  # as scrolling down does
        window.certificates.model.fetchMore()
        settle(qtbot, window)
    window.certificates.table.selectRow(4)
    settle(qtbot, window)
    chosen = window.certificates.current_summary()

    dialog = window.open_revoke()
    settle(qtbot, dialog)
    assert run_job(qtbot, dialog), dialog.error
    settle(qtbot, window)
    summary = window.certificates.current_summary()
    assert summary is not None and summary.serial == chosen.serial
    assert summary.status == "revoked" and status_in_details(window) == "revoked"


def test_a_revoked_certificate_the_filter_now_hides_shows_revoked(qtbot, window, gui_pki) -> None:  # type: ignore[no-untyped-def]
    """Listing valid certificates, the officer revokes one: it leaves the list, and the
    details pane no longer calls it valid."""
    ws = window.ws
    for name in ("Awa", "Moussa"):
        api.issue_with_new_key(
            ws, "issuing", "citizen-auth", f"CN={name} Diop,GN={name},SN=Diop,C=SN", "ec-p256"
        )
    show_certificate(qtbot, window)
    window.certificates.status.setCurrentIndex(window.certificates.status.findData("valid"))
    settle(qtbot, window)
    window.certificates.table.selectRow(1)
    settle(qtbot, window)
    chosen = window.certificates.current_summary()

    dialog = window.open_revoke()
    settle(qtbot, dialog)
    assert run_job(qtbot, dialog), dialog.error
    settle(qtbot, window)
    assert chosen.serial not in {row.serial for row in window.certificates.model.rows}
    assert status_in_details(window) == "revoked"
