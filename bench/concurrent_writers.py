"""Concurrent writers on one workspace: N processes (``serve``, the desktop app, a script)
each issuing certificates through the API, a CRL every few and a revocation now and then.

Run from the project root::

    .venv/bin/python bench/concurrent_writers.py [--writers 4] [--issues 300] [--db URL] [--json]

Baseline, measured in the same run: one writer doing ``issues`` alone. The figures: failures
(must be 0), duplicate serials (must be 0), CRL numbers strictly increasing, the audit chain,
and the aggregate rate of N writers against the single writer's (about 1 on SQLite, which
serialises writers; a little more on PostgreSQL).
"""

from __future__ import annotations

import argparse
import itertools
import json
import shutil
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import select  # noqa: E402

from idtoolkit import api, audit_chain  # noqa: E402
from idtoolkit.store.models import CRLRecord  # noqa: E402
from tests.concurrency_worker import run_writers  # noqa: E402

PASSPHRASE = "bench passphrase for concurrent writers"


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def run(directory: Path, db: str, writers: int, issues: int) -> dict[str, Any]:
    started = time.monotonic()
    results = run_writers(directory, db, PASSPHRASE, writers, issues, 25)
    elapsed = time.monotonic() - started
    serials = [s for r in results for s in r["serials"]]
    errors = [e for r in results for e in r["errors"]]
    return {
        "writers": writers,
        "issues": writers * issues,
        "failures": len(errors),
        "first_failure": errors[0] if errors else None,
        "duplicate_serials": len(serials) - len(set(serials)),
        "seconds": elapsed,
        "rate": len(serials) / elapsed,
    }


def workspace(directory: Path, db: str | None) -> None:
    with api.Workspace.init(directory, PASSPHRASE.encode(), db_url=db) as ws:
        api.create_root(ws, "root", "CN=Bench Root CA,O=ID Toolkit Bench,C=SN", "ec-p384")
        api.create_sub(
            ws, "issuing", "root", "CN=Bench Issuing CA,O=ID Toolkit Bench,C=SN", "ec-p256"
        )


def checks(directory: Path, db: str | None) -> dict[str, Any]:
    with api.Workspace.open(directory, db_url=db) as ws, ws.store.reading() as session:
        numbers = session.execute(select(CRLRecord.number).order_by(CRLRecord.id)).scalars().all()
        return {
            "crls": len(numbers),
            "crl_numbers_increasing": all(a < b for a, b in itertools.pairwise(numbers)),
            "audit_ok": audit_chain.verify(session).ok,
        }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--writers", type=int, default=4)
    parser.add_argument("--issues", type=int, default=300, help="per writer")
    parser.add_argument("--db", help="a PostgreSQL server URL (a scratch database is made)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="idt-writers-"))
    scratch = None
    try:
        db_urls: list[str | None] = [None, None]
        if args.db:
            import psycopg

            base = args.db.rsplit("/", 1)[0]
            scratch = [f"idt_bench_{uuid.uuid4().hex[:10]}" for _ in range(2)]
            with psycopg.connect(args.db, autocommit=True) as conn:
                for name in scratch:
                    conn.execute(f'CREATE DATABASE "{name}"')
            db_urls = [f"{base}/{name}" for name in scratch]
        log(f"baseline: 1 writer x {args.issues}")
        workspace(tmp / "one", db_urls[0])
        baseline = run(tmp / "one", db_urls[0] or "", 1, args.issues)
        log(f"{args.writers} writers x {args.issues}")
        workspace(tmp / "many", db_urls[1])
        result = run(tmp / "many", db_urls[1] or "", args.writers, args.issues)
        result.update(checks(tmp / "many", db_urls[1]))
        result["baseline_rate"] = baseline["rate"]
        result["ratio"] = result["rate"] / baseline["rate"]
        result["store"] = "postgresql" if args.db else "sqlite"
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
        if scratch:
            import psycopg

            with psycopg.connect(args.db, autocommit=True) as conn:
                for name in scratch:
                    conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    if args.json:
        print(json.dumps(result))
    else:
        print(f"store: {result['store']}")
        print(f"{result['writers']} writers x {args.issues} issues: {result['issues']} issued in "
              f"{result['seconds']:.1f} s ({result['rate']:.0f}/s), failures {result['failures']}, "
              f"duplicate serials {result['duplicate_serials']}")  # fmt: skip
        print(f"CRLs {result['crls']}, numbers strictly increasing: {result['crl_numbers_increasing']}, "
              f"audit chain intact: {result['audit_ok']}")  # fmt: skip
        print(f"1 writer baseline: {result['baseline_rate']:.0f}/s; ratio {result['ratio']:.2f}")
    ok = (result["failures"] == 0 and result["duplicate_serials"] == 0
          and result["crl_numbers_increasing"] and result["audit_ok"])  # fmt: skip
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
