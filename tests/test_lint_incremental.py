"""The bulk linter (pieces decoded and judged once, reused where their walk read nothing
else) must report, certificate by certificate, exactly what a full pkilint run reports:
the same findings in the same order, with the same messages and paths.

Each shipped end-entity profile gives a real certificate (its issuer, algorithms and
extensions); variants of it get adversarial subjects and SANs (values past their upper
bounds, wrong string types, IDNs, bad e-mail addresses, IP addresses, empty values,
multi-valued RDNs, no subject at all) and a new key, and go through one RowLinter in a row, so
later ones reuse what earlier ones decoded. The comparison against a full lint inside
RowLinter is switched off here: the fast path's own reports are what is compared. The full
lint compared with decodes every value with pyasn1-fasder, as pkilint does: the bulk linter's
own decoder (idtoolkit.lint.fast_decode) is under test too.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import ipaddress
import random
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.name import _ASN1Type
from cryptography.x509.oid import ExtensionOID, NameOID

from idtoolkit import api
from idtoolkit.lint import incremental
from idtoolkit.lint.linter import LintReport, RowLinter, lint_certificate
from idtoolkit.lint.results import LintStandard

from .conftest import TwoTier
from .lint_helpers import bulk_lint, full_lint
from .pki_helpers import SUBJECTS

STRING_TYPES = [
    _ASN1Type.UTF8String,
    _ASN1Type.PrintableString,
    _ASN1Type.IA5String,
    _ASN1Type.BMPString,
    _ASN1Type.T61String,
    _ASN1Type.UniversalString,
]
VALUES = [
    "Awa Ndiaye",
    "",
    " ",
    "x" * 64,
    "x" * 65,
    "y" * 300,
    "Aïssatou Bâ-Sèye",
    "李小龙",
    "a@b",
    "under_score",
    "Ministère de la Santé",
    "tab\there",
    "SN",
    "SEN",
    "s",
    "IDCSN-1234567",
]
DNS = [
    "www.gov.sn",
    "bücher.example",
    "xn--bcher-kva.example",
    "xn--zz.example",
    "under_score.gov.sn",
    "*.gov.sn",
    "a.*.gov.sn",
    "UPPER.GOV.SN",
    "trailing.dot.",
    "",
    "localhost",
    "host.local",
    "l" * 64 + ".example",
    "a..b.example",
    "space here.example",
    "192.168.1.1",
]
EMAIL = [
    "amina.diallo@gov.sn",
    "a@@gov.sn",
    "user@",
    "@gov.sn",
    "ünï@gov.sn",
    "user@bücher.example",
    "",
    "Amina Diallo <a@gov.sn>",
]
URI = ["https://gov.sn/x", "not a uri", "", "ldap://gov.sn/cn=x", "http://bücher.example/"]
IPS = ["192.0.2.1", "10.0.0.1", "2001:db8::1", "::1", "127.0.0.1"]
ATTRIBUTES = [
    NameOID.COMMON_NAME,
    NameOID.COUNTRY_NAME,
    NameOID.ORGANIZATION_NAME,
    NameOID.ORGANIZATIONAL_UNIT_NAME,
    NameOID.GIVEN_NAME,
    NameOID.SURNAME,
    NameOID.SERIAL_NUMBER,
    NameOID.EMAIL_ADDRESS,
    NameOID.LOCALITY_NAME,
    NameOID.DOMAIN_COMPONENT,
    NameOID.ORGANIZATION_IDENTIFIER,
]


def _attribute(rng: random.Random) -> x509.NameAttribute[str]:
    oid = rng.choice(ATTRIBUTES)
    value = rng.choice(VALUES + EMAIL[:2] + DNS[:3])
    string_type = rng.choice([*STRING_TYPES, None])
    if string_type is None:
        return x509.NameAttribute(oid, value, _validate=False)
    return x509.NameAttribute(oid, value, _type=string_type, _validate=False)


def _subject(rng: random.Random, template: x509.Name) -> x509.Name:
    roll = rng.random()
    if roll < 0.08:
        return x509.Name([])
    if roll < 0.3:  # the profile's own subject with one value changed
        attributes = list(template)
        if attributes:
            i = rng.randrange(len(attributes))
            old = attributes[i]
            value = rng.choice(VALUES)
            attributes[i] = x509.NameAttribute(old.oid, value, _type=old._type, _validate=False)
        return x509.Name(attributes)
    rdns = []
    for _ in range(rng.randint(1, 5)):
        rdns.append(
            x509.RelativeDistinguishedName(
                [_attribute(rng) for _ in range(rng.choice([1, 1, 1, 2]))]
            )
        )
    return x509.Name(rdns)


def _general_name(rng: random.Random) -> x509.GeneralName:
    kind = rng.randrange(5)
    if kind == 0:
        return x509.DNSName._init_without_validation(rng.choice(DNS))
    if kind == 1:
        return x509.RFC822Name._init_without_validation(rng.choice(EMAIL))
    if kind == 2:
        return x509.UniformResourceIdentifier._init_without_validation(rng.choice(URI))
    if kind == 3:
        return x509.IPAddress(ipaddress.ip_address(rng.choice(IPS)))
    return x509.DirectoryName(x509.Name([_attribute(rng)]))


def _key(rng: random.Random) -> ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey:
    if rng.random() < 0.1:
        return rsa.generate_private_key(65537, 2048)
    return ec.generate_private_key(rng.choice([ec.SECP256R1(), ec.SECP256R1(), ec.SECP384R1()]))


def _variant(
    rng: random.Random, template: x509.Certificate, signer: ec.EllipticCurvePrivateKey
) -> bytes | None:
    """The template certificate with another subject, SANs, key, serial and (sometimes)
    validity; its issuer and other extensions unchanged. None if cryptography refuses it."""
    key = _key(rng).public_key()
    builder = (
        x509.CertificateBuilder()
        .issuer_name(template.issuer)
        .subject_name(_subject(rng, template.subject))
        .public_key(key)
        .serial_number(x509.random_serial_number())
    )
    if rng.random() < 0.7:
        builder = builder.not_valid_before(template.not_valid_before_utc).not_valid_after(
            template.not_valid_after_utc
        )
    else:
        start = template.not_valid_before_utc + dt.timedelta(seconds=rng.randrange(10**6))
        builder = builder.not_valid_before(start).not_valid_after(
            start + dt.timedelta(days=rng.choice([1, 90, 365, 398, 1000]))
        )
    for extension in template.extensions:
        oid = extension.oid
        if oid == ExtensionOID.SUBJECT_KEY_IDENTIFIER:
            builder = builder.add_extension(
                x509.SubjectKeyIdentifier.from_public_key(key), extension.critical
            )
        elif oid != ExtensionOID.SUBJECT_ALTERNATIVE_NAME:
            builder = builder.add_extension(extension.value, extension.critical)
    roll = rng.random()
    if roll < 0.75:
        names = [_general_name(rng) for _ in range(rng.randint(1, 4))]
        builder = builder.add_extension(x509.SubjectAlternativeName(names), rng.random() < 0.3)
    try:
        cert = builder.sign(signer, hashes.SHA256())
    except (ValueError, TypeError):
        return None
    return cert.public_bytes(serialization.Encoding.DER)


@pytest.mark.filterwarnings("ignore:Attribute.s length")
@pytest.mark.parametrize("shapes", [True, False], ids=["shapes", "pieces"])
@pytest.mark.parametrize("profile", sorted(SUBJECTS))
def test_bulk_lint_of_adversarial_subjects_and_sans_equals_a_full_lint(
    sqlite_pki: TwoTier, profile: str, shapes: bool
) -> None:
    ws = sqlite_pki.ws
    subject, sans = SUBJECTS[profile]
    template = api.issue_with_new_key(
        ws, "issuing", profile, subject, "ec-p256", sans=list(sans)
    ).certificate
    standard = ws.profiles.get(profile).lint
    rng = random.Random(f"incremental-{profile}")
    signer = ec.generate_private_key(ec.SECP256R1())
    rows = RowLinter(standard, shapes=shapes)
    rows._checks = 0  # compare the fast path itself, not its safety net
    rows.check_shapes = False
    ders = [template.public_bytes(serialization.Encoding.DER)]
    # cryptography refuses some variants (more since 51: about a third); 100 tries leave > 50
    ders += [d for _ in range(100) if (d := _variant(rng, template, signer)) is not None]
    assert len(ders) > 50
    for index, der in enumerate(ders):
        expected = full_lint(der, standard)
        got = bulk_lint(rows, der)
        assert got == expected, f"certificate {index} of {profile}"
    assert rows.disagreed == 0
    # pieces (or whole shapes) were reused: the fast path was exercised
    assert rows.partial + rows.shaped > len(ders) // 2


@pytest.mark.filterwarnings("ignore:Attribute.s length")
def test_reordered_and_repeated_certificates_keep_their_own_findings(sqlite_pki: TwoTier) -> None:
    """Known pieces are reused across certificates in any order (A B A C B ...), and a
    certificate seen again is judged as it was the first time."""
    ws = sqlite_pki.ws
    subject, sans = SUBJECTS["tls-server"]
    template = api.issue_with_new_key(
        ws, "issuing", "tls-server", subject, "ec-p256", sans=list(sans)
    ).certificate
    standard = ws.profiles.get("tls-server").lint
    rng = random.Random("reorder")
    signer = ec.generate_private_key(ec.SECP256R1())
    pool = [d for _ in range(12) if (d := _variant(rng, template, signer)) is not None]
    rows = RowLinter(standard, shapes=False)
    rows._checks = 0
    rows.check_shapes = False
    for der in [rng.choice(pool) for _ in range(60)]:
        assert bulk_lint(rows, der) == full_lint(der, standard)


def test_a_disagreement_with_the_full_lint_turns_the_fast_path_off(sqlite_pki: TwoTier) -> None:
    """The safety net: should a check against a full lint ever disagree, that report is
    the full lint's and every later certificate is linted in full."""
    ws = sqlite_pki.ws
    subject, sans = SUBJECTS["tls-client"]
    der = api.issue_with_new_key(
        ws, "issuing", "tls-client", subject, "ec-p256", sans=list(sans)
    ).certificate.public_bytes(serialization.Encoding.DER)
    standard = ws.profiles.get("tls-client").lint
    rows = RowLinter(standard, shapes=False)  # the pieces' net (test_lint_shapes: the shapes')
    rows.lint(der)
    from idtoolkit.lint import linter

    real = linter._lint_document

    def wrong(doc: Any, *args: Any) -> LintReport:
        """Drops the findings of documents made of pieces (the fast path) only."""
        report = real(doc, *args)
        made_of_pieces = "_piece" in doc.root.children["signature"].__dict__
        return dataclasses.replace(report, findings=()) if made_of_pieces else report

    linter._lint_document = wrong  # type: ignore[assignment]
    try:
        report = rows.lint(der)
    finally:
        linter._lint_document = real
    assert lint_certificate(der, standard).findings  # else there is nothing to drop
    assert rows.disagreed == 1 and report == lint_certificate(der, standard)
    full_before = rows.full
    rows.lint(der)
    assert rows.full == full_before + 1


