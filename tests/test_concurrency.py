"""Four processes writing to one workspace at once, on SQLite and on PostgreSQL: ``serve``,
the desktop app and a script on one store is a normal day. Every write waits its turn and
succeeds; serials stay unique, CRL numbers strictly increase, the audit chain holds."""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
from pathlib import Path

from cryptography import x509
from sqlalchemy import select

from idtoolkit import api, audit
from idtoolkit.store.models import CertificateRecord, CRLRecord
from idtoolkit.workspace import Workspace

from .conftest import PASSPHRASE, TwoTier

WRITERS = 4
ISSUES = 24


def run_writers(
    ws: Workspace, writers: int, issues: int, crl_every: int
) -> list[dict[str, object]]:
    root = Path(__file__).resolve().parents[1]
    db = ws.config.db_url if not ws.config.db_url.startswith("sqlite") else ""
    processes = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.concurrency_worker",
                str(ws.directory),
                db,
                PASSPHRASE.decode(),
                str(n),
                str(issues),
                str(crl_every),
            ],
            cwd=root,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(writers)
    ]
    results = []
    for process in processes:
        out, err = process.communicate(timeout=600)
        assert process.returncode == 0, err
        results.append(json.loads(out.strip().splitlines()[-1]))
    return results


def test_four_writers_on_one_store_all_succeed(pki: TwoTier) -> None:
    results = run_writers(pki.ws, WRITERS, ISSUES, crl_every=6)
    errors = [e for r in results for e in r["errors"]]  # type: ignore[attr-defined]
    assert errors == []
    serials = [s for r in results for s in r["serials"]]  # type: ignore[attr-defined]
    assert len(serials) == WRITERS * ISSUES == len(set(serials))
    with pki.ws.store.reading() as session:
        stored = session.execute(select(CertificateRecord.serial_hex)).scalars().all()
        crls = session.execute(select(CRLRecord.number, CRLRecord.der).order_by(CRLRecord.id)).all()
        verified = audit.verify(session)
    assert len(stored) == len(set(stored))
    numbers = [number for number, _ in crls]
    assert len(numbers) == WRITERS * (ISSUES // 6)
    assert all(a < b for a, b in itertools.pairwise(numbers))  # in commit order
    for number, der in crls:  # each CRL carries the number it was recorded with
        assert (
            x509.load_der_x509_crl(der)
            .extensions.get_extension_for_class(x509.CRLNumber)
            .value.crl_number
            == number
        )
    assert verified.ok
    assert api.count_certificates(pki.ws, api.CertFilter(ca="issuing")) == WRITERS * ISSUES
