"""ACME (RFC 8555): endpoints, accounts, EAB keys, orders, authorizations and nonces.

Nonces live in the store, not in a process, so a nonce handed out by one ``serve`` worker is
accepted (once) by any other worker or any other ``serve`` on the same PostgreSQL store.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def _when(name: str, nullable: bool = False) -> sa.Column:  # type: ignore[type-arg]
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "acme_endpoints",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("ca", sa.String(length=64), nullable=False),
        sa.Column("profile", sa.String(length=64), nullable=False),
        sa.Column("settings", sa.Text(), nullable=False),
        _when("created_at"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "acme_nonces",
        sa.Column("value", sa.String(length=64), nullable=False),
        _when("expires_at"),
        sa.PrimaryKeyConstraint("value"),
    )
    op.create_table(
        "acme_accounts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("endpoint_id", sa.Integer(), sa.ForeignKey("acme_endpoints.id"), nullable=False),
        sa.Column("thumbprint", sa.String(length=64), nullable=False),
        sa.Column("jwk", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("contact", sa.Text(), nullable=False),
        sa.Column("eab_key_id", sa.String(length=128), nullable=True),
        _when("created_at"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("endpoint_id", "thumbprint"),
    )
    op.create_table(
        "acme_eab_keys",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("endpoint_id", sa.Integer(), sa.ForeignKey("acme_endpoints.id"), nullable=False),
        sa.Column("key_id", sa.String(length=128), nullable=False),
        sa.Column("hmac_key", sa.LargeBinary(), nullable=False),
        sa.Column("account_id", sa.Integer(), sa.ForeignKey("acme_accounts.id"), nullable=True),
        _when("created_at"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("endpoint_id", "key_id"),
    )
    op.create_table(
        "acme_orders",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), sa.ForeignKey("acme_accounts.id"), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("identifiers", sa.Text(), nullable=False),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("certificate_serial", sa.String(length=64), nullable=True),
        _when("expires_at"),
        _when("created_at"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_acme_orders_account_id", "acme_orders", ["account_id"])
    op.create_index("ix_acme_orders_created_at", "acme_orders", ["created_at"])
    op.create_table(
        "acme_authorizations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), sa.ForeignKey("acme_orders.id"), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("value", sa.String(length=255), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("token", sa.String(length=64), nullable=False),
        sa.Column("challenge", sa.String(length=16), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        _when("validated_at", nullable=True),
        _when("expires_at"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_acme_authorizations_order_id", "acme_authorizations", ["order_id"])


def downgrade() -> None:
    for table in (
        "acme_authorizations",
        "acme_orders",
        "acme_eab_keys",
        "acme_accounts",
        "acme_nonces",
        "acme_endpoints",
    ):
        op.drop_table(table)
