"""``idtoolkit serve``: an e-service developer's local OCSP responder, CRL and CA-certificate
endpoints, checked with the real ``openssl ocsp`` client and with malformed requests."""

from __future__ import annotations

import base64
import http.client
import os
import signal
import socket
import subprocess
import sys
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

from .conftest import PASSPHRASE, TwoTier
from .pki_helpers import http_post, pem


@pytest.fixture
def server(sqlite_pki: TwoTier) -> Iterator[PKIServer]:
    pki_server = PKIServer(sqlite_pki.ws, "127.0.0.1", 0)
    pki_server.start_in_thread()
    yield pki_server
    pki_server.stop()


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


def test_openssl_asks_about_two_certificates_in_one_request(
    sqlite_pki: TwoTier, server: PKIServer, tmp_path: Path
) -> None:
    """RFC 6960 4.1.1 lets a request list several certificates (``openssl ocsp -cert a -cert
    b``): one signed response answers each, where it used to be malformedRequest."""
    ws = sqlite_pki.ws
    good = api.issue_with_new_key(ws, "issuing", "tls-client", "CN=a,O=Lab,C=SN", "ec-p256")
    bad = api.issue_with_new_key(ws, "issuing", "tls-client", "CN=b,O=Lab,C=SN", "ec-p256")
    api.revoke(ws, "issuing", bad.serial, "key-compromise")
    server.responder.refresh()
    issuer, root = api.ca_chain(ws, "issuing")
    (tmp_path / "a.pem").write_bytes(pem([good.certificate]))
    (tmp_path / "b.pem").write_bytes(pem([bad.certificate]))
    out = _openssl_ocsp(
        tmp_path, server, issuer, root,
        ["-cert", str(tmp_path / "a.pem"), "-cert", str(tmp_path / "b.pem")],
    )  # fmt: skip
    assert "Response verify OK" in out, out
    assert f"{tmp_path / 'a.pem'}: good" in out and f"{tmp_path / 'b.pem'}: revoked" in out, out
    assert "keyCompromise" in out and "nonce" not in out.lower()  # openssl's nonce echoed
    # With a serial no CA issued: answered unknown, the others still answered.
    out = _openssl_ocsp(
        tmp_path, server, issuer, root,
        ["-cert", str(tmp_path / "a.pem"), "-serial", "0x1234", "-no_nonce"],
    )  # fmt: skip
    assert "Response verify OK" in out and ": good" in out and "0x1234: unknown" in out, out


def test_a_delegated_responder_answers_a_list_openssl_verifies(
    sqlite_pki: TwoTier, tmp_path: Path
) -> None:
    """A listed request is signed like a single one: by the delegated responder, its
    certificate sent along, so openssl verifies it against the CA chain alone."""
    ws = sqlite_pki.ws
    api.create_service_credential(ws, "issuing", "ocsp", "CN=Lab OCSP,O=Lab,C=SN", "ec-p256")
    a = api.issue_with_new_key(ws, "issuing", "tls-client", "CN=da,O=Lab,C=SN", "ec-p256")
    b = api.issue_with_new_key(ws, "issuing", "tls-client", "CN=db,O=Lab,C=SN", "ec-p256")
    api.revoke(ws, "issuing", b.serial, "superseded")
    issuer, root = api.ca_chain(ws, "issuing")
    for name, cert in (("a", a), ("b", b), ("issuer", None), ("chain", None)):
        certs = [cert.certificate] if cert else [issuer] if name == "issuer" else [issuer, root]
        (tmp_path / f"{name}.pem").write_bytes(pem(certs))
    pki_server = PKIServer(ws, "127.0.0.1", 0)
    pki_server.start_in_thread()
    try:
        result = subprocess.run(
            ["openssl", "ocsp", "-issuer", str(tmp_path / "issuer.pem"),
             "-cert", str(tmp_path / "a.pem"), "-cert", str(tmp_path / "b.pem"),
             "-url", f"{pki_server.base}/ocsp/issuing", "-CAfile", str(tmp_path / "chain.pem"),
             "-resp_text"],
            capture_output=True, text=True, timeout=30,
        )  # fmt: skip
    finally:
        pki_server.stop()
    out = result.stdout + result.stderr
    assert "Response verify OK" in out and ": good" in out and ": revoked" in out, out
    assert "CN=Lab OCSP" in out and "superseded" in out.lower(), out


