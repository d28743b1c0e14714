"""Tools → Run local services: the open workspace's OCSP, CRLs and TSA served while the app
runs, stopped from the menu or with the window; a start that fails says why."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from idtoolkit import api
from tests.conftest import PASSPHRASE
from tests.test_serve_detach import _status
from tests.test_sign_verify import _free_port


@pytest.fixture
def served_ws(tmp_path: Path):  # type: ignore[no-untyped-def]
    port = _free_port()
    ws = api.Workspace.init(tmp_path / "ws", PASSPHRASE, base_url=f"http://127.0.0.1:{port}")
    api.create_root(ws, "root", "CN=Desk Root,O=Lab,C=SN", "ec-p256")
    yield ws, port
    ws.close()


def test_the_services_run_from_the_tools_menu_and_stop_with_the_window(qtbot, served_ws) -> None:  # type: ignore[no-untyped-def]
    from gui.main_window import MainWindow

    ws, port = served_ws
    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.show()
    services = window.services
    assert services.action.isEnabled() and not services.action.isChecked()
    services.action.trigger()
    qtbot.waitUntil(
        lambda: services.running is not None and services.worker is None, timeout=60_000
    )
    assert services.action.isChecked()
    assert str(services.running.pid) in services.label.text()
    assert f"http://127.0.0.1:{port}/crl/root.crl" in services.label.toolTip()
    assert _status(f"http://127.0.0.1:{port}/crl/root.crl") == 200
    services.action.trigger()  # unchecked: stopped
    assert services.running is None and not services.label.text()
    qtbot.waitUntil(lambda: _refused(port), timeout=10_000)
    services.action.trigger()
    qtbot.waitUntil(
        lambda: services.running is not None and services.worker is None, timeout=60_000
    )
    window.close()  # the services go with the window
    qtbot.waitUntil(lambda: _refused(port), timeout=10_000)


def test_a_port_in_use_is_reported_and_the_action_unchecked(
    qtbot, served_ws, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from gui import local_services
    from gui.main_window import MainWindow

    shown: list[str] = []
    monkeypatch.setattr(local_services, "show_error", lambda _parent, text: shown.append(text))
    ws, port = served_ws
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", port))
        taken.listen()
        window = MainWindow(ws)
        qtbot.addWidget(window)
        window.services.action.trigger()
        qtbot.waitUntil(lambda: bool(shown), timeout=60_000)
    assert "did not start" in shown[0] and "in use" in shown[0]
    assert window.services.running is None and not window.services.action.isChecked()


def _refused(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            return False
    except OSError:
        return True


def test_services_started_for_a_workspace_left_meanwhile_are_stopped(
    qtbot, served_ws, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from gui.main_window import MainWindow

    ws, port = served_ws
    window = MainWindow(ws)
    qtbot.addWidget(window)
    services = window.services
    services.action.trigger()
    other = api.Workspace.init(tmp_path / "other", PASSPHRASE)
    window.set_workspace(other)  # before the first workspace's services answered
    qtbot.waitUntil(lambda: services.worker is None, timeout=60_000)
    assert services.running is None and not services.action.isChecked()
    assert services.action.isEnabled()
    qtbot.waitUntil(lambda: _refused(port), timeout=10_000)
