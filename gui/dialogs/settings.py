"""Workspace settings: the base URL written into certificates, CRL lifetimes and the PKCS#11
module. Saved in the workspace's ``config.toml`` (through the engine, which audits the change)
and used by the CAs created afterwards."""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QLabel, QLineEdit, QSpinBox, QWidget

from gui import workers
from gui.bidi import data_widget, ltr
from gui.dialogs.base import JobDialog, mark_input
from gui.widgets.fields import FileField
from idtoolkit import api

#: What the module picker offers first: the platform's library suffix.
MODULE_FILTER = {
    "win32": QT_TRANSLATE_NOOP("SettingsDialog", "PKCS#11 module (*.dll)"),
    "darwin": QT_TRANSLATE_NOOP("SettingsDialog", "PKCS#11 module (*.dylib *.so)"),
}.get(sys.platform, QT_TRANSLATE_NOOP("SettingsDialog", "PKCS#11 module (*.so)"))


class SettingsDialog(JobDialog):
    def __init__(self, ws: api.Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, self.tr("Workspace settings"), parent)
        current = api.current_settings(ws)
        self.set_intro(
            self.tr(
                "These settings are kept in the workspace (%1) and apply to the CAs you create "
                "from now on; existing CAs keep the addresses already written into their "
                "certificates."
            ).replace("%1", ltr(ws.directory / "config.toml"))
        )
        self.base_url = data_widget(QLineEdit(current.base_url))  # a URL, left to right
        self.base_url.setPlaceholderText(self.tr("e.g. http://pki.example.gov"))
        self.form.addRow(self.tr("Base URL *"), self.base_url)
        self.url_note = QLabel()
        self.url_note.setWordWrap(True)
        self.url_note.setStyleSheet("color: #8a5300;")
        self.form.addRow(self.url_note)  # the whole width, under the URL
        self.crl_days = self._spin(current.crl_days, self.tr(" days"))
        self.form.addRow(self.tr("CRL lifetime (sub-CAs)"), self.crl_days)
        self.root_crl_days = self._spin(current.root_crl_days, self.tr(" days"))
        self.form.addRow(self.tr("CRL lifetime (root CAs)"), self.root_crl_days)
        self.delta_crl_hours = self._spin(current.delta_crl_hours, self.tr(" hours"))
        self.form.addRow(self.tr("Delta CRL lifetime"), self.delta_crl_hours)
        self.module = FileField(filter_text=self.tr(str(MODULE_FILTER)))
        if current.pkcs11_module:
            self.module.set_path(current.pkcs11_module)
        # A short placeholder that fits the field in every language; what "automatic" means is
        # a note under it (the whole sentence was cut in French and Arabic).
        self.module.edit.setPlaceholderText(self.tr("automatic"))
        self.form.addRow(self.tr("PKCS#11 module"), self.module)
        self.module_note = QLabel(
            self.tr("Empty: the module named by %1, else SoftHSM2 if it is installed.").replace(
                "%1", ltr("$IDTOOLKIT_PKCS11_MODULE")
            )
        )
        self.module_note.setWordWrap(True)
        self.module_note.setStyleSheet("color: #5f6368;")
        self.form.addRow(self.module_note)
        mark_input(
            self.base_url, self.crl_days, self.root_crl_days, self.delta_crl_hours, self.module
        )
        self.ok_button.setText(self.tr("Save"))
        self.base_url.textChanged.connect(self._check)
        self._check()

    @staticmethod
    def _spin(value: int, suffix: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(1, 3650)
        spin.setValue(value)
        spin.setSuffix(suffix)
        return spin

    def _check(self) -> None:
        """Explain the internal-name lint warning while the URL is a local one."""
        url = self.base_url.text().strip()
        try:
            internal = url.startswith(("http://", "https://")) and api.is_internal(url)
        except ValueError:
            internal = False
        self.url_note.setText(
            self.tr(
                "Certificates carry their CRL, CA-certificate and OCSP addresses under %1. Only "
                "this computer (or a private network) can reach it, so relying parties elsewhere "
                "cannot check revocation, and pkilint warns '%2' on TLS certificates. Fine for a "
                "lab; for production give the public address where 'idtoolkit serve' (or your "
                "web server) publishes them."
            )
            .replace("%1", ltr(url))
            .replace("%2", ltr(api.INTERNAL_NAME_LINT))
            if internal
            else ""
        )
        self.url_note.setVisible(internal)
        self.show_problem(self.validate())

    def validate(self) -> str | None:
        if not self.base_url.text().strip():
            return self.tr("give the base URL, e.g. http://pki.example.gov")
        module = self.module.path()
        if module is not None and not module.is_file():
            return self.tr("PKCS#11 module %1 does not exist").replace("%1", str(module))
        return None

    def make_job(self) -> workers.Job:
        ws = self.ws
        module = self.module.path()
        changes = {
            "base_url": self.base_url.text(),
            "crl_days": self.crl_days.value(),
            "root_crl_days": self.root_crl_days.value(),
            "delta_crl_hours": self.delta_crl_hours.value(),
            "pkcs11_module": str(module) if module is not None else "",
        }
        return lambda _p: api.update_settings(ws, **changes)  # type: ignore[arg-type]

    def on_success(self, result: Any) -> None:
        super().on_success(result)