def test_a_list_naming_an_issuer_not_served_here_is_unauthorized(
    sqlite_pki: TwoTier, server: PKIServer
) -> None:
    """One response has one signer: a list mixing this CA's certificate with a root-issued one
    sent to /ocsp/issuing is unauthorized, as the root-issued one alone is."""
    ws = sqlite_pki.ws
    leaf = api.issue_with_new_key(ws, "issuing", "tls-client", "CN=m,O=Lab,C=SN", "ec-p256")
    issuer, root = api.ca_chain(ws, "issuing")
    both = _several([(leaf.certificate, issuer), (issuer, root)])
    _, body = _post(f"{server.base}/ocsp/issuing", both)
    assert ocsp.load_der_ocsp_response(body).response_status == ocsp.OCSPResponseStatus.UNAUTHORIZED


def test_unknown_and_unauthorized_follow_rfc_6960(sqlite_pki: TwoTier, server: PKIServer) -> None:
    """Which answer when, at /ocsp/issuing (RFC 6960 2.2, 2.3):

    - a CertID naming the issuer this URL serves, with a serial it never issued (a made-up one,
      or a serial another CA of the workspace issued), is answered, status **unknown**;
    - a CertID naming an issuer this URL does not serve (another CA, in the workspace or not)
      gets **unauthorized**: it cannot answer authoritatively, and its signature would not
      verify against that issuer.

    In a request listing several certificates, one not served makes the whole answer
    unauthorized (one response has one signer); unknown serials are answered unknown."""
    ws = sqlite_pki.ws
    issuer, root = api.ca_chain(ws, "issuing")
    by_root = api.issue_with_new_key(ws, "root", "tls-client", "CN=r,O=Lab,C=SN", "ec-p256")
    mine = api.issue_with_new_key(ws, "issuing", "tls-client", "CN=i,O=Lab,C=SN", "ec-p256")
    stranger_key = ec.generate_private_key(ec.SECP256R1())
    stranger = (
        x509.CertificateBuilder()
        .subject_name(x509.Name.from_rfc4514_string("CN=Stranger CA"))
        .issuer_name(x509.Name.from_rfc4514_string("CN=Stranger CA"))
        .public_key(stranger_key.public_key())
        .serial_number(7)
        .not_valid_before(issuer.not_valid_before_utc)
        .not_valid_after(issuer.not_valid_after_utc)
        .sign(stranger_key, hashes.SHA256())
    )

    def by_hash(serial: int, ca: x509.Certificate) -> bytes:
        """A CertID for ``serial`` under ``ca``, as ``openssl ocsp -issuer ca -serial`` makes."""
        from asn1crypto import ocsp as asn1_ocsp

        issued = mine.certificate if ca == issuer else ca  # any certificate ``ca`` issued
        request = asn1_ocsp.OCSPRequest.load(_request(issued, ca))
        request["tbs_request"]["request_list"][0]["req_cert"]["serial_number"] = serial
        return bytes(request.dump(force=True))

    def ask(body: bytes) -> str:
        _, der = _post(f"{server.base}/ocsp/issuing", body)
        answer = ocsp.load_der_ocsp_response(der)
        if answer.response_status != ocsp.OCSPResponseStatus.SUCCESSFUL:
            return answer.response_status.name.lower()
        return answer.certificate_status.name.lower()

    assert ask(by_hash(0x1234, issuer)) == "unknown"  # never issued
    assert ask(by_hash(by_root.certificate.serial_number, issuer)) == "unknown"  # root's serial
    assert ask(_request(mine.certificate, issuer)) == "good"
    assert ask(_request(by_root.certificate, root)) == "unauthorized"  # root: served elsewhere
    assert ask(by_hash(7, stranger)) == "unauthorized"  # not this workspace's at all
    _, der = _post(
        f"{server.base}/ocsp/issuing",
        _list_of(
            [_request(mine.certificate, issuer), by_hash(by_root.certificate.serial_number, issuer)]
        ),
    )
    answer = ocsp.load_der_ocsp_response(der)
    statuses = [single.certificate_status for single in answer.responses]
    assert statuses == [ocsp.OCSPCertStatus.GOOD, ocsp.OCSPCertStatus.UNKNOWN]
    mixed = _several([(mine.certificate, issuer), (by_root.certificate, root)])
    _, der = _post(f"{server.base}/ocsp/issuing", mixed)
    assert ocsp.load_der_ocsp_response(der).response_status.name == "UNAUTHORIZED"


