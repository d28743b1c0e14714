"""One of several writer processes on one workspace (``serve``, the desktop app and a script
sharing a store): issues certificates, makes a CRL every few, revokes one now and then.
Prints a JSON line: what it did and every error it got. Used by tests/test_concurrency.py
and bench/concurrent_writers.py."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec


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


if __name__ == "__main__":
    sys.exit(main())
