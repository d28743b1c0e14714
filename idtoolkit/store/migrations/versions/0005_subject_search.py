"""Substring search over certificate subjects that an index answers: a trigram index.

A search for text inside a subject (a citizen's ID number, a surname) otherwise reads every
subject: about 1.4 s at a million certificates. SQLite gets an FTS5 table with the trigram
tokenizer, kept in step by triggers (external content: the subjects are not stored twice);
PostgreSQL gets a pg_trgm GIN index, which ILIKE '%text%' uses as it is. Where pg_trgm cannot
be created (no privilege on a shared server), search still works, unindexed.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23
"""

from __future__ import annotations

import logging

from alembic import op
from sqlalchemy.exc import DBAPIError

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

log = logging.getLogger("idtoolkit.store")

SQLITE_UP = [
    "CREATE VIRTUAL TABLE certificates_subject_fts USING fts5("
    "subject, content='certificates', content_rowid='id', tokenize='trigram')",
    "INSERT INTO certificates_subject_fts(certificates_subject_fts) VALUES ('rebuild')",
    "CREATE TRIGGER certificates_subject_fts_insert AFTER INSERT ON certificates BEGIN "
    "INSERT INTO certificates_subject_fts(rowid, subject) VALUES (new.id, new.subject); END",
    "CREATE TRIGGER certificates_subject_fts_delete AFTER DELETE ON certificates BEGIN "
    "INSERT INTO certificates_subject_fts(certificates_subject_fts, rowid, subject) "
    "VALUES ('delete', old.id, old.subject); END",
    "CREATE TRIGGER certificates_subject_fts_update AFTER UPDATE OF subject ON certificates BEGIN "
    "INSERT INTO certificates_subject_fts(certificates_subject_fts, rowid, subject) "
    "VALUES ('delete', old.id, old.subject); "
    "INSERT INTO certificates_subject_fts(rowid, subject) VALUES (new.id, new.subject); END",
]


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for statement in SQLITE_UP:
            op.execute(statement)
    elif bind.dialect.name == "postgresql":
        try:
            with bind.begin_nested():
                op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
                op.execute(
                    "CREATE INDEX ix_certificates_subject_trgm ON certificates "
                    "USING gin (subject gin_trgm_ops)"
                )
        except DBAPIError as exc:
            log.warning("subject search stays unindexed: cannot create pg_trgm (%s)", exc.orig)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for name in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS certificates_subject_fts_{name}")
        op.execute("DROP TABLE IF EXISTS certificates_subject_fts")
    elif bind.dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_certificates_subject_trgm")