def _several(pairs: list[tuple[x509.Certificate, x509.Certificate]]) -> bytes:
    """An OCSP request listing each (certificate, issuer): cryptography builds one only."""
    return _list_of([_request(cert, cert_issuer) for cert, cert_issuer in pairs])


def _list_of(requests: list[bytes]) -> bytes:
    """One OCSP request listing the CertID of each single request."""
    from asn1crypto import ocsp as asn1_ocsp

    items = [asn1_ocsp.OCSPRequest.load(r)["tbs_request"]["request_list"][0] for r in requests]
    return bytes(asn1_ocsp.OCSPRequest({"tbs_request": {"request_list": items}}).dump())


def test_delegated_responder_signs_answers_openssl_accepts(
    sqlite_pki: TwoTier, tmp_path: Path
) -> None:
    """With an ocsp-signer credential, answers are signed by it and carry its certificate, so
    relying parties verify them without the CA key ever being used (RFC 6960 4.2.2.2)."""
    from idtoolkit.ca.service_credentials import create_service_credential

    ws = sqlite_pki.ws
    leaf = api.issue_with_new_key(ws, "issuing", "tls-client", "CN=d,O=Lab,C=SN", "ec-p256")
    api.revoke(ws, "issuing", leaf.serial, "key-compromise")
    issuer, root = api.ca_chain(ws, "issuing")
    pki_server = PKIServer(ws, "127.0.0.1", 0)
    pki_server.start_in_thread()
    try:
        _, body = _post(f"{pki_server.base}/ocsp/issuing", _request(leaf.certificate, issuer))
        assert ocsp.load_der_ocsp_response(body).certificates == []  # signed by the CA
        # Made while the server runs: it signs with the responder within a poll or two.
        delegate = create_service_credential(
            ws, "issuing", "ocsp", "CN=Lab OCSP Responder,O=Lab,C=SN", "ec-p256"
        )
        deadline = time.monotonic() + 5
        while True:
            _, body = _post(f"{pki_server.base}/ocsp/issuing", _request(leaf.certificate, issuer))
            answer = ocsp.load_der_ocsp_response(body)
            if answer.certificates or time.monotonic() > deadline:
                break
            time.sleep(0.1)
        assert [c.serial_number for c in answer.certificates] == [int(delegate.serial, 16)]
        assert (
            answer.responder_key_hash
            != x509.SubjectKeyIdentifier.from_public_key(issuer.public_key()).digest
        )
        (tmp_path / "leaf.pem").write_bytes(pem([leaf.certificate]))
        (tmp_path / "issuer.pem").write_bytes(pem([issuer]))
        (tmp_path / "chain.pem").write_bytes(pem([issuer, root]))
        result = subprocess.run(
            ["openssl", "ocsp", "-issuer", str(tmp_path / "issuer.pem"),
             "-cert", str(tmp_path / "leaf.pem"), "-url", f"{pki_server.base}/ocsp/issuing",
             "-CAfile", str(tmp_path / "chain.pem")],
            capture_output=True, text=True, timeout=30,
        )  # fmt: skip
    finally:
        pki_server.stop()
    out = result.stdout + result.stderr
    assert "Response verify OK" in out and ": revoked" in out, out


