"""Certificates of one shape get the report of the first: it must be a full lint's report.

A bulk job under the RFC 5280 rules lints the first certificate of each *shape* (the bytes
certificates share, and what the rules can see of their varying values) and reuses that
report while the next certificates' values stay in classes the rules pass without a finding.
Here each class is pushed at its edges, right after a certificate of the same shape: a class
drawn one value too wide would hand that value the first certificate's clean report, and the
comparison with a full pkilint run, certificate by certificate, would fail.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import ipaddress
from collections.abc import Callable
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa
from cryptography.x509.name import _ASN1Type
from cryptography.x509.oid import ExtensionOID, NameOID
from pkilint import validation

from idtoolkit import api
from idtoolkit.lint import linter, shapes
from idtoolkit.lint.linter import RowLinter, lint_certificate
from idtoolkit.lint.results import LintStandard

from .conftest import TwoTier
from .lint_helpers import bulk_lint, full_lint
from .pki_helpers import SUBJECTS

PKIX_PROFILES = ["tls-client", "code-signing", "ocsp-signer", "tsa"]
NOW = dt.datetime(2026, 6, 1, tzinfo=dt.UTC)


@dataclasses.dataclass
class Values:
    """What varies from one certificate of a job to the next."""

    subject: list[tuple[Any, str, Any]] = dataclasses.field(
        default_factory=lambda: [(NameOID.COMMON_NAME, "client-00001", None)]
    )
    dns: list[str] = dataclasses.field(default_factory=lambda: ["client-00001.gov.sn"])
    ips: list[str] = dataclasses.field(default_factory=list)
    key: Any = None
    serial: int = 0x1234567890ABCDEF
    ski: Callable[[Any], bytes] | None = None
    san_critical: bool = False
    #: The SAN extension's value as DER, for what cryptography will not build.
    san_der: bytes | None = None


class Maker:
    """Certificates with a shipped profile's extensions and chosen varying values."""

    def __init__(self, template: x509.Certificate) -> None:
        self.template = template
        self.signer = ec.generate_private_key(ec.SECP256R1())
        self.key = ec.generate_private_key(ec.SECP256R1())

    def der(self, values: Values) -> bytes:
        key = (values.key or self.key).public_key()
        name = x509.Name(
            [
                x509.NameAttribute(oid, value, _type=kind, _validate=False)
                if kind
                else x509.NameAttribute(oid, value, _validate=False)
                for oid, value, kind in values.subject
            ]
        )
        builder = (
            x509.CertificateBuilder()
            .issuer_name(self.template.issuer)
            .subject_name(name)
            .public_key(key)
            .serial_number(values.serial)
            .not_valid_before(NOW)
            .not_valid_after(NOW + dt.timedelta(days=90))
        )
        for extension in self.template.extensions:
            if extension.oid == ExtensionOID.SUBJECT_KEY_IDENTIFIER:
                identifier = (
                    values.ski(key)
                    if values.ski
                    else x509.SubjectKeyIdentifier.from_public_key(key).digest
                )
                builder = builder.add_extension(x509.SubjectKeyIdentifier(identifier), False)
            elif extension.oid != ExtensionOID.SUBJECT_ALTERNATIVE_NAME:
                builder = builder.add_extension(extension.value, extension.critical)
        names: list[x509.GeneralName] = [
            x509.DNSName._init_without_validation(d) for d in values.dns
        ]
        names += [x509.IPAddress(ipaddress.ip_address(a)) for a in values.ips]
        if values.san_der is not None:
            raw = x509.UnrecognizedExtension(ExtensionOID.SUBJECT_ALTERNATIVE_NAME, values.san_der)
            builder = builder.add_extension(raw, values.san_critical)
        elif names:
            builder = builder.add_extension(x509.SubjectAlternativeName(names), values.san_critical)
        return builder.sign(self.signer, hashes.SHA256()).public_bytes(serialization.Encoding.DER)


def _cn(value: str, kind: Any = None) -> list[tuple[Any, str, Any]]:
    return [(NameOID.COMMON_NAME, value, kind)]


