"""Settings → Language: pick the app's language; it applies from the next start."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QProcess
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from gui import language


class LanguageMenu(QMenu):
    """One item per shipped language, each named in itself, and "System default"."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setTitle(self.tr("&Language"))
        self.setObjectName("language-menu")
        self.window_ = window
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.items: dict[str, QAction] = {}
        saved = language.saved_language()
        items = [("", self.tr("System default")), *language.LANGUAGES.items()]
        for code, name in items:
            action = QAction(name, self)
            action.setCheckable(True)
            action.setChecked(code == saved)
            action.setData(code)
            action.triggered.connect(lambda _checked=False, c=code: self.choose(c))
            self.group.addAction(action)
            self.addAction(action)
            self.items[code] = action
        self.last_box: QMessageBox | None = None

    def choose(self, code: str) -> QMessageBox:
        """Remember the choice and offer to restart, since widgets keep the texts they were
        built with."""
        language.save_language(code)
        self.items[code].setChecked(True)
        name = language.LANGUAGES.get(code) or self.tr("the system's language")
        box = QMessageBox(self.window_)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Language"))
        text = self.tr("ID Toolkit will speak %1 from its next start.").replace("%1", name)
        forced = os.environ.get(language.ENV, "").strip()
        if forced:
            text += "\n" + self.tr(
                "This session was started with IDTOOLKIT_LANG=%1, which takes precedence."
            ).replace("%1", forced)
        box.setText(text)
        restart = box.addButton(self.tr("Restart now"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.buttonClicked.connect(lambda button: self._restart() if button is restart else None)
        self.last_box = box
        box.open()
        return box

    def _restart(self) -> None:
        """Start a new app the way this one was started, then close this one (which waits for
        running jobs and closes the workspace)."""
        QProcess.startDetached(sys.executable, list(sys.orig_argv[1:]))
        self.window_.close()
