"""Queries on the certificate table: filtered pages, serial look-ups, and the batch insert.

Filters run in SQL on indexed columns, so a workspace with a million certificates answers a
page at a time without loading them all. The caller resolves names to ids and checks its
input first (:class:`CertificateQuery` holds only values the store can use as they are).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import cast

from sqlalchemy import ColumnElement, Select, Table, and_, column, func, insert, or_, select, table
from sqlalchemy.orm import InstrumentedAttribute

from idtoolkit.states import CertStatus
from idtoolkit.store.models import CARecord, CertificateRecord
from idtoolkit.store.session import Session

#: A certificate row with the name of the CA that issued it (None: imported, no CA here).
CertificateWithCA = tuple[CertificateRecord, str | None]


@dataclass(frozen=True)
class CertificateQuery:
    """Which certificates a listing wants, resolved: ``status`` is one of
    :data:`idtoolkit.states.CERT_FILTERS`, ``serial_hex`` a normalised serial."""

    ca_id: int | None = None
    profile: str | None = None
    serial_hex: str | None = None
    text: str | None = None  # subject substring or serial prefix
    status: str | None = None
    expiring_days: int | None = None


#: The trigram index over subjects on SQLite (migration 0005); it needs 3 characters.
_SUBJECT_FTS = table("certificates_subject_fts", column("rowid"), column("subject"))
_TRIGRAM = 3


def _after(text: str) -> str:
    """The smallest string greater than every string starting with ``text``."""
    return text[:-1] + chr(ord(text[-1]) + 1)


def _hex_prefix(text: str) -> str | None:
    cleaned = text.lower().removeprefix("0x").replace(":", "")
    return cleaned if cleaned and all(c in "0123456789abcdef" for c in cleaned) else None


def _subject_contains(session: Session, text: str) -> ColumnElement[bool]:
    """Subjects containing ``text``, case-insensitively, through the trigram index where the
    store has one (SQLite FTS5; PostgreSQL's pg_trgm index serves ILIKE by itself)."""
    if session.get_bind().dialect.name == "sqlite" and len(text) >= _TRIGRAM:
        phrase = '"' + text.replace('"', '""') + '"'
        return CertificateRecord.id.in_(
            select(_SUBJECT_FTS.c.rowid).where(_SUBJECT_FTS.c.subject.match(phrase))
        )
    return CertificateRecord.subject.icontains(text, autoescape=True)


def _with_ca_names() -> Select[CertificateRecord, str]:
    return select(CertificateRecord, CARecord.name).join(
        CARecord, CARecord.id == CertificateRecord.issuer_ca_id, isouter=True
    )


def _filtered(
    query: Select[CertificateRecord, str],
    session: Session,
    q: CertificateQuery,
    now: dt.datetime,
) -> Select[CertificateRecord, str]:
    if q.ca_id is not None:
        query = query.where(CertificateRecord.issuer_ca_id == q.ca_id)
    if q.profile:
        query = query.where(CertificateRecord.profile == q.profile)
    if q.serial_hex:
        query = query.where(CertificateRecord.serial_hex == q.serial_hex)
    if q.text:
        text = q.text.strip()
        clauses = [_subject_contains(session, text)]
        cleaned = _hex_prefix(text)
        if cleaned is not None:
            # A range, not LIKE: an index answers it on every database.
            clauses.append(
                and_(
                    CertificateRecord.serial_hex >= cleaned,
                    CertificateRecord.serial_hex < _after(cleaned),
                )
            )
        if len(clauses) == 1:
            query = query.where(clauses[0])
        else:
            # Subject or serial: as a set of ids, each clause on its own index (SQLite:
            # MULTI-INDEX OR), not a walk of the table in id order looking for matches.
            query = query.where(
                CertificateRecord.id.in_(select(CertificateRecord.id).where(or_(*clauses)))
            )
    if q.status:
        query = _with_status(query, q, now)
    if q.expiring_days is not None and q.status != "expiring":
        query = query.where(
            CertificateRecord.not_after >= now,
            CertificateRecord.not_after < now + dt.timedelta(days=q.expiring_days),
        )
    return query


def _with_status(
    query: Select[CertificateRecord, str], q: CertificateQuery, now: dt.datetime
) -> Select[CertificateRecord, str]:
    if q.status == CertStatus.EXPIRED:
        return query.where(
            CertificateRecord.status == CertStatus.VALID, CertificateRecord.not_after < now
        )
    if q.status == CertStatus.NOT_YET_VALID:
        return query.where(
            CertificateRecord.status == CertStatus.VALID, CertificateRecord.not_before > now
        )
    if q.status == "expiring":
        days = q.expiring_days or 30
        return query.where(
            CertificateRecord.status == CertStatus.VALID,
            CertificateRecord.not_before <= now,
            CertificateRecord.not_after >= now,
            CertificateRecord.not_after < now + dt.timedelta(days=days),
        )
    if q.status == CertStatus.VALID:
        return query.where(
            CertificateRecord.status == CertStatus.VALID,
            CertificateRecord.not_before <= now,
            CertificateRecord.not_after >= now,
        )
    return query.where(CertificateRecord.status == q.status)


def certificate_page(
    session: Session, q: CertificateQuery, now: dt.datetime, limit: int | None, offset: int
) -> list[CertificateWithCA]:
    """A page of matching certificates in issuance order (OFFSET paging)."""
    query = (
        _filtered(_with_ca_names(), session, q, now)
        .order_by(CertificateRecord.id)
        .limit(limit)
        .offset(offset)
    )
    return [(c, name) for c, name in session.execute(query).all()]


def count_matching(session: Session, q: CertificateQuery, now: dt.datetime) -> int:
    query = _filtered(_with_ca_names(), session, q, now)
    return int(session.execute(select(func.count()).select_from(query.subquery())).scalar_one())


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
    cleaned = _hex_prefix(text)
    if cleaned is not None:
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


def certificates_after(
    session: Session,
    q: CertificateQuery,
    now: dt.datetime,
    after_id: int,
    limit: int,
    prefix: str | None = None,
) -> list[CertificateWithCA]:
    """Up to ``limit`` matches with ``id > after_id`` in id order (keyset paging). With
    ``prefix``, only subjects starting with ``CN=<prefix>`` and serials starting with it,
    answered from the indexes alone."""
    query = _filtered(_with_ca_names(), session, q, now).where(CertificateRecord.id > after_id)
    # In prefix mode each query walks its own index in index order and stops after
    # ``limit`` rows (a quick first answer, sorted by id below), instead of walking the
    # primary key until enough rows match.
    queries = (
        [query.where(clause).order_by(col) for clause, col in _prefix_clauses(prefix)]
        if prefix
        else [query.order_by(CertificateRecord.id)]
    )
    rows = {c.id: (c, name) for one in queries for c, name in session.execute(one.limit(limit))}
    return [row for _, row in sorted(rows.items())[:limit]]


def certificates_with_serial(
    session: Session, serial_hex: str, ca_id: int | None = None
) -> list[CertificateWithCA]:
    query = _with_ca_names().where(CertificateRecord.serial_hex == serial_hex)
    if ca_id is not None:
        query = query.where(CertificateRecord.issuer_ca_id == ca_id)
    return [(c, name) for c, name in session.execute(query).all()]


def certificates_with_serial_prefix(
    session: Session, prefix: str, ca_id: int | None, limit: int
) -> list[CertificateWithCA]:
    """Up to ``limit`` certificates whose serial starts with ``prefix``, in serial order."""
    query = _with_ca_names().where(
        CertificateRecord.serial_hex >= prefix, CertificateRecord.serial_hex < _after(prefix)
    )
    if ca_id is not None:
        query = query.where(CertificateRecord.issuer_ca_id == ca_id)
    rows = session.execute(query.order_by(CertificateRecord.serial_hex).limit(limit)).all()
    return [(c, name) for c, name in rows]


def certificate_id_of(session: Session, ca_id: int, serial_hex: str) -> int | None:
    """The id of the certificate ``ca_id`` issued with this serial, if any."""
    return session.execute(
        select(CertificateRecord.id).where(
            CertificateRecord.issuer_ca_id == ca_id, CertificateRecord.serial_hex == serial_hex
        )
    ).scalar_one_or_none()


def certificate_id_by_fingerprint(session: Session, fingerprint_sha256: str) -> int:
    return session.execute(
        select(CertificateRecord.id).where(
            CertificateRecord.fingerprint_sha256 == fingerprint_sha256
        )
    ).scalar_one()


def serials_by_request_ref(session: Session, ca_id: int, ref_prefix: str) -> dict[str, str]:
    """request_ref -> serial of what ``ca_id`` issued for requests starting ``ref_prefix``
    (a bulk job's rows: its prefix names the job)."""
    rows = session.execute(
        select(CertificateRecord.request_ref, CertificateRecord.serial_hex).where(
            CertificateRecord.issuer_ca_id == ca_id,
            CertificateRecord.request_ref.startswith(ref_prefix, autoescape=True),
        )
    ).all()
    return {str(ref): serial for ref, serial in rows}


#: Longest request reference the certificates table holds (``String(128)``: PostgreSQL
#: refuses a longer one, SQLite would keep it).
REQUEST_REF_MAX = 128


@dataclass(frozen=True)
class IssuedRequest:
    """What a CA issued for one request reference (a bulk job's row): enough to tell whether
    a resumed row still describes the same person."""

    ref: str
    serial_hex: str
    subject: str
    der: bytes


def issued_requests(session: Session, ca_id: int, ref_prefix: str) -> list[IssuedRequest]:
    """What ``ca_id`` issued for requests starting ``ref_prefix``, in issuance order."""
    rows = session.execute(
        select(
            CertificateRecord.request_ref,
            CertificateRecord.serial_hex,
            CertificateRecord.subject,
            CertificateRecord.der,
        )
        .where(
            CertificateRecord.issuer_ca_id == ca_id,
            CertificateRecord.request_ref.startswith(ref_prefix, autoescape=True),
        )
        .order_by(CertificateRecord.id)
    )
    return [IssuedRequest(str(ref), serial, subject, der) for ref, serial, subject, der in rows]


def ders_by_request_ref(session: Session, ca_id: int, ref_prefix: str) -> list[tuple[str, bytes]]:
    """(request_ref, DER) of what ``ca_id`` issued for requests starting ``ref_prefix``."""
    rows = session.execute(
        select(CertificateRecord.request_ref, CertificateRecord.der).where(
            CertificateRecord.issuer_ca_id == ca_id,
            CertificateRecord.request_ref.startswith(ref_prefix, autoescape=True),
        )
    )
    return [(str(ref), der) for ref, der in rows]


def latest_certificate_id(session: Session) -> int:
    return int(session.execute(select(func.max(CertificateRecord.id))).scalar_one() or 0)


def insert_certificate_rows(session: Session, rows: Sequence[dict[str, object]]) -> None:
    """All rows in as few statements as the database takes (SQLAlchemy's "insertmanyvalues",
    1,000 rows a statement, which RETURNING switches on), not one statement per row.

    Why it matters on SQLite: every statement on ``certificates`` runs its subject-search
    trigger inside a statement savepoint, and FTS5 writes its pending terms out as a new index
    segment at each savepoint, to be merged later. Row by row, that was ~60 µs a certificate,
    two thirds of a bulk batch's recording; one statement per batch writes one segment."""
    certificates = cast(Table, CertificateRecord.__table__)
    session.execute(insert(certificates).returning(certificates.c.id), list(rows)).all()


def add_certificate(session: Session, record: CertificateRecord) -> CertificateRecord:
    """Add one row as an ORM object and flush, so it has its id (a CA points at it)."""
    session.add(record)
    session.flush()
    return record


def certificate_partitions(session: Session, ca_id: int) -> list[int]:
    """The CRL partitions the CA's certificates were issued into (whatever its setting is now:
    a certificate never changes partition)."""
    return sorted(
        p
        for p in session.execute(
            select(CertificateRecord.crl_partition)
            .where(
                CertificateRecord.issuer_ca_id == ca_id,
                CertificateRecord.crl_partition.is_not(None),
            )
            .distinct()
        ).scalars()
        if p is not None
    )
