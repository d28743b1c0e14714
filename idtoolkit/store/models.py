"""The store's tables, as SQLAlchemy 2 declarative models.

One schema for SQLite (embedded default) and PostgreSQL (several operators on one CA). The
schema itself is created and evolved only by the Alembic migrations beside this file; these
models must match them (``tests/test_store.py`` checks that).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    BigInteger,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Timestamps are stored in UTC and always come back timezone-aware.

    SQLite has no timezone type and hands back naive values; PostgreSQL's timestamptz comes
    back in the session zone. Normalising here keeps every comparison in the engine simple.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None or value.tzinfo is dt.UTC:  # the common case, kept cheap for bulk jobs
            return value
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the store")
        return value.astimezone(dt.UTC)

    def process_result_value(
        self, value: dt.datetime | None, dialect: Dialect
    ) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)


class Base(DeclarativeBase):
    pass


class Setting(Base):
    """Workspace-wide values that must live with the data (passphrase verifier, audit head)."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class KeyRecord(Base):
    """A CA key: either encrypted PKCS#8 (software) or a reference to a token object."""

    __tablename__ = "keys"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    label: Mapped[str] = mapped_column(String(128))
    key_type: Mapped[str] = mapped_column(String(16))
    signature_scheme: Mapped[str] = mapped_column(String(16), default="pkcs1v15")
    backend: Mapped[str] = mapped_column(String(16))  # "software" | "pkcs11"
    encrypted_pkcs8: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    token_label: Mapped[str | None] = mapped_column(String(64), nullable=True)
    token_key_id: Mapped[str | None] = mapped_column(String(128), nullable=True)
    public_key_der: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


class CARecord(Base):
    __tablename__ = "cas"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("cas.id"), nullable=True)
    key_id: Mapped[int | None] = mapped_column(ForeignKey("keys.id"), nullable=True)
    certificate_id: Mapped[int | None] = mapped_column(
        ForeignKey("certificates.id", use_alter=True, name="fk_cas_certificate"), nullable=True
    )
    status: Mapped[str] = mapped_column(String(16))  # a CAStatus value (idtoolkit.states)
    profile: Mapped[str] = mapped_column(String(64))
    subject: Mapped[str] = mapped_column(Text)
    csr_der: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    base_url: Mapped[str | None] = mapped_column(Text, nullable=True)
    crl_days: Mapped[int] = mapped_column(Integer)
    delta_crl_hours: Mapped[int] = mapped_column(Integer)
    #: CRL partitions of certificates issued from now on (0: one CRL, no partitions).
    crl_partitions: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())

    key: Mapped[KeyRecord | None] = relationship(foreign_keys=[key_id])
    certificate: Mapped[CertificateRecord | None] = relationship(foreign_keys=[certificate_id])
    parent: Mapped[CARecord | None] = relationship(remote_side=[id], foreign_keys=[parent_id])


