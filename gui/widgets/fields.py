"""File pickers and combo helpers used by several dialogs."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from gui.bidi import data_widget, ltr
from gui.errors import description_text
from idtoolkit import api

if TYPE_CHECKING:
    from gui.dialogs.base import TaskDialog


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
        self.edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # a path, even in Arabic
        self.browse = QPushButton(self.tr("Browse…"))
        self.browse.clicked.connect(self._pick)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.browse)

    def path(self) -> Path | None:
        """What was typed, as a path; any text is a path ("/", "~nosuchuser"): the checks
        below say what is wrong with it, nothing here raises."""
        text = self.edit.text().strip()
        if not text:
            return None
        try:
            return Path(text).expanduser()
        except RuntimeError:  # "~name" of no such user: keep it literally
            return Path(text)

    def set_path(self, path: Path | str) -> None:
        self.edit.setText(str(path))

    def _pick(self) -> None:
        typed = self.path()
        start = str(typed) if typed is not None and typed.parent.is_dir() else str(Path.home())
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
    """Why ``path`` cannot be written, or None. ``what`` is already translated."""
    if path is None:
        return QCoreApplication.translate("FileField", "choose where to save the %1").replace(
            "%1", what
        )
    if path.is_dir():
        return (
            QCoreApplication.translate("FileField", "%1 is a folder: give a file name for the %2")
            .replace("%2", what)
            .replace("%1", ltr(path))
        )
    if not path.parent.is_dir():
        return QCoreApplication.translate("FileField", "folder %1 does not exist").replace(
            "%1", ltr(path.parent)
        )
    return None


def check_input(path: Path | None, what: str) -> str | None:
    """Why ``path`` cannot be read, or None. ``what`` is already translated."""
    if path is None:
        return QCoreApplication.translate("FileField", "choose the %1 file").replace("%1", what)
    if path.is_dir():
        return (
            QCoreApplication.translate("FileField", "%1 is a folder: choose the %2 file")
            .replace("%2", what)
            .replace("%1", ltr(path))
        )
    if not path.is_file():
        return (
            QCoreApplication.translate("FileField", "%1 file %2 does not exist")
            .replace("%2", ltr(path))
            .replace("%1", what)
        )
    return None


def write_private(path: Path, data: bytes) -> None:
    """Write a file only its owner can read (PKCS#12, key backups), all or nothing."""
    api.write_secret(path, data)


def write_public(path: Path, data: bytes) -> None:
    """Certificates, chains, CRLs: 0644 so a web server can publish them."""
    api.write_public(path, data)


def fill_ca_combo(
    dialog: TaskDialog,
    combo: QComboBox,
    ws: api.Workspace,
    *,
    signing: bool = True,
    select: str | None = None,
) -> None:
    """CAs that can sign here (active, with a key), or all CAs with a certificate; read off
    the UI thread while ``dialog`` shows it is loading."""

    # A CA is data: "name — DN" reads left to right, and a combo too narrow for it cuts its
    # end, not its start (right to left it cut "issuing — CN=" and showed the DN's tail).
    data_widget(combo)

    def fill(cas: list[api.CAInfo]) -> None:
        combo.clear()
        for ca in cas:
            if signing and not (ca.status == "active" and ca.has_key):
                continue
            if not signing and ca.status == "pending":
                continue
            combo.addItem(ltr(f"{ca.name} — {ca.subject}"), ca.name)
        if select:
            index = combo.findData(select)
            if index >= 0:
                combo.setCurrentIndex(index)

    dialog.read(lambda: api.list_cas(ws), fill)


def fill_profile_combo(
    combo: QComboBox, ws: api.Workspace, *, ca: bool, select: str | None = None
) -> None:
    combo.clear()
    for name in ws.profiles.names():
        text = api.describe_profile(ws, name)
        if text.is_ca == ca:
            combo.addItem(f"{name} — {description_text(text)}", name)
    if select:
        index = combo.findData(select)
        if index >= 0:
            combo.setCurrentIndex(index)


#: Key types in plain words, so an officer need not know that ``ml-dsa-65`` is the
#: post-quantum one (QT_TRANSLATE_NOOP: lupdate sees them, :func:`key_type_words` translates).
KEY_TYPE_WORDS = {
    "rsa2048": QT_TRANSLATE_NOOP("KeyType", "RSA 2048-bit"),
    "rsa3072": QT_TRANSLATE_NOOP("KeyType", "RSA 3072-bit"),
    "rsa4096": QT_TRANSLATE_NOOP("KeyType", "RSA 4096-bit"),
    "ec-p256": QT_TRANSLATE_NOOP("KeyType", "ECDSA on NIST P-256"),
    "ec-p384": QT_TRANSLATE_NOOP("KeyType", "ECDSA on NIST P-384"),
    "ec-p521": QT_TRANSLATE_NOOP("KeyType", "ECDSA on NIST P-521"),
    "ed25519": QT_TRANSLATE_NOOP("KeyType", "Ed25519"),
    "ed448": QT_TRANSLATE_NOOP("KeyType", "Ed448"),
    "ml-dsa-44": QT_TRANSLATE_NOOP("KeyType", "ML-DSA-44: post-quantum (FIPS 204, level 2)"),
    "ml-dsa-65": QT_TRANSLATE_NOOP("KeyType", "ML-DSA-65: post-quantum (FIPS 204, level 3)"),
    "ml-dsa-87": QT_TRANSLATE_NOOP("KeyType", "ML-DSA-87: post-quantum (FIPS 204, level 5)"),
}


def key_type_words(name: str) -> str:
    """A key type in plain words, in the app's language; unknown names (a newer engine) are
    shown as they are."""
    if name not in KEY_TYPE_WORDS:
        return name
    return QCoreApplication.translate("KeyType", str(KEY_TYPE_WORDS[name]))


def fill_key_types(
    combo: QComboBox,
    text: api.ProfileText,
    preferred: str | None = None,
    pkcs12: bool = False,
) -> None:
    """The key types a profile allows, in plain words, ``preferred`` (or the profile's default)
    selected; the item data is the engine's key-type name. ``pkcs12``: the key is delivered as
    PKCS#12, which cannot carry ML-DSA keys yet, so those are not offered."""
    combo.clear()
    names = [
        n
        for n in text.key_types
        if not (pkcs12 and n in api.KEY_SPECS and api.KEY_SPECS[n].post_quantum)
    ]
    for name in names:
        combo.addItem(key_type_words(name), name)
    fallback = text.default_key if text.default_key in names else (names[0] if names else "")
    select_key_type(combo, preferred if preferred in names else fallback)


def select_key_type(combo: QComboBox, name: str) -> None:
    index = combo.findData(name)
    if index >= 0:
        combo.setCurrentIndex(index)


def selected_key_type(combo: QComboBox) -> str:
    """The engine name (``ec-p256``) of the key type chosen in a :func:`fill_key_types` combo."""
    return str(combo.currentData() or "")


def validity_field() -> QSpinBox:
    """Days of validity; 0 shows as "profile default" (the engine then uses the profile's)."""
    days = QSpinBox()
    days.setRange(0, 36500)
    days.setSpecialValueText(QCoreApplication.translate("ValidityField", "profile default"))
    days.setSuffix(QCoreApplication.translate("ValidityField", " days"))
    return days
