"""The one way a certificate gets into the store: its row and, when issued here, its
``cert.issued`` audit event, for one certificate or a batch of thousands.

Single issuance, bulk jobs and the CA paths (creation, import) all call
:func:`record_certificates`, so a row always has the same columns filled the same way and
every ``cert.issued`` event has the same keys (:data:`ISSUED_EVENT_KEYS`), whichever path
issued it: an auditor's script reads one schema. It writes with one batch INSERT per call
(:func:`idtoolkit.store.certificates.insert_certificate_rows`), which is what keeps a
1,000-row bulk batch fast; the caller owns the transaction.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import cast

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from idtoolkit import audit_chain
from idtoolkit.ca.names import common_name, format_subject
from idtoolkit.ca.serials import serial_to_hex
from idtoolkit.ca.urls import partition_of_url
from idtoolkit.keys.spec import spec_of_public_key
from idtoolkit.lint.results import Lint
from idtoolkit.states import CertStatus
from idtoolkit.store.certificates import add_certificate, insert_certificate_rows
from idtoolkit.store.models import CertificateRecord
from idtoolkit.store.session import Session

#: Every ``cert.issued`` event has exactly these keys.
ISSUED_EVENT_KEYS = (
    "ca",
    "serial",
    "profile",
    "subject",
    "sans",
    "not_after",
    "fingerprint_sha256",
    "source",
    "request",
    "linted",
    "lint_warnings",
    "lint_skipped",
    "context",
)


@dataclass(frozen=True)
class CertificateEntry:
    """One certificate to record, with what its issuer knows about it."""

    certificate: x509.Certificate
    der: bytes
    sans: tuple[str, ...] = ()
    request_ref: str | None = None
    lint: Lint = field(default_factory=Lint)
    #: The key type's name and the subject when the issuer already has them (a bulk job
    #: saves parsing them back out of each certificate).
    key_type: str | None = None
    subject: x509.Name | None = None

    @staticmethod
    def of(
        cert: x509.Certificate,
        *,
        sans: Sequence[str] = (),
        request_ref: str | None = None,
        lint: Lint | None = None,
    ) -> CertificateEntry:
        return CertificateEntry(
            cert,
            cert.public_bytes(serialization.Encoding.DER),
            tuple(sans),
            request_ref,
            lint or Lint(),
        )


def _key_type(entry: CertificateEntry) -> str:
    if entry.key_type is not None:
        return entry.key_type
    try:
        return spec_of_public_key(entry.certificate.public_key()).name
    except Exception:  # a foreign CA's key we cannot use still gets a row
        return "other"


def certificate_row(
    entry: CertificateEntry, issuer_ca_id: int | None, profile: str, now: dt.datetime
) -> dict[str, object]:
    cert = entry.certificate
    subject = entry.subject if entry.subject is not None else cert.subject
    return {
        "issuer_ca_id": issuer_ca_id,
        "serial_hex": serial_to_hex(cert.serial_number),
        "subject": format_subject(subject),
        "common_name": common_name(subject),
        "profile": profile,
        "key_type": _key_type(entry),
        "not_before": cert.not_valid_before_utc,
        "not_after": cert.not_valid_after_utc,
        "status": CertStatus.VALID,
        "fingerprint_sha256": hashlib.sha256(entry.der).hexdigest(),
        "der": entry.der,
        "request_ref": entry.request_ref,
        "created_at": now,
        "crl_partition": _crl_partition_remembered(cert, entry.der)
        if b".crl" in entry.der
        else None,
    }


#: Partitions by the DER of the one CRL distribution points extension that names them: a
#: bulk job's certificates all carry the same one, and parsing every extension of each
#: certificate to read it again cost more than its signature.
_PARTITIONS: dict[bytes, int | None] = {}
_CRL_DP_OID = bytes.fromhex("0603551d1f")


def _crl_partition_remembered(cert: x509.Certificate, der: bytes) -> int | None:
    extension = _only_extension(der, _CRL_DP_OID)
    if extension is None:  # none, several, or DER this cannot follow: ask cryptography
        return _crl_partition(cert)
    if extension not in _PARTITIONS:
        if len(_PARTITIONS) >= 64:
            _PARTITIONS.clear()
        _PARTITIONS[extension] = _crl_partition(cert)
    return _PARTITIONS[extension]


def _only_extension(der: bytes, oid: bytes) -> bytes | None:
    """The DER of the certificate's one extension with this OID (DER-encoded, tag and
    length included), or None when it has none or more than one, or when its DER is not
    what a certificate's is."""

    def tlv(at: int) -> tuple[int, int, int]:
        tag, length, start = der[at], der[at + 1], at + 2
        if length & 0x80:
            count = length & 0x7F
            length = int.from_bytes(der[start : start + count], "big")
            start += count
        return tag, start, start + length

    try:
        _, start, _ = tlv(0)
        _, at, end = tlv(start)  # tbsCertificate
        while at < end:
            tag, inner, after = tlv(at)
            if tag == 0xA3:
                _, at, end = tlv(inner)  # Extensions
                found = []
                while at < end:
                    _, content, after = tlv(at)
                    if der[content : content + len(oid)] == oid:
                        found.append(der[at:after])
                    at = after
                return found[0] if len(found) == 1 else None
            at = after
    except IndexError:
        return None
    return None


