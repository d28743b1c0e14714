"""The key table: rows are written once, when a key is generated or adopted."""

from __future__ import annotations

from idtoolkit.store.models import KeyRecord
from idtoolkit.store.session import Session


def add_key(session: Session, record: KeyRecord) -> KeyRecord:
    """Add a key row and flush, so it has the id the audit event and the CA refer to."""
    session.add(record)
    session.flush()
    return record
