"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-23

The first schema. cas.certificate_id and certificates.issuer_ca_id refer to each other, so
on PostgreSQL the cas -> certificates key is added once both tables exist.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_events",
        sa.Column("seq", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=128), nullable=False),
        sa.Column("action", sa.String(length=64), nullable=False),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("seq"),
    )
    op.create_table(
        "keys",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=128), nullable=False),
        sa.Column("key_type", sa.String(length=16), nullable=False),
        sa.Column("signature_scheme", sa.String(length=16), nullable=False),
        sa.Column("backend", sa.String(length=16), nullable=False),
        sa.Column("encrypted_pkcs8", sa.LargeBinary(), nullable=True),
        sa.Column("token_label", sa.String(length=64), nullable=True),
        sa.Column("token_key_id", sa.String(length=128), nullable=True),
        sa.Column("public_key_der", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "cas",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("key_id", sa.Integer(), nullable=True),
        sa.Column("certificate_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("profile", sa.String(length=64), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("csr_der", sa.LargeBinary(), nullable=True),
        sa.Column("base_url", sa.Text(), nullable=True),
        sa.Column("crl_days", sa.Integer(), nullable=False),
        sa.Column("delta_crl_hours", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["key_id"],
            ["keys.id"],
        ),
        sa.ForeignKeyConstraint(
            ["parent_id"],
            ["cas.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "certificates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("issuer_ca_id", sa.Integer(), nullable=True),
        sa.Column("serial_hex", sa.String(length=42), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("common_name", sa.Text(), nullable=True),
        sa.Column("profile", sa.String(length=64), nullable=False),
        sa.Column("key_type", sa.String(length=16), nullable=False),
        sa.Column("not_before", sa.DateTime(timezone=True), nullable=False),
        sa.Column("not_after", sa.DateTime(timezone=True), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("fingerprint_sha256", sa.String(length=64), nullable=False),
        sa.Column("der", sa.LargeBinary(), nullable=False),
        sa.Column("request_ref", sa.String(length=128), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["issuer_ca_id"],
            ["cas.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("fingerprint_sha256"),
        sa.UniqueConstraint("issuer_ca_id", "serial_hex", name="uq_certificates_issuer_serial"),
    )
    if op.get_bind().dialect.name != "sqlite":
        op.create_foreign_key(
            "fk_cas_certificate", "cas", "certificates", ["certificate_id"], ["id"]
        )
    with op.batch_alter_table("certificates", schema=None) as batch_op:
        batch_op.create_index(
            "ix_certificates_issuer_status", ["issuer_ca_id", "status"], unique=False
        )
        batch_op.create_index("ix_certificates_not_after", ["not_after"], unique=False)
        batch_op.create_index("ix_certificates_serial", ["serial_hex"], unique=False)
        batch_op.create_index("ix_certificates_status", ["status"], unique=False)
        batch_op.create_index("ix_certificates_subject", ["subject"], unique=False)

    op.create_table(
        "crls",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ca_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.BigInteger(), nullable=False),
        sa.Column("is_delta", sa.Boolean(), nullable=False),
        sa.Column("base_number", sa.BigInteger(), nullable=True),
        sa.Column("this_update", sa.DateTime(timezone=True), nullable=False),
        sa.Column("next_update", sa.DateTime(timezone=True), nullable=False),
        sa.Column("entries", sa.Integer(), nullable=False),
        sa.Column("der", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["ca_id"],
            ["cas.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("ca_id", "number", name="uq_crls_ca_number"),
    )
    op.create_table(
        "revocations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("certificate_id", sa.Integer(), nullable=False),
        sa.Column("ca_id", sa.Integer(), nullable=False),
        sa.Column("serial_hex", sa.String(length=42), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reason", sa.String(length=32), nullable=False),
        sa.Column("invalidity_date", sa.DateTime(timezone=True), nullable=True),
        sa.Column("released_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["ca_id"],
            ["cas.id"],
        ),
        sa.ForeignKeyConstraint(
            ["certificate_id"],
            ["certificates.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("revocations", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_revocations_ca_id"), ["ca_id"], unique=False)
        batch_op.create_index("ix_revocations_certificate", ["certificate_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("revocations", schema=None) as batch_op:
        batch_op.drop_index("ix_revocations_certificate")
        batch_op.drop_index(batch_op.f("ix_revocations_ca_id"))

    op.drop_table("revocations")
    op.drop_table("crls")
    with op.batch_alter_table("certificates", schema=None) as batch_op:
        batch_op.drop_index("ix_certificates_subject")
        batch_op.drop_index("ix_certificates_status")
        batch_op.drop_index("ix_certificates_serial")
        batch_op.drop_index("ix_certificates_not_after")
        batch_op.drop_index("ix_certificates_issuer_status")

    if op.get_bind().dialect.name != "sqlite":
        op.drop_constraint("fk_cas_certificate", "cas", type_="foreignkey")
    op.drop_table("certificates")
    op.drop_table("cas")
    op.drop_table("settings")
    op.drop_table("keys")
    op.drop_table("audit_events")
