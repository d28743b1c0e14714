"""``idtoolkit serve``: an e-service developer's local OCSP responder, CRL and CA-certificate
endpoints, checked with the real ``openssl ocsp`` client and with malformed requests."""

from __future__ import annotations

import base64
import subprocess
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509 import ocsp

from idtoolkit import api
from idtoolkit.services.http import PKIServer

from .conftest import TwoTier
from .pki_helpers import pem


@pytest.fixture
def server(sqlite_pki: TwoTier) -> Iterator[PKIServer]:
    pki_server = PKIServer(sqlite_pki.ws, "127.0.0.1", 0)
    thread = threading.Thread(target=pki_server.serve_forever, daemon=True)
    thread.start()
    yield pki_server
    pki_server.shutdown()
    pki_server.server_close()


def _openssl_ocsp(
    tmp: Path,
    server: PKIServer,
    issuer: x509.Certificate,
    root: x509.Certificate,
    target: list[str],
) -> str:
    (tmp / "issuer.pem").write_bytes(pem([issuer]))
    (tmp / "root.pem").write_bytes(pem([root]))
    result = subprocess.run(
        [
            "openssl",
            "ocsp",
            "-issuer",
            str(tmp / "issuer.pem"),
            *target,
            "-url",
            f"{server.base}/ocsp/issuing",
            "-CAfile",
            str(tmp / "root.pem"),
            "-VAfile",
            str(tmp / "issuer.pem"),
        ],
        capture_output=True,
        text=True,
        timeout=30,
    )
    return result.stdout + result.stderr


def test_openssl_gets_good_revoked_and_unknown(
    sqlite_pki: TwoTier, server: PKIServer, tmp_path: Path
) -> None:
    ws = sqlite_pki.ws
    good = api.issue_with_new_key(ws, "issuing", "tls-client", "CN=good,O=Lab,C=SN", "ec-p256")
    bad = api.issue_with_new_key(ws, "issuing", "tls-client", "CN=bad,O=Lab,C=SN", "ec-p256")
    issuer, root = api.ca_chain(ws, "issuing")
    (tmp_path / "good.pem").write_bytes(pem([good.certificate]))
    (tmp_path / "bad.pem").write_bytes(pem([bad.certificate]))
    assert ": good" in _openssl_ocsp(
        tmp_path, server, issuer, root, ["-cert", str(tmp_path / "bad.pem")]
    )
    api.revoke(ws, "issuing", bad.serial, "key-compromise")
    server.responder.refresh()
    out = _openssl_ocsp(tmp_path, server, issuer, root, ["-cert", str(tmp_path / "bad.pem")])
    assert ": revoked" in out and "keyCompromise" in out and "Response verify OK" in out
    assert ": good" in _openssl_ocsp(
        tmp_path, server, issuer, root, ["-cert", str(tmp_path / "good.pem")]
    )
    assert ": unknown" in _openssl_ocsp(tmp_path, server, issuer, root, ["-serial", "0x1234"])


def _request(cert: x509.Certificate, issuer: x509.Certificate, nonce: bytes | None = None) -> bytes:
    builder = ocsp.OCSPRequestBuilder().add_certificate(cert, issuer, hashes.SHA256())
    if nonce:
        builder = builder.add_extension(x509.OCSPNonce(nonce), critical=False)
    return builder.build().public_bytes(serialization.Encoding.DER)


