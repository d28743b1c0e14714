"""A subject editor that follows the chosen profile: one field per attribute the profile
allows, required ones marked, composed into an RFC 4514 string for the engine."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from gui.bidi import ltr
from idtoolkit import api

#: Display order (most specific first, as RFC 4514 strings are written) and labels.
ATTRIBUTES: tuple[tuple[str, object], ...] = (  # labels: str, typed object by the stubs
    ("CN", QT_TRANSLATE_NOOP("subject", "Common name")),
    ("GN", QT_TRANSLATE_NOOP("subject", "Given name")),
    ("SN", QT_TRANSLATE_NOOP("subject", "Surname")),
    ("pseudonym", QT_TRANSLATE_NOOP("subject", "Pseudonym")),
    ("serialNumber", QT_TRANSLATE_NOOP("subject", "Serial number (ID)")),
    ("title", QT_TRANSLATE_NOOP("subject", "Title")),
    ("emailAddress", QT_TRANSLATE_NOOP("subject", "E-mail")),
    ("UID", QT_TRANSLATE_NOOP("subject", "User ID")),
    ("OU", QT_TRANSLATE_NOOP("subject", "Organisational unit")),
    ("O", QT_TRANSLATE_NOOP("subject", "Organisation")),
    ("organizationIdentifier", QT_TRANSLATE_NOOP("subject", "Organisation identifier")),
    ("STREET", QT_TRANSLATE_NOOP("subject", "Street")),
    ("L", QT_TRANSLATE_NOOP("subject", "Locality")),
    ("ST", QT_TRANSLATE_NOOP("subject", "State / province")),
    ("DC", QT_TRANSLATE_NOOP("subject", "Domain component")),
    ("C", QT_TRANSLATE_NOOP("subject", "Country (2 letters)")),
)


def escape(value: str) -> str:
    """RFC 4514 escaping of one attribute value."""
    out = "".join("\\" + c if c in ',+"\\<>;=' else c for c in value)
    if out.startswith(("#", " ")):
        out = "\\" + out
    if out.endswith(" "):
        out = out[:-1] + "\\ "
    return out


class SubjectEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QFormLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.fields: dict[str, QLineEdit] = {}
        self._values: dict[str, str] = {}

    def set_profile(self, profile: api.ProfileText) -> None:
        """Rebuild the fields for ``profile``, keeping what was typed."""
        self._values.update({k: f.text() for k, f in self.fields.items()})
        while self.layout_.rowCount():
            self.layout_.removeRow(0)
        self.fields = {}
        required = set(profile.required)
        grouped = {
            a for text in profile.one_of for part in text.split(" or ") for a in part.split("+")
        }
        allowed = required | set(profile.optional) | grouped
        for short, label in ATTRIBUTES:
            if short not in allowed:
                continue
            field = QLineEdit(self._values.get(short, ""))
            field.setObjectName(f"subject_{short}")
            field.setProperty("input", True)
            if short == "C":
                field.setMaxLength(2)
            text = QCoreApplication.translate("subject", str(label))
            mark = " *" if short in required else (" †" if short in grouped else "")
            field.textChanged.connect(self.changed)
            self.layout_.addRow(f"{text}{mark}", field)
            self.fields[short] = field
        if profile.one_of:
            note = QLabel(
                QCoreApplication.translate("subject", "* required   † exactly one of: %1").replace(
                    "%1", "; ".join(map(_alternatives, profile.one_of))
                )
            )
        else:
            note = QLabel(QCoreApplication.translate("subject", "* required"))
        note.setStyleSheet("color: #5f6368;")
        self.layout_.addRow("", note)
        self.changed.emit()

    def set_values(self, **values: str) -> None:
        for key, value in values.items():
            if key in self.fields:
                self.fields[key].setText(value)

    def subject(self) -> str:
        return ",".join(
            f"{short}={escape(f.text().strip())}"
            for short, f in self.fields.items()
            if f.text().strip()
        )


def _alternatives(group: str) -> str:
    """``GN+SN or pseudonym`` (the engine's words for a group of DN attributes) with "or" in
    the user's language and the attribute names isolated left to right."""
    parts = [ltr(part) for part in group.split(" or ")]  # attribute names: data
    shown = parts[0]
    for part in parts[1:]:
        shown = (
            QCoreApplication.translate("subject", "%1 or %2")
            .replace("%1", shown)
            .replace("%2", part)
        )
    return shown
