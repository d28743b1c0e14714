"""Certificates of one shape: a full lint's findings, known without decoding them again.

A bulk job's certificates differ only in their serial, subject values, SAN values, key, SKI
and signature; everything else (issuer, validity of a batch, algorithms, the profile's other
extensions) is byte for byte the same. :func:`shape_key` reads a certificate's DER natively
and returns its *shape*: the bytes it shares with others, plus, for each varying value, what
pkilint's RFC 5280 rules can see of it (an attribute's type and string tag, a SAN entry's
kind, the key's algorithm and length, how the SKI was derived from the key). It returns None
when a varying value is outside the class those rules are known to pass without a finding.
Two certificates with the same shape therefore get the same findings from pkilint's PKIX
linter (same rules, same nodes, same paths), so a bulk job lints the first certificate of
each shape with pkilint and reuses that report for the rest.

What each varying value must be, and why that is enough (pkilint 0.13, the PKIX container;
:func:`audited` refuses any container holding a rule not read for this):

* serial: a DER INTEGER in [1, 2^159 - 1] (``CertificateSerialNumberValidator``'s range).
* subject: single-valued RDNs (a multi-valued one's DER order depends on its values); each
  value a UTF8String or PrintableString that decodes under the attribute's schema in
  pkilint's ``ATTRIBUTE_TYPE_MAPPINGS`` (its tag is one the schema allows, its length within
  the schema's size bounds, counted so that both characters and octets fit) and is printable
  text. E-mail address and domain component attributes, the only ones with rules on their
  values, are outside. The types' order is in the shape (``RDNContainsUniqueTypesValidator``,
  the SAN criticality rule reads whether the subject is empty).
* SAN: one or more dNSName entries that pkilint's own domain syntax predicate
  (``validators.domain``) accepts, at most 253 characters, or iPAddress entries of 4 or 16
  octets; each entry's kind (and an address's length) is in the shape.
* key: an octet-string key (EC, EdDSA...) whose length is in the shape and within its
  schema's size bounds (a key that fails them gets a finding quoting its bytes), or an RSA key
  that is a strict DER pair of INTEGERs. Not ML-DSA, for key or signature: the linter turns a
  finding that quotes an ML-DSA OID into a NOTICE, and a value's bytes could spell one.
* SKI: which of pkilint's derivation methods it matches is in the shape (that is the
  finding ``SubjectKeyIdentifierValidator`` reports).
* signature: a BIT STRING with no unused bits (no PKIX rule reads its value).
* an authority key identifier is present: without one, pkilint's rule asks of a CA
  certificate whether it is self-issued, its key valid and its signature its own.

Every length and tag on the way to and in a varying value is checked as strict DER, so no
varying value pkilint would not decode is in a class. (The shared bytes are compared, not
decoded: a certificate whose shared bytes pkilint cannot decode gets a shape, but its lint
raises, so nothing is remembered for that shape.) The caller (:class:`~idtoolkit.lint.linter.RowLinter`) still lints
the first certificate of each shape it reuses with pkilint and compares, and the lint
equivalence tests compare every certificate of adversarial jobs with a full lint.
"""

from __future__ import annotations

import functools
import hashlib
from typing import Any

from cryptography.x509.oid import NameOID

from idtoolkit.lint.fast_decode import der_header

__all__ = ["audited", "shape_key"]


class _Outside(Exception):
    """The certificate is not of a known class: it is linted by pkilint."""


_OUTSIDE = _Outside()


def _tlv(der: bytes, pos: int, end: int) -> tuple[int, int, int]:
    """The tag, content start and content end of the strict-DER TLV at ``pos``."""
    found = der_header(der, pos, end)
    if found is None:
        raise _OUTSIDE
    return found


def _expect(der: bytes, pos: int, end: int, tag: int) -> tuple[int, int]:
    """The content start and end of the strict-DER TLV at ``pos``, which must be a ``tag``."""
    found = der_header(der, pos, end)
    if found is None or found[0] != tag:
        raise _OUTSIDE
    return found[1], found[2]


def _integer(der: bytes, start: int, stop: int) -> int:
    """A minimally encoded INTEGER's value."""
    if stop <= start:
        raise _OUTSIDE
    if stop - start > 1:
        lead, second = der[start], der[start + 1]
        if (lead == 0 and second < 0x80) or (lead == 0xFF and second >= 0x80):
            raise _OUTSIDE
    return int.from_bytes(der[start:stop], "big", signed=True)