def _post(
    url: str, body: bytes, content_type: str = "application/ocsp-request"
) -> tuple[int, bytes]:
    request = urllib.request.Request(url, data=body, headers={"Content-Type": content_type})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def test_get_requests_and_nonces(sqlite_pki: TwoTier, server: PKIServer) -> None:
    leaf = api.issue_with_new_key(
        sqlite_pki.ws, "issuing", "tls-client", "CN=n,O=Lab,C=SN", "ec-p256"
    )
    issuer = api.ca_chain(sqlite_pki.ws, "issuing")[0]
    encoded = urllib.request.quote(
        base64.b64encode(_request(leaf.certificate, issuer)).decode(), safe=""
    )
    with urllib.request.urlopen(f"{server.base}/ocsp/issuing/{encoded}", timeout=10) as response:
        answer = ocsp.load_der_ocsp_response(response.read())
    assert answer.certificate_status == ocsp.OCSPCertStatus.GOOD
    _, body = _post(
        f"{server.base}/ocsp/issuing", _request(leaf.certificate, issuer, b"0123456789abcdef")
    )
    answer = ocsp.load_der_ocsp_response(body)
    assert (
        answer.extensions.get_extension_for_class(x509.OCSPNonce).value.nonce == b"0123456789abcdef"
    )
    assert isinstance(issuer.public_key(), ec.EllipticCurvePublicKey)
    issuer.public_key().verify(  # type: ignore[call-arg]
        answer.signature, answer.tbs_response_bytes, ec.ECDSA(answer.signature_hash_algorithm)
    )


@pytest.mark.parametrize(
    ("body", "content_type", "expected"),
    [
        (b"", "application/ocsp-request", ocsp.OCSPResponseStatus.MALFORMED_REQUEST),
        (
            b"\x30\x03\x02\x01",
            "application/ocsp-request",
            ocsp.OCSPResponseStatus.MALFORMED_REQUEST,
        ),
        (b"garbage" * 10, "application/ocsp-request", ocsp.OCSPResponseStatus.MALFORMED_REQUEST),
        (b"whatever", "text/plain", ocsp.OCSPResponseStatus.MALFORMED_REQUEST),
    ],
)
def test_malformed_requests_get_an_ocsp_error_and_the_server_keeps_serving(
    sqlite_pki: TwoTier,
    server: PKIServer,
    body: bytes,
    content_type: str,
    expected: ocsp.OCSPResponseStatus,
) -> None:
    status, answer = _post(f"{server.base}/ocsp/issuing", body, content_type)
    assert status == 200 and ocsp.load_der_ocsp_response(answer).response_status == expected
    status, _ = _post(f"{server.base}/ocsp/issuing", b"x" * 100_000)
    assert status == 413
    time.sleep(0.05)
    with urllib.request.urlopen(f"{server.base}/ca/issuing.crt", timeout=10) as response:
        assert response.status == 200  # still serving


def test_a_request_about_another_issuer_is_unauthorized(
    sqlite_pki: TwoTier, server: PKIServer
) -> None:
    root = api.ca_chain(sqlite_pki.ws, "root")[0]
    sub = api.ca_chain(sqlite_pki.ws, "issuing")[0]
    _, body = _post(f"{server.base}/ocsp/issuing", _request(sub, root))  # a root-issued cert
    assert ocsp.load_der_ocsp_response(body).response_status == ocsp.OCSPResponseStatus.UNAUTHORIZED


def test_crl_and_ca_certificate_are_served_at_the_urls_in_certificates(
    sqlite_pki: TwoTier, server: PKIServer
) -> None:
    ws = sqlite_pki.ws
    with pytest.raises(urllib.error.HTTPError) as missing:
        urllib.request.urlopen(f"{server.base}/crl/issuing.crl", timeout=10)
    assert missing.value.code == 404
    crl = api.make_crl(ws, "issuing")
    with urllib.request.urlopen(f"{server.base}/crl/issuing.crl", timeout=10) as response:
        assert (
            response.read() == crl.der
            and response.headers["Content-Type"] == "application/pkix-crl"
        )
    with urllib.request.urlopen(f"{server.base}/ca/issuing.crt", timeout=10) as response:
        assert x509.load_der_x509_certificate(response.read()) == api.ca_chain(ws, "issuing")[0]
    leaf = api.issue_with_new_key(
        ws, "issuing", "tls-client", "CN=u,O=Lab,C=SN", "ec-p256"
    ).certificate
    cdp = leaf.extensions.get_extension_for_class(x509.CRLDistributionPoints).value
    assert cdp[0].full_name[0].value.endswith("/crl/issuing.crl")  # type: ignore[index,union-attr]
    assert server.endpoints()[0] == f"OCSP issuing: {server.base}/ocsp/issuing"
