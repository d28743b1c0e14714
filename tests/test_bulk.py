"""Bulk issuance from CSRs: every certificate linted, stored and audited."""

from __future__ import annotations

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec

from idtoolkit import api, audit_chain
from idtoolkit.errors import ProfileViolation

from .conftest import TwoTier


def _csrs(n: int) -> list[x509.CertificateSigningRequest]:
    key = ec.generate_private_key(ec.SECP256R1())  # one key is enough to exercise the path
    return [
        x509.CertificateSigningRequestBuilder()
        .subject_name(x509.Name.from_rfc4514_string(f"CN=device-{i:04d},O=Lab,C=SN"))
        .sign(key, hashes.SHA256())
        for i in range(n)
    ]


def test_bulk_issues_every_request_durably_with_one_audit_event_each(pki: TwoTier) -> None:
    result = api.issue_csrs_bulk(pki.ws, "issuing", "tls-client", _csrs(25), commit_every=10)
    assert result.issued == 25 and len(set(result.serials)) == 25
    assert result.linted == 25 and result.rejected == ()
    assert api.count_certificates(pki.ws, api.CertFilter(ca="issuing")) == 25
    with pki.ws.store.reading() as s:
        verified = audit_chain.verify(s)
        issued_events = [e for e in audit_chain.iter_events(s) if e.action == "cert.issued"]
    assert verified.ok and len(issued_events) == 25


def test_a_bad_request_stops_the_batch_before_it_is_written(sqlite_pki: TwoTier) -> None:
    csrs = _csrs(3)
    csrs[2] = (
        x509.CertificateSigningRequestBuilder()
        .subject_name(x509.Name.from_rfc4514_string("CN=x,DC=lab"))
        .sign(ec.generate_private_key(ec.SECP256R1()), hashes.SHA256())
    )
    with pytest.raises(ProfileViolation, match="subject attribute DC is not allowed"):
        api.issue_csrs_bulk(sqlite_pki.ws, "issuing", "tls-client", csrs)
    assert api.count_certificates(sqlite_pki.ws, api.CertFilter(ca="issuing")) == 0