#: digitalSignature and keyEncipherment: fine for an RSA key, not for an EC one under the TLS
#: Baseline Requirements (a key usage piece whose findings depend on the key's algorithm).
SIGN_AND_ENCIPHER = x509.KeyUsage(
    digital_signature=True,
    content_commitment=False,
    key_encipherment=True,
    data_encipherment=False,
    key_agreement=False,
    key_cert_sign=False,
    crl_sign=False,
    encipher_only=False,
    decipher_only=False,
)


def _shaped(
    signer: ec.EllipticCurvePrivateKey,
    key: Any,
    ca: bool,
    usage: x509.KeyUsage,
    ekus: list[Any],
    days: int = 90,
) -> bytes:
    """A certificate whose key usage and EKU bytes are fixed while its key algorithm and
    basicConstraints vary: the facts the key usage and EKU rules read beyond their piece."""
    now = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    public = key.public_key()
    issuer = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Facts CA")])
    builder = (
        x509.CertificateBuilder()
        .issuer_name(issuer)
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "facts")]))
        .public_key(public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + dt.timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        .add_extension(usage, critical=True)
        .add_extension(
            # An empty EKU is a rule's case; cryptography 51 refuses to build one, so its DER.
            x509.ExtendedKeyUsage(ekus)
            if ekus
            else x509.UnrecognizedExtension(ExtensionOID.EXTENDED_KEY_USAGE, b"\x30\x00"),
            critical=False,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
    )
    return builder.sign(signer, hashes.SHA256()).public_bytes(serialization.Encoding.DER)


def test_known_key_usage_and_eku_pieces_are_judged_again_when_what_they_read_differs() -> None:
    """A key usage or EKU piece seen before is reused only while the certificate facts its
    walk read (CA or not, the EKUs, the key's algorithm) are the same; a certificate where
    they differ gets the findings a full lint gives it, in any order."""
    from cryptography.hazmat.primitives.asymmetric import ed25519
    from cryptography.x509.oid import ExtendedKeyUsageOID

    signer = ec.generate_private_key(ec.SECP256R1())
    usage = SIGN_AND_ENCIPHER
    ekus = [ExtendedKeyUsageOID.TIME_STAMPING]
    keys = [
        ec.generate_private_key(ec.SECP256R1()),
        rsa.generate_private_key(65537, 2048),
        ed25519.Ed25519PrivateKey.generate(),
    ]
    ders = [_shaped(signer, key, ca, usage, ekus) for key in keys for ca in (False, True)]
    ders += [_shaped(signer, keys[0], False, usage, [ExtendedKeyUsageOID.CLIENT_AUTH])]
    rng = random.Random("facts")
    sequence = ders + [rng.choice(ders) for _ in range(30)]
    rows = RowLinter(LintStandard.PKIX, shapes=False)
    rows._checks = 0
    rows.check_shapes = False
    reports = set()
    for der in sequence:
        expected = full_lint(der, LintStandard.PKIX)
        assert bulk_lint(rows, der) == expected
        reports.add(repr(expected))
    assert len(reports) >= 4  # the facts do change the findings
    assert rows.partial > len(sequence) // 2


def test_a_tls_key_usage_piece_is_judged_again_for_another_key_algorithm() -> None:
    """The TLS Baseline Requirements' key usage rule goes from the root to the key's
    algorithm (keyEncipherment is for RSA keys, not EC ones): that is the key algorithm
    fact, so one key usage piece is reused across keys of one algorithm and judged again,
    with the findings of a full lint, for a key of another."""
    from cryptography.x509.oid import ExtendedKeyUsageOID

    signer = ec.generate_private_key(ec.SECP256R1())
    usage = SIGN_AND_ENCIPHER
    ekus = [ExtendedKeyUsageOID.SERVER_AUTH]
    ec_keys = [ec.generate_private_key(ec.SECP256R1()) for _ in range(3)]
    rsa_keys = [rsa.generate_private_key(65537, 2048) for _ in range(2)]
    ders = [_shaped(signer, key, False, usage, ekus) for key in ec_keys + rsa_keys]
    standard = LintStandard.CABF_SERVERAUTH
    rows = RowLinter(standard, shapes=False)
    rows._checks = 0
    rows.check_shapes = False
    reports = set()
    for der in [ders[0], ders[1], ders[3], ders[2], ders[4], ders[0]]:
        expected = full_lint(der, standard)
        assert bulk_lint(rows, der) == expected
        reports.add(repr(expected))
    assert len(reports) >= 2  # the key's algorithm does change the key usage findings
    assert rows.partial >= 4


def test_a_policies_piece_is_judged_again_for_a_validity_across_a_rule_s_date() -> None:
    """A dated rule (an EV certificate's policies must name a CPS URI if its validity starts
    before 6 May 2024) reads the validity's start from the document: the policies piece is
    reused while the validity is the same and judged again, as a full lint would, when it
    starts on the other side of the date."""
    from cryptography.x509.oid import ExtendedKeyUsageOID

    signer = ec.generate_private_key(ec.SECP256R1())
    ev = x509.CertificatePolicies(
        [x509.PolicyInformation(x509.ObjectIdentifier("2.23.140.1.1"), None)]
    )

    def certificate(start: dt.datetime) -> bytes:
        key = ec.generate_private_key(ec.SECP256R1()).public_key()
        builder = (
            x509.CertificateBuilder()
            .issuer_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Dated CA")]))
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "SN")]))
            .public_key(key)
            .serial_number(x509.random_serial_number())
            .not_valid_before(start)
            .not_valid_after(start + dt.timedelta(days=90))
            .add_extension(ev, critical=False)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), False)
            .add_extension(x509.SubjectAlternativeName([x509.DNSName("www.gov.sn")]), False)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key), critical=False)
        )
        return builder.sign(signer, hashes.SHA256()).public_bytes(serialization.Encoding.DER)

    before = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
    after = dt.datetime(2024, 9, 1, tzinfo=dt.UTC)
    ders = [certificate(before), certificate(before), certificate(after), certificate(after)]
    standard = LintStandard.CABF_SERVERAUTH
    rows = RowLinter(standard, shapes=False)
    rows._checks = 0
    rows.check_shapes = False
    reports = set()
    for der in [ders[0], ders[1], ders[2], ders[3], ders[0]]:
        expected = full_lint(der, standard)
        assert bulk_lint(rows, der) == expected
        assert isinstance(expected, LintReport)
        reports.add(tuple(f.code for f in expected.findings))
    assert len(reports) == 2  # the validity's start does change the policies' findings
    assert rows.partial >= 3