_SERIAL_MAX = (1 << 159) - 1
_UTF8, _PRINTABLE = 0x0C, 0x13
_PRINTABLE_ALPHABET = frozenset(
    b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 '()+,-./:=?"
)
_OID_SKI = bytes.fromhex("0603551d0e")
_OID_AKI = bytes.fromhex("0603551d23")
_OID_SAN = bytes.fromhex("0603551d11")
_OID_RSA = bytes.fromhex("06092a864886f70d010101")
_DNS_NAME, _IP_ADDRESS = 0x82, 0x87
#: Attributes whose values PKIX rules read (e-mail syntax and SAN presence, domain names).
_RULED_ATTRIBUTES = frozenset(
    {NameOID.EMAIL_ADDRESS.dotted_string, NameOID.DOMAIN_COMPONENT.dotted_string}
)


def _check_oid(oid_tlv: bytes) -> None:
    """An OBJECT IDENTIFIER's arcs in minimal base 128, the last one complete (pkilint's
    decoder refuses any other)."""
    content = oid_tlv[2:]
    if oid_tlv[1] >= 0x80 or not content or content[-1] & 0x80:
        raise _OUTSIDE
    previous = 0
    for byte in content:
        if byte == 0x80 and not previous & 0x80:
            raise _OUTSIDE  # an arc that starts with a zero septet
        previous = byte


