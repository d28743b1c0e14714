"""Listing, searching and showing certificates: paged queries the CLI and GUI share.

Filters run in SQL on indexed columns, so a workspace with a million certificates answers a
page at a time without loading them all.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cryptography import x509
from sqlalchemy import ColumnElement, Select, and_, column, func, or_, select, table
from sqlalchemy.orm import Session

from idtoolkit.ca.records import get_ca
from idtoolkit.ca.serials import parse_serial
from idtoolkit.errors import InputError, NotFoundError
from idtoolkit.states import CERT_FILTERS, CertStatus
from idtoolkit.store.models import CARecord, CertificateRecord, RevocationRecord
from idtoolkit.workspace import Workspace

STATUSES = CERT_FILTERS


@dataclass(frozen=True)
class CertFilter:
    ca: str | None = None
    status: str | None = None  # one of STATUSES
    profile: str | None = None
    text: str | None = None  # subject substring or serial prefix
    serial: str | None = None
    expiring_days: int | None = None


@dataclass(frozen=True)
class CertSummary:
    id: int
    ca: str | None
    serial: str
    subject: str
    profile: str
    key_type: str
    not_before: dt.datetime
    not_after: dt.datetime
    status: CertStatus  # stored status, EXPIRED when valid but past not_after

    @classmethod
    def of(cls, c: CertificateRecord, ca_name: str | None, now: dt.datetime) -> CertSummary:
        return cls(
            c.id,
            ca_name,
            c.serial_hex,
            c.subject,
            c.profile,
            c.key_type,
            c.not_before,
            c.not_after,
            effective_status(c.status, c.not_after, now),
        )


def effective_status(status: str, not_after: dt.datetime, now: dt.datetime) -> CertStatus:
    stored = CertStatus(status)
    return CertStatus.EXPIRED if stored is CertStatus.VALID and not_after < now else stored


#: The trigram index over subjects on SQLite (migration 0005); it needs 3 characters.
_SUBJECT_FTS = table("certificates_subject_fts", column("rowid"), column("subject"))
_TRIGRAM = 3


def subject_contains(session: Session, text: str) -> ColumnElement[bool]:
    """Subjects containing ``text``, case-insensitively, through the trigram index where the
    store has one (SQLite FTS5; PostgreSQL's pg_trgm index serves ILIKE by itself)."""
    if session.get_bind().dialect.name == "sqlite" and len(text) >= _TRIGRAM:
        phrase = '"' + text.replace('"', '""') + '"'
        return CertificateRecord.id.in_(
            select(_SUBJECT_FTS.c.rowid).where(_SUBJECT_FTS.c.subject.match(phrase))
        )
    return CertificateRecord.subject.icontains(text, autoescape=True)


def apply_filter(
    query: Select[CertificateRecord, str],
    session: Session,
    f: CertFilter,
    now: dt.datetime,
) -> Select[CertificateRecord, str]:
    if f.ca:
        ca = get_ca(session, f.ca)
        query = query.where(CertificateRecord.issuer_ca_id == ca.id)
    if f.profile:
        query = query.where(CertificateRecord.profile == f.profile)
    if f.serial:
        query = query.where(CertificateRecord.serial_hex == parse_serial(f.serial))
    if f.text:
        clauses = [subject_contains(session, f.text.strip())]
        cleaned = f.text.strip().lower().removeprefix("0x").replace(":", "")
        if cleaned and all(c in "0123456789abcdef" for c in cleaned):
            # A range, not LIKE: an index answers it on every database.
            upper = cleaned[:-1] + chr(ord(cleaned[-1]) + 1)
            clauses.append(
                and_(CertificateRecord.serial_hex >= cleaned, CertificateRecord.serial_hex < upper)
            )
        if len(clauses) == 1:
            query = query.where(clauses[0])
        else:
            # Subject or serial: as a set of ids, each clause on its own index (SQLite:
            # MULTI-INDEX OR), not a walk of the table in id order looking for matches.
            query = query.where(
                CertificateRecord.id.in_(select(CertificateRecord.id).where(or_(*clauses)))
            )
    if f.status:
        if f.status not in STATUSES:
            raise InputError(
                "ca.unknown_status_choose_one",
                "unknown status {status!r}; choose one of: {value}",
                status=f.status,
                value=", ".join(STATUSES),
            )
        if f.status == CertStatus.EXPIRED:
            query = query.where(
                CertificateRecord.status == CertStatus.VALID, CertificateRecord.not_after < now
            )
        elif f.status == "expiring":
            days = f.expiring_days or 30
            query = query.where(
                CertificateRecord.status == CertStatus.VALID,
                CertificateRecord.not_after >= now,
                CertificateRecord.not_after < now + dt.timedelta(days=days),
            )
        elif f.status == CertStatus.VALID:
            query = query.where(
                CertificateRecord.status == CertStatus.VALID, CertificateRecord.not_after >= now
            )
        else:
            query = query.where(CertificateRecord.status == f.status)
    if f.expiring_days is not None and f.status != "expiring":
        query = query.where(
            CertificateRecord.not_after >= now,
            CertificateRecord.not_after < now + dt.timedelta(days=f.expiring_days),
        )
    return query


def list_certificates(
    ws: Workspace, f: CertFilter = CertFilter(), limit: int | None = 100, offset: int = 0
) -> list[CertSummary]:
    """A page of matching certificates in issuance order; ``limit=None`` for all of them."""
    now = dt.datetime.now(dt.UTC)
    with ws.store.reading() as session:
        query = select(CertificateRecord, CARecord.name).join(
            CARecord, CARecord.id == CertificateRecord.issuer_ca_id, isouter=True
        )
        query = (
            apply_filter(query, session, f, now)
            .order_by(CertificateRecord.id)
            .limit(limit)
            .offset(offset)
        )
        return [CertSummary.of(c, ca_name, now) for c, ca_name in session.execute(query).all()]


def count_certificates(ws: Workspace, f: CertFilter = CertFilter()) -> int:
    now = dt.datetime.now(dt.UTC)
    with ws.store.reading() as session:
        query = select(CertificateRecord, CARecord.name).join(
            CARecord, CARecord.id == CertificateRecord.issuer_ca_id, isouter=True
        )
        query = apply_filter(query, session, f, now)
        return int(session.execute(select(func.count()).select_from(query.subquery())).scalar_one())


@dataclass(frozen=True)
class CertDetails:
    summary: CertSummary
    certificate: x509.Certificate
    revoked_at: dt.datetime | None
    reason: str | None


#: The shortest serial prefix accepted: one or two digits are too easy to mistype on revoke.
MIN_SERIAL_PREFIX = 4
#: How many matches an ambiguous serial prefix lists before "and N more".
_SHOWN_MATCHES = 5


def resolve_serial(
    session: Session, serial: str, ca_id: int | None = None, ca: str | None = None
) -> tuple[CertificateRecord, str | None]:
    """The one certificate a serial, or a unique prefix of one, names (``5f3a`` for
    ``5f3a9c…``), as the README and listings show them. A whole serial wins over prefixes;
    an ambiguous prefix is refused with its matches listed, never guessed."""
    exact = parse_serial(serial)
    prefix = serial.strip().lower().removeprefix("0x").replace(":", "").replace(" ", "")
    base = select(CertificateRecord, CARecord.name).join(
        CARecord, CARecord.id == CertificateRecord.issuer_ca_id, isouter=True
    )
    if ca_id is not None:
        base = base.where(CertificateRecord.issuer_ca_id == ca_id)
    rows = session.execute(base.where(CertificateRecord.serial_hex == exact)).all()
    if len(rows) > 1:
        names = ", ".join(sorted(str(n) for _, n in rows))
        raise InputError(
            "cert.serial_ambiguous",
            "serial {exact} was issued by several CAs ({names}): name the CA",
            exact=exact,
            names=names,
        )
    if not rows and len(prefix) >= MIN_SERIAL_PREFIX:
        upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
        rows = session.execute(
            base.where(CertificateRecord.serial_hex >= prefix, CertificateRecord.serial_hex < upper)
            .order_by(CertificateRecord.serial_hex)
            .limit(_SHOWN_MATCHES + 1)
        ).all()
        if len(rows) > 1:
            shown = ", ".join(
                f"{c.serial_hex} ({n or 'imported'})" for c, n in rows[:_SHOWN_MATCHES]
            )
            more = " and more" if len(rows) > _SHOWN_MATCHES else ""
            raise InputError(
                "ca.serial_prefix_matches_several",
                "serial prefix {prefix} matches several certificates: {shown}{more}; type more digits",
                prefix=prefix,
                shown=shown,
                more=more,
            )
    if not rows:
        hint = (
            f" (a prefix needs at least {MIN_SERIAL_PREFIX} hex digits)"
            if len(prefix) < MIN_SERIAL_PREFIX
            else ""
        )
        where = f"CA {ca!r} has issued" if ca else "there is"
        raise NotFoundError(
            "ca.not_certificate_serial",
            "{where} no certificate with serial {exact}{hint}",
            where=where,
            exact=exact,
            hint=hint,
        )
    c, ca_name = rows[0]
    return c, ca_name


def find_certificate(ws: Workspace, serial: str, ca: str | None = None) -> CertDetails:
    """One certificate by serial or unique serial prefix; ``ca`` disambiguates when two CAs
    used the same serial."""
    now = dt.datetime.now(dt.UTC)
    with ws.store.reading() as session:
        ca_id = get_ca(session, ca).id if ca else None
        c, ca_name = resolve_serial(session, serial, ca_id, ca)
        revocation = session.execute(
            select(RevocationRecord).where(
                RevocationRecord.certificate_id == c.id, RevocationRecord.released_at.is_(None)
            )
        ).scalar_one_or_none()
        return CertDetails(
            CertSummary.of(c, ca_name, now),
            x509.load_der_x509_certificate(c.der),
            revocation.revoked_at if revocation else None,
            revocation.reason if revocation else None,
        )
