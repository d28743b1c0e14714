"""What a CA row says, as its callers read it: the listing (:class:`CAInfo`), its certificate,
and the rule for CA names. Finding a CA by name is the store's (:mod:`idtoolkit.store.cas`)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from cryptography import x509
from cryptography.hazmat.primitives import hashes

from idtoolkit.errors import InputError
from idtoolkit.states import CAStatus
from idtoolkit.store.models import CARecord

_CA_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$")


def check_ca_name(name: str) -> None:
    if not _CA_NAME.match(name):
        raise InputError(
            "ca.bad_name",
            "CA name {name!r} may use letters, digits, '.', '_' and '-' (it appears in URLs)",
            name=name,
        )


def ca_certificate(ca: CARecord) -> x509.Certificate:
    if ca.certificate is None:
        raise InputError(
            "ca.no_certificate_yet",
            "CA {name!r} has no certificate yet: import it first",
            name=ca.name,
        )
    return x509.load_der_x509_certificate(ca.certificate.der)


def fingerprint(cert: x509.Certificate) -> str:
    return cert.fingerprint(hashes.SHA256()).hex()


@dataclass(frozen=True)
class CAInfo:
    """A CA as the CLI and GUI list it."""

    name: str
    status: CAStatus
    profile: str
    subject: str
    parent: str | None
    key_type: str | None
    key_store: str
    serial: str | None
    not_after: dt.datetime | None
    base_url: str | None
    crl_days: int
    has_key: bool
    #: The token holding the CA key, when it is on one.
    token_label: str | None = None

    @staticmethod
    def of(ca: CARecord) -> CAInfo:
        key = ca.key
        if key is None:
            store = "none (certificate only)"
        elif key.backend == "pkcs11":
            store = f"pkcs11:token={key.token_label}"
        else:
            store = key.backend
        cert = ca.certificate
        status = CAStatus(ca.status)
        if cert is not None and status in (CAStatus.ACTIVE, CAStatus.EXTERNAL):
            # Shown as it is: an expired CA signs nothing and anchors nothing current.
            not_after = cert.not_after
            if not_after.tzinfo is None:
                not_after = not_after.replace(tzinfo=dt.UTC)
            if not_after <= dt.datetime.now(dt.UTC):
                status = CAStatus.EXPIRED
        return CAInfo(
            name=ca.name,
            status=status,
            profile=ca.profile,
            subject=ca.subject,
            parent=ca.parent.name if ca.parent else None,
            key_type=key.key_type if key else (cert.key_type if cert else None),
            key_store=store,
            serial=cert.serial_hex if cert else None,
            not_after=cert.not_after if cert else None,
            base_url=ca.base_url,
            crl_days=ca.crl_days,
            has_key=key is not None,
            token_label=key.token_label if key is not None and key.backend == "pkcs11" else None,
        )