def _crl_partition(cert: x509.Certificate) -> int | None:
    """The CRL partition its distribution point names, kept with the row: it is what the
    certificate says for its whole life, whatever the CA's setting becomes."""
    try:
        points = cert.extensions.get_extension_for_class(x509.CRLDistributionPoints).value
    except x509.ExtensionNotFound:
        return None
    for point in points:
        for name in point.full_name or []:
            if isinstance(name, x509.UniformResourceIdentifier):
                found = partition_of_url(name.value)
                if found is not None:
                    return found
    return None


def issued_event(
    row: Mapping[str, object],
    entry: CertificateEntry,
    ca: str,
    source: str,
    context: Mapping[str, object] | None = None,
) -> dict[str, object]:
    """The details of a ``cert.issued`` event: the keys of :data:`ISSUED_EVENT_KEYS`."""
    not_after = cast(dt.datetime, row["not_after"])
    return {
        "ca": ca,
        "serial": row["serial_hex"],
        "profile": row["profile"],
        "subject": row["subject"],
        "sans": list(entry.sans),
        "not_after": not_after.isoformat(),
        "fingerprint_sha256": row["fingerprint_sha256"],
        "source": source,
        "request": entry.request_ref,
        "linted": entry.lint.checked,
        "lint_warnings": list(entry.lint.warnings),
        "lint_skipped": list(entry.lint.skipped),
        "context": dict(context or {}),
    }


def record_certificates(
    session: Session,
    entries: Sequence[CertificateEntry],
    *,
    issuer_ca_id: int | None,
    profile: str,
    ca: str,
    source: str | None,
    context: Mapping[str, object] | None = None,
    actor: str | None = None,
) -> list[dict[str, object]]:
    """Insert one row per entry and, unless ``source`` is None (a CA's own certificate,
    whose CA event the caller writes), one ``cert.issued`` event each, by ``actor`` (by
    default whoever acts now: see :func:`idtoolkit.audit_chain.append_many`). Returns the
    rows."""
    if not entries:
        return []
    now = dt.datetime.now(dt.UTC)
    rows = [certificate_row(entry, issuer_ca_id, profile, now) for entry in entries]
    insert_certificate_rows(session, rows)
    if source is not None:
        audit_chain.append_many(
            session,
            [
                ("cert.issued", issued_event(row, entry, ca, source, context))
                for row, entry in zip(rows, entries, strict=True)
            ],
            actor,
        )
    return rows


def certificate_record(
    cert: x509.Certificate, issuer_ca_id: int | None, profile: str
) -> CertificateRecord:
    """The row of ``cert`` as an ORM object, not yet added to a session."""
    now = dt.datetime.now(dt.UTC)
    return CertificateRecord(
        **certificate_row(CertificateEntry.of(cert), issuer_ca_id, profile, now)
    )


def record_ca_certificate(
    session: Session, cert: x509.Certificate, issuer_ca_id: int | None, profile: str
) -> CertificateRecord:
    """A CA's own certificate (created or imported): the same row, as the ORM object the CA
    points at; the caller's ``ca.*`` event records it."""
    return add_certificate(session, certificate_record(cert, issuer_ca_id, profile))