class CertificateRecord(Base):
    __tablename__ = "certificates"
    __table_args__ = (
        # Serial numbers are unique per issuing CA; the database enforces it. Serial first, so
        # the same index answers lookups by serial alone.
        UniqueConstraint("serial_hex", "issuer_ca_id", name="uq_certificates_serial_issuer"),
        Index("ix_certificates_subject", "subject"),
        Index("ix_certificates_not_after", "not_after"),
        Index("ix_certificates_status", "status"),
        Index("ix_certificates_issuer_status", "issuer_ca_id", "status"),
        # Idempotent bulk jobs: one certificate per request reference and CA (NULLs distinct).
        Index("uq_certificates_issuer_request_ref", "issuer_ca_id", "request_ref", unique=True),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # NULL only for an imported CA certificate whose issuer is not in this workspace.
    issuer_ca_id: Mapped[int | None] = mapped_column(ForeignKey("cas.id"), nullable=True)
    serial_hex: Mapped[str] = mapped_column(String(42))
    subject: Mapped[str] = mapped_column(Text)
    common_name: Mapped[str | None] = mapped_column(Text, nullable=True)
    profile: Mapped[str] = mapped_column(String(64))
    key_type: Mapped[str] = mapped_column(String(16))
    not_before: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    not_after: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    status: Mapped[str] = mapped_column(String(16))  # a stored CertStatus value (idtoolkit.states)
    fingerprint_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    der: Mapped[bytes] = mapped_column(LargeBinary)
    request_ref: Mapped[str | None] = mapped_column(String(128), nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    #: The CRL partition named in its CRL distribution point; fixed at issuance.
    crl_partition: Mapped[int | None] = mapped_column(Integer, nullable=True)


class RevocationRecord(Base):
    """One revocation or hold. A released hold keeps its row, with ``released_at`` set, so
    the next delta CRL can say ``removeFromCRL``."""

    __tablename__ = "revocations"
    __table_args__ = (Index("ix_revocations_certificate", "certificate_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    certificate_id: Mapped[int] = mapped_column(ForeignKey("certificates.id"))
    ca_id: Mapped[int] = mapped_column(ForeignKey("cas.id"), index=True)
    serial_hex: Mapped[str] = mapped_column(String(42))
    revoked_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    reason: Mapped[str] = mapped_column(String(32))
    invalidity_date: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    released_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class CRLRecord(Base):
    __tablename__ = "crls"
    __table_args__ = (UniqueConstraint("ca_id", "number", name="uq_crls_ca_number"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ca_id: Mapped[int] = mapped_column(ForeignKey("cas.id"))
    number: Mapped[int] = mapped_column(BigInteger)
    is_delta: Mapped[bool] = mapped_column(Boolean)
    base_number: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    this_update: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    next_update: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    entries: Mapped[int] = mapped_column(Integer)
    der: Mapped[bytes] = mapped_column(LargeBinary)
    #: The partition this CRL covers (None: the CA's full CRL, or a delta CRL over it).
    crl_partition: Mapped[int | None] = mapped_column(Integer, nullable=True)


class OCSPResponseRecord(Base):
    """A pre-signed OCSP response (RFC 6960 2.5) for one certificate and CertID hash: what a
    responder without the CA key serves until its ``next_update``."""

    __tablename__ = "ocsp_responses"
    __table_args__ = (
        UniqueConstraint(
            "ca_id", "serial_hex", "hash_algorithm", name="uq_ocsp_responses_ca_serial_hash"
        ),
        Index("ix_ocsp_responses_next_update", "next_update"),
        Index("ix_ocsp_responses_certificate", "certificate_id"),
        # Ids never reused (SQLite would reuse the highest after a delete): responders notice
        # re-signed responses by the highest id (store.ocsp_responses.response_generation).
        {"sqlite_autoincrement": True},
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ca_id: Mapped[int] = mapped_column(ForeignKey("cas.id"))
    certificate_id: Mapped[int] = mapped_column(ForeignKey("certificates.id"))
    serial_hex: Mapped[str] = mapped_column(String(42))
    hash_algorithm: Mapped[str] = mapped_column(String(8))
    cert_status: Mapped[str] = mapped_column(String(8))  # "good" | "revoked"
    this_update: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    next_update: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    der: Mapped[bytes] = mapped_column(LargeBinary)
    #: SHA-1 of the signing key (the CA's or its delegated responder's): a response signed by
    #: another key than the one in use now is due again.
    signer_key_hash: Mapped[str | None] = mapped_column(String(40), nullable=True)


class ServiceCredential(Base):
    """A key and certificate a service signs with (``tsa`` today), issued by a CA here."""

    __tablename__ = "service_credentials"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    ca_id: Mapped[int] = mapped_column(ForeignKey("cas.id"))
    key_id: Mapped[int] = mapped_column(ForeignKey("keys.id"))
    certificate_id: Mapped[int] = mapped_column(ForeignKey("certificates.id"))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())

    key: Mapped[KeyRecord] = relationship(foreign_keys=[key_id])
    certificate: Mapped[CertificateRecord] = relationship(foreign_keys=[certificate_id])


class AuditEvent(Base):
    """An append-only, hash-chained event. ``hash`` covers ``prev_hash`` and the event."""

    __tablename__ = "audit_events"
    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    actor: Mapped[str] = mapped_column(String(128))
    action: Mapped[str] = mapped_column(String(64))
    details: Mapped[str] = mapped_column(Text)  # canonical JSON
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class Operator(Base):
    """A person who acts on the workspace, bound to the certificate whose key they hold.

    ``roles`` is a space-separated list (``ca-admin ra-officer``); a disabled operator keeps
    the row, so the audit trail and past approvals still name them."""

    __tablename__ = "operators"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    roles: Mapped[str] = mapped_column(String(128))
    certificate_der: Mapped[bytes] = mapped_column(LargeBinary)
    fingerprint_sha256: Mapped[str] = mapped_column(String(64))
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


class OperatorChallenge(Base):
    """A fresh random challenge an operator signs to prove who they are; used once."""

    __tablename__ = "operator_challenges"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    nonce: Mapped[str] = mapped_column(String(64), unique=True)
    operator_name: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    used_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class ApprovalRequest(Base):
    """A sensitive action waiting for approvals: its exact parameters as canonical JSON and
    their SHA-256, which every approver signs."""

    __tablename__ = "approval_requests"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    action: Mapped[str] = mapped_column(String(64))
    function: Mapped[str] = mapped_column(String(128))
    parameters: Mapped[str] = mapped_column(Text)
    parameters_sha256: Mapped[str] = mapped_column(String(64))
    requester: Mapped[str] = mapped_column(String(64))
    requester_signature: Mapped[str] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(16))  # pending|executed|rejected|failed
    approvals_needed: Mapped[int] = mapped_column(Integer)
    approver_role: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    result: Mapped[str | None] = mapped_column(Text, nullable=True)


class ApprovalDecision(Base):
    """One operator's approval or rejection of a request, signed over the request's hash."""

    __tablename__ = "approval_decisions"
    __table_args__ = (
        UniqueConstraint("request_id", "operator_name", name="uq_approval_decisions_operator"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("approval_requests.id"), index=True)
    operator_name: Mapped[str] = mapped_column(String(64))
    decision: Mapped[str] = mapped_column(String(16))  # approve|reject
    signature: Mapped[str] = mapped_column(Text)  # base64, over the request's SHA-256
    certificate_der: Mapped[bytes] = mapped_column(LargeBinary)
    reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


class ApprovalPolicy(Base):
    """How many approvers, beside the requester, an action needs, and which role they hold."""

    __tablename__ = "approval_policies"
    action: Mapped[str] = mapped_column(String(64), primary_key=True)
    approvals: Mapped[int] = mapped_column(Integer)
    role: Mapped[str] = mapped_column(String(32))


# --- ACME (RFC 8555): endpoints, accounts, orders, authorizations, nonces, EAB keys ---------
class AcmeEndpoint(Base):
    """One ACME directory (``/acme/NAME/directory``): a CA, a profile and a name policy."""

    __tablename__ = "acme_endpoints"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    ca: Mapped[str] = mapped_column(String(64))
    profile: Mapped[str] = mapped_column(String(64))
    settings: Mapped[str] = mapped_column(Text)  # JSON: days, challenges, ports, policy, eab
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


class AcmeNonce(Base):
    """A Replay-Nonce handed out and not used yet: deleted when used (single use)."""

    __tablename__ = "acme_nonces"
    value: Mapped[str] = mapped_column(String(64), primary_key=True)
    expires_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


class AcmeAccount(Base):
    __tablename__ = "acme_accounts"
    __table_args__ = (UniqueConstraint("endpoint_id", "thumbprint"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    endpoint_id: Mapped[int] = mapped_column(ForeignKey("acme_endpoints.id"))
    thumbprint: Mapped[str] = mapped_column(String(64))
    jwk: Mapped[str] = mapped_column(Text)  # the public key, JSON
    status: Mapped[str] = mapped_column(String(16))
    contact: Mapped[str] = mapped_column(Text)  # JSON list
    eab_key_id: Mapped[str | None] = mapped_column(String(128), nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


class AcmeEabKey(Base):
    """An External Account Binding key: the HMAC key is shown once, kept to check bindings."""

    __tablename__ = "acme_eab_keys"
    __table_args__ = (UniqueConstraint("endpoint_id", "key_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    endpoint_id: Mapped[int] = mapped_column(ForeignKey("acme_endpoints.id"))
    key_id: Mapped[str] = mapped_column(String(128))
    hmac_key: Mapped[bytes] = mapped_column(LargeBinary)
    account_id: Mapped[int | None] = mapped_column(ForeignKey("acme_accounts.id"), nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


class AcmeOrder(Base):
    __tablename__ = "acme_orders"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("acme_accounts.id"), index=True)
    status: Mapped[str] = mapped_column(String(16))
    identifiers: Mapped[str] = mapped_column(Text)  # JSON list of {"type","value"}
    error: Mapped[str | None] = mapped_column(Text, nullable=True)  # JSON problem
    certificate_serial: Mapped[str | None] = mapped_column(String(64), nullable=True)
    expires_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), index=True)


class AcmeAuthorization(Base):
    """One identifier of an order, with its challenges (one per type the endpoint offers)."""

    __tablename__ = "acme_authorizations"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("acme_orders.id"), index=True)
    kind: Mapped[str] = mapped_column(String(8))  # "dns" | "ip"
    value: Mapped[str] = mapped_column(String(255))
    status: Mapped[str] = mapped_column(String(16))
    token: Mapped[str] = mapped_column(String(64))
    challenge: Mapped[str | None] = mapped_column(String(16), nullable=True)  # the one tried
    error: Mapped[str | None] = mapped_column(Text, nullable=True)  # JSON problem
    validated_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    expires_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
