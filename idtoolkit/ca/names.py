"""Subject names: parse RFC 4514 strings with the attribute names officers use.

Names in certificates are UTF8String except where X.520/RFC 5280 fix PrintableString
(countryName, serialNumber) or IA5String (emailAddress, domainComponent); cryptography's
defaults already follow that, so we only map the short names to OIDs.
"""

from __future__ import annotations

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
        raise InputError("subject is empty; give an RFC 4514 string such as 'CN=Example,C=SN'")
    try:
        name = x509.Name.from_rfc4514_string(text, attr_name_overrides=ATTRIBUTE_OIDS)
    except ValueError:
        raise InputError(
            f"subject {text!r} is not a valid RFC 4514 string "
            f"(attribute names: {', '.join(ATTRIBUTE_OIDS)})"
        ) from None
    for attribute in name:
        if not isinstance(attribute.value, str) or not attribute.value.strip():
            raise InputError(f"subject attribute {attribute_name(attribute.oid)} is empty")
        if attribute.oid == NameOID.COUNTRY_NAME and len(attribute.value) != 2:
            raise InputError(f"subject C={attribute.value!r} must be a 2-letter ISO 3166 code")
    return name


def attribute_name(oid: x509.ObjectIdentifier) -> str:
    return OID_NAMES.get(oid, oid.dotted_string)


def format_subject(name: x509.Name) -> str:
    """RFC 4514 text with our short names, for listings and search."""
    return name.rfc4514_string(attr_name_overrides=OID_NAMES)


def common_name(name: x509.Name) -> str | None:
    values = name.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(values[0].value) if values else None
