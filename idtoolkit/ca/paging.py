"""Keyset paging over certificates: what a lazy table needs to scroll a million rows.

``list_certificates`` pages with OFFSET, which costs more the further one scrolls; a view that
fetches page after page asks instead for "the next rows after the last id I have", which an
index answers in the same time at row 10 and at row 999,990.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from sqlalchemy import ColumnElement, and_, select
from sqlalchemy.orm import InstrumentedAttribute

from idtoolkit.ca.query import CertFilter, CertSummary, apply_filter
from idtoolkit.store.models import CARecord, CertificateRecord
from idtoolkit.workspace import Workspace


def _after(text: str) -> str:
    """The smallest string greater than every string starting with ``text``."""
    return text[:-1] + chr(ord(text[-1]) + 1)


def _prefix_clauses(text: str) -> list[tuple[ColumnElement[bool], InstrumentedAttribute[str]]]:
    """Index range scans: a subject starting with ``CN=text`` (or with ``text`` when it names
    an attribute, e.g. ``O=Ministry``), or a serial starting with ``text`` (hex). Run one
    query per clause: SQLite does not combine an OR of ranges with ORDER BY id well."""
    subject = text if "=" in text else f"CN={text}"
    clauses = [
        (
            and_(CertificateRecord.subject >= subject, CertificateRecord.subject < _after(subject)),
            CertificateRecord.subject,
        )
    ]
    cleaned = text.lower().removeprefix("0x").replace(":", "")
    if cleaned and all(c in "0123456789abcdef" for c in cleaned):
        clauses.append(
            (
                and_(
                    CertificateRecord.serial_hex >= cleaned,
                    CertificateRecord.serial_hex < _after(cleaned),
                ),
                CertificateRecord.serial_hex,
            )
        )
    return clauses


def page_certificates(
    ws: Workspace,
    f: CertFilter | None = None,
    after_id: int = 0,
    limit: int = 200,
    prefix_only: bool = False,
) -> list[CertSummary]:
    """Up to ``limit`` certificates matching ``f`` with ``id > after_id``, in id order.

    Pass the last row's ``id`` as ``after_id`` to get the next page (not in prefix mode,
    which answers one page); an empty list means the
    end. Filters are the same as :func:`idtoolkit.ca.query.list_certificates`.

    ``prefix_only`` answers a text search from the indexes alone, in milliseconds at any size:
    subjects starting with ``CN=<text>`` and serials starting with the text. The full
    "contains" search goes through the trigram index (migration 0005): tens of milliseconds
    at a million rows, more for text that matches a large share of them, so a view still shows
    the prefix matches at once and the full answer when it arrives.
    """
    f = f or CertFilter()
    text = f.text.strip() if f.text else ""
    if prefix_only and text:
        f = dataclasses.replace(f, text=None)
    now = dt.datetime.now(dt.UTC)
    with ws.store.reading() as session:
        query = select(CertificateRecord, CARecord.name).join(
            CARecord, CARecord.id == CertificateRecord.issuer_ca_id, isouter=True
        )
        query = apply_filter(query, session, f, now).where(CertificateRecord.id > after_id)
        # In prefix mode each query walks its own index in index order and stops after
        # ``limit`` rows (a quick first answer, sorted by id below), instead of walking the
        # primary key until enough rows match.
        queries = (
            [query.where(clause).order_by(column) for clause, column in _prefix_clauses(text)]
            if prefix_only and text
            else [query.order_by(CertificateRecord.id)]
        )
        rows = {
            c.id: (c, ca_name)
            for q in queries
            for c, ca_name in session.execute(q.limit(limit)).all()
        }
        return [CertSummary.of(c, ca_name, now) for _, (c, ca_name) in sorted(rows.items())[:limit]]


__all__ = ["page_certificates"]
