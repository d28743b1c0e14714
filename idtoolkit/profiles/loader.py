"""Load and validate profile TOML files.

Every problem is reported as a ConfigurationError naming the file, the key and the rule, so a
user who writes their own profile can fix it without reading our code.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections.abc import Collection, Iterable
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.x509.oid import ExtensionOID

from idtoolkit import oids
from idtoolkit.errors import ConfigurationError, IDToolkitError
from idtoolkit.i18n import LANGUAGES
from idtoolkit.keys.spec import KEY_SPECS
from idtoolkit.lint.results import LintStandard
from idtoolkit.oids import ATTRIBUTE_OIDS, resolve_oid
from idtoolkit.profiles.model import (
    KEY_USAGE_NAMES,
    SAN_TYPES,
    AttributeRule,
    Profile,
    QcStatementsSpec,
    SubjectRules,
    ValidityStep,
    post_quantum_refusal,
)
from idtoolkit.sentence_parts import os_reason
from idtoolkit.strict_toml import StrictTable

_NAME_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")
_CSR_EXTENSIONS = {
    "subjectAltName": ExtensionOID.SUBJECT_ALTERNATIVE_NAME,
    "basicConstraints": ExtensionOID.BASIC_CONSTRAINTS,
    "keyUsage": ExtensionOID.KEY_USAGE,
    "extendedKeyUsage": ExtensionOID.EXTENDED_KEY_USAGE,
    "subjectKeyIdentifier": ExtensionOID.SUBJECT_KEY_IDENTIFIER,
}
_TOP_KEYS = {
    "name",
    "description",
    "descriptions",
    "lint",
    "ca",
    "path_length",
    "keys",
    "validity",
    "key_usage",
    "extended_key_usage",
    "policies",
    "subject",
    "san",
    "extensions",
    "qc_statements",
    "csr",
    "name_constraints",
}


class _ProfileTable(StrictTable):
    """A profile's tables, in the wording profile authors know: the key's dotted path
    (``validity.max_days: ...``) and, for a stray key, the keys allowed there."""

    error = ConfigurationError

    LOCATION = "{source}: {where}{key}: "

    def inner(self, key: str) -> str:
        return f"{self.where}{key}."

    def wrong_type(self, key: str, kind: type, value: Any) -> IDToolkitError:
        if kind is int and isinstance(value, bool):
            return self.fail(key, "profile.not_an_integer", "must be an integer")
        return super().wrong_type(key, kind, value)

    def not_one_of(self, key: str, value: Any, choices: Iterable[str]) -> IDToolkitError:
        return self.fail(
            key,
            "profile.not_one_of",
            "{value!r} is not one of: {choices}",
            value=value,
            choices=", ".join(choices),
        )

    def unknown(self, key: str, allowed: Collection[str]) -> IDToolkitError:
        return self.fail(
            key,
            "profile.unknown_key",
            "unknown key (allowed: {allowed})",
            allowed=", ".join(sorted(allowed)),
        )

    def oids(self, key: str) -> tuple[x509.ObjectIdentifier, ...]:
        result = []
        for v in self.strings(key):
            try:
                result.append(resolve_oid(v))
            except ValueError as exc:
                raise self.fail(key, "profile.bad_oid", "{reason}", reason=str(exc)) from None
        return tuple(result)


def load_profile_file(path: Path) -> Profile:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigurationError(
            "profile.unreadable",
            "{path}: cannot read profile: {strerror}",
            path=path,
            strerror=os_reason(exc),
        ) from None
    except UnicodeDecodeError as exc:
        raise ConfigurationError(
            "profile.not_utf8",
            "{path}: not UTF-8 text (byte {byte}); TOML files must be UTF-8",
            path=path,
            byte=exc.start + 1,
        ) from None
    return parse_profile(text, str(path))


def parse_profile(text: str, source: str) -> Profile:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigurationError(
            "profile.invalid_toml", "{source}: invalid TOML: {exc}", source=source, exc=exc
        ) from None
    except RecursionError:  # tomllib recurses per nesting level
        raise ConfigurationError(
            "profile.toml_too_deep",
            "{source}: invalid TOML: nested too deeply",
            source=source,
        ) from None
    top = _ProfileTable(source, "", data)
    top.only(_TOP_KEYS)

    name = top.get("name", str)
    if not _NAME_RE.match(name):
        raise top.fail(
            "name",
            "profile.bad_name",
            "use lower-case letters, digits and '-' (e.g. 'tls-server')",
        )
    lint_name = top.get("lint", str, "pkix")
    try:
        lint = LintStandard(lint_name)
    except ValueError:
        raise top.not_one_of("lint", lint_name, (s.value for s in LintStandard)) from None
    is_ca = top.get("ca", bool, False)
    path_length = top.get("path_length", int, None)
    if path_length is not None and (not is_ca or path_length < 0):
        raise top.fail(
            "path_length",
            "profile.bad_path_length",
            "only a CA profile may set it, and it must be >= 0",
        )

    keys = top.sub("keys")
    keys.only({"allowed"})
    # Post-quantum keys are opt-in: a profile written before ML-DSA existed keeps its meaning.
    classical = tuple(n for n, spec in KEY_SPECS.items() if not spec.post_quantum)
    key_types = keys.strings("allowed", classical, choices=tuple(KEY_SPECS))
    if not key_types:
        raise keys.fail("allowed", "profile.no_key_type", "must list at least one key type")

    validity = top.sub("validity")
    validity.only({"max_days", "default_days", "schedule"})
    max_days = validity.get("max_days", int)
    default_days = validity.get("default_days", int, max_days)
    if max_days < 1 or not 1 <= default_days <= max_days:
        raise validity.fail(
            "default_days", "profile.bad_default_days", "need 1 <= default_days <= max_days"
        )
    schedule = []
    for i, step in enumerate(validity.get("schedule", list, [])):
        step_reader = _ProfileTable(
            source, f"validity.schedule[{i}].", step if isinstance(step, dict) else {}
        )
        step_reader.only({"from", "max_days"})
        start = step_reader.get("from", dt.date)
        days = step_reader.get("max_days", int)
        schedule.append(ValidityStep(start, days))
    schedule.sort(key=lambda s: s.start)

    ku = top.sub("key_usage")
    ku.only({"usages", "rsa_extra", "critical"})
    usages = ku.strings("usages", choices=KEY_USAGE_NAMES)
    if not usages:
        raise ku.fail("usages", "profile.no_key_usage", "must list at least one key usage")
    if is_ca and "key_cert_sign" not in usages:
        raise ku.fail(
            "usages", "profile.ca_without_cert_sign", "a CA profile must include key_cert_sign"
        )
    if not is_ca and ("key_cert_sign" in usages or "crl_sign" in usages):
        raise ku.fail(
            "usages",
            "profile.end_entity_with_ca_usage",
            "an end-entity profile must not include key_cert_sign or crl_sign",
        )

    eku = top.sub("extended_key_usage")
    eku.only({"usages", "critical"})
    policies = top.sub("policies")
    policies.only({"oids"})

    subject = top.sub("subject")
    subject.only({"required", "optional", "one_of", "rules"})
    attribute_names = tuple(ATTRIBUTE_OIDS)
    one_of_raw = subject.get("one_of", list, [])
    one_of = []
    for group in one_of_raw:
        if not isinstance(group, list) or not all(
            isinstance(alt, list) and all(a in attribute_names for a in alt) for alt in group
        ):
            raise subject.fail(
                "one_of",
                "profile.bad_one_of",
                "must be a list of groups of attribute-name lists",
            )
        one_of.append(tuple(tuple(alt) for alt in group))
    rules: dict[str, AttributeRule] = {}
    rules_reader = subject.sub("rules")
    for attr in rules_reader.data:
        if attr not in attribute_names:
            raise rules_reader.fail(
                attr, "profile.unknown_subject_attribute", "unknown subject attribute"
            )
        rule_reader = rules_reader.sub(attr)
        rule_reader.only({"pattern", "max_length", "expected"})
        pattern = rule_reader.get("pattern", str, None)
        try:
            compiled = re.compile(pattern) if pattern is not None else None
        except re.error as exc:
            raise rule_reader.fail(
                "pattern",
                "profile.bad_pattern",
                "invalid regular expression: {reason}",
                reason=str(exc),
            ) from None
        rules[attr] = AttributeRule(
            compiled,
            rule_reader.get("max_length", int, None),
            rule_reader.get("expected", str, None),
        )
    subject_rules = SubjectRules(
        required=subject.strings("required", choices=attribute_names),
        optional=subject.strings("optional", choices=attribute_names),
        one_of=tuple(one_of),
        rules=rules,
    )

    san = top.sub("san")
    san.only({"allowed", "required", "from_cn"})
    san_types = san.strings("allowed", choices=SAN_TYPES)
    san_required = san.get("required", bool, False)
    if san_required and not san_types:
        raise san.fail(
            "required",
            "profile.san_required_none_allowed",
            "SANs are required but no SAN type is allowed",
        )

    ext = top.sub("extensions")
    ext.only(
        {
            "crl_distribution_point",
            "aia_ca_issuers",
            "aia_ocsp",
            "ocsp_nocheck",
            "subject_key_identifier",
        }
    )

    qc = top.sub("qc_statements")
    qc.only({"compliance", "sscd", "type", "semantics", "retention_years", "legislation", "pds"})
    qc_spec = None
    if qc.data:
        qc_type = qc.get("type", str, None)
        semantics = qc.get("semantics", str, None)
        semantics_oids = {
            "natural-person": oids.SEMANTICS_NATURAL_PERSON.dotted_string,
            "legal-person": oids.SEMANTICS_LEGAL_PERSON.dotted_string,
        }
        if semantics is not None and semantics not in semantics_oids:
            raise qc.fail(
                "semantics",
                "profile.bad_qc_semantics",
                "must be 'natural-person' or 'legal-person'",
            )
        pds = []
        for i, entry in enumerate(qc.get("pds", list, [])):
            pds_reader = _ProfileTable(
                source, f"qc_statements.pds[{i}].", entry if isinstance(entry, dict) else {}
            )
            pds_reader.only({"url", "language"})
            language = pds_reader.get("language", str)
            if not re.fullmatch(r"[a-z]{2}", language):
                raise pds_reader.fail(
                    "language", "profile.bad_pds_language", "must be a 2-letter ISO 639-1 code"
                )
            pds.append((pds_reader.get("url", str), language))
        try:
            type_oid = resolve_oid(qc_type) if qc_type else None
        except ValueError as exc:
            raise qc.fail("type", "profile.bad_qc_type", "{reason}", reason=str(exc)) from None
        qc_spec = QcStatementsSpec(
            compliance=qc.get("compliance", bool, False),
            sscd=qc.get("sscd", bool, False),
            qc_type=type_oid,
            semantics=x509.ObjectIdentifier(semantics_oids[semantics]) if semantics else None,
            retention_years=qc.get("retention_years", int, None),
            legislation=qc.strings("legislation"),
            pds=tuple(pds),
        )

    csr = top.sub("csr")
    csr.only({"copy_extensions", "ignore_extensions"})
    csr_names = tuple(_CSR_EXTENSIONS)
    copy = tuple(
        _CSR_EXTENSIONS[n] for n in csr.strings("copy_extensions", ("subjectAltName",), csr_names)
    )
    ignore = tuple(
        _CSR_EXTENSIONS[n]
        for n in csr.strings(
            "ignore_extensions",
            ("basicConstraints", "keyUsage", "extendedKeyUsage", "subjectKeyIdentifier"),
            csr_names,
        )
    )
    constraints = top.sub("name_constraints")
    constraints.only({"permitted_dns"})
    if constraints.data and not is_ca:
        raise constraints.fail(
            "permitted_dns",
            "profile.name_constraints_not_ca",
            "only a CA profile may carry name constraints",
        )

    descriptions = top.sub("descriptions")
    descriptions.only(LANGUAGES)
    translated: list[tuple[str, str]] = []
    for language in sorted(descriptions.data):
        text = descriptions.get(language, str)
        if not text.strip() or "\n" in text:
            raise descriptions.fail(
                language, "profile.bad_description", "must be one non-empty line of text"
            )
        translated.append((language, text))

    profile = Profile(
        name=name,
        description=top.get("description", str, ""),
        descriptions=tuple(translated),
        source=source,
        is_ca=is_ca,
        path_length=path_length,
        lint=lint,
        key_types=key_types,
        max_days=max_days,
        default_days=default_days,
        validity_schedule=tuple(schedule),
        key_usage=usages,
        key_usage_rsa_extra=ku.strings("rsa_extra", choices=KEY_USAGE_NAMES),
        key_usage_critical=ku.get("critical", bool, True),
        eku=eku.oids("usages"),
        eku_critical=eku.get("critical", bool, False),
        policies=policies.oids("oids"),
        subject=subject_rules,
        san_types=san_types,
        san_required=san_required,
        san_from_cn=san.get("from_cn", bool, False),
        crl_distribution_point=ext.get("crl_distribution_point", bool, False),
        aia_ca_issuers=ext.get("aia_ca_issuers", bool, False),
        aia_ocsp=ext.get("aia_ocsp", bool, False),
        ocsp_nocheck=ext.get("ocsp_nocheck", bool, False),
        subject_key_identifier=ext.get("subject_key_identifier", bool, True),
        qc_statements=qc_spec,
        csr_copy_extensions=copy,
        csr_ignore_extensions=ignore,
        name_constraints_dns=constraints.strings("permitted_dns"),
    )
    for key_type in key_types:
        refusal = post_quantum_refusal(profile, KEY_SPECS[key_type])
        if refusal:
            raise keys.fail("allowed", "profile.post_quantum_refused", "{reason}", reason=refusal)
    return profile
