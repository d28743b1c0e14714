"""``--out`` onto a device, a pipe or ``-`` streams into it; it never replaces it.

A root officer's ``idtoolkit crl --out /dev/null`` (to test a command without keeping the
file) once turned the machine's /dev/null into a regular file: the output was written to a
temporary file and renamed over the target. Streams are written into; a directory or another
special file is refused in one line, before anything is signed. The device here is a private
copy of /dev/null's node (root can make one), so a regression cannot damage the machine's.
"""

from __future__ import annotations

import os
import socket
import stat
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509

from idtoolkit.api import Workspace
from idtoolkit.errors import InputError
from idtoolkit.files import write_atomic, write_atomic_many
from tests.conftest import build_two_tier

CLI = [sys.executable, "-m", "idtoolkit.apps.cli.main"]
PASSPHRASE = "output targets passphrase 51c2"


@pytest.fixture
def workspace_dir(tmp_path: Path) -> Iterator[Path]:
    directory = tmp_path / "ws"
    ws = Workspace.init(directory, PASSPHRASE.encode())
    build_two_tier(ws)
    ws.close()
    yield directory


def run(workspace_dir: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("IDTOOLKIT_")}
    env["IDTOOLKIT_PASSPHRASE"] = PASSPHRASE
    return subprocess.run(
        [*CLI, "--workspace", str(workspace_dir), *args],
        capture_output=True,
        env=env,
        cwd=workspace_dir.parent,  # where a stray file named '-' would land
        timeout=120,
        check=False,
    )


@pytest.fixture
def null_device(tmp_path: Path) -> Path:
    """A character device node like /dev/null (major 1, minor 3), private to this test."""
    node = tmp_path / "null"
    os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    return node


@pytest.mark.parametrize(
    "command",
    [("crl", "--ca", "issuing"), ("ca", "export", "root"), ("ca", "export", "issuing", "--chain")],
)
def test_a_character_device_is_written_into_not_replaced(
    workspace_dir: Path, null_device: Path, command: tuple[str, ...]
) -> None:
    result = run(workspace_dir, *command, "--out", str(null_device))
    assert result.returncode == 0, result.stderr
    assert stat.S_ISCHR(null_device.stat().st_mode), "the device was replaced by a file"


def test_a_named_pipe_receives_the_crl_and_stays_a_pipe(
    workspace_dir: Path, tmp_path: Path
) -> None:
    fifo = tmp_path / "crl.pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    result = run(workspace_dir, "crl", "--ca", "issuing", "--format", "der", "--out", str(fifo))
    reader.join(timeout=60)
    assert result.returncode == 0, result.stderr
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert x509.load_der_x509_crl(received[0]).issuer.rfc4514_string().startswith("CN=Test Issuing")


def test_dash_streams_to_standard_output_and_the_summary_to_standard_error(
    workspace_dir: Path,
) -> None:
    result = run(workspace_dir, "ca", "export", "root", "--out", "-")
    assert result.returncode == 0, result.stderr
    cert = x509.load_pem_x509_certificate(result.stdout)
    assert cert.subject.rfc4514_string() == "CN=Test Root CA,O=ID Toolkit Tests,C=SN"
    assert not (workspace_dir.parent / "-").exists()


def test_a_directory_is_refused_in_one_line_before_anything_is_signed(
    workspace_dir: Path, tmp_path: Path
) -> None:
    target = tmp_path / "folder"
    target.mkdir()
    published_before = run(workspace_dir, "audit", "export").stdout.count(b"crl.published")
    result = run(workspace_dir, "crl", "--ca", "issuing", "--out", str(target))
    assert result.returncode == 1
    assert result.stderr.decode().strip() == f"error: cannot write {target}: it is a directory"
    assert run(workspace_dir, "audit", "export").stdout.count(b"crl.published") == published_before
    assert (
        run(workspace_dir, "crl", "--ca", "issuing", "--out", str(target / "x.crl")).returncode == 0
    )
    assert (
        run(workspace_dir, "audit", "export").stdout.count(b"crl.published") == published_before + 1
    )


def test_a_socket_is_refused_as_a_special_file(workspace_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "s.sock"
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(path))
        result = run(workspace_dir, "ca", "export", "root", "--out", str(path))
    assert result.returncode == 1
    line = result.stderr.decode().strip()
    assert line.startswith(f"error: cannot write {path}: it is a special file"), line
    assert stat.S_ISSOCK(path.stat().st_mode)


def test_a_regular_file_is_still_replaced_whole_with_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "out.pem"
    target.write_bytes(b"old")
    write_atomic(target, b"new", secret=True)
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    with pytest.raises(InputError) as err:
        write_atomic(tmp_path, b"x", secret=False)
    assert err.value.kind == "file.is_a_directory"


@pytest.mark.parametrize("secret", [False, True])
def test_a_bulk_batch_s_files_land_whole_with_their_mode_and_nothing_else(
    tmp_path: Path, null_device: Path, secret: bool
) -> None:
    """A bulk job writes its batch's files through one open folder: each new or replaced
    file whole, 0644 or 0600 whatever the umask, no temporary file left; a device there is
    written into, a folder refused, as for any other output."""
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "b.pem").write_bytes(b"old")
    os.symlink(null_device, folder / "null.pem")
    files = [("a.pem", b"A" * 5000), ("b.pem", b"new"), ("null.pem", b"to the device")]
    old_umask = os.umask(0o077 if not secret else 0o022)
    try:
        write_atomic_many(folder, files, secret=secret)
    finally:
        os.umask(old_umask)
    assert sorted(p.name for p in folder.iterdir()) == ["a.pem", "b.pem", "null.pem"]
    assert (folder / "a.pem").read_bytes() == b"A" * 5000
    assert (folder / "b.pem").read_bytes() == b"new"
    for name in ("a.pem", "b.pem"):
        assert stat.S_IMODE((folder / name).stat().st_mode) == (0o600 if secret else 0o644)
    assert stat.S_ISCHR(null_device.stat().st_mode), "the device was replaced by a file"
    (folder / "sub").mkdir()
    with pytest.raises(InputError) as err:
        write_atomic_many(folder, [("c.pem", b"c"), ("sub", b"x")], secret=secret)
    assert err.value.kind == "file.is_a_directory"
    assert (folder / "c.pem").read_bytes() == b"c"
    assert not [p for p in folder.iterdir() if p.name.startswith(".")]
