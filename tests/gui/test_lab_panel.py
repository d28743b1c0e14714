"""The Lab panel, driven like a student (Check, Reset on their own workspace) and a trainer
(Grade on the class folder), with real Qt widgets offscreen and a real class."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from idtoolkit import api
from idtoolkit.apps import labs
from tests.lab_helpers import free_base_port, own_softhsm, write_roster


@pytest.fixture(scope="module")
def lab(tmp_path_factory: pytest.TempPathFactory) -> Iterator[labs.LabClass]:
    tmp = tmp_path_factory.mktemp("labgui")
    with own_softhsm():
        yield labs.create_class(
            "pki-basics", write_roster(tmp), tmp / "class", base_port=free_base_port()
        )


def _results(panel) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    tree = panel.results
    return [
        (tree.topLevelItem(i).text(0), tree.topLevelItem(i).text(2), tree.topLevelItem(i).text(4))
        for i in range(tree.topLevelItemCount())
    ]


def test_student_checks_and_resets_from_their_workspace(qtbot, lab: labs.LabClass) -> None:  # type: ignore[no-untyped-def]
    from gui.main_window import MainWindow

    with own_softhsm():
        ws = api.Workspace.open(lab.student_dir("bob") / "workspace")
        ws.unlock(lab.secrets("bob").passphrase.encode())
        window = MainWindow(ws)
        qtbot.addWidget(window)
        panel = window.lab_panel
        assert window.tabs.currentWidget() is panel
        assert panel.check_button.isVisible() or not window.isVisible()
        assert panel.exercises.topLevelItemCount() == 5
        assert "Bérénice Ba" in panel.title.text()

        qtbot.mouseClick(panel.check_button, qtbot_button())
        qtbot.waitUntil(lambda: panel.results.topLevelItemCount() == 8, timeout=60_000)
        rows = _results(panel)
        assert rows[0][1] == "FAIL" and rows[0][2].startswith("Créez 'root'")
        assert panel.exercises.topLevelItem(0).text(2) == "to do"

        labs.solve(lab, "bob", "hierarchy")
        panel.results.clear()
        qtbot.mouseClick(panel.check_button, qtbot_button())
        qtbot.waitUntil(lambda: panel.results.topLevelItemCount() == 8, timeout=60_000)
        assert _results(panel)[0][1] == "pass"
        assert panel.exercises.topLevelItem(0).text(2) == "done"

        asked: list[str] = []
        panel.confirm = lambda sid: asked.append(sid) or True
        qtbot.mouseClick(panel.reset_button, qtbot_button())
        qtbot.waitUntil(lambda: "start" in panel.state.text(), timeout=60_000)
        assert asked == ["bob"]
        assert not labs.check(lab, "bob", "hierarchy")[0].passed
        window.close()


def test_trainer_grid_grades_every_student(qtbot, lab: labs.LabClass) -> None:  # type: ignore[no-untyped-def]
    from gui.views.lab_panel import LabPanel

    with own_softhsm():
        if not labs.check(lab, "alice", "hierarchy")[0].passed:
            labs.solve(lab, "alice")
        panel = LabPanel()
        qtbot.addWidget(panel)
        assert panel.open_path(Path(lab.directory))
        assert not panel.check_button.isVisibleTo(panel) and panel.grade_button.isVisibleTo(panel)
        assert panel.grid.rowCount() == 2
        qtbot.mouseClick(panel.grade_button, qtbot_button())
        qtbot.waitUntil(lambda: panel.grid.item(0, 7) is not None, timeout=120_000)
        assert panel.grid.item(0, 7).text() == "11"
        assert panel.grid.item(1, 7).text() == "0"  # idle: no audit point (issue 25)
        assert "2 student(s) graded" in panel.state.text()


def qtbot_button():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton
