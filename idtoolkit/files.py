"""Writing output files with the modes people rely on, all or nothing.

Public outputs (certificates, chains, CRLs, CSRs) are 0644 so a web server can publish them;
secrets (keys, PKCS#12, PIN letters, password files) are 0600. The mode is set explicitly,
not left to the umask or to ``mkstemp`` (which would make every file 0600). The CLI, the
desktop app and the demo all write through here, so they agree.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

PUBLIC_MODE = 0o644
SECRET_MODE = 0o600


def write_atomic(path: Path, data: bytes, *, secret: bool, sync: bool = True) -> None:
    """Write ``data`` to a temporary file beside ``path`` and rename it into place: a reader
    never sees half a file, and a failure leaves the old file (or none)."""
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
