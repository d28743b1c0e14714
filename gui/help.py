"""Help: the README's sections inside the app, and where the workspace and the log are.

The README is the user guide; showing its sections here (rendered from Markdown) keeps one
text for the command line and the desktop app, and works offline.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from idtoolkit import api

README = Path(__file__).resolve().parent.parent / "README.md"

#: The README sections the Help menu links, by their "## " heading (in reading order).
GUIDE_SECTIONS = (
    "The desktop app",
    "What works today",
    "A two-tier PKI from the command line",
)


def readme_sections(path: Path = README) -> dict[str, str]:
    """``## Heading`` → that section's Markdown (heading included); empty without a README."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return {}
    sections: dict[str, str] = {}
    title: str | None = None
    lines: list[str] = []
    for line in text.splitlines():
        if line.startswith("## "):
            if title is not None:
                sections[title] = "\n".join(lines)
            title, lines = line[3:].strip(), [line]
        elif title is not None:
            lines.append(line)
    if title is not None:
        sections[title] = "\n".join(lines)
    return sections


class GuideDialog(QDialog):
    """One README section, readable and searchable, with the others a click away."""

    def __init__(self, section: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("ID Toolkit guide"))
        self.resize(820, 640)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        layout.addWidget(self.browser, 1)
        row = QHBoxLayout()
        self.sections = readme_sections()
        for title in GUIDE_SECTIONS:
            if title in self.sections:
                button = QPushButton(title)
                button.clicked.connect(lambda _=False, t=title: self.show_section(t))
                row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.show_section(section)

    def show_section(self, title: str) -> None:
        text = self.sections.get(title)
        if text is None:
            self.browser.setPlainText(
                self.tr("The guide (README.md) is not installed with this copy.")
            )
            return
        self.browser.setMarkdown(text)
        self.current = title


class DataLocationsDialog(QDialog):
    """Where things are: for backups, for support, for 'where did my CA go?'."""

    def __init__(self, ws: api.Workspace | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Where is my data?"))
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.paths: dict[str, Path] = {}
        if ws is not None:
            self._row(form, self.tr("Workspace folder"), ws.directory)
            self._row(form, self.tr("Settings file"), ws.directory / "config.toml")
            form.addRow(self.tr("Database"), self._selectable(ws.store.display_url))
        else:
            form.addRow(self.tr("Workspace folder"), self._selectable(self.tr("(none open)")))
        self._row(form, self.tr("Log file"), api.log_file())
        note = QLabel(
            self.tr(
                "Back up the workspace folder (and the database, if it is PostgreSQL) to keep "
                "your CAs. The log holds the details of unexpected errors for support; it "
                "never holds passphrases or PINs."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @staticmethod
    def _selectable(text: str) -> QLabel:
        label = QLabel("\u200e" + text)  # a path reads left to right in RTL layouts too
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _row(self, form: QFormLayout, title: str, path: Path) -> None:
        self.paths[title] = path
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self._selectable(str(path)), 1)
        folder = path if path.is_dir() else path.parent
        button = QPushButton(self.tr("Open folder"))
        button.clicked.connect(
            lambda _=False, f=folder: QDesktopServices.openUrl(QUrl.fromLocalFile(str(f)))
        )
        box.addWidget(button)
        form.addRow(title, row)
