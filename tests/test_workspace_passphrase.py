"""A wrong workspace passphrase given up front is said at once, by read-only commands too
(issue 25): ``ca list`` with a mistyped ``IDTOOLKIT_PASSPHRASE`` used to pass, leaving the
mistake for the first signature. Workspaces whose store has no passphrase verifier keep
working: checked against a software CA key when there is one, else accepted."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from idtoolkit.apps.cli.main import main
from tests.conftest import PASSPHRASE

WRONG = "not the passphrase of this workspace"


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("IDTOOLKIT_PASSPHRASE", PASSPHRASE.decode())
    directory = tmp_path / "ws"
    assert main(["init", "-w", str(directory)]) == 0
    return directory


def _list_cas(
    workspace: Path, capsys: pytest.CaptureFixture[str], *extra: str
) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["ca", "list", "-w", str(workspace), *extra])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _create_root(workspace: Path) -> None:
    subject = "CN=Passphrase Root,O=T,C=SN"
    command = ["ca", "create-root", "root", "--subject", subject, "--key", "ec-p256"]
    assert main([*command, "-w", str(workspace)]) == 0


def _drop_verifier(workspace: Path) -> None:
    """A store as a tool that skipped the verifier would have left it."""
    with sqlite3.connect(workspace / "idtoolkit.db") as db:
        db.execute("DELETE FROM settings WHERE key = 'passphrase_verifier'")


def test_a_wrong_passphrase_in_the_environment_stops_a_listing(
    workspace: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("IDTOOLKIT_PASSPHRASE", WRONG)
    code, out, err = _list_cas(workspace, capsys)
    assert code == 1
    assert err.strip() == "error: wrong workspace passphrase"
    assert out == ""


def test_a_wrong_passphrase_file_stops_a_listing(
    workspace: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.delenv("IDTOOLKIT_PASSPHRASE")
    secret = tmp_path / "passphrase.txt"
    secret.write_text(WRONG + "\n")
    code, _, err = _list_cas(workspace, capsys, "--passphrase-file", str(secret))
    assert code == 1
    assert "wrong workspace passphrase" in err
    secret.write_text(PASSPHRASE.decode() + "\n")
    assert _list_cas(workspace, capsys, "--passphrase-file", str(secret))[0] == 0


def test_the_right_passphrase_or_none_given_lists(
    workspace: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _create_root(workspace)
    code, out, _ = _list_cas(workspace, capsys)
    assert code == 0 and "root" in out
    monkeypatch.delenv("IDTOOLKIT_PASSPHRASE")  # a listing needs no passphrase at all
    code, out, _ = _list_cas(workspace, capsys)
    assert code == 0 and "root" in out


def test_a_store_without_verifier_is_checked_against_its_ca_key(
    workspace: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _create_root(workspace)
    _drop_verifier(workspace)
    assert _list_cas(workspace, capsys)[0] == 0
    monkeypatch.setenv("IDTOOLKIT_PASSPHRASE", WRONG)
    code, _, err = _list_cas(workspace, capsys)
    assert code == 1
    assert err.strip() == "error: wrong workspace passphrase"


def test_a_store_without_verifier_or_key_is_accepted(
    workspace: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _drop_verifier(workspace)
    monkeypatch.setenv("IDTOOLKIT_PASSPHRASE", WRONG)
    code, out, _ = _list_cas(workspace, capsys)
    assert code == 0
    assert "0 CAs" in out
