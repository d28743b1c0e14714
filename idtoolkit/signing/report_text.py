"""Signature reports as plain text, the way ``idtoolkit verify`` prints them.

Kept apart from the validators so a front end can show reports (or re-print saved ones) without
loading pyHanko.
"""

from __future__ import annotations

from idtoolkit.signing.report import SignatureReport
from idtoolkit.states import CheckOutcome


def render_text(reports: list[SignatureReport]) -> str:
    lines: list[str] = []
    marks = {
        CheckOutcome.PASSED: "ok  ",
        CheckOutcome.FAILED: "FAIL",
        CheckOutcome.UNKNOWN: "??  ",
        CheckOutcome.INFO: "-   ",
    }
    for report in reports:
        title = f"{report.file}" + (
            f" [{report.signature_field}]" if report.signature_field else ""
        )
        lines.append(f"{title}: {report.verdict.upper()}  ({report.format})")
        lines.append(f"  signer: {report.signer} (serial {report.signer_serial})")
        lines.append(f"  issued by: {report.issuer}")
        if report.claimed_signing_time:
            lines.append(
                f"  signing time claimed by the signer: {report.claimed_signing_time:%Y-%m-%d %H:%M:%S} UTC"
            )
        lines.append(f"  validated at: {report.validation_time:%Y-%m-%d %H:%M:%S} UTC")
        for check in report.checks:
            lines.append(f"  [{marks[check.outcome]}] {check.name}: {check.detail}")
        if report.revocation_sources:
            lines.append("  revocation sources:")
            lines += [f"    - {note}" for note in report.revocation_sources]
        if report.reasons:
            lines.append(f"  why: {', '.join(report.reasons)}")
    return "\n".join(lines)
