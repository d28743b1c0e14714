"""Replay nonces (RFC 8555 6.5), kept in the store: any worker of any ``serve`` on the same
store accepts a nonce another one handed out, exactly once."""

from __future__ import annotations

import datetime as dt
import secrets

from idtoolkit.store import acme as store
from idtoolkit.workspace import Workspace

LIFETIME = dt.timedelta(minutes=30)


def new_nonce(ws: Workspace) -> str:
    value = secrets.token_urlsafe(24)
    with ws.store.transaction() as session:
        store.put_nonce(session, value, dt.datetime.now(dt.UTC) + LIFETIME)
    return value


def use_nonce(ws: Workspace, value: str) -> bool:
    """True the first time a fresh nonce is used; false when unknown, stale or used."""
    if len(value) > 64:
        return False
    with ws.store.transaction() as session:
        return store.take_nonce(session, value, dt.datetime.now(dt.UTC))