def test_the_outer_signature_algorithm_piece_is_judged_again_when_tbs_says_another() -> None:
    """The rule that the outer signature algorithm equals tbsCertificate's reads the latter
    from the former's piece: that piece is reused while tbsCertificate's is the same, and
    judged again (a mismatch finding, as a full lint gives) when it is not."""
    from cryptography.hazmat.primitives.asymmetric import ec as ec_keys
    from cryptography.x509.oid import ExtendedKeyUsageOID

    signer = ec_keys.generate_private_key(ec_keys.SECP256R1())
    usage = x509.KeyUsage(True, False, False, False, False, False, False, False, False)
    ekus = [ExtendedKeyUsageOID.CLIENT_AUTH]
    sha256 = bytes.fromhex("06082a8648ce3d040302")  # ecdsa-with-SHA256
    sha384 = bytes.fromhex("06082a8648ce3d040303")
    ders = [
        _shaped(signer, ec_keys.generate_private_key(ec_keys.SECP256R1()), False, usage, ekus)
        for _ in range(4)
    ]
    # tbsCertificate's algorithm (the first of the two) said otherwise: same length, still DER.
    mismatched = [der.replace(sha256, sha384, 1) for der in ders[2:]]
    assert all(m != d for m, d in zip(mismatched, ders[2:], strict=True))
    rows = RowLinter(LintStandard.PKIX, shapes=False)
    rows._checks = 0
    rows.check_shapes = False
    reports = set()
    for der in [ders[0], ders[1], mismatched[0], ders[2], mismatched[1]]:
        expected = full_lint(der, LintStandard.PKIX)
        assert bulk_lint(rows, der) == expected
        assert isinstance(expected, LintReport)
        reports.add(tuple(f.code for f in expected.findings))
    assert len(reports) == 2  # the mismatch is found
    assert rows.partial >= 4


