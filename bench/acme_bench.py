"""ACME benchmark: orders completed per second with lego, against ``idtoolkit serve`` and
against Debian's ``pebble`` (Let's Encrypt's test server), in the same run.

Run from the project root::

    .venv/bin/python bench/acme_bench.py [--orders 20] [--json]

Both servers are driven the same way: one lego account, then ``--orders`` sequential
``lego run`` processes, each ordering a certificate for a new name with http-01, over HTTPS
(lego trusts each server's root through $LEGO_CA_CERTIFICATES). Both validate for real on
127.0.0.1: ours through ``acme add --resolve``, pebble through ``pebble-challtestsrv`` as its
DNS server (A records to 127.0.0.1, its own challenge listeners off). Pebble runs with
PEBBLE_VA_NOSLEEP=1 (no random sleep before validating) and PEBBLE_WFE_NONCEREJECT=0, and
PEBBLE_VA_ALWAYS_VALID unset: it really fetches the challenge from lego's port (its
``httpPort`` setting). ``idtoolkit serve`` issues through its whole engine (profile, pkilint,
store, audit chain). Progress goes to stderr, the figures to stdout.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from idtoolkit import api
from idtoolkit.api import acme
from idtoolkit.workspace import Workspace

PASSPHRASE = b"bench-passphrase-not-secret"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def wait_for(url: str, cafile: Path | None, seconds: float = 30) -> None:
    import ssl

    context = ssl.create_default_context(cafile=str(cafile)) if cafile else None
    deadline = time.monotonic() + seconds
    while True:
        try:
            with urllib.request.urlopen(url, context=context, timeout=2):
                return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def lego_orders(
    directory: str, trust: Path, http_port: int, orders: int, suffix: str, path: Path
) -> float:
    """Seconds for ``orders`` sequential orders (the account is made before the clock runs)."""
    env = os.environ | {"LEGO_CA_CERTIFICATES": str(trust)}

    def run(name: str) -> None:
        done = subprocess.run(
            ["lego", "--accept-tos", "--email", "bench@example.org", "--server", directory,
             "--path", str(path), "--http", "--http.port", f"127.0.0.1:{http_port}",
             "--domains", name, "run"],
            capture_output=True, text=True, timeout=120, env=env,
        )  # fmt: skip
        if done.returncode != 0:
            raise SystemExit(f"lego failed for {name} at {directory}:\n{done.stderr}")

    run(f"warm-up.{suffix}")
    start = time.perf_counter()
    for i in range(orders):
        run(f"b{i}.{suffix}")
    return time.perf_counter() - start


def self_signed(folder: Path) -> tuple[Path, Path]:
    """A certificate for pebble's HTTPS listener on 127.0.0.1 (lego trusts exactly it)."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "pebble bench")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(hours=1))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(
            x509.SubjectAlternativeName(
                [
                    x509.DNSName("localhost"),
                    x509.IPAddress(__import__("ipaddress").ip_address("127.0.0.1")),
                ]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = folder / "pebble-cert.pem", folder / "pebble-key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_file, key_file


def bench_ours(folder: Path, orders: int, workers: int) -> float:
    http01, port, tls_port = free_port(), free_port(), free_port()
    suffix = "lab.gov.sn"
    names = [f"b{i}.{suffix}" for i in range(orders)] + [f"warm-up.{suffix}"]
    ws = Workspace.init(folder / "ws", PASSPHRASE)
    try:
        api.create_root(ws, "root", "CN=Bench Root,O=Bench,C=SN", "ec-p256")
        api.create_sub(ws, "issuing", "root", "CN=Bench Issuing,O=Bench,C=SN", "ec-p256")
        api.create_service_credential(
            ws, "issuing", "tls", "CN=127.0.0.1", "ec-p256", sans=["ip:127.0.0.1"]
        )
        acme.add_endpoint(ws, "bench", "issuing", "tls-server", http01_port=http01,
                          resolve=[f"{n}=127.0.0.1" for n in names], orders_per_hour=100000)  # fmt: skip
        root = api.ca_chain(ws, "issuing")[-1]
    finally:
        ws.close()
    trust = folder / "root.pem"
    trust.write_bytes(root.public_bytes(serialization.Encoding.PEM))
    env = os.environ | {api.PASSPHRASE_ENV_VAR: PASSPHRASE.decode()}
    serve = subprocess.Popen(
        [sys.executable, "-m", "idtoolkit.apps.cli.main", "--workspace", str(folder / "ws"), "serve",
         "--port", str(port), "--tls-port", str(tls_port), "--workers", str(workers), "--no-access-log"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        directory = f"https://127.0.0.1:{tls_port}/acme/bench/directory"
        wait_for(directory, trust)
        say(f"idtoolkit serve ({workers} workers): {orders} orders …")
        return lego_orders(directory, trust, http01, orders, suffix, folder / "lego-ours")
    finally:
        serve.terminate()
        serve.wait(30)


def bench_pebble(folder: Path, orders: int) -> float:
    http01, listen, management, dns = free_port(), free_port(), free_port(), free_port()
    cert_file, key_file = self_signed(folder)
    config = folder / "pebble.json"
    config.write_text(json.dumps({"pebble": {
        "listenAddress": f"127.0.0.1:{listen}", "managementListenAddress": f"127.0.0.1:{management}",
        "certificate": str(cert_file), "privateKey": str(key_file), "httpPort": http01,
        "tlsPort": free_port(), "ocspResponderURL": "", "externalAccountBindingRequired": False,
    }}))  # fmt: skip
    dns_server = subprocess.Popen(
        ["pebble-challtestsrv", "-dns01", f"127.0.0.1:{dns}", "-http01", "", "-https01", "",
         "-tlsalpn01", "", "-management", f"127.0.0.1:{free_port()}", "-defaultIPv6", ""],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    env = {k: v for k, v in os.environ.items() if k != "PEBBLE_VA_ALWAYS_VALID"}
    env |= {"PEBBLE_VA_NOSLEEP": "1", "PEBBLE_WFE_NONCEREJECT": "0"}
    pebble = subprocess.Popen(
        ["pebble", "-config", str(config), "-dnsserver", f"127.0.0.1:{dns}"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        directory = f"https://127.0.0.1:{listen}/dir"
        wait_for(directory, cert_file)
        say(f"pebble: {orders} orders …")
        return lego_orders(
            directory, cert_file, http01, orders, "bench.example", folder / "lego-pebble"
        )
    finally:
        pebble.terminate()
        dns_server.terminate()
        pebble.wait(30)
        dns_server.wait(30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--orders", type=int, default=20, help="orders per server (default 20)")
    parser.add_argument("--workers", type=int, default=2, help="serve --workers (default 2)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    for program in ("lego", "pebble", "pebble-challtestsrv"):
        if shutil.which(program) is None:
            raise SystemExit(f"{program} is missing: make setup installs it from Debian")
    with tempfile.TemporaryDirectory(prefix="acme-bench-") as tmp:
        folder = Path(tmp)
        (folder / "ours").mkdir()
        (folder / "pebble").mkdir()
        ours = bench_ours(folder / "ours", args.orders, args.workers)
        theirs = bench_pebble(folder / "pebble", args.orders)
    load = os.getloadavg()
    result = {
        "orders": args.orders,
        "idtoolkit_orders_per_second": round(args.orders / ours, 2),
        "pebble_orders_per_second": round(args.orders / theirs, 2),
        "idtoolkit_seconds": round(ours, 2),
        "pebble_seconds": round(theirs, 2),
        "load_average": [round(x, 2) for x in load],
    }
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(f"orders per server: {args.orders} (sequential lego processes, http-01, HTTPS)")
        print(f"idtoolkit serve: {result['idtoolkit_orders_per_second']} orders/s ({ours:.1f} s)")
        print(f"pebble:          {result['pebble_orders_per_second']} orders/s ({theirs:.1f} s)")
        print(f"load average: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")


if __name__ == "__main__":
    main()
