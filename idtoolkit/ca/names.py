"""Subject names: parse RFC 4514 strings with the attribute names officers use.

Names in certificates are UTF8String except where X.520/RFC 5280 fix PrintableString
(countryName, serialNumber) or IA5String (emailAddress, domainComponent); cryptography's
defaults already follow that, so we only map the short names to OIDs.
"""

from __future__ import annotations

import re

from cryptography import x509
from cryptography.x509.oid import NameOID

from idtoolkit.errors import InputError
from idtoolkit.oids import ATTRIBUTE_OIDS

#: Short names (the keys of :data:`~idtoolkit.oids.ATTRIBUTE_OIDS`, accepted in ``--subject``
#: and profiles) by OID, to print names back.
OID_NAMES: dict[x509.ObjectIdentifier, str] = {oid: name for name, oid in ATTRIBUTE_OIDS.items()}


def parse_subject(text: str) -> x509.Name:
    """Parse ``"CN=…,O=…,C=…"``; the error names the part that does not parse."""
    text = text.strip()
    if not text:
        raise InputError(
            "subject.empty",
            "subject is empty; give an RFC 4514 string such as 'CN=Example,C=SN'",
        )
    try:
        name = x509.Name.from_rfc4514_string(text, attr_name_overrides=ATTRIBUTE_OIDS)
    except ValueError:
        country = _COUNTRY.search(text)
        if country and len(country.group(1).strip()) != 2:
            raise _country_error(country.group(1).strip()) from None
        raise InputError(
            "subject.invalid",
            "subject {text!r} is not a valid RFC 4514 string (attribute names: {attributes})",
            text=text,
            attributes=", ".join(ATTRIBUTE_OIDS),
        ) from None
    for attribute in name:
        if not isinstance(attribute.value, str) or not attribute.value.strip():
            raise InputError(
                "subject.attribute_empty",
                "subject attribute {attribute} is empty",
                attribute=attribute_name(attribute.oid),
            )
        if attribute.oid == NameOID.COUNTRY_NAME and len(attribute.value) != 2:
            raise _country_error(str(attribute.value))
    return _upper_case_country(name)


#: A C= component of an RFC 4514 string, to explain why cryptography refused it.
_COUNTRY = re.compile(r"(?:^|[,+])\s*C\s*=\s*([^,+]*)")


def _country_error(value: str) -> InputError:
    return InputError(
        "subject.country_not_two_letters",
        "subject C='{value}' must be a 2-letter ISO 3166 country code, e.g. SN",
        value=value,
    )


def _upper_case_country(name: x509.Name) -> x509.Name:
    """``C=sn`` means SN: country codes are printed in capitals (X.520), so accept either."""
    if not any(a.oid == NameOID.COUNTRY_NAME and a.value != str(a.value).upper() for a in name):
        return name
    return x509.Name(
        [
            x509.RelativeDistinguishedName(
                [
                    x509.NameAttribute(a.oid, str(a.value).upper(), a._type)
                    if a.oid == NameOID.COUNTRY_NAME
                    else a
                    for a in rdn
                ]
            )
            for rdn in name.rdns
        ]
    )


def attribute_name(oid: x509.ObjectIdentifier) -> str:
    return OID_NAMES.get(oid, oid.dotted_string)


def format_subject(name: x509.Name) -> str:
    """RFC 4514 text with our short names, for listings and search."""
    return name.rfc4514_string(attr_name_overrides=OID_NAMES)


def common_name(name: x509.Name) -> str | None:
    values = name.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(values[0].value) if values else None


def subject_attributes(text: str) -> dict[str, str]:
    """``"CN=Root,O=Ministry,C=SN"`` → ``{"CN": "Root", "O": "Ministry", "C": "SN"}`` (the
    first value of each attribute): for forms that copy a parent CA's organisation."""
    return {attribute_name(a.oid): str(a.value) for a in reversed(list(parse_subject(text)))}