@pytest.mark.parametrize("standard", [LintStandard.PKIX, LintStandard.CABF_SERVERAUTH])
def test_a_skeleton_validator_that_reads_a_new_value_judges_each_certificate(
    standard: LintStandard,
) -> None:
    """A validator of an assembled node (the subject's domain component rule) whose verdict
    is kept for a shape only when it read nothing that changes between its certificates:
    it reads the new domain component value here, so every certificate is judged, as a
    full lint judges it."""
    signer = ec.generate_private_key(ec.SECP256R1())
    values = ["gov", "bad label!", "sn", "-dash", "ministry", "a" * 70, "ok"]
    ders = [
        _plain_certificate(
            signer,
            x509.Name(
                [
                    x509.NameAttribute(NameOID.COUNTRY_NAME, "SN"),
                    x509.NameAttribute(NameOID.DOMAIN_COMPONENT, value, _validate=False),
                ]
            ),
            ec.generate_private_key(ec.SECP256R1()).public_key(),
        )
        for value in values
    ]
    rows = RowLinter(standard, shapes=False)
    rows._checks = 0
    rows.check_shapes = False
    reports = set()
    for der in ders + ders[::-1]:
        expected = full_lint(der, standard)
        assert bulk_lint(rows, der) == expected
        reports.add(repr(expected))
    assert len(reports) >= 2  # the value does change the findings
    assert rows.partial > len(ders)


