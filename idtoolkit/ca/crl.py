"""Full and delta CRLs.

CRL numbers are one increasing sequence per CA shared by full and delta CRLs (RFC 5280
5.2.3), allocated under a lock on the CA row so two operators on PostgreSQL cannot publish
the same number. Entries are passed to the builder's constructor in one list: adding them one
by one copies the list each time and takes quadratic time (17.7 s versus 0.84 s for 100k).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from idtoolkit import audit_chain
from idtoolkit.ca.issuers import issuer_and_signer
from idtoolkit.ca.revocation import REASONS
from idtoolkit.ca.urls import partition_crl_url
from idtoolkit.errors import InputError
from idtoolkit.keys.spec import authority_key_identifier
from idtoolkit.store.cas import ca_by_name, ca_by_name_for_update
from idtoolkit.store.certificates import certificate_partitions
from idtoolkit.store.crls import add_crl, latest_crl_of
from idtoolkit.store.crls import last_crl_number as _last_number
from idtoolkit.store.models import CARecord, CRLRecord
from idtoolkit.store.revocations import revocations_changed_since, revocations_in_force
from idtoolkit.store.session import Session
from idtoolkit.workspace import Workspace


@dataclass(frozen=True)
class CRLInfo:
    ca: str
    number: int
    is_delta: bool
    base_number: int | None
    this_update: dt.datetime
    next_update: dt.datetime
    entries: int
    der: bytes
    #: The CRL partition this CRL covers (None: the CA's full CRL or its delta).
    partition: int | None = None

    @property
    def crl(self) -> x509.CertificateRevocationList:
        return x509.load_der_x509_crl(self.der)

    def pem(self) -> bytes:
        return self.crl.public_bytes(serialization.Encoding.PEM)


def _entry(
    serial_hex: str, when: dt.datetime, reason: str, invalidity: dt.datetime | None
) -> x509.RevokedCertificate:
    builder = (
        x509.RevokedCertificateBuilder().serial_number(int(serial_hex, 16)).revocation_date(when)
    )
    # RFC 5280 5.3.1: the reason code unspecified SHOULD be absent.
    if reason != "unspecified":
        builder = builder.add_extension(x509.CRLReason(REASONS[reason]), critical=False)
    if invalidity is not None:
        builder = builder.add_extension(
            x509.InvalidityDate(invalidity.replace(tzinfo=None)), critical=False
        )
    return builder.build()


def make_crl(
    ws: Workspace,
    ca_name: str,
    delta: bool = False,
    now: dt.datetime | None = None,
    *,
    partition: int | None = None,
) -> CRLInfo:
    """Sign and record the next full (or delta) CRL of ``ca_name``, or of one partition."""
    info = _publish(ws, ca_name, delta, now, only_if_due=False, partition=partition)
    assert info is not None
    return info


def refresh_crl(
    ws: Workspace,
    ca_name: str,
    delta: bool = False,
    now: dt.datetime | None = None,
    *,
    first: bool = True,
    partition: int | None = None,
) -> CRLInfo | None:
    """Publish the next CRL of this kind if the latest is missing or past half its lifetime.

    ``serve`` calls it periodically, possibly from several workers at once: the check is made
    under the CA row's lock, so two workers do not both publish. A delta CRL is only kept
    fresh for a CA that has published one before (deltas are opt-in). With ``first=False`` a
    CA that never published a full CRL is left alone too (in a lab, publishing the first one is
    the student's exercise).
    """
    return _publish(ws, ca_name, delta, now, only_if_due=True, first=first, partition=partition)


def crl_partitions(ws: Workspace, ca_name: str) -> list[int]:
    """The CRL partitions of a CA: those of its current setting and every one a certificate
    was issued into under an earlier setting (a certificate never changes partition)."""
    with ws.store.reading() as session:
        ca = ca_by_name(session, ca_name)
        used = set(certificate_partitions(session, ca.id)) | set(range(ca.crl_partitions))
    return sorted(used)


def _publish(
    ws: Workspace,
    ca_name: str,
    delta: bool,
    now: dt.datetime | None,
    *,
    only_if_due: bool,
    first: bool = True,
    partition: int | None = None,
) -> CRLInfo | None:
    if partition is not None and delta:
        raise InputError(
            "crl.partition_has_no_delta",
            "CRL partitions have no delta CRLs: the delta CRL covers the full CRL",
        )
    now = (now or dt.datetime.now(dt.UTC)).replace(microsecond=0)
    with ws.store.reading() as session:
        ca = ca_by_name(session, ca_name)
        # serve asks every CA every minute: unlocking a key (a slow KDF, or a token login)
        # only to find nothing due made each start of serve pay it for every CA and kind.
        # The check is repeated under the row lock below, where it decides.
        if only_if_due and not _due(session, ca, delta, now, first, partition):
            return None
        issuer, signer = issuer_and_signer(ws, ca)
    ca_expiry = issuer.certificate.not_valid_after_utc
    if now >= ca_expiry:
        raise InputError(
            "crl.ca_expired",
            "CA {ca_name!r} expired on {ca_expiry:%Y-%m-%d %H:%M} UTC: it signs no more CRLs",
            ca_name=ca_name,
            ca_expiry=ca_expiry,
        )
    with ws.store.transaction() as session:
        # Lock the CA row: CRL numbers are allocated one at a time.
        ca = ca_by_name_for_update(session, ca_name)
        if only_if_due and not _due(session, ca, delta, now, first, partition):
            return None  # fresh enough (or, for a delta, never asked for)
        number = (last_crl_number(session, ca) or 0) + 1
        base: CRLRecord | None = None
        if delta:
            base = _latest(session, ca, False)
            if base is None:
                raise InputError(
                    "crl.no_full_crl_yet",
                    "CA {ca_name!r} has no full CRL yet: make one before a delta CRL",
                    ca_name=ca_name,
                )
            rows = revocations_changed_since(session, ca.id, base.this_update)
            active = {r.serial_hex for r in rows if r.released_at is None}
            entries = [
                _entry(r.serial_hex, r.revoked_at, r.reason, r.invalidity_date)
                for r in rows
                if r.released_at is None
            ] + [
                _removal(r.serial_hex, r.released_at)
                for r in rows
                if r.released_at is not None and r.serial_hex not in active
            ]
            next_update = now + dt.timedelta(hours=ca.delta_crl_hours)
        else:
            current = revocations_in_force(session, ca.id, partition)
            entries = [
                _entry(r.serial_hex, r.revoked_at, r.reason, r.invalidity_date) for r in current
            ]
            next_update = now + dt.timedelta(days=ca.crl_days)
        # RFC 5280 says nothing past the CA's life can be vouched for: no CRL promises more.
        next_update = min(next_update, ca_expiry.replace(microsecond=0))
        aki = authority_key_identifier(issuer.certificate)
        extensions = [
            x509.Extension(aki.oid, False, aki),
            x509.Extension(x509.CRLNumber.oid, False, x509.CRLNumber(number)),
        ]
        if base is not None:
            extensions.append(
                x509.Extension(
                    x509.DeltaCRLIndicator.oid, True, x509.DeltaCRLIndicator(base.number)
                )
            )
        if partition is not None:  # RFC 5280 5.2.5: this CRL's scope is its own URL
            url = partition_crl_url(issuer.base_url, ca_name, partition)
            idp = x509.IssuingDistributionPoint(
                full_name=[x509.UniformResourceIdentifier(url)],
                relative_name=None,
                only_contains_user_certs=False,
                only_contains_ca_certs=False,
                only_some_reasons=None,
                indirect_crl=False,
                only_contains_attribute_certs=False,
            )
            extensions.append(x509.Extension(idp.oid, True, idp))
        builder = x509.CertificateRevocationListBuilder(
            issuer_name=issuer.certificate.subject,
            last_update=now,
            next_update=next_update,
            extensions=extensions,
            revoked_certificates=entries,
        )
        crl = signer.sign_crl(builder)
        der = crl.public_bytes(serialization.Encoding.DER)
        return record_crl(
            session,
            ca,
            "crl.delta_published" if delta else "crl.published",
            der,
            number=number,
            base_number=base.number if base else None,
            this_update=now,
            next_update=next_update,
            entries=len(entries),
            partition=partition,
        )


def last_crl_number(session: Session, ca: CARecord) -> int | None:
    """The highest CRL number recorded for ``ca`` (full or delta: they share one sequence)."""
    return _last_number(session, ca.id)


def record_crl(
    session: Session,
    ca: CARecord,
    event: str,
    der: bytes,
    *,
    number: int,
    base_number: int | None,
    this_update: dt.datetime,
    next_update: dt.datetime,
    entries: int,
    partition: int | None = None,
) -> CRLInfo:
    """Store a CRL and its audit event, whoever signed it (a CA of this workspace, or an
    offline one whose CRL is imported): ``serve`` and an auditor see one shape for both.
    A CRL with a base number is a delta CRL."""
    record = CRLRecord(
        ca_id=ca.id,
        number=number,
        is_delta=base_number is not None,
        base_number=base_number,
        this_update=this_update,
        next_update=next_update,
        entries=entries,
        der=der,
        crl_partition=partition,
    )
    add_crl(session, record)
    audit_chain.append(
        session,
        event,
        {
            "ca": ca.name,
            "number": number,
            "entries": entries,
            "next_update": next_update.isoformat(),
            **({"base_number": base_number} if base_number is not None else {}),
            **({"partition": partition} if partition is not None else {}),
        },
    )
    return CRLInfo(
        ca.name,
        number,
        base_number is not None,
        base_number,
        this_update,
        next_update,
        entries,
        der,
        partition,
    )


def _latest(
    session: Session, ca: CARecord, delta: bool, partition: int | None = None
) -> CRLRecord | None:
    return latest_crl_of(session, ca.id, delta, partition)


def _due(
    session: Session,
    ca: CARecord,
    delta: bool,
    now: dt.datetime,
    first: bool = True,
    partition: int | None = None,
) -> bool:
    """Whether the latest CRL of this kind is missing (and a first one is wanted) or past half
    its lifetime."""
    latest = _latest(session, ca, delta, partition)
    if latest is None:
        return first and not delta
    half = (latest.next_update - latest.this_update) / 2
    return now >= latest.this_update + half


def _removal(serial_hex: str, when: dt.datetime) -> x509.RevokedCertificate:
    return (
        x509.RevokedCertificateBuilder()
        .serial_number(int(serial_hex, 16))
        .revocation_date(when)
        .add_extension(x509.CRLReason(x509.ReasonFlags.remove_from_crl), critical=False)
        .build()
    )


def latest_crl(
    ws: Workspace, ca_name: str, delta: bool = False, partition: int | None = None
) -> CRLInfo | None:
    with ws.store.reading() as session:
        record = _latest(session, ca_by_name(session, ca_name), delta, partition)
        if record is None:
            return None
        return CRLInfo(
            ca_name,
            record.number,
            record.is_delta,
            record.base_number,
            record.this_update,
            record.next_update,
            record.entries,
            record.der,
            record.crl_partition,
        )
