"""Offline root: import the certificate the root signed for a requested sub-CA (the last step
of the request), or the root's own renewed certificate (same key, later end) when the root is
known here only by its certificate."""

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
        self._external: set[str] = set()
        self.set_intro(
            self.tr(
                "Choose the CA that is waiting for its certificate, the certificate the root "
                "signed, and the root's certificate (the chain). For an external root (known "
                "here by its certificate only), choose it and its renewed certificate."
            )
        )
        self.ca = QComboBox()
        external = self.tr("external: renewed certificate")

        def fill(cas: list[api.CAInfo]) -> None:
            for info in cas:
                if info.status == "pending":
                    self.ca.addItem(f"{info.name} — {info.subject}", info.name)
                elif info.status in ("external", "expired") and not info.has_key:
                    self._external.add(info.name)
                    self.ca.addItem(f"{info.name} — {info.subject} ({external})", info.name)
            if ca:
                index = self.ca.findData(ca)
                if index >= 0:
                    self.ca.setCurrentIndex(index)
            self._chain_for_pending_only()

        self.read(lambda: api.list_cas(ws), fill)
        self.form.addRow(self.tr("CA *"), self.ca)
        self.cert = FileField(filter_text=self.tr("Certificates (*.pem *.crt *.cer *.der)"))
        self.form.addRow(self.tr("Signed certificate *"), self.cert)
        self.chain = FileField(filter_text=self.tr("Certificates (*.pem *.crt *.cer *.der)"))
        self.form.addRow(self.tr("Root / chain"), self.chain)
        mark_input(self.ca, self.cert, self.chain)
        self.ca.currentIndexChanged.connect(self._chain_for_pending_only)
        self._chain_for_pending_only()

    def renewing(self) -> bool:
        """Whether the chosen CA is an external one whose renewed certificate is imported."""
        return self.ca.currentData() in self._external

    def _chain_for_pending_only(self) -> None:
        # A renewal is checked against the certificate already here: no chain to give.
        self.chain.setVisible(not self.renewing())
        label = self.form.labelForField(self.chain)
        if label is not None:
            label.setVisible(not self.renewing())

    def validate(self) -> str | None:
        if not self.ca.currentData():
            return self.tr("no CA is waiting for a certificate: make a request first")
        problem = check_input(self.cert.path(), self.tr("certificate"))
        if problem:
            return problem
        chain = self.chain.path()
        if chain is None or self.renewing():
            return None
        return check_input(chain, self.tr("chain"))

    def make_job(self) -> workers.Job:
        ws, ca, cert, chain = self.ws, self.ca.currentData(), self.cert.path(), self.chain.path()
        assert cert is not None
        if self.renewing():
            return lambda _p: api.update_external_certificate(ws, ca, cert.read_bytes())
        return lambda _p: api.import_signed_cert(
            ws, ca, cert.read_bytes(), chain.read_bytes() if chain else None
        )
