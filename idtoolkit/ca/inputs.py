"""Reading what users hand us: CSRs, certificates, keys, PKCS#12, SAN strings.

Each loader accepts PEM or DER and turns every parse failure into one InputError line that
names the file and what it expected, never a traceback.
"""

from __future__ import annotations

import ipaddress
import re
import warnings
from pathlib import Path

from cryptography import x509
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.types import PrivateKeyTypes
from cryptography.hazmat.primitives.serialization import pkcs12

from idtoolkit.ca.idn import ascii_mailbox, ascii_uri
from idtoolkit.errors import InputError, PassphraseError
from idtoolkit.sentence_parts import os_reason

_DNS_LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def read_file(path: Path, what: str) -> bytes:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(
            "input.unreadable",
            "cannot read {what} {path}: {strerror}",
            what=what,
            path=path,
            strerror=os_reason(exc),
        ) from None
    if not data.strip():
        raise InputError("input.empty_file", "{what} {path} is empty", what=what, path=path)
    return data


def _is_pem(data: bytes) -> bool:
    return b"-----BEGIN" in data


# cryptography warns (a UserWarning and a source line on stderr) each time it parses a
# country name that is not 2 characters long; we refuse such names in words instead.
warnings.filterwarnings("ignore", message="Attribute's length must be", category=UserWarning)


def _check_countries(name: x509.Name) -> None:
    for attribute in name.get_attributes_for_oid(x509.NameOID.COUNTRY_NAME):
        if len(str(attribute.value)) != 2:
            raise InputError(
                "subject.country_code_invalid",
                "C={country!s} must be a 2-letter ISO 3166 country code",
                country=attribute.value,
            )


def touch_certificate(cert: x509.Certificate) -> x509.Certificate:
    """Parse every field now. cryptography decodes lazily: a certificate with version 5, a
    bad extension or an unknown curve loads fine and raises later, deep inside whatever
    touches that field first. Raises ValueError (or cryptography's own errors) here."""
    _ = cert.version, cert.serial_number, cert.not_valid_before_utc, cert.not_valid_after_utc
    _ = [a.value for a in cert.subject], [a.value for a in cert.issuer]
    _ = [e.value for e in cert.extensions]
    _ = cert.signature_hash_algorithm, cert.public_key()
    return cert


def touch_csr(csr: x509.CertificateSigningRequest) -> x509.CertificateSigningRequest:
    """:func:`touch_certificate` for a CSR (version, subject, attributes, extensions)."""
    _check_countries(csr.subject)
    _ = [e.value for e in csr.extensions]
    _ = list(csr.attributes), csr.signature_hash_algorithm, csr.public_key()
    return csr


def parse_csr(data: bytes) -> x509.CertificateSigningRequest:
    """A PEM or DER CSR as cryptography parses it (lazily: see :func:`load_csr`)."""
    return x509.load_pem_x509_csr(data) if _is_pem(data) else x509.load_der_x509_csr(data)


def load_csr(
    data: bytes, source: str = "CSR", *, signature_verified: bool = False
) -> x509.CertificateSigningRequest:
    """A CSR parsed, checked field by field and its signature verified; ``signature_verified``
    when these very bytes were verified already (a CSR-directory job's helper process)."""
    try:
        csr = parse_csr(data)
    except x509.InvalidVersion as exc:
        raise InputError(
            "csr.unusable",
            "{source}: the CSR cannot be used: {problem}",
            source=source,
            problem=_parse_problem(exc),
        ) from None
    except ValueError:
        raise InputError(
            "csr.not_a_csr",
            "{source} is not a valid PEM or DER certificate signing request",
            source=source,
        ) from None
    try:
        with warnings.catch_warnings():  # also where a caller reset the filters (pytest)
            warnings.simplefilter("ignore", UserWarning)
            touch_csr(csr)
    except InputError as exc:
        raise InputError("csr.invalid", "{source}: {problem}", source=source, problem=exc) from None
    except Exception as exc:  # every lazily raised parse error, whatever cryptography calls it
        raise InputError(
            "csr.unusable",
            "{source}: the CSR cannot be used: {problem}",
            source=source,
            problem=_parse_problem(exc),
        ) from None
    if signature_verified:
        return csr
    try:
        valid = csr.is_signature_valid
    except Exception:
        valid = False
    if not valid:
        raise InputError(
            "csr.bad_signature_in",
            "{source}: the CSR's signature does not verify (damaged or forged request)",
            source=source,
        )
    return csr


