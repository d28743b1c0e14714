"""Issue with a generated key, delivered as PKCS#12 with a generated password shown once.

The password is shown in this dialog after issuance, for the officer to hand to the holder
(or print); it is not stored anywhere and disappears when the dialog closes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from gui import workers
from gui.dialogs.base import JobDialog, mark_input
from gui.widgets.fields import FileField, check_output, selected_key_type, write_private
from gui.widgets.request_form import RequestForm
from idtoolkit import api


class IssuePkcs12Dialog(JobDialog):
    def __init__(
        self, ws: api.Workspace, ca: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ws, self.tr("Issue a credential (key + certificate as PKCS#12)"), parent)
        self.set_intro(
            self.tr(
                "The key is generated here and delivered with the certificate and chain in a "
                "PKCS#12 file protected by a new random password, shown once."
            )
        )
        self.request = rows = RequestForm(self, self.form, ws, pkcs12=True)
        rows.add_ca_row(select=ca)
        rows.add_profile_row("citizen-auth")
        rows.add_subject_row()
        rows.add_sans_row()
        rows.add_key_type_row()
        rows.add_validity_row()
        self.ca, self.profile, self.subject = rows.ca, rows.profile, rows.subject
        self.sans, self.key_type, self.days = rows.sans, rows.key_type, rows.days
        self.legacy = QCheckBox(self.tr("Legacy encryption (3DES) for old Windows"))
        self.form.addRow("", self.legacy)
        self.out = FileField(save=True, filter_text="PKCS#12 (*.p12 *.pfx)")
        self.form.addRow(self.tr("Save PKCS#12 as *"), self.out)
        # Shown after issuance only.
        self.password_row = QWidget()
        row = QHBoxLayout(self.password_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.password = QLineEdit()
        self.password.setReadOnly(True)
        self.password.setStyleSheet("font-family: monospace; font-size: 14pt;")
        self.copy = QPushButton(self.tr("Copy"))
        self.copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.password.text()))
        row.addWidget(self.password, 1)
        row.addWidget(self.copy)
        self.password_note = QLabel(
            self.tr(
                "PKCS#12 password — shown once, not stored. Give it to the holder separately "
                "from the file."
            )
        )
        self.password_note.setWordWrap(True)
        self.outer.insertWidget(self.outer.indexOf(self.progress), self.password_note)
        self.outer.insertWidget(self.outer.indexOf(self.progress), self.password_row)
        self.password_note.hide()
        self.password_row.hide()
        mark_input(
            self.ca,
            self.profile,
            self.subject,
            self.sans,
            self.key_type,
            self.days,
            self.legacy,
            self.out,
        )
        self.profile.currentIndexChanged.connect(self._profile_changed)
        self.subject.changed.connect(self._check)
        self.sans.textChanged.connect(self._check)
        self._profile_changed()

    def _profile_changed(self) -> None:
        name = self.profile.currentData()
        if not name:
            return
        self.request.apply_profile(api.describe_profile(self.ws, name))

    def _check(self) -> None:
        self.show_problem(self._input_problem())

    def _input_problem(self) -> str | None:
        return self.request.ca_problem() or self.request.request_problem()

    def validate(self) -> str | None:
        return self._input_problem() or check_output(self.out.path(), self.tr("PKCS#12 file"))

    def make_job(self) -> workers.Job:
        ws, ca, profile = self.ws, self.ca.currentData(), self.profile.currentData()
        subject, key, sans = (
            self.subject.subject(),
            selected_key_type(self.key_type),
            self.request.san_list(),
        )
        days, legacy = self.days.value() or None, self.legacy.isChecked()
        return lambda _p: api.issue_with_new_key(
            ws, ca, profile, subject, key, sans=sans, days=days, legacy_p12=legacy
        )

    def on_success(self, result: Any) -> None:
        out = self.out.path()
        assert out is not None and result.pkcs12 is not None
        write_private(out, result.pkcs12)
        self.password.setText(result.pkcs12_password or "")
        self.password_note.show()
        self.password_row.show()
        self.ok_button.hide()
        self.buttons.button(self.buttons.StandardButton.Cancel).setText(self.tr("Close"))
        self.hint.setText(
            self.tr("Issued %1; saved to %2").replace("%1", result.serial).replace("%2", str(out))
        )
        self.hint.setStyleSheet("color: #1b5e20;")

    def done(self, code: int) -> None:
        self.password.clear()  # the password leaves memory with the dialog
        super().done(code)
