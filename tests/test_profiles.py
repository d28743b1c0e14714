"""Profiles as data: shipped profiles load and say what the references require; broken
profile files are refused with a message naming the file, the key and the rule."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from idtoolkit import oids
from idtoolkit.errors import ConfigurationError
from idtoolkit.profiles import ProfileRegistry, parse_profile
from idtoolkit.profiles.registry import shipped_profiles

REQUIRED = {
    "root-ca",
    "sub-ca",
    "tls-server",
    "tls-client",
    "citizen-auth",
    "citizen-sign",
    "org-seal",
    "code-signing",
    "ocsp-signer",
    "tsa",
    "smime",
}


def test_every_required_profile_ships_and_validates() -> None:
    assert set(shipped_profiles()) >= REQUIRED


def test_tls_server_follows_the_baseline_requirements() -> None:
    p = shipped_profiles()["tls-server"]
    assert p.policies == (oids.CABF_DV,)
    assert p.eku == (oids.EKU_SERVER_AUTH,)
    assert p.san_required and set(p.san_types) == {"dns", "ip"}
    assert p.subject.required == ()
    # SC-081 schedule: 200 days from 2026-03-15, 100 from 2027-03-15, 47 from 2029-03-15.
    assert p.max_days_at(dt.datetime(2026, 1, 1, tzinfo=dt.UTC)) == 398
    assert p.max_days_at(dt.datetime(2026, 11, 23, tzinfo=dt.UTC)) == 200
    assert p.max_days_at(dt.datetime(2027, 3, 15, tzinfo=dt.UTC)) == 100
    assert p.max_days_at(dt.datetime(2029, 6, 1, tzinfo=dt.UTC)) == 47


def test_citizen_and_seal_profiles_carry_the_etsi_statements() -> None:
    profiles = shipped_profiles()
    sign, auth, seal = profiles["citizen-sign"], profiles["citizen-auth"], profiles["org-seal"]
    assert sign.key_usage == ("content_commitment",)
    assert auth.key_usage == ("digital_signature",)
    assert sign.qc_statements is not None and sign.qc_statements.qc_type == oids.QCT_ESIGN
    assert sign.qc_statements.semantics == oids.SEMANTICS_NATURAL_PERSON
    assert seal.qc_statements is not None and seal.qc_statements.qc_type == oids.QCT_ESEAL
    assert seal.qc_statements.semantics == oids.SEMANTICS_LEGAL_PERSON
    assert "organizationIdentifier" in seal.subject.required
    assert sign.subject.one_of == ((("GN", "SN"), ("pseudonym",)),)


def test_service_certificate_profiles() -> None:
    profiles = shipped_profiles()
    assert profiles["ocsp-signer"].ocsp_nocheck and profiles["ocsp-signer"].eku == (
        oids.EKU_OCSP_SIGNING,
    )
    assert not profiles["ocsp-signer"].crl_distribution_point
    assert profiles["tsa"].eku == (oids.EKU_TIME_STAMPING,) and profiles["tsa"].eku_critical
    assert profiles["smime"].policies == (oids.CABF_SMIME_MAILBOX_STRICT,)
    assert profiles["smime"].san_required and profiles["smime"].san_types == ("email",)
    assert profiles["code-signing"].max_days <= 460
    assert profiles["sub-ca"].path_length == 0 and profiles["root-ca"].path_length is None


MINIMAL = """
name = "lab-device"
[validity]
max_days = 30
[key_usage]
usages = ["digital_signature"]
"""


def test_a_minimal_custom_profile_loads_with_safe_defaults() -> None:
    p = parse_profile(MINIMAL, "lab.toml")
    assert p.name == "lab-device" and not p.is_ca and p.default_days == 30
    assert p.key_usage_critical


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("name = ", "lab.toml: invalid TOML"),
        (
            MINIMAL.replace("max_days = 30", "max_days = 'thirty'"),
            "lab.toml: validity.max_days: must be int",
        ),
        ("colour = 'blue'\n" + MINIMAL, "lab.toml: colour: unknown key"),
        (
            MINIMAL.replace("digital_signature", "sign_everything"),
            "lab.toml: key_usage.usages: 'sign_everything' is not one of",
        ),
        (MINIMAL.replace('"lab-device"', '"Lab Device"'), "lab.toml: name: use lower-case"),
        (
            MINIMAL.replace('usages = ["digital_signature"]', 'usages = ["key_cert_sign"]'),
            "lab.toml: key_usage.usages: an end-entity profile must not include key_cert_sign",
        ),
        (
            MINIMAL + "[keys]\nallowed = ['rsa1024']\n",
            "lab.toml: keys.allowed: 'rsa1024' is not one of",
        ),
        (MINIMAL + "[policies]\noids = ['cabf-xx']\n", "lab.toml: policies.oids: unknown OID name"),
        (
            MINIMAL + "[subject]\nrequired = ['CN']\n[subject.rules]\nCN = { pattern = '([' }\n",
            "lab.toml: subject.rules.CN.pattern: invalid regular expression",
        ),
        (
            MINIMAL + "[san]\nrequired = true\n",
            "lab.toml: san.required: SANs are required but no SAN type",
        ),
        (
            MINIMAL.replace(
                "[validity]\nmax_days = 30", "[validity]\nmax_days = 30\ndefault_days = 31"
            ),
            "lab.toml: validity.default_days",
        ),
        ("path_length = 1\n" + MINIMAL, "lab.toml: path_length: only a CA profile"),
    ],
)
def test_a_broken_profile_is_refused_naming_file_key_and_rule(text: str, expected: str) -> None:
    with pytest.raises(ConfigurationError) as info:
        parse_profile(text, "lab.toml")
    assert str(info.value).startswith(expected), str(info.value)
    assert "\n" not in str(info.value)


def test_a_workspace_profile_overrides_the_shipped_one(tmp_path: Path) -> None:
    (tmp_path / "tls.toml").write_text(MINIMAL.replace("lab-device", "tls-server"))
    registry = ProfileRegistry(tmp_path)
    assert registry.get("tls-server").max_days == 30
    assert registry.is_custom("tls-server") and not registry.is_custom("root-ca")


def test_an_invalid_workspace_profile_is_reported_when_the_workspace_opens(tmp_path: Path) -> None:
    (tmp_path / "broken.toml").write_text("name = 'x'\n[validity]\n")
    with pytest.raises(ConfigurationError, match=r"broken.toml: validity.max_days: is required"):
        ProfileRegistry(tmp_path)


def test_the_shipped_profiles_words_for_a_value_s_form_are_said_in_every_language() -> None:
    """A shipped profile's ``expected`` words end up inside a refusal ("subject C='sn' must be
    …"): each is one of the engine's translated messages, so no English fragment is left in
    a French or Arabic sentence (a custom profile's own words stay as its author wrote them)."""
    from idtoolkit.ca.builder import expected_words
    from idtoolkit.i18n import LANGUAGES, catalogue
    from idtoolkit.messages import Message

    said = 0
    for profile in shipped_profiles().values():
        for attribute, rule in profile.subject.rules.items():
            if rule.expected is None:
                continue
            words = expected_words(rule.expected, attribute)
            assert isinstance(words, Message), (profile.name, attribute, rule.expected)
            for language in LANGUAGES:
                assert catalogue(language).gettext(words.template) != words.template, language
            said += 1
    assert said >= 12  # C in nine profiles, serialNumber in two, organizationIdentifier


def test_a_refused_country_is_said_in_french_without_an_english_fragment() -> None:
    from cryptography import x509
    from cryptography.x509.oid import NameOID

    from idtoolkit.ca.builder import check_subject
    from idtoolkit.errors import ProfileViolation
    from idtoolkit.i18n import catalogue

    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, "Awa Diop"),
            x509.NameAttribute(NameOID.GIVEN_NAME, "Awa"),
            x509.NameAttribute(NameOID.SURNAME, "Diop"),
            x509.NameAttribute(NameOID.COUNTRY_NAME, "sn"),
        ]
    )
    with pytest.raises(ProfileViolation) as refused:
        check_subject(shipped_profiles()["citizen-auth"], name)
    french = catalogue("fr").error_text(refused.value)
    assert "un code pays ISO 3166 à 2 lettres" in french and "2-letter" not in french
