"""Listing, searching and showing certificates: paged queries the CLI and GUI share.

Filters run in SQL on indexed columns, so a workspace with a million certificates answers a
page at a time without loading them all.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cryptography import x509

from idtoolkit.ca.serials import parse_serial
from idtoolkit.errors import InputError, NotFoundError
from idtoolkit.states import CERT_FILTERS, CertStatus
from idtoolkit.store.cas import ca_by_name
from idtoolkit.store.certificates import (
    CertificateQuery,
    certificate_page,
    certificates_with_serial,
    certificates_with_serial_prefix,
    count_matching,
)
from idtoolkit.store.models import CertificateRecord
from idtoolkit.store.revocations import active_revocation
from idtoolkit.store.session import Session
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
    status: CertStatus  # stored status; EXPIRED / NOT_YET_VALID when valid but outside it

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
            effective_status(c.status, c.not_before, c.not_after, now),
        )


def effective_status(
    status: str, not_before: dt.datetime, not_after: dt.datetime, now: dt.datetime
) -> CertStatus:
    """The stored status, except that a valid certificate outside its validity period is
    shown as it is to a relying party: expired, or not yet valid (a post-dated credential
    listed as "valid" would be taken for one that works today)."""
    stored = CertStatus(status)
    if stored is not CertStatus.VALID:
        return stored
    if not_after < now:
        return CertStatus.EXPIRED
    if not_before > now:
        return CertStatus.NOT_YET_VALID
    return stored


def resolve_filter(session: Session, f: CertFilter) -> CertificateQuery:
    """The store's query for ``f``: the CA named, the serial normalised, the status checked."""
    ca_id = ca_by_name(session, f.ca).id if f.ca else None
    serial_hex = parse_serial(f.serial) if f.serial else None
    if f.status and f.status not in STATUSES:
        raise InputError(
            "cert.unknown_status",
            "unknown status {status!r}; choose one of: {choices}",
            status=f.status,
            choices=", ".join(STATUSES),
        )
    return CertificateQuery(
        ca_id=ca_id,
        profile=f.profile or None,
        serial_hex=serial_hex,
        text=f.text,
        status=f.status or None,
        expiring_days=f.expiring_days,
    )


def list_certificates(
    ws: Workspace, f: CertFilter = CertFilter(), limit: int | None = 100, offset: int = 0
) -> list[CertSummary]:
    """A page of matching certificates in issuance order; ``limit=None`` for all of them."""
    now = dt.datetime.now(dt.UTC)
    with ws.store.reading() as session:
        rows = certificate_page(session, resolve_filter(session, f), now, limit, offset)
        return [CertSummary.of(c, ca_name, now) for c, ca_name in rows]


def count_certificates(ws: Workspace, f: CertFilter = CertFilter()) -> int:
    now = dt.datetime.now(dt.UTC)
    with ws.store.reading() as session:
        return count_matching(session, resolve_filter(session, f), now)


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
    rows = certificates_with_serial(session, exact, ca_id)
    if len(rows) > 1:
        names = ", ".join(sorted(str(n) for _, n in rows))
        raise InputError(
            "cert.serial_ambiguous",
            "serial {exact} was issued by several CAs ({names}): name the CA",
            exact=exact,
            names=names,
        )
    if not rows and len(prefix) >= MIN_SERIAL_PREFIX:
        rows = certificates_with_serial_prefix(session, prefix, ca_id, _SHOWN_MATCHES + 1)
        if len(rows) > 1:
            shown = ", ".join(
                f"{c.serial_hex} ({n or 'imported'})" for c, n in rows[:_SHOWN_MATCHES]
            )
            more = " and more" if len(rows) > _SHOWN_MATCHES else ""
            raise InputError(
                "cert.serial_prefix_ambiguous",
                "serial prefix {prefix} matches several certificates: {shown}{more}; type more digits",
                prefix=prefix,
                shown=shown,
                more=more,
            )
    if not rows:
        # Whole sentences, one kind each: a translation never meets an English fragment.
        if len(prefix) < MIN_SERIAL_PREFIX:
            raise NotFoundError(
                "cert.serial_prefix_too_short",
                "no certificate with serial {exact}; a serial prefix needs at least {digits} hex digits",
                exact=exact,
                digits=MIN_SERIAL_PREFIX,
            )
        if ca:
            raise NotFoundError(
                "cert.serial_not_found_in_ca",
                "CA {ca!r} has issued no certificate with serial {exact}",
                ca=ca,
                exact=exact,
            )
        raise NotFoundError(
            "cert.serial_not_found",
            "there is no certificate with serial {exact}",
            exact=exact,
        )
    c, ca_name = rows[0]
    return c, ca_name


def find_certificate(ws: Workspace, serial: str, ca: str | None = None) -> CertDetails:
    """One certificate by serial or unique serial prefix; ``ca`` disambiguates when two CAs
    used the same serial."""
    now = dt.datetime.now(dt.UTC)
    with ws.store.reading() as session:
        ca_id = ca_by_name(session, ca).id if ca else None
        c, ca_name = resolve_serial(session, serial, ca_id, ca)
        revocation = active_revocation(session, c.id)
        return CertDetails(
            CertSummary.of(c, ca_name, now),
            x509.load_der_x509_certificate(c.der),
            revocation.revoked_at if revocation else None,
            revocation.reason if revocation else None,
        )
