"""Hold and release from the certificate table (menu and context menu, enabled by status), and
the service credentials (TSA, delegated OCSP responder) that ``idtoolkit serve`` signs with."""

from __future__ import annotations

from cryptography import x509
from cryptography.x509.oid import ExtendedKeyUsageOID

from idtoolkit import api
from idtoolkit.ca.service_credentials import service_signer

from .conftest import run_job, settle, show_certificate


def wait_worker(qtbot, worker) -> None:  # type: ignore[no-untyped-def]
    assert worker is not None
    if not worker.done:
        with qtbot.waitSignal(worker.signals.finished, timeout=30_000):
            pass
    qtbot.wait(10)  # the success slot and the refresh it triggers ran before ``finished``


def status_in_details(window) -> str:  # type: ignore[no-untyped-def]
    fields = window.details.fields
    for i in range(fields.topLevelItemCount()):
        if fields.topLevelItem(i).text(0) == "Status":
            return str(fields.topLevelItem(i).text(1))
    raise AssertionError("no Status row in the details")


def test_hold_and_release_follow_the_selected_certificate(qtbot, window, gui_pki) -> None:  # type: ignore[no-untyped-def]
    ws = window.ws
    issued = api.issue_with_new_key(
        ws, "issuing", "citizen-auth", "CN=Moussa Fall,GN=Moussa,SN=Fall,C=SN", "ec-p256"
    )
    show_certificate(qtbot, window)
    assert window.certificates.current_summary().serial == issued.serial
    assert window.act_hold.isEnabled() and not window.act_release.isEnabled()
    menu = window.certificate_menu()  # the table's context menu holds both
    assert window.act_hold in menu.actions() and window.act_release in menu.actions()
    cert_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "C&ertificates")
    assert window.act_hold in cert_menu.actions() and window.act_release in cert_menu.actions()

    wait_worker(qtbot, window.hold_selected())
    settle(qtbot, window)
    assert api.find_certificate(ws, issued.serial).summary.status == "on_hold"
    assert window.certificates.model.status(0) == "on_hold"  # the table refreshed
    assert window.certificates.current_summary().serial == issued.serial  # still selected
    assert status_in_details(window) == "on hold"  # and the details
    assert window.act_release.isEnabled() and not window.act_hold.isEnabled()

    wait_worker(qtbot, window.release_selected())
    settle(qtbot, window)
    assert api.find_certificate(ws, issued.serial).summary.status == "valid"
    assert window.certificates.model.status(0) == "valid"
    assert status_in_details(window) == "valid"
    assert window.act_hold.isEnabled() and not window.act_release.isEnabled()

    api.revoke(ws, "issuing", issued.serial, "key-compromise")
    window.refresh()
    settle(qtbot, window)
    assert window.certificates.current_summary().status == "revoked"
    assert not window.act_hold.isEnabled() and not window.act_release.isEnabled()


def test_service_credentials_for_serve(qtbot, window, gui_pki) -> None:  # type: ignore[no-untyped-def]
    ws = window.ws
    dialog = window.open_service_credential()
    settle(qtbot, dialog)
    dialog.ca.setCurrentIndex(dialog.ca.findData("issuing"))
    dialog.kind.setCurrentIndex(dialog.kind.findData("ocsp"))
    assert "OCSP answers" in dialog.explain.text()
    dialog.subject.set_values(CN="OCSP Responder", O="Ministry", C="SN")
    assert dialog.hint.text() == "", dialog.hint.text()
    assert run_job(qtbot, dialog), dialog.error
    ocsp = dialog.result_value
    stored = api.find_certificate(ws, ocsp.serial)
    assert stored.summary.profile == "ocsp-signer" and stored.summary.ca == "issuing"
    assert "/ocsp/issuing" in dialog.summary.toPlainText()

    dialog = window.open_service_credential()
    settle(qtbot, dialog)
    dialog.ca.setCurrentIndex(dialog.ca.findData("issuing"))
    dialog.kind.setCurrentIndex(dialog.kind.findData("tsa"))
    assert "/tsa" in dialog.explain.text()
    dialog.subject.set_values(CN="Time-Stamping Authority", O="Ministry", C="SN")
    assert run_job(qtbot, dialog), dialog.error
    tsa = dialog.result_value
    # What serve will sign time-stamps with: this credential, its key unlocked from the store.
    signer = service_signer(ws, "tsa")
    assert format(signer.certificate.serial_number, "x") == tsa.serial.lstrip("0")
    eku = signer.certificate.extensions.get_extension_for_class(x509.ExtendedKeyUsage)
    assert eku.critical and list(eku.value) == [ExtendedKeyUsageOID.TIME_STAMPING]
    assert service_signer(ws, "ocsp", "issuing").certificate.subject.rfc4514_string() == (
        "CN=OCSP Responder,O=Ministry,C=SN"
    )


def test_service_credential_refuses_a_bad_subject(qtbot, window, gui_pki) -> None:  # type: ignore[no-untyped-def]
    before = api.count_certificates(window.ws)
    dialog = window.open_service_credential()
    settle(qtbot, dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("tsa"))
    dialog.subject.set_values(CN="", C="Senegal")
    dialog.accept()
    assert dialog.worker is None and dialog.error
    assert api.count_certificates(window.ws) == before
