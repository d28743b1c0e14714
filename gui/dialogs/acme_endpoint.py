"""Adding an ACME endpoint: which CA signs, under which profile, for which names, with which
challenges, and whether clients need an External Account Binding key first.

The same choices as ``idtoolkit acme add``; the engine checks them (a name, a profile the CA
may use, suffixes that are domains, ports) and refuses with one line, said here under the
form so the officer corrects the field and tries again."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QSpinBox, QWidget

from gui import workers
from gui.bidi import data_widget, ltr
from gui.dialogs.base import JobDialog, mark_input
from gui.widgets.fields import fill_ca_combo, fill_profile_combo, validity_field
from idtoolkit import api
from idtoolkit.api import acme


def _items(text: str) -> list[str]:
    """A comma- or space-separated list, as typed."""
    return [part for part in text.replace(",", " ").split() if part]


class AcmeEndpointDialog(JobDialog):
    def __init__(self, ws: api.Workspace, ca: str | None = None, parent: QWidget | None = None):
        super().__init__(ws, self.tr("Add ACME endpoint"), parent)
        self.set_intro(
            self.tr(
                "certbot, lego or Caddy get certificates from this CA for the names you allow, "
                "once they prove they control them. The directory is %1 of idtoolkit serve."
            ).replace("%1", ltr("/acme/NAME/directory"))
        )
        self.name = data_widget(QLineEdit())
        self.name.setPlaceholderText("lab")
        self.form.addRow(self.tr("Endpoint name *"), self.name)
        self.ca = QComboBox()
        fill_ca_combo(self, self.ca, ws, select=ca)
        self.form.addRow(self.tr("CA *"), self.ca)
        self.profile = QComboBox()
        fill_profile_combo(self.profile, ws, ca=False, select="tls-server")
        self.form.addRow(self.tr("Profile *"), self.profile)
        self.suffixes = data_widget(QLineEdit())
        self.suffixes.setPlaceholderText(".lab.gov.sn")
        self.suffixes.setToolTip(
            self.tr("Domains whose names may be asked for, separated by commas; empty: any name")
        )
        self.form.addRow(self.tr("Allowed name suffixes"), self.suffixes)
        self.allow_ip = QCheckBox(self.tr("Also IP addresses"))
        self.form.addRow("", self.allow_ip)
        self.days = validity_field()
        self.form.addRow(self.tr("Lifetime"), self.days)
        self.http01 = QCheckBox("http-01")
        self.http01.setChecked(True)
        self.tls_alpn01 = QCheckBox("tls-alpn-01")
        row = QHBoxLayout()
        row.addWidget(self.http01)
        row.addWidget(self.tls_alpn01)
        row.addStretch(1)
        self.form.addRow(self.tr("Challenges"), row)
        self.http01_port = self._port(80)
        self.form.addRow(self.tr("http-01 port"), self.http01_port)
        self.tls_alpn01_port = self._port(443)
        self.form.addRow(self.tr("tls-alpn-01 port"), self.tls_alpn01_port)
        self.resolve = data_widget(QLineEdit())
        self.resolve.setPlaceholderText("web.lab.gov.sn=127.0.0.1")
        self.resolve.setToolTip(
            self.tr(
                "For labs without DNS: NAME=ADDRESS pairs, separated by commas; the challenge "
                "is checked at that address"
            )
        )
        self.form.addRow(self.tr("Name addresses"), self.resolve)
        self.eab = QCheckBox(self.tr("Clients need an External Account Binding key"))
        self.form.addRow("", self.eab)
        mark_input(
            self.name, self.ca, self.profile, self.suffixes, self.allow_ip, self.days,
            self.http01, self.tls_alpn01, self.http01_port, self.tls_alpn01_port,
            self.resolve, self.eab,
        )  # fmt: skip

    @staticmethod
    def _port(value: int) -> QSpinBox:
        port = data_widget(QSpinBox())
        port.setRange(1, 65535)
        port.setValue(value)
        return port

    def validate(self) -> str | None:
        if not self.name.text().strip():
            return self.tr("give the endpoint a name")
        if not self.ca.currentData():
            return self.tr("no CA here can sign")
        if not self.http01.isChecked() and not self.tls_alpn01.isChecked():
            return self.tr("choose at least one challenge")
        return None

    def make_job(self) -> workers.Job:
        ws, name = self.ws, self.name.text().strip()
        ca, profile = str(self.ca.currentData()), str(self.profile.currentData())
        challenges = [
            c
            for c, box in (("http-01", self.http01), ("tls-alpn-01", self.tls_alpn01))
            if box.isChecked()
        ]
        options: dict[str, Any] = {
            "days": self.days.value() or None,
            "challenges": challenges,
            "eab": self.eab.isChecked(),
            "http01_port": self.http01_port.value(),
            "tls_alpn01_port": self.tls_alpn01_port.value(),
            "resolve": _items(self.resolve.text()),
            "allow_suffixes": _items(self.suffixes.text()),
            "allow_ip": self.allow_ip.isChecked(),
        }
        return lambda _p: acme.add_endpoint(ws, name, ca, profile, **options)

    def on_success(self, result: Any) -> None:
        self.stay_open_with(
            self.tr("Endpoint %1 added: clients use %2 of idtoolkit serve.")
            .replace("%1", ltr(result.name))
            .replace("%2", ltr(f"/acme/{result.name}/directory"))
        )

    def _failed(self, message: str) -> None:
        """The engine's refusal under the form, beside the field to correct (no box)."""
        self.worker = None
        self._set_busy(False)
        self.error = message
        self.hint.setText(message)
        self.job_finished.emit(False)