def _edges(maker: Maker) -> list[Values]:
    """Values at and past the edges of each class, each after a plain one of its shape."""
    p384 = ec.generate_private_key(ec.SECP384R1())
    rsa_key = rsa.generate_private_key(65537, 2048)
    edwards = ed25519.Ed25519PrivateKey.generate()
    utf8, printable = _ASN1Type.UTF8String, _ASN1Type.PrintableString
    cases: list[Values] = []
    for value in ["x", "x" * 63, "x" * 64, "x" * 65, "", " ", "é" * 32, "é" * 33, "é" * 64]:
        cases += [Values(subject=_cn("plain", utf8)), Values(subject=_cn(value, utf8))]
    for value in ["Awa Ndiaye", "a*b", "a@b", "a&b", "a_b", "x" * 64, "x" * 65, "é", ""]:
        cases += [Values(subject=_cn("plain", printable)), Values(subject=_cn(value, printable))]
    for value in ["tab\there", "nl\n", "nul\x00", "\u200b", "\u202eevil", "李小龙", "Aïssatou"]:
        cases += [Values(subject=_cn("plain", utf8)), Values(subject=_cn(value, utf8))]
    country = [(NameOID.COMMON_NAME, "plain", None), (NameOID.COUNTRY_NAME, "SN", None)]
    for code in ["SN", "SEN", "S", "sn", "S*"]:
        cases += [
            Values(subject=country),
            Values(subject=[country[0], (NameOID.COUNTRY_NAME, code, printable)]),
        ]
    for oid, value, kind in [
        (NameOID.EMAIL_ADDRESS, "a@gov.sn", _ASN1Type.IA5String),
        (NameOID.EMAIL_ADDRESS, "a@gov.sn", utf8),
        (NameOID.DOMAIN_COMPONENT, "gov", _ASN1Type.IA5String),
        (NameOID.DOMAIN_COMPONENT, "-bad-", utf8),
        (NameOID.SERIAL_NUMBER, "x" * 65, printable),
        (NameOID.SERIAL_NUMBER, "IDCSN-1", utf8),
        (NameOID.ORGANIZATION_IDENTIFIER, "", utf8),
        (NameOID.ORGANIZATION_NAME, "x" * 65, utf8),
        (NameOID.COMMON_NAME, "x", _ASN1Type.BMPString),
        (NameOID.COMMON_NAME, "x", _ASN1Type.IA5String),
    ]:
        cases += [
            Values(subject=[(oid, "plain", kind)]) if kind in (utf8, printable) else Values(),
            Values(subject=[(oid, value, kind)]),
        ]
    cases += [Values(subject=[]), Values(subject=[]), Values(subject=[], san_critical=True)]
    cases += [Values(san_critical=True), Values(san_critical=True)]
    label = "l" * 63
    for name in [
        "www.gov.sn",
        "UPPER.GOV.SN",
        "trailing.dot.",
        "under_score.gov.sn",
        "a..b.gov.sn",
        "*.gov.sn",
        "localhost",
        "gov.123",
        "xn--bcher-kva.example",
        "xn--zz.example",
        "-lead.gov.sn",
        "l" * 64 + ".gov.sn",
        ".".join([label] * 3) + "." + "l" * 61 + ".sn",  # 253
        ".".join([label] * 3) + "." + "l" * 62 + ".sn",  # 254
        "",
        "space here.gov.sn",
        "bücher.example",
    ]:
        cases += [Values(), Values(dns=[name])]
    for ips in [["192.0.2.1"], ["2001:db8::1"], ["192.0.2.1", "2001:db8::1"]]:
        cases += [Values(dns=[], ips=["198.51.100.7"] * len(ips)), Values(dns=[], ips=ips)]
    for san in [
        "3000",  # no names
        "30078705c000020107",  # a 5-octet address
        "3006870400000000",  # 0.0.0.0, fine
        "30088206" + b"gov.sn".hex(),
        "30088206" + "göv.s".encode("latin-1").hex(),  # not IA5
        "3008810661406776736e",  # rfc822Name a@gvsn
        "300a8608687474703a2f2f",  # URI http://
        "3006a0040602" + "2a03",  # otherName, truncated
    ]:
        cases += [Values(dns=["gov.sn"]), Values(san_der=bytes.fromhex(san))]
    cases += [Values(dns=["a.gov.sn", "b.gov.sn"]), Values(dns=["c.gov.sn", "d_.gov.sn"])]
    for serial in [1, 2**159 - 1, 2**159, 2**160 - 1, 127, 128, 255, 256]:
        cases += [Values(), Values(serial=serial)]
    for key in [p384, rsa_key, edwards]:
        cases += [Values(key=key), Values(key=key)]

    def method_2(key: Any) -> bytes:
        sha1 = x509.SubjectKeyIdentifier.from_public_key(key).digest
        last = bytearray(sha1[12:])
        last[0] = 0x40 | (last[0] & 0xF)
        return bytes(last)

    def sha256(key: Any) -> bytes:
        digest = hashes.Hash(hashes.SHA256())
        digest.update(
            key.public_bytes(
                serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
            )
        )
        return digest.finalize()[:20]

    for ski in [method_2, sha256, lambda key: b"\x01" * 20, lambda key: b"\x01" * 8]:
        cases += [Values(ski=ski), Values(ski=ski), Values()]
    return cases


