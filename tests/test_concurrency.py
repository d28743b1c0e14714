"""Four processes writing to one workspace at once, on SQLite and on PostgreSQL: ``serve``,
the desktop app and a script on one store is a normal day. Every write waits its turn and
succeeds; serials stay unique, CRL numbers strictly increase, the audit chain holds."""

from __future__ import annotations

import itertools

from cryptography import x509
from sqlalchemy import select

from idtoolkit import api, audit_chain
from idtoolkit.store.models import CARecord, CertificateRecord, CRLRecord

from .concurrency_worker import run_writers
from .conftest import PASSPHRASE, TwoTier

WRITERS = 4
ISSUES = 12


def test_four_writers_on_one_store_all_succeed(pki: TwoTier) -> None:
    db = pki.ws.config.db_url if not pki.ws.config.db_url.startswith("sqlite") else ""
    with pki.ws.store.reading() as session:  # each CA publishes its first CRL when created
        issuing = session.execute(
            select(CARecord.id).where(CARecord.name == "issuing")
        ).scalar_one()
        crls_before = len(
            session.execute(select(CRLRecord.id).where(CRLRecord.ca_id == issuing)).all()
        )
    results = run_writers(pki.ws.directory, db, PASSPHRASE.decode(), WRITERS, ISSUES, 6)
    errors = [e for r in results for e in r["errors"]]  # type: ignore[attr-defined]
    assert errors == []
    serials = [s for r in results for s in r["serials"]]  # type: ignore[attr-defined]
    assert len(serials) == WRITERS * ISSUES == len(set(serials))
    with pki.ws.store.reading() as session:
        stored = session.execute(select(CertificateRecord.serial_hex)).scalars().all()
        crls = session.execute(
            select(CRLRecord.number, CRLRecord.der)
            .where(CRLRecord.ca_id == issuing)
            .order_by(CRLRecord.id)
        ).all()
        verified = audit_chain.verify(session)
    assert len(stored) == len(set(stored))
    numbers = [number for number, _ in crls]
    assert len(numbers) == crls_before + WRITERS * (ISSUES // 6)
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
