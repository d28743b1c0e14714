"""Issuing end-entity (and sub-CA) certificates from a CSR or with a generated key.

The order is the guarantee: validate against the profile, sign, lint, and only then write the
certificate row and its audit event in one transaction. A request that fails any step leaves
nothing behind.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import cast

import cryptography
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.types import CertificateIssuerPrivateKeyTypes
from cryptography.hazmat.primitives.serialization import (
    PrivateFormat,
    pkcs12,
)
from cryptography.x509.oid import ExtensionOID

from idtoolkit.ca.builder import Plan, Request, check_key_type, check_subject, plan_certificate
from idtoolkit.ca.certificate_recording import CertificateEntry, record_certificates
from idtoolkit.ca.inputs import check_pkcs12_password, parse_san, san_text
from idtoolkit.ca.issuers import check_may_sign_ca, issuer_and_signer
from idtoolkit.ca.names import common_name, format_subject, parse_subject
from idtoolkit.ca.ocsp_presign import presign_quietly
from idtoolkit.ca.serials import new_serial, serial_to_hex
from idtoolkit.errors import InputError, ProfileViolation
from idtoolkit.keys.spec import KeySpec, as_issuer_public_key, key_spec, spec_of_public_key
from idtoolkit.lint.gate import lint_or_reject
from idtoolkit.lint.results import Lint
from idtoolkit.messages import Message
from idtoolkit.profiles.model import Profile
from idtoolkit.store.cas import ca_by_name
from idtoolkit.workspace import Workspace

_EXTENSION_NAMES = {
    ExtensionOID.SUBJECT_ALTERNATIVE_NAME: "subjectAltName",
    ExtensionOID.BASIC_CONSTRAINTS: "basicConstraints",
    ExtensionOID.KEY_USAGE: "keyUsage",
    ExtensionOID.EXTENDED_KEY_USAGE: "extendedKeyUsage",
    ExtensionOID.SUBJECT_KEY_IDENTIFIER: "subjectKeyIdentifier",
}


@dataclass(frozen=True)
class IssuedCertificate:
    certificate: x509.Certificate
    ca: str
    profile: str
    serial: str
    lint_warnings: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    pkcs12: bytes | None = None
    pkcs12_password: str | None = field(default=None, repr=False)


@dataclass(frozen=True)
class CsrReview:
    """What a CSR asks for and what the profile will grant: shown before signing."""

    subject: str
    key_type: str
    sans: tuple[str, ...]
    copied_extensions: tuple[str, ...]
    ignored_extensions: tuple[str, ...]


def csr_extensions(
    profile: Profile, csr: x509.CertificateSigningRequest
) -> tuple[tuple[x509.GeneralName, ...], tuple[str, ...], tuple[str, ...]]:
    """The SANs a CSR asks for, and the extensions copied and ignored; refuses the rest."""
    sans: list[x509.GeneralName] = []
    copied: list[str] = []
    ignored: list[str] = []
    for extension in csr.extensions:
        name = _EXTENSION_NAMES.get(extension.oid, extension.oid.dotted_string)
        if (
            extension.oid == ExtensionOID.BASIC_CONSTRAINTS
            and isinstance(extension.value, x509.BasicConstraints)
            and extension.value.ca
            and not profile.is_ca
        ):
            raise ProfileViolation(
                "profile.csr_asks_for_ca",
                "profile '{name}': the CSR asks for a CA certificate (cA=TRUE)",
                name=profile.name,
            )
        if extension.oid in profile.csr_copy_extensions:
            if isinstance(extension.value, x509.SubjectAlternativeName):
                sans.extend(extension.value)
            copied.append(name)
        elif extension.oid in profile.csr_ignore_extensions:
            ignored.append(name)
        else:
            raise ProfileViolation(
                "profile.csr_extension_refused",
                "profile '{name}': the CSR requests extension {extension}, which this profile does not accept",
                name=profile.name,
                extension=name,
            )
    return tuple(sans), tuple(copied), tuple(ignored)


def review_csr(
    profile: Profile, csr: x509.CertificateSigningRequest
) -> tuple[CsrReview, tuple[x509.GeneralName, ...]]:
    """What the CSR asks for, for an officer to read before signing."""
    sans, copied, ignored = csr_extensions(profile, csr)
    spec = spec_of_public_key(csr.public_key())
    review = CsrReview(
        format_subject(csr.subject), spec.name, tuple(san_text(s) for s in sans), copied, ignored
    )
    return review, sans


def issue_request(
    ws: Workspace,
    ca_name: str,
    profile: Profile,
    request: Request,
    extra_notes: Sequence[str] = (),
    request_ref: str | None = None,
    *,
    source: str,
    context: dict[str, object] | None = None,
    before_commit: Callable[[x509.Certificate], None] | None = None,
) -> tuple[IssuedCertificate, Plan]:
    """Sign ``request``, lint it and record it (row and ``cert.issued`` event in one
    transaction). ``source`` says which path issued it; ``context`` adds what that path
    knows (the CSR's digest, the token, the delivery) to the event. ``before_commit`` runs
    inside the store transaction, after the row is written and before it is committed:
    delivery of the credential goes there, so that a failure to deliver (a full disk) leaves
    no certificate recorded as valid whose key or file was lost."""
    with ws.store.reading() as session:
        issuer_ca = ca_by_name(session, ca_name)
        issuer, signer = issuer_and_signer(ws, issuer_ca)
    if profile.is_ca:
        check_may_sign_ca(issuer)
    plan = plan_certificate(profile, request, issuer, ca_name, issuer.base_url, new_serial())
    cert = signer.sign_certificate(plan.builder)
    report = lint_or_reject(cert.public_bytes(serialization.Encoding.DER), profile, issuer.base_url)
    notes = (
        tuple(extra_notes)
        + tuple(plan.notes)
        + tuple(Message("issue.note.lint_skipped", "lint: {what}", what=s) for s in report.skipped)
    )
    entry = CertificateEntry.of(
        cert,
        sans=[san_text(s) for s in plan.sans],
        request_ref=request_ref,
        lint=Lint.of(report),
    )
    with ws.store.transaction() as session:
        issuer_ca = ca_by_name(session, ca_name)
        record_certificates(
            session,
            [entry],
            issuer_ca_id=issuer_ca.id,
            profile=profile.name,
            ca=ca_name,
            source=source,
            context=context,
        )
        if before_commit is not None:
            before_commit(cert)
    presign_quietly(ws, ca_name, [serial_to_hex(cert.serial_number)])  # RFC 6960 2.5
    issued = IssuedCertificate(
        cert,
        ca_name,
        profile.name,
        serial_to_hex(cert.serial_number),
        tuple(f.code for f in report.warnings),
        notes,
    )
    return issued, plan


def issue_from_csr(
    ws: Workspace,
    ca: str,
    profile: str,
    csr: x509.CertificateSigningRequest,
    *,
    subject: str | None = None,
    sans: Iterable[str] = (),
    days: int | None = None,
    deliver: Callable[[IssuedCertificate], None] | None = None,
    key_on_qscd: bool = False,
) -> IssuedCertificate:
    """Sign a (verified) CSR under ``profile``. ``key_on_qscd``: the officer attests the key
    was generated on a qualified device (only then do QcSSCD and -qscd policies appear). ``subject`` overrides the CSR's, as checked by
    the officer; ``sans`` add to those the CSR asks for. ``deliver`` (writing the files)
    runs before the certificate is committed: if it fails, nothing is recorded."""
    prof = ws.profiles.get(profile)
    review, csr_sans = review_csr(prof, csr)
    subject_name = parse_subject(subject) if subject else csr.subject
    extra = tuple(parse_san(s) for s in sans)
    public_key = csr.public_key()
    request = Request(
        subject_name,
        as_issuer_public_key(public_key),
        spec_of_public_key(public_key),
        csr_sans + extra,
        days,
        key_on_qscd=key_on_qscd,
    )
    notes = [
        Message(
            "issue.note.csr_extension_ignored",
            "ignored CSR extension {name} (the profile decides it)",
            name=name,
        )
        for name in review.ignored_extensions
    ]
    context: dict[str, object] = {
        "csr_sha256": csr_fingerprint(csr),
        **({"key_on_qscd": "attested by the officer"} if key_on_qscd else {}),
    }

    def before_commit(cert: x509.Certificate) -> None:
        if deliver is not None:
            deliver(
                IssuedCertificate(
                    cert, ca, prof.name, serial_to_hex(cert.serial_number), (), tuple(notes)
                )
            )

    issued, _ = issue_request(
        ws, ca, prof, request, notes, source="csr", context=context, before_commit=before_commit
    )
    return issued


def csr_fingerprint(csr: x509.CertificateSigningRequest) -> str:
    """The SHA-256 of the CSR's DER: the same digest whichever encoding carried it (PEM line
    endings differ between systems), read aloud on both sides of an offline-root ceremony."""
    return hashlib.sha256(csr.public_bytes(serialization.Encoding.DER)).hexdigest()


#: The characters of a generated password: no look-alikes (0/O, 1/l/I).
PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"
_PASSWORD_LENGTH = 20


def generate_password() -> str:
    """A password for a PKCS#12 handed to a person: 20 characters of 57 (~117 bits) in four
    groups of five. One uniform number below 57**20, written in base 57, is the same as 20
    uniform independent choices, from one read of the system's random source instead of 20
    or more (a CSV job of 10,000 letters spent a sixth of its signing process there)."""
    base = len(PASSWORD_ALPHABET)
    number = secrets.randbelow(base**_PASSWORD_LENGTH)
    characters = []
    for _ in range(_PASSWORD_LENGTH):
        number, digit = divmod(number, base)
        characters.append(PASSWORD_ALPHABET[digit])
    return "-".join("".join(characters[start : start + 5]) for start in range(0, 20, 5))


def check_pkcs12_key(spec: KeySpec) -> None:
    """Refuse, before anything is signed, a key that cannot travel in a PKCS#12 file."""
    if spec.post_quantum:
        raise InputError(
            "pkcs12.key_type_unsupported",
            "{key_type} keys cannot be delivered as PKCS#12: cryptography {version} cannot write ML-DSA keys into PKCS#12 yet; generate the key where it will be used and send a CSR instead",
            key_type=spec.name,
            version=cryptography.__version__,
        )


