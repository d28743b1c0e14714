"""The lint gate of issuance: pkilint's ERROR and FATAL findings stop a certificate, with one
finding the CA's own base URL may downgrade; pyASN.1 failures reworded to a line."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Protocol
from urllib.parse import urlsplit

from idtoolkit.errors import LintRejected
from idtoolkit.lint.results import LintFinding, LintReport, LintStandard
from idtoolkit.lint.words import finding_message
from idtoolkit.messages import Message

if TYPE_CHECKING:
    from idtoolkit.lint.linter import RowLinter


class LintedProfile(Protocol):
    """What the gate reads of a certificate profile (a :class:`~idtoolkit.profiles.model.
    Profile`): its lint standard and its name for the message. A protocol, so the lint package
    does not import the profiles that import it."""

    @property
    def name(self) -> str: ...

    @property
    def lint(self) -> LintStandard: ...


_ASN1_FAILURE = re.compile(r'ASN\.1 decoding failure occurred at "([^"]+)" with schema "([^"]+)"')


def _asn1_failure(finding: LintFinding) -> Message | None:
    """pkilint's ASN.1 failures end in pyasn1 object reprs: say the field and the rule."""
    found = _ASN1_FAILURE.search(finding.message or "")
    if found is None:
        return None
    return Message(
        "lint.finding_asn1",
        "{field} breaks the ASN.1 rules of {rule} (too long, or the wrong type) ({code})",
        field=found.group(1).removeprefix("certificate.tbsCertificate."),
        rule=found.group(2),
        code=finding.code,
    )


@functools.lru_cache(maxsize=16)
def _host(base_url: str) -> str | None:
    """The host of a CA's base URL (asked for every certificate of a bulk job)."""
    return urlsplit(base_url).hostname


def accept_base_url(report: LintReport, base_url: str | None) -> LintReport:
    """Downgrade "internal domain name" (or IP address: the default base URL is 127.0.0.1,
    where a lab's ``serve --tls-port`` answers) for the host of the CA's own base URL (see
    :func:`lint_der_or_reject`)."""
    host = _host(base_url) if base_url and report.errors else None
    if host:
        report = downgrade_findings(
            report,
            lambda f: (
                f.code.endswith(("internal_domain_name", "internal_ip_address"))
                and f'"{host}"' in (f.message or "")
            ),
        )
    return report


def lint_or_reject(
    cert_der: bytes, profile: LintedProfile, base_url: str | None = None
) -> LintReport:
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
        extra = len(report.errors) - 1
        more = Message("lint.more_errors", " (+{count} more)", count=extra) if extra else ""
        message = first.message.splitlines()[0] if first.message else None
        raise LintRejected(
            "lint.certificate_rejected",
            "profile '{profile_name}': {standard} lint error: {finding}{more}; certificate not issued",
            profile_name=profile_name,
            standard=standard.value,
            code=first.code,
            # The rule in plain words with its code (a message: said in the user's language).
            finding=_asn1_failure(first) or finding_message(replace(first, message=message)),
            more=more,
        )
    return report


def downgrade_findings(report: LintReport, match: Callable[[LintFinding], bool]) -> LintReport:
    findings = tuple(
        replace(f, severity="WARNING") if f.severity in ("ERROR", "FATAL") and match(f) else f
        for f in report.findings
    )
    return replace(report, findings=findings)
