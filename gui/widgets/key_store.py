"""Where a new key lives: the form rows every key-making dialog shares (software, or a token
with its user PIN), and what they mean for the engine (a ``key_store`` string)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QWidget,
)

from gui.dialogs.secrets import secret_field
from gui.secrets import SecretBroker
from idtoolkit import api

if TYPE_CHECKING:
    from gui.dialogs.base import TaskDialog
    from gui.workers import LatestRead


class KeyStoreFields(QObject):
    """Adds the key-store rows to ``form``; the PIN is handed to the session's secret broker
    when the job starts, and cleared from the widget."""

    def __init__(
        self, owner: TaskDialog, form: QFormLayout, ws: api.Workspace, hint: QLabel
    ) -> None:
        super().__init__(owner)
        self.owner = owner
        self.ws = ws
        self.hint = hint
        self._tokens_read: LatestRead | None = None
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.software = QRadioButton(self.tr("Software (encrypted in the workspace)"))
        self.token = QRadioButton(self.tr("Token (HSM / smart card)"))
        self.software.setChecked(True)
        group = QButtonGroup(owner)
        group.addButton(self.software)
        group.addButton(self.token)
        layout.addWidget(self.software)
        layout.addWidget(self.token)
        layout.addStretch(1)
        form.addRow(self.tr("Key store"), row)
        self.token_label = QComboBox()
        self.token_label.setEditable(True)
        editor = self.token_label.lineEdit()
        if editor is not None:
            editor.setPlaceholderText(self.tr("token label"))
        form.addRow(self.tr("Token"), self.token_label)
        self.pin = secret_field(self.tr("user PIN (kept in memory for this session only)"))
        form.addRow(self.tr("Token PIN"), self.pin)
        self.token.toggled.connect(self._changed)
        self._changed()

    def widgets(self) -> tuple[QWidget, ...]:
        return self.software, self.token, self.token_label, self.pin

    def _changed(self) -> None:
        on_token = self.token.isChecked()
        self.token_label.setEnabled(on_token)
        self.pin.setEnabled(on_token)
        reading = self._tokens_read is not None and self._tokens_read.pending
        if on_token and self.token_label.count() == 0 and not reading:
            # Tokens inserted since start-up are listed too; asking the module can take a
            # while (a network HSM), so off the UI thread. A failure shows in the hint line.
            ws = self.ws
            self._tokens_read = self.owner.read(
                lambda: [t.label for t in api.list_workspace_tokens(ws)],
                self._tokens_listed,
                self._tokens_read,
            )

    def _tokens_listed(self, labels: list[str]) -> None:
        if self.token_label.count() == 0:
            self.token_label.addItems(labels)

    def problem(self) -> str | None:
        if self.token.isChecked():
            if not self.token_label.currentText().strip():
                return self.tr("choose the token that will hold the key")
            if not self.pin.text():
                return self.tr("enter the token's user PIN")
        return None

    def key_store(self, broker: SecretBroker | None) -> str:
        if not self.token.isChecked():
            return "software"
        label = self.token_label.currentText().strip()
        if broker is not None:
            broker.remember_pin(label, self.pin.text().encode())
        self.pin.clear()
        return f"pkcs11:token={label}"
