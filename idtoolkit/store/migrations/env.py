"""Alembic environment: always run programmatically by :func:`idtoolkit.store.db.migrate`,
which hands over an open connection (so SQLite and PostgreSQL follow the same path)."""

from __future__ import annotations

from alembic import context

from idtoolkit.store.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
