"""Queries on the service-credential table (TSA and delegated OCSP responder keys)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from idtoolkit.states import CertStatus
from idtoolkit.store.models import CertificateRecord, ServiceCredential
from idtoolkit.store.session import Session


def add_service_credential(session: Session, credential: ServiceCredential) -> None:
    session.add(credential)


def credentials_valid_at(session: Session, kind: str, now: dt.datetime) -> list[ServiceCredential]:
    """The credentials of ``kind`` whose certificate is valid at ``now``, oldest first."""
    return list(
        session.execute(
            select(ServiceCredential)
            .join(CertificateRecord, ServiceCredential.certificate_id == CertificateRecord.id)
            .where(
                ServiceCredential.kind == kind,
                CertificateRecord.status == CertStatus.VALID,
                CertificateRecord.not_before <= now,
                CertificateRecord.not_after > now,
            )
            .order_by(ServiceCredential.id)
        )
        .scalars()
        .all()
    )


def newest_credential(
    session: Session, kind: str, ca_id: int | None = None
) -> ServiceCredential | None:
    """The newest credential of ``kind`` (of CA ``ca_id`` when given)."""
    query = select(ServiceCredential).where(ServiceCredential.kind == kind)
    if ca_id is not None:
        query = query.where(ServiceCredential.ca_id == ca_id)
    return session.execute(
        query.order_by(ServiceCredential.id.desc()).limit(1)
    ).scalar_one_or_none()


def count_service_credentials(session: Session, kind: str | None = None) -> int:
    """How many credentials there are (of ``kind`` when given)."""
    query = select(func.count(ServiceCredential.id))
    if kind is not None:
        query = query.where(ServiceCredential.kind == kind)
    return int(session.execute(query).scalar_one())
