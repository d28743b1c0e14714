"""Generate and save a CRL (full or delta) for a CA."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QWidget

from gui import workers
from gui.bidi import ltr
from gui.dialogs.base import JobDialog, mark_input
from gui.widgets.fields import FileField, check_output, fill_ca_combo, write_public
from idtoolkit import api


class CrlDialog(JobDialog):
    def __init__(
        self, ws: api.Workspace, ca: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ws, self.tr("Publish a CRL"), parent)
        self.set_intro(
            self.tr(
                "A CRL lists the certificates this CA revoked, signed by the CA. Publish one after "
                "each revocation and before the previous one expires."
            )
        )
        self.ca = QComboBox()
        fill_ca_combo(self, self.ca, ws, select=ca)
        self.form.addRow(self.tr("CA *"), self.ca)
        self.delta = QCheckBox(self.tr("Delta CRL (only changes since the last full CRL)"))
        self.form.addRow("", self.delta)
        self.format = QComboBox()
        self.format.addItem(self.tr("PEM (text)"), "pem")
        self.format.addItem(self.tr("DER (binary, what HTTP servers publish)"), "der")
        self.form.addRow(self.tr("Format"), self.format)
        self.out = FileField(save=True, filter_text="CRL (*.crl *.pem)")
        self.form.addRow(self.tr("Save CRL as *"), self.out)
        mark_input(self.ca, self.delta, self.format, self.out)

    def validate(self) -> str | None:
        if not self.ca.currentData():
            return self.tr("no CA here can sign a CRL")
        return check_output(self.out.path(), self.tr("CRL"))

    def make_job(self) -> workers.Job:
        ws, ca, delta = self.ws, self.ca.currentData(), self.delta.isChecked()
        return lambda _p: api.make_crl(ws, ca, delta=delta)

    def on_success(self, result: Any) -> None:
        out = self.out.path()
        assert out is not None
        write_public(out, result.der if self.format.currentData() == "der" else result.pem())
        # Say what was published (the officer copies it to the web server next): the dialog
        # stays open with the confirmation, its OK becomes Close.
        kind = self.tr("Delta CRL") if result.is_delta else self.tr("CRL")
        self.stay_open_with(
            self.tr(
                "%1 #%2 of %3 published: %4 revoked certificate(s), next update %5.\nSaved to %6"
            )
            .replace("%1", kind)
            .replace("%2", str(result.number))
            .replace("%3", ltr(result.ca))
            .replace("%4", str(result.entries))
            .replace("%5", ltr(f"{result.next_update:%Y-%m-%d %H:%M} UTC"))
            .replace("%6", ltr(out))
        )
