"""What an imported CRL must be before ``serve`` hands it to relying parties as a CA's CRL.

An imported CRL comes over the air gap on a USB stick; it is parsed whole at the boundary
(cryptography parses lazily: a duplicated extension, a damaged version or a BIT STRING in the
issuer otherwise surface later as an internal error) and judged on what RFC 5280 lets a relying
party rely on. Each refusal names its reason in one line:

- a critical extension (of the CRL or of an entry) this toolkit does not process: RFC 5280
  5.2/5.3 says such a CRL must not be used to decide revocation;
- a partitioned or indirect CRL (``onlySomeReasons``, ``indirectCRL``, attribute certificates,
  a Certificate Issuer entry extension): served as the CA's full CRL it would hide revocations;
- a CRL number that is negative or above what the store keeps (2^63 - 1), a delta whose base
  is not below its own number;
- thisUpdate in the future, nextUpdate absurdly far ahead (a CRL valid for decades tells no one
  about later revocations).
"""

from __future__ import annotations

import datetime as dt

from cryptography import x509
from cryptography.x509.oid import CRLEntryExtensionOID, ExtensionOID

from idtoolkit.errors import InputError

#: The CRL numbers the store keeps (a signed 64-bit column). RFC 5280 allows 20 octets; a CRL
#: numbered beyond this is refused in words rather than failing in the database.
MAX_CRL_NUMBER = 2**63 - 1
#: A signing machine's clock may be a little ahead of this one.
CLOCK_SKEW = dt.timedelta(hours=24)
#: Longest validity accepted: five years (offline roots commonly sign for one).
MAX_VALIDITY = dt.timedelta(days=5 * 366)

_CRL_EXTENSIONS = {
    ExtensionOID.CRL_NUMBER,
    ExtensionOID.DELTA_CRL_INDICATOR,
    ExtensionOID.AUTHORITY_KEY_IDENTIFIER,
    ExtensionOID.ISSUING_DISTRIBUTION_POINT,
    ExtensionOID.ISSUER_ALTERNATIVE_NAME,
    ExtensionOID.FRESHEST_CRL,
    ExtensionOID.AUTHORITY_INFORMATION_ACCESS,
}
_ENTRY_EXTENSIONS = {CRLEntryExtensionOID.CRL_REASON, CRLEntryExtensionOID.INVALIDITY_DATE}


def check_extensions(crl: x509.CertificateRevocationList, source: str) -> None:
    """Refuse a critical extension nobody here processes, and a partitioned or indirect CRL."""
    for ext in crl.extensions:
        if ext.critical and ext.oid not in _CRL_EXTENSIONS:
            raise InputError(
                "crl.import_unknown_critical_extension",
                "{source} has a critical extension {oid} this toolkit does not process: RFC 5280 forbids using such a CRL",
                source=source,
                oid=ext.oid.dotted_string,
            )
    try:
        idp = crl.extensions.get_extension_for_class(x509.IssuingDistributionPoint).value
    except x509.ExtensionNotFound:
        idp = None
    if idp is not None:
        if idp.only_some_reasons:
            raise InputError(
                "crl.import_partitioned",
                "{source} covers only some revocation reasons (onlySomeReasons): served as the CA's CRL it would hide the other revocations",
                source=source,
            )
        if idp.indirect_crl or idp.only_contains_attribute_certs:
            raise InputError(
                "crl.import_indirect",
                "{source} is an indirect CRL or one for attribute certificates: only a CA's own CRL of its certificates can be imported",
                source=source,
            )
    for entry in crl:
        for ext in entry.extensions:
            if ext.oid == CRLEntryExtensionOID.CERTIFICATE_ISSUER or (
                ext.critical and ext.oid not in _ENTRY_EXTENSIONS
            ):
                raise InputError(
                    "crl.import_entry_extension",
                    "{source}: the entry for serial {serial:x} has an extension {oid} this toolkit does not process",
                    source=source,
                    serial=entry.serial_number,
                    oid=ext.oid.dotted_string,
                )


def check_numbers(number: int, base: int | None, source: str) -> None:
    """A CRL number the store can keep, and a delta that follows its base."""
    if not 0 <= number <= MAX_CRL_NUMBER:
        raise InputError(
            "crl.import_number_out_of_range",
            "{source} has CRL number {number}, outside 0..2^63-1, the numbers this toolkit keeps",
            source=source,
            number=number,
        )
    if base is not None and not 0 <= base < number:
        raise InputError(
            "crl.import_bad_delta_base",
            "{source} is a delta CRL number {number} whose base {base} is not below its own number",
            source=source,
            number=number,
            base=base,
        )


def check_dates(crl: x509.CertificateRevocationList, now: dt.datetime, source: str) -> None:
    """thisUpdate not in the future, nextUpdate not decades away (nextUpdate is present)."""
    this_update = crl.last_update_utc
    next_update = crl.next_update_utc
    if this_update > now + CLOCK_SKEW:
        raise InputError(
            "crl.import_not_yet_valid",
            "{source} was issued on {this_update:%Y-%m-%d %H:%M} UTC, in the future: check the signing machine's clock",
            source=source,
            this_update=this_update,
        )
    if next_update is not None and next_update - this_update > MAX_VALIDITY:
        raise InputError(
            "crl.import_too_long",
            "{source} claims to be valid until {next_update:%Y-%m-%d}: more than five years, it would hide later revocations",
            source=source,
            next_update=next_update,
        )
    if next_update is not None and next_update <= this_update:
        raise InputError(
            "crl.import_next_before_this",
            "{source} has a nextUpdate that is not after its thisUpdate",
            source=source,
        )
