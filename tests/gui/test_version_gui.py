"""What the desktop app says about itself: version and build in About, and the headless
screenshot an install check (make dist-test) and a bug report use."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox

from idtoolkit import api


def test_about_shows_the_version_and_the_build(window) -> None:  # type: ignore[no-untyped-def]
    window.about()
    box = window.findChild(QMessageBox)
    info = api.version_info()
    assert info.version in box.informativeText()
    assert info.build in box.informativeText()
    box.close()


def test_screenshot_renders_the_main_window_of_the_default_workspace(
    qtbot, gui_ws: api.Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from gui.app import run

    out = tmp_path / "main.png"
    monkeypatch.setenv("IDTOOLKIT_WORKSPACE", str(gui_ws.directory))
    monkeypatch.setattr(sys, "argv", ["idtoolkit-gui", "--screenshot", str(out)])
    assert run() == 0
    image = QImage(str(out))
    assert image.width() >= 800 and image.height() >= 600
    assert len({image.pixel(x, 300) for x in range(0, image.width(), 10)}) > 3  # not blank


def test_screenshot_without_a_workspace_is_a_one_line_error(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    from gui.app import run

    monkeypatch.setenv("IDTOOLKIT_WORKSPACE", str(tmp_path / "nothing-here"))
    monkeypatch.setattr(sys, "argv", ["idtoolkit-gui", "--screenshot", str(tmp_path / "x.png")])
    assert run() == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("error: ") and "\n" not in err
    assert not (tmp_path / "x.png").exists()


def test_a_screenshot_whose_reads_never_land_fails_in_one_line_instead_of_hanging(
    qtbot, gui_ws: api.Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:  # type: ignore[no-untyped-def]
    """``make screenshots`` once hung for minutes; a render now gives up after a bound."""
    from gui import workers
    from gui.app import run
    from gui.main_window import MainWindow

    monkeypatch.setattr(MainWindow, "loading", property(lambda _self: True))  # never done
    monkeypatch.setattr(workers.settle, "__defaults__", (0.5,))
    monkeypatch.setenv("IDTOOLKIT_WORKSPACE", str(gui_ws.directory))
    monkeypatch.setattr(sys, "argv", ["idtoolkit-gui", "--screenshot", str(tmp_path / "x.png")])
    assert run() == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("error: MainWindow still reading after") and "\n" not in err
    assert not (tmp_path / "x.png").exists()
