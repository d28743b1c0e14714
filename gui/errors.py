"""Showing errors: one clear line in a message box, never a traceback.

An engine error is a kind with parameters (:mod:`idtoolkit.errors`); :func:`error_text` is the
one place the app turns it into words, so every box, hint and review pane says the same thing.
The engine's sentence is said in the app's language through the engine's catalogues
(``idtoolkit/i18n``, shared with the CLI; data isolated left to right in Arabic); a kind the app
words its own way (naming a field, not a flag) goes in :data:`WORDING`, translated by Qt. Boxes are opened with
``open()`` (window-modal, not blocking the caller) so tests and worker callbacks never hang in a
nested event loop; the last message is kept for tests to read.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from gui.language import current_language
from idtoolkit import api
from idtoolkit.api.i18n import catalogue
from idtoolkit.api.messages import Text
from idtoolkit.errors import IDToolkitError, render

# The app's own wording of an engine error kind, in the "errors" tr() context: a template over
# the error's parameters ({name} fields, as the engine's), marked with QT_TRANSLATE_NOOP so
# lupdate puts it in the catalogues. A kind not listed is said in the engine's words, in the
# app's language where the engine's catalogue has them (English otherwise).
WORDING: dict[str, str] = {}

last_error: str | None = None


def error_text(exc: IDToolkitError) -> str:
    """What the officer reads for an engine error: one line, in the app's language (the app's
    wording of the kind if it has one, else the engine's sentence from its catalogue)."""
    template = WORDING.get(exc.kind)
    if template is None:
        text = catalogue(current_language()).error_text(exc)
    else:
        text = render(QCoreApplication.translate("errors", template), exc.params)
    lines = text.strip().splitlines()
    return lines[0] if lines else type(exc).__name__


def engine_text(text: Text | Sequence[Text]) -> str:
    """Engine text (a profile's grants, a signature check, a lint finding: a message with
    parameters, :mod:`idtoolkit.messages`) in the app's language, through the engine's
    catalogues as errors are; data isolated left to right in Arabic. A plain string is data."""
    return catalogue(current_language()).text(text)


def description_text(described: api.ProfileText) -> str:
    """A profile's description in the app's language (the profile's own text for it, if its
    file carries one, else its English description)."""
    return described.description_in(catalogue(current_language()).language)


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
