"""Offline root, after each CRL it signs: carry the CRL over the air gap and import it here, so
``serve`` hands relying parties the root's current CRL at the URL the root wrote."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from gui import workers
from gui.dialogs.base import JobDialog, mark_input
from gui.widgets.fields import FileField, check_input
from idtoolkit import api


class ImportCrlDialog(JobDialog):
    def __init__(self, ws: api.Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, self.tr("Import a CRL of an external CA"), parent)
        self.set_intro(
            self.tr(
                "A CRL the offline root signed, brought here on removable media. It is accepted "
                "only when the root's certificate here verifies its signature and it is newer "
                "than the one here; the local services then publish it."
            )
        )
        self.file = FileField(filter_text=self.tr("CRLs (*.crl *.pem *.der)"))
        self.form.addRow(self.tr("CRL file *"), self.file)
        mark_input(self.file)

    def validate(self) -> str | None:
        return check_input(self.file.path(), self.tr("CRL"))

    def make_job(self) -> workers.Job:
        ws, path = self.ws, self.file.path()
        assert path is not None
        return lambda _p: api.import_crl(ws, path.read_bytes(), path.name)

    def on_success(self, result: Any) -> None:
        self.stay_open_with(
            self.tr("CRL #%1 of %2 imported: %3 revoked certificate(s), next update %4.")
            .replace("%1", str(result.number))
            .replace("%2", result.ca)
            .replace("%3", str(result.entries))
            .replace("%4", f"{result.next_update:%Y-%m-%d %H:%M} UTC")
        )
