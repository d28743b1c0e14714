"""Certificate serial numbers: random, positive, shown and accepted in hex."""

from __future__ import annotations

import re

from cryptography import x509

from idtoolkit.errors import InputError

_HEX = re.compile(r"^[0-9a-f]+$")


def new_serial() -> int:
    """159 random bits from the OS CSPRNG (BR 7.1: at least 64), always positive, < 20 octets."""
    return x509.random_serial_number()


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