def test_key_usage_and_eku_pieces_are_reused_across_keys(sqlite_pki: TwoTier) -> None:
    """The key usage and EKU rules read certificate facts beyond their piece; those facts
    are the same for every certificate of a job, so their pieces' results are reused."""
    from idtoolkit.lint import incremental

    ws = sqlite_pki.ws
    subject, sans = SUBJECTS["tls-client"]
    template = api.issue_with_new_key(
        ws, "issuing", "tls-client", subject, "ec-p256", sans=list(sans)
    ).certificate
    rng = random.Random("reuse")
    signer = ec.generate_private_key(ec.SECP256R1())
    rows = RowLinter(ws.profiles.get("tls-client").lint, shapes=False)
    for _ in range(6):
        der = _variant(rng, template, signer)
        if der is not None:
            bulk_lint(rows, der)
    pieces = rows._pieces
    assert pieces is not None
    places = {
        incremental._decode(data, incremental._EXTENSION_SPEC)["extnID"]: piece
        for place, known in pieces._known.items()
        if place.rsplit(".", 2)[-2:-1] == ["extensions"]  # whole extensions, not their parts
        for data, piece in known.items()
    }
    for oid in (ExtensionOID.KEY_USAGE, ExtensionOID.EXTENDED_KEY_USAGE):
        asn1_oid = next(o for o in places if str(o) == oid.dotted_string)
        assert places[asn1_oid].known, oid


