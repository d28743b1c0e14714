"""Reading the audit trail page by page, and verifying it, without a database session.

The desktop app's audit view lists events newest first and offers "verify chain"; both go
through these functions so the GUI needs no SQL.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from idtoolkit import audit_chain
from idtoolkit.audit_chain import VerifyResult
from idtoolkit.store import audit_events
from idtoolkit.workspace import Workspace


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: dt.datetime
    actor: str
    action: str
    details: str  # canonical JSON, as hashed
    hash: str


def list_audit_events(
    ws: Workspace, before_seq: int | None = None, limit: int = 200, action: str | None = None
) -> list[AuditEntry]:
    """Newest first: up to ``limit`` events with ``seq < before_seq`` (all when None).
    ``action`` keeps events whose action starts with it (``cert.`` for certificates)."""
    with ws.store.reading() as session:
        return [
            AuditEntry(e.seq, e.at, e.actor, e.action, e.details, e.hash)
            for e in audit_events.newest_events(session, before_seq, limit, action)
        ]


def count_audit_events(ws: Workspace) -> int:
    with ws.store.reading() as session:
        return audit_events.count_events(session)


def export_audit_events(ws: Workspace) -> tuple[list[dict[str, Any]], VerifyResult]:
    """Every event as a JSON-ready dict, oldest first, and the chain's verification read in
    the same snapshot (what ``idtoolkit audit export`` writes)."""
    with ws.store.reading() as session:
        events = [audit_chain.event_as_dict(e) for e in audit_chain.iter_events(session)]
        return events, audit_chain.verify(session)


def verify_audit(ws: Workspace, expect_head: str | None = None) -> VerifyResult:
    """Walk the whole chain (what ``idtoolkit audit verify`` does)."""
    with ws.store.reading() as session:
        return audit_chain.verify(session, expect_head)


__all__ = [
    "AuditEntry",
    "count_audit_events",
    "export_audit_events",
    "list_audit_events",
    "verify_audit",
]
