"""Queries on the revocation table: the current entry of a certificate, and what a full or
delta CRL lists."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Select, func, select

from idtoolkit.store.models import CertificateRecord, RevocationRecord
from idtoolkit.store.session import Session


@dataclass(frozen=True)
class RevocationEntry:
    """One revocation as a CRL lists it; ``released_at`` is set when a hold was lifted."""

    serial_hex: str
    revoked_at: dt.datetime
    reason: str
    invalidity_date: dt.datetime | None
    released_at: dt.datetime | None


def active_revocation(session: Session, certificate_id: int) -> RevocationRecord | None:
    """The revocation or hold in force for a certificate (a released hold is not)."""
    return session.execute(
        select(RevocationRecord).where(
            RevocationRecord.certificate_id == certificate_id,
            RevocationRecord.released_at.is_(None),
        )
    ).scalar_one_or_none()


def revoked_at_and_reason(session: Session, certificate_id: int) -> tuple[dt.datetime, str] | None:
    """When and why a certificate was revoked or held, if it is now (a status answer: two
    columns, plain values that outlive the session)."""
    row = session.execute(
        select(RevocationRecord.revoked_at, RevocationRecord.reason).where(
            RevocationRecord.certificate_id == certificate_id,
            RevocationRecord.released_at.is_(None),
        )
    ).one_or_none()
    return None if row is None else (row.revoked_at, row.reason)


def add_revocation(session: Session, record: RevocationRecord) -> RevocationRecord:
    session.add(record)
    return record


def _entry_columns() -> Select[str, dt.datetime, str, dt.datetime | None, dt.datetime | None]:
    return select(
        RevocationRecord.serial_hex,
        RevocationRecord.revoked_at,
        RevocationRecord.reason,
        RevocationRecord.invalidity_date,
        RevocationRecord.released_at,
    )


def revocations_in_force(
    session: Session, ca_id: int, partition: int | None = None
) -> list[RevocationEntry]:
    """What a full CRL of ``ca_id`` lists: every revocation and hold not released (of the
    certificates issued into CRL ``partition`` when given)."""
    query = _entry_columns().where(
        RevocationRecord.ca_id == ca_id, RevocationRecord.released_at.is_(None)
    )
    if partition is not None:
        query = query.join(
            CertificateRecord, CertificateRecord.id == RevocationRecord.certificate_id
        ).where(CertificateRecord.crl_partition == partition)
    return [
        RevocationEntry(r.serial_hex, r.revoked_at, r.reason, r.invalidity_date, r.released_at)
        for r in session.execute(query).all()
    ]


def revocations_changed_since(
    session: Session, ca_id: int, since: dt.datetime
) -> list[RevocationEntry]:
    """What a delta CRL of ``ca_id`` over a base from ``since`` considers: revocations made
    and holds released since then."""
    query = (
        _entry_columns()
        .where(RevocationRecord.ca_id == ca_id)
        .where((RevocationRecord.revoked_at >= since) | (RevocationRecord.released_at >= since))
    )
    return [
        RevocationEntry(r.serial_hex, r.revoked_at, r.reason, r.invalidity_date, r.released_at)
        for r in session.execute(query).all()
    ]


def revocation_counts(session: Session) -> tuple[int, int]:
    """(all revocations, released holds): they move whenever a status answer may change."""
    everything = session.execute(select(func.count(RevocationRecord.id))).scalar_one()
    released = session.execute(
        select(func.count(RevocationRecord.id)).where(RevocationRecord.released_at.is_not(None))
    ).scalar_one()
    return int(everything), int(released)
