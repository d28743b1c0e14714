"""Helpers shared by the CA operations: fetching CAs and writing certificate rows."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from sqlalchemy import select
from sqlalchemy.orm import Session

from idtoolkit.errors import InputError, LintRejected, NotFoundError
from idtoolkit.lint.results import LintFinding, LintReport, LintStandard
from idtoolkit.profiles.model import Profile
from idtoolkit.states import CAStatus
from idtoolkit.store.models import CARecord

_CA_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$")


def check_ca_name(name: str) -> None:
    if not _CA_NAME.match(name):
        raise InputError(
            "ca.ca_name_may_letters",
            "CA name {name!r} may use letters, digits, '.', '_' and '-' (it appears in URLs)",
            name=name,
        )


def get_ca(session: Session, name: str) -> CARecord:
    ca = session.execute(select(CARecord).where(CARecord.name == name)).scalar_one_or_none()
    if ca is None:
        names = session.execute(select(CARecord.name).order_by(CARecord.name)).scalars().all()
        known = ", ".join(names) if names else "none yet"
        raise NotFoundError(
            "ca.unknown_ca_cas_workspace",
            "unknown CA {name!r} (CAs in this workspace: {known})",
            name=name,
            known=known,
        )
    return ca


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


if TYPE_CHECKING:
    from idtoolkit.lint.linter import RowLinter

_ASN1_FAILURE = re.compile(r'ASN\.1 decoding failure occurred at "([^"]+)" with schema "([^"]+)"')


def _plain(message: str) -> str:
    """pkilint's ASN.1 failures end in pyasn1 object reprs: keep the field and the rule."""
    found = _ASN1_FAILURE.search(message)
    if found is None:
        return message.splitlines()[0]
    path = found.group(1).removeprefix("certificate.tbsCertificate.")
    return f"{path} breaks the ASN.1 rules of {found.group(2)} (too long, or the wrong type)"


def accept_base_url(report: LintReport, base_url: str | None) -> LintReport:
    """Downgrade "internal domain name" for the host of the CA's own base URL (see
    :func:`lint_der_or_reject`)."""
    host = urlsplit(base_url).hostname if base_url else None
    if host and report.errors:
        report = downgrade_findings(
            report,
            lambda f: f.code.endswith("internal_domain_name") and f'"{host}"' in (f.message or ""),
        )
    return report


def lint_or_reject(cert_der: bytes, profile: Profile, base_url: str | None = None) -> LintReport:
    """Lint with the profile's standard; ERROR/FATAL findings stop issuance."""
    return lint_der_or_reject(cert_der, profile.lint, profile.name, base_url)


def lint_der_or_reject(
    cert_der: bytes,
    standard: LintStandard,
    profile_name: str,
    base_url: str | None = None,
    row_linter: RowLinter | None = None,
) -> LintReport:
    """:func:`lint_or_reject` on plain values, so a lint worker process can run it.

    One finding is downgraded to a warning: "internal domain name" for the host of the CA's
    own base URL. An officer who sets a base URL of ``http://127.0.0.1:8080`` or
    ``http://pki.ministry.local`` has chosen a PKI served on a local network; the finding is
    kept (as a warning, recorded in the audit event), but it cannot block every issuance.
    """
    from idtoolkit.lint.linter import lint_certificate  # pkilint loads on first use only

    report = (
        row_linter.lint(cert_der)
        if row_linter is not None
        else lint_certificate(cert_der, standard)
    )
    report = accept_base_url(report, base_url)
    if not report.ok:
        first = report.errors[0]
        more = f" (+{len(report.errors) - 1} more)" if len(report.errors) > 1 else ""
        message = _plain(first.message) if first.message else ""
        raise LintRejected(
            "ca.profile_lint_error_certificate",
            "profile '{profile_name}': {value} lint error {code}{value2}{more}; certificate not issued",
            profile_name=profile_name,
            value=standard.value,
            code=first.code,
            value2=": " + message if message else "",
            more=more,
        )
    return report


def downgrade_findings(report: LintReport, match: Callable[[LintFinding], bool]) -> LintReport:
    findings = tuple(
        replace(f, severity="WARNING") if f.severity in ("ERROR", "FATAL") and match(f) else f
        for f in report.findings
    )
    return replace(report, findings=findings)


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
