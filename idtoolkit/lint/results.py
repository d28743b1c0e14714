"""Lint result types, kept apart from :mod:`idtoolkit.lint.linter` so that profiles, the CLI and the
GUI can name a standard without importing pkilint (about 350 ms) until a certificate is linted.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class LintStandard(enum.Enum):
    """The rule set a document is linted against.

    The CA/B Forum and ETSI linters need to know what kind of certificate they look at (root,
    intermediate, DV/OV/EV subscriber, S/MIME generation, QWAC...); like the pkilint CLIs'
    ``--detect`` option, we infer it from the certificate itself (policy OIDs, EKU, basic
    constraints, QC statements), so the profile's own choices decide which rules apply.
    """

    PKIX = "pkix"
    """RFC 5280 only: what every certificate this engine issues must satisfy."""

    CABF_SERVERAUTH = "cabf-serverauth"
    """CA/Browser Forum TLS Baseline Requirements (publicly trusted TLS)."""

    CABF_SMIME = "cabf-smime"
    """CA/Browser Forum S/MIME Baseline Requirements; needs a reserved S/MIME policy OID."""

    ETSI = "etsi"
    """ETSI EN 319 412 (eIDAS / QWAC / qualified certificate profiles)."""


@dataclass(frozen=True)
class LintFinding:
    """One pkilint finding, copied out so callers need not know pkilint's types."""

    severity: str
    """pkilint's severity name: ``FATAL``, ``ERROR``, ``WARNING``, ``NOTICE`` or ``INFO``."""

    code: str
    """pkilint's finding code, e.g. ``pkix.certificate_skid_missing``: stable, greppable."""

    message: str | None
    """Optional human-readable detail pkilint attached to the finding."""

    node_path: str
    """Where in the document the finding was raised (e.g. ``certificate.tbsCertificate...``)."""

    def __str__(self) -> str:
        """One line, suitable for the CLI and the audit log."""
        detail = f": {self.message}" if self.message else ""
        return f"{self.severity} {self.code} @ {self.node_path}{detail}"


_BLOCKING_SEVERITIES = frozenset({"FATAL", "ERROR"})


@dataclass(frozen=True)
class LintReport:
    """Everything pkilint said about one document, split by what the CA must do about it."""

    standard: LintStandard
    findings: tuple[LintFinding, ...]
    skipped: tuple[str, ...] = ()
    """What pkilint could not check (e.g. an ML-DSA key or signature it does not know), in
    words: recorded with the issuance so an auditor sees the gap, never a reason to refuse."""

    @property
    def errors(self) -> tuple[LintFinding, ...]:
        """ERROR and FATAL findings: a MUST is violated, so these block issuance."""
        return tuple(f for f in self.findings if f.severity in _BLOCKING_SEVERITIES)

    @property
    def warnings(self) -> tuple[LintFinding, ...]:
        """WARNING findings: SHOULD-level problems, reported but not blocking."""
        return tuple(f for f in self.findings if f.severity == "WARNING")

    @property
    def ok(self) -> bool:
        """True when nothing blocks issuance (warnings and notices are allowed)."""
        return not self.errors


@dataclass(frozen=True)
class Lint:
    """What linting said about one certificate. Bulk jobs lint a random sample, so a
    certificate may be recorded unlinted (``checked`` False) but never with invented findings."""

    checked: bool = False
    warnings: tuple[str, ...] = ()
    skipped: tuple[str, ...] = ()

    @staticmethod
    def of(report: LintReport) -> Lint:
        # Sorted: the order of pkilint's walk is no fact about the certificate, and a bulk
        # job's partial walks meet the findings in another order than a full one.
        return Lint(True, tuple(sorted(f.code for f in report.warnings)), tuple(report.skipped))
