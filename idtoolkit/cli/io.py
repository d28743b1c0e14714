"""Files, secrets and output for the CLI.

Output files are written atomically (temp file + rename) and checked for writability before
any store change, so a bad ``--out`` never leaves a certificate issued but not delivered.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from idtoolkit.errors import InputError, PassphraseError
from idtoolkit.passphrase import ENV_VAR, read_passphrase_file


def check_writable(path: Path) -> None:
    parent = path.expanduser().resolve().parent
    if not parent.is_dir():
        raise InputError(f"cannot write {path}: directory {parent} does not exist")
    if not os.access(parent, os.W_OK):
        raise InputError(f"cannot write {path}: directory {parent} is not writable")
    if path.is_dir():
        raise InputError(f"cannot write {path}: it is a directory")


def write_file(path: Path, data: bytes, private: bool = False) -> None:
    """Atomic write; ``private`` files (keys, PKCS#12) are created readable by the owner only."""
    path = path.expanduser()
    check_writable(path)
    fd, tmp = tempfile.mkstemp(dir=path.resolve().parent, prefix=f".{path.name}.")
    try:
        if private:
            os.fchmod(fd, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as exc:  # a full disk, a quota: one line, and no partial file left
        Path(tmp).unlink(missing_ok=True)
        raise InputError(f"cannot write {path}: {exc.strerror or exc}") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def read_secret(
    args: argparse.Namespace, file_attr: str, env: str | None, prompt: str, confirm: bool = False
) -> bytes:
    """A secret from ``--*-file``, then the environment, then a no-echo prompt on a terminal."""
    path = getattr(args, file_attr, None)
    if path:
        return read_passphrase_file(Path(path))
    if env and os.environb.get(env.encode()):
        return os.environb[env.encode()]
    if not sys.stdin.isatty():
        where = f"set {env} or " if env else ""
        raise PassphraseError(
            f"{prompt.lower()} needed: {where}use --{file_attr.replace('_', '-')}"
        )
    first = getpass.getpass(f"{prompt}: ")
    if confirm and getpass.getpass(f"{prompt} (again): ") != first:
        raise PassphraseError("the two entries differ")
    if not first:
        raise PassphraseError(f"{prompt.lower()} is empty")
    return first.encode()


def token_pin(args: argparse.Namespace, label: str) -> bytes:
    return read_secret(args, "pin_file", "IDTOOLKIT_PIN", f"User PIN of token {label!r}")


def workspace_passphrase(args: argparse.Namespace, confirm: bool = False) -> bytes:
    return read_secret(args, "passphrase_file", ENV_VAR, "Workspace passphrase", confirm)


def _jsonable(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, bytes):
        return value.decode()
    return value


def emit(args: argparse.Namespace, data: dict[str, Any] | list[Any], text: str) -> None:
    """JSON for scripts (``--json``), readable text otherwise."""
    if getattr(args, "json", False):
        print(json.dumps(_jsonable(data), indent=2, ensure_ascii=False))
    elif text:
        print(text)


def table(rows: list[list[str]], headers: list[str]) -> str:
    if not rows:
        return "(none)"
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    return "\n".join(lines)


def parse_time(text: str) -> dt.datetime:
    try:
        value = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise InputError(
            f"{text!r} is not an ISO 8601 date/time (e.g. 2026-01-31T12:00Z)"
        ) from None
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value