def _with_extensions(
    template: x509.Certificate,
    signer: ec.EllipticCurvePrivateKey,
    replace: dict[x509.ObjectIdentifier, x509.ExtensionType | None],
) -> bytes:
    """The template with a new key and serial, and the extensions in ``replace`` swapped
    (None: left out) and put last in ``replace``'s order, so the others keep their places."""
    key = ec.generate_private_key(ec.SECP256R1()).public_key()
    builder = (
        x509.CertificateBuilder()
        .issuer_name(template.issuer)
        .subject_name(template.subject)
        .public_key(key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(template.not_valid_before_utc)
        .not_valid_after(template.not_valid_after_utc)
    )
    critical = {}
    for extension in template.extensions:
        value: x509.ExtensionType | None = extension.value
        if extension.oid == ExtensionOID.SUBJECT_KEY_IDENTIFIER:
            value = x509.SubjectKeyIdentifier.from_public_key(key)
        elif extension.oid in replace:
            critical[extension.oid] = extension.critical
            continue
        builder = builder.add_extension(value, extension.critical)
    for oid, replacement in replace.items():
        if replacement is not None:
            builder = builder.add_extension(replacement, critical.get(oid, False))
    return builder.sign(signer, hashes.SHA256()).public_bytes(serialization.Encoding.DER)


def test_a_known_piece_that_read_another_extension_is_judged_again_when_it_differs(
    sqlite_pki: TwoTier,
) -> None:
    """ETSI's AIA rule asks the document for the CRL DP extension (no CRL DP: the AIA must
    name an OCSP responder). The AIA piece is reused while that extension is the same, and
    judged again, with the finding a full lint gives, when it is gone."""
    from cryptography.x509.oid import AuthorityInformationAccessOID

    ws = sqlite_pki.ws
    subject, sans = SUBJECTS["citizen-auth"]
    template = api.issue_with_new_key(
        ws, "issuing", "citizen-auth", subject, "ec-p256", sans=list(sans)
    ).certificate
    standard = ws.profiles.get("citizen-auth").lint
    issuers_only = x509.AuthorityInformationAccess(
        [
            x509.AccessDescription(
                AuthorityInformationAccessOID.CA_ISSUERS,
                x509.UniformResourceIdentifier("http://pki.example.sn/issuing.crt"),
            )
        ]
    )
    aia = ExtensionOID.AUTHORITY_INFORMATION_ACCESS
    crl_dp = ExtensionOID.CRL_DISTRIBUTION_POINTS
    crl_dp_value = template.extensions.get_extension_for_oid(crl_dp).value
    signer = ec.generate_private_key(ec.SECP256R1())
    # The AIA before the CRL DP, so the AIA keeps its place when the CRL DP goes.
    with_crl_dp = [
        _with_extensions(template, signer, {aia: issuers_only, crl_dp: crl_dp_value})
        for _ in range(3)
    ]
    without = [
        _with_extensions(template, signer, {aia: issuers_only, crl_dp: None}) for _ in range(3)
    ]
    rows = RowLinter(standard, shapes=False)
    rows._checks = 0
    rows.check_shapes = False
    reports = set()
    for der in [with_crl_dp[0], with_crl_dp[1], without[0], with_crl_dp[2], without[1], without[2]]:
        expected = full_lint(der, standard)
        assert bulk_lint(rows, der) == expected
        assert isinstance(expected, LintReport)
        reports.add(tuple(f.code for f in expected.findings))
    assert len(reports) == 2  # the CRL DP extension does change the AIA's findings
    assert rows.partial >= 4


def _plain_certificate(
    signer: ec.EllipticCurvePrivateKey,
    subject: x509.Name,
    key: Any,
    extension: x509.ExtensionType | None = None,
    critical: bool = False,
    basic_constraints: x509.BasicConstraints | None = None,
) -> bytes:
    now = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    constraints = basic_constraints or x509.BasicConstraints(ca=False, path_length=None)
    builder = (
        x509.CertificateBuilder()
        .issuer_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Parts CA")]))
        .subject_name(subject)
        .public_key(key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + dt.timedelta(days=90))
        .add_extension(constraints, critical=True)
    )
    if extension is not None:
        builder = builder.add_extension(extension, critical=critical)
    return builder.sign(signer, hashes.SHA256()).public_bytes(serialization.Encoding.DER)


def _with_key_algorithm(der: bytes, algorithm: str) -> bytes:
    """The certificate with its key's algorithm OID replaced (the key's bytes unchanged)."""
    from pyasn1.codec.der import decoder, encoder
    from pyasn1.type import univ
    from pyasn1_alt_modules import rfc5280

    cert, _ = decoder.decode(der, asn1Spec=rfc5280.Certificate())
    spki = cert["tbsCertificate"]["subjectPublicKeyInfo"]
    spki["algorithm"]["algorithm"] = univ.ObjectIdentifier(algorithm)
    return bytes(encoder.encode(cert))


def _series_equal_full_lints(ders: list[bytes]) -> RowLinter:
    rows = RowLinter(LintStandard.PKIX, shapes=False)
    rows._checks = 0
    rows.check_shapes = False
    for index, der in enumerate(ders):
        assert bulk_lint(rows, der) == full_lint(der, LintStandard.PKIX), f"certificate {index}"
    return rows


@pytest.mark.filterwarnings("ignore:Attribute.s length")
def test_an_attribute_value_seen_under_another_type_is_judged_under_its_own() -> None:
    """A new subject is cut into its attribute's type and value; a value is decoded by its
    type (a common name, a country, an e-mail address), so the same value bytes under another
    type are a new piece: its findings are those of a full lint, not the earlier type's."""
    signer = ec.generate_private_key(ec.SECP256R1())
    key = ec.generate_private_key(ec.SECP256R1()).public_key()

    def name(oid: x509.ObjectIdentifier, value: str) -> x509.Name:
        attribute = x509.NameAttribute(oid, value, _type=_ASN1Type.UTF8String, _validate=False)
        return x509.Name([attribute])

    cn, o, c, e = (
        NameOID.COMMON_NAME,
        NameOID.ORGANIZATION_NAME,
        NameOID.COUNTRY_NAME,
        NameOID.EMAIL_ADDRESS,
    )
    subjects = [name(cn, "a"), name(cn, "b"), name(cn, "SN"), name(c, "SN"), name(o, "SN")]
    subjects += [name(e, "SN"), name(cn, "SN"), name(c, "SN"), name(e, "x" * 300)]
    ders = [_plain_certificate(signer, subject, key) for subject in subjects]
    reports = {repr(full_lint(der, LintStandard.PKIX)) for der in ders}
    assert len(reports) >= 3  # the type does change the findings
    rows = _series_equal_full_lints(ders)
    assert rows.partial >= len(ders) - 1


def test_an_extension_value_seen_under_another_oid_is_judged_under_its_own() -> None:
    """A new extension is cut into its OID, criticality and value; the same value bytes under
    another OID (subject vs issuer alternative name), or critical where it was not, get
    the findings of a full lint."""
    signer = ec.generate_private_key(ec.SECP256R1())
    key = ec.generate_private_key(ec.SECP256R1()).public_key()
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "parts")])

    def names(host: str) -> list[x509.GeneralName]:
        return [x509.DNSName._init_without_validation(host)]

    def policies(names: list[x509.GeneralName]) -> x509.ExtensionType:
        """The SAN's value bytes under the certificate policies OID: no longer decodable."""
        value = x509.SubjectAlternativeName(names).public_bytes()
        return x509.UnrecognizedExtension(ExtensionOID.CERTIFICATE_POLICIES, value)

    san, ian = x509.SubjectAlternativeName, x509.IssuerAlternativeName
    shapes: list[tuple[Any, str, bool]] = [
        (san, "a.example", False),
        (san, "b.example", False),
        (san, "c.example", False),
        (ian, "c.example", False),
        (policies, "c.example", False),
        (san, "c.example", True),
        (ian, "c.example", True),
        (san, "c.example", False),
        (san, "host.local", True),
        (policies, "host.local", True),
        (ian, "host.local", False),
    ]
    ders = [
        _plain_certificate(signer, subject, key, kind(names(host)), critical)
        for kind, host, critical in shapes
    ]
    # DER leaves a FALSE criticality out: one encoded explicitly does not decode (a full
    # lint refuses the certificate), however its parts look on their own.
    san_critical = bytes.fromhex("0603551d110101ff")
    explicit_false = ders[5].replace(san_critical, bytes.fromhex("0603551d11010100"))
    assert explicit_false != ders[5]
    ders.append(explicit_false)
    reports = {repr(full_lint(der, LintStandard.PKIX)) for der in ders}
    assert len(reports) >= 3
    assert str(full_lint(explicit_false, LintStandard.PKIX)).startswith("LintError")
    rows = _series_equal_full_lints(ders)
    assert rows.partial >= len(ders) - 2