def _request(cert: x509.Certificate, issuer: x509.Certificate, nonce: bytes | None = None) -> bytes:
    builder = ocsp.OCSPRequestBuilder().add_certificate(cert, issuer, hashes.SHA256())
    if nonce:
        builder = builder.add_extension(x509.OCSPNonce(nonce), critical=False)
    return builder.build().public_bytes(serialization.Encoding.DER)


def _post(
    url: str, body: bytes, content_type: str = "application/ocsp-request"
) -> tuple[int, bytes]:
    return http_post(url, body, content_type)


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
    with urllib.request.urlopen(f"{server.base}/crl/issuing.crl", timeout=10) as response:
        assert (
            x509.load_der_x509_crl(response.read())
            .extensions.get_extension_for_class(x509.CRLNumber)
            .value.crl_number
            == 1
        )  # published with the CA: there from the start
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


# --- the HTTP layer: keep-alive, malformed HTTP, slow clients, freshness, workers -------------


def _raw(server: PKIServer, data: bytes, timeout: float = 5.0) -> bytes:
    """Send raw bytes, read until the server closes (or the timeout passes)."""
    host, port = server.socket.getsockname()[:2]
    with socket.create_connection((host, port), timeout=timeout) as sock:
        sock.sendall(data)
        chunks = []
        while True:
            try:
                chunk = sock.recv(65536)
            except TimeoutError:
                break
            if not chunk:
                break
            chunks.append(chunk)
    return b"".join(chunks)


def test_keep_alive_serves_several_requests_on_one_connection(
    sqlite_pki: TwoTier, server: PKIServer
) -> None:
    ws = sqlite_pki.ws
    leaf = api.issue_with_new_key(ws, "issuing", "tls-client", "CN=k,O=Lab,C=SN", "ec-p256")
    issuer = api.ca_chain(ws, "issuing")[0]
    der = _request(leaf.certificate, issuer)
    host, port = server.socket.getsockname()[:2]
    connection = http.client.HTTPConnection(host, port, timeout=10)
    first_socket = None
    for _ in range(3):  # a miss (signed in the pool), then two fast-path answers
        connection.request(
            "POST", "/ocsp/issuing", der, {"Content-Type": "application/ocsp-request"}
        )
        response = connection.getresponse()
        body = response.read()
        assert response.status == 200 and response.getheader("Connection") == "keep-alive"
        assert ocsp.load_der_ocsp_response(body).certificate_status == ocsp.OCSPCertStatus.GOOD
        first_socket = first_socket or connection.sock
        assert connection.sock is first_socket  # the same connection every time
    connection.request("GET", "/ca/issuing.crt")
    response = connection.getresponse()
    assert response.status == 200 and x509.load_der_x509_certificate(response.read()) == issuer
    connection.close()
    # Pipelined: two requests in one write, answered in order; the second asks to close.
    one = (
        b"POST /ocsp/issuing HTTP/1.1\r\nHost: t\r\nContent-Type: application/ocsp-request\r\n"
        b"Content-Length: " + str(len(der)).encode() + b"\r\n\r\n" + der
    )
    two = b"GET /ca/issuing.crt HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n"
    answer = _raw(server, one + two)
    assert answer.count(b"HTTP/1.1 200 OK") == 2
    assert answer.index(b"application/ocsp-response") < answer.index(b"application/pkix-cert")
    # HTTP/1.0 closes unless asked to keep the connection.
    assert b"Connection: close" in _raw(server, b"GET /ca/issuing.crt HTTP/1.0\r\n\r\n")


