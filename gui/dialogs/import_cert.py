"""Offline root, last step: import the certificate the root signed for a requested sub-CA."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from gui import workers
from gui.dialogs.base import JobDialog, mark_input
from gui.widgets.fields import FileField, check_input
from idtoolkit import api


class ImportSignedCertDialog(JobDialog):
    def __init__(
        self, ws: api.Workspace, ca: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ws, self.tr("Import the signed sub-CA certificate"), parent)
        self.set_intro(
            self.tr(
                "Choose the CA that is waiting for its certificate, the certificate the root "
                "signed, and the root's certificate (the chain)."
            )
        )
        self.ca = QComboBox()

        def fill(cas: list[api.CAInfo]) -> None:
            for info in cas:
                if info.status == "pending":
                    self.ca.addItem(f"{info.name} — {info.subject}", info.name)
            if ca:
                index = self.ca.findData(ca)
                if index >= 0:
                    self.ca.setCurrentIndex(index)

        self.read(lambda: api.list_cas(ws), fill)
        self.form.addRow(self.tr("Waiting CA *"), self.ca)
        self.cert = FileField(filter_text=self.tr("Certificates (*.pem *.crt *.cer *.der)"))
        self.form.addRow(self.tr("Signed certificate *"), self.cert)
        self.chain = FileField(filter_text=self.tr("Certificates (*.pem *.crt *.cer *.der)"))
        self.form.addRow(self.tr("Root / chain"), self.chain)
        mark_input(self.ca, self.cert, self.chain)

    def validate(self) -> str | None:
        if not self.ca.currentData():
            return self.tr("no CA is waiting for a certificate: make a request first")
        problem = check_input(self.cert.path(), self.tr("certificate"))
        if problem:
            return problem
        chain = self.chain.path()
        return check_input(chain, self.tr("chain")) if chain is not None else None

    def make_job(self) -> workers.Job:
        ws, ca, cert, chain = self.ws, self.ca.currentData(), self.cert.path(), self.chain.path()
        assert cert is not None
        return lambda _p: api.import_signed_cert(
            ws, ca, cert.read_bytes(), chain.read_bytes() if chain else None
        )
