"""Tests for idtoolkit.lint.linter: pkilint wrapped so the CA can refuse to issue a bad certificate.

Every fixture is built here with pyca/cryptography, so each test states exactly which field
makes pkilint pass or fail. Dates are pinned, not "now": pkilint picks the CA/B Forum rules
in force at the certificate's notBefore, and the TLS validity limit keeps shrinking (200 days
from 2026-03-15, 100 from 2027-03-15), so a now-based fixture would start failing by itself.
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import AuthorityInformationAccessOID, ExtendedKeyUsageOID, NameOID

from idtoolkit.errors import LintError
from idtoolkit.lint import linter as lint
from idtoolkit.lint.linter import LintFinding, LintReport, LintStandard, lint_certificate, lint_crl

NOT_BEFORE = dt.datetime(2026, 4, 1, 12, 0, 0, tzinfo=dt.UTC)
DV_POLICY = x509.ObjectIdentifier("2.23.140.1.2.1")
SMIME_MAILBOX_STRICT = x509.ObjectIdentifier("2.23.140.1.5.1.3")
ETSI_NCP = x509.ObjectIdentifier("0.4.0.2042.1.1")


@dataclass(frozen=True)
class Root:
    key: ec.EllipticCurvePrivateKey
    name: x509.Name
    ski: x509.SubjectKeyIdentifier
    der: bytes


@pytest.fixture(scope="module")
def root() -> Root:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "DE"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "IDToolkit Test"),
            x509.NameAttribute(NameOID.COMMON_NAME, "IDToolkit Test Root"),
        ]
    )
    ski = x509.SubjectKeyIdentifier.from_public_key(key.public_key())
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(NOT_BEFORE - dt.timedelta(days=365))
        .not_valid_after(NOT_BEFORE + dt.timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=False,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(ski, critical=False)
        .sign(key, hashes.SHA256())
    )
    return Root(key, name, ski, cert.public_bytes(serialization.Encoding.DER))


def _ku_digital_signature() -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=True,
        content_commitment=False,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=False,
        crl_sign=False,
        encipher_only=False,
        decipher_only=False,
    )


def _leaf(
    root: Root,
    *,
    subject: x509.Name | None = None,
    san: x509.GeneralName | None = None,
    eku: x509.ObjectIdentifier = ExtendedKeyUsageOID.SERVER_AUTH,
    policy: x509.ObjectIdentifier | None = None,
    validity: dt.timedelta = dt.timedelta(days=199),
    aki: bool = True,
    ski: bool = True,
    aia_and_crldp: bool = False,
    serial: int | None = None,
) -> bytes:
    """A leaf signed by ``root``; the keywords switch single fields on or off."""
    key = ec.generate_private_key(ec.SECP256R1())
    if subject is None:
        subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "www.example.com")])
    if san is None:
        san = x509.DNSName("www.example.com")
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(root.name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number() if serial is None else serial)
        .not_valid_before(NOT_BEFORE)
        # RFC 5280 4.1.2.5: notAfter is inclusive, so "N days" ends one second early.
        .not_valid_after(NOT_BEFORE + validity - dt.timedelta(seconds=1))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_ku_digital_signature(), critical=True)
        .add_extension(x509.ExtendedKeyUsage([eku]), critical=False)
        .add_extension(x509.SubjectAlternativeName([san]), critical=False)
    )
    if aki:
        builder = builder.add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(root.ski),
            critical=False,
        )
    if ski:
        builder = builder.add_extension(
            x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False
        )
    if policy is not None:
        builder = builder.add_extension(
            x509.CertificatePolicies([x509.PolicyInformation(policy, None)]), critical=False
        )
    if aia_and_crldp:
        builder = builder.add_extension(
            x509.AuthorityInformationAccess(
                [
                    x509.AccessDescription(
                        AuthorityInformationAccessOID.OCSP,
                        x509.UniformResourceIdentifier("http://ocsp.example.com"),
                    ),
                    x509.AccessDescription(
                        AuthorityInformationAccessOID.CA_ISSUERS,
                        x509.UniformResourceIdentifier("http://ca.example.com/root.cer"),
                    ),
                ]
            ),
            critical=False,
        ).add_extension(
            x509.CRLDistributionPoints(
                [
                    x509.DistributionPoint(
                        [x509.UniformResourceIdentifier("http://crl.example.com/root.crl")],
                        None,
                        None,
                        None,
                    )
                ]
            ),
            critical=False,
        )
    cert = builder.sign(root.key, hashes.SHA256())
    return cert.public_bytes(serialization.Encoding.DER)


def _dv_tls(root: Root, *, days: int = 199, dns: str = "www.example.com") -> bytes:
    """A DV TLS subscriber certificate per BR 7.1.2.7 (no SKI: the BR say NOT RECOMMENDED)."""
    return _leaf(
        root,
        san=x509.DNSName(dns),
        serial=secrets.randbits(128) | (1 << 127),  # exactly 128 bits of serial
        policy=DV_POLICY,
        validity=dt.timedelta(days=days),
        ski=False,
        aia_and_crldp=True,
    )


def _crl(root: Root, *, number_and_aki: bool = True, days: int = 7) -> bytes:
    builder = (
        x509.CertificateRevocationListBuilder()
        .issuer_name(root.name)
        .last_update(NOT_BEFORE)
        .next_update(NOT_BEFORE + dt.timedelta(days=days))
        .add_revoked_certificate(
            x509.RevokedCertificateBuilder()
            .serial_number(0x1234_5678_9ABC_DEF0)
            .revocation_date(NOT_BEFORE - dt.timedelta(hours=1))
            .add_extension(x509.CRLReason(x509.ReasonFlags.key_compromise), critical=False)
            .build()
        )
    )
    if number_and_aki:
        builder = builder.add_extension(x509.CRLNumber(42), critical=False).add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(root.ski),
            critical=False,
        )
    return builder.sign(root.key, hashes.SHA256()).public_bytes(serialization.Encoding.DER)


def _codes(findings: tuple[LintFinding, ...]) -> set[str]:
    return {f.code for f in findings}


# --- (1) a well-formed RFC 5280 leaf -----------------------------------------------------------
def test_pkix_well_formed_leaf_has_no_errors_or_warnings(root: Root) -> None:
    report = lint_certificate(_leaf(root), LintStandard.PKIX)
    assert report.standard is LintStandard.PKIX
    assert report.errors == ()
    assert report.warnings == ()
    assert report.ok


def test_pkix_root_is_clean(root: Root) -> None:
    assert lint_certificate(root.der, LintStandard.PKIX).errors == ()


# --- (2) RFC 5280 violations -------------------------------------------------------------------
def test_pkix_missing_authority_key_identifier_is_an_error(root: Root) -> None:
    report = lint_certificate(_leaf(root, aki=False), LintStandard.PKIX)
    assert "pkix.authority_key_identifier_extension_absent" in _codes(report.errors)
    assert not report.ok


def test_pkix_missing_end_entity_ski_is_only_a_warning(root: Root) -> None:
    report = lint_certificate(_leaf(root, ski=False), LintStandard.PKIX)
    assert _codes(report.warnings) == {"pkix.certificate_skid_end_entity_missing"}
    assert report.ok


# --- (3) CA/B Forum TLS BR ---------------------------------------------------------------------
def test_cabf_dv_tls_certificate_passes(root: Root) -> None:
    report = lint_certificate(_dv_tls(root), LintStandard.CABF_SERVERAUTH)
    assert report.standard is LintStandard.CABF_SERVERAUTH
    assert report.errors == ()
    assert report.ok
    # A commonName in a DV subject is allowed but discouraged; it is the only warning.
    assert _codes(report.warnings) <= {"cabf.serverauth.dv.common_name_attribute_present"}


def test_cabf_dv_tls_certificate_with_500_days_is_rejected(root: Root) -> None:
    report = lint_certificate(_dv_tls(root, days=500), LintStandard.CABF_SERVERAUTH)
    assert "cabf.serverauth.certificate_validity_period_exceeds_200_days" in _codes(report.errors)
    assert not report.ok


def test_an_internal_domain_name_is_refused_while_suffix_lists_are_shared(root: Root) -> None:
    # the public suffix list is parsed once and shared by every validator that needs it
    # (pkilint builds five per container, ~0.2 s each); it must still tell names apart
    report = lint_certificate(
        _dv_tls(root, dns="portal.intranet-lab"), LintStandard.CABF_SERVERAUTH
    )
    assert any("internal" in code for code in _codes(report.errors)), report.errors
    assert lint_certificate(_dv_tls(root), LintStandard.CABF_SERVERAUTH).errors == ()
    from pkilint.common import alternative_name

    lists = alternative_name.publicsuffixlist
    assert lists.PublicSuffixList(accept_unknown=False) is lists.PublicSuffixList(
        accept_unknown=False
    )


def test_cabf_superseded_pkix_finding_is_filtered(root: Root) -> None:
    # PKIX warns about the missing end-entity SKI; the TLS BR supersedes that rule and the
    # pkilint CLI filters it by default, so must we.
    der = _dv_tls(root)
    pkix_codes = _codes(lint_certificate(der, LintStandard.PKIX).findings)
    cabf_codes = _codes(lint_certificate(der, LintStandard.CABF_SERVERAUTH).findings)
    assert "pkix.certificate_skid_end_entity_missing" in pkix_codes
    assert "pkix.certificate_skid_end_entity_missing" not in cabf_codes


def test_validity_start_selects_the_rules_in_force(root: Root) -> None:
    # 250 days: over the 200-day limit in force at notBefore (2026-04-01), but within the
    # 398-day limit that applied before 2026-03-15. The cached container serves both calls.
    der = _dv_tls(root, days=250)
    assert not lint_certificate(der, LintStandard.CABF_SERVERAUTH).ok
    earlier = dt.datetime(2025, 6, 1, tzinfo=dt.UTC)
    assert lint_certificate(der, LintStandard.CABF_SERVERAUTH, validity_start=earlier).ok
    # ...and the override does not leak into the next call.
    assert not lint_certificate(der, LintStandard.CABF_SERVERAUTH).ok


def test_naive_validity_start_is_refused(root: Root) -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        lint_certificate(
            _dv_tls(root), LintStandard.CABF_SERVERAUTH, validity_start=dt.datetime(2026, 4, 1)
        )


# --- S/MIME and ETSI ---------------------------------------------------------------------------
def test_cabf_smime_mailbox_strict_passes(root: Root) -> None:
    der = _leaf(
        root,
        subject=x509.Name([x509.NameAttribute(NameOID.EMAIL_ADDRESS, "alice@example.com")]),
        san=x509.RFC822Name("alice@example.com"),
        eku=ExtendedKeyUsageOID.EMAIL_PROTECTION,
        policy=SMIME_MAILBOX_STRICT,
        validity=dt.timedelta(days=365),
        aia_and_crldp=True,
    )
    report = lint_certificate(der, LintStandard.CABF_SMIME)
    assert report.errors == ()
    assert report.warnings == ()


def test_cabf_smime_without_smime_policy_cannot_be_classified(root: Root) -> None:
    with pytest.raises(LintError, match="cabf-smime"):
        lint_certificate(_dv_tls(root), LintStandard.CABF_SMIME)


def test_etsi_legal_person_needs_organization_identifier(root: Root) -> None:
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "DE"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "ACME GmbH"),
            x509.NameAttribute(NameOID.COMMON_NAME, "ACME GmbH"),
        ]
    )
    der = _leaf(
        root,
        subject=subject,
        san=x509.RFC822Name("info@acme.example"),
        eku=ExtendedKeyUsageOID.EMAIL_PROTECTION,
        policy=ETSI_NCP,
        validity=dt.timedelta(days=365),
        aia_and_crldp=True,
    )
    report = lint_certificate(der, LintStandard.ETSI)
    assert report.standard is LintStandard.ETSI
    assert "etsi.en_319_412_3.leg-4.2.1-2.organization_identifier_attribute_absent" in _codes(
        report.errors
    )


# --- (4) undecodable input ---------------------------------------------------------------------
@pytest.mark.parametrize("standard", list(LintStandard))
@pytest.mark.parametrize(
    "der",
    [b"", b"garbage", b"\x30\x03\x02\x01\x01", b"\x30\x82\xff\xff"],
    ids=["empty", "not-der", "wrong-structure", "truncated"],
)
def test_garbage_raises_lint_error(standard: LintStandard, der: bytes) -> None:
    with pytest.raises(LintError, match="does not decode"):
        lint_certificate(der, standard)


def test_trailing_bytes_raise_lint_error(root: Root) -> None:
    with pytest.raises(LintError, match="trailing"):
        lint_certificate(_leaf(root) + b"\x00", LintStandard.PKIX)


def test_garbage_crl_raises_lint_error() -> None:
    with pytest.raises(LintError, match="CRL"):
        lint_crl(b"\x30\x00")


def test_lint_error_is_an_idtoolkit_error() -> None:
    from idtoolkit.errors import IDToolkitError

    assert issubclass(LintError, IDToolkitError)


# --- (5) CRLs ----------------------------------------------------------------------------------
def test_valid_crl_has_no_errors(root: Root) -> None:
    report = lint_crl(_crl(root))
    assert report.standard is LintStandard.PKIX
    assert report.errors == ()
    assert report.ok


def test_crl_without_number_and_aki_is_an_error(root: Root) -> None:
    report = lint_crl(_crl(root, number_and_aki=False))
    assert {"pkix.crl_number_missing", "pkix.authority_key_identifier_missing"} <= _codes(
        report.errors
    )
    assert not report.ok


def test_crl_br_profile_limits_next_update(root: Root) -> None:
    der = _crl(root, days=30)
    assert lint_crl(der).ok  # RFC 5280 sets no limit
    assert lint_crl(der, is_arl=True, cabf_br=True).ok  # ARL: up to 365 days
    report = lint_crl(der, cabf_br=True)  # CRL: at most 10 days
    assert "cabf.crl_invalid_validity_period" in _codes(report.errors)


# --- report model and cache --------------------------------------------------------------------
def test_report_properties_split_by_severity() -> None:
    findings = (
        LintFinding("FATAL", "a", None, "certificate"),
        LintFinding("ERROR", "b", "msg", "certificate"),
        LintFinding("WARNING", "c", None, "certificate"),
        LintFinding("NOTICE", "d", None, "certificate"),
        LintFinding("INFO", "e", None, "certificate"),
    )
    report = LintReport(LintStandard.PKIX, findings)
    assert [f.code for f in report.errors] == ["a", "b"]
    assert [f.code for f in report.warnings] == ["c"]
    assert not report.ok
    assert LintReport(LintStandard.PKIX, findings[2:]).ok
    assert str(findings[1]) == "ERROR b @ certificate: msg"


def test_validator_container_is_built_once_per_type(
    root: Root, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(lint, "_CACHE", {})
    builds: list[object] = []
    real: Callable[[object], lint._Linter] = lint._build_serverauth

    def counting(cert_type: object) -> lint._Linter:
        builds.append(cert_type)
        return real(cert_type)

    monkeypatch.setattr(lint, "_build_serverauth", counting)
    der = _dv_tls(root)
    for _ in range(3):
        lint_certificate(der, LintStandard.CABF_SERVERAUTH)
    assert len(builds) == 1
    lint_certificate(root.der, LintStandard.CABF_SERVERAUTH)  # a root is another type
    assert len(builds) == 2
