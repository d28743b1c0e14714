"""Export a certificate or a CA in every format the engine writes: PEM, DER, full chain
(PEM), PKCS#7 bundle, and for a CA whose key is in software a PKCS#12 backup."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QWidget

from gui import workers
from gui.bidi import ltr
from gui.dialogs.base import JobDialog, mark_input
from gui.dialogs.secrets import secret_field
from gui.widgets.fields import FileField, check_output, write_private, write_public
from idtoolkit import api

FORMATS = (
    ("pem", QT_TRANSLATE_NOOP("ExportDialog", "PEM — the certificate alone (text)")),
    ("der", QT_TRANSLATE_NOOP("ExportDialog", "DER — the certificate alone (binary)")),
    ("chain", QT_TRANSLATE_NOOP("ExportDialog", "Chain — the certificate and its issuers (PEM)")),
    ("p7b", QT_TRANSLATE_NOOP("ExportDialog", "PKCS#7 — certificate and chain bundle (Windows)")),
    ("p12", QT_TRANSLATE_NOOP("ExportDialog", "PKCS#12 — CA certificate and private key (backup)")),
)


class ExportDialog(JobDialog):
    """``serial`` exports a certificate; ``ca`` alone exports that CA's certificate."""

    def __init__(
        self,
        ws: api.Workspace,
        *,
        ca: str | None = None,
        serial: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ws, self.tr("Export"), parent)
        self.ca_name, self.serial = ca, serial
        what = (
            self.tr("certificate %1").replace("%1", ltr(serial))
            if serial
            else self.tr("CA %1").replace("%1", ltr(ca or "?"))
        )
        self.what = QLabel(what)
        self.form.addRow(self.tr("Exporting"), self.what)
        self.format = QComboBox()
        for value, label in FORMATS:
            if value != "p12":
                self.format.addItem(self.tr(str(label)), value)
        if serial is None and ca:  # a CA whose key is in software can also be backed up
            self.read(lambda: api.list_cas(ws), self._offer_backup)
        self.form.addRow(self.tr("Format"), self.format)
        self.password = secret_field(self.tr("at least 8 characters"))
        self.confirm = secret_field()
        self.legacy = QCheckBox(self.tr("Legacy encryption (3DES) for old Windows"))
        self.form.addRow(self.tr("Backup password"), self.password)
        self.form.addRow(self.tr("Repeat password"), self.confirm)
        self.form.addRow("", self.legacy)
        self.out = FileField(save=True)
        self.form.addRow(self.tr("Save as *"), self.out)
        mark_input(self.format, self.password, self.confirm, self.legacy, self.out)
        self.format.currentIndexChanged.connect(self._format_changed)
        self._format_changed()

    def _offer_backup(self, cas: list[api.CAInfo]) -> None:
        info = next((c for c in cas if c.name == self.ca_name), None)
        if info is not None and info.has_key and info.key_store == "software":
            self.format.addItem(self.tr(str(FORMATS[-1][1])), FORMATS[-1][0])

    def _format_changed(self) -> None:
        p12 = self.format.currentData() == "p12"
        for widget in (self.password, self.confirm, self.legacy):
            widget.setVisible(p12)
            label = self.form.labelForField(widget)
            if label is not None:
                label.setVisible(p12)

    def validate(self) -> str | None:
        if self.format.currentData() == "p12":
            if len(self.password.text()) < 8:
                return self.tr("the backup password must have at least 8 characters")
            if self.password.text() != self.confirm.text():
                return self.tr("the two passwords differ")
        return check_output(self.out.path(), self.tr("export"))

    def make_job(self) -> workers.Job:
        ws, ca, serial = self.ws, self.ca_name, self.serial
        fmt = api.ExportFormat.parse(self.format.currentData())
        password = self.password.text().encode()
        legacy = self.legacy.isChecked()
        self.password.clear()
        self.confirm.clear()

        def job(_p: workers.Progress) -> bytes:
            if fmt is api.ExportFormat.P12:
                assert ca is not None
                return api.export_ca_pkcs12(ws, ca, password, legacy)
            if serial is not None:
                details = api.find_certificate(ws, serial, ca)
                chain = [details.certificate]
                if fmt in (api.ExportFormat.CHAIN, api.ExportFormat.P7B) and details.summary.ca:
                    chain += api.ca_chain(ws, details.summary.ca)
                return api.export_certificates(chain, fmt)
            assert ca is not None
            return api.export_certificates(
                api.ca_chain(ws, ca), fmt, fmt in (api.ExportFormat.CHAIN, api.ExportFormat.P7B)
            )

        return job

    def on_success(self, result: Any) -> None:
        out = self.out.path()
        assert out is not None
        (write_private if self.format.currentData() == "p12" else write_public)(out, result)
        super().on_success(result)