def test_a_key_seen_under_another_algorithm_is_judged_under_its_own() -> None:
    """A new key is cut into its algorithm and its bits; the key's bits are decoded by the
    algorithm, so the same bits under another algorithm OID get a full lint's findings."""
    signer = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "parts")])
    keys = [ec.generate_private_key(ec.SECP256R1()).public_key() for _ in range(3)]
    ders = [_plain_certificate(signer, subject, key) for key in keys]
    rsa_oid, ec_dh = "1.2.840.113549.1.1.1", "1.3.132.1.12"
    ders += [_with_key_algorithm(ders[2], rsa_oid), _with_key_algorithm(ders[2], ec_dh)]
    ders += [ders[2], _with_key_algorithm(ders[1], rsa_oid), ders[1]]
    reports = {repr(full_lint(der, LintStandard.PKIX)) for der in ders}
    assert len(reports) >= 2
    _series_equal_full_lints(ders)


def test_of_two_extensions_with_one_oid_the_first_is_the_one_read() -> None:
    """pkilint reads the first extension with an OID (``get_extension_by_oid``): so does the
    bulk linter's table of them, and its facts (here: CA or not) come from that one."""
    signer = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "twice")])
    usage = x509.KeyUsage(True, False, False, False, False, True, True, False, False)
    ders = []
    for ca in (True, False, True):
        key = ec.generate_private_key(ec.SECP256R1()).public_key()
        now = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
        der = (
            x509.CertificateBuilder()
            .issuer_name(subject)
            .subject_name(subject)
            .public_key(key)
            .serial_number(x509.random_serial_number())
            .not_valid_before(now)
            .not_valid_after(now + dt.timedelta(days=90))
            .add_extension(usage, critical=True)
            .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
            .sign(signer, hashes.SHA256())
            .public_bytes(serialization.Encoding.DER)
        )
        ders.append(der)
        # the key usage extension's OID made basicConstraints': two of them, the first not
        # decodable as one
        twice = der.replace(bytes.fromhex("0603551d0f0101ff"), bytes.fromhex("0603551d130101ff"))
        assert twice != der
        ders.append(twice)
    reports = {repr(full_lint(der, LintStandard.PKIX)) for der in ders}
    assert len(reports) >= 3
    _series_equal_full_lints(ders + ders[::-1])


