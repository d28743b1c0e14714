"""Internationalised names in certificates: what a SAN may carry, made ASCII the standard way.

An X.509 rfc822Name and uniformResourceIdentifier are IA5Strings (ASCII). A ministry's list
holds addresses such as ``ana@exemple.sénégal``: their domain goes into the certificate in its
IDNA A-label form (``exemple.xn--sngal-bsab``, RFC 9549 §4), a URI's host likewise and the
rest of an IRI percent-encoded as UTF-8 (RFC 3987 §3.1). A mailbox whose *local part* is not
ASCII needs RFC 9598's SmtpUTF8Mailbox, which the toolkit does not issue: such an address is
refused in words, as one bad row of a bulk job, never an internal error.
"""

from __future__ import annotations

import string
from urllib.parse import quote, urlsplit, urlunsplit

import idna

from idtoolkit.errors import InputError

#: What a URI keeps as it is: every printable ASCII character but the space (RFC 3986's
#: reserved and unreserved characters, and '%' of an existing escape).
_URI_SAFE = "".join(c for c in string.punctuation if c not in '"<>\\^`{|}')


def ascii_domain(domain: str, what: str) -> str:
    """``domain`` as IDNA A-labels (UTS #46 mapping: ``Exemple.SÉNÉGAL`` as a browser would)."""
    if domain.isascii():
        return domain
    try:
        return idna.encode(domain, uts46=True).decode("ascii")
    except (idna.IDNAError, UnicodeError) as exc:
        raise InputError(
            "san.bad_idn",
            "SAN {what}: the domain {domain!r} is not a valid internationalised domain name "
            "({problem})",
            what=what,
            domain=domain,
            problem=str(exc),
        ) from None


def ascii_mailbox(value: str) -> str:
    """``local@domain`` with the domain in A-labels; a non-ASCII local part is refused."""
    local, _, domain = value.rpartition("@")
    if not local.isascii():
        raise InputError(
            "san.email_local_part_not_ascii",
            "SAN email:{value}: the part before '@' is not ASCII; such a mailbox needs an "
            "SmtpUTF8Mailbox name (RFC 9598), which this toolkit does not issue: use an ASCII "
            "address",
            value=value,
        )
    return f"{local}@{ascii_domain(domain, f'email:{value}')}"


def ascii_uri(value: str) -> str:
    """An IRI as a URI: the host in A-labels, any other non-ASCII character percent-encoded."""
    if value.isascii():
        return value
    try:
        parts = urlsplit(value)
    except ValueError as exc:
        raise InputError(
            "san.bad_iri",
            "SAN uri:{value} is not a valid URI ({problem})",
            value=value,
            problem=str(exc),
        ) from None
    netloc = parts.netloc
    if netloc:
        userinfo, at, hostport = netloc.rpartition("@")
        host, colon, port = hostport.rpartition(":") if not hostport.endswith("]") else ("", "", "")
        if not colon or not port.isdigit():
            host, colon, port = hostport, "", ""
        host = ascii_domain(host, f"uri:{value}")
        netloc = quote(userinfo, safe=_URI_SAFE) + at + host + colon + port
    return urlunsplit(
        (
            parts.scheme,
            netloc,
            quote(parts.path, safe=_URI_SAFE),
            quote(parts.query, safe=_URI_SAFE),
            quote(parts.fragment, safe=_URI_SAFE),
        )
    )
