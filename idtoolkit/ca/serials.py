"""Certificate serial numbers: random, positive, shown and accepted in hex."""

from __future__ import annotations

import os
import re

from idtoolkit.errors import InputError

_HEX = re.compile(r"^[0-9a-f]+$")


#: Serials drawn from the OS CSPRNG, not yet handed out: one ``os.urandom`` call for 256 of
#: them (cryptography's ``random_serial_number`` makes one system call each: 3% of a bulk
#: job's signing process). A forked child starts with none, so two processes never share one.
_DRAWN: list[int] = []
_DRAW = 256
os.register_at_fork(after_in_child=_DRAWN.clear)


def new_serial() -> int:
    """159 random bits from the OS CSPRNG (BR 7.1: at least 64), always positive, < 20 octets:
    what ``x509.random_serial_number()`` returns, drawn 256 at a time."""
    try:
        return _DRAWN.pop()
    except IndexError:
        raw = os.urandom(20 * _DRAW)
        _DRAWN.extend(int.from_bytes(raw[i : i + 20], "big") >> 1 for i in range(0, len(raw), 20))
        return _DRAWN.pop()


def serial_to_hex(serial: int) -> str:
    text = format(serial, "x")
    return text if len(text) % 2 == 0 else "0" + text


def parse_serial(text: str) -> str:
    """Normalise user input (``0x1A2B``, ``1a:2b``, ``1A 2B``) to our stored hex form."""
    cleaned = text.strip().lower().removeprefix("0x").replace(":", "").replace(" ", "")
    if not cleaned or not _HEX.match(cleaned):
        raise InputError(
            "cert.serial_not_hex",
            "serial {text!r} is not a hexadecimal number",
            text=text,
        )
    return serial_to_hex(int(cleaned, 16))
