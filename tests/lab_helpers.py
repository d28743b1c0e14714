"""Shared by the lab tests: small classes (2 students), free ports, and putting the test
session's own SoftHSM environment back once a class has bound its own."""

from __future__ import annotations

import contextlib
import os
import random
import socket
from collections.abc import Iterator
from pathlib import Path

ROSTER = "id,name,lang\nalice,Alice Adeyemi,en\nbob,Bérénice Ba,fr\n"


def write_roster(folder: Path, text: str = ROSTER) -> Path:
    path = folder / "roster.csv"
    path.write_text(text, encoding="utf-8")
    return path


def _free(port: int) -> bool:
    with socket.socket() as probe:
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def free_base_port(count: int = 3) -> int:
    """A base port whose next ``count`` ports are free now (tests run beside other suites)."""
    for _ in range(200):
        base = random.randrange(20000, 60000)
        if all(_free(base + n) for n in range(1, count + 1)):
            return base
    raise RuntimeError("no free port range")


@contextlib.contextmanager
def own_softhsm() -> Iterator[None]:
    """Labs point this process at the class's SoftHSM environment; afterwards, point it back
    at the session's so later token tests find their tokens."""
    saved = os.environ.get("SOFTHSM2_CONF")
    try:
        yield
    finally:
        from idtoolkit.apps.labs.hsmenv import bind_softhsm_conf, refresh_module

        if saved is None:
            os.environ.pop("SOFTHSM2_CONF", None)
            refresh_module()
        else:
            bind_softhsm_conf(saved)
