"""Revocation, certificate hold and release.

A hold is a revocation with reason certificateHold that can be lifted; the released row stays
(with ``released_at``) so the next delta CRL can carry removeFromCRL for it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cryptography import x509

from idtoolkit import audit_chain
from idtoolkit.ca.ocsp_presign import presign_quietly
from idtoolkit.ca.query import resolve_serial
from idtoolkit.errors import InputError, NotFoundError
from idtoolkit.states import CertStatus
from idtoolkit.store.cas import ca_by_name
from idtoolkit.store.models import CertificateRecord, RevocationRecord
from idtoolkit.store.ocsp_responses import forget_ocsp_responses
from idtoolkit.store.revocations import active_revocation, add_revocation
from idtoolkit.store.session import Session
from idtoolkit.workspace import Workspace

#: CLI names (kebab-case) of the RFC 5280 reason codes, mapped to cryptography's flags.
REASONS: dict[str, x509.ReasonFlags] = {
    "unspecified": x509.ReasonFlags.unspecified,
    "key-compromise": x509.ReasonFlags.key_compromise,
    "ca-compromise": x509.ReasonFlags.ca_compromise,
    "affiliation-changed": x509.ReasonFlags.affiliation_changed,
    "superseded": x509.ReasonFlags.superseded,
    "cessation-of-operation": x509.ReasonFlags.cessation_of_operation,
    "certificate-hold": x509.ReasonFlags.certificate_hold,
    "privilege-withdrawn": x509.ReasonFlags.privilege_withdrawn,
    "aa-compromise": x509.ReasonFlags.aa_compromise,
}


def parse_reason(text: str) -> str:
    """Accept ``key-compromise``, ``keyCompromise`` or ``key_compromise``."""
    normal = (
        "".join("-" + c.lower() if c.isupper() else c for c in text.strip())
        .replace("_", "-")
        .lstrip("-")
    )
    normal = normal.replace("c-a-", "ca-").replace("a-a-", "aa-")
    if normal not in REASONS:
        raise InputError(
            "revocation.unknown_reason",
            "unknown revocation reason {text!r}; choose one of: {choices}",
            text=text,
            choices=", ".join(REASONS),
        )
    return normal


@dataclass(frozen=True)
class RevocationInfo:
    ca: str
    serial: str
    status: CertStatus
    reason: str
    revoked_at: dt.datetime
    invalidity_date: dt.datetime | None


def _certificate(session: Session, ca_name: str, serial: str) -> CertificateRecord:
    ca = ca_by_name(session, ca_name)
    cert, _ = resolve_serial(session, serial, ca.id, ca_name)
    if ca.certificate_id == cert.id and ca.parent_id is None:
        raise NotFoundError(
            "revocation.ca_certificate_itself",
            "CA {ca_name!r} has issued no certificate with serial {serial_hex}",
            ca_name=ca_name,
            serial_hex=cert.serial_hex,
        )
    return cert


def revoke(
    ws: Workspace,
    ca: str,
    serial: str,
    reason: str = "unspecified",
    invalidity_date: dt.datetime | None = None,
) -> RevocationInfo:
    """Revoke (or, with reason certificate-hold, suspend) a certificate issued by ``ca``."""
    reason_name = parse_reason(reason)
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    if invalidity_date is not None:
        if invalidity_date.tzinfo is None:
            raise InputError(
                "revocation.invalidity_date_needs_zone",
                "the invalidity date needs a time zone (e.g. 2026-01-31T12:00Z)",
            )
        if invalidity_date > now:
            raise InputError(
                "revocation.invalidity_date_in_future",
                "the invalidity date cannot be in the future",
            )
    with ws.store.transaction() as session:
        cert = _certificate(session, ca, serial)
        current = active_revocation(session, cert.id)
        if current is not None:
            if current.reason != "certificate-hold":
                raise InputError(
                    "revocation.already_revoked",
                    "certificate {serial_hex} was already revoked on {revoked_at:%Y-%m-%d %H:%M} UTC ({reason})",
                    serial_hex=cert.serial_hex,
                    revoked_at=current.revoked_at,
                    reason=current.reason,
                )
            if reason_name == "certificate-hold":
                raise InputError(
                    "revocation.already_on_hold",
                    "certificate {serial_hex} is already on hold",
                    serial_hex=cert.serial_hex,
                )
            # A held certificate revoked for good: the same entry, now permanent.
            current.reason = reason_name
            current.revoked_at = now
            current.invalidity_date = invalidity_date
            record = current
        else:
            ca_record = ca_by_name(session, ca)
            record = RevocationRecord(
                certificate_id=cert.id,
                ca_id=ca_record.id,
                serial_hex=cert.serial_hex,
                revoked_at=now,
                reason=reason_name,
                invalidity_date=invalidity_date,
            )
            add_revocation(session, record)
        cert.status = (
            CertStatus.ON_HOLD if reason_name == "certificate-hold" else CertStatus.REVOKED
        )
        forget_ocsp_responses(session, cert.id)  # no responder may serve "good" any more
        session.flush()
        audit_chain.append(
            session,
            "cert.held" if reason_name == "certificate-hold" else "cert.revoked",
            {
                "ca": ca,
                "serial": cert.serial_hex,
                "reason": reason_name,
                "invalidity_date": invalidity_date.isoformat() if invalidity_date else None,
            },
        )
        info = RevocationInfo(
            ca,
            cert.serial_hex,
            CertStatus(cert.status),
            reason_name,
            record.revoked_at,
            invalidity_date,
        )
    presign_quietly(ws, ca, [info.serial])
    return info


def hold(ws: Workspace, ca: str, serial: str) -> RevocationInfo:
    return revoke(ws, ca, serial, "certificate-hold")


def release(ws: Workspace, ca: str, serial: str) -> RevocationInfo:
    """Lift a hold: the certificate is valid again."""
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    with ws.store.transaction() as session:
        cert = _certificate(session, ca, serial)
        current = active_revocation(session, cert.id)
        if current is None or current.reason != "certificate-hold":
            raise InputError(
                "revocation.not_on_hold",
                "certificate {serial_hex} is not on hold (status: {status})",
                serial_hex=cert.serial_hex,
                status=cert.status,
            )
        current.released_at = now
        cert.status = CertStatus.VALID
        forget_ocsp_responses(session, cert.id)
        session.flush()
        audit_chain.append(session, "cert.released", {"ca": ca, "serial": cert.serial_hex})
        info = RevocationInfo(ca, cert.serial_hex, CertStatus.VALID, "remove-from-crl", now, None)
    presign_quietly(ws, ca, [info.serial])
    return info