def test_a_replayed_shape_that_disagrees_with_a_full_lint_is_caught(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The first certificate of each shape whose walk is replayed is also linted in full:
    should a replay ever lose a finding, the report is the full lint's and the fast path
    stops, though the job's first certificates agreed."""
    from cryptography.x509.oid import ExtendedKeyUsageOID

    from idtoolkit.lint import incremental

    signer = ec.generate_private_key(ec.SECP256R1())
    usage = SIGN_AND_ENCIPHER
    ekus = [ExtendedKeyUsageOID.SERVER_AUTH]
    ders = [
        _shaped(signer, ec.generate_private_key(ec.SECP256R1()), False, usage, ekus)
        for _ in range(8)
    ]
    rows = RowLinter(LintStandard.PKIX, shapes=False)
    for der in ders[:4]:  # the job's first certificates, checked and agreeing
        assert bulk_lint(rows, der) == full_lint(der, LintStandard.PKIX)
    assert rows.disagreed == 0

    def lossy(self: Any, trace: list[Any], nodes: dict[str, Any], results: list[Any]) -> None:
        return None  # a broken replay: no result at all

    monkeypatch.setattr(incremental, "_replay", lossy)
    # A new validity: a new shape, recorded on its first certificate, replayed on the next.
    later = [
        _shaped(signer, ec.generate_private_key(ec.SECP256R1()), False, usage, ekus, days=30)
        for _ in range(3)
    ]
    for der in later:
        assert bulk_lint(rows, der) == full_lint(der, LintStandard.PKIX)
    assert rows.disagreed == 1


def test_is_ca_is_judged_per_certificate_when_basic_constraints_is_new_each_time() -> None:
    """Whether a certificate is a CA (pkilint's ``is_ca``, read by the key identifier and
    key usage rules) is kept once per shape only when the shape's basic constraints are a
    known piece; certificates whose basic constraints are new each time (cA and path
    length varying) share one shape, and each gets a full lint's verdict."""
    signer = ec.generate_private_key(ec.SECP256R1())
    key = ec.generate_private_key(ec.SECP256R1()).public_key()
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Parts")])

    def cert(ca: bool, path_length: int | None) -> bytes:
        constraints = x509.BasicConstraints(ca=ca, path_length=path_length)
        return _plain_certificate(signer, subject, key, basic_constraints=constraints)

    def explicit_false(der: bytes) -> bytes:
        """The certificate with cA FALSE written out (BER; DER leaves it out): new basic
        constraints bytes that are not a CA's."""
        from pyasn1.codec.der import decoder, encoder
        from pyasn1.type import univ
        from pyasn1_alt_modules import rfc5280

        decoded, _ = decoder.decode(der, asn1Spec=rfc5280.Certificate())
        for extension in decoded["tbsCertificate"]["extensions"]:
            if extension["extnID"] == rfc5280.id_ce_basicConstraints:
                extension["extnValue"] = univ.OctetString(b"\x30\x03\x01\x01\x00")
        return bytes(encoder.encode(decoded))

    ders = [cert(False, None), cert(False, None), cert(True, 0), cert(False, None)]
    ders += [cert(True, 1), cert(True, 1), cert(True, 2), cert(True, 3), cert(False, None)]
    # New basic constraints each time, one shape: a CA, not a CA, a CA.
    ders += [cert(True, 4), explicit_false(cert(False, None)), cert(True, 5)]
    reports = {repr(full_lint(der, LintStandard.PKIX)) for der in ders}
    assert len(reports) >= 3  # being a CA does change the findings (no key identifier)
    _series_equal_full_lints(ders)


def test_a_long_job_s_linter_frees_the_pieces_it_forgets_without_the_cycle_collector() -> None:
    """A forgotten piece (a serial, key or signature :data:`incremental._PER_PLACE` newer ones
    replaced) is freed as soon as it is forgotten: its nodes, parents and results no longer
    make reference cycles, which the cycle collector took about a tenth of a job's lint time
    to find. Later certificates are still judged as a full lint judges them."""
    import gc

    signer = ec.generate_private_key(ec.SECP256R1())
    ders = [
        _shaped(signer, ec.generate_private_key(ec.SECP256R1()), False, SIGN_AND_ENCIPHER, [])
        for _ in range(3 * incremental._PER_PLACE)
    ]
    rows = RowLinter(LintStandard.PKIX, shapes=False)
    rows._checks = 0
    rows.check_shapes = False
    for der in ders[: incremental._PER_PLACE + 2]:  # every place's table full
        rows.lint(der)
    gc.collect()
    was_enabled, flags = gc.isenabled(), gc.get_debug()
    gc.disable()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        reports = [rows.lint(der) for der in ders[incremental._PER_PLACE + 2 :]]
        gc.collect()
        cyclic = [type(o).__name__ for o in gc.garbage if type(o).__name__ in ("PDUNode", "_Piece")]
    finally:
        gc.garbage.clear()
        gc.set_debug(flags)
        if was_enabled:
            gc.enable()
    assert cyclic == []
    assert reports == [
        full_lint(der, LintStandard.PKIX) for der in ders[incremental._PER_PLACE + 2 :]
    ]
