"""``serve --detach``: scripts and the README's flows start the services and go on at once,
with no ``sleep``; a start that fails says why, exit 1, where the person who started it sees."""

from __future__ import annotations

import os
import signal
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from idtoolkit import api
from idtoolkit.api import services
from idtoolkit.workspace import Workspace

from .conftest import PASSPHRASE
from .test_sign_verify import _free_port, run


def _status(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=5) as answer:
            return int(answer.status)
    except urllib.error.HTTPError as exc:
        return exc.code


def _stopped(pid: int) -> bool:
    """Whether the process has exited (here it is this test's own child: reap it)."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            if os.waitpid(pid, os.WNOHANG)[0] == pid:
                return True
        except ChildProcessError:  # already reaped
            return True
        time.sleep(0.1)
    return False


def test_detach_returns_once_serving_and_a_second_one_on_the_port_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    port = _free_port()
    ws_dir = tmp_path / "ws"
    with Workspace.init(ws_dir, PASSPHRASE, base_url=f"http://127.0.0.1:{port}") as ws:
        api.create_root(ws, "root", "CN=Detached Root,O=Lab,C=SN", "ec-p256")
    passphrase = tmp_path / "passphrase.txt"
    passphrase.write_bytes(PASSPHRASE + b"\n")
    passphrase.chmod(0o600)
    monkeypatch.delenv("IDTOOLKIT_PASSPHRASE", raising=False)
    common = ["--workspace", str(ws_dir), "--passphrase-file", str(passphrase)]
    pid_file = tmp_path / "serve.pid"
    code, out, err = run(*common, "serve", "--port", str(port), "--detach",
                         "--pid-file", str(pid_file))  # fmt: skip
    assert code == 0, err
    pid = int(pid_file.read_text())
    try:
        assert f"CRL  root: http://127.0.0.1:{port}/crl/root.crl" in out
        assert f"kill {pid}" in out
        # Ready means ready: the very next request is answered, no sleep.
        assert _status(f"http://127.0.0.1:{port}/crl/root.crl") == 200
        code, out, err = run(*common, "serve", "--port", str(port), "--detach")
        assert code == 1 and not out
        assert err.strip().splitlines() == [
            f"error: the service did not start: cannot listen on 127.0.0.1:{port}: "
            "Address already in use"
        ]
    finally:
        os.kill(pid, signal.SIGTERM)
    assert _stopped(pid)
    with pytest.raises(urllib.error.URLError):  # its workers are gone with it
        urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5)
    assert (ws_dir / "serve.log").stat().st_mode & 0o777 == 0o600


def test_detach_without_a_passphrase_says_what_is_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Workspace.init(tmp_path / "ws", PASSPHRASE) as ws:
        api.create_root(ws, "root", "CN=Locked Root,O=Lab,C=SN", "ec-p256")
    monkeypatch.delenv("IDTOOLKIT_PASSPHRASE", raising=False)
    code, _out, err = run("--workspace", str(tmp_path / "ws"), "serve", "--detach",
                          "--port", str(_free_port()))  # fmt: skip
    assert code == 1
    assert "did not start" in err and "passphrase needed" in err
    assert len(err.strip().splitlines()) == 1


def test_log_and_pid_file_go_with_detach(tmp_path: Path) -> None:
    code, _out, err = run("--workspace", str(tmp_path), "serve", "--pid-file", "x.pid")
    assert code == 1 and "go with --detach" in err


@pytest.mark.parametrize("port", ["0", "99999", "-1"])
def test_a_port_out_of_range_is_refused_not_wrapped(tmp_path: Path, port: str) -> None:
    code, _out, err = run("--workspace", str(tmp_path), "serve", "--detach", "--port", port)
    assert code == 1
    assert err.strip() == f"error: --port must be between 1 and 65535, not {port}"


def test_the_apps_background_services_get_the_token_pin_asked_in_the_app(
    tmp_path: Path, token: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The desktop app's local services: a CA key on a token is used with the PIN the app's own
    prompt gave (handed over privately), not one from the environment."""
    from .conftest import TOKEN_USER_PIN

    port = _free_port()
    ws = Workspace.init(tmp_path / "ws", PASSPHRASE, base_url=f"http://127.0.0.1:{port}")
    try:
        api.create_root(ws, "root", "CN=Token Root,O=Lab,C=SN", "ec-p256",
                        key_store=f"pkcs11:token={token}")  # fmt: skip
        monkeypatch.delenv("IDTOOLKIT_PIN")
        asked: list[str] = []
        ws.set_pin_provider(lambda label: asked.append(label) or TOKEN_USER_PIN.encode())
        ws.keys.forget()
        ws.unlock(PASSPHRASE)
        started = services.serve_in_background(ws)
        try:
            assert asked == [token]
            assert _status(f"http://127.0.0.1:{port}/crl/root.crl") == 200
        finally:
            services.stop_detached(started.pid)
        assert _stopped(started.pid)
    finally:
        ws.close()
