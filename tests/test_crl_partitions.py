"""Partitioned CRLs (issue 29): ``idtoolkit ca set CA --crl-partitions N``; each partition's
CRL names its own URL in an issuingDistributionPoint, each new certificate names its
partition's URL, a certificate's partition never changes, and ``openssl crl`` accepts every
CRL (full, delta, partitions)."""

from __future__ import annotations

import os
import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509

from idtoolkit import api
from idtoolkit.api import validation
from idtoolkit.services.http import PKIServer
from idtoolkit.workspace import Workspace

from .conftest import PASSPHRASE
from .pki_helpers import pem
from .validation_helpers import Store, make_pki, module_store


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def store(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Store]:
    with module_store(request.param, tmp_path_factory.mktemp(request.param)) as found:
        yield found


@pytest.fixture(scope="module")
def ws(store: Store) -> Iterator[Workspace]:
    workspace = make_pki(store)
    yield workspace
    workspace.close()


def _cdp(cert: x509.Certificate) -> list[str]:
    points = cert.extensions.get_extension_for_class(x509.CRLDistributionPoints).value
    return [n.value for p in points for n in p.full_name or []]


def _idp(crl: x509.CertificateRevocationList) -> list[str]:
    ext = crl.extensions.get_extension_for_class(x509.IssuingDistributionPoint)
    assert ext.critical
    return [n.value for n in ext.value.full_name or []]


def _openssl_crl(tmp: Path, der: bytes, issuer: x509.Certificate) -> str:
    (tmp / "x.crl").write_bytes(der)
    (tmp / "issuer.pem").write_bytes(pem([issuer]))
    result = subprocess.run(
        ["openssl", "crl", "-inform", "DER", "-in", str(tmp / "x.crl"), "-CAfile",
         str(tmp / "issuer.pem"), "-noout", "-text"],
        capture_output=True, text=True, timeout=30,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return result.stdout + result.stderr


def test_partitions_from_issuance_to_openssl(ws: Workspace, store: Store, tmp_path: Path) -> None:
    env = {**os.environ, "IDTOOLKIT_PASSPHRASE": PASSPHRASE.decode()}
    cli = [
        sys.executable,
        "-m",
        "idtoolkit.apps.cli.main",
        "--workspace",
        str(store.directory / "ws"),
    ]
    result = subprocess.run(
        [*cli, "ca", "set", "issuing", "--crl-partitions", "4"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0 and "4 CRL partitions" in result.stdout, result.stderr
    base = ws.config.base_url
    four = [
        api.issue_with_new_key(ws, "issuing", "tls-client", f"CN=p{i},O=Lab,C=SN", "ec-p256")
        for i in range(8)
    ]
    for issued in four:
        partition = issued.certificate.serial_number % 4
        assert _cdp(issued.certificate) == [f"{base}/crl/issuing-p{partition}.crl"]
    # the setting changes: new certificates use 2 partitions, old ones keep theirs
    validation.set_crl_partitions(ws, "issuing", 2)
    two = api.issue_with_new_key(ws, "issuing", "tls-client", "CN=q,O=Lab,C=SN", "ec-p256")
    assert _cdp(two.certificate) == [f"{base}/crl/issuing-p{two.certificate.serial_number % 2}.crl"]
    old_partitions = {i.certificate.serial_number % 4 for i in four}
    assert set(validation.crl_partitions(ws, "issuing")) == old_partitions | {0, 1}
    revoked = [i for i in four if i.certificate.serial_number % 4 >= 2][:1] or four[:1]
    target = revoked[0]
    api.revoke(ws, "issuing", target.serial, "key-compromise")

    published = api.publish_due_crls(ws)
    issuer, _root = api.ca_chain(ws, "issuing")
    partitions = {i.partition for i in published if i.ca == "issuing" and i.partition is not None}
    assert partitions == old_partitions | {0, 1}
    for info in published:
        if info.ca != "issuing" or info.partition is None:
            continue
        crl = info.crl
        assert _idp(crl) == [f"{base}/crl/issuing-p{info.partition}.crl"]
        listed = {r.serial_number for r in crl}
        expected = target.certificate.serial_number % 4 == info.partition
        assert (target.certificate.serial_number in listed) == expected
        out = _openssl_crl(tmp_path, info.der, issuer)
        assert "verify OK" in out and "Issuing Distribution Point" in out, out
    full = api.make_crl(ws, "issuing")  # the full CRL still lists every certificate
    assert full.partition is None
    assert target.certificate.serial_number in {r.serial_number for r in full.crl}
    assert "verify OK" in _openssl_crl(tmp_path, full.der, issuer)
    delta = api.make_crl(ws, "issuing", delta=True)
    assert "verify OK" in _openssl_crl(tmp_path, delta.der, issuer)

    # the server serves each partition at the URL its certificates name
    server = PKIServer(ws, "127.0.0.1", 0)
    server.start_in_thread()
    try:
        p = target.certificate.serial_number % 4
        with urllib.request.urlopen(f"{server.base}/crl/issuing-p{p}.crl", timeout=10) as reply:
            crl = x509.load_der_x509_crl(reply.read())
            assert "max-age=" in reply.headers["Cache-Control"]
        assert target.certificate.serial_number in {r.serial_number for r in crl}
    finally:
        server.stop()


def test_a_bad_partition_count_is_one_line(store: Store, ws: Workspace) -> None:
    env = {**os.environ, "IDTOOLKIT_PASSPHRASE": PASSPHRASE.decode()}
    cli = [
        sys.executable,
        "-m",
        "idtoolkit.apps.cli.main",
        "--workspace",
        str(store.directory / "ws"),
    ]
    result = subprocess.run(
        [*cli, "ca", "set", "issuing", "--crl-partitions", "-1"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 1 and len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "between 0 and 1000" in result.stderr
