"""The shape every operation dialog shares: a form, a check of the input, then the engine
call in a worker with a busy bar and a Cancel button, and the result or a one-line error.

Tests fill the form's widgets (attributes of each dialog) and call :meth:`accept`; they wait
for :attr:`JobDialog.job_finished`. Nothing is written unless the job succeeded.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QThreadPool, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui import workers
from gui.errors import show_error
from gui.workers import Worker
from idtoolkit import api


class TaskDialog(QDialog):
    """The shared flow without a workspace (e.g. verifying a signature); see :class:`JobDialog`."""

    job_finished = Signal(bool)  # True: succeeded

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(680)
        self.result_value: Any = None
        self.error: str | None = None
        self.worker: Worker | None = None
        self.outer = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.hide()
        self.outer.addWidget(self.intro)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.outer.addLayout(self.form)
        self.hint = QLabel()  # live validation: what is wrong with the input, in one line
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #b00020;")
        self.outer.addWidget(self.hint)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.outer.addWidget(self.progress)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.outer.addWidget(self.buttons)

    def job_pool(self) -> QThreadPool | None:
        """Where the job runs; None: the engine pool (one workspace call at a time)."""
        return None

    def set_intro(self, text: str) -> None:
        self.intro.setText(text)
        self.intro.show()

    # --- to override ----------------------------------------------------------------------------
    def validate(self) -> str | None:
        """The first thing wrong with the input (one line), or None; no engine writes here."""
        return None

    def make_job(self) -> workers.Job:
        raise NotImplementedError

    def on_success(self, result: Any) -> None:
        """Deliver the result (write files, show the password...); default: close."""
        self.done(QDialog.DialogCode.Accepted)

    # --- the flow ---------------------------------------------------------------------------
    def accept(self) -> None:
        if self.worker is not None:
            return
        problem = self.validate()
        if problem:
            self.hint.setText(problem)
            self.error = problem
            show_error(self, problem)
            return
        self.hint.clear()
        self.error = None
        self._set_busy(True)
        self.worker = workers.start(
            self.make_job(), self._succeeded, self._failed, self._progressed, self.job_pool()
        )
        self.worker.signals.cancelled.connect(self._cancelled)

    def reject(self) -> None:
        if self.worker is not None:
            self.worker.cancel()  # stops at the next safe point; atomic engine calls complete
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(False)
            return
        super().reject()

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.ok_button.setEnabled(not busy)
        for child in self.findChildren(QWidget):
            if child.property("input"):
                child.setEnabled(not busy)

    def _progressed(self, done: int, total: int, text: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        if text:
            self.progress.setFormat(text)

    def _succeeded(self, result: Any) -> None:
        self.worker = None
        self._set_busy(False)
        self.result_value = result
        try:
            self.on_success(result)
        finally:
            self.job_finished.emit(True)

    def _failed(self, message: str) -> None:
        self.worker = None
        self._set_busy(False)
        self.error = message
        self.hint.setText(message)
        show_error(self, message)
        self.job_finished.emit(False)

    def _cancelled(self) -> None:
        self.worker = None
        self._set_busy(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(True)
        self.error = self.tr("cancelled")
        self.hint.setText(self.tr("Cancelled: nothing was changed."))
        self.job_finished.emit(False)


class JobDialog(TaskDialog):
    """An operation on a workspace."""

    def __init__(self, ws: api.Workspace, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.ws = ws


def mark_input(*widgets: QWidget) -> None:
    """Widgets disabled while the job runs."""
    for widget in widgets:
        widget.setProperty("input", True)
