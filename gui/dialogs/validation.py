"""A CA's validation settings: CRL partitions, its pre-signed OCSP responses (how many, the
oldest; sign what is missing or due now), and a folder to publish CA certificates and CRLs to.

For the officer preparing a CA for many relying parties: the responders without keys
(``serve --validation-only``) serve only what is signed here in advance."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QSpinBox, QWidget

from gui import workers
from gui.bidi import ltr
from gui.dialogs.base import JobDialog, mark_input
from gui.widgets.fields import FileField, fill_ca_combo
from idtoolkit import api
from idtoolkit.api import validation


class ValidationDialog(JobDialog):
    def __init__(
        self, ws: api.Workspace, ca: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ws, self.tr("Validation settings"), parent)
        self.set_intro(
            self.tr(
                "For many relying parties: OCSP answers are signed here in advance and served "
                "by responders that hold no key; a large CRL can be split into partitions."
            )
        )
        self.ca = QComboBox()
        fill_ca_combo(self, self.ca, ws, select=ca)
        self.form.addRow(self.tr("CA *"), self.ca)
        self.partitions = QSpinBox()
        self.partitions.setRange(0, validation.MAX_CRL_PARTITIONS)
        self.partitions.setToolTip(
            self.tr("0: one CRL. Certificates issued before a change keep their partition.")
        )
        self.form.addRow(self.tr("CRL partitions"), self.partitions)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.form.addRow(self.tr("Pre-signed OCSP responses"), self.state)
        self.presign = QCheckBox(self.tr("Sign the missing and due OCSP responses now"))
        self.presign.setChecked(True)
        self.form.addRow("", self.presign)
        self.folder = FileField(directory=True)
        self.folder.setToolTip(
            self.tr("Optional: CA certificates and CRLs are written there for a web server")
        )
        self.form.addRow(self.tr("Publication folder"), self.folder)
        mark_input(self.ca, self.partitions, self.presign, self.folder)
        self.ca.currentIndexChanged.connect(lambda _i: self._load())
        self._slot: workers.LatestRead | None = None

    def _load(self) -> None:
        name = self.ca.currentData()
        if not name:
            return
        ws = self.ws
        self._slot = self.read(
            lambda: validation.validation_state(ws, name), self._show, self._slot
        )

    def _show(self, state: validation.ValidationState) -> None:
        self.partitions.setValue(state.crl_partitions)
        responses = state.responses
        if responses.count == 0 or responses.oldest is None:
            self.state.setText(self.tr("none yet"))
        else:
            self.state.setText(
                self.tr("%1 stored; the oldest signed %2")
                .replace("%1", f"{responses.count:,}")
                .replace("%2", ltr(f"{responses.oldest:%Y-%m-%d %H:%M} UTC"))
            )

    def validate(self) -> str | None:
        if not self.ca.currentData():
            return self.tr("no CA here can sign")
        folder = self.folder.path()
        if folder is not None and folder.exists() and not folder.is_dir():
            return self.tr("the publication folder is a file")
        return None

    def make_job(self) -> workers.Job:
        ws, ca = self.ws, self.ca.currentData()
        partitions, presign = self.partitions.value(), self.presign.isChecked()
        folder: Path | None = self.folder.path()

        def job(_progress: Any) -> tuple[int, int, int | None]:
            validation.set_crl_partitions(ws, ca, partitions)
            signed = validation.presign(ws, ca).total if presign else 0
            written = len(validation.publish(ws, folder).written) if folder is not None else None
            return partitions, signed, written

        return job

    def on_success(self, result: Any) -> None:
        partitions, signed, written = result
        text = (
            self.tr("%1: %2 CRL partition(s) for new certificates; %3 OCSP response(s) signed.")
            .replace("%1", str(self.ca.currentData()))
            .replace("%2", str(partitions))
            .replace("%3", str(signed))
        )
        if written is not None:
            text += "\n" + self.tr("%1 file(s) written to %2").replace("%1", str(written)).replace(
                "%2", str(self.folder.path())
            )
        self._load()
        self.stay_open_with(text)
