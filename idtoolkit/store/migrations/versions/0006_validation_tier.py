"""The validation tier: pre-signed OCSP responses, and CRL partitions.

``ocsp_responses`` holds one signed OCSP response per certificate and CertID hash, produced
where the CA key is (issuance, revocation, ``idtoolkit ocsp refresh``, ``serve``) and served by
responders that hold no key (``serve --validation-only``, RFC 6960 2.5 pre-produced
responses). ``cas.crl_partitions`` splits a CA's CRL into partitions; each certificate keeps
the partition it was issued into (``certificates.crl_partition``, NULL: none, the full CRL
only), and each stored CRL says which partition it covers (``crls.crl_partition``).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "ocsp_responses",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("ca_id", sa.Integer(), sa.ForeignKey("cas.id"), nullable=False),
        sa.Column("certificate_id", sa.Integer(), sa.ForeignKey("certificates.id"), nullable=False),
        sa.Column("serial_hex", sa.String(42), nullable=False),
        sa.Column("hash_algorithm", sa.String(8), nullable=False),
        sa.Column("cert_status", sa.String(8), nullable=False),
        sa.Column("this_update", sa.DateTime(timezone=True), nullable=False),
        sa.Column("next_update", sa.DateTime(timezone=True), nullable=False),
        sa.Column("der", sa.LargeBinary(), nullable=False),
        sa.Column("signer_key_hash", sa.String(40), nullable=True),
        sa.UniqueConstraint(
            "ca_id", "serial_hex", "hash_algorithm", name="uq_ocsp_responses_ca_serial_hash"
        ),
        # Ids never reused: a responder notices new responses by the highest id.
        sqlite_autoincrement=True,
    )
    op.create_index("ix_ocsp_responses_next_update", "ocsp_responses", ["next_update"])
    op.create_index("ix_ocsp_responses_certificate", "ocsp_responses", ["certificate_id"])
    op.add_column(
        "cas", sa.Column("crl_partitions", sa.Integer(), nullable=False, server_default="0")
    )
    op.add_column("certificates", sa.Column("crl_partition", sa.Integer(), nullable=True))
    op.add_column("crls", sa.Column("crl_partition", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("crls") as batch:
        batch.drop_column("crl_partition")
    with op.batch_alter_table("certificates") as batch:
        batch.drop_column("crl_partition")
    with op.batch_alter_table("cas") as batch:
        batch.drop_column("crl_partitions")
    op.drop_index("ix_ocsp_responses_certificate", "ocsp_responses")
    op.drop_index("ix_ocsp_responses_next_update", "ocsp_responses")
    op.drop_table("ocsp_responses")
