"""The RFC 3161 time-stamping authority of ``idtoolkit serve``: openssl's client gets tokens
that ``openssl ts -verify`` accepts; bad requests get a rejection, not a crash."""

from __future__ import annotations

import subprocess
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from asn1crypto import cms, core, tsp

from idtoolkit import api
from idtoolkit.ca.service_credentials import create_service_credential
from idtoolkit.services.http import PKIServer

from .conftest import TwoTier
from .pki_helpers import http_post


class _Reply(core.Sequence):  # type: ignore[misc]
    """TimeStampResp as RFC 3161 defines it (asn1crypto wrongly requires the token)."""

    _fields = [  # noqa: RUF012
        ("status", tsp.PKIStatusInfo),
        ("time_stamp_token", cms.ContentInfo, {"optional": True}),
    ]


@pytest.fixture
def tsa_server(sqlite_pki: TwoTier) -> Iterator[PKIServer]:
    create_service_credential(
        sqlite_pki.ws, "issuing", "tsa", "CN=Time Stamping Unit,O=ADIE,C=SN", "ec-p256"
    )
    server = PKIServer(sqlite_pki.ws, "127.0.0.1", 0)
    server.start_in_thread()
    yield server
    server.stop()
    server.close()


def _post(
    url: str, body: bytes, content_type: str = "application/timestamp-query"
) -> tuple[int, bytes]:
    return http_post(url, body, content_type)


def test_openssl_verifies_our_timestamp(
    sqlite_pki: TwoTier, tsa_server: PKIServer, tmp_path: Path
) -> None:
    assert f"TSA: {tsa_server.base}/tsa" in tsa_server.endpoints()
    (tmp_path / "contract.pdf").write_bytes(b"%PDF-1.7 a contract")
    subprocess.run(
        [
            "openssl",
            "ts",
            "-query",
            "-data",
            str(tmp_path / "contract.pdf"),
            "-sha256",
            "-cert",
            "-out",
            str(tmp_path / "q.tsq"),
        ],
        check=True,
        capture_output=True,
    )
    status, reply = _post(f"{tsa_server.base}/tsa", (tmp_path / "q.tsq").read_bytes())
    assert status == 200
    (tmp_path / "r.tsr").write_bytes(reply)
    (tmp_path / "chain.pem").write_bytes(
        api.export_certificates(api.ca_chain(sqlite_pki.ws, "issuing"), api.ExportFormat.CHAIN)
    )
    verified = subprocess.run(
        [
            "openssl",
            "ts",
            "-verify",
            "-data",
            str(tmp_path / "contract.pdf"),
            "-in",
            str(tmp_path / "r.tsr"),
            "-CAfile",
            str(tmp_path / "chain.pem"),
        ],
        capture_output=True,
        text=True,
    )
    assert "Verification: OK" in verified.stdout, verified.stdout + verified.stderr
    (tmp_path / "other.pdf").write_bytes(b"%PDF-1.7 another contract")
    tampered = subprocess.run(
        [
            "openssl",
            "ts",
            "-verify",
            "-data",
            str(tmp_path / "other.pdf"),
            "-in",
            str(tmp_path / "r.tsr"),
            "-CAfile",
            str(tmp_path / "chain.pem"),
        ],
        capture_output=True,
        text=True,
    )
    assert "Verification: OK" not in tampered.stdout


def test_nonce_is_echoed_and_the_policy_is_ours(tsa_server: PKIServer) -> None:
    request = tsp.TimeStampReq(
        {
            "version": "v1",
            "message_imprint": {
                "hash_algorithm": {"algorithm": "sha256"},
                "hashed_message": b"\x01" * 32,
            },
            "nonce": 424242,
            "cert_req": True,
        }
    )
    _, reply = _post(f"{tsa_server.base}/tsa", request.dump())
    response = tsp.TimeStampResp.load(reply)
    assert response["status"]["status"].native == "granted"
    info = response["time_stamp_token"]["content"]["encap_content_info"]["content"].parsed
    assert info["nonce"].native == 424242 and info["policy"].native == "0.4.0.2023.1.1"


@pytest.mark.parametrize(
    ("body", "failure"),
    [
        (b"garbage", "bad_data_format"),
        (
            tsp.TimeStampReq(
                {
                    "version": "v1",
                    "message_imprint": {
                        "hash_algorithm": {"algorithm": "md5"},
                        "hashed_message": b"\x01" * 16,
                    },
                }
            ).dump(),
            "bad_alg",
        ),
        (
            tsp.TimeStampReq(
                {
                    "version": "v1",
                    "message_imprint": {
                        "hash_algorithm": {"algorithm": "sha256"},
                        "hashed_message": b"\x01" * 5,
                    },
                }
            ).dump(),
            "bad_data_format",
        ),
        (
            tsp.TimeStampReq(
                {
                    "version": "v1",
                    "req_policy": "1.2.3.4",
                    "message_imprint": {
                        "hash_algorithm": {"algorithm": "sha256"},
                        "hashed_message": b"\x01" * 32,
                    },
                }
            ).dump(),
            "unaccepted_policy",
        ),
    ],
)
def test_bad_requests_are_rejected_and_the_server_keeps_serving(
    tsa_server: PKIServer, body: bytes, failure: str
) -> None:
    status, reply = _post(f"{tsa_server.base}/tsa", body)
    response = _Reply.load(reply)
    assert status == 200 and response["status"]["status"].native == "rejection"
    assert failure in response["status"]["fail_info"].native
    assert _post(f"{tsa_server.base}/tsa", body, "text/plain")[0] == 415
    with urllib.request.urlopen(f"{tsa_server.base}/ca/issuing.crt", timeout=10) as still_serving:
        assert still_serving.status == 200
