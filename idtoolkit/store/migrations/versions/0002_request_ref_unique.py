"""Certificates: a request reference is unique per issuing CA.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23

Bulk jobs record each row as ``bulk:JOB:ROW``; the database refusing a second certificate for
the same reference is what makes a re-run after a crash issue each row exactly once.
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("certificates", schema=None) as batch_op:
        batch_op.create_index(
            "uq_certificates_issuer_request_ref", ["issuer_ca_id", "request_ref"], unique=True
        )


def downgrade() -> None:
    with op.batch_alter_table("certificates", schema=None) as batch_op:
        batch_op.drop_index("uq_certificates_issuer_request_ref")
