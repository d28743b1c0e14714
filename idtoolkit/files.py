"""Writing output files with the modes people rely on, all or nothing.

Public outputs (certificates, chains, CRLs, CSRs) are 0644 so a web server can publish them;
secrets (keys, PKCS#12, PIN letters, password files) are 0600. The mode is set explicitly,
not left to the umask or to ``mkstemp`` (which would make every file 0600). The CLI, the
desktop app and the demo all write through here, so they agree.

An output may also be a stream: ``-`` (standard output), a character device (``/dev/null``, a
serial line, a tape) or a named pipe. Those are written into, never renamed over: a temporary
file renamed onto ``/dev/null`` replaced the device with a regular file for every program on
the machine. A directory or another special file (block device, socket) is refused.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

from idtoolkit.errors import InputError

PUBLIC_MODE = 0o644
SECRET_MODE = 0o600
PRIVATE_DIR_MODE = 0o700
#: The output path that means standard output.
STDOUT = "-"


def is_stream(path: Path) -> bool:
    """Whether writing to ``path`` streams into it (``-``, a character device, a named pipe)
    rather than replacing a regular file."""
    if str(path) == STDOUT:
        return True
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return stat.S_ISCHR(mode) or stat.S_ISFIFO(mode)


def check_output_target(path: Path) -> None:
    """Refuse, before anything is done, an output that is neither a regular file (new or
    existing) nor a stream: a directory, a block device, a socket."""
    if is_stream(path):
        return
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return  # a new file; its folder is checked when it is written
    if stat.S_ISDIR(mode):
        raise InputError(
            "file.is_a_directory", "cannot write {path}: it is a directory", path=str(path)
        )
    if not stat.S_ISREG(mode):
        raise InputError(
            "file.special_file",
            "cannot write {path}: it is a special file (neither a regular file, a character "
            "device nor a pipe)",
            path=str(path),
        )


def _stream(path: Path, data: bytes) -> None:
    if str(path) == STDOUT:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    with open(path, "wb", buffering=0) as handle:  # no O_CREAT race: it exists and is a stream
        view = memoryview(data)
        while view:
            view = view[handle.write(view) or 0 :]


def write_atomic(path: Path, data: bytes, *, secret: bool, sync: bool = True) -> None:
    """Write ``data`` to a temporary file beside ``path`` and rename it into place: a reader
    never sees half a file, and a failure leaves the old file (or none). A stream (``-``, a
    character device, a pipe) is written into instead; a directory or another special file is
    refused (see the module's docstring)."""
    check_output_target(path)
    if is_stream(path):
        _stream(path, data)
        return
    fd, tmp = tempfile.mkstemp(dir=path.resolve().parent, prefix=f".{path.name}.")
    try:
        os.fchmod(fd, SECRET_MODE if secret else PUBLIC_MODE)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            if sync:
                os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_atomic_many(directory: Path, files: Iterable[tuple[str, bytes]], *, secret: bool) -> None:
    """:func:`write_atomic` (without its fsync) for many files of one folder, given by name:
    each written to a temporary file beside it and renamed into place.

    Why: a bulk job writes a thousand files a batch and flushes them at once. Per file,
    :func:`write_atomic` resolves the folder's path, makes a temporary name in Python and
    stats the target twice (~0.1 ms a file); here the folder is opened once and a file is an
    open, fchmod, write, close and rename relative to it (~0.04 ms). A name that is there and
    is not a regular file (a pipe, a device, a folder) goes through :func:`write_atomic`,
    which streams into it or refuses it, as for any other output."""
    mode = SECRET_MODE if secret else PUBLIC_MODE
    if os.open not in os.supports_dir_fd or os.rename not in os.supports_dir_fd:
        for name, data in files:
            write_atomic(directory / name, data, secret=secret, sync=False)
        return
    token = os.urandom(4).hex()
    folder = os.open(directory, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    try:
        for name, data in files:
            if "/" in name or name in ("", ".", ".."):
                raise ValueError(f"not a file name: {name!r}")
            try:
                existing: int | None = os.stat(name, dir_fd=folder).st_mode
            except FileNotFoundError:
                existing = None
            if existing is not None and not stat.S_ISREG(existing):
                write_atomic(directory / name, data, secret=secret, sync=False)
                continue
            temporary = f".{name}.{token}"
            fd = os.open(
                temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, mode, dir_fd=folder
            )
            try:
                try:
                    os.fchmod(fd, mode)  # the mode asked for, whatever the umask
                    view = memoryview(data)
                    while view:
                        view = view[os.write(fd, view) :]
                finally:
                    os.close(fd)
                os.rename(temporary, name, src_dir_fd=folder, dst_dir_fd=folder)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(temporary, dir_fd=folder)
                raise
    finally:
        os.close(folder)


def write_new(path: Path, data: bytes, *, secret: bool, sync: bool = False) -> None:
    """Create ``path`` and write ``data``; raise FileExistsError when it is already there.
    For outputs that must never replace an earlier one (ceremony outputs, backup shares, a
    test PKI's credentials): the caller says, in its own words, why it refuses."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, SECRET_MODE)
    with os.fdopen(fd, "wb") as handle:
        os.fchmod(handle.fileno(), SECRET_MODE if secret else PUBLIC_MODE)
        handle.write(data)
        if sync:
            handle.flush()
            os.fsync(handle.fileno())


def write_public(path: Path, data: bytes) -> None:
    write_atomic(path, data, secret=False)


def write_secret(path: Path, data: bytes) -> None:
    write_atomic(path, data, secret=True)


def make_private_dir(path: Path, *, parents: bool = True, exist_ok: bool = True) -> Path:
    """Create (or tighten) a folder that holds secrets: 0700, so nobody else on the machine can
    list it, whatever the umask. A folder that exists already and belongs to this user is
    tightened too (it is about to receive secrets); one of another user is left alone (its
    owner decides). Raises FileExistsError like ``mkdir`` when ``exist_ok`` is false."""
    path.mkdir(mode=PRIVATE_DIR_MODE, parents=parents, exist_ok=exist_ok)
    info = path.stat()
    if info.st_mode & 0o777 != PRIVATE_DIR_MODE and info.st_uid == os.geteuid():
        os.chmod(path, PRIVATE_DIR_MODE)
    return path
