"""Passphrase and PIN dialogs: never echo, never stored beyond this run's memory."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


def secret_field(placeholder: str = "") -> QLineEdit:
    """A line edit that never shows what is typed (and offers no undo/drag of it)."""
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setPlaceholderText(placeholder)
    return field


class SecretDialog(QDialog):
    """Asks for one secret. ``secret()`` hands it over as bytes and clears the field."""

    def __init__(self, title: str, prompt: str, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        text = QLabel(prompt)
        text.setWordWrap(True)
        layout.addWidget(text)
        form = QFormLayout()
        self.field = secret_field()
        form.addRow(label, self.field)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def secret(self) -> bytes:
        value = self.field.text().encode()
        self.field.clear()
        return value


class PassphraseDialog(SecretDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Workspace passphrase"),
            self.tr(
                "The workspace passphrase protects the CA keys kept in software. "
                "It is kept in memory until the app closes and never written anywhere."
            ),
            self.tr("Passphrase:"),
            parent,
        )


class PinDialog(SecretDialog):
    def __init__(self, token_label: str, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Token PIN"),
            self.tr("Enter the user PIN of token “%1”. It is used for this session only.").replace(
                "%1", token_label
            ),
            self.tr("User PIN:"),
            parent,
        )
