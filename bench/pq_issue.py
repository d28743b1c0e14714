"""Post-quantum benchmark: ML-DSA-65 against EC P-256 and RSA-3072, measured through the CLI.

Run from the project root::

    .venv/bin/python bench/pq_issue.py [--count 500] [--crl-entries 100000] [--json]

For each algorithm the script builds a two-tier PKI of that algorithm in a temporary workspace
(pq-root-ca/pq-sub-ca for ML-DSA-65, root-ca/sub-ca for the others; not timed), writes
``--count`` CSRs whose keys are of the same algorithm (not timed), then times what an officer
runs:

* ``idtoolkit bulk issue --csr-dir`` over those CSRs (one process: start-up is included, and
  the same for all three), giving certificates per second;
* ``idtoolkit crl --ca issuing`` after ``--crl-entries`` revocations were seeded into the store
  (not timed), giving the CRL signing time and its size.

Sizes are of the DER a relying party downloads: one issued end-entity certificate, the
issuing CA's certificate, and the CRL. Ratios are against EC P-256 measured in the same run.
Progress goes to stderr; the table (or ``--json``) goes to stdout.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

import cryptography
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, mldsa, rsa
from cryptography.x509.oid import NameOID

from idtoolkit import api

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bulk_issue import CA_NAME, seed_revocations  # bench/ is not a package

PASSPHRASE = b"bench-passphrase-not-secret"
BASE_URL = "http://pki.bench.example"
PROFILE = "tls-client"
BASELINE = "ec-p256"


@dataclass(frozen=True)
class Algorithm:
    key: str
    root_profile: str
    sub_profile: str


ALGORITHMS = (
    Algorithm("ml-dsa-65", "pq-root-ca", "pq-sub-ca"),
    Algorithm("ec-p256", "root-ca", "sub-ca"),
    Algorithm("rsa3072", "root-ca", "sub-ca"),
)


@dataclass
class Row:
    key: str
    certs: int
    issue_seconds: float
    certs_per_second: float
    cert_bytes: int
    ca_cert_bytes: int
    crl_entries: int
    crl_seconds: float
    crl_bytes: int


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _subject_key(key: str) -> object:
    if key == "ml-dsa-65":
        return mldsa.MLDSA65PrivateKey.generate()
    if key == "ec-p256":
        return ec.generate_private_key(ec.SECP256R1())
    return rsa.generate_private_key(public_exponent=65537, key_size=3072)


def write_csrs(key: str, count: int, directory: Path) -> None:
    """Subjects' CSRs, keys of the same algorithm as the CA (RSA keys generated once: slow)."""
    directory.mkdir()
    reused = _subject_key(key) if key == "rsa3072" else None
    for i in range(count):
        private: object = reused or _subject_key(key)
        subject = x509.Name(
            [
                x509.NameAttribute(NameOID.COMMON_NAME, f"client-{i:05d}"),
                x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Bench"),
            ]
        )
        digest = None if key == "ml-dsa-65" else hashes.SHA256()
        csr = (
            x509.CertificateSigningRequestBuilder()
            .subject_name(subject)
            .sign(
                private,  # type: ignore[arg-type]
                digest,
            )
        )
        (directory / f"client-{i:05d}.csr").write_bytes(
            csr.public_bytes(serialization.Encoding.PEM)
        )


def cli(args: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "idtoolkit.apps.cli.main", *args],
        env=env,
        capture_output=True,
        text=True,
    )
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"idtoolkit {' '.join(args[:2])} failed: {result.stderr.strip()}")
    return elapsed


