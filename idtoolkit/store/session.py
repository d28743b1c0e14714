"""The session type callers pass to the store's query functions.

Callers own their transaction (``with ws.store.transaction() as session:``) and hand the
session to ``idtoolkit.store.*`` functions; they name its type from here so that no module
outside the store imports SQLAlchemy.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

__all__ = ["Session"]
