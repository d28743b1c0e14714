"""The offline-root flow across two workspaces, and importing a CA backup, through dialogs."""

from __future__ import annotations

from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec

from gui.dialogs.crl import CrlDialog
from gui.dialogs.export import ExportDialog
from gui.dialogs.import_ca import ImportCADialog
from gui.dialogs.import_cert import ImportSignedCertDialog
from gui.dialogs.issue_csr import IssueFromCsrDialog
from gui.dialogs.new_ca import REQUEST, NewCADialog
from idtoolkit import api, oids
from tests.conftest import PASSPHRASE

from .conftest import run_job, settle


def test_sub_ca_request_signed_by_an_offline_root_then_imported(
    qtbot, gui_ws, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    offline = api.Workspace.init(tmp_path / "offline", PASSPHRASE)
    try:
        api.create_root(offline, "root", "CN=Offline Root,O=Ministry,C=SN", "ec-p384")
        # 1. On the issuing side: key + CSR.
        request = NewCADialog(gui_ws, REQUEST)
        qtbot.addWidget(request)
        request.name.setText("issuing")
        request.subject.set_values(CN="Issuing CA 2", O="Ministry", C="SN")
        csr = tmp_path / "issuing.csr"
        request.csr_out.set_path(csr)
        assert run_job(qtbot, request), request.error
        assert request.csr_sha256 in request.summary.toPlainText().replace(" ", "")
        assert [c.status for c in api.list_cas(gui_ws)] == ["pending"]
        # 2. On the offline root: sign it with the sub-ca profile.
        sign = IssueFromCsrDialog(offline, "root")
        qtbot.addWidget(sign)
        sign.profile.setCurrentIndex(sign.profile.findData("sub-ca"))
        sign.csr_file.set_path(csr)
        assert "Can be issued" in sign.review.toPlainText(), sign.review.toPlainText()
        signed = tmp_path / "issuing.pem"
        sign.out.set_path(signed)
        assert run_job(qtbot, sign), sign.error
        root_pem = tmp_path / "root.pem"
        export = ExportDialog(offline, ca="root")
        qtbot.addWidget(export)
        export.out.set_path(root_pem)
        assert run_job(qtbot, export), export.error
        # 3. Back on the issuing side: import, and the CA can sign.
        importer = ImportSignedCertDialog(gui_ws, "issuing")
        qtbot.addWidget(importer)
        importer.cert.set_path(signed)
        importer.chain.set_path(root_pem)
        assert run_job(qtbot, importer), importer.error
        info = api.list_cas(gui_ws)
        assert {c.name: c.status for c in info}["issuing"] == "active"
        crl = CrlDialog(gui_ws, "issuing")
        qtbot.addWidget(crl)
        crl.out.set_path(tmp_path / "issuing.crl")
        assert run_job(qtbot, crl), crl.error
        assert (
            x509.load_pem_x509_crl((tmp_path / "issuing.crl").read_bytes())
            .issuer.rfc4514_string()
            .startswith("CN=Issuing CA 2")
        )
    finally:
        offline.close()


def test_import_a_ca_from_its_pkcs12_backup(qtbot, gui_pki, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    backup = tmp_path / "issuing.p12"
    backup.write_bytes(api.export_ca_pkcs12(gui_pki.ws, "issuing", b"backup password 1"))
    other = api.Workspace.init(tmp_path / "other", PASSPHRASE)
    try:
        dialog = ImportCADialog(other)
        qtbot.addWidget(dialog)
        dialog.name.setText("issuing-copy")
        dialog.p12.set_path(backup)
        dialog.password.setText("wrong password!")
        assert not run_job(qtbot, dialog)
        assert dialog.error and "\n" not in dialog.error and "Traceback" not in dialog.error
        assert api.list_cas(other) == []  # nothing half-written
        dialog.password.setText("backup password 1")
        assert run_job(qtbot, dialog), dialog.error
        cas = {c.name: c for c in api.list_cas(other)}
        assert cas["issuing-copy"].has_key and cas["issuing-copy"].status == "active"
    finally:
        other.close()


def test_the_offline_roots_crl_is_imported_through_the_ca_menu(
    qtbot, window, gui_ws, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """The issuing machine knows the root by its certificate; each CRL the root signs is carried
    over and imported, and a second copy of the same CRL is refused with the reason."""
    offline = api.Workspace.init(tmp_path / "offline", PASSPHRASE)
    try:
        api.create_root(offline, "root", "CN=Offline Root,O=Ministry,C=SN", "ec-p384")
        root_pem = api.export_certificates(api.ca_chain(offline, "root"), api.ExportFormat.PEM)
        api.import_ca(gui_ws, "root", cert_data=root_pem)
        crl = api.make_crl(offline, "root")
        crl_file = tmp_path / "root.crl"
        crl_file.write_bytes(crl.der)
    finally:
        offline.close()
    assert window.act_import_crl in window.menuBar().actions()[1].menu().actions()
    dialog = window.open_import_crl()
    dialog.file.set_path(crl_file)
    assert run_job(qtbot, dialog), dialog.error
    assert f"CRL #{crl.number} of root imported" in (dialog.confirmation or "")
    again = window.open_import_crl()
    again.file.set_path(crl_file)
    assert not run_job(qtbot, again)
    assert "not newer" in (again.error or "")


def test_an_external_roots_renewed_certificate_replaces_the_old_one(
    qtbot, gui_ws, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from tests.test_offline_root_flow import _root_cert

    key = ec.generate_private_key(ec.SECP384R1())
    first, renewed = _root_cert(key, 365), _root_cert(key, 3650)
    api.import_ca(gui_ws, "root", cert_data=first.public_bytes(serialization.Encoding.PEM))
    renewed_file = tmp_path / "renewed.pem"
    renewed_file.write_bytes(renewed.public_bytes(serialization.Encoding.PEM))
    dialog = ImportSignedCertDialog(gui_ws, "root")
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot, dialog)  # the CAs are read off the UI thread
    assert dialog.renewing() and not dialog.chain.isVisible()  # checked against what is here
    dialog.cert.set_path(renewed_file)
    assert run_job(qtbot, dialog), dialog.error
    (root,) = api.list_cas(gui_ws)
    assert root.not_after == renewed.not_valid_after_utc.replace(microsecond=0)


def test_qscd_is_claimed_for_a_csr_only_when_the_officer_attests_it(
    qtbot, gui_pki, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from tests.test_qualified_claims import SUBJECT, _claims

    key = ec.generate_private_key(ec.SECP256R1())
    csr = tmp_path / "citizen.csr"
    csr.write_bytes(
        x509.CertificateSigningRequestBuilder()
        .subject_name(api.parse_subject(SUBJECT))
        .sign(key, hashes.SHA256())
        .public_bytes(serialization.Encoding.PEM)
    )
    policies = {}
    for attest in (False, True):
        dialog = IssueFromCsrDialog(gui_pki.ws, "issuing")
        qtbot.addWidget(dialog)
        dialog.profile.setCurrentIndex(dialog.profile.findData("tls-server"))
        dialog.csr_file.set_path(csr)
        assert not dialog.key_on_qscd.isEnabled()  # nothing to attest for a TLS certificate
        dialog.profile.setCurrentIndex(dialog.profile.findData("citizen-sign"))
        assert dialog.key_on_qscd.isEnabled()
        dialog.key_on_qscd.setChecked(attest)
        out = tmp_path / f"citizen-{attest}.pem"
        dialog.out.set_path(out)
        assert run_job(qtbot, dialog), dialog.error
        policies[attest] = _claims(x509.load_pem_x509_certificate(out.read_bytes()))[0]
    assert policies == {
        False: {oids.ETSI_QCP_N.dotted_string},
        True: {oids.ETSI_QCP_N_QSCD.dotted_string},
    }
