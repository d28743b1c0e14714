"""Who is acting on the workspace right now, with the proof they gave.

A context variable rather than an argument, because the audit trail is written deep inside
every write path (:mod:`idtoolkit.audit_chain`) and each event must carry the operator and
their proof; the authorization guard (:mod:`idtoolkit.authz.guard`) sets it for the duration of
one authorized call. It imports nothing of the engine, so the audit chain can read it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass


@dataclass(frozen=True)
class Acting:
    """An operator and the proof of this action: the store's challenge and their signature
    over it (base64), checkable offline against the operator's certificate."""

    operator: str
    challenge: str
    signature: str

    def as_detail(self) -> dict[str, str]:
        return {"name": self.operator, "challenge": self.challenge, "signature": self.signature}


_ACTING: ContextVar[Acting | None] = ContextVar("idtoolkit_acting", default=None)


def current_acting() -> Acting | None:
    return _ACTING.get()


@contextmanager
def acting_as(acting: Acting | None) -> Iterator[None]:
    token = _ACTING.set(acting)
    try:
        yield
    finally:
        _ACTING.reset(token)
