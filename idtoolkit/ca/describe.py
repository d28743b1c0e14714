"""Certificates, CSRs and profiles as plain text for people: what the GUI's details pane and
its issue dialogs show.

The desktop app must not touch cryptography objects itself; these functions turn them into
strings (fields, extensions in plain words, PEM, an ASN.1 dump) once, in the engine, where the
CLI could reuse them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.x509.oid import ExtendedKeyUsageOID, ExtensionOID

from idtoolkit.ca.builder import check_key_type, check_names, claims_qscd
from idtoolkit.ca.inputs import parse_san, san_text
from idtoolkit.ca.issuance import csr_fingerprint, review_csr
from idtoolkit.ca.names import format_subject, parse_subject
from idtoolkit.ca.query import find_certificate
from idtoolkit.ca.serials import serial_to_hex
from idtoolkit.errors import IDToolkitError
from idtoolkit.keys.spec import key_spec, spec_of_public_key
from idtoolkit.messages import Message, Text
from idtoolkit.profiles.model import Profile
from idtoolkit.workspace import Workspace


@dataclass(frozen=True)
class CertificateText:
    """One certificate, ready to display."""

    subject: str
    issuer: str
    serial: str
    #: (label, value) in reading order; a value is data, or a message (the key's algorithm)
    fields: tuple[tuple[str, Text], ...]
    extensions: tuple[Message, ...]  # one sentence each (name and meaning as parameters)
    chain: tuple[str, ...]  # subjects from this certificate up to the root
    pem: str
    asn1: str


_KEY_USAGE_WORDS = {
    "digital_signature": Message("key_usage.digital_signature", "sign data (digital signature)"),
    "content_commitment": Message(
        "key_usage.content_commitment", "sign with commitment (non-repudiation)"
    ),
    "key_encipherment": Message("key_usage.key_encipherment", "encrypt keys"),
    "data_encipherment": Message("key_usage.data_encipherment", "encrypt data"),
    "key_agreement": Message("key_usage.key_agreement", "agree keys"),
    "key_cert_sign": Message("key_usage.key_cert_sign", "sign certificates"),
    "crl_sign": Message("key_usage.crl_sign", "sign CRLs"),
    "encipher_only": Message("key_usage.encipher_only", "encipher only"),
    "decipher_only": Message("key_usage.decipher_only", "decipher only"),
}
_EKU_WORDS = {
    ExtendedKeyUsageOID.SERVER_AUTH: Message("eku.server_auth", "TLS server"),
    ExtendedKeyUsageOID.CLIENT_AUTH: Message("eku.client_auth", "TLS client / login"),
    ExtendedKeyUsageOID.CODE_SIGNING: Message("eku.code_signing", "code signing"),
    ExtendedKeyUsageOID.EMAIL_PROTECTION: Message(
        "eku.email_protection", "e-mail protection (S/MIME)"
    ),
    ExtendedKeyUsageOID.TIME_STAMPING: Message("eku.time_stamping", "time stamping"),
    ExtendedKeyUsageOID.OCSP_SIGNING: Message("eku.ocsp_signing", "OCSP response signing"),
}


def key_usage_words(name: str) -> Text:
    """A key usage (``key_cert_sign``) in plain words, as a message; an unknown name as is."""
    return _KEY_USAGE_WORDS.get(name, name)


def eku_words(oid: x509.ObjectIdentifier) -> Text:
    """An extended key usage in plain words, as a message; an unknown one as its dotted OID."""
    return _EKU_WORDS.get(oid, oid.dotted_string)


def extension_sentence(ext: x509.Extension[x509.ExtensionType]) -> Message:
    """An extension in plain words, e.g. 'Key usage (critical): sign certificates, sign CRLs':
    a message whose ``name`` and ``meaning`` parameters a details pane shows in two columns."""
    label, text = _extension_words(ext)
    name: Text = (
        Message("certificate.extension_critical", "{label} (critical)", label=label)
        if ext.critical
        else label
    )
    return Message("certificate.extension", "{name}: {meaning}", name=name, meaning=text)


def _extension_words(ext: x509.Extension[x509.ExtensionType]) -> tuple[Text, Text]:
    value = ext.value
    label: Text
    text: Text
    if isinstance(value, x509.BasicConstraints):
        label = Message("extension.basic_constraints", "Basic constraints")
        if not value.ca:
            text = Message("extension.not_a_ca", "not a CA (end entity)")
        elif value.path_length is None:
            text = Message("extension.ca_no_limit", "this is a CA, no limit on sub-CAs below it")
        else:
            text = Message(
                "extension.ca_limit",
                "this is a CA, at most {levels} CA level(s) below it",
                levels=value.path_length,
            )
    elif isinstance(value, x509.KeyUsage):
        label = Message("extension.key_usage", "Key usage")
        words = _key_usage_messages(value)
        text = Message("extension.list", "{items}", items=words) if words else _NONE
    elif isinstance(value, x509.ExtendedKeyUsage):
        label = Message("extension.extended_key_usage", "Extended key usage")
        text = Message("extension.list", "{items}", items=[eku_words(o) for o in value])
    elif isinstance(value, x509.SubjectAlternativeName):
        label = Message("extension.alternative_names", "Alternative names")
        text = ", ".join(san_text(n) for n in value)
    elif isinstance(value, x509.SubjectKeyIdentifier):
        label = Message("extension.subject_key_identifier", "Subject key identifier")
        text = value.digest.hex(":")
    elif isinstance(value, x509.AuthorityKeyIdentifier):
        label = Message("extension.authority_key_identifier", "Authority key identifier")
        text = (
            value.key_identifier.hex(":")
            if value.key_identifier
            else Message("extension.by_issuer_and_serial", "(by issuer and serial)")
        )
    elif isinstance(value, x509.CRLDistributionPoints):
        label = Message("extension.crl_distribution_points", "CRL distribution points")
        text = ", ".join(
            str(n.value) for point in value for n in (point.full_name or []) if n is not None
        )
    elif isinstance(value, x509.AuthorityInformationAccess):
        label = Message("extension.authority_information_access", "Authority information access")
        text = Message(
            "extension.list",
            "{items}",
            items=[
                Message("extension.ocsp_at", "OCSP at {url}", url=d.access_location.value)
                if d.access_method.dotted_string.endswith("48.1")
                else Message(
                    "extension.ca_certificate_at",
                    "CA certificate at {url}",
                    url=d.access_location.value,
                )
                for d in value
            ],
        )
    elif isinstance(value, x509.CertificatePolicies):
        label = Message("extension.certificate_policies", "Certificate policies")
        text = ", ".join(p.policy_identifier.dotted_string for p in value)
    elif isinstance(value, x509.NameConstraints):
        label = Message("extension.name_constraints", "Name constraints")
        permitted = ", ".join(str(n.value) for n in value.permitted_subtrees or [])
        text = (
            Message("extension.may_only_name", "may only name {names}", names=permitted)
            if permitted
            else Message("extension.restricted_names", "restricted names")
        )
    elif ext.oid == ExtensionOID.OCSP_NO_CHECK:
        label = Message("extension.ocsp_no_check", "OCSP no check")
        text = Message(
            "extension.ocsp_no_check_meaning",
            "relying parties need not check this responder's status",
        )
    else:
        name = getattr(ext.oid, "_name", None)
        label = name if name and name != "Unknown OID" else ext.oid.dotted_string
        if isinstance(value, x509.UnrecognizedExtension):
            text = Message(
                "extension.unrecognised",
                "{size} bytes (see the ASN.1 dump)",
                size=len(value.value),
            )
        else:
            text = str(value)
    return label, text


_NONE = Message("extension.none", "none")


def _key_usage_messages(usage: x509.KeyUsage) -> list[Text]:
    names = [n for n in _KEY_USAGE_WORDS if n not in ("encipher_only", "decipher_only")]
    words: list[Text] = [_KEY_USAGE_WORDS[n] for n in names if getattr(usage, n)]
    if usage.key_agreement:
        words += [
            _KEY_USAGE_WORDS[n] for n in ("encipher_only", "decipher_only") if getattr(usage, n)
        ]
    return words


def _key_text(cert: x509.Certificate) -> Text:
    try:
        spec = spec_of_public_key(cert.public_key())
        return Message("certificate.key", "{name} ({words})", name=spec.name, words=spec.words)
    except IDToolkitError:
        return Message("certificate.key_other", "other")
    except Exception:
        return Message("certificate.key_unsupported", "unsupported key")


def describe_certificate(
    cert: x509.Certificate, chain: Sequence[x509.Certificate] = ()
) -> CertificateText:
    """``chain`` is the issuer chain (issuer first, root last), as :func:`ca_chain` returns it."""
    der = cert.public_bytes(serialization.Encoding.DER)
    fields = (
        ("Subject", format_subject(cert.subject)),
        ("Issuer", format_subject(cert.issuer)),
        ("Serial", serial_to_hex(cert.serial_number)),
        ("Valid from", f"{cert.not_valid_before_utc:%Y-%m-%d %H:%M} UTC"),
        ("Valid until", f"{cert.not_valid_after_utc:%Y-%m-%d %H:%M} UTC"),
        ("Key", _key_text(cert)),
        ("Signature", cert.signature_algorithm_oid._name),
        ("SHA-256", cert.fingerprint(hashes.SHA256()).hex(":").upper()),
    )
    subjects = [format_subject(cert.subject)]
    subjects += [format_subject(c.subject) for c in chain if c != cert]
    return CertificateText(
        subject=format_subject(cert.subject),
        issuer=format_subject(cert.issuer),
        serial=serial_to_hex(cert.serial_number),
        fields=fields,
        extensions=tuple(extension_sentence(e) for e in cert.extensions),
        chain=tuple(subjects),
        pem=cert.public_bytes(serialization.Encoding.PEM).decode(),
        asn1=asn1_dump(der),
    )


def describe_stored_certificate(
    ws: Workspace, serial: str, ca: str | None = None
) -> CertificateText:
    """The details pane of a certificate in the store, with its chain up to the root."""
    from idtoolkit.ca.authorities import ca_chain

    details = find_certificate(ws, serial, ca)
    chain = ca_chain(ws, details.summary.ca) if details.summary.ca else []
    text = describe_certificate(details.certificate, chain)
    status: list[tuple[str, str]] = []  # the status itself is in every listing already
    if details.revoked_at is not None:
        label = "On hold since" if details.summary.status == "on_hold" else "Revoked on"
        status.append((label, f"{details.revoked_at:%Y-%m-%d %H:%M} UTC"))
        status.append(("Reason", details.reason or "unspecified"))
    return dataclasses.replace(text, fields=text.fields + tuple(status))


def describe_ca(ws: Workspace, name: str) -> CertificateText | None:
    """A CA's own certificate and chain; ``None`` while its certificate is still requested."""
    from idtoolkit.ca.authorities import ca_chain, show_ca

    _, cert = show_ca(ws, name)
    if cert is None:
        return None
    return describe_certificate(cert, ca_chain(ws, name)[1:])


