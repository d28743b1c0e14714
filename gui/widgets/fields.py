"""File pickers and combo helpers used by several dialogs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from idtoolkit import api


class FileField(QWidget):
    """A path line edit with a Browse button. ``save=True`` picks a file to write."""

    def __init__(
        self,
        save: bool = False,
        filter_text: str = "",
        directory: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.save = save
        self.directory = directory
        self.filter_text = filter_text
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit()
        self.browse = QPushButton(self.tr("Browse…"))
        self.browse.clicked.connect(self._pick)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.browse)

    def path(self) -> Path | None:
        text = self.edit.text().strip()
        return Path(text).expanduser() if text else None

    def set_path(self, path: Path | str) -> None:
        self.edit.setText(str(path))

    def _pick(self) -> None:
        start = self.edit.text() or str(Path.home())
        if self.directory:
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder"), start)
        elif self.save:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save as"), start, self.filter_text
            )
        else:
            chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Open"), start, self.filter_text)
        if chosen:
            self.edit.setText(chosen)


def check_output(path: Path | None, what: str) -> str | None:
    """Why ``path`` cannot be written, or None."""
    if path is None:
        return f"choose where to save the {what}"
    if path.is_dir():
        return f"{path} is a folder: give a file name for the {what}"
    if not path.parent.is_dir():
        return f"folder {path.parent} does not exist"
    return None


def check_input(path: Path | None, what: str) -> str | None:
    if path is None:
        return f"choose the {what} file"
    if not path.is_file():
        return f"{what} file {path} does not exist"
    return None


def write_private(path: Path, data: bytes) -> None:
    """Write a file only its owner can read (PKCS#12, key backups), all or nothing."""
    api.write_secret(path, data)


def write_public(path: Path, data: bytes) -> None:
    """Certificates, chains, CRLs: 0644 so a web server can publish them."""
    api.write_public(path, data)


def fill_ca_combo(
    combo: QComboBox, ws: api.Workspace, *, signing: bool = True, select: str | None = None
) -> None:
    """CAs that can sign here (active, with a key), or all CAs with a certificate."""
    combo.clear()
    for ca in api.list_cas(ws):
        if signing and not (ca.status == "active" and ca.has_key):
            continue
        if not signing and ca.status == "pending":
            continue
        combo.addItem(f"{ca.name} — {ca.subject}", ca.name)
    if select:
        index = combo.findData(select)
        if index >= 0:
            combo.setCurrentIndex(index)


def fill_profile_combo(
    combo: QComboBox, ws: api.Workspace, *, ca: bool, select: str | None = None
) -> None:
    combo.clear()
    for name in ws.profiles.names():
        text = api.describe_profile(ws, name)
        if text.is_ca == ca:
            combo.addItem(f"{name} — {text.description}", name)
    if select:
        index = combo.findData(select)
        if index >= 0:
            combo.setCurrentIndex(index)


def fill_key_types(combo: QComboBox, text: api.ProfileText, preferred: str | None = None) -> None:
    """The key types a profile allows, ``preferred`` (or the profile's default) selected."""
    combo.clear()
    combo.addItems(list(text.key_types))
    combo.setCurrentText(preferred if preferred in text.key_types else text.default_key)


def validity_field() -> QSpinBox:
    """Days of validity; 0 shows as "profile default" (the engine then uses the profile's)."""
    days = QSpinBox()
    days.setRange(0, 36500)
    days.setSpecialValueText(QCoreApplication.translate("ValidityField", "profile default"))
    days.setSuffix(QCoreApplication.translate("ValidityField", " days"))
    return days