def pkcs12_bytes(
    name: str,
    key: CertificateIssuerPrivateKeyTypes,
    cert: x509.Certificate,
    chain: Sequence[x509.Certificate],
    password: bytes,
    legacy: bool = False,
    rounds: int | None = None,
) -> bytes:
    """PKCS#12 with AES-256 + PBKDF2-SHA256 + SHA-256 MAC, or 3DES/SHA-1 for old Windows.

    ``rounds`` defaults to 600,000 (2,048 for legacy files, what old Windows expects); bulk
    jobs whose passwords are random lower it (see :mod:`idtoolkit.ca.credential_job`).
    """
    check_pkcs12_password(password)
    check_pkcs12_key(spec_of_public_key(key.public_key()))
    builder = PrivateFormat.PKCS12.encryption_builder()
    if legacy:
        builder = (
            builder.kdf_rounds(rounds or 2048)
            .key_cert_algorithm(pkcs12.PBES.PBESv1SHA1And3KeyTripleDESCBC)
            .hmac_hash(hashes.SHA1())
        )
    else:
        builder = (
            builder.kdf_rounds(rounds or 600_000)
            .key_cert_algorithm(pkcs12.PBES.PBESv2SHA256AndAES256CBC)
            .hmac_hash(hashes.SHA256())
        )
    encryption = builder.build(password)
    return pkcs12.serialize_key_and_certificates(
        name.encode(),
        cast(pkcs12.PKCS12PrivateKeyTypes, key),
        cert,
        list(chain) or None,
        encryption,
    )


