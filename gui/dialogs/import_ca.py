"""Import an existing CA: a PKCS#12 (certificate + key), a certificate with its key file, or a
certificate alone (a trust anchor or chain member that cannot sign here)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from gui import workers
from gui.dialogs.base import JobDialog, mark_input
from gui.dialogs.secrets import secret_field
from gui.widgets.fields import FileField, check_input
from idtoolkit import api


class ImportCADialog(JobDialog):
    def __init__(self, ws: api.Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, self.tr("Import a CA"), parent)
        self.name = QLineEdit()
        self.form.addRow(self.tr("CA name *"), self.name)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("PKCS#12 file (certificate and key)"), "p12")
        self.kind.addItem(self.tr("Certificate and key files (PEM or DER)"), "pair")
        self.kind.addItem(self.tr("Certificate only (cannot sign here)"), "cert")
        self.form.addRow(self.tr("What"), self.kind)
        self.p12 = FileField(filter_text="PKCS#12 (*.p12 *.pfx)")
        self.cert = FileField(filter_text=self.tr("Certificates (*.pem *.crt *.cer *.der)"))
        self.key = FileField(filter_text=self.tr("Keys (*.pem *.key *.der)"))
        self.chain = FileField(filter_text=self.tr("Certificates (*.pem *.crt *.cer *.der *.p7b)"))
        self.password = secret_field(self.tr("password of the PKCS#12 or key file"))
        self.form.addRow(self.tr("PKCS#12 file"), self.p12)
        self.form.addRow(self.tr("Certificate file"), self.cert)
        self.form.addRow(self.tr("Key file"), self.key)
        self.form.addRow(self.tr("Issuer chain (optional)"), self.chain)
        self.form.addRow(self.tr("Password"), self.password)
        mark_input(self.name, self.kind, self.p12, self.cert, self.key, self.chain, self.password)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        visible = {
            self.p12: kind == "p12",
            self.cert: kind != "p12",
            self.key: kind == "pair",
            self.password: kind != "cert",
        }
        for widget, show in visible.items():
            widget.setVisible(show)
            label = self.form.labelForField(widget)
            if label is not None:
                label.setVisible(show)

    def validate(self) -> str | None:
        if not self.name.text().strip():
            return self.tr("give the CA a short name")
        kind = self.kind.currentData()
        if kind == "p12":
            return check_input(self.p12.path(), self.tr("PKCS#12"))
        problem = check_input(self.cert.path(), self.tr("certificate"))
        if problem:
            return problem
        if kind == "pair":
            return check_input(self.key.path(), self.tr("key"))
        chain = self.chain.path()
        if chain is not None and not chain.is_file():
            return check_input(chain, self.tr("chain"))
        return None

    def make_job(self) -> workers.Job:
        kind = self.kind.currentData()
        ws, name = self.ws, self.name.text().strip()
        p12 = self.p12.path() if kind == "p12" else None
        cert = self.cert.path() if kind != "p12" else None
        key = self.key.path() if kind == "pair" else None
        chain = self.chain.path()
        password = (
            self.password.text().encode() if kind != "cert" and self.password.text() else None
        )
        self.password.clear()
        return lambda _p: api.import_ca(
            ws,
            name,
            cert_data=cert.read_bytes() if cert else None,
            key_data=key.read_bytes() if key else None,
            key_password=password,
            p12_data=p12.read_bytes() if p12 else None,
            chain_data=chain.read_bytes() if chain else None,
        )
