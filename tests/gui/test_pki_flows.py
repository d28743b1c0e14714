"""An officer builds a two-tier PKI and runs it through the dialogs only: root, sub-CA,
issue from a CSR, a citizen's PKCS#12, revoke, CRL and export; the store and the written files
are checked afterwards."""

from __future__ import annotations

from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs7, pkcs12
from cryptography.x509.oid import NameOID

from gui.dialogs.new_ca import ROOT, SUB
from gui.widgets.fields import select_key_type
from idtoolkit import api

from .conftest import run_job, settle, show_certificate


def write_csr(path: Path, cn: str, sans: list[str], ca: bool = False) -> ec.EllipticCurvePrivateKey:
    key = ec.generate_private_key(ec.SECP256R1())
    builder = x509.CertificateSigningRequestBuilder().subject_name(
        x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])
    )
    if sans:
        builder = builder.add_extension(
            x509.SubjectAlternativeName([x509.DNSName(s) for s in sans]), critical=False
        )
    if ca:
        builder = builder.add_extension(
            x509.BasicConstraints(ca=True, path_length=None), critical=True
        )
    path.write_bytes(builder.sign(key, hashes.SHA256()).public_bytes(serialization.Encoding.PEM))
    return key


def make_root_and_sub(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    root = window.open_new_ca(ROOT)
    settle(qtbot, root)
    root.name.setText("root")
    root.subject.set_values(CN="National Root CA", O="Ministry", C="SN")
    select_key_type(root.key_type, "ec-p384")
    assert root.hint.text() == ""
    assert run_job(qtbot, root), root.error
    sub = window.open_new_ca(SUB)
    settle(qtbot, sub)
    sub.name.setText("issuing")
    sub.subject.set_values(CN="Issuing CA 1", O="Ministry", C="SN")
    assert sub.parent_ca.currentData() == "root"
    assert run_job(qtbot, sub), sub.error
    settle(qtbot, window)  # the tree, read again after the job


def test_root_and_sub_ca_appear_in_the_store_and_the_tree(qtbot, window, gui_ws) -> None:  # type: ignore[no-untyped-def]
    make_root_and_sub(qtbot, window)
    cas = {c.name: c for c in api.list_cas(gui_ws)}
    assert cas["root"].subject == "CN=National Root CA,O=Ministry,C=SN"
    assert cas["root"].key_type == "ec-p384"
    assert cas["issuing"].parent == "root"
    assert cas["issuing"].key_store == "software"
    root_item = window.ca_model.item(0, 0)
    assert root_item.text() == "root"
    assert root_item.child(0, 0).text() == "issuing"
    assert window.ca_model.item(0, 1).text() == "software"


def test_issue_from_csr_shows_the_request_and_writes_the_certificate(
    qtbot, window, gui_ws, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    make_root_and_sub(qtbot, window)
    csr = tmp_path / "portal.csr"
    write_csr(csr, "portal.example.sn", ["portal.example.sn", "www.portal.example.sn"])
    dialog = window.open_issue_csr()
    settle(qtbot, dialog)
    dialog.ca.setCurrentIndex(dialog.ca.findData("issuing"))
    dialog.profile.setCurrentIndex(dialog.profile.findData("tls-server"))
    dialog.csr_file.set_path(csr)
    review = dialog.review.toPlainText()
    assert "CN=portal.example.sn" in review
    assert "dns:www.portal.example.sn" in review
    assert "TLS server" in review  # what the profile grants
    assert "Can be issued" in review
    out = tmp_path / "portal.pem"
    dialog.out.set_path(out)
    assert run_job(qtbot, dialog), dialog.error
    cert = x509.load_pem_x509_certificate(out.read_bytes())
    assert cert.subject.rfc4514_string() == "CN=portal.example.sn"
    stored = api.find_certificate(gui_ws, format(cert.serial_number, "x"))
    assert stored.summary.profile == "tls-server"
    assert stored.summary.ca == "issuing"


def test_a_refused_csr_says_why_and_issues_nothing(qtbot, window, gui_ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    make_root_and_sub(qtbot, window)
    csr = tmp_path / "sneaky.csr"
    write_csr(csr, "sneaky.example.sn", ["sneaky.example.sn"], ca=True)
    before = api.count_certificates(gui_ws)
    dialog = window.open_issue_csr()
    settle(qtbot, dialog)
    dialog.profile.setCurrentIndex(dialog.profile.findData("tls-server"))
    dialog.csr_file.set_path(csr)
    assert "Will be refused" in dialog.review.toPlainText()
    assert "cA=TRUE" in dialog.review.toPlainText()
    dialog.out.set_path(tmp_path / "sneaky.pem")
    dialog.accept()  # refused before any job starts
    assert dialog.worker is None
    assert "cA=TRUE" in (dialog.error or "")
    assert api.count_certificates(gui_ws) == before
    assert not (tmp_path / "sneaky.pem").exists()


def test_pkcs12_password_is_shown_once_and_opens_the_file(qtbot, window, gui_ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    make_root_and_sub(qtbot, window)
    dialog = window.open_issue_p12()
    settle(qtbot, dialog)
    dialog.ca.setCurrentIndex(dialog.ca.findData("issuing"))
    dialog.profile.setCurrentIndex(dialog.profile.findData("citizen-sign"))
    dialog.subject.set_values(
        CN="Amina Diallo", GN="Amina", SN="Diallo", serialNumber="IDCSN-1234567", C="SN"
    )
    out = tmp_path / "amina.p12"
    dialog.out.set_path(out)
    assert dialog.password_row.isHidden()
    assert run_job(qtbot, dialog), dialog.error
    password = dialog.password.text()
    assert len(password) >= 20 and not dialog.password_row.isHidden()
    key, cert, chain = pkcs12.load_key_and_certificates(out.read_bytes(), password.encode())
    assert key is not None and cert is not None
    assert cert.subject.get_attributes_for_oid(NameOID.SERIAL_NUMBER)[0].value == "IDCSN-1234567"
    assert len(chain) == 2
    assert out.stat().st_mode & 0o077 == 0  # only the owner can read the credential
    dialog.close()
    assert dialog.password.text() == ""  # gone with the dialog


def test_revoke_then_crl_lists_the_certificate(qtbot, window, gui_ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    make_root_and_sub(qtbot, window)
    issued = api.issue_with_new_key(
        gui_ws, "issuing", "citizen-auth", "CN=Moussa Fall,GN=Moussa,SN=Fall,C=SN", "ec-p256"
    )
    window.refresh()
    settle(qtbot, window)
    window.select_ca("issuing")
    settle(qtbot, window)
    window.certificates.search.setText("Moussa")
    window.certificates.apply_filter()
    settle(qtbot, window)  # the quick answer and the full search
    assert window.certificates.model.rowCount() == 1
    window.certificates.table.selectRow(0)
    settle(qtbot, window)
    dialog = window.open_revoke()
    settle(qtbot, dialog)
    assert dialog.serial.text() == issued.serial
    dialog.reason.setCurrentIndex(dialog.reason.findData("key-compromise"))
    assert run_job(qtbot, dialog), dialog.error
    assert api.find_certificate(gui_ws, issued.serial).summary.status == "revoked"
    settle(qtbot, window)
    assert window.certificates.model.status(0) == "revoked"  # the table refreshed

    crl_dialog = window.open_crl()
    settle(qtbot, crl_dialog)
    crl_dialog.ca.setCurrentIndex(crl_dialog.ca.findData("issuing"))
    crl_dialog.format.setCurrentIndex(crl_dialog.format.findData("der"))
    out = tmp_path / "issuing.crl"
    crl_dialog.out.set_path(out)
    assert run_job(qtbot, crl_dialog), crl_dialog.error
    crl = x509.load_der_x509_crl(out.read_bytes())
    entry = crl.get_revoked_certificate_by_serial_number(int(issued.serial, 16))
    assert entry is not None
    assert (
        entry.extensions.get_extension_for_class(x509.CRLReason).value.reason
        == x509.ReasonFlags.key_compromise
    )


def test_export_writes_every_format(qtbot, window, gui_ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    make_root_and_sub(qtbot, window)
    issued = api.issue_with_new_key(gui_ws, "issuing", "tls-client", "CN=client-1", "ec-p256")
    show_certificate(qtbot, window)
    assert window.certificates.current_summary().serial == issued.serial
    results = {}
    for fmt in ("pem", "der", "chain", "p7b"):
        dialog = window.open_export_cert()
        settle(qtbot, dialog)
        dialog.format.setCurrentIndex(dialog.format.findData(fmt))
        out = tmp_path / f"client.{fmt}"
        dialog.out.set_path(out)
        assert run_job(qtbot, dialog), dialog.error
        results[fmt] = out.read_bytes()
    assert x509.load_pem_x509_certificate(results["pem"]).serial_number == int(issued.serial, 16)
    assert x509.load_der_x509_certificate(results["der"]).serial_number == int(issued.serial, 16)
    assert len(x509.load_pem_x509_certificates(results["chain"])) == 3
    assert len(pkcs7.load_der_pkcs7_certificates(results["p7b"])) == 3
    # A CA in software can be backed up as PKCS#12 with a password typed twice.
    window.select_ca("issuing")
    settle(qtbot, window)
    dialog = window.open_export_ca()
    settle(qtbot, dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("p12"))
    dialog.password.setText("backup password 1")
    dialog.confirm.setText("backup password 2")
    dialog.out.set_path(tmp_path / "issuing.p12")
    dialog.accept()
    assert dialog.error == "the two passwords differ" and not (tmp_path / "issuing.p12").exists()
    dialog.password.setText("backup password 1")
    dialog.confirm.setText("backup password 1")
    assert run_job(qtbot, dialog), dialog.error
    key, cert, _ = pkcs12.load_key_and_certificates(
        (tmp_path / "issuing.p12").read_bytes(), b"backup password 1"
    )
    assert key is not None and cert is not None
    assert cert.subject.rfc4514_string() == "CN=Issuing CA 1,O=Ministry,C=SN"
