"""CAs that sign elsewhere: an offline root known here by its certificate.

The issuing CA's machine must hand relying parties the root's current CRL (the root wrote its
URL into the issuing CA's certificate), so the root's CRLs are carried over the air gap and
imported: accepted only when the CA's certificate here verifies the signature, and only when
newer (a higher CRL number) than what is here, so an old CRL can never replace a newer one
that revoked something. The root's renewed certificate is carried over the same way.
"""

from __future__ import annotations

import datetime as dt

from cryptography import x509
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization

from idtoolkit import audit_chain
from idtoolkit.ca.certificate_recording import record_ca_certificate
from idtoolkit.ca.crl import CRLInfo, last_crl_number, record_crl
from idtoolkit.ca.crl_import_checks import check_dates, check_extensions, check_numbers
from idtoolkit.ca.info import CAInfo, ca_certificate
from idtoolkit.ca.inputs import load_certificates
from idtoolkit.ca.names import format_subject
from idtoolkit.errors import InputError, NotFoundError
from idtoolkit.store.cas import ca_by_name, cas_with_certificate
from idtoolkit.store.models import CARecord
from idtoolkit.store.session import Session
from idtoolkit.workspace import Workspace


def load_crl(data: bytes, source: str = "CRL") -> x509.CertificateRevocationList:
    """Parse a CRL (PEM or DER) and every field we read, at the boundary."""
    try:
        crl = (
            x509.load_pem_x509_crl(data)
            if data.lstrip().startswith(b"-----BEGIN")
            else x509.load_der_x509_crl(data)
        )
        _ = crl.issuer, crl.extensions, crl.last_update_utc, crl.next_update_utc, len(crl)
        for entry in crl:  # entries are parsed lazily too
            _ = entry.serial_number, entry.revocation_date_utc, entry.extensions
    except (
        ValueError,
        TypeError,  # a BIT STRING where a name attribute's text belongs
        x509.InvalidVersion,
        x509.DuplicateExtension,
        x509.UnsupportedGeneralNameType,
    ):
        raise InputError(
            "crl.not_a_crl", "{source} is not a valid PEM or DER CRL", source=source
        ) from None
    return crl


def import_crl(ws: Workspace, data: bytes, source: str = "CRL") -> CRLInfo:
    """Record a CRL signed by an external CA of this workspace; ``serve`` then serves it."""
    crl = load_crl(data, source)
    now = dt.datetime.now(dt.UTC)
    try:
        number = crl.extensions.get_extension_for_class(x509.CRLNumber).value.crl_number
    except x509.ExtensionNotFound:
        raise InputError(
            "crl.import_no_number",
            "{source} has no CRL number: it cannot be ordered against others",
            source=source,
        ) from None
    try:
        base: int | None = crl.extensions.get_extension_for_class(
            x509.DeltaCRLIndicator
        ).value.crl_number
    except x509.ExtensionNotFound:
        base = None
    check_numbers(number, base, source)
    check_extensions(crl, source)
    check_dates(crl, now, source)
    next_update = crl.next_update_utc
    if next_update is None:
        raise InputError(
            "crl.import_no_next_update",
            "{source} has no nextUpdate: relying parties cannot tell when it is stale",
            source=source,
        )
    if next_update <= now:
        raise InputError(
            "crl.import_expired",
            "{source} expired on {next_update:%Y-%m-%d %H:%M} UTC: sign a new one on the CA's machine",
            source=source,
            next_update=next_update,
        )
    der = crl.public_bytes(serialization.Encoding.DER)
    with ws.store.transaction() as session:
        ca = _signing_ca(session, crl, source)
        latest = last_crl_number(session, ca)
        if latest is not None and number <= latest:
            raise InputError(
                "crl.import_not_newer",
                "{source} is number {number}, not newer than the CRL {latest} of CA {name!r} already here: nothing imported",
                source=source,
                number=number,
                latest=latest,
                name=ca.name,
            )
        return record_crl(
            session,
            ca,
            "crl.imported",
            der,
            number=number,
            base_number=base,
            this_update=crl.last_update_utc,
            next_update=next_update,
            entries=len(crl),
        )


def _signing_ca(session: Session, crl: x509.CertificateRevocationList, source: str) -> CARecord:
    same_name = [
        ca for ca in cas_with_certificate(session) if ca_certificate(ca).subject == crl.issuer
    ]
    if not same_name:
        raise NotFoundError(
            "crl.import_unknown_issuer",
            "the CRL was signed by {issuer!r}, a CA this workspace does not know yet: bring its certificate in first",
            issuer=format_subject(crl.issuer),
        )
    for ca in same_name:
        try:
            valid = crl.is_signature_valid(ca_certificate(ca).public_key())  # type: ignore[arg-type]
        except (ValueError, TypeError, UnsupportedAlgorithm):  # a signature algorithm we lack
            valid = False
        if valid:
            if ca.status != "external":
                raise InputError(
                    "crl.import_own_ca",
                    "CA {name!r} signs its own CRLs here",
                    name=ca.name,
                )
            return ca
    raise InputError(
        "crl.import_signature_invalid",
        "the signature of {source} does not verify with the certificate of {issuer!r}: it was altered or signed by another key",
        source=source,
        issuer=format_subject(crl.issuer),
    )


def update_external_certificate(ws: Workspace, name: str, cert_data: bytes) -> CAInfo:
    """Replace an external CA's certificate with its renewal (same name and key, later end)."""
    new = load_certificates(cert_data, "CA certificate")[0]
    with ws.store.transaction() as session:
        ca = ca_by_name(session, name)
        if ca.status != "external":
            raise InputError(
                "ca.not_external",
                "CA {name!r} is not an external CA (status: {status})",
                name=name,
                status=ca.status,
            )
        old = ca_certificate(ca)
        if new.subject != old.subject:
            raise InputError(
                "ca.renewal_other_subject",
                "the certificate is for {subject_given!r}, not {subject!r}",
                subject_given=format_subject(new.subject),
                subject=ca.subject,
            )
        spki = serialization.PublicFormat.SubjectPublicKeyInfo
        der = serialization.Encoding.DER
        if new.public_key().public_bytes(der, spki) != old.public_key().public_bytes(der, spki):
            raise InputError(
                "ca.renewal_other_key",
                "the certificate has another key: import it as a new CA (its CRLs and the certificates it signed are signed by the new key)",
            )
        if new.not_valid_after_utc <= old.not_valid_after_utc:
            raise InputError(
                "ca.renewal_not_later",
                "the certificate ends {not_after:%Y-%m-%d}, not after the one here ({current_not_after:%Y-%m-%d}): nothing changed",
                not_after=new.not_valid_after_utc,
                current_not_after=old.not_valid_after_utc,
            )
        issuer = ca.parent
        issuer_cert = ca_certificate(issuer) if issuer is not None else new
        try:
            new.verify_directly_issued_by(issuer_cert)
        except (ValueError, TypeError, Exception):
            raise InputError(
                "ca.renewal_not_signed_by_issuer",
                "the certificate is not signed by {issuer}",
                issuer="its issuer " + issuer.name if issuer else "its own key",
            ) from None
        row = record_ca_certificate(session, new, issuer.id if issuer else ca.id, ca.profile)
        ca.certificate_id = row.id
        audit_chain.append(
            session,
            "ca.certificate_updated",
            {"ca": name, "serial": row.serial_hex, "fingerprint_sha256": row.fingerprint_sha256},
        )
        session.flush()
        session.refresh(ca)
        return CAInfo.of(ca)


__all__ = ["import_crl", "load_crl", "update_external_certificate"]
