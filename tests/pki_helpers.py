"""Helpers for tests that cross-check our output with the real openssl CLI."""

from __future__ import annotations

import subprocess
from collections.abc import Sequence
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import serialization

#: A valid subject and SANs for each shipped end-entity profile.
SUBJECTS: dict[str, tuple[str, tuple[str, ...]]] = {
    "tls-server": ("CN=portal.gov.sn", ("dns:www.gov.sn",)),
    "tls-client": ("CN=Records Service,O=Ministry of Health,C=SN", ()),
    "citizen-auth": ("CN=Amina Diallo,GN=Amina,SN=Diallo,serialNumber=IDCSN-1234567,C=SN", ()),
    "citizen-sign": ("CN=Amina Diallo,GN=Amina,SN=Diallo,serialNumber=IDCSN-1234567,C=SN", ()),
    "org-seal": (
        "CN=Ministry of Health Seal,organizationIdentifier=NTRSN-123456,O=Ministry of Health,C=SN",
        (),
    ),
    "code-signing": ("CN=Gov Software Unit,O=ADIE,C=SN", ()),
    "ocsp-signer": ("CN=OCSP Responder,O=ADIE,C=SN", ()),
    "tsa": ("CN=Time Stamping Unit,O=ADIE,C=SN", ()),
    "smime": ("CN=amina.diallo@gov.sn", ("email:amina.diallo@gov.sn",)),
}

#: ``openssl verify -purpose`` that must accept each profile's certificates.
PURPOSES = {
    "tls-server": "sslserver",
    "tls-client": "sslclient",
    "smime": "smimesign",
    "tsa": "timestampsign",
}


def pem(certs: Sequence[x509.Certificate]) -> bytes:
    return b"".join(c.public_bytes(serialization.Encoding.PEM) for c in certs)


def openssl_verify(
    tmp: Path,
    leaf: x509.Certificate,
    root: x509.Certificate,
    intermediates: Sequence[x509.Certificate] = (),
    extra: Sequence[str] = (),
) -> subprocess.CompletedProcess[str]:
    (tmp / "root.pem").write_bytes(pem([root]))
    (tmp / "untrusted.pem").write_bytes(pem(intermediates) or pem([root]))
    (tmp / "leaf.pem").write_bytes(pem([leaf]))
    return subprocess.run(
        [
            "openssl",
            "verify",
            "-CAfile",
            str(tmp / "root.pem"),
            "-untrusted",
            str(tmp / "untrusted.pem"),
            *extra,
            str(tmp / "leaf.pem"),
        ],
        capture_output=True,
        text=True,
    )


def check_crl_with_openssl(
    tmp: Path,
    crl_pem: bytes,
    chain: Sequence[x509.Certificate],
    good: x509.Certificate,
    revoked: x509.Certificate,
) -> None:
    """openssl accepts ``good`` and reports ``revoked`` as revoked under this CRL, and
    ``openssl crl`` verifies the CRL's signature with the issuer (``chain[0]``)."""
    (tmp / "crl.pem").write_bytes(crl_pem)
    check = ["-crl_check", "-CRLfile", str(tmp / "crl.pem")]
    ok = openssl_verify(tmp, good, chain[-1], chain[:-1], check)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    bad = openssl_verify(tmp, revoked, chain[-1], chain[:-1], check)
    assert bad.returncode != 0 and "certificate revoked" in bad.stdout + bad.stderr
    (tmp / "issuer.pem").write_bytes(pem(chain[:1]))
    verified = subprocess.run(
        [
            "openssl",
            "crl",
            "-in",
            str(tmp / "crl.pem"),
            "-CAfile",
            str(tmp / "issuer.pem"),
            "-noout",
        ],
        capture_output=True,
        text=True,
    )
    assert "verify OK" in verified.stdout + verified.stderr


def http_post(url: str, body: bytes, content_type: str) -> tuple[int, bytes]:
    """POST ``body``; the status and body come back for errors too (no exception)."""
    import urllib.error
    import urllib.request

    request = urllib.request.Request(url, data=body, headers={"Content-Type": content_type})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def run_cli(args: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    """``idtoolkit ARGS`` in a fresh process, as an officer runs it."""
    import sys

    return subprocess.run(
        [sys.executable, "-m", "idtoolkit.apps.cli.main", *args],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
    )
