"""Help: the user guide inside the app, in the app's language, and where the workspace and
the log are.

The guide lives beside the app as one Markdown file per language (``gui/guide/<lang>.md``,
shipped in the wheel and the installers, so it works offline and in a frozen app), each with
the same sections in the same order; the README stays the complete reference for the command
line. A language without a file gets the English one. In a right-to-left language, commands
and inline code are isolated left to right so the bidi algorithm leaves them as typed.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
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

from gui.bidi import LRI, PDI, ltr
from gui.language import current_language
from idtoolkit import api

GUIDE_DIR = Path(__file__).resolve().parent / "guide"

#: The guide's sections, by the English title the Help menu asks for (in reading order); each
#: language's file has them in this order under its own "## " headings.
GUIDE_SECTIONS = (
    "The desktop app",
    "What works today",
    "A two-tier PKI from the command line",
)


def guide_sections(lang: str, folder: Path = GUIDE_DIR) -> list[tuple[str, str]]:
    """``[(heading, Markdown)]`` of ``lang``'s guide (English when it has none); empty when no
    guide is installed."""
    path = folder / f"{lang}.md"
    if not path.is_file():
        path = folder / "en.md"
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return []
    sections: list[tuple[str, str]] = []
    for line in text.splitlines():
        if line.startswith("## "):
            sections.append((line[3:].strip(), line))
        elif sections:
            title, body = sections[-1]
            sections[-1] = (title, f"{body}\n{line}")
    return sections


_INLINE_CODE = re.compile(r"`[^`\n]+`")


def isolate_code(markdown: str) -> str:
    """``markdown`` with every line of a code block and every inline code span inside a
    left-to-right isolate: a command in an Arabic guide reads as it is typed."""
    out: list[str] = []
    fenced = False
    for line in markdown.splitlines():
        if line.startswith("```"):
            fenced = not fenced
            out.append(line)
        elif fenced:
            out.append(ltr(line) if line.strip() else line)
        else:
            out.append(_INLINE_CODE.sub(lambda m: f"{LRI}{m.group()}{PDI}", line))
    return "\n".join(out)


class GuideDialog(QDialog):
    """One guide section, readable and searchable, with the others a click away."""

    def __init__(self, section: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("ID Toolkit guide"))
        self.resize(820, 640)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        layout.addWidget(self.browser, 1)
        row = QHBoxLayout()
        found = guide_sections(current_language())
        # English section title -> (heading in the user's language, Markdown)
        self.sections = dict(zip(GUIDE_SECTIONS, found, strict=False))
        for title, (heading, _text) in self.sections.items():
            button = QPushButton(heading)
            button.clicked.connect(lambda _=False, t=title: self.show_section(t))
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.show_section(section)

    def show_section(self, title: str) -> None:
        found = self.sections.get(title)
        if found is None:
            self.browser.setPlainText(self.tr("The guide is not installed with this copy."))
            return
        text = found[1]
        if QCoreApplication.instance() is not None and self.isRightToLeft():
            text = isolate_code(text)
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
        label = QLabel(ltr(text))  # a path reads left to right in RTL layouts too
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
