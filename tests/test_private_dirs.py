"""Folders that hold secrets are 0700 whatever the umask (issue 26): a backup's shares, a
ceremony's output folder (shares, backups), a test PKI (credentials and their passwords), a
lab class's trainer/ (class secret, roster of PINs), each student's folder and work/, and the
class's SoftHSM folder. Files inside were already 0600; a 0755 folder still lets anyone on the
machine list them and read the public ones beside them."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from idtoolkit.apps import labs
from idtoolkit.apps.cli.main import main
from idtoolkit.apps.testpki import build, scenario
from idtoolkit.files import make_private_dir
from tests.conftest import PASSPHRASE, TwoTier
from tests.lab_helpers import free_base_port, own_softhsm, write_roster

SHIPPED = Path(__file__).resolve().parent.parent / "ceremonies"


@pytest.fixture(autouse=True)
def open_umask() -> Iterator[None]:
    """The usual desktop umask: folders come out 0755 unless the code says otherwise."""
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def _mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


def test_make_private_dir_creates_and_tightens(tmp_path: Path) -> None:
    new = make_private_dir(tmp_path / "a" / "b")
    assert _mode(new) == 0o700
    existing = tmp_path / "c"
    existing.mkdir(mode=0o755)
    make_private_dir(existing)
    assert _mode(existing) == 0o700


def test_backup_split_out_is_private(
    sqlite_pki: TwoTier, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("IDTOOLKIT_PASSPHRASE", PASSPHRASE.decode())
    out = tmp_path / "shares"
    argv = ["ca", "backup", "split", "issuing", "--shares", "3", "--threshold", "2"]
    assert main([*argv, "--out", str(out), "-w", str(sqlite_pki.ws.directory)]) == 0
    assert _mode(out) == 0o700


def test_testpki_out_and_credentials_are_private(tmp_path: Path) -> None:
    out = tmp_path / "pki"
    build.create(out, scenario.load(None), "http://127.0.0.1:9")
    assert _mode(out) == 0o700
    assert _mode(out / "credentials") == 0o700


def test_ceremony_output_folder_is_private(tmp_path: Path) -> None:
    out = tmp_path / "rehearsal"
    result = subprocess.run(
        [sys.executable, "-m", "idtoolkit.apps.cli.main", "ceremony", "rehearse",
         str(SHIPPED / "national-root.toml"), "--out", str(out)],
        capture_output=True, text=True, timeout=300,
        env={**os.environ, "IDTOOLKIT_PASSPHRASE": PASSPHRASE.decode()},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert _mode(out) == 0o700
    assert list(out.glob("*share*"))


def test_lab_class_secret_folders_are_private(tmp_path: Path) -> None:
    with own_softhsm():
        lab = labs.create_class(
            "pki-basics", write_roster(tmp_path), tmp_path / "class", base_port=free_base_port()
        )
        root = lab.directory
        assert _mode(root / "trainer") == 0o700
        assert _mode(root / "hsm") == 0o700
        for student in ("alice", "bob"):
            assert _mode(root / "students" / student) == 0o700
            assert _mode(root / "students" / student / "work") == 0o700
