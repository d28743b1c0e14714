"""Showing errors: one clear line in a message box, never a traceback.

Boxes are opened with ``open()`` (window-modal, not blocking the caller) so tests and worker
callbacks never hang in a nested event loop; the last message is kept for tests to read.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

last_error: str | None = None


def show_error(parent: QWidget | None, message: str, title: str | None = None) -> QMessageBox:
    global last_error
    line = message.strip().splitlines()[0] if message.strip() else message
    last_error = line
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or QCoreApplication.translate("errors", "ID Toolkit"))
    box.setText(line)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
