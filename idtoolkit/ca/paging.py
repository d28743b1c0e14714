"""Keyset paging over certificates: what a lazy table needs to scroll a million rows.

``list_certificates`` pages with OFFSET, which costs more the further one scrolls; a view that
fetches page after page asks instead for "the next rows after the last id I have", which an
index answers in the same time at row 10 and at row 999,990.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from idtoolkit.ca.query import CertFilter, CertSummary, _apply, _effective_status
from idtoolkit.store.models import CARecord, CertificateRecord
from idtoolkit.workspace import Workspace


def page_certificates(
    ws: Workspace, f: CertFilter | None = None, after_id: int = 0, limit: int = 200
) -> list[CertSummary]:
    """Up to ``limit`` certificates matching ``f`` with ``id > after_id``, in id order.

    Pass the last row's ``id`` as ``after_id`` to get the next page; an empty list means the
    end. Filters are the same as :func:`idtoolkit.ca.query.list_certificates`.
    """
    f = f or CertFilter()
    now = dt.datetime.now(dt.UTC)
    with ws.store.reading() as session:
        query = select(CertificateRecord, CARecord.name).join(
            CARecord, CARecord.id == CertificateRecord.issuer_ca_id, isouter=True
        )
        query = (
            _apply(query, session, f, now)
            .where(CertificateRecord.id > after_id)
            .order_by(CertificateRecord.id)
            .limit(limit)
        )
        return [
            CertSummary(
                c.id,
                ca_name,
                c.serial_hex,
                c.subject,
                c.profile,
                c.key_type,
                c.not_before,
                c.not_after,
                _effective_status(c.status, c.not_after, now),
            )
            for c, ca_name in session.execute(query).all()
        ]


__all__ = ["page_certificates"]
