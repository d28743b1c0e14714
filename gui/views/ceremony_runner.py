"""The ceremony runner window: the script's steps as a checklist, the current step large
enough to read aloud, the script's hash words, the typed confirmations, and the transcript as
it grows.

The engine's runner (``ceremony.run_ceremony``) asks its questions through a console; here that
console lives on a worker thread and waits for the answer the operator gives in the window,
so the GUI runs exactly the same ceremony logic as ``idtoolkit ceremony run``.
"""

from __future__ import annotations

import json
import queue
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from gui import workers
from gui.bidi import ltr
from gui.language import current_language
from idtoolkit import api
from idtoolkit.apps import ceremony


class GuiConsole:
    """``ceremony.Console`` for a worker thread: what it shows and asks goes into ``outbox``, which
    the window drains on the UI thread; answers come back through ``answers``.

    The worker thread never touches a Qt object: the window polls the queue with a timer.
    """

    def __init__(self) -> None:
        self.outbox: queue.Queue[tuple[str, str]] = queue.Queue()
        self.answers: queue.Queue[str | None] = queue.Queue()

    def show(self, text: str) -> None:
        self.outbox.put(("show", text))

    def ask(self, prompt: str) -> str | None:
        self.outbox.put(("ask", prompt))
        return self.answers.get()


