"""The URLs a CA writes into certificates; ``idtoolkit serve`` answers at the same paths."""

from __future__ import annotations

import re

from cryptography import x509
from cryptography.x509.oid import AuthorityInformationAccessOID


def crl_url(base_url: str, ca_name: str) -> str:
    return f"{base_url}/crl/{ca_name}.crl"


def partition_crl_url(base_url: str, ca_name: str, partition: int) -> str:
    """The URL of one CRL partition: named in its certificates' CRL distribution point and in
    the partition CRL's issuingDistributionPoint (RFC 5280 5.2.5)."""
    return f"{base_url}/crl/{ca_name}-p{partition}.crl"


#: ``/crl/NAME-pK.crl`` -> (NAME, K)
PARTITION_PATH = re.compile(r"/crl/(?P<ca>[^/]+)-p(?P<partition>\d{1,6})\.crl$")


def partition_of_url(url: str) -> int | None:
    match = PARTITION_PATH.search(url)
    return int(match["partition"]) if match else None


def delta_crl_url(base_url: str, ca_name: str) -> str:
    return f"{base_url}/crl/{ca_name}-delta.crl"


def ca_issuers_url(base_url: str, ca_name: str) -> str:
    return f"{base_url}/ca/{ca_name}.crt"


def ocsp_url(base_url: str, ca_name: str) -> str:
    return f"{base_url}/ocsp/{ca_name}"


def ca_issuers_urls_of(cert: x509.Certificate) -> list[str]:
    try:
        aia = cert.extensions.get_extension_for_class(x509.AuthorityInformationAccess).value
    except x509.ExtensionNotFound:
        return []
    return [
        d.access_location.value
        for d in aia
        if d.access_method == AuthorityInformationAccessOID.CA_ISSUERS
        and isinstance(d.access_location, x509.UniformResourceIdentifier)
    ]


def revocation_urls_of(cert: x509.Certificate) -> tuple[list[str], list[str]]:
    """The OCSP and CRL URLs a certificate names."""
    ocsp_urls: list[str] = []
    crl_urls: list[str] = []
    try:
        aia = cert.extensions.get_extension_for_class(x509.AuthorityInformationAccess).value
        ocsp_urls = [
            d.access_location.value
            for d in aia
            if d.access_method == AuthorityInformationAccessOID.OCSP
            and isinstance(d.access_location, x509.UniformResourceIdentifier)
        ]
    except x509.ExtensionNotFound:
        pass
    try:
        cdp = cert.extensions.get_extension_for_class(x509.CRLDistributionPoints).value
        crl_urls = [
            name.value
            for point in cdp
            for name in point.full_name or []
            if isinstance(name, x509.UniformResourceIdentifier)
        ]
    except x509.ExtensionNotFound:
        pass
    return ocsp_urls, crl_urls
