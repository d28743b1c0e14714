"""One of several writer processes on one workspace (``serve``, the desktop app and a script
sharing a store): issues certificates, makes a CRL every few, revokes one now and then.
Prints a JSON line: what it did and every error it got. Used by tests/test_concurrency.py
and bench/concurrent_writers.py."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    directory, db_url, passphrase, worker, count, crl_every = sys.argv[1:7]
    from idtoolkit import api
    from idtoolkit.errors import IDToolkitError
    from idtoolkit.workspace import Workspace

    key = ec.generate_private_key(ec.SECP256R1())
    ws = Workspace.open(Path(directory), db_url=db_url or None)
    ws.unlock(passphrase.encode())
    serials: list[str] = []
    crl_numbers: list[int] = []
    errors: list[str] = []
    started = time.monotonic()
    for i in range(int(count)):
        csr = (
            x509.CertificateSigningRequestBuilder()
            .subject_name(x509.Name.from_rfc4514_string(f"CN=w{worker}-{i},O=Lab,C=SN"))
            .sign(key, hashes.SHA256())
        )
        try:
            serials.append(api.issue_from_csr(ws, "issuing", "tls-client", csr).serial)
            if i % 7 == 3:
                api.revoke(ws, "issuing", serials[-1], "superseded")
            if int(crl_every) and i % int(crl_every) == int(crl_every) - 1:
                crl_numbers.append(api.make_crl(ws, "issuing").number)
        except IDToolkitError as exc:
            errors.append(str(exc))
    elapsed = time.monotonic() - started
    ws.close()
    print(json.dumps({"serials": serials, "crl_numbers": crl_numbers, "errors": errors,
                      "seconds": elapsed}))  # fmt: skip
    return 0


def run_writers(
    directory: Path, db: str, passphrase: str, writers: int, issues: int, crl_every: int
) -> list[dict[str, Any]]:
    """Start ``writers`` of these processes at once on one workspace; their JSON lines."""
    processes = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.concurrency_worker",
                str(directory),
                db,
                passphrase,
                str(n),
                str(issues),
                str(crl_every),
            ],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(writers)
    ]
    results = []
    for process in processes:
        out, err = process.communicate(timeout=1800)
        if process.returncode != 0:
            raise RuntimeError(f"a writer process failed: {err.strip()[-500:]}")
        results.append(json.loads(out.strip().splitlines()[-1]))
    return results


if __name__ == "__main__":
    sys.exit(main())
