"""The key table: rows are written once, when a key is generated or adopted."""

from __future__ import annotations

from sqlalchemy import select

from idtoolkit.store.models import KeyRecord
from idtoolkit.store.session import Session


def add_key(session: Session, record: KeyRecord) -> KeyRecord:
    """Add a key row and flush, so it has the id the audit event and the CA refer to."""
    session.add(record)
    session.flush()
    return record


def first_software_key(session: Session) -> KeyRecord | None:
    """The oldest key kept encrypted under the workspace passphrase (None if there is none):
    what a passphrase can be checked against in a store that has no verifier."""
    return session.scalars(
        select(KeyRecord)
        .where(KeyRecord.backend == "software", KeyRecord.encrypted_pkcs8.is_not(None))
        .order_by(KeyRecord.id)
        .limit(1)
    ).first()
