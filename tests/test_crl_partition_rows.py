"""A certificate's row keeps the CRL partition its distribution point names; the bulk path
remembers it per distribution point extension (all of a job's certificates carry one of a
few) and must record exactly what reading the certificate gives."""

from __future__ import annotations

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization

from idtoolkit import api
from idtoolkit.api import validation
from idtoolkit.ca.certificate_recording import _crl_partition, _crl_partition_remembered

from .conftest import TwoTier


def test_the_remembered_partition_is_the_one_the_certificate_names(sqlite_pki: TwoTier) -> None:
    ws = sqlite_pki.ws
    validation.set_crl_partitions(ws, "issuing", 4)
    certificates = [
        api.issue_with_new_key(
            ws, "issuing", "tls-client", f"CN=p{i},O=Lab,C=SN", "ec-p256"
        ).certificate
        for i in range(12)
    ]
    seen = set()
    for cert in certificates + certificates[::-1]:
        der = cert.public_bytes(serialization.Encoding.DER)
        expected = _crl_partition(cert)
        assert expected == cert.serial_number % 4
        assert _crl_partition_remembered(cert, der) == expected
        seen.add(expected)
    assert len(seen) > 1


def test_a_certificate_with_two_distribution_point_extensions_is_read_by_cryptography(
    sqlite_pki: TwoTier,
) -> None:
    """Two extensions with the OID: not remembered, so cryptography refuses it as before."""
    cert = api.issue_with_new_key(
        sqlite_pki.ws, "issuing", "tls-client", "CN=two,O=Lab,C=SN", "ec-p256"
    ).certificate
    der = cert.public_bytes(serialization.Encoding.DER)
    twice = der.replace(bytes.fromhex("0603551d0e"), bytes.fromhex("0603551d1f"))  # SKI's OID
    assert twice != der
    doubled = x509.load_der_x509_certificate(twice)
    with pytest.raises(x509.DuplicateExtension):
        _crl_partition(doubled)
    with pytest.raises(x509.DuplicateExtension):
        _crl_partition_remembered(doubled, twice)