def issue_with_new_key(
    ws: Workspace,
    ca: str,
    profile: str,
    subject: str,
    key: str,
    *,
    sans: Iterable[str] = (),
    days: int | None = None,
    p12_password: str | None = None,
    legacy_p12: bool = False,
    not_before: dt.datetime | None = None,
    deliver: Callable[[IssuedCertificate], None] | None = None,
    p12_rounds: int | None = None,
) -> IssuedCertificate:
    """Generate the subject's key here and deliver key + certificate + chain as PKCS#12.
    With no password given, one is generated; the caller shows it once. ``not_before`` other
    than now is for test PKIs (expired and not-yet-valid credentials). ``p12_rounds`` lowers
    the PBKDF2 rounds for generated passwords (labs, bulk: the entropy makes the KDF moot).

    ``deliver`` gets the finished credential before the certificate is committed: when it
    fails (no space left for the PKCS#12 file), the certificate is not recorded, since its
    private key, which exists nowhere else, would be lost."""
    from idtoolkit.ca.authorities import ca_chain

    prof = ws.profiles.get(profile)
    spec = key_spec(key)
    subject_name = parse_subject(subject)
    check_key_type(prof, spec)
    check_pkcs12_key(spec)
    check_subject(prof, subject_name)
    if p12_password is not None and len(p12_password) < 8:
        raise InputError(
            "pkcs12.password_too_short",
            "the PKCS#12 password must have at least 8 characters",
        )
    extra = tuple(parse_san(s) for s in sans)
    private_key = spec.generate()
    request = Request(subject_name, private_key.public_key(), spec, extra, days, not_before)
    password = p12_password or generate_password()
    chain = ca_chain(ws, ca)
    delivered: list[IssuedCertificate] = []

    def before_commit(cert: x509.Certificate) -> None:
        serial = serial_to_hex(cert.serial_number)
        friendly = common_name(subject_name) or serial
        blob = pkcs12_bytes(
            friendly, private_key, cert, chain, password.encode(), legacy_p12, p12_rounds
        )
        credential = IssuedCertificate(
            cert, ca, prof.name, serial, (), (), blob, None if p12_password else password
        )
        if deliver is not None:
            deliver(credential)
        delivered.append(credential)

    issued, _ = issue_request(
        ws,
        ca,
        prof,
        request,
        source="generated key",
        context={"delivery": "pkcs12"},
        before_commit=before_commit,
    )
    return IssuedCertificate(
        issued.certificate,
        issued.ca,
        issued.profile,
        issued.serial,
        issued.lint_warnings,
        issued.notes,
        delivered[0].pkcs12,
        delivered[0].pkcs12_password,
    )


__all__ = [
    "CsrReview",
    "IssuedCertificate",
    "csr_fingerprint",
    "generate_password",
    "issue_from_csr",
    "issue_with_new_key",
    "pkcs12_bytes",
    "review_csr",
]
