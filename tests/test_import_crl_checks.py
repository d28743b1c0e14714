"""``ca import-crl`` judges a CRL from an offline CA before ``serve`` hands it out: a damaged
one, or one RFC 5280 says not to rely on, is refused with its reason in one line, exit 1
(issue 26)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from idtoolkit import api
from idtoolkit.apps.cli.main import main
from idtoolkit.ca.crl import last_crl_number
from idtoolkit.ca.issuers import issuer_and_signer
from idtoolkit.store.cas import ca_by_name
from idtoolkit.workspace import Workspace
from tests.conftest import PASSPHRASE
from tests.crl_craft import CRLCrafter


@pytest.fixture
def offline_pair(tmp_path: Path) -> Iterator[tuple[Workspace, CRLCrafter]]:
    """An online workspace that knows an offline root, and a crafter holding that root's key."""
    root_ws = Workspace.init(tmp_path / "root", PASSPHRASE)
    online = Workspace.init(tmp_path / "online", PASSPHRASE)
    try:
        api.create_root(root_ws, "root", "CN=Offline Root,O=Gov,C=SN", "ec-p384")
        _info, csr = api.request_sub(online, "sub", "CN=Online CA,O=Gov,C=SN", "ec-p256")
        signed = api.issue_from_csr(root_ws, "root", "sub-ca", api.load_csr(csr))
        root_cert = api.ca_chain(root_ws, "root")[0]
        api.import_signed_cert(
            online,
            "sub",
            signed.certificate.public_bytes(serialization.Encoding.PEM),
            root_cert.public_bytes(serialization.Encoding.PEM),
        )
        with root_ws.store.reading() as session:
            _issuer, signer = issuer_and_signer(root_ws, ca_by_name(session, "root"))
        key = signer.issuer_key()
        assert isinstance(key, ec.EllipticCurvePrivateKey)
        yield online, CRLCrafter(key, root_cert.subject)
    finally:
        root_ws.close()
        online.close()


NOW = dt.datetime.now(dt.UTC)
CASES: dict[str, tuple[Callable[[CRLCrafter], bytes], str]] = {
    "number-above-2^63": (
        lambda c: c.build(number=2**64 + 5),
        "outside 0..2^63-1",
    ),
    "number-20-octets": (
        lambda c: c.build(number=2**159),
        "outside 0..2^63-1",
    ),
    "duplicated-extension": (lambda c: c.duplicated_extension(), "is not a valid PEM or DER CRL"),
    "damaged-version": (
        lambda c: c.replaced(b"\x02\x01\x01", b"\x02\x01\x07"),
        "is not a valid PEM or DER CRL",
    ),
    "bit-string-in-issuer": (
        lambda c: c.replaced(b"\x13\x02SN", b"\x03\x02\x00S"),
        "is not a valid PEM or DER CRL",
    ),
    "unknown-critical-extension": (
        lambda c: c.build(
            extensions=[
                (
                    x509.UnrecognizedExtension(
                        x509.ObjectIdentifier("1.3.6.1.4.1.99999.1"), b"\x05\x00"
                    ),
                    True,
                )
            ]
        ),
        "critical extension 1.3.6.1.4.1.99999.1",
    ),
    "this-update-2099": (
        lambda c: c.build(
            this_update=dt.datetime(2099, 1, 1, tzinfo=dt.UTC),
            next_update=dt.datetime(2099, 2, 1, tzinfo=dt.UTC),
        ),
        "in the future",
    ),
    "delta-base-above-number": (
        lambda c: c.build(number=7, extensions=[(x509.DeltaCRLIndicator(9), True)]),
        "base 9 is not below its own number",
    ),
    "only-some-reasons": (
        lambda c: c.build(
            extensions=[
                (
                    x509.IssuingDistributionPoint(
                        full_name=None,
                        relative_name=None,
                        only_contains_user_certs=False,
                        only_contains_ca_certs=False,
                        only_some_reasons=frozenset({x509.ReasonFlags.key_compromise}),
                        indirect_crl=False,
                        only_contains_attribute_certs=False,
                    ),
                    True,
                )
            ]
        ),
        "onlySomeReasons",
    ),
    "next-update-9999": (
        lambda c: c.build(next_update=dt.datetime(9999, 12, 31, 23, 59, 59, tzinfo=dt.UTC)),
        "more than five years",
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_import_crl_refuses_with_the_reason(
    offline_pair: tuple[Workspace, CRLCrafter],
    case: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    online, crafter = offline_pair
    make, reason = CASES[case]
    path = tmp_path / "root.crl"
    path.write_bytes(make(crafter))
    monkeypatch.setenv("IDTOOLKIT_PASSPHRASE", PASSPHRASE.decode())
    capsys.readouterr()
    assert main(["ca", "import-crl", str(path), "-w", str(online.directory)]) == 1
    err = capsys.readouterr().err
    assert reason in err, err
    assert len(err.strip().splitlines()) == 1, err
    with online.store.reading() as session:
        assert (
            last_crl_number(session, ca_by_name(session, "Offline-Root")) is None
        )  # nothing imported


def test_a_well_formed_crl_still_imports(
    offline_pair: tuple[Workspace, CRLCrafter],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The checks refuse only what they name: a root's usual CRL (a year, IDP for CA
    certificates only, a delta above its base) goes in."""
    online, crafter = offline_pair
    path = tmp_path / "root.crl"
    idp = x509.IssuingDistributionPoint(
        full_name=None,
        relative_name=None,
        only_contains_user_certs=False,
        only_contains_ca_certs=True,
        only_some_reasons=None,
        indirect_crl=False,
        only_contains_attribute_certs=False,
    )
    path.write_bytes(
        crafter.build(
            number=2**63 - 2,
            next_update=NOW + dt.timedelta(days=365),
            extensions=[(idp, True)],
        )
    )
    monkeypatch.setenv("IDTOOLKIT_PASSPHRASE", PASSPHRASE.decode())
    assert main(["ca", "import-crl", str(path), "-w", str(online.directory)]) == 0
    path.write_bytes(
        crafter.build(number=2**63 - 1, extensions=[(x509.DeltaCRLIndicator(2**63 - 2), True)])
    )
    assert main(["ca", "import-crl", str(path), "-w", str(online.directory)]) == 0