def _template(pki: TwoTier, profile: str) -> x509.Certificate:
    subject, sans = SUBJECTS[profile]
    return api.issue_with_new_key(
        pki.ws, "issuing", profile, subject, "ec-p256", sans=list(sans)
    ).certificate


@pytest.mark.filterwarnings("ignore:Attribute.s length")
@pytest.mark.parametrize("profile", PKIX_PROFILES)
def test_each_class_s_edges_get_a_full_lint_s_findings(sqlite_pki: TwoTier, profile: str) -> None:
    maker = Maker(_template(sqlite_pki, profile))
    rows = RowLinter(LintStandard.PKIX)
    rows._checks = 0  # compare the shapes themselves, not their safety net
    rows.check_shapes = False
    compared = 0
    for index, values in enumerate(_edges(maker)):
        try:
            der = maker.der(values)
        except ValueError:  # cryptography refuses to build it
            continue
        assert bulk_lint(rows, der) == full_lint(der, LintStandard.PKIX), f"case {index}: {values}"
        compared += 1
    assert compared > 150
    assert rows.shaped > 60  # the plain certificates were served by their shape


def _unused_signature_bits(der: bytes) -> bytes:
    signature = x509.load_der_x509_certificate(der).signature
    at = der.rindex(b"\x00" + signature)
    return der[:at] + b"\x01" + der[at + 1 :]


def _serial_past_159_bits(der: bytes) -> bytes:
    """The 20-octet serial made 2^159 and more (21 octets: cryptography builds none such)."""
    assert der[1] == der[5] == 0x82 and der[8:15] == bytes.fromhex("a0030201020214")
    grown = int.from_bytes(der[1 + 1 : 4], "big") + 1, int.from_bytes(der[6:8], "big") + 1
    return (
        der[:2]
        + grown[0].to_bytes(2, "big")
        + der[4:6]
        + grown[1].to_bytes(2, "big")
        + bytes.fromhex("a00302010202150080")
        + der[16:]
    )


def _serial_with_a_leading_zero(der: bytes) -> bytes:
    at = der.index(bytes.fromhex("0123456789abcdef"))
    return der[:at] + b"\x00" + der[at + 1 :]


@pytest.mark.parametrize(
    "surgery", [_unused_signature_bits, _serial_with_a_leading_zero, _serial_past_159_bits]
)
def test_a_certificate_that_is_not_strict_der_has_no_shape(
    sqlite_pki: TwoTier, surgery: Callable[[bytes], bytes]
) -> None:
    """pkilint's decoder refuses what is not DER (a FATAL finding): such a certificate must not
    get a clean report from a shape."""
    maker = Maker(_template(sqlite_pki, "tls-client"))
    der = maker.der(Values(serial=0x0123456789ABCDEF << 96))
    rows = RowLinter(LintStandard.PKIX)
    rows.check_shapes = False
    rows.lint(der)
    assert shapes.shape_key(der) is not None
    broken = surgery(der)
    assert shapes.shape_key(broken) is None
    assert bulk_lint(rows, broken) == full_lint(broken, LintStandard.PKIX)


