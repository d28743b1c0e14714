"""OCSP responder benchmark: ``idtoolkit serve`` versus ``openssl ocsp -port``.

Run from the project root::

    .venv/bin/python bench/ocsp_bench.py [--requests 20000] [--concurrency 4] [--workers 2]

One run builds a temporary workspace (two-tier PKI, EC P-256 issuing CA), issues a few
certificates and revokes one, then starts both responders for the same certificates:

* ``idtoolkit serve`` as a subprocess (``--workers N``; the passphrase goes through
  $IDTOOLKIT_PASSPHRASE, never argv);
* ``openssl ocsp -index index.txt -port P -rsigner issuer.pem -rkey issuer.key -CA issuer.pem``,
  with the issuing CA's certificate and key exported by ``api.export_ca_pkcs12`` (converted to
  PEM in Python) and an index.txt built from the store.

Each gets ``ab -n N -c C -p req.der -T application/ocsp-request`` with a good, a revoked and an
unknown request. Before and after the load, each answer is fetched and checked with
cryptography (status, serial, revocation reason, signature by the issuing CA). Progress goes to
stderr, the table to stdout. Needs ApacheBench: ``sudo apt-get install apache2-utils``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import select
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509 import ocsp

from idtoolkit import api
from idtoolkit.workspace import Workspace

# A throwaway workspace: the passphrase lives here, never on a command line.
PASSPHRASE = b"bench-passphrase-not-secret"
P12_PASSWORD = b"bench-p12-password"
CA_NAME = "issuing"
TARGET_RATIO = 1.0


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for_log(path: Path, text: str, process: subprocess.Popen[bytes]) -> None:
    """openssl ocsp: wait for its banner. (Probing its port would hang it: openssl 3.0's
    responder blocks for good on a connection that closes without sending a request.)"""
    deadline = time.monotonic() + 30.0
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"openssl exited early:\n{path.read_text(errors='replace')}")
        if text in path.read_text(errors="replace"):
            return
        time.sleep(0.05)
    raise SystemExit(f"openssl did not start:\n{path.read_text(errors='replace')}")


def wait_for_endpoints(process: subprocess.Popen[bytes], log_path: Path) -> None:
    """``idtoolkit serve`` prints its endpoints once every worker accepts connections."""
    assert process.stdout is not None
    ready, _, _ = select.select([process.stdout], [], [], 60.0)
    line = process.stdout.readline() if ready else b""
    if not line.startswith(b"OCSP "):
        stop(process)
        raise SystemExit(f"idtoolkit serve did not start:\n{log_path.read_text(errors='replace')}")


@dataclass
class Case:
    label: str
    serial: int
    expected: ocsp.OCSPCertStatus
    der: bytes = b""
    path: Path | None = None


@dataclass
class PKI:
    issuer: x509.Certificate
    cases: list[Case]
    revoked_reason: x509.ReasonFlags


def build_pki(directory: Path) -> PKI:
    log("building a two-tier PKI (ec-p384 root, ec-p256 issuing CA) ...")
    ws = Workspace.init(directory / "ws", PASSPHRASE, base_url="http://127.0.0.1:8080")
    try:
        api.create_root(ws, "root", "CN=Bench Root CA,O=ID Toolkit Bench,C=SN", "ec-p384")
        api.create_sub(
            ws, CA_NAME, "root", "CN=Bench Issuing CA,O=ID Toolkit Bench,C=SN", "ec-p256"
        )
        issued = [
            api.issue_with_new_key(ws, CA_NAME, "tls-client", f"CN=bench-{i},O=Lab,C=SN", "ec-p256")
            for i in range(4)
        ]
        api.revoke(ws, CA_NAME, issued[1].serial, "key-compromise")
        issuer = api.ca_chain(ws, CA_NAME)[0]
        # openssl's responder: the CA's key and certificate, via the PKCS#12 export.
        key, cert, _chain = pkcs12.load_key_and_certificates(
            api.export_ca_pkcs12(ws, CA_NAME, P12_PASSWORD), P12_PASSWORD
        )
        assert key is not None and cert == issuer
        (directory / "issuer.pem").write_bytes(issuer.public_bytes(serialization.Encoding.PEM))
        key_pem = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        key_path = directory / "issuer.key"
        key_path.touch(mode=0o600)
        key_path.write_bytes(key_pem)
        # index.txt (openssl ca's database): V or R, expiry, revocation, serial, file, subject.
        now = dt.datetime.now(dt.UTC)
        lines = []
        for number, item in enumerate(issued):
            c = item.certificate
            expiry = c.not_valid_after_utc.strftime("%y%m%d%H%M%SZ")
            subject = "/" + "/".join(attr.rfc4514_string() for attr in reversed(list(c.subject)))
            serial = f"{c.serial_number:X}"
            serial = serial if len(serial) % 2 == 0 else "0" + serial
            if number == 1:
                revoked = now.strftime("%y%m%d%H%M%SZ") + ",keyCompromise"
                lines.append(f"R\t{expiry}\t{revoked}\t{serial}\tunknown\t{subject}")
            else:
                lines.append(f"V\t{expiry}\t\t{serial}\tunknown\t{subject}")
        (directory / "index.txt").write_text("\n".join(lines) + "\n")
        (directory / "index.txt.attr").write_text("unique_subject = no\n")
    finally:
        ws.close()
    cases = [
        Case("good", issued[0].certificate.serial_number, ocsp.OCSPCertStatus.GOOD),
        Case("revoked", issued[1].certificate.serial_number, ocsp.OCSPCertStatus.REVOKED),
        Case("unknown", 0x5EC0DE1234, ocsp.OCSPCertStatus.UNKNOWN),
    ]
    for case in cases:
        case.der = ocsp_request(issuer, case.serial)
        case.path = directory / f"{case.label}.der"
        case.path.write_bytes(case.der)
    return PKI(issuer, cases, x509.ReasonFlags.key_compromise)


def ocsp_request(issuer: x509.Certificate, serial: int) -> bytes:
    name_hash = hashes.Hash(hashes.SHA1())
    name_hash.update(issuer.subject.public_bytes())
    from asn1crypto import keys  # the BIT STRING of the issuer's key, for issuerKeyHash

    spki = keys.PublicKeyInfo.load(
        issuer.public_key().public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )
    key_hash = hashes.Hash(hashes.SHA1())
    key_hash.update(spki["public_key"].contents[1:])
    builder = ocsp.OCSPRequestBuilder().add_certificate_by_hash(
        name_hash.finalize(), key_hash.finalize(), serial, hashes.SHA1()
    )
    return builder.build().public_bytes(serialization.Encoding.DER)


def check_answer(url: str, pki: PKI, case: Case) -> str:
    request = urllib.request.Request(
        url, data=case.der, headers={"Content-Type": "application/ocsp-request"}
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            answer = ocsp.load_der_ocsp_response(response.read())
    except (OSError, ValueError) as exc:
        return f"{case.label}: {type(exc).__name__}: {exc}"
    if answer.response_status != ocsp.OCSPResponseStatus.SUCCESSFUL:
        return f"{case.label}: response status {answer.response_status.name}"
    if answer.serial_number != case.serial:
        return f"{case.label}: answer about serial {answer.serial_number:x}"
    if answer.certificate_status != case.expected:
        return f"{case.label}: {answer.certificate_status.name}, expected {case.expected.name}"
    if case.expected == ocsp.OCSPCertStatus.REVOKED and answer.revocation_reason != (
        pki.revoked_reason
    ):
        return f"{case.label}: reason {answer.revocation_reason}"
    public = pki.issuer.public_key()
    assert isinstance(public, ec.EllipticCurvePublicKey)
    assert answer.signature_hash_algorithm is not None
    try:
        public.verify(
            answer.signature, answer.tbs_response_bytes, ec.ECDSA(answer.signature_hash_algorithm)
        )
    except Exception:
        return f"{case.label}: bad signature"
    return ""


@dataclass
class AbResult:
    rate: float
    complete: int
    failed: int
    length_failures: int
    non_2xx: int


def run_ab(url: str, body: Path, requests: int, concurrency: int) -> AbResult:
    result = subprocess.run(
        [
            *("ab", "-q", "-r", "-n", str(requests), "-c", str(concurrency)),
            *("-p", str(body), "-T", "application/ocsp-request", url),
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    out = result.stdout
    if result.returncode != 0 or "Requests per second" not in out:
        raise SystemExit(f"ab failed ({result.returncode}):\n{out}\n{result.stderr}")

    def number(pattern: str) -> float:
        found = re.search(pattern, out)
        return float(found.group(1)) if found else 0.0

    return AbResult(
        rate=number(r"Requests per second:\s+([\d.]+)"),
        complete=int(number(r"Complete requests:\s+(\d+)")),
        failed=int(number(r"Failed requests:\s+(\d+)")),
        length_failures=int(number(r"Length: (\d+), Exceptions")),
        non_2xx=int(number(r"Non-2xx responses:\s+(\d+)")),
    )


def stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", "-n", type=int, default=20000)
    parser.add_argument("--concurrency", "-c", type=int, default=4)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--access-log",
        action="store_true",
        help="keep serve's per-request log on (its default), to measure what it costs",
    )
    args = parser.parse_args()
    for tool, package in (("ab", "apache2-utils"), ("openssl", "openssl")):
        if shutil.which(tool) is None:
            print(
                f"error: {tool} is not installed: on Debian/Ubuntu, "
                f"'sudo apt-get install {package}'",
                file=sys.stderr,
            )
            return 2

    directory = Path(tempfile.mkdtemp(prefix="idt-ocsp-bench-"))
    processes: list[subprocess.Popen[bytes]] = []
    try:
        pki = build_pki(directory)
        ours_port, openssl_port = free_port(), free_port()
        env = dict(os.environ, IDTOOLKIT_PASSPHRASE=PASSPHRASE.decode())
        command = [
            *(sys.executable, "-m", "idtoolkit.apps.cli.main", "serve"),
            *("--workspace", str(directory / "ws"), "--port", str(ours_port)),
        ]
        help_text = subprocess.run(
            [*command[:4], "--help"], capture_output=True, text=True, env=env
        ).stdout
        workers_note = f"--workers {args.workers}"
        # openssl's responder logs nothing per request; ours logs a line each by default.
        if "--no-access-log" in help_text and not args.access_log:
            command.append("--no-access-log")
            workers_note += ", --no-access-log"
        if "--workers" in help_text:
            command += ["--workers", str(args.workers)]
        else:  # the option is not wired into the CLI parser: the default (2 on Linux) applies
            workers_note = "default workers (no --workers option in this CLI)"
        log(f"starting idtoolkit serve on port {ours_port} ({workers_note}) ...")
        with open(directory / "serve.log", "wb") as serve_log:
            ours = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=serve_log)
        processes.append(ours)
        log(f"starting openssl ocsp on port {openssl_port} ...")
        with open(directory / "openssl.log", "wb") as openssl_log:
            theirs = subprocess.Popen(
                [
                    *("openssl", "ocsp", "-index", str(directory / "index.txt")),
                    *("-port", str(openssl_port), "-rsigner", str(directory / "issuer.pem")),
                    *("-rkey", str(directory / "issuer.key"), "-CA", str(directory / "issuer.pem")),
                ],
                stdout=subprocess.DEVNULL,
                stderr=openssl_log,
            )
        processes.append(theirs)
        wait_for_endpoints(ours, directory / "serve.log")
        wait_for_log(directory / "openssl.log", "waiting for OCSP client connections", theirs)
        urls = {
            "idtoolkit": f"http://127.0.0.1:{ours_port}/ocsp/{CA_NAME}",
            "openssl": f"http://127.0.0.1:{openssl_port}/",
        }

        problems: list[str] = []

        def check(when: str, repeat: int = 1) -> None:
            # Repeated, the requests reach every worker (each signs its own copy once).
            for server, url in urls.items():
                for case in pki.cases:
                    for _ in range(repeat):
                        problem = check_answer(url, pki, case)
                        if problem:
                            problems.append(f"{server} {when}: {problem}")

        check("before the load")
        if problems:
            raise SystemExit("wrong answers before the load:\n  " + "\n  ".join(problems))
        for url in urls.values():  # warm-up (and fills our cache)
            run_ab(url, pki.cases[0].path or Path(), 500, args.concurrency)
        results: dict[tuple[str, str], AbResult] = {}
        for case in pki.cases:
            for server, url in urls.items():
                log(f"ab -n {args.requests} -c {args.concurrency}: {server}, {case.label} ...")
                assert case.path is not None
                results[(server, case.label)] = run_ab(
                    url, case.path, args.requests, args.concurrency
                )
        check("after the load", repeat=10)
        stop(ours)
        stop(theirs)
        if ours.returncode not in (0, -15):
            problems.append(f"idtoolkit serve exited with status {ours.returncode}")
    finally:
        for process in processes:
            stop(process)
        shutil.rmtree(directory, ignore_errors=True)

    print(
        f"OCSP POST, ab -n {args.requests} -c {args.concurrency}, no keep-alive, "
        f"{os.cpu_count()} CPUs; idtoolkit serve with {workers_note}"
    )
    print(
        f"{'request':<9} {'idtoolkit req/s':>16} {'errors':>7} {'openssl req/s':>14} "
        f"{'errors':>7} {'ours/openssl':>13}"
    )
    totals = {"idtoolkit": 0.0, "openssl": 0.0}
    mismatches = {"idtoolkit": 0, "openssl": 0}
    errors = 0
    for case in pki.cases:
        a, b = results[("idtoolkit", case.label)], results[("openssl", case.label)]
        row = []
        for server, r in (("idtoolkit", a), ("openssl", b)):
            totals[server] += r.complete / r.rate
            # ab counts a response as failed when its length differs from the first one's.
            # ECDSA signatures vary by a byte or two in DER: openssl signs every request, and
            # each of our workers signs its own copy once, so such "Length" failures are
            # valid answers (checked above), not errors. Every other failure, and any
            # non-2xx status, is an error.
            mismatches[server] += r.length_failures
            row.append(r.failed - r.length_failures + r.non_2xx)
        errors += sum(row)
        print(
            f"{case.label:<9} {a.rate:>16,.0f} {row[0]:>7} {b.rate:>14,.0f} "
            f"{row[1]:>7} {a.rate / b.rate:>13.2f}"
        )
    n = args.requests * len(pki.cases)
    ours_rate, openssl_rate = n / totals["idtoolkit"], n / totals["openssl"]
    ratio = ours_rate / openssl_rate
    print(
        f"{'all':<9} {ours_rate:>16,.0f} {errors:>7} {openssl_rate:>14,.0f} {'':>7} {ratio:>13.2f}"
    )
    print(
        f"ab 'Length' mismatches (differently signed valid answers, not errors): "
        f"idtoolkit {mismatches['idtoolkit']}, openssl {mismatches['openssl']}"
    )
    print(f"answers checked before and after the load: {'OK' if not problems else 'WRONG'}")
    for problem in problems:
        print(f"  {problem}")
    verdict = "PASS" if ratio >= TARGET_RATIO and not problems and not errors else "MISS"
    print(f"target ours/openssl >= {TARGET_RATIO:.1f}, zero errors: {verdict}")
    return 0 if verdict == "PASS" else 1


if __name__ == "__main__":
    sys.exit(main())