class CeremonyRunnerWindow(QWidget):
    finished = Signal(bool)  # True: the ceremony completed

    def __init__(
        self, ws: api.Workspace, script_path: Path, out: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ws = ws
        self.script = ceremony.load_ceremony_script(script_path, current_language())
        self.script_path = script_path
        self.out = out
        self.setWindowFlag(Qt.WindowType.Window)  # its own window, owned by the main window
        self.console = GuiConsole()
        self.poll = QTimer(self)
        self.poll.setInterval(40)
        self.poll.timeout.connect(self.drain)
        self.poll.start()
        self.worker: workers.Worker | None = None
        self.error: str | None = None
        self.setWindowTitle(
            self.tr("Key ceremony: %1").replace("%1", self.script.display_name or self.script.name)
        )
        self.resize(1200, 780)

        layout = QVBoxLayout(self)
        title = QLabel(self.script.display_name or self.script.name)
        title_font = QFont(title.font())
        title_font.setPointSize(title_font.pointSize() + 4)
        title_font.setBold(True)
        title.setFont(title_font)
        layout.addWidget(title)
        hash_box = QGroupBox(self.tr("Script hash: read aloud and compare"))
        hash_layout = QVBoxLayout(hash_box)
        self.hash_label = QLabel(self.tr("SHA-256: %1").replace("%1", ltr(self.script.sha256)))
        self.hash_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.words = QLabel(ltr(" ".join(ceremony.hash_words(self.script.sha256))))  # data
        self.words.setWordWrap(True)
        words_font = QFont("monospace")
        words_font.setPointSize(title_font.pointSize())
        self.words.setFont(words_font)
        hash_layout.addWidget(self.hash_label)
        hash_layout.addWidget(self.words)
        layout.addWidget(hash_box)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.steps = QListWidget()
        for number, step in enumerate(self.script.steps, 1):
            item = QListWidgetItem(f"{number}. {step.title}")
            item.setData(Qt.ItemDataRole.UserRole, step.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.steps.addItem(item)
        # Long step titles wrap inside the list (right to left the unwrapped ones ran off its
        # edge behind a scroll bar, their ends hidden).
        self.steps.setWordWrap(True)
        self.steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.steps.setResizeMode(QListWidget.ResizeMode.Adjust)
        splitter.addWidget(self.steps)

        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        self.current = QLabel(self.tr("Press Start to begin the ceremony."))
        self.current.setWordWrap(True)
        self.current.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        current_font = QFont(self.current.font())
        current_font.setPointSize(current_font.pointSize() + 6)
        self.current.setFont(current_font)
        self.current.setMinimumHeight(220)
        middle_layout.addWidget(self.current, 1)
        self.prompt = QLabel("")
        self.prompt.setWordWrap(True)
        prompt_font = QFont(self.prompt.font())
        prompt_font.setBold(True)
        self.prompt.setFont(prompt_font)
        middle_layout.addWidget(self.prompt)
        answer_row = QHBoxLayout()
        self.answer = QLineEdit()
        self.answer.setPlaceholderText(self.tr("Type the answer and press Enter"))
        self.answer.returnPressed.connect(self.send_answer)
        self.send_button = QPushButton(self.tr("Send"))
        self.send_button.clicked.connect(self.send_answer)
        answer_row.addWidget(self.answer, 1)
        answer_row.addWidget(self.send_button)
        middle_layout.addLayout(answer_row)
        buttons = QHBoxLayout()
        self.start_button = QPushButton(self.tr("Start"))
        self.start_button.clicked.connect(self.start)
        self.yes_button = QPushButton(self.tr("Confirm: perform this step"))
        self.yes_button.clicked.connect(lambda: self._answer("yes"))
        self.stop_button = QPushButton(self.tr("Pause (resume later)"))
        self.stop_button.clicked.connect(lambda: self._answer("stop"))
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.yes_button)
        buttons.addWidget(self.stop_button)
        middle_layout.addLayout(buttons)
        exception_row = QHBoxLayout()
        self.exception_text = QLineEdit()
        self.exception_text.setPlaceholderText(
            self.tr("Exception noticed by a witness (recorded in the transcript)")
        )
        self.exception_button = QPushButton(self.tr("Record exception"))
        self.exception_button.clicked.connect(self.record_exception)
        exception_row.addWidget(self.exception_text, 1)
        exception_row.addWidget(self.exception_button)
        middle_layout.addLayout(exception_row)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        middle_layout.addWidget(self.status)
        splitter.addWidget(middle)

        transcript_box = QGroupBox(self.tr("Transcript"))
        transcript_layout = QVBoxLayout(transcript_box)
        self.transcript = QPlainTextEdit()
        self.transcript.setReadOnly(True)
        self.transcript.setFont(QFont("monospace"))
        transcript_layout.addWidget(self.transcript)
        self.transcript_count = QLabel("")
        transcript_layout.addWidget(self.transcript_count)
        splitter.addWidget(transcript_box)
        splitter.setSizes([340, 520, 340])
        layout.addWidget(splitter, 1)
        self._waiting = False
        self._before_confirmation = False
        self._read_after: list[str] = []
        self._set_waiting(False)
        self._reload_transcript()

    # --- running ------------------------------------------------------------------------
    def start(self) -> None:
        if self.worker is not None and not self.worker.done:
            return
        self.error = None
        self.start_button.setEnabled(False)
        script, out, ws, console = self.script_path, self.out, self.ws, self.console

        def job(_progress: workers.Progress) -> object:
            options = ceremony.RunOptions(
                so_pin=lambda label: self._so_pin(label), language=current_language()
            )
            return ceremony.run_ceremony(ws, script, out, console, options)

        self.worker = workers.start(job, self._done, self._failed)

    def _so_pin(self, label: str) -> bytes:
        answer = self.console.ask(f"SO PIN of token {label!r}: ")
        if answer is None:
            raise ceremony.CeremonyStopped("ceremony.no_so_pin", "stopped: no SO PIN given")
        return answer.encode()

    def _done(self, _result: object) -> None:
        self.drain()
        self.status.setText(
            self.tr("Ceremony complete. Each participant now signs the transcript.")
        )
        self._set_waiting(False)
        self._reload_transcript()
        self.finished.emit(True)

    def _failed(self, message: str) -> None:
        self.drain()
        self.error = message
        self.status.setText(message)
        self.start_button.setEnabled(True)
        self.start_button.setText(self.tr("Resume"))
        self._set_waiting(False)
        self._reload_transcript()
        self.finished.emit(False)

    # --- the console's side ---------------------------------------------------------------
    def drain(self) -> None:
        """Show what the runner said and asked since the last tick (on the UI thread)."""
        while True:
            try:
                kind, text = self.console.outbox.get_nowait()
            except queue.Empty:
                return
            if kind == "ask":
                self._asked(text)
            else:
                self._shown(text)

    def _shown(self, text: str) -> None:
        """Values to read aloud go in large type with the step: those shown before its
        confirmation (a request's hash) under it; those a step ends with (a fingerprint) stay
        above the next step until that one is confirmed, while people read them out."""
        if ceremony.is_step_heading(text):
            self.current.setText("\n\n".join([*self._read_after, text]))
            self._read_after = []
            self._before_confirmation = True
        elif text.strip().startswith(ceremony.READ_ALOUD_HEADINGS):
            block = text.strip("\n")
            if not self._before_confirmation:
                self._read_after.append(block)
            self.current.setText(self.current.text() + "\n\n" + block)
        elif text.strip():
            self.status.setText(text.strip())
        self._reload_transcript()

    def _asked(self, prompt: str) -> None:
        self.prompt.setText(prompt.strip())
        secret = prompt.startswith("SO PIN")
        self.answer.setEchoMode(
            QLineEdit.EchoMode.Password if secret else QLineEdit.EchoMode.Normal
        )
        self.yes_button.setEnabled(ceremony.asks_confirmation(prompt))
        self._set_waiting(True)
        self.answer.setFocus()

    def _set_waiting(self, waiting: bool) -> None:
        self._waiting = waiting
        for widget in (self.answer, self.send_button, self.stop_button, self.exception_button):
            widget.setEnabled(waiting)
        if not waiting:
            self.yes_button.setEnabled(False)
            self.prompt.setText("")

    def _answer(self, text: str | None) -> None:
        if not self._waiting:
            return
        self._before_confirmation = False
        self._set_waiting(False)
        self.console.answers.put(text)

    def send_answer(self) -> None:
        text = self.answer.text()
        self.answer.clear()
        self._answer(text)

    def record_exception(self) -> None:
        text = self.exception_text.text().strip()
        if not text:
            self.status.setText(self.tr("Describe the exception first."))
            return
        self.exception_text.clear()
        self._answer(f"exception: {text}")

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if self.worker is not None and not self.worker.done:
            # The runner stops at its next question; the ceremony can be resumed.
            self._set_waiting(False)
            self.console.answers.put(None)
        super().closeEvent(event)

    # --- the transcript -----------------------------------------------------------------------
    def _reload_transcript(self) -> None:
        path = self.out / ceremony.TRANSCRIPT
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError:
            lines = []
        shown: list[str] = []
        done: set[str] = set()
        for line in lines:
            try:
                entry = json.loads(line)
            except ValueError:
                continue
            step = entry.get("step", "")
            if entry.get("event") == "step.completed":
                done.add(str(step))
            shown.append(
                f"{entry.get('seq', '?'):>3} {str(entry.get('at', ''))[11:19]} "
                f"{entry.get('event', '')} {step}".rstrip()
            )
        self.transcript.setPlainText("\n".join(shown))
        self.transcript_count.setText(self.tr("Total: %1 entries").replace("%1", str(len(shown))))
        for i in range(self.steps.count()):
            item = self.steps.item(i)
            step_id = str(item.data(Qt.ItemDataRole.UserRole))
            item.setCheckState(
                Qt.CheckState.Checked if step_id in done else Qt.CheckState.Unchecked
            )
        self._mark_current(done)

    def _mark_current(self, done: set[str]) -> None:
        for i in range(self.steps.count()):
            item = self.steps.item(i)
            font = QFont(self.steps.font())
            is_next = str(item.data(Qt.ItemDataRole.UserRole)) not in done and all(
                str(self.steps.item(j).data(Qt.ItemDataRole.UserRole)) in done for j in range(i)
            )
            font.setBold(is_next)
            item.setFont(font)
