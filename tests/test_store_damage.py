"""A workspace whose ``idtoolkit.db`` is garbage, damaged, or some other program's database:
every command says so in one line, exit 1, instead of SQLAlchemy's multi-line message and an
internal error (issue 26)."""

from __future__ import annotations

import contextlib
import io
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from idtoolkit import api
from idtoolkit.apps.cli.main import main
from idtoolkit.workspace import Workspace
from tests.conftest import PASSPHRASE


def _garbage(db: Path, good: bytes) -> None:
    db.write_bytes(os.urandom(4096))


def _damaged_pages(db: Path, good: bytes) -> None:
    db.write_bytes(good[:4096] + os.urandom(max(len(good) - 4096, 65536)))


def _text(db: Path, good: bytes) -> None:
    db.write_text("name,id\nAna,1\n")


def _foreign_schema(db: Path, good: bytes) -> None:
    db.unlink()
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
    conn.execute("INSERT INTO alembic_version VALUES ('not-one-of-ours')")
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    "spoil", [_garbage, _damaged_pages, _text, _foreign_schema], ids=lambda f: f.__name__[1:]
)
@pytest.mark.parametrize("command", [["ca", "list"], ["audit", "verify"], ["cert", "list"]])
def test_a_command_on_a_spoilt_database_is_one_line(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    spoil: Callable[[Path, bytes], None],
    command: list[str],
) -> None:
    ws = Workspace.init(tmp_path / "ws", PASSPHRASE)
    api.create_root(ws, "root", "CN=Root,O=Gov,C=SN", "ec-p256")
    ws.close()
    db = tmp_path / "ws" / "idtoolkit.db"
    for extra in (db.with_name("idtoolkit.db-wal"), db.with_name("idtoolkit.db-shm")):
        extra.unlink(missing_ok=True)
    spoil(db, db.read_bytes())
    monkeypatch.setenv("IDTOOLKIT_PASSPHRASE", PASSPHRASE.decode())
    err = io.StringIO()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
        code = main([*command, "-w", str(tmp_path / "ws")])
    text = err.getvalue()
    assert code == 1, text
    assert "this is not an ID Toolkit database (or it is damaged)" in text, text
    assert len(text.strip().splitlines()) == 1 and "internal error" not in text, text
