"""The guarded write functions by name, and whether a call is already authorized.

Kept apart from the guard so that approvals can run a stored request's function without
importing the guard (which imports approvals)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

#: name -> (action or "dynamic", the unguarded function)
FUNCTIONS: dict[str, tuple[str, Callable[..., Any]]] = {}

_AUTHORIZED: ContextVar[bool] = ContextVar("idtoolkit_authorized", default=False)


def authorized() -> bool:
    """Inside an authorized call (or an approved request running): inner guarded calls made
    by the engine itself pass, the outer call was checked."""
    return _AUTHORIZED.get()


@contextmanager
def authorizing() -> Iterator[None]:
    token = _AUTHORIZED.set(True)
    try:
        yield
    finally:
        _AUTHORIZED.reset(token)
