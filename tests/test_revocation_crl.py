"""Revocation, hold/release, and full and delta CRLs, cross-checked with openssl and pkilint."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from cryptography import x509

from idtoolkit import api
from idtoolkit.errors import InputError, NotFoundError
from idtoolkit.lint import lint_crl

from .conftest import TwoTier
from .pki_helpers import check_crl_with_openssl


def _issue(pki: TwoTier, cn: str) -> api.IssuedCertificate:
    return api.issue_with_new_key(pki.ws, "issuing", "tls-client", f"CN={cn},O=Lab,C=SN", "ec-p256")


def _entries(crl: x509.CertificateRevocationList) -> dict[int, str | None]:
    result: dict[int, str | None] = {}
    for entry in crl:
        try:
            reason = entry.extensions.get_extension_for_class(x509.CRLReason).value.reason.name
        except x509.ExtensionNotFound:
            reason = None
        result[entry.serial_number] = reason
    return result


def test_revoked_certificate_appears_in_the_crl_openssl_checks(
    pki: TwoTier, tmp_path: Path
) -> None:
    good, bad = _issue(pki, "good"), _issue(pki, "bad")
    compromised = dt.datetime.now(dt.UTC).replace(microsecond=0) - dt.timedelta(days=2)
    info = api.revoke(pki.ws, "issuing", bad.serial, "keyCompromise", compromised)
    assert info.status == "revoked" and info.reason == "key-compromise"
    crl_info = api.make_crl(pki.ws, "issuing")
    crl = crl_info.crl
    assert _entries(crl) == {int(bad.serial, 16): "key_compromise"}
    entry = crl.get_revoked_certificate_by_serial_number(int(bad.serial, 16))
    assert entry is not None
    assert (
        entry.extensions.get_extension_for_class(x509.InvalidityDate).value.invalidity_date_utc
        == compromised
    )
    chain = api.ca_chain(pki.ws, "issuing")
    assert crl.is_signature_valid(chain[0].public_key())  # type: ignore[arg-type]
    check_crl_with_openssl(tmp_path, crl_info.pem(), chain, good.certificate, bad.certificate)
    assert lint_crl(crl_info.der).ok


def test_crl_numbers_strictly_increase_across_full_and_delta(pki: TwoTier) -> None:
    numbers = [api.make_crl(pki.ws, "issuing").number, api.make_crl(pki.ws, "issuing").number]
    numbers.append(api.make_crl(pki.ws, "issuing", delta=True).number)
    numbers.append(api.make_crl(pki.ws, "issuing").number)
    assert numbers == [1, 2, 3, 4]


def test_root_crl_lasts_long_and_issuing_crl_short(pki: TwoTier) -> None:
    root_crl = api.make_crl(pki.ws, "root")
    issuing_crl = api.make_crl(pki.ws, "issuing")
    assert root_crl.next_update - root_crl.this_update == dt.timedelta(days=365)
    assert issuing_crl.next_update - issuing_crl.this_update == dt.timedelta(days=7)


def test_hold_release_and_the_delta_crl(pki: TwoTier) -> None:
    held, revoked, later = _issue(pki, "held"), _issue(pki, "revoked"), _issue(pki, "later")
    api.hold(pki.ws, "issuing", held.serial)
    api.revoke(pki.ws, "issuing", revoked.serial, "superseded")
    base = api.make_crl(pki.ws, "issuing")
    assert _entries(base.crl) == {
        int(held.serial, 16): "certificate_hold",
        int(revoked.serial, 16): "superseded",
    }
    api.release(pki.ws, "issuing", held.serial)
    api.revoke(pki.ws, "issuing", later.serial, "cessation-of-operation")
    delta = api.make_crl(pki.ws, "issuing", delta=True)
    assert delta.is_delta and delta.base_number == base.number
    indicator = delta.crl.extensions.get_extension_for_class(x509.DeltaCRLIndicator)
    assert indicator.critical and indicator.value.crl_number == base.number
    entries = _entries(delta.crl)
    assert entries[int(held.serial, 16)] == "remove_from_crl"
    assert entries[int(later.serial, 16)] == "cessation_of_operation"
    full = api.make_crl(pki.ws, "issuing")
    assert set(_entries(full.crl)) == {int(revoked.serial, 16), int(later.serial, 16)}
    assert api.find_certificate(pki.ws, held.serial).summary.status == "valid"


def test_a_held_certificate_can_be_revoked_for_good(pki: TwoTier) -> None:
    cert = _issue(pki, "suspended")
    api.hold(pki.ws, "issuing", cert.serial)
    with pytest.raises(InputError, match="already on hold"):
        api.hold(pki.ws, "issuing", cert.serial)
    api.revoke(pki.ws, "issuing", cert.serial, "key-compromise")
    with pytest.raises(InputError, match="already revoked"):
        api.revoke(pki.ws, "issuing", cert.serial, "superseded")
    with pytest.raises(InputError, match="is not on hold"):
        api.release(pki.ws, "issuing", cert.serial)
    assert _entries(api.make_crl(pki.ws, "issuing").crl) == {int(cert.serial, 16): "key_compromise"}


def test_revoking_needs_the_issuing_ca_and_a_known_reason(pki: TwoTier) -> None:
    cert = _issue(pki, "x")
    with pytest.raises(NotFoundError, match="has issued no certificate with serial"):
        api.revoke(pki.ws, "root", cert.serial)
    with pytest.raises(InputError, match="unknown revocation reason 'stolen'"):
        api.revoke(pki.ws, "issuing", cert.serial, "stolen")
    with pytest.raises(InputError, match="cannot be in the future"):
        api.revoke(
            pki.ws,
            "issuing",
            cert.serial,
            "key-compromise",
            dt.datetime.now(dt.UTC) + dt.timedelta(days=1),
        )


def test_a_delta_needs_a_base(pki: TwoTier) -> None:
    with pytest.raises(InputError, match="no full CRL yet"):
        api.make_crl(pki.ws, "issuing", delta=True)


def test_revoking_a_sub_ca_lands_on_the_root_crl(pki: TwoTier) -> None:
    sub_serial = api.show_ca(pki.ws, "issuing")[0].serial
    assert sub_serial is not None
    api.revoke(pki.ws, "root", sub_serial, "ca-compromise")
    assert _entries(api.make_crl(pki.ws, "root").crl) == {int(sub_serial, 16): "ca_compromise"}
