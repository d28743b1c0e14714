"""Queries on the pre-signed OCSP responses: which certificates need a (new) response, storing
a batch of them, the one a responder serves, and their state (how many, oldest).

A responder without the CA key serves only what is here, so a status change must never leave a
stale response behind: :func:`forget_ocsp_responses` runs in the transaction that revokes,
holds or releases, and the pre-signer fills the gap from :func:`certificates_due`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import Table, and_, delete, func, insert, or_, select
from sqlalchemy.orm import aliased

from idtoolkit.store.models import CertificateRecord, OCSPResponseRecord, RevocationRecord
from idtoolkit.store.session import Session

_TABLE = cast(Table, OCSPResponseRecord.__table__)


@dataclass(frozen=True)
class DueCertificate:
    """A certificate whose response must be signed, with its status now."""

    certificate_id: int
    serial_hex: str
    revoked_at: dt.datetime | None
    reason: str | None
    #: Per CertID hash, the stored response a new one replaces (None: the first one).
    response_ids: dict[str, int | None] = field(default_factory=dict)


@dataclass(frozen=True)
class StoredResponse:
    der: bytes
    cert_status: str
    this_update: dt.datetime
    next_update: dt.datetime


@dataclass(frozen=True)
class ResponseState:
    """How many responses are stored, the oldest one's thisUpdate and the soonest nextUpdate."""

    count: int
    oldest: dt.datetime | None
    soonest_next_update: dt.datetime | None


def certificates_due(
    session: Session,
    ca_id: int,
    hash_algorithms: Sequence[str],
    refresh_before: dt.datetime,
    now: dt.datetime,
    *,
    after_id: int = 0,
    limit: int = 5000,
    serials: Sequence[str] | None = None,
    skip_id: int | None = None,
    signer_key_hash: str | None = None,
) -> list[DueCertificate]:
    """Unexpired certificates of ``ca_id`` (ids above ``after_id``, in id order) lacking a
    stored response for one of ``hash_algorithms``, or with one whose nextUpdate is before
    ``refresh_before``: one scan for every CertID hash (their responses are renewed
    together), or signed by another key than ``signer_key_hash`` (a delegated responder was
    made since). ``response_ids`` says which stored response each new one replaces."""
    responses = [aliased(OCSPResponseRecord) for _ in hash_algorithms]
    query = select(
        CertificateRecord.id,
        CertificateRecord.serial_hex,
        RevocationRecord.revoked_at,
        RevocationRecord.reason,
        *(r.id for r in responses),
    )
    for response, algorithm in zip(responses, hash_algorithms, strict=True):
        query = query.join(
            response,
            and_(
                response.ca_id == ca_id,
                response.serial_hex == CertificateRecord.serial_hex,
                response.hash_algorithm == algorithm,
            ),
            isouter=True,
        )
    query = (
        query.join(
            RevocationRecord,
            and_(
                RevocationRecord.certificate_id == CertificateRecord.id,
                RevocationRecord.released_at.is_(None),
            ),
            isouter=True,
        )
        .where(
            CertificateRecord.issuer_ca_id == ca_id,
            CertificateRecord.id > after_id,
            CertificateRecord.not_after > now,
            or_(
                *(r.id.is_(None) for r in responses),
                *(r.next_update < refresh_before for r in responses),
                *(
                    or_(r.signer_key_hash.is_(None), r.signer_key_hash != signer_key_hash)
                    for r in responses
                    if signer_key_hash is not None
                ),
            ),
        )
        .order_by(CertificateRecord.id)
        .limit(limit)
    )
    if serials is not None:
        query = query.where(CertificateRecord.serial_hex.in_(list(serials)))
    if skip_id is not None:  # a root's own certificate: nobody asks its issuer about it
        query = query.where(CertificateRecord.id != skip_id)
    return [
        DueCertificate(r[0], r[1], r[2], r[3], dict(zip(hash_algorithms, r[4:], strict=True)))
        for r in session.execute(query).all()
    ]