def test_a_bulk_job_s_certificates_are_served_by_their_shape(sqlite_pki: TwoTier) -> None:
    """The shapes are on for the RFC 5280 rules of the pkilint this project pins: if a new
    pkilint brings a rule nobody read for them, this fails (and they switch themselves off)."""
    maker = Maker(_template(sqlite_pki, "tls-client"))
    rows = RowLinter(LintStandard.PKIX)
    assert rows._shapes is not None, (
        "shapes are off: a pkilint (or decoder) version or rule the classes were not read "
        "against; read its changes, then update idtoolkit/lint/shapes.py (_AUDITED_VERSIONS)"
    )
    for i in range(40):
        der = maker.der(
            Values(
                subject=_cn(f"client-{i:05d}"),
                dns=[f"client-{i:05d}.gov.sn"],
                key=ec.generate_private_key(ec.SECP256R1()),
                serial=x509.random_serial_number(),
            )
        )
        assert rows.lint(der) == lint_certificate(der, LintStandard.PKIX)
    assert rows.shaped == 39 and rows.disagreed == 0


def test_a_shape_whose_report_disagrees_with_a_full_lint_turns_shapes_off(
    sqlite_pki: TwoTier,
) -> None:
    maker = Maker(_template(sqlite_pki, "tls-client"))
    rows = RowLinter(LintStandard.PKIX)
    first = maker.der(Values())
    rows.lint(first)
    assert rows._shapes is not None
    ((key, known),) = rows._shapes.items()
    assert known[0].findings  # the SKI method at least: something to lose
    known[0] = dataclasses.replace(known[0], findings=())
    second = maker.der(Values(subject=_cn("another")))
    assert shapes.shape_key(second) == key
    assert rows.lint(second) == lint_certificate(second, LintStandard.PKIX)
    assert rows.disagreed == 1 and rows._shapes is None and rows.shaped == 0


def test_shapes_serve_only_containers_whose_every_rule_was_read() -> None:
    pkix = linter._cached((LintStandard.PKIX,), linter._build_pkix).validator
    assert shapes.audited(pkix)

    class Unread(validation.Validator):  # type: ignore[misc]
        def __init__(self) -> None:
            super().__init__(validations=[], pdu_class=object)

    assert not shapes.audited(validation.ValidatorContainer(validators=[pkix, Unread()]))
    assert RowLinter(LintStandard.CABF_SERVERAUTH)._shapes is None
    assert RowLinter(LintStandard.PKIX)._shapes is not None


def test_shapes_serve_only_the_pkilint_version_their_classes_were_read_against(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A later pkilint may change a rule's message or its decoder without a new rule type."""
    pkix = linter._cached((LintStandard.PKIX,), linter._build_pkix).validator
    assert shapes.audited(pkix)
    monkeypatch.setitem(shapes._AUDITED_VERSIONS, "pkilint", "0.13.2")
    assert not shapes.audited(pkix)
    assert RowLinter(LintStandard.PKIX)._shapes is None


def _ca_without_aki(
    subject: str, key: ec.EllipticCurvePrivateKey, signer: ec.EllipticCurvePrivateKey
) -> bytes:
    """A CA certificate with no authority key identifier, issued by 'CN=Root CA'."""
    usage = x509.KeyUsage(False, False, False, False, False, True, True, False, False)
    return (
        x509.CertificateBuilder()
        .issuer_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Root CA")]))
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject)]))
        .public_key(key.public_key())
        .serial_number(0x1234)
        .not_valid_before(NOW)
        .not_valid_after(NOW + dt.timedelta(days=90))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
        .add_extension(usage, True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), False)
        .sign(signer, hashes.SHA256())
        .public_bytes(serialization.Encoding.DER)
    )


