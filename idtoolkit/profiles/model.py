"""Certificate profiles as immutable values.

A profile is everything a CA officer decides once for a kind of certificate; the issuance code
only applies it. Instances are built from TOML by :mod:`idtoolkit.profiles.loader`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Literal

from cryptography import x509

from idtoolkit.keys.spec import KeySpec
from idtoolkit.lint.results import LintStandard
from idtoolkit.messages import Message

KEY_USAGE_NAMES = (
    "digital_signature",
    "content_commitment",
    "key_encipherment",
    "data_encipherment",
    "key_agreement",
    "key_cert_sign",
    "crl_sign",
)
SAN_TYPES = ("dns", "ip", "email", "uri")


@dataclass(frozen=True)
class ValidityStep:
    """From ``start`` on, certificates may last at most ``max_days`` (BR-style schedules)."""

    start: dt.date
    max_days: int


@dataclass(frozen=True)
class AttributeRule:
    pattern: re.Pattern[str] | None = None
    max_length: int | None = None
    #: What ``pattern`` asks for in words, with an example: error messages show this, never
    #: the regular expression.
    expected: str | None = None


@dataclass(frozen=True)
class SubjectRules:
    required: tuple[str, ...]
    optional: tuple[str, ...]
    # Each group lists alternatives, exactly one of which must be present in full,
    # e.g. (("GN", "SN"), ("pseudonym",)) for EN 319 412-2 natural persons.
    one_of: tuple[tuple[tuple[str, ...], ...], ...] = ()
    rules: dict[str, AttributeRule] = field(default_factory=dict)

    @property
    def allowed(self) -> frozenset[str]:
        names = set(self.required) | set(self.optional)
        for group in self.one_of:
            for alternative in group:
                names.update(alternative)
        return frozenset(names)


@dataclass(frozen=True)
class QcStatementsSpec:
    compliance: bool = False
    sscd: bool = False
    qc_type: x509.ObjectIdentifier | None = None
    semantics: x509.ObjectIdentifier | None = None
    retention_years: int | None = None
    legislation: tuple[str, ...] = ()
    pds: tuple[tuple[str, str], ...] = ()  # (url template, language)


@dataclass(frozen=True)
class Profile:
    name: str
    description: str
    source: str  # file it came from, for messages
    is_ca: bool
    path_length: int | None
    lint: LintStandard
    key_types: tuple[str, ...]
    max_days: int
    default_days: int
    validity_schedule: tuple[ValidityStep, ...]
    key_usage: tuple[str, ...]
    key_usage_rsa_extra: tuple[str, ...]
    key_usage_critical: bool
    eku: tuple[x509.ObjectIdentifier, ...]
    eku_critical: bool
    policies: tuple[x509.ObjectIdentifier, ...]
    subject: SubjectRules
    san_types: tuple[str, ...]
    san_required: bool
    san_from_cn: bool
    crl_distribution_point: bool
    aia_ca_issuers: bool
    aia_ocsp: bool
    ocsp_nocheck: bool
    subject_key_identifier: bool
    qc_statements: QcStatementsSpec | None
    csr_copy_extensions: tuple[x509.ObjectIdentifier, ...]
    csr_ignore_extensions: tuple[x509.ObjectIdentifier, ...]
    name_constraints_dns: tuple[str, ...] = ()
    #: The description in other languages (``[descriptions]`` in the TOML: ``fr = "…"``), as
    #: (language, text) pairs; a language not given falls back to :attr:`description`.
    descriptions: tuple[tuple[str, str], ...] = ()

    def description_in(self, language: str) -> str:
        """The description in ``language`` (a catalogue code: ``fr``, ``ar``, ``zh_CN``), or
        the English one when the profile carries none in that language."""
        return dict(self.descriptions).get(language) or self.description

    def max_days_at(self, when: dt.datetime) -> int:
        """The maximum validity in force at ``when``: the profile's cap, lowered by the schedule."""
        limit = self.max_days
        for step in self.validity_schedule:
            if when.date() >= step.start:
                limit = min(self.max_days, step.max_days)
        return limit


# Rule sets that do not (yet) admit ML-DSA: a certificate they govern must be refused with the
# reason, not signed and then failed by the linter or by every relying party.
_PQ_BARRED_STANDARDS = {
    LintStandard.CABF_SERVERAUTH: Message(
        "profile.pq_barred.cabf_serverauth",
        "the CA/B Forum TLS Baseline Requirements (6.1.5, 7.1.3) "
        "allow only RSA and ECDSA and do not allow ML-DSA yet",
    ),
    LintStandard.CABF_SMIME: Message(
        "profile.pq_barred.cabf_smime",
        "the CA/B Forum S/MIME Baseline Requirements (6.1.5, 7.1.3) do not allow ML-DSA yet",
    ),
}
# RFC 9881 section 5: an ML-DSA key only signs.
PQ_BARRED_USAGES = ("key_encipherment", "data_encipherment", "key_agreement")


def post_quantum_refusal(
    profile: Profile, spec: KeySpec, role: Literal["key", "signature"] = "key"
) -> Message | None:
    """Why ``profile`` can never certify the post-quantum key ``spec`` (``role="key"``) or
    carry a signature made with it (``"signature"``: the issuing CA's key); None if it may.
    A message: the front ends say it in the user's language."""
    if not spec.post_quantum:
        return None
    reason = _PQ_BARRED_STANDARDS.get(profile.lint)
    if reason and role == "key":
        return Message(
            "profile.pq_keys_refused",
            "{key_type} keys are refused: {reason}",
            key_type=spec.name,
            reason=reason,
        )
    if reason:
        return Message(
            "profile.pq_signatures_refused",
            "{key_type} signatures are refused: {reason}",
            key_type=spec.name,
            reason=reason,
        )
    if role == "signature":
        return None
    barred = [u for u in profile.key_usage if u in PQ_BARRED_USAGES]
    if barred:
        return Message(
            "profile.pq_key_only_signs",
            "{key_type} keys are refused: an ML-DSA key only signs (RFC 9881), and this "
            "profile grants {usages}",
            key_type=spec.name,
            usages=", ".join(barred),
        )
    return None