@pytest.mark.parametrize(
    "data",
    [
        b"GARBAGE\r\n\r\n",
        b"GET /ca/issuing.crt HTTP/1.1\r\n\r\n",  # HTTP/1.1 without Host
        b"GET /ca/issuing.crt HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n",
        b"GET /ca/issuing.crt HTTP/1.1\r\nHost: a\r\n folded: value\r\n\r\n",
        b"GET /ca/issuing.crt HTTP/1.1\r\nHost : a\r\n\r\n",
        b"POST /ocsp/issuing HTTP/1.1\r\nHost: a\r\nContent-Length: -5\r\n\r\n",
        b"POST /ocsp/issuing HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\n"
        b"Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
        b"GET /ca/issuing.crt HTTP/1.1\nHost: a\n\n\r\n\r\n",  # bare LF line ends
        b"GET /ca/\x01issuing.crt HTTP/1.1\r\nHost: a\r\n\r\n",
        b"GET  /ca/issuing.crt HTTP/1.1\r\nHost: a\r\n\r\n",
    ],
)
def test_malformed_http_gets_400_and_the_server_keeps_serving(
    server: PKIServer, data: bytes
) -> None:
    answer = _raw(server, data)
    assert answer.startswith(b"HTTP/1.1 400 ") and b"Connection: close" in answer
    assert _raw(server, b"GET /ca/issuing.crt HTTP/1.0\r\n\r\n").startswith(b"HTTP/1.1 200 OK")
    assert _raw(server, b"GET / HTTP/2.0\r\n\r\n").startswith(b"HTTP/1.1 505 ")
    assert _raw(server, b"DELETE /ca/issuing.crt HTTP/1.0\r\n\r\n").startswith(b"HTTP/1.1 405 ")
    with urllib.request.urlopen(f"{server.base}/ca/issuing.crt", timeout=10) as response:
        assert response.status == 200


def test_a_slow_client_blocks_nobody_and_is_timed_out(sqlite_pki: TwoTier) -> None:
    pki_server = PKIServer(sqlite_pki.ws, "127.0.0.1", 0, timeout=3.0)
    pki_server.start_in_thread()
    try:
        host, port = pki_server.socket.getsockname()[:2]
        slow = [socket.create_connection((host, port), timeout=10) for _ in range(20)]
        for sock in slow:  # slowloris: a request head that never ends
            sock.sendall(b"POST /ocsp/issuing HTTP/1.1\r\nHost: x\r\nX-Slow: ")
        started = time.monotonic()
        for _ in range(5):
            with urllib.request.urlopen(f"{pki_server.base}/ca/issuing.crt", timeout=5) as r:
                assert r.status == 200
        # Served long before the slow clients time out (3 s): they block nobody.
        assert time.monotonic() - started < 2.0
        for sock in slow:
            answer = b""
            while chunk := sock.recv(4096):
                answer += chunk
            assert answer.startswith(b"HTTP/1.1 408 ")
            sock.close()
        assert time.monotonic() - started < 10.0
    finally:
        pki_server.stop()


