"""Revocation, hold/release, and full and delta CRLs, cross-checked with openssl and pkilint."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from cryptography import x509

from idtoolkit import api
from idtoolkit.errors import InputError, NotFoundError
from idtoolkit.lint.linter import lint_crl
from idtoolkit.workspace import Workspace

from .conftest import TwoTier, build_two_tier
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
    assert numbers == [2, 3, 4, 5]  # number 1 was published with the CA


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


def test_every_ca_that_can_sign_has_a_crl_from_its_creation(pki: TwoTier) -> None:
    for name in ("root", "issuing"):
        first = api.latest_crl(pki.ws, name)
        assert first is not None and first.number == 1 and first.entries == 0
        chain = api.ca_chain(pki.ws, name)
        assert first.crl.is_signature_valid(chain[0].public_key())  # type: ignore[arg-type]
    # so a delta CRL always has a base
    assert api.make_crl(pki.ws, "issuing", delta=True).base_number == 1


def test_one_crl_lifetime_per_kind_of_ca_whatever_the_path(workspace: Workspace) -> None:
    """A sub-CA requested for an offline root publishes as often as one made by create-sub."""
    build_two_tier(workspace)
    info, _csr = api.request_sub(workspace, "requested", "CN=Requested Sub,O=T,C=SN", "ec-p256")
    assert info.crl_days == api.show_ca(workspace, "issuing")[0].crl_days == 7
    assert api.show_ca(workspace, "root")[0].crl_days == 365


def test_no_crl_promises_more_than_the_ca_lives(sqlite_workspace: Workspace) -> None:
    api.create_root(
        sqlite_workspace, "short", "CN=Short Root,O=T,C=SN", "ec-p256", days=3, crl_days=30
    )
    cert = api.ca_chain(sqlite_workspace, "short")[0]
    crl = api.make_crl(sqlite_workspace, "short")
    assert crl.next_update == cert.not_valid_after_utc
    later = cert.not_valid_after_utc + dt.timedelta(seconds=1)
    with pytest.raises(InputError, match=r"expired .* signs no more CRLs"):
        api.make_crl(sqlite_workspace, "short", now=later)


def test_revoking_a_sub_ca_lands_on_the_root_crl(pki: TwoTier) -> None:
    sub_serial = api.show_ca(pki.ws, "issuing")[0].serial
    assert sub_serial is not None
    api.revoke(pki.ws, "root", sub_serial, "ca-compromise")
    assert _entries(api.make_crl(pki.ws, "root").crl) == {int(sub_serial, 16): "ca_compromise"}
