"""Queries on the CRL table: the latest CRL of a CA and the highest number it used."""

from __future__ import annotations

from sqlalchemy import func, select

from idtoolkit.store.models import CRLRecord
from idtoolkit.store.session import Session


def last_crl_number(session: Session, ca_id: int) -> int | None:
    """The highest CRL number recorded for the CA (full or delta: they share one sequence)."""
    return session.execute(
        select(func.max(CRLRecord.number)).where(CRLRecord.ca_id == ca_id)
    ).scalar_one_or_none()


def latest_crl_of(
    session: Session, ca_id: int, delta: bool, partition: int | None = None
) -> CRLRecord | None:
    """The CA's newest full CRL (or delta CRL, with ``delta``), or of one CRL partition."""
    scope = (
        CRLRecord.crl_partition.is_(None)
        if partition is None
        else CRLRecord.crl_partition == partition
    )
    return session.execute(
        select(CRLRecord)
        .where(CRLRecord.ca_id == ca_id, CRLRecord.is_delta.is_(delta), scope)
        .order_by(CRLRecord.number.desc())
        .limit(1)
    ).scalar_one_or_none()


def add_crl(session: Session, record: CRLRecord) -> CRLRecord:
    session.add(record)
    session.flush()
    return record


def partitions_with_crls(session: Session, ca_id: int) -> list[int]:
    """The partitions the CA has published CRLs for."""
    return sorted(
        p
        for p in session.execute(
            select(CRLRecord.crl_partition)
            .where(CRLRecord.ca_id == ca_id, CRLRecord.crl_partition.is_not(None))
            .distinct()
        ).scalars()
        if p is not None
    )