def measure(algorithm: Algorithm, count: int, crl_entries: int, tmp: Path) -> Row:
    home = tmp / algorithm.key
    home.mkdir()
    workspace = home / "ws"
    ws = api.Workspace.init(workspace, PASSPHRASE, base_url=BASE_URL)
    try:
        api.create_root(
            ws, "root", "CN=Bench Root,O=Bench,C=SN", algorithm.key, profile=algorithm.root_profile
        )
        api.create_sub(
            ws,
            CA_NAME,
            "root",
            "CN=Bench Issuing,O=Bench,C=SN",
            algorithm.key,
            profile=algorithm.sub_profile,
        )
        ca_cert = api.ca_chain(ws, CA_NAME)[0]
    finally:
        ws.close()
    log(f"{algorithm.key}: writing {count} CSRs")
    write_csrs(algorithm.key, count, home / "csrs")
    env = {
        **os.environ,
        "IDTOOLKIT_WORKSPACE": str(workspace),
        "IDTOOLKIT_PASSPHRASE": PASSPHRASE.decode(),
    }
    log(f"{algorithm.key}: idtoolkit bulk issue --csr-dir ({count} certificates)")
    issue_seconds = cli(
        [
            "bulk",
            "issue",
            "--ca",
            CA_NAME,
            "--profile",
            PROFILE,
            "--csr-dir",
            str(home / "csrs"),
            "--out",
            str(home / "out"),
        ],
        env,
    )
    issued = sorted((home / "out").rglob("*.pem")) + sorted((home / "out").rglob("*.crt"))
    if not issued:
        raise SystemExit(f"{algorithm.key}: bulk issue wrote no certificate under {home / 'out'}")
    cert = x509.load_pem_x509_certificate(issued[0].read_bytes())
    log(f"{algorithm.key}: seeding {crl_entries} revocations, then idtoolkit crl")
    ws = api.Workspace.open(workspace)
    try:
        seed_revocations(ws, crl_entries)
    finally:
        ws.close()
    crl_path = home / "issuing.crl"
    crl_seconds = cli(["crl", "--ca", CA_NAME, "--out", str(crl_path), "--format", "der"], env)
    crl = x509.load_der_x509_crl(crl_path.read_bytes())
    if len(crl) != crl_entries or not crl.is_signature_valid(ca_cert.public_key()):  # type: ignore[arg-type]
        raise SystemExit(f"{algorithm.key}: the CRL is wrong ({len(crl)} entries)")
    return Row(
        key=algorithm.key,
        certs=count,
        issue_seconds=issue_seconds,
        certs_per_second=count / issue_seconds,
        cert_bytes=len(cert.public_bytes(serialization.Encoding.DER)),
        ca_cert_bytes=len(ca_cert.public_bytes(serialization.Encoding.DER)),
        crl_entries=crl_entries,
        crl_seconds=crl_seconds,
        crl_bytes=crl_path.stat().st_size,
    )


def print_table(rows: Sequence[Row]) -> None:
    base = next(r for r in rows if r.key == BASELINE)
    print(
        f"ML-DSA vs classical, through the CLI ({rows[0].certs} certificates, "
        f"{rows[0].crl_entries:,}-entry CRL; ratios against {BASELINE} in this run)"
    )
    header = (
        f"{'key':<10} {'certs/s':>8} {'x p256':>7} {'cert B':>7} {'x p256':>7} "
        f"{'CA cert B':>9} {'CRL s':>6} {'CRL bytes':>11} {'x p256':>7}"
    )
    print(header)
    print("-" * len(header))
    for r in rows:
        print(
            f"{r.key:<10} {r.certs_per_second:>8.1f} {r.certs_per_second / base.certs_per_second:>7.2f} "
            f"{r.cert_bytes:>7} {r.cert_bytes / base.cert_bytes:>7.2f} {r.ca_cert_bytes:>9} "
            f"{r.crl_seconds:>6.2f} {r.crl_bytes:>11,} {r.crl_bytes / base.crl_bytes:>7.3f}"
        )
    print(
        "certs/s includes one CLI start-up per algorithm; CRL s is the whole `idtoolkit crl` "
        "process. cert B: a tls-client end-entity certificate whose key is of the same algorithm."
    )


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=500, help="certificates per algorithm")
    parser.add_argument("--crl-entries", type=int, default=100_000, help="revoked entries")
    parser.add_argument("--json", action="store_true", help="machine-readable results")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="idt-pq-bench-") as tmp:
        rows = [measure(a, args.count, args.crl_entries, Path(tmp)) for a in ALGORITHMS]
    if args.json:
        print(
            json.dumps(
                {
                    "machine": {
                        "python": platform.python_version(),
                        "cryptography": cryptography.__version__,
                        "cpus": os.cpu_count(),
                    },
                    "baseline": BASELINE,
                    "rows": [asdict(r) for r in rows],
                },
                indent=2,
            )
        )
    else:
        print_table(rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
