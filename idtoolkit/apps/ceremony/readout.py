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
from idtoolkit.apps.ceremony.words import TEXTS, labelled, text


@dataclass(frozen=True)
class Shown:
    """One value of a step's result (a SHA-256 in hex, by its recorded name) and what it is.

    ``before``: shown before the confirmation too (a request's hash is compared before it is
    signed, not after); its value then comes from the action's preview."""

    name: str
    label: str  # a key of :data:`~idtoolkit.apps.ceremony.words.TEXTS`
    before: bool = False


#: What each action shows to be read aloud or compared (one entry per action; the labels'
#: texts, in every language, are in :mod:`~idtoolkit.apps.ceremony.words`).
READ_ALOUD: dict[str, tuple[Shown, ...]] = {
    "create_root": (Shown("fingerprint_sha256", "root_fingerprint"),),
    "sign_csr": (
        Shown("csr_sha256", "csr_hash", before=True),
        Shown("fingerprint_sha256", "ca_fingerprint"),
    ),
    "service_credential": (Shown("fingerprint_sha256", "service_fingerprint"),),
    "seal_audit": (Shown("sealed_hash", "sealed_head"),),
}

#: The heading of a read-aloud block, in every language (the desktop app finds blocks by it).
HEADINGS = tuple(TEXTS["read_aloud"].values())
HEADING = TEXTS["read_aloud"]["en"]


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


def read_aloud_text(
    step: Step, recorded: dict[str, Any], before: bool = False, lang: str = "en"
) -> str:
    """The block the run prints when the step is done, or ``before`` its confirmation (from the
    action's preview): each value is shown once, at the moment people compare it ("" when the
    step shows nothing then)."""
    lines: list[str] = []
    values = read_aloud_values(step, recorded)
    for shown in READ_ALOUD.get(step.action, ()):
        if shown.name not in values or shown.before != before:
            continue
        words = values[shown.name]["words"].split()
        in_words = text(lang, "in_words")
        first = labelled(lang, in_words, " ".join(words[:12]))
        lines += [
            "  " + labelled(lang, text(lang, "read_aloud"), text(lang, shown.label)),
            f"    {grouped_hex(values[shown.name]['sha256'])}",
            f"    {first}",
            "    " + " " * (len(first) - len(" ".join(words[:12]))) + " ".join(words[12:]),
        ]
    if step.action == "manual" and not before:
        for name in step.params.get("record", []):
            if name in recorded:
                lines.append("  " + text(lang, "read_back", name=name, value=recorded[name]))
    return "\n".join(lines)
