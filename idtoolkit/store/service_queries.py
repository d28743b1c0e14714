"""Questions the network services ask the store about service credentials.

The server only needs to notice that a credential was made while it runs (``idtoolkit serve``
picks up a new TSA credential within a second), so it asks for a count, not for rows: cheap
enough to ask every second, and no ORM object leaves the store.
"""

from __future__ import annotations

from sqlalchemy import func, select

from idtoolkit.store.db import Store
from idtoolkit.store.models import ServiceCredential


def count_service_credentials(store: Store, kind: str) -> int:
    """How many service credentials of ``kind`` (e.g. ``"tsa"``) the store holds."""
    with store.reading() as session:
        return int(
            session.execute(
                select(func.count(ServiceCredential.id)).where(ServiceCredential.kind == kind)
            ).scalar_one()
        )
