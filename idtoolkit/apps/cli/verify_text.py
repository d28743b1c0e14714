"""``idtoolkit verify``'s report in the user's language.

The same lines as the engine's :func:`idtoolkit.api.signing.render_text` (which stays English,
for saved reports and scripts), with the CLI's own words translated and the data (file names,
DNs, serials, times) filled in as fields, isolated left to right in Arabic. The checks' names,
details and reasons are still the engine's English sentences (issue 24 makes them kinds).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from idtoolkit.api import CheckOutcome
from idtoolkit.api.messages import check_name, reason_message
from idtoolkit.apps.cli.language import N_, _, catalogue, say

if TYPE_CHECKING:
    from idtoolkit.api.signing import SignatureReport

MARKS = {
    CheckOutcome.PASSED: "ok  ",
    CheckOutcome.FAILED: "FAIL",
    CheckOutcome.UNKNOWN: "??  ",
    CheckOutcome.INFO: "-   ",
}
#: The verdicts as the report's first line says them.
VERDICTS = (N_("VALID"), N_("INVALID"), N_("INDETERMINATE"))
TIME = "%Y-%m-%d %H:%M:%S"


def _report_lines(report: SignatureReport) -> list[str]:
    title = report.file + (f" [{report.signature_field}]" if report.signature_field else "")
    verdict = _(report.verdict.upper())
    lines = [
        say("{title}: {verdict}  ({format})", title=title, verdict=verdict, format=report.format),
        say(
            "  signer: {signer} (serial {serial})",
            signer=report.signer,
            serial=report.signer_serial,
        ),
        say("  issued by: {issuer}", issuer=report.issuer),
    ]
    if report.claimed_signing_time:
        lines.append(
            say(
                "  signing time claimed by the signer: {time} UTC",
                time=f"{report.claimed_signing_time:{TIME}}",
            )
        )
    lines.append(say("  validated at: {time} UTC", time=f"{report.validation_time:{TIME}}"))
    for check in report.checks:
        name, detail = catalogue().text(check_name(check.name)), catalogue().text(check.detail)
        lines.append(f"  [{MARKS[check.outcome]}] {name}: {detail}")
    if report.revocation_sources:
        lines.append(_("  revocation sources:"))
        lines += [f"    - {catalogue().text(note)}" for note in report.revocation_sources]
    if report.reasons:
        lines.append(say("  why: {reasons}", reasons=", ".join(report.reasons)))
        if catalogue().language != "en":  # the codes are for scripts: say them in words too
            lines += [f"    - {catalogue().text(reason_message(r))}" for r in report.reasons]
    return lines


def verify_text(reports: list[SignatureReport]) -> str:
    return "\n".join(line for report in reports for line in _report_lines(report))
