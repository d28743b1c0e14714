"""Queries on the CA table: a CA by name, by certificate, and the lists a server walks.

Every function takes the caller's session; the caller owns the transaction and may update
the rows returned (they stay attached to its session).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from idtoolkit.errors import InputError, NotFoundError
from idtoolkit.states import CAStatus
from idtoolkit.store.models import CARecord, CertificateRecord, KeyRecord
from idtoolkit.store.session import Session


def ca_named(session: Session, name: str) -> CARecord | None:
    """The CA called ``name``, or None."""
    return session.execute(select(CARecord).where(CARecord.name == name)).scalar_one_or_none()


def ca_name_taken(session: Session, name: str) -> bool:
    return session.execute(select(CARecord.id).where(CARecord.name == name)).first() is not None


def ca_names(session: Session) -> list[str]:
    return list(session.execute(select(CARecord.name).order_by(CARecord.name)).scalars().all())


def ca_by_name(session: Session, name: str) -> CARecord:
    """The CA called ``name``; an unknown name is refused with the names that exist."""
    ca = ca_named(session, name)
    if ca is None:
        names = ca_names(session)
        raise NotFoundError(
            "ca.unknown",
            "unknown CA {name!r} (CAs in this workspace: {known})",
            name=name,
            known=", ".join(names) if names else "none yet",
        )
    return ca


def ca_key_by_name(session: Session, name: str) -> KeyRecord:
    """The key of the CA called ``name``, for what needs the key itself (an export, dual
    control); a CA whose private key is not in this workspace (imported from its certificate
    alone) is refused in one sentence."""
    ca = ca_by_name(session, name)
    if ca.key is None:
        raise InputError(
            "ca.no_private_key",
            "CA {name!r} has no private key in this workspace",
            name=name,
        )
    return ca.key


def ca_by_name_for_update(session: Session, name: str) -> CARecord:
    """The CA row locked until the caller's transaction ends (CRL numbers are allocated one
    at a time under this lock)."""
    return session.execute(
        select(CARecord).where(CARecord.name == name).with_for_update()
    ).scalar_one()


def ca_by_id(session: Session, ca_id: int) -> CARecord:
    ca = session.get(CARecord, ca_id)
    assert ca is not None, f"CA id {ca_id} has no row"
    return ca


def all_cas(session: Session) -> list[CARecord]:
    """Every CA, in creation order."""
    return list(session.execute(select(CARecord).order_by(CARecord.id)).scalars().all())


def cas_with_certificate(session: Session) -> list[CARecord]:
    """The CAs that have a certificate (not those still waiting for their signed one)."""
    return list(
        session.execute(
            select(CARecord).where(CARecord.certificate_id.is_not(None)).order_by(CARecord.id)
        )
        .scalars()
        .all()
    )


def active_cas(session: Session) -> list[CARecord]:
    return list(
        session.execute(select(CARecord).where(CARecord.status == CAStatus.ACTIVE)).scalars().all()
    )


def ca_with_certificate_fingerprint(session: Session, fingerprint_sha256: str) -> bool:
    """Whether a CA of this workspace has the certificate with this fingerprint."""
    return (
        session.execute(
            select(CARecord.id)
            .join(CARecord.certificate)
            .where(CARecord.certificate.has(fingerprint_sha256=fingerprint_sha256))
        ).first()
        is not None
    )


def signing_cas_with_expiry(session: Session) -> list[tuple[str, dt.datetime]]:
    """(name, certificate not_after) of each active CA holding its key: the CAs that sign
    CRLs here."""
    return [
        (name, not_after)
        for name, not_after in session.execute(
            select(CARecord.name, CertificateRecord.not_after)
            .join(CertificateRecord, CARecord.certificate_id == CertificateRecord.id)
            .where(CARecord.status == CAStatus.ACTIVE, CARecord.key_id.is_not(None))
        ).all()
    ]


def add_ca(session: Session, ca: CARecord) -> CARecord:
    """Add a new CA row and flush, so it has its id."""
    session.add(ca)
    session.flush()
    return ca


def count_cas(session: Session) -> int:
    return int(session.execute(select(func.count(CARecord.id))).scalar_one())


def ca_marks(session: Session) -> tuple[int, int, int]:
    """Counters that move when a CA is added, gets its certificate or changes state: an OCSP
    responder reloads its signers when they do (a count of CAs alone misses a requested CA
    whose certificate is imported later)."""
    count, with_certificate, active = session.execute(
        select(
            func.count(CARecord.id),
            func.count(CARecord.certificate_id),
            func.count(CARecord.id).filter(CARecord.status == CAStatus.ACTIVE),
        )
    ).one()
    return int(count), int(with_certificate), int(active)
