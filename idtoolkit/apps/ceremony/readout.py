"""The values a step's participants read aloud or compare, printed as the step ends and kept
in the transcript.

A script says "the administrator reads the certificate's fingerprint aloud" or "its hash is
compared with the one the operator sent": the run must show that value, as hex in groups of
four and as words (:func:`~idtoolkit.apps.ceremony.script.hash_words`), which are easier to
compare by ear. What each action shows, and every sentence printed around it, is in this one
module so the texts can be translated in one place; the transcript records the values under
their stable names (``fingerprint_sha256``), never the translated labels.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from idtoolkit.apps.ceremony.script import Step, hash_words


@dataclass(frozen=True)
class Shown:
    """One value of a step's result (a SHA-256 in hex, by its recorded name) and what it is.

    ``before``: shown before the confirmation too (a request's hash is compared before it is
    signed, not after); its value then comes from the action's preview."""

    name: str
    label: str
    before: bool = False


#: What each action shows to be read aloud or compared (English; one entry per action).
READ_ALOUD: dict[str, tuple[Shown, ...]] = {
    "create_root": (Shown("fingerprint_sha256", "the root certificate's fingerprint (SHA-256)"),),
    "sign_csr": (
        Shown(
            "csr_sha256",
            "SHA-256 of the request (DER), to compare with the one its operator sent",
            before=True,
        ),
        Shown("fingerprint_sha256", "the new CA certificate's fingerprint (SHA-256)"),
    ),
    "service_credential": (
        Shown("fingerprint_sha256", "the service certificate's fingerprint (SHA-256)"),
    ),
    "seal_audit": (Shown("sealed_hash", "the sealed audit trail's head (SHA-256)"),),
}

#: The sentences around the values (English).
HEADING = "Read aloud and compare"
WORDS = "in words"
RECORDED = "Recorded, read it back: {name} = {value}"


def grouped_hex(hex_digest: str) -> str:
    """``3f2a9c01…`` as ``3f2a 9c01 …``: groups of four are read aloud without losing place."""
    return " ".join(hex_digest[i : i + 4] for i in range(0, len(hex_digest), 4))


def read_aloud_values(step: Step, recorded: dict[str, Any]) -> dict[str, dict[str, str]]:
    """What the transcript keeps: each shown value as hex and as words, by its name."""
    values: dict[str, dict[str, str]] = {}
    for shown in READ_ALOUD.get(step.action, ()):
        digest = recorded.get(shown.name)
        if isinstance(digest, str) and len(digest) == 64:
            values[shown.name] = {"sha256": digest, "words": " ".join(hash_words(digest))}
    return values


def read_aloud_text(step: Step, recorded: dict[str, Any], before: bool = False) -> str:
    """The block the run prints when the step is done, or ``before`` its confirmation (from the
    action's preview): each value is shown once, at the moment people compare it ("" when the
    step shows nothing then)."""
    lines: list[str] = []
    values = read_aloud_values(step, recorded)
    for shown in READ_ALOUD.get(step.action, ()):
        if shown.name not in values or shown.before != before:
            continue
        words = values[shown.name]["words"].split()
        lines += [
            f"  {HEADING}: {shown.label}",
            f"    {grouped_hex(values[shown.name]['sha256'])}",
            f"    {WORDS}: {' '.join(words[:12])}",
            f"    {' ' * len(WORDS)}  {' '.join(words[12:])}",
        ]
    if step.action == "manual" and not before:
        for name in step.params.get("record", []):
            if name in recorded:
                lines.append("  " + RECORDED.format(name=name, value=recorded[name]))
    return "\n".join(lines)
