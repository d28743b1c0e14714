"""The Lab panel: a student's exercises, values, Check and Reset; or, on a class folder, the
trainer's grid (students by exercises) with Grade and Reset.

Opened on a student workspace (``CLASSDIR/students/ID/workspace``) it finds its class by the
folder layout, so a class copied to a USB stick opens the same way. Checks, grading and
resets run in the engine worker; the panel only shows their results.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui import workers
from gui.bidi import isolate_dns, ltr
from idtoolkit.apps import labs


def lab_of(path: Path) -> tuple[Path, str | None] | None:
    """(class folder, student id or None) for a class folder or a student's workspace."""
    path = path.resolve()
    if (path / "class.toml").is_file():
        return path, None
    if path.name == "workspace" and path.parent.parent.name == "students":
        root = path.parent.parent.parent
        if (root / "class.toml").is_file():
            return root, path.parent.name
    return None


class LabPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lab: Any = None
        self.student: str | None = None
        #: asked before a reset; tests replace it
        self.confirm: Callable[[str], bool] = self._ask
        layout = QVBoxLayout(self)
        self.title = QLabel(self.tr("No lab open."))
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        bar = QHBoxLayout()
        self.check_button = QPushButton(self.tr("Check my work"))
        self.check_button.clicked.connect(self.check)
        self.grade_button = QPushButton(self.tr("Grade the class"))
        self.grade_button.clicked.connect(self.grade)
        self.reset_button = QPushButton(self.tr("Reset"))
        self.reset_button.clicked.connect(self.reset)
        self.state = QLabel("")
        self.state.setWordWrap(True)
        for button in (self.check_button, self.grade_button, self.reset_button):
            bar.addWidget(button)
        bar.addWidget(self.state, 1)
        layout.addLayout(bar)

        # student view
        self.student_view = QSplitter()
        self.exercises = QTreeWidget()
        self.exercises.setHeaderLabels([self.tr("Exercise"), self.tr("Points"), self.tr("Result")])
        self.exercises.setRootIsDecorated(False)
        # Points and result whole, the title takes what is left (elided): the result column ran
        # off the pane's edge, in French and Arabic most.
        header = self.exercises.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.exercises.currentItemChanged.connect(self._exercise_selected)
        self.statement = QTextBrowser()
        self.results = QTreeWidget()
        self.results.setHeaderLabels(
            [self.tr("Exercise"), self.tr("Check"), self.tr("Result"), self.tr("Finding"),
             self.tr("Hint")]
        )  # fmt: skip
        self.results.setRootIsDecorated(False)
        self.results.setWordWrap(True)
        for column, width in enumerate((90, 150, 60, 300)):
            self.results.setColumnWidth(column, width)
        right = QSplitter()
        right.setOrientation(Qt.Orientation.Vertical)
        right.addWidget(self.statement)
        right.addWidget(self.results)
        self.student_view.addWidget(self.exercises)
        self.student_view.addWidget(right)
        self.student_view.setSizes([300, 700])
        layout.addWidget(self.student_view, 1)

        # trainer view
        self.grid = QTableWidget()
        self.grid.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.grid.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.grid.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.grid, 1)
        self._show_mode()

    # --- opening --------------------------------------------------------------------------------
    def open_path(self, path: Path) -> bool:
        """Open a class folder (trainer) or a student workspace (student); False if neither."""
        found = lab_of(path)
        if found is None:
            return False
        folder, student = found
        self.lab = labs.LabClass.open(folder)
        self.student = student
        if student is not None:
            self.lab.student(student)
            self._load_student()
        else:
            self._load_grid()
        self._show_mode()
        return True

    def _show_mode(self) -> None:
        student = self.student is not None
        trainer = self.lab is not None and not student
        self.student_view.setVisible(student)
        self.check_button.setVisible(student)
        self.grid.setVisible(trainer)
        self.grade_button.setVisible(trainer)
        self.reset_button.setVisible(self.lab is not None)

    def _load_student(self) -> None:
        assert self.student is not None
        shown = labs.show(self.lab, self.student)
        self.shown = shown
        self.title.setText(
            self.tr("%1 — %2 (%3), services on port %4")
            .replace("%1", shown["title"]).replace("%2", shown["name"])
            .replace("%3", shown["student"]).replace("%4", str(shown["port"]))
        )  # fmt: skip
        self.exercises.clear()
        for ex in shown["exercises"]:
            self.exercises.addTopLevelItem(
                QTreeWidgetItem([f"{ltr(ex['id'])}: {ex['title']}", str(ex["points"]), ""])
            )
        self.results.clear()
        first = self.exercises.topLevelItem(0)
        if first is not None:
            self.exercises.setCurrentItem(first)
        self.state.setText(self.tr("%1 exercise(s)").replace("%1", str(len(shown["exercises"]))))

    def _exercise_selected(self) -> None:
        current = self.exercises.currentItem()
        index = -1 if current is None else self.exercises.indexOfTopLevelItem(current)
        if index < 0:
            return
        ex = self.shown["exercises"][index]
        values = "".join(  # named in words, as on the handout (never 'num2', 'seed6')
            f"<tr><td>{html.escape(k)}</td><td><code>{ltr(html.escape(v))}</code></td></tr>"
            for k, v in self.shown["named_values"]
        )
        heading = self.tr("Your values")  # outside the f-string, where lupdate finds it
        self.statement.setHtml(
            f"<h3>{ex['title']}</h3><p>{isolate_dns(ex['statement']).replace(chr(10), '<br>')}</p>"
            f"<h4>{heading}</h4><table>{values}</table>"
        )

    def _load_grid(self) -> None:
        lab = self.lab
        self.title.setText(
            self.tr("Class %1: pack %2, %3 student(s)")
            .replace("%1", ltr(lab.directory.name)).replace("%2", ltr(lab.pack.id))
            .replace("%3", str(len(lab.students)))
        )  # fmt: skip
        headers = [self.tr("Student"), self.tr("Name")]
        headers += [ltr(f"{e.id} ({e.points})") for e in lab.pack.exercises] + [self.tr("Total")]
        self.grid.clear()
        self.grid.setColumnCount(len(headers))
        self.grid.setHorizontalHeaderLabels(headers)
        self.grid.setRowCount(len(lab.students))
        for row, student in enumerate(lab.students):
            self.grid.setItem(row, 0, QTableWidgetItem(student.id))
            self.grid.setItem(row, 1, QTableWidgetItem(student.name))
        self.state.setText(
            self.tr("%1 student(s); press Grade").replace("%1", str(len(lab.students)))
        )

    # --- actions --------------------------------------------------------------------------------
    def check(self) -> None:
        if self.lab is None or self.student is None:
            return
        lab, sid = self.lab, self.student
        self.check_button.setEnabled(False)
        self.state.setText(self.tr("Checking…"))
        workers.start(lambda _p: labs.check(lab, sid), self._checked, self._failed)

    def _checked(self, results: list[Any]) -> None:
        self.check_button.setEnabled(True)
        self.results.clear()
        by_exercise: dict[str, bool] = {}
        for r in results:
            by_exercise[r.exercise] = by_exercise.get(r.exercise, True) and r.passed
            item = QTreeWidgetItem(
                [ltr(r.exercise), r.label, self.tr("pass") if r.passed else self.tr("FAIL"),
                 isolate_dns(r.finding), isolate_dns(r.hint)]
            )  # fmt: skip
            self.results.addTopLevelItem(item)
        for i, ex in enumerate(self.shown["exercises"]):
            row = self.exercises.topLevelItem(i)
            if row is None:
                continue
            done = by_exercise.get(ex["id"])
            row.setText(2, "" if done is None else self.tr("done") if done else self.tr("to do"))
        passed = sum(r.passed for r in results)
        self.state.setText(
            self.tr("%1 of %2 checks pass")
            .replace("%1", str(passed))
            .replace("%2", str(len(results)))
        )

    def grade(self) -> None:
        if self.lab is None:
            return
        lab = self.lab
        self.grade_button.setEnabled(False)
        self.state.setText(self.tr("Grading every student…"))
        workers.start(lambda _p: labs.grade(lab), self._graded, self._failed)

    def _graded(self, grades: Any) -> None:
        self.grade_button.setEnabled(True)
        exercises = [e for e, _ in grades.exercises]
        for row, student in enumerate(grades.students):
            for col, ex in enumerate(exercises, 2):
                self.grid.setItem(row, col, QTableWidgetItem(str(student.points.get(ex, 0))))
            total = QTableWidgetItem(str(student.total))
            if student.error:
                total.setToolTip(student.error)
            self.grid.setItem(row, len(exercises) + 2, total)
        self.state.setText(
            self.tr("%1 student(s) graded, out of %2 points")
            .replace("%1", str(len(grades.students))).replace("%2", str(grades.max_points))
        )  # fmt: skip

    def selected_student(self) -> str | None:
        if self.student is not None:
            return self.student
        rows = self.grid.selectionModel().selectedRows() if self.grid.selectionModel() else []
        if not rows:
            return None
        item = self.grid.item(rows[0].row(), 0)
        return item.text() if item else None

    def reset(self) -> None:
        sid = self.selected_student()
        if self.lab is None:
            return
        if sid is None:
            self.state.setText(self.tr("Select a student to reset."))
            return
        if not self.confirm(sid):
            return
        lab = self.lab
        self.reset_button.setEnabled(False)
        self.state.setText(self.tr("Resetting %1…").replace("%1", sid))
        workers.start(
            lambda _p: labs.reset(lab, sid), lambda _r: self._was_reset(sid), self._failed
        )

    def _was_reset(self, sid: str) -> None:
        self.reset_button.setEnabled(True)
        self.results.clear()
        if self.student is not None:
            self._load_student()
        self.state.setText(self.tr("%1 is back at the start").replace("%1", sid))

    def _ask(self, sid: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Reset"),
            self.tr("Reset %1 to the start of the lab? Their work and token keys are deleted.")
            .replace("%1", sid),
        )  # fmt: skip
        return answer == QMessageBox.StandardButton.Yes

    def _failed(self, message: str) -> None:
        for button in (self.check_button, self.grade_button, self.reset_button):
            button.setEnabled(True)
        self.state.setText(message)
