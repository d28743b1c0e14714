"""``make screenshots``: render the main window and every dialog offscreen, with a small demo
PKI loaded, to PNG files a reviewer can look at. Prints the directory."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

DEMO_PASSPHRASE = b"demo passphrase - not for real use"


def build_demo(directory: Path):  # type: ignore[no-untyped-def]
    """A two-tier PKI with a handful of certificates in every status."""
    from idtoolkit import api

    ws = api.Workspace.init(directory / "workspace", DEMO_PASSPHRASE)
    api.create_root(ws, "root", "CN=Demo National Root CA,O=Demo Government PKI,C=SN", "ec-p384")
    api.create_sub(
        ws, "issuing", "root", "CN=Demo Issuing CA 1,O=Demo Government PKI,C=SN", "ec-p256"
    )
    api.request_sub(ws, "issuing-2", "CN=Demo Issuing CA 2,O=Demo Government PKI,C=SN", "ec-p256")
    api.issue_with_new_key(
        ws,
        "issuing",
        "tls-server",
        "CN=portal.demo.gov.sn",
        "ec-p256",
        sans=["dns:www.portal.demo.gov.sn"],
    )
    api.issue_with_new_key(
        ws,
        "issuing",
        "citizen-sign",
        "CN=Amina Diallo,GN=Amina,SN=Diallo,serialNumber=IDCSN-0000001,C=SN",
        "ec-p256",
    )
    lost = api.issue_with_new_key(
        ws, "issuing", "citizen-auth", "CN=Moussa Fall,GN=Moussa,SN=Fall,C=SN", "ec-p256"
    )
    api.revoke(ws, "issuing", lost.serial, "key-compromise")
    api.insert_synthetic_certificates(ws, "issuing", 400)
    api.make_crl(ws, "issuing")
    return ws


def save(widget: QWidget, out: Path, name: str, files: list[Path]) -> None:
    app = QApplication.instance()
    assert app is not None
    widget.show()
    for _ in range(3):
        app.processEvents()
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    files.append(path)


def render(out: Path) -> list[Path]:
    from gui.app import create_app
    from gui.dialogs.crl import CrlDialog
    from gui.dialogs.export import ExportDialog
    from gui.dialogs.import_ca import ImportCADialog
    from gui.dialogs.import_cert import ImportSignedCertDialog
    from gui.dialogs.issue_csr import IssueFromCsrDialog
    from gui.dialogs.issue_p12 import IssuePkcs12Dialog
    from gui.dialogs.new_ca import REQUEST, ROOT, SUB, NewCADialog
    from gui.dialogs.revoke import RevokeDialog
    from gui.dialogs.secrets import PassphraseDialog, PinDialog
    from gui.dialogs.workspace import NewWorkspaceDialog, OpenWorkspaceDialog
    from gui.main_window import MainWindow

    app = create_app([])
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="idtoolkit-shots-"))
    ws = build_demo(work)
    files: list[Path] = []
    window = MainWindow(ws)
    window.resize(1366, 820)
    window.select_ca("issuing")
    window.certificates.table.selectRow(2)
    save(window, out, "01-main-window", files)
    window.details.tabs.setCurrentIndex(1)
    save(window, out, "02-main-extensions", files)
    window.details.tabs.setCurrentIndex(4)
    window.certificates.status.setCurrentIndex(window.certificates.status.findData("revoked"))
    save(window, out, "03-main-revoked-filter-asn1", files)
    window.certificates.status.setCurrentIndex(0)
    window.tabs.setCurrentWidget(window.audit)
    window.audit.verify()
    from gui import workers

    workers.wait_all()
    app.processEvents()
    save(window, out, "04-audit-log", files)
    window.tabs.setCurrentWidget(window.certificates)

    csr_path = work / "portal2.csr"
    _demo_csr(csr_path)
    summary = window.certificates.current_summary()
    dialogs: list[tuple[str, QWidget]] = [
        ("10-first-run", NewWorkspaceDialog(work / "new", first_run=True)),
        ("11-open-workspace", OpenWorkspaceDialog(work / "workspace")),
        ("12-new-root-ca", NewCADialog(ws, ROOT)),
        ("13-new-sub-ca", NewCADialog(ws, SUB)),
        ("14-request-sub-ca", NewCADialog(ws, REQUEST)),
        ("15-import-signed-cert", ImportSignedCertDialog(ws, "issuing-2")),
        ("17-issue-pkcs12", IssuePkcs12Dialog(ws, "issuing")),
        (
            "18-revoke",
            RevokeDialog(
                ws, "issuing", summary.serial if summary else "", summary.subject if summary else ""
            ),
        ),
        ("19-crl", CrlDialog(ws, "issuing")),
        (
            "20-export-certificate",
            ExportDialog(ws, ca="issuing", serial=summary.serial if summary else None),
        ),
        ("21-export-ca", ExportDialog(ws, ca="issuing")),
        ("22-import-ca", ImportCADialog(ws)),
        ("23-passphrase", PassphraseDialog()),
        ("24-pin", PinDialog("ceremony-token-1")),
    ]
    csr_dialog = IssueFromCsrDialog(ws, "issuing")
    csr_dialog.profile.setCurrentIndex(csr_dialog.profile.findData("tls-server"))
    csr_dialog.csr_file.set_path(csr_path)
    dialogs.append(("16-issue-from-csr", csr_dialog))
    p12 = dialogs[6][1]
    assert isinstance(p12, IssuePkcs12Dialog)
    p12.profile.setCurrentIndex(p12.profile.findData("citizen-sign"))
    p12.subject.set_values(
        CN="Fatou Sow", GN="Fatou", SN="Sow", serialNumber="IDCSN-0000042", C="SN"
    )
    root = dialogs[2][1]
    assert isinstance(root, NewCADialog)
    root.name.setText("root2")
    root.subject.set_values(O="Demo Government PKI", C="Senegal")  # shows live validation
    for name, dialog in sorted(dialogs, key=lambda d: d[0]):
        dialog.adjustSize()
        save(dialog, out, name, files)
        dialog.close()
    # Right to left (Arabic layout) for the main window and one dialog.
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    save(window, out, "30-main-window-rtl", files)
    rtl = IssuePkcs12Dialog(ws, "issuing")
    rtl.adjustSize()
    save(rtl, out, "31-issue-pkcs12-rtl", files)
    rtl.close()
    app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    window.close()
    return files


def _demo_csr(path: Path) -> None:
    """A server's CSR, as a web team would send it (the test tooling side, not the GUI)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    csr = (
        x509.CertificateSigningRequestBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "services.demo.gov.sn")]))
        .add_extension(
            x509.SubjectAlternativeName([x509.DNSName("services.demo.gov.sn")]), critical=False
        )
        .sign(key, hashes.SHA256())
    )
    path.write_bytes(csr.public_bytes(serialization.Encoding.PEM))


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("screenshots")
    files = render(out.resolve())
    print(f"Screenshots in {out.resolve()}:")
    for path in files:
        print(f"  {path.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
