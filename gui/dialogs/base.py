"""The shape every operation dialog shares: a form, a check of the input, then the engine
call in a worker with a busy bar and a Cancel button, and the result or a one-line error.

Tests fill the form's widgets (attributes of each dialog) and call :meth:`accept`; they wait
for :attr:`JobDialog.job_finished`. Nothing is written unless the job succeeded.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QThreadPool, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui import workers
from gui.errors import error_text, show_error
from gui.workers import Worker
from idtoolkit import api

T = TypeVar("T")


class TaskDialog(QDialog):
    """The shared flow without a workspace (e.g. verifying a signature); see :class:`JobDialog`."""

    job_finished = Signal(bool)  # True: succeeded

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(680)
        self.result_value: Any = None
        self.error: str | None = None
        #: What a finished job did, when the dialog stays open to say it (see stay_open_with).
        self.confirmation: str | None = None
        #: Inline problems show only once the user has edited something (or pressed OK): a
        #: fresh form is not wrong, it is empty.
        self.touched = False
        self.worker: Worker | None = None
        self._reads: list[workers.LatestRead] = []
        self._accept_when_read = False
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

    # --- choices read from the store ------------------------------------------------------------
    def read(
        self,
        read: Callable[[], T],
        fill: Callable[[T], None],
        slot: workers.LatestRead | None = None,
    ) -> workers.LatestRead:
        """Fill part of the form (a list of CAs, of tokens) from ``read()``, run off the UI
        thread. Meanwhile the busy bar shows and OK waits; an OK pressed (or :meth:`accept`
        called) before the answer is acted on once it is there. Pass the ``slot`` a previous
        call returned to read the same thing again (only the newest answer lands)."""
        if slot is None:
            slot = workers.LatestRead(self)
            self._reads.append(slot)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.ok_button.setEnabled(False)
        slot.start(read, lambda value: self._read_done(fill, value), self._read_failed)
        return slot

    @property
    def loading(self) -> bool:
        """Some of the form's choices are still being read."""
        return any(slot.pending for slot in self._reads)

    def _read_done(self, fill: Callable[[Any], None], value: Any) -> None:
        fill(value)
        self._after_read()

    def _read_failed(self, message: str) -> None:
        self.hint.setText(message)  # the form stays usable; OK says what is missing
        self._after_read()

    def _after_read(self) -> None:
        if self.loading or self.worker is not None:
            return
        self.progress.hide()
        self.ok_button.setEnabled(True)
        check = getattr(self, "_check", None)
        if callable(check):
            check()  # the live check, now that the choices are there
        if self._accept_when_read:
            self._accept_when_read = False
            self.accept()

    def job_pool(self) -> QThreadPool | None:
        """Where the job runs; None: the engine pool (one workspace call at a time)."""
        return None

    # --- inline problems ----------------------------------------------------------------------
    def show_problem(self, problem: str | None) -> None:
        """The live check's one line, under the form; hidden until the form is touched."""
        self._watch_inputs()
        self.hint.setText(problem or "" if self.touched else "")

    def touch(self) -> None:
        """The user edited a field: from now on, say what is wrong."""
        if self.touched:
            return
        self.touched = True
        check = getattr(self, "_check", None)
        if callable(check):
            check()

    def _watch_inputs(self) -> None:
        """Connect the user-only signals (typing, picking, clicking; not programmatic
        changes) of every editor in the form to :meth:`touch`. Signals, not an event filter:
        a Python event filter on widgets being destroyed crashes PySide at exit."""
        for child in self.findChildren(QWidget):
            if child.property("touch_watched") or self.buttons.isAncestorOf(child):
                continue
            if isinstance(child, QLineEdit):
                child.textEdited.connect(self.touch)
            elif isinstance(child, QComboBox):
                child.activated.connect(self.touch)
            elif isinstance(child, QAbstractButton):
                child.clicked.connect(self.touch)
            else:
                continue
            child.setProperty("touch_watched", True)

    def showEvent(self, event: Any) -> None:
        self._watch_inputs()
        super().showEvent(event)

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
        if self.loading:
            self._accept_when_read = True  # pressed before the choices arrived
            return
        self.touched = True
        problem = self.validate()
        if problem:
            # One place per error: under the form, beside what needs fixing (no box too).
            self.hint.setText(problem)
            self.error = problem
            self.job_finished.emit(False)
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
        except (OSError, api.IDToolkitError) as exc:
            # Delivering the result failed (a file could not be written): one line, no trace.
            message = (
                error_text(exc)
                if isinstance(exc, api.IDToolkitError)
                else (
                    self.tr("cannot write %1: %2")
                    .replace("%1", str(exc.filename))
                    .replace("%2", str(exc.strerror))
                    if exc.filename
                    else str(exc)
                )
            )
            self._failed(message)
            return
        self.job_finished.emit(True)

    def stay_open_with(self, message: str) -> None:
        """After a job whose outcome the officer reads and acts on (copies a CRL to the web
        server, notes a number), the dialog stays open saying what was done; OK goes and
        Cancel becomes Close."""
        self.confirmation = message
        self.hint.setStyleSheet("color: #1b5e20;")
        self.hint.setText(message)
        self.ok_button.hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))

    def _failed(self, message: str) -> None:
        self.worker = None
        self._set_busy(False)
        self.error = message
        self.hint.clear()  # one place: the engine's refusal is in the box
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