def store_responses(session: Session, ca_id: int, rows: Sequence[dict[str, Any]]) -> int:
    """Store these signed responses (keys: certificate_id, serial_hex, hash_algorithm,
    cert_status, this_update, next_update, der; ``replaces``: the id of the stored response
    it replaces, or None; ``status_key``: the (revoked_at, reason) it was signed for, or None).

    Signing happened outside this transaction: a row whose certificate's status changed
    meanwhile is dropped, never stored (its revocation forgot the old responses and the next
    refresh signs the new status). On PostgreSQL the certificate rows are locked first, so a
    revocation either committed before this check or waits and forgets what this stores;
    SQLite's write lock (BEGIN IMMEDIATE) already orders the two. One Core INSERT per call.
    Returns how many were stored."""
    kept: list[dict[str, Any]] = []
    lock = session.get_bind().dialect.name != "sqlite"
    for start in range(0, len(rows), 500):
        chunk = rows[start : start + 500]
        ids = [r["certificate_id"] for r in chunk]
        if lock:
            session.execute(
                select(CertificateRecord.id).where(CertificateRecord.id.in_(ids)).with_for_update()
            ).all()
        now_status = {
            r[0]: (r[1], r[2])
            for r in session.execute(
                select(
                    RevocationRecord.certificate_id,
                    RevocationRecord.revoked_at,
                    RevocationRecord.reason,
                ).where(
                    RevocationRecord.certificate_id.in_(ids),
                    RevocationRecord.released_at.is_(None),
                )
            ).all()
        }
        fresh = [r for r in chunk if now_status.get(r["certificate_id"]) == r.get("status_key")]
        replaced = [r["replaces"] for r in fresh if r.get("replaces") is not None]
        if replaced:
            session.execute(delete(_TABLE).where(_TABLE.c.id.in_(replaced)))
        kept += [
            {k: v for k, v in r.items() if k not in ("status_key", "replaces")} | {"ca_id": ca_id}
            for r in fresh
        ]
    if kept:
        session.execute(insert(_TABLE), kept)
    return len(kept)


def forget_ocsp_responses(session: Session, certificate_id: int) -> None:
    """A certificate's status changed: its stored responses say the old one."""
    session.execute(
        delete(OCSPResponseRecord).where(OCSPResponseRecord.certificate_id == certificate_id)
    )


def stored_response(
    session: Session, ca_id: int, serial_hex: str, hash_algorithm: str
) -> StoredResponse | None:
    row = session.execute(
        select(
            OCSPResponseRecord.der,
            OCSPResponseRecord.cert_status,
            OCSPResponseRecord.this_update,
            OCSPResponseRecord.next_update,
        ).where(
            OCSPResponseRecord.ca_id == ca_id,
            OCSPResponseRecord.serial_hex == serial_hex,
            OCSPResponseRecord.hash_algorithm == hash_algorithm,
        )
    ).one_or_none()
    return None if row is None else StoredResponse(row[0], row[1], row[2], row[3])


def response_state(session: Session, ca_id: int | None = None) -> ResponseState:
    query = select(
        func.count(OCSPResponseRecord.id),
        func.min(OCSPResponseRecord.this_update),
        func.min(OCSPResponseRecord.next_update),
    )
    if ca_id is not None:
        query = query.where(OCSPResponseRecord.ca_id == ca_id)
    count, oldest, soonest = session.execute(query).one()
    return ResponseState(int(count), _aware(oldest), _aware(soonest))


def response_generation(session: Session) -> tuple[int, int]:
    """(count, highest id): moves whenever responses are stored or forgotten."""
    count, top = session.execute(
        select(func.count(OCSPResponseRecord.id), func.max(OCSPResponseRecord.id))
    ).one()
    return int(count), int(top or 0)


def _aware(value: dt.datetime | None) -> dt.datetime | None:
    """Aggregates bypass the column type: SQLite hands back naive UTC, or even text."""
    if value is None:
        return None
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)