# --- a small DER walker: the ASN.1 dump ---------------------------------------------------------
_UNIVERSAL = {
    1: "BOOLEAN",
    2: "INTEGER",
    3: "BIT STRING",
    4: "OCTET STRING",
    5: "NULL",
    6: "OBJECT IDENTIFIER",
    12: "UTF8String",
    16: "SEQUENCE",
    17: "SET",
    19: "PrintableString",
    20: "T61String",
    22: "IA5String",
    23: "UTCTime",
    24: "GeneralizedTime",
    30: "BMPString",
}
_MAX_LINES = 2000


def _oid_text(body: bytes) -> str:
    if not body:
        return ""
    first = body[0]
    parts = [str(min(first // 40, 2)), str(first - 40 * min(first // 40, 2))]
    value = 0
    for byte in body[1:]:
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            parts.append(str(value))
            value = 0
    dotted = ".".join(parts)
    name = x509.ObjectIdentifier(dotted)._name if _valid_oid(dotted) else "Unknown OID"
    return dotted if name == "Unknown OID" else f"{dotted} ({name})"


def _valid_oid(dotted: str) -> bool:
    try:
        x509.ObjectIdentifier(dotted)
    except ValueError:
        return False
    return True


def _primitive_text(tag: int, body: bytes) -> str:
    if tag == 6:
        return _oid_text(body)
    if tag == 2:
        return (
            hex(int.from_bytes(body, "big", signed=True))
            if len(body) > 8
            else str(int.from_bytes(body, "big", signed=True))
        )
    if tag == 1:
        return "TRUE" if body and body[0] else "FALSE"
    if tag in (12, 19, 20, 22, 23, 24):
        return body.decode("utf-8", errors="replace")
    if tag == 30:
        return body.decode("utf-16-be", errors="replace")
    if tag == 5:
        return ""
    shown = body[:24].hex(" ")
    return f"{shown}{' …' if len(body) > 24 else ''} ({len(body)} bytes)"


def asn1_dump(der: bytes) -> str:
    """An indented listing of a DER structure (like ``openssl asn1parse -i``), capped at
    2,000 lines. Encapsulated DER in OCTET/BIT STRINGs (extensions) is shown too."""
    lines: list[str] = []

    def walk(data: bytes, start: int, end: int, depth: int) -> None:
        pos = start
        while pos < end and len(lines) < _MAX_LINES:
            offset = pos
            ident = data[pos]
            pos += 1
            length = data[pos]
            pos += 1
            if length & 0x80:
                count = length & 0x7F
                length = int.from_bytes(data[pos : pos + count], "big")
                pos += count
            if pos + length > end:
                lines.append(f"{offset:5d} {'  ' * depth}(truncated)")
                return
            cls, constructed, tag = ident >> 6, bool(ident & 0x20), ident & 0x1F
            if cls == 0:
                name = _UNIVERSAL.get(tag, f"UNIVERSAL {tag}")
            elif cls == 2:
                name = f"[{tag}]"
            else:
                name = f"{('APPLICATION', '', 'CONTEXT', 'PRIVATE')[cls]} {tag}"
            body = data[pos : pos + length]
            prefix = f"{offset:5d} {'  ' * depth}{name}"
            if constructed:
                lines.append(prefix)
                walk(data, pos, pos + length, depth + 1)
            elif cls == 0 and tag in (3, 4) and _looks_like_der(body[1:] if tag == 3 else body):
                inner = body[1:] if tag == 3 else body
                lines.append(f"{prefix} (encapsulates)")
                walk(inner, 0, len(inner), depth + 1)
            elif cls == 0:
                lines.append(f"{prefix} {_primitive_text(tag, body)}".rstrip())
            else:
                lines.append(f"{prefix} {_primitive_text(4, body)}")
            pos += length

    try:
        walk(der, 0, len(der), 0)
    except IndexError:
        lines.append("(truncated)")
    if len(lines) >= _MAX_LINES:
        lines.append("…")
    return "\n".join(lines)


def _looks_like_der(body: bytes) -> bool:
    """A SEQUENCE whose length covers the whole body exactly."""
    if len(body) < 2 or body[0] != 0x30:
        return False
    length = body[1]
    header = 2
    if length & 0x80:
        count = length & 0x7F
        if count == 0 or count > 4 or len(body) < 2 + count:
            return False
        length = int.from_bytes(body[2 : 2 + count], "big")
        header += count
    return header + length == len(body)


# --- profiles and CSRs -------------------------------------------------------------------------
@dataclass(frozen=True)
class ProfileText:
    """What a profile grants, in plain words, and what it asks of the subject."""

    name: str
    description: str  # English; description_in(language) for the user's language
    is_ca: bool
    key_types: tuple[str, ...]
    default_key: str
    max_days: int
    default_days: int
    required: tuple[str, ...]
    optional: tuple[str, ...]
    one_of: tuple[str, ...]  # e.g. "GN+SN or pseudonym"
    san_types: tuple[str, ...]
    san_required: bool
    grants: tuple[Message, ...]  # said in the user's language by the front end's catalogue
    descriptions: tuple[tuple[str, str], ...] = ()

    def description_in(self, language: str) -> str:
        """The description in ``language``, English when the profile has none in it."""
        return dict(self.descriptions).get(language) or self.description


def describe_profile(ws: Workspace, name: str) -> ProfileText:
    p = ws.profiles.get(name)
    now = dt.datetime.now(dt.UTC)
    return profile_text(p, now)


def profile_grants(p: Profile, now: dt.datetime) -> tuple[Message, ...]:
    """What ``p`` grants, one message a line ("the profile will grant" of Issue from CSR)."""
    grants = [
        Message("profile.grant.ca", "a CA certificate")
        if p.is_ca
        else Message("profile.grant.end_entity", "an end-entity certificate (not a CA)"),
        Message(
            "profile.grant.key_usage",
            "key usage: {usages}",
            usages=[key_usage_words(u) for u in p.key_usage],
        ),
    ]
    if p.eku:
        grants.append(
            Message(
                "profile.grant.eku",
                "extended key usage: {usages}",
                usages=[eku_words(o) for o in p.eku],
            )
        )
    grants.append(
        Message(
            "profile.grant.validity",
            "valid for {default_days} days by default, at most {max_days}",
            default_days=p.default_days,
            max_days=p.max_days_at(now),
        )
    )
    if p.san_types:
        grants.append(
            Message(
                "profile.grant.san_required",
                "alternative names of type {types} (required)",
                types=", ".join(p.san_types),
            )
            if p.san_required
            else Message(
                "profile.grant.san",
                "alternative names of type {types}",
                types=", ".join(p.san_types),
            )
        )
    if p.qc_statements is not None:
        grants.append(
            Message(
                "profile.grant.qc_statements", "qualified-certificate statements (EN 319 412-5)"
            )
        )
    if p.crl_distribution_point:
        grants.append(Message("profile.grant.crl_distribution_point", "a CRL distribution point"))
    if p.aia_ocsp:
        grants.append(Message("profile.grant.ocsp", "an OCSP responder address"))
    return tuple(grants)


def profile_text(p: Profile, now: dt.datetime) -> ProfileText:
    """:func:`describe_profile` for a loaded profile."""
    grants = profile_grants(p, now)
    return ProfileText(
        name=p.name,
        description=p.description,
        is_ca=p.is_ca,
        key_types=p.key_types,
        default_key=_default_key(p),
        max_days=p.max_days_at(now),
        default_days=p.default_days,
        required=p.subject.required,
        optional=tuple(sorted(p.subject.allowed - set(p.subject.required))),
        one_of=tuple(" or ".join("+".join(a) for a in g) for g in p.subject.one_of),
        san_types=p.san_types,
        san_required=p.san_required,
        grants=grants,
        descriptions=p.descriptions,
    )


def _default_key(p: Profile) -> str:
    for preferred in ("ec-p256", "ec-p384", "rsa-3072", "rsa-2048"):
        if preferred in p.key_types:
            return preferred
    return p.key_types[0]


def check_request(
    ws: Workspace, profile: str, subject: str, key: str | None = None, sans: Sequence[str] = ()
) -> None:
    """Raise the error issuance would raise for this subject, SANs and key type, without
    signing anything: dialogs call it as the officer types."""
    p = ws.profiles.get(profile)
    names = parse_subject(subject)
    check_names(p, names, [parse_san(s) for s in sans])
    if key is not None:
        check_key_type(p, key_spec(key))


@dataclass(frozen=True)
class CsrPreview:
    """What a CSR asks, what the profile will grant, and why it would be refused (if so)."""

    subject: str
    key_type: str
    requested_sans: tuple[str, ...]
    copied_extensions: tuple[str, ...]
    ignored_extensions: tuple[str, ...]
    grants: tuple[Message, ...]
    #: Why issuance would fail (the error it would raise, as a message: its kind, template and
    #: parameters, said in the user's language by the front end), or None.
    refusal: Message | None
    sha256: str
    #: The profile writes QcSSCD / a -qscd policy, but only when the officer attests that the
    #: requester's key was generated on a qualified device (a CSR alone cannot prove it).
    qscd_needs_attestation: bool = False


def preview_csr(ws: Workspace, profile: str, csr: x509.CertificateSigningRequest) -> CsrPreview:
    """Read a CSR against a profile before signing it."""
    p = ws.profiles.get(profile)
    grants = describe_profile(ws, profile).grants
    subject = format_subject(csr.subject)
    try:
        key_type = spec_of_public_key(csr.public_key()).name
    except Exception:
        key_type = "unsupported"
    sha = csr_fingerprint(csr)
    refusal: Message | None = None
    sans: tuple[str, ...] = ()
    copied: tuple[str, ...] = ()
    ignored: tuple[str, ...] = ()
    try:
        if not csr.is_signature_valid:
            raise IDToolkitError(
                "csr.signature_invalid",
                "the CSR's signature does not verify: it was altered or is broken",
            )
        review, san_names = review_csr(p, csr)
        sans, copied, ignored = review.sans, review.copied_extensions, review.ignored_extensions
        check_key_type(p, key_spec(review.key_type))
        check_names(p, csr.subject, san_names)
    except IDToolkitError as exc:
        refusal = Message(exc.kind, exc.template, **exc.params)
    return CsrPreview(
        subject, key_type, sans, copied, ignored, grants, refusal, sha, claims_qscd(p)
    )


__all__ = [
    "CertificateText",
    "CsrPreview",
    "ProfileText",
    "asn1_dump",
    "check_request",
    "describe_ca",
    "describe_certificate",
    "describe_profile",
    "describe_stored_certificate",
    "extension_sentence",
    "preview_csr",
]
