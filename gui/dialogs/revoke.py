"""Revoke a certificate with a reason (or put it on hold)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDateTime, QTimeZone
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateTimeEdit, QLineEdit, QWidget

from gui import workers
from gui.bidi import data_widget, ltr
from gui.dialogs.base import JobDialog, mark_input
from gui.widgets.fields import fill_ca_combo
from idtoolkit import api

REASON_HELP = {  # translated at display time (QT_TRANSLATE_NOOP keeps lupdate aware)
    "unspecified": QT_TRANSLATE_NOOP("RevokeDialog", "no reason given"),
    "key-compromise": QT_TRANSLATE_NOOP(
        "RevokeDialog", "the private key was lost or stolen (e.g. a lost ID card)"
    ),
    "ca-compromise": QT_TRANSLATE_NOOP("RevokeDialog", "the issuing CA's key was compromised"),
    "affiliation-changed": QT_TRANSLATE_NOOP(
        "RevokeDialog", "the holder changed organisation or role"
    ),
    "superseded": QT_TRANSLATE_NOOP("RevokeDialog", "replaced by a new certificate"),
    "cessation-of-operation": QT_TRANSLATE_NOOP("RevokeDialog", "no longer needed"),
    "certificate-hold": QT_TRANSLATE_NOOP(
        "RevokeDialog", "suspended for now; can be released later"
    ),
    "privilege-withdrawn": QT_TRANSLATE_NOOP("RevokeDialog", "the holder lost the right to it"),
    "aa-compromise": QT_TRANSLATE_NOOP("RevokeDialog", "an attribute authority was compromised"),
}


class RevokeDialog(JobDialog):
    def __init__(
        self,
        ws: api.Workspace,
        ca: str | None = None,
        serial: str = "",
        subject: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ws, self.tr("Revoke a certificate"), parent)
        if subject:
            self.set_intro(self.tr("Revoke %1?").replace("%1", ltr(subject)))
        self.ca = QComboBox()
        fill_ca_combo(self, self.ca, ws, select=ca)
        self.form.addRow(self.tr("Issuing CA *"), self.ca)
        self.serial = QLineEdit(serial)
        self.serial.setPlaceholderText(self.tr("hexadecimal serial"))
        data_widget(self.serial)
        self.form.addRow(self.tr("Serial *"), self.serial)
        self.reason = QComboBox()
        for name in api.REASONS:
            if name == "remove-from-crl":
                continue
            # The RFC 5280 name is data (what the CRL and the CLI say), isolated left to right.
            self.reason.addItem(f"{ltr(name)} — {self.tr(str(REASON_HELP.get(name, '')))}", name)
        self.form.addRow(self.tr("Reason *"), self.reason)
        self.use_invalidity = QCheckBox(self.tr("The key was compromised earlier, on:"))
        # Left to right before its format is set: an ISO date, in any language.
        self.invalidity = data_widget(QDateTimeEdit(QDateTime.currentDateTimeUtc()))
        self.invalidity.setTimeZone(QTimeZone.utc())
        # ISO 8601, as everywhere else in the app: never the locale's ambiguous "28 11 2026".
        self.invalidity.setDisplayFormat("yyyy-MM-dd HH:mm 'UTC'")
        self.invalidity.setCalendarPopup(True)
        self.invalidity.setEnabled(False)
        self.use_invalidity.toggled.connect(self.invalidity.setEnabled)
        self.form.addRow(self.use_invalidity, self.invalidity)
        mark_input(self.ca, self.serial, self.reason, self.use_invalidity)

    def validate(self) -> str | None:
        if not self.ca.currentData():
            return self.tr("choose the issuing CA")
        text = self.serial.text().strip().lower().removeprefix("0x").replace(":", "")
        if not text or any(c not in "0123456789abcdef" for c in text):
            return self.tr("the serial must be a hexadecimal number")
        return None

    def make_job(self) -> workers.Job:
        import datetime as dt

        ws, ca, serial, reason = (
            self.ws,
            self.ca.currentData(),
            self.serial.text().strip(),
            self.reason.currentData(),
        )
        when = (
            dt.datetime.fromtimestamp(self.invalidity.dateTime().toSecsSinceEpoch(), dt.UTC)
            if self.use_invalidity.isChecked()
            else None
        )
        return lambda _p: api.revoke(ws, ca, serial, reason, when)
