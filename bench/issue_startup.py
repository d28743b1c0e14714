"""Single issuance from the command line: start-up against the issuance's own work.

Run from the project root::

    .venv/bin/python bench/issue_startup.py [--runs 7] [--json]

A scratch workspace (SQLite, root ec-p384, issuing ec-p256) and one P-256 CSR are made first
(not timed). Then, in one run, medians of ``--runs`` repetitions:

* ``idtoolkit --version`` as a subprocess: the interpreter and the command line's start-up;
* ``idtoolkit issue --ca issuing --profile tls-client --csr CSR --out FILE`` as a subprocess,
  to the certificate written (the passphrase in the environment, as scripts give it);
* the issuance's own work, in this process once warm: the workspace opened (its key unlocked)
  and ``api.issue_from_csr`` (profile checks, signing, the full lint, the row, the audit
  event), then the PEM written.

The issue's target (issue 30): the issue command within 1.5x of ``--version`` plus the own
work; the difference is what the command loads and sets up that the work itself does not need.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bulk_issue import BASE_URL, CA_NAME, PASSPHRASE, build_pki, log

from idtoolkit import api

TARGET = 1.5
PROFILE = "tls-client"


def _csr(path: Path) -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "startup-client")])
    csr = x509.CertificateSigningRequestBuilder().subject_name(subject).sign(key, hashes.SHA256())
    path.write_bytes(csr.public_bytes(serialization.Encoding.PEM))


def _timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command[:3])}… failed: {done.stderr.strip()[:300]}")
    return elapsed


def _own_work(workspace: Path, csr: bytes, out: Path) -> float:
    start = time.perf_counter()
    with api.Workspace.open(workspace) as ws:
        ws.unlock(PASSPHRASE)  # the key is unlocked as the command does (the KDF is work)
        issued = api.issue_from_csr(ws, CA_NAME, PROFILE, x509.load_pem_x509_csr(csr))
        out.write_bytes(issued.certificate.public_bytes(serialization.Encoding.PEM))
    return time.perf_counter() - start


def measure(runs: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="idt-startup-") as tmp:
        root = Path(tmp)
        workspace = root / "ws"
        ws = api.Workspace.init(workspace, PASSPHRASE, base_url=BASE_URL)
        try:
            build_pki(ws)
        finally:
            ws.close()
        csr_path = root / "client.csr"
        _csr(csr_path)
        env = {**os.environ, "IDTOOLKIT_PASSPHRASE": PASSPHRASE.decode()}
        script = Path(sys.executable).with_name("idtoolkit")  # the installed command
        cli = (
            [str(script)] if script.exists() else [sys.executable, "-m", "idtoolkit.apps.cli.main"]
        )
        log("warming up ...")
        _timed([*cli, "--version"], env)
        _own_work(workspace, csr_path.read_bytes(), root / "warm.pem")
        version, issue, own = [], [], []
        for i in range(runs):
            version.append(_timed([*cli, "--version"], env))
            issue.append(
                _timed(
                    [
                        *cli,
                        "issue",
                        "--workspace",
                        str(workspace),
                        "--ca",
                        CA_NAME,
                        "--profile",
                        PROFILE,
                        "--csr",
                        str(csr_path),
                        "--out",
                        str(root / f"cli-{i}.pem"),
                    ],
                    env,
                )
            )
            own.append(_own_work(workspace, csr_path.read_bytes(), root / f"own-{i}.pem"))
    v, c, o = (statistics.median(x) for x in (version, issue, own))
    return {
        "runs": runs,
        "version_s": round(v, 3),
        "issue_s": round(c, 3),
        "own_work_s": round(o, 3),
        "ratio": round(c / (v + o), 2),
        "target": TARGET,
        "load": os.getloadavg()[0],
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="repetitions, medians kept (7)")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    result = measure(args.runs)
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    verdict = "PASS" if result["ratio"] <= TARGET else "MISS"
    print(f"idtoolkit --version          {result['version_s']:.3f} s (median of {args.runs})")
    print(f"idtoolkit issue --csr        {result['issue_s']:.3f} s")
    print(f"own work (warm, in-process)  {result['own_work_s']:.3f} s")
    print(f"issue / (version + own)      {result['ratio']:.2f}   target <= {TARGET}: {verdict}")
    print(f"load average                 {result['load']:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
