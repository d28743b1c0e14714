"""``idtoolkit bulk issue --csr-dir`` as users run it, against a raw cryptography loop doing
the same file work, in one run.

Run from the project root::

    .venv/bin/python bench/csr_dir_cli.py [--count 20000] [--json]

Both sides start from the same directory of PEM CSR files (one P-256 key each, a CN and a DNS
SAN) and write one PEM certificate per CSR:

* raw: read the file, parse the CSR, build a tls-client-shaped certificate, sign it, write the
  PEM (nothing else: no profile checks, no lint, no store, no audit, no fsync);
* CLI: ``idtoolkit bulk issue --ca CA --profile tls-client --csr-dir DIR --out OUT`` in a subprocess, start-up
  included, with everything the engine does (profile checks, every certificate linted, SQLite rows and
  hash-chained audit events committed per batch, files made durable per batch).

Prints the rates and their ratio; the target is ≥ 0.45 of the raw loop (bench/README.md).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bulk_issue import (
    CA_NAME,
    PASSPHRASE,
    PROFILE,
    TARGET_RAW_RATIO,
    build_pki,
    log,
    make_csrs,
    make_raw_issuer,
    raw_certificate,
    raw_tls_client_extensions,
    verdict,
)
from cryptography import x509
from cryptography.hazmat.primitives import serialization

from idtoolkit import api

ROOT = Path(__file__).resolve().parent.parent


def write_csr_files(directory: Path, count: int) -> None:
    directory.mkdir()
    for i, csr in enumerate(make_csrs(count)):
        (directory / f"client-{i:06d}.csr").write_bytes(
            csr.public_bytes(serialization.Encoding.PEM)
        )


def raw_loop(csr_dir: Path, out: Path) -> int:
    """Read, parse, build, sign, write: the same file work with nothing but cryptography."""
    out.mkdir()
    issuer = make_raw_issuer()
    extensions = raw_tls_client_extensions(issuer, "raw")
    done = 0
    for path in sorted(csr_dir.iterdir()):
        csr = x509.load_pem_x509_csr(path.read_bytes())
        san = csr.extensions.get_extension_for_class(x509.SubjectAlternativeName)
        cert = raw_certificate(issuer, extensions, csr.subject, csr.public_key(), [san])
        (out / f"{path.stem}.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
        done += 1
    return done


def cli_run(workspace: Path, csr_dir: Path, out: Path) -> dict[str, object]:
    env = {**os.environ, "IDTOOLKIT_PASSPHRASE": PASSPHRASE.decode()}
    command = [
        sys.executable,
        "-m",
        "idtoolkit.apps.cli.main",
        "--workspace",
        str(workspace),
        "bulk",
        "issue",
        "--ca",
        CA_NAME,
        "--profile",
        PROFILE,
        "--csr-dir",
        str(csr_dir),
        "--out",
        str(out),
        "--json",
    ]
    done = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"the CLI failed: {done.stderr.strip()}")
    result: dict[str, object] = json.loads(done.stdout)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=20_000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="idtoolkit-bench-") as scratch:
        tmp = Path(scratch)
        log(f"writing {args.count} CSR files ...")
        csr_dir = tmp / "csrs"
        write_csr_files(csr_dir, args.count)
        log("workspace: root ec-p384, issuing ec-p256 ...")
        with api.Workspace.init(tmp / "ws", PASSPHRASE) as ws:
            build_pki(ws)
        # The raw loop runs before and after the CLI and counts as the mean of the two (see
        # bulk_issue.py: this machine's speed drifts over minutes).
        log("raw loop, before ...")
        start = time.perf_counter()
        raw_done = raw_loop(csr_dir, tmp / "raw-out")
        raw_before = time.perf_counter() - start
        log("CLI ...")
        start = time.perf_counter()
        report = cli_run(tmp / "ws", csr_dir, tmp / "cli-out")
        cli_s = time.perf_counter() - start
        log("raw loop, after ...")
        start = time.perf_counter()
        raw_loop(csr_dir, tmp / "raw-out-after")
        raw_after = time.perf_counter() - start
        raw_s = (raw_before + raw_after) / 2
        written = len(list((tmp / "cli-out" / "certificates").iterdir()))
        if report["issued"] != args.count or written != args.count:
            raise SystemExit(f"the CLI issued {report['issued']} and wrote {written} files")
    raw_rate = raw_done / raw_s
    cli_rate = args.count / cli_s
    ratio = cli_rate / raw_rate
    results = {
        "count": args.count,
        "raw_seconds": round(raw_s, 2),
        "raw_before_seconds": round(raw_before, 2),
        "raw_after_seconds": round(raw_after, 2),
        "raw_per_s": round(raw_rate),
        "cli_seconds": round(cli_s, 2),
        "cli_per_s": round(cli_rate),
        "ratio": round(ratio, 3),
        "target": TARGET_RAW_RATIO,
        "verdict": verdict(ratio, TARGET_RAW_RATIO),
    }
    if args.json:
        print(json.dumps(results))
    else:
        print(f"CSR files → PEM certificates, {args.count} in one run")
        print(
            f"  raw cryptography loop  {raw_rate:8,.0f} /s  (mean of {raw_before:.1f} s before "
            f"and {raw_after:.1f} s after)"
        )
        print(f"  idtoolkit bulk issue   {cli_rate:8,.0f} /s  ({cli_s:.1f} s, start-up included)")
        print(
            f"  ratio                  {ratio:8.3f}   target ≥ {TARGET_RAW_RATIO}: {results['verdict']}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
