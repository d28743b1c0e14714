"""The workspace passphrase: a verifier in the store, and where a passphrase comes from.

The verifier (scrypt) lets us say "wrong passphrase" before touching any key, and stops a
second operator from encrypting new keys under a different passphrase by mistake.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from pathlib import Path

from idtoolkit.errors import InputError, PassphraseError
from idtoolkit.sentence_parts import os_reason

ENV_VAR = "IDTOOLKIT_PASSPHRASE"
_N, _R, _P = 2**15, 8, 1
#: scrypt cost for a passphrase the toolkit generated (>= 96 random bits, see Workspace.init):
#: guessing it is hopeless at any cost, so the slow setting would only slow every unlock.
GENERATED_N = 2**12
#: One rule for a new workspace passphrase in the CLI and the desktop app (which imports it).
MIN_LENGTH = 12


def check_new_passphrase(passphrase: bytes) -> None:
    """A new workspace passphrase: at least MIN_LENGTH characters (not bytes: the desktop
    app counts what the user typed)."""
    if len(passphrase.decode("utf-8", "replace")) < MIN_LENGTH:
        raise PassphraseError(
            "passphrase.too_short",
            "the workspace passphrase must have at least {min_length} characters",
            min_length=MIN_LENGTH,
        )


def make_verifier(passphrase: bytes, n: int | None = None) -> str:
    """The scrypt verifier (cost ``n``, default 2^15); its parameters are stored with it, so
    ``check_verifier`` reads any cost."""
    check_new_passphrase(passphrase)
    n = n or _N
    salt = os.urandom(16)
    digest = hashlib.scrypt(
        passphrase, salt=salt, n=n, r=_R, p=_P, maxmem=64 * 1024 * 1024, dklen=32
    )
    return f"scrypt${n}${_R}${_P}${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"


def check_verifier(verifier: str, passphrase: bytes) -> None:
    try:
        scheme, n, r, p, salt_b64, digest_b64 = verifier.split("$")
        assert scheme == "scrypt"
        salt, expected = base64.b64decode(salt_b64), base64.b64decode(digest_b64)
        actual = hashlib.scrypt(
            passphrase,
            salt=salt,
            n=int(n),
            r=int(r),
            p=int(p),
            maxmem=64 * 1024 * 1024,
            dklen=len(expected),
        )
    except (ValueError, AssertionError):
        raise PassphraseError(
            "passphrase.verifier_damaged",
            "the workspace's passphrase verifier is damaged",
        ) from None
    if not hmac.compare_digest(actual, expected):
        raise PassphraseError("passphrase.wrong", "wrong workspace passphrase")


def read_passphrase_file(path: Path, what: str = "passphrase file") -> bytes:
    """First line of the file, without its line ending (so `echo secret > file` works).
    ``what`` names the file in errors (a PIN file is not a passphrase file)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(
            "passphrase.unreadable",
            "cannot read {what} {path}: {strerror}",
            what=what,
            path=path,
            strerror=os_reason(exc),
        ) from None
    line = data.splitlines()[0] if data else b""
    if not line:
        raise InputError("passphrase.file_empty", "{what} {path} is empty", what=what, path=path)
    return line