def _dotted(content: bytes) -> str:
    arcs: list[int] = []
    value = 0
    for byte in content:
        value = value << 7 | (byte & 0x7F)
        if not byte & 0x80:
            arcs.append(value)
            value = 0
    first = min(arcs[0] // 40, 2)
    return ".".join(map(str, [first, arcs[0] - 40 * first, *arcs[1:]]))


def _size_bounds(spec: Any) -> tuple[int, float] | None:
    """The size bounds of a character string schema with no constraint but its size."""
    from pyasn1.type import constraint

    low, high = 0, float("inf")
    pending = [spec.subtypeSpec]
    while pending:
        item = pending.pop()
        if isinstance(item, constraint.ConstraintsIntersection):
            pending.extend(item)
        elif isinstance(item, constraint.ValueSizeConstraint):
            low, high = max(low, int(item.start)), min(high, int(item.stop))
        else:
            return None
    return low, high


def _plain_string(spec: Any, tag: int) -> bool:
    """Whether ``spec`` is an untagged character string type with universal tag ``tag``."""
    from pyasn1.type import char

    tags = spec.tagSet.superTags
    return (
        isinstance(spec, char.AbstractCharacterString)
        and len(tags) == 1
        and tags[0].tagId == tag
        and tags[0].tagClass == 0
    )


@functools.cache
def _attribute_bounds(oid_tlv: bytes, tag: int) -> tuple[int, float] | None:
    """The size bounds of a value of this attribute type with this string tag, or None
    (outside): from pkilint's own schema, once per type and tag."""
    from pkilint.pkix import name
    from pyasn1.type import univ

    bounds = None
    dotted = _dotted(oid_tlv[2:]) if len(oid_tlv) > 2 and oid_tlv[1] < 0x80 else ""
    spec = name.ATTRIBUTE_TYPE_MAPPINGS.get(univ.ObjectIdentifier(dotted)) if dotted else None
    if spec is not None and dotted not in _RULED_ATTRIBUTES:
        if isinstance(spec, univ.Choice):
            types = spec.componentType
            alternatives = [types.getTypeByPosition(i) for i in range(len(types))]
            spec = next((a for a in alternatives if _plain_string(a, tag)), None)
        if spec is not None and _plain_string(spec, tag):
            bounds = _size_bounds(spec)
    return bounds


def _subject(der: bytes, start: int, stop: int) -> bytes:
    """The subject's attribute types and string tags, its values checked."""
    shape = bytearray()
    pos = start
    while pos < stop:
        rdn_start, rdn_stop = _expect(der, pos, stop, 0x31)
        atv_start, atv_stop = _expect(der, rdn_start, rdn_stop, 0x30)
        if atv_stop != rdn_stop:
            raise _OUTSIDE  # multi-valued
        _, oid_stop = _expect(der, atv_start, atv_stop, 0x06)
        tag, value_start, value_stop = _tlv(der, oid_stop, atv_stop)
        if value_stop != atv_stop:
            raise _OUTSIDE
        oid_tlv = der[atv_start:oid_stop]
        _check_oid(oid_tlv)
        bounds = _attribute_bounds(oid_tlv, tag)
        if bounds is None:
            raise _OUTSIDE
        raw = der[value_start:value_stop]
        if tag == _PRINTABLE:
            if not _PRINTABLE_ALPHABET.issuperset(raw):
                raise _OUTSIDE
            characters = len(raw)
        else:
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                raise _OUTSIDE from None
            if not text.isprintable():
                raise _OUTSIDE
            characters = len(text)
        if characters < bounds[0] or len(raw) > bounds[1]:
            raise _OUTSIDE
        shape += oid_tlv
        shape.append(tag)
        pos = rdn_stop
    return bytes(shape)


def _algorithm_oid(algorithm: bytes) -> str | None:
    """An AlgorithmIdentifier's OID, dotted; None when it is not of a plain form or is one
    the linter rewrites pkilint's findings for (ML-DSA: a finding that quotes it becomes a
    NOTICE, and a value's bytes could spell it)."""
    from idtoolkit.oids import ML_DSA_OIDS

    try:
        oid_start, oid_stop = _expect(algorithm, 2, len(algorithm), 0x06)
        _check_oid(algorithm[oid_start - 2 : oid_stop])
    except _Outside:
        return None
    dotted = _dotted(algorithm[oid_start:oid_stop])
    return None if dotted in ML_DSA_OIDS else dotted


@functools.cache
def _octet_key_bounds(algorithm: bytes) -> tuple[int, float] | None:
    """The size bounds of an octet-string key under this AlgorithmIdentifier (a schema with
    size constraints only), or None: not such a key, or an algorithm whose findings the
    linter rewrites (see :func:`_algorithm_oid`)."""
    from pkilint.pkix import key
    from pyasn1.type import univ

    dotted = _algorithm_oid(algorithm)
    if dotted is None:
        return None
    spec = key.SUBJECT_PUBLIC_KEY_ALGORITHM_IDENTIFIER_MAPPINGS.get(univ.ObjectIdentifier(dotted))
    return _size_bounds(spec) if isinstance(spec, univ.OctetString) else None


@functools.cache
def _plain_signature_algorithm(algorithm: bytes) -> bool:
    """Whether a signature AlgorithmIdentifier is of a plain form the linter does not
    rewrite findings for."""
    return _algorithm_oid(algorithm) is not None


def _key(der: bytes, start: int, stop: int) -> tuple[bytes, bytes]:
    """The key's shape (algorithm and sizes) and its octets (for the SKI)."""
    alg_start, alg_stop = _expect(der, start, stop, 0x30)
    bits_start, bits_stop = _expect(der, alg_stop, stop, 0x03)
    if bits_stop != stop or bits_stop - bits_start < 2 or der[bits_start] != 0:
        raise _OUTSIDE
    algorithm = der[start:alg_stop]
    octets = der[bits_start + 1 : bits_stop]
    size = len(octets).to_bytes(4, "big")
    bounds = _octet_key_bounds(algorithm)
    if bounds is not None:
        # Within the schema's bounds: a key that fails them gets a finding quoting it.
        if not bounds[0] <= len(octets) <= bounds[1]:
            raise _OUTSIDE
        return algorithm + b"\x00" + size, octets
    if der.startswith(_OID_RSA, alg_start) and _algorithm_oid(algorithm) is not None:
        n = len(octets)
        seq_start, seq_stop = _expect(octets, 0, n, 0x30)
        mod_start, mod_stop = _expect(octets, seq_start, seq_stop, 0x02)
        exp_start, exp_stop = _expect(octets, mod_stop, seq_stop, 0x02)
        if seq_stop != n or exp_stop != seq_stop:
            raise _OUTSIDE
        _integer(octets, mod_start, mod_stop)
        _integer(octets, exp_start, exp_stop)
        exponent = octets[mod_stop:exp_stop]
        return algorithm + b"\x01" + (mod_stop - mod_start).to_bytes(4, "big") + exponent, octets
    raise _OUTSIDE


def _ski_method(key_octets: bytes, identifier: bytes) -> int:
    """Which of pkilint's SKI derivations ``identifier`` is (its finding says which)."""
    sha1 = hashlib.sha1(key_octets, usedforsecurity=False).digest()
    if identifier == sha1:
        return 1
    method_2 = bytearray(sha1[12:])
    method_2[0] = 0x40 | (method_2[0] & 0xF)
    if identifier == method_2:
        return 2
    for method, name in ((3, "sha256"), (4, "sha384"), (5, "sha512")):
        if identifier == hashlib.new(name, key_octets).digest()[:20]:
            return method
    return 0


def _san(der: bytes, start: int, stop: int) -> bytes:
    """The SAN's entry kinds (and address lengths), its names checked."""
    from pkilint.pkix import general_name

    names_start, names_stop = _expect(der, start, stop, 0x30)
    if names_stop != stop or names_start == names_stop:
        raise _OUTSIDE
    shape = bytearray()
    pos = names_start
    while pos < names_stop:
        tag, value_start, value_stop = _tlv(der, pos, names_stop)
        size = value_stop - value_start
        if tag == _DNS_NAME:
            raw = der[value_start:value_stop]
            if not raw.isascii() or size > 253:
                raise _OUTSIDE
            if not general_name.validators_predicate(
                general_name.validators.domain, raw.decode("ascii")
            ):
                raise _OUTSIDE
            shape.append(tag)
        elif tag == _IP_ADDRESS and size in (4, 16):
            shape += bytes((tag, size))
        else:
            raise _OUTSIDE
        pos = value_stop
    return bytes(shape)


def _key_of(der: bytes) -> tuple[bytes, ...]:
    n = len(der)
    cert_start, cert_stop = _expect(der, 0, n, 0x30)
    if cert_stop != n:
        raise _OUTSIDE
    tbs_start, tbs_stop = _expect(der, cert_start, n, 0x30)
    _, alg_stop = _expect(der, tbs_stop, n, 0x30)
    sig_start, sig_stop = _expect(der, alg_stop, n, 0x03)
    if sig_stop != n or sig_stop == sig_start or der[sig_start] != 0:
        raise _OUTSIDE
    outer_algorithm = der[tbs_stop:alg_stop]
    if not _plain_signature_algorithm(outer_algorithm):
        raise _OUTSIDE

    _, version_stop = _expect(der, tbs_start, tbs_stop, 0xA0)
    serial_start, serial_stop = _expect(der, version_stop, tbs_stop, 0x02)
    if not 1 <= _integer(der, serial_start, serial_stop) <= _SERIAL_MAX:
        raise _OUTSIDE
    _, signature_stop = _expect(der, serial_stop, tbs_stop, 0x30)
    _, issuer_stop = _expect(der, signature_stop, tbs_stop, 0x30)
    _, validity_stop = _expect(der, issuer_stop, tbs_stop, 0x30)
    # version, signature algorithm, issuer and validity: the same bytes
    shared = der[tbs_start:version_stop] + der[serial_stop:validity_stop]
    subject_start, subject_stop = _expect(der, validity_stop, tbs_stop, 0x30)
    subject = _subject(der, subject_start, subject_stop)
    spki_start, spki_stop = _expect(der, subject_stop, tbs_stop, 0x30)
    key, key_octets = _key(der, spki_start, spki_stop)
    exts_outer_start, exts_outer_stop = _expect(der, spki_stop, tbs_stop, 0xA3)
    if exts_outer_stop != tbs_stop:
        raise _OUTSIDE  # unique identifiers, or anything else after the key
    exts_start, exts_stop = _expect(der, exts_outer_start, tbs_stop, 0x30)
    if exts_stop != tbs_stop:
        raise _OUTSIDE
    extensions: list[bytes] = []
    has_aki = False
    pos = exts_start
    while pos < exts_stop:
        ext_start, ext_stop = _expect(der, pos, exts_stop, 0x30)
        _, oid_stop = _expect(der, ext_start, ext_stop, 0x06)
        oid = der[ext_start:oid_stop]
        has_aki = has_aki or oid == _OID_AKI
        if oid != _OID_SKI and oid != _OID_SAN:
            extensions.append(der[pos:ext_stop])
            pos = ext_stop
            continue
        tag, value_start, value_stop = _tlv(der, oid_stop, ext_stop)
        critical = b"\x00"
        if tag == 0x01:
            if value_stop - value_start != 1 or der[value_start] != 0xFF:
                raise _OUTSIDE
            critical = b"\xff"
            tag, value_start, value_stop = _tlv(der, value_stop, ext_stop)
        if tag != 0x04 or value_stop != ext_stop:
            raise _OUTSIDE
        if oid == _OID_SKI:
            id_start, id_stop = _expect(der, value_start, value_stop, 0x04)
            if id_stop != value_stop:
                raise _OUTSIDE
            method = _ski_method(key_octets, der[id_start:id_stop])
            extensions.append(
                oid + critical + bytes((method,)) + (id_stop - id_start).to_bytes(2, "big")
            )
        else:
            extensions.append(oid + critical + _san(der, value_start, value_stop))
        pos = ext_stop
    if not has_aki:
        # Without one, pkilint asks of a CA certificate whether it is self-issued (the
        # subject's values), its key valid and its signature its own: none is in the shape.
        raise _OUTSIDE
    return (shared, subject, key, *extensions, outer_algorithm)


def shape_key(der: bytes) -> tuple[bytes, ...] | None:
    """The certificate's shape, or None when a varying value is outside the known classes
    (or the DER is not strict): then only pkilint can say what its findings are."""
    try:
        return _key_of(der)
    except Exception:  # _Outside, or anything unforeseen: pkilint says what it is
        return None


#: The rules of pkilint's PKIX certificate container (0.13), each read for what it sees of
#: the values above. A container with any other rule is not served by shapes.
_AUDITED = frozenset(
    {
        "pkilint.pkix.algorithm.AlgorithmIdentifierDecodingValidator",
        "pkilint.pkix.certificate.certificate_extension.AuthorityInformationAccessCriticalityValidator",
        "pkilint.pkix.certificate.certificate_extension.AuthorityKeyIdentifierPresenceValidator",
        "pkilint.pkix.certificate.certificate_extension.BasicConstraintsValidator",
        "pkilint.pkix.certificate.certificate_extension.CertificatePoliciesUserNoticeValidator",
        "pkilint.pkix.certificate.certificate_extension.CertificatePolicyQualifierValidator",
        "pkilint.pkix.certificate.certificate_extension.CrlDpCriticalityValidator",
        "pkilint.pkix.certificate.certificate_extension.CtPrecertPoisonCriticalityValidator",
        "pkilint.pkix.certificate.certificate_extension.CtPrecertPoisonSctListMutuallyExclusiveExtensionsValidator",
        "pkilint.pkix.certificate.certificate_extension.DuplicatePolicyValidator",
        "pkilint.pkix.certificate.certificate_extension.ExtendedKeyUsageCriticalityValidator",
        "pkilint.pkix.certificate.certificate_extension.InhibitAnyPolicyPresenceValidator",
        "pkilint.pkix.certificate.certificate_extension.IssuerAlternativeNameCriticalityValidator",
        "pkilint.pkix.certificate.certificate_extension.KeyUsageCriticalityValidator",
        "pkilint.pkix.certificate.certificate_extension.KeyUsagePresenceValidator",
        "pkilint.pkix.certificate.certificate_extension.KeyUsageValidator",
        "pkilint.pkix.certificate.certificate_extension.NameConstraintsCriticalityValidator",
        "pkilint.pkix.certificate.certificate_extension.NameConstraintsGeneralSubtreeValidator",
        "pkilint.pkix.certificate.certificate_extension.NameConstraintsValidator",
        "pkilint.pkix.certificate.certificate_extension.PolicyConstraintsPresenceValidator",
        "pkilint.pkix.certificate.certificate_extension.PolicyMappingsPresenceValidator",
        "pkilint.pkix.certificate.certificate_extension.ProhibitedQualifiedStatementValidator",
        "pkilint.pkix.certificate.certificate_extension.SmimeCapabilitiesCriticalityValidator",
        "pkilint.pkix.certificate.certificate_extension.SubjectAlternativeNameCriticalityValidator",
        "pkilint.pkix.certificate.certificate_extension.SubjectDirectoryAttributesCriticalityValidator",
        "pkilint.pkix.certificate.certificate_extension.SubjectInformationAccessCriticalityValidator",
        "pkilint.pkix.certificate.certificate_extension.SubjectKeyIdentifierCriticalityValidator",
        "pkilint.pkix.certificate.certificate_extension.SubjectKeyIdentifierPresenceValidator",
        "pkilint.pkix.certificate.certificate_key.CaPrehashPublicKeyValidator",
        "pkilint.pkix.certificate.certificate_key.ObsoletePublicKeyAlgorithmValidator",
        "pkilint.pkix.certificate.certificate_key.SpkiKeyUsageConsistencyValidator",
        "pkilint.pkix.certificate.certificate_key.SubjectKeyIdentifierValidator",
        "pkilint.pkix.certificate.certificate_key.SubjectPublicKeyDecodingValidator",
        "pkilint.pkix.certificate.certificate_key.SubjectPublicKeyParametersDecodingValidator",
        "pkilint.pkix.certificate.certificate_name.SubjectEmailAddressInSanValidator",
        "pkilint.pkix.certificate.certificate_transparency.SctListElementCountValidator",
        "pkilint.pkix.certificate.certificate_transparency.SctListExtensionDecodingValidator",
        "pkilint.pkix.certificate.certificate_validator.CorrectVersionValidator",
        "pkilint.pkix.certificate.certificate_validator.IssuerUniqueIdAbsenceValidator",
        "pkilint.pkix.certificate.certificate_validator.SignatureAlgorithmMatchValidator",
        "pkilint.pkix.certificate.certificate_validator.SubjectUniqueIdAbsenceValidator",
        "pkilint.pkix.certificate.certificate_validity.CertificateSaneValidityPeriodValidator",
        "pkilint.pkix.extension.AuthorityKeyIdentifierCriticalityValidator",
        "pkilint.pkix.extension.AuthorityKeyIdentifierValidator",
        "pkilint.pkix.extension.DistributionPointValidator",
        "pkilint.pkix.extension.ExtensionsDecodingValidator",
        "pkilint.pkix.extension.UniqueExtensionValidator",
        "pkilint.pkix.general_name.GeneralNameDnsNameDomainNameLengthValidator",
        "pkilint.pkix.general_name.GeneralNameDnsNameSyntaxValidator",
        "pkilint.pkix.general_name.GeneralNameIpAddressSyntaxValidator",
        "pkilint.pkix.general_name.GeneralNameMailboxAddressSyntaxValidator",
        "pkilint.pkix.general_name.GeneralNameRfc822NameDomainNameLengthValidator",
        "pkilint.pkix.general_name.GeneralNameUriDomainNameLengthValidator",
        "pkilint.pkix.general_name.GeneralNameUriSyntaxValidator",
        "pkilint.pkix.general_name.GeneralNameValidatorContainer",
        "pkilint.pkix.general_name.MailboxAddressSyntaxValidator",
        "pkilint.pkix.general_name.SmtpUTF8MailboxDomainNameLengthValidator",
        "pkilint.pkix.general_name.SmtpUTF8MailboxValidator",
        "pkilint.pkix.general_name.UriSyntaxValidator",
        "pkilint.pkix.name.DomainComponentValidDomainNameValidator",
        "pkilint.pkix.name.EmptyNameValidator",
        "pkilint.pkix.name.NameDecodingValidator",
        "pkilint.pkix.name.RDNContainsUniqueTypesValidator",
        "pkilint.pkix.time.GeneralizedTimeCorrectSyntaxValidator",
        "pkilint.pkix.time.TimeCorrectEncodingValidator",
        "pkilint.pkix.time.UtcTimeCorrectSyntaxValidator",
        "pkilint.pkix.CertificateSerialNumberValidator",
        "pkilint.validation.DecodingValidator",
        "pkilint.validation.ValidatorContainer",
    }
)


#: The versions the classes were read against: pkilint's rules and messages, its DER decoder,
#: its schemas, its domain syntax predicate. Another version turns shapes off (and a test
#: fails) until someone reads its changes.
_AUDITED_VERSIONS = {
    "pkilint": "0.13.3",
    "pyasn1-fasder": "0.1.3",
    "pyasn1-alt-modules": "0.4.10",
    "validators": "0.22.0",
}


def audited(container: Any) -> bool:
    """Whether the installed pkilint (and what it decodes with) is the version the classes
    were read against, and every rule in a pkilint validator container is one of those read
    (a newer pkilint's new rule, or changed message, turns shapes off until it is read too)."""
    from importlib.metadata import PackageNotFoundError, version

    from pkilint import validation

    try:
        if any(version(name) != wanted for name, wanted in _AUDITED_VERSIONS.items()):
            return False
    except PackageNotFoundError:
        return False
    pending = [container]
    while pending:
        validator = pending.pop()
        kind = type(validator)
        if f"{kind.__module__}.{kind.__qualname__}" not in _AUDITED:
            return False
        if isinstance(validator, validation.ValidatorContainer):
            pending.extend(validator.validators)
    return True