def test_a_revocation_shows_within_two_seconds(sqlite_pki: TwoTier, server: PKIServer) -> None:
    ws = sqlite_pki.ws
    leaf = api.issue_with_new_key(ws, "issuing", "tls-client", "CN=r,O=Lab,C=SN", "ec-p256")
    issuer = api.ca_chain(ws, "issuing")[0]
    der = _request(leaf.certificate, issuer)
    url = f"{server.base}/ocsp/issuing"
    for _ in range(3):  # cached, and in the fast path
        status = ocsp.load_der_ocsp_response(_post(url, der)[1]).certificate_status
        assert status == ocsp.OCSPCertStatus.GOOD
    api.revoke(ws, "issuing", leaf.serial, "key-compromise")
    revoked_at = time.monotonic()
    while True:  # no refresh() here: the server notices by itself
        answer = ocsp.load_der_ocsp_response(_post(url, der)[1])
        if answer.certificate_status == ocsp.OCSPCertStatus.REVOKED:
            break
        assert time.monotonic() - revoked_at < 5.0, "the revocation did not show in time"
        time.sleep(0.05)
    assert answer.revocation_reason == x509.ReasonFlags.key_compromise
    for _ in range(3):  # and it stays revoked, fast path included
        status = ocsp.load_der_ocsp_response(_post(url, der)[1]).certificate_status
        assert status == ocsp.OCSPCertStatus.REVOKED


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers fork on Linux only")
def test_cli_serves_from_two_workers_and_stops_cleanly(sqlite_pki: TwoTier, tmp_path: Path) -> None:
    ws = sqlite_pki.ws
    leaf = api.issue_with_new_key(ws, "issuing", "tls-client", "CN=w,O=Lab,C=SN", "ec-p256")
    issuer = api.ca_chain(ws, "issuing")[0]
    der = _request(leaf.certificate, issuer)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = dict(os.environ, IDTOOLKIT_PASSPHRASE=PASSPHRASE.decode())
    process = subprocess.Popen(
        [
            *(sys.executable, "-m", "idtoolkit.apps.cli.main", "serve"),
            *("-w", str(ws.directory), "--port", str(port)),
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        assert process.stdout is not None
        first = process.stdout.readline().decode()  # printed once every worker listens
        assert first == f"OCSP issuing: http://127.0.0.1:{port}/ocsp/issuing\n"
        url = f"http://127.0.0.1:{port}/ocsp/issuing"
        for _ in range(20):  # several connections: both workers answer
            answer = ocsp.load_der_ocsp_response(_post(url, der)[1])
            assert answer.certificate_status == ocsp.OCSPCertStatus.GOOD
        api.revoke(ws, "issuing", leaf.serial, "superseded")
        deadline = time.monotonic() + 6.0
        revoked_in_a_row = 0
        while revoked_in_a_row < 20:  # every worker sees it
            answer = ocsp.load_der_ocsp_response(_post(url, der)[1])
            if answer.certificate_status == ocsp.OCSPCertStatus.REVOKED:
                revoked_in_a_row += 1
            else:
                revoked_in_a_row = 0
                assert time.monotonic() < deadline, "a worker still answers good"
                time.sleep(0.05)
        workers = subprocess.run(
            ["pgrep", "-P", str(process.pid)], capture_output=True, text=True
        ).stdout.split()
        assert len(workers) == 2
        os.kill(int(workers[0]), signal.SIGKILL)  # a worker dies: another takes its place
        deadline = time.monotonic() + 10.0
        while True:
            current = subprocess.run(
                ["pgrep", "-P", str(process.pid)], capture_output=True, text=True
            ).stdout.split()
            if len(current) == 2 and workers[0] not in current:
                break
            assert time.monotonic() < deadline, "the dead worker was not replaced"
            time.sleep(0.1)
        time.sleep(0.5)  # the replacement listens
        for _ in range(20):
            answer = ocsp.load_der_ocsp_response(_post(url, der)[1])
            assert answer.certificate_status == ocsp.OCSPCertStatus.REVOKED
        assert process.poll() is None
        workers = current
    finally:
        process.terminate()
        _out, err = process.communicate(timeout=15)
    assert process.returncode == 0, err.decode()
    for pid in workers:  # no worker outlives the server
        assert not Path(f"/proc/{pid}").exists()


_STOP_DURING_CLOSE = """
import asyncio, os, signal
from asyncio import selector_events
from idtoolkit.services.http import PKIServer

class Worker:  # a forked worker that is told to stop at once, as by the group's Ctrl-C
    parent_pid = os.getppid()

    async def serve(self, ready, signals):
        loop = asyncio.get_running_loop()
        loop.add_signal_handler(signal.SIGTERM, lambda: None)
        loop.add_signal_handler(signal.SIGINT, lambda: None)

close_pipe = selector_events.BaseSelectorEventLoop._close_self_pipe

def close_then_terminated(self):
    close_pipe(self)
    os.kill(os.getpid(), signal.SIGTERM)  # the supervisor's SIGTERM, right then

selector_events.BaseSelectorEventLoop._close_self_pipe = close_then_terminated
PKIServer._run(Worker(), None, True)
print("stopped")
"""


def test_a_worker_told_to_stop_again_while_closing_says_nothing() -> None:
    """On Ctrl-C every worker stops, and the supervisor then sends each a SIGTERM: one that
    came while the worker's event loop was closing printed Python's "Exception ignored when
    trying to write to the signal wakeup fd" and a traceback under the one-line
    "interrupted". A worker already stopping now ignores it and exits quietly."""
    done = subprocess.run(
        [sys.executable, "-c", _STOP_DURING_CLOSE], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0 and done.stdout == "stopped\n", done.stderr
    assert done.stderr == ""
