"""Queries on the audit trail: the batch insert, the events in order for verification, and
the newest-first pages a viewer shows (the chain's head is a row of ``settings_table``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

from sqlalchemy import Table, func, insert, select

from idtoolkit.store.models import AuditEvent
from idtoolkit.store.session import Session


def insert_events(session: Session, rows: Sequence[dict[str, Any]]) -> None:
    """One Core INSERT: bulk jobs write thousands of events per transaction."""
    session.execute(insert(cast(Table, AuditEvent.__table__)), list(rows))
    session.flush()


def events_after(session: Session, seq: int, limit: int) -> list[AuditEvent]:
    """Up to ``limit`` events after ``seq``, oldest first."""
    return list(
        session.execute(
            select(AuditEvent).where(AuditEvent.seq > seq).order_by(AuditEvent.seq).limit(limit)
        )
        .scalars()
        .all()
    )


def event_number(session: Session, seq: int) -> AuditEvent | None:
    return session.get(AuditEvent, seq)


def newest_events(
    session: Session, before_seq: int | None, limit: int, action_prefix: str | None
) -> list[AuditEvent]:
    """Newest first: up to ``limit`` events before ``before_seq`` (all when None) whose
    action starts with ``action_prefix`` (any when None)."""
    query = select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(limit)
    if before_seq is not None:
        query = query.where(AuditEvent.seq < before_seq)
    if action_prefix:
        query = query.where(AuditEvent.action.startswith(action_prefix, autoescape=True))
    return list(session.execute(query).scalars().all())


def count_events(session: Session) -> int:
    return int(session.execute(select(func.count()).select_from(AuditEvent)).scalar_one())