def load_certificates(data: bytes, source: str = "certificate") -> list[x509.Certificate]:
    try:
        if _is_pem(data):
            certs = x509.load_pem_x509_certificates(data)
        else:
            certs = [x509.load_der_x509_certificate(data)]
    except x509.InvalidVersion as exc:
        raise InputError(
            "certificate.unusable",
            "{source} cannot be used: {problem}",
            source=source,
            problem=_parse_problem(exc),
        ) from None
    except ValueError:
        raise InputError(
            "certificate.not_a_certificate",
            "{source} is not a valid PEM or DER certificate",
            source=source,
        ) from None
    if not certs:
        raise InputError("certificate.none_in_file", "{source} holds no certificate", source=source)
    for number, cert in enumerate(certs, start=1):
        try:
            touch_certificate(cert)
        except Exception as exc:
            which = f" (certificate {number})" if len(certs) > 1 else ""
            raise InputError(
                "certificate.chain_member_unusable",
                "{source}{which} cannot be used: {problem}",
                source=source,
                which=which,
                problem=_parse_problem(exc),
            ) from None
    return certs


def _parse_problem(exc: Exception) -> str:
    """A lazily raised parse error in words (never a repr or a Rust backtrace)."""
    if isinstance(exc, x509.InvalidVersion):
        return f"version {exc.parsed_version + 1} is not supported"
    if isinstance(exc, UnsupportedAlgorithm):
        return "it uses an algorithm or curve this toolkit does not support"
    if isinstance(exc, x509.DuplicateExtension):
        return "an extension appears twice"
    text = str(exc).splitlines()[0] if str(exc) else ""
    if text and len(text) < 120 and "<" not in text and "(" not in text and "{" not in text:
        return f"malformed content ({text})"
    return "malformed content (it does not decode as DER)"


def load_private_key(data: bytes, password: bytes | None, source: str = "key") -> PrivateKeyTypes:
    try:
        if _is_pem(data):
            return serialization.load_pem_private_key(data, password=password)
        return serialization.load_der_private_key(data, password=password)
    except UnsupportedAlgorithm:
        raise InputError(
            "key.algorithm_unsupported",
            "{source} uses an algorithm or curve this toolkit does not support",
            source=source,
        ) from None
    except TypeError:
        if password is None:
            raise PassphraseError(
                "key.password_needed",
                "{source} is encrypted: give its password",
                source=source,
            ) from None
        raise InputError(
            "key.password_not_needed",
            "{source} is not encrypted but a password was given",
            source=source,
        ) from None
    except ValueError as exc:
        if "password" in str(exc).lower() or "decrypt" in str(exc).lower():
            raise PassphraseError(
                "key.wrong_password", "wrong password for {source}", source=source
            ) from None
        raise InputError(
            "key.not_a_private_key",
            "{source} is not a valid PEM or DER private key",
            source=source,
        ) from None


def check_pkcs12_password(password: bytes) -> bytes:
    """PKCS#12 passwords are text: cryptography/OpenSSL fail on invalid UTF-8 (TypeError) or a
    NUL byte (a Rust panic, which escapes ``except Exception``) instead of saying so."""
    try:
        password.decode("utf-8")
    except UnicodeDecodeError:
        raise InputError(
            "pkcs12.password_not_utf8", "the PKCS#12 password is not valid UTF-8 text"
        ) from None
    if b"\0" in password:
        raise InputError("pkcs12.password_has_nul", "the PKCS#12 password contains a NUL byte")
    return password


