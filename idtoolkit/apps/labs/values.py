"""Per-student values: derived from the class secret and the student id, so each student's
answers differ from a neighbour's and the trainer can recompute them at any time."""

from __future__ import annotations

import hashlib
import hmac
import string
from typing import Any

from idtoolkit.errors import InputError


def token_label(student: str, role: str) -> str:
    return f"{student}-{role}"


def student_values(
    secret: bytes, student: str, name: str, port: int, tokens: tuple[str, ...]
) -> dict[str, str]:
    digest = hmac.new(secret, student.encode("utf-8"), hashlib.sha256).hexdigest()
    values = {
        "student": student,
        "name": name,
        "seed4": digest[:4],
        "seed6": digest[4:10],
        "num2": str(10 + int(digest[10:14], 16) % 90),
        "port": str(port),
        "base": f"http://127.0.0.1:{port}",
        # where the student's ACME client answers http-01 (certbot standalone): a high port
        # of its own beside the services' port
        "acme_port": str(port + 1000 if port + 1000 <= 65535 else port - 1000),
        "token": token_label(student, tokens[0]),
    }
    for role in tokens:
        values[f"token_{role}"] = token_label(student, role)
    return values


def render(value: Any, values: dict[str, str]) -> Any:
    """Fill placeholders in a string or in each string of a list; other values pass through."""
    if isinstance(value, list):
        return [render(v, values) for v in value]
    if not isinstance(value, str):
        return value
    try:
        return string.Formatter().vformat(value, (), values)
    except (KeyError, IndexError, ValueError) as exc:
        raise InputError(
            "lab.cannot_fill_value", "cannot fill {text!r}: {exc}", text=value, exc=exc
        ) from None