def test_a_ca_certificate_without_an_authority_key_identifier_is_judged_on_its_own() -> None:
    """pkilint accepts a CA certificate without AKI only when it is self-issued and signed by
    its own key (valid): the subject's value, the key and the signature decide, none of which
    a shape holds (found by a reviewer: these were handed the first one's clean report)."""
    key, other = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
    first = _ca_without_aki("Root CA", key, key)
    point = key.public_key().public_bytes(
        serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
    )
    off_curve = first.replace(point, point[:-1] + bytes([point[-1] ^ 1])).replace(
        hashlib.sha1(point).digest(), hashlib.sha1(point[:-1] + bytes([point[-1] ^ 1])).digest()
    )
    second_key = ec.generate_private_key(ec.SECP256R1())
    ders = [
        first,
        _ca_without_aki("Root CA", second_key, second_key),  # self-signed too
        _ca_without_aki("Root CA", key, other),  # self-issued, not self-signed
        _ca_without_aki("Root CB", key, key),  # not self-issued
        off_curve,  # a key that is no point of the curve
    ]
    rows = RowLinter(LintStandard.PKIX)
    rows.check_shapes = False
    for index, der in enumerate(ders):
        assert bulk_lint(rows, der) == full_lint(der, LintStandard.PKIX), f"certificate {index}"
    assert rows.shaped == 0


@pytest.mark.parametrize(
    "attribute", [b"\x30\x0b\x06\x04\x80\x55\x04\x03", b"\x30\x0b\x06\x04\x55\x04\x03\x80"]
)
def test_an_attribute_type_that_is_no_der_oid_has_no_shape(attribute: bytes) -> None:
    """A non-minimal arc, or a last arc left open: pkilint cannot decode the certificate."""
    key = ec.generate_private_key(ec.SECP256R1())
    der = (
        x509.CertificateBuilder()
        .issuer_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "issuer")]))
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "leaf")]))
        .public_key(key.public_key())
        .serial_number(0x1234)
        .not_valid_before(NOW)
        .not_valid_after(NOW + dt.timedelta(days=90))
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(key.public_key()), False)
        .sign(key, hashes.SHA256())
        .public_bytes(serialization.Encoding.DER)
    )
    plain = bytes.fromhex("300b0603550403") + b"\x0c\x04leaf"
    assert der.count(plain) == 1 and shapes.shape_key(der) is not None
    broken = der.replace(plain, attribute + b"\x0c\x03lea")
    assert shapes.shape_key(broken) is None


SLH_DSA_SHA2_128S, ML_DSA_44 = "2.16.840.1.101.3.4.3.20", "2.16.840.1.101.3.4.3.17"
ISSUER_KEY = ec.generate_private_key(ec.SECP256R1())


def _with_key(key_oid: str, key: bytes, *, signature_oid: str | None = None) -> bytes:
    """A leaf whose key is ``key`` under ``key_oid`` (and, if given, whose signature claims
    ``signature_oid``), its SKI derived from it: what cryptography will not build."""
    from pyasn1.codec.der import decoder, encoder
    from pyasn1.type import univ
    from pyasn1_alt_modules import rfc5280

    issuer = ISSUER_KEY
    template = (
        x509.CertificateBuilder()
        .issuer_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "issuer")]))
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "leaf")]))
        .public_key(ed25519.Ed25519PrivateKey.generate().public_key())
        .serial_number(0x1234)
        .not_valid_before(NOW)
        .not_valid_after(NOW + dt.timedelta(days=90))
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer.public_key()), False
        )
        .add_extension(x509.SubjectKeyIdentifier(b"\x00" * 20), False)
        .sign(issuer, hashes.SHA256())
        .public_bytes(serialization.Encoding.DER)
    )
    cert, _ = decoder.decode(template, asn1Spec=rfc5280.Certificate())
    tbs = cert["tbsCertificate"]
    algorithm = rfc5280.AlgorithmIdentifier()
    algorithm["algorithm"] = univ.ObjectIdentifier(key_oid)
    tbs["subjectPublicKeyInfo"]["algorithm"] = algorithm
    tbs["subjectPublicKeyInfo"]["subjectPublicKey"] = univ.BitString.fromOctetString(key)
    for extension in tbs["extensions"]:
        if extension["extnID"] == rfc5280.id_ce_subjectKeyIdentifier:
            identifier = univ.OctetString(hashlib.sha1(key).digest())
            extension["extnValue"] = univ.OctetString(encoder.encode(identifier))
    if signature_oid is not None:
        for holder, name in ((tbs, "signature"), (cert, "signatureAlgorithm")):
            claimed = rfc5280.AlgorithmIdentifier()
            claimed["algorithm"] = univ.ObjectIdentifier(signature_oid)
            holder[name] = claimed
        cert["signature"] = univ.BitString.fromOctetString(b"\x01" * 2420)
    return bytes(encoder.encode(cert))


