"""GUI fixtures: an offscreen Qt, a SQLite workspace, the main window, and a helper that runs
a dialog's job the way a user's OK click does and waits for it."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt is imported

from collections.abc import Iterator
from pathlib import Path

import pytest

from idtoolkit import api
from tests.conftest import PASSPHRASE, TwoTier, build_two_tier

pytest.importorskip("pytestqt")


@pytest.fixture(autouse=True, scope="session")
def english(qapp):  # type: ignore[no-untyped-def]
    """The app as it starts for an English user: English plural forms ("0 certificates")."""
    from gui import language

    language.install(qapp, "en")


@pytest.fixture(autouse=True)
def collect_on_the_ui_thread(qapp):  # type: ignore[no-untyped-def]
    """The app's own UI-thread collector (:mod:`gui.collector`, installed by ``create_app``)
    while a GUI test runs: no cyclic collection frees a widget on a reader thread. What the
    test left is collected at its end, on the UI thread, and Python collects as usual again
    for the tests that follow (a non-GUI test in the same process runs no event loop)."""
    from gui import collector, workers

    collector.install(qapp)
    yield
    workers.wait_all(30_000)
    collector.collect_now()
    collector.uninstall()


@pytest.fixture
def gui_ws(tmp_path: Path) -> Iterator[api.Workspace]:
    ws = api.Workspace.init(tmp_path / "ws", PASSPHRASE)
    try:
        yield ws
    finally:
        from gui import workers

        workers.wait_all(30_000)
        ws.close()


@pytest.fixture
def gui_pki(gui_ws: api.Workspace) -> TwoTier:
    return build_two_tier(gui_ws)


@pytest.fixture
def window(qtbot, gui_ws: api.Workspace):  # type: ignore[no-untyped-def]
    from gui.main_window import MainWindow

    win = MainWindow(gui_ws)
    qtbot.addWidget(win)
    win.show()
    yield win
    from PySide6.QtCore import QCoreApplication, QEvent

    from gui import workers

    workers.wait_all(30_000)
    # The window goes now, with what its last reads and timers posted, not in the next test.
    win.close()
    win.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def run_job(qtbot, dialog, timeout: int = 60_000) -> bool:  # type: ignore[no-untyped-def]
    """Press OK and wait for the worker; True when the engine call succeeded."""
    with qtbot.waitSignal(dialog.job_finished, timeout=timeout) as blocker:
        dialog.accept()
    return bool(blocker.args[0])


def settle(qtbot, *views, timeout: int = 10_000) -> None:  # type: ignore[no-untyped-def]
    """Wait until the window or dialog has what it reads off the UI thread (the CA tree, the
    details pane, a form's choices): what a user sees a moment after clicking."""
    for view in views:
        qtbot.waitUntil(lambda view=view: not view.loading, timeout=timeout)


def show_certificate(qtbot, window, ca: str = "issuing", row: int = 0) -> None:  # type: ignore[no-untyped-def]
    """What an officer does to look at a certificate: refresh, click the CA, click the row;
    each step's reads (tree, table, details) land before the next."""
    window.refresh()
    settle(qtbot, window)
    window.select_ca(ca)
    settle(qtbot, window)
    window.certificates.table.selectRow(row)
    settle(qtbot, window)