def load_pkcs12(
    data: bytes, password: bytes | None, source: str = "PKCS#12 file"
) -> tuple[PrivateKeyTypes, x509.Certificate, list[x509.Certificate]]:
    if password is not None:
        check_pkcs12_password(password)
    try:
        with warnings.catch_warnings():  # "falling back to BER": a notice, not for users
            warnings.simplefilter("ignore", UserWarning)
            key, cert, extra = pkcs12.load_key_and_certificates(data, password)
    except UnsupportedAlgorithm:
        raise InputError(
            "key.algorithm_unsupported",
            "{source} uses an algorithm or curve this toolkit does not support",
            source=source,
        ) from None
    except ValueError as exc:
        text = str(exc).lower()
        if "password" in text or "mac" in text or "decrypt" in text:
            raise PassphraseError(
                "pkcs12.wrong_password",
                "wrong password for {source} (or the file is damaged)",
                source=source,
            ) from None
        raise InputError(
            "pkcs12.not_pkcs12", "{source} is not a valid PKCS#12 file", source=source
        ) from None
    if key is None or cert is None:
        raise InputError(
            "pkcs12.missing_key_or_certificate",
            "{source} must hold a private key and its certificate",
            source=source,
        )
    for held in (cert, *extra):
        try:
            touch_certificate(held)
        except Exception as exc:
            raise InputError(
                "pkcs12.certificate_unusable",
                "{source}: a certificate in it cannot be used: {problem}",
                source=source,
                problem=_parse_problem(exc),
            ) from None
    return key, cert, list(extra)


def parse_san(text: str) -> x509.GeneralName:
    """``dns:example.org``, ``ip:10.0.0.1``, ``email:a@b.org`` or ``uri:https://...``."""
    kind, sep, value = text.partition(":")
    kind = kind.strip().lower()
    value = value.strip()
    if not sep or not value:
        raise InputError(
            "san.bad_form",
            "SAN {text!r} must look like dns:NAME, ip:ADDRESS, email:MAILBOX or uri:URI",
            text=text,
        )
    if kind == "dns":
        name = value.lower().rstrip(".")
        labels = name.split(".")
        wildcard_ok = labels[0] == "*" and len(labels) > 2
        if not all(_DNS_LABEL.match(label) for label in (labels[1:] if wildcard_ok else labels)):
            raise InputError(
                "san.bad_dns_name", "SAN dns:{value} is not a valid DNS name", value=value
            )
        try:
            name.encode("ascii")
        except UnicodeEncodeError:
            raise InputError(
                "san.dns_not_ascii",
                "SAN dns:{value} must be ASCII (use the xn-- form)",
                value=value,
            ) from None
        return x509.DNSName(name)
    if kind == "ip":
        try:
            return x509.IPAddress(ipaddress.ip_address(value))
        except ValueError:
            raise InputError(
                "san.bad_ip",
                "SAN ip:{value} is not an IPv4 or IPv6 address",
                value=value,
            ) from None
    if kind == "email":
        if not _EMAIL.match(value):
            raise InputError(
                "san.bad_email",
                "SAN email:{value} is not a mailbox address",
                value=value,
            )
        return _ascii_general_name(x509.RFC822Name, ascii_mailbox(value), f"email:{value}")
    if kind == "uri":
        if "://" not in value and not value.startswith("urn:"):
            raise InputError("san.bad_uri", "SAN uri:{value} is not an absolute URI", value=value)
        return _ascii_general_name(x509.UniformResourceIdentifier, ascii_uri(value), f"uri:{value}")
    raise InputError(
        "san.unknown_type",
        "SAN type {san_type!r} is not one of dns, ip, email, uri",
        san_type=kind,
    )


def _ascii_general_name(
    kind: type[x509.RFC822Name] | type[x509.UniformResourceIdentifier], value: str, text: str
) -> x509.GeneralName:
    """The name, or the reason cryptography refuses it, in words (never an internal error)."""
    try:
        return kind(value)
    except ValueError as exc:
        raise InputError(
            "san.not_encodable",
            "SAN {text} cannot go into a certificate: {problem}",
            text=text,
            problem=str(exc),
        ) from None


def san_kind(name: x509.GeneralName) -> str:
    if isinstance(name, x509.DNSName):
        return "dns"
    if isinstance(name, x509.IPAddress):
        return "ip"
    if isinstance(name, x509.RFC822Name):
        return "email"
    if isinstance(name, x509.UniformResourceIdentifier):
        return "uri"
    return type(name).__name__


def san_text(name: x509.GeneralName) -> str:
    return f"{san_kind(name)}:{name.value}"