def test_a_key_outside_its_schema_s_size_is_judged_on_its_own() -> None:
    """pkilint's finding for a key of the wrong size quotes its bytes, and the linter makes a
    finding that quotes an ML-DSA OID a NOTICE: key bytes that spell one turned a FATAL into a
    NOTICE for the first certificate, and a shape handed that to the next (found by a
    reviewer)."""
    spelled = ML_DSA_44.encode() + b"\x00" * 10  # 33 octets; the schema says 32
    ders = [
        _with_key(SLH_DSA_SHA2_128S, bytes(range(32))),
        _with_key(SLH_DSA_SHA2_128S, bytes(range(1, 33))),
        _with_key(SLH_DSA_SHA2_128S, spelled),
        _with_key(SLH_DSA_SHA2_128S, spelled),
        _with_key(SLH_DSA_SHA2_128S, b"\x00" * 33),
        _with_key(SLH_DSA_SHA2_128S, spelled, signature_oid=ML_DSA_44),
        _with_key(SLH_DSA_SHA2_128S, spelled, signature_oid=ML_DSA_44),
        _with_key(SLH_DSA_SHA2_128S, b"\x00" * 33, signature_oid=ML_DSA_44),
    ]
    assert shapes.shape_key(ders[0]) is not None  # a key of the right size has a shape
    assert all(shapes.shape_key(der) is None for der in ders[2:])
    rows = RowLinter(LintStandard.PKIX)
    rows.check_shapes = False
    for index, der in enumerate(ders):
        assert bulk_lint(rows, der) == full_lint(der, LintStandard.PKIX), f"certificate {index}"
    assert rows.shaped == 1


def test_a_sample_of_the_certificates_served_by_shape_is_linted_in_full(
    sqlite_pki: TwoTier,
) -> None:
    """Past a shape's first reuse, one certificate in SAMPLE is compared with a full lint
    too: a report gone wrong later is caught there, and shapes are off for the job."""
    maker = Maker(_template(sqlite_pki, "tls-client"))
    rows = RowLinter(LintStandard.PKIX)
    rows.SAMPLE = 4
    for i in range(2):  # the shape's first certificate, then its first reuse (compared)
        rows.lint(maker.der(Values(subject=_cn(f"row-{i}"))))
    assert rows._shapes is not None and rows.shaped == 1
    ((known),) = rows._shapes.values()
    known[0] = dataclasses.replace(known[0], findings=())
    for i in range(2, 2 + rows.SAMPLE):
        der = maker.der(Values(subject=_cn(f"row-{i}")))
        report = rows.lint(der)
        if rows.disagreed:
            assert report == lint_certificate(der, LintStandard.PKIX)
            break
    assert rows.disagreed == 1 and rows._shapes is None


def test_an_ml_dsa_key_of_the_wrong_size_is_refused_not_set_aside() -> None:
    """The linter sets aside findings that only name ML-DSA (pkilint's algorithm rules);
    matching the OID anywhere in a message also set aside pkilint's FATAL for a key of the
    wrong size (its message quotes the OID's text in the key), so it passed the gate."""
    right = lint_certificate(
        _with_key(ML_DSA_44, b"\x11" * 1312, signature_oid=ML_DSA_44), LintStandard.PKIX
    )
    wrong = lint_certificate(
        _with_key(ML_DSA_44, ML_DSA_44.encode() * 57, signature_oid=ML_DSA_44),
        LintStandard.PKIX,
    )
    assert right.ok and right.skipped
    assert not wrong.ok
    assert [f.code for f in wrong.errors] == ["itu.invalid_asn1_syntax"]
