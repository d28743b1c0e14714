"""Synthetic certificate rows for load tests: a million rows in seconds.

Benchmarks of the views (the desktop app's lazy table, paged listing) need a big store, and
signing a million real certificates takes minutes. These rows reuse one real certificate's DER
but each has its own serial, subject, dates and status, so listing, searching and filtering
behave as with real data. Opening such a row's details shows the reused certificate: never use
this on a production workspace (the audit trail records that it was done).

A bench and test helper, not part of :mod:`idtoolkit.api`: the engine offers no way to put
certificates in the store that were not issued through its one write path.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable

from sqlalchemy import insert

from idtoolkit import audit_chain
from idtoolkit.errors import InputError
from idtoolkit.states import CertStatus
from idtoolkit.store.cas import ca_by_name
from idtoolkit.store.models import CertificateRecord
from idtoolkit.workspace import Workspace

_GIVEN = ("Amina", "Moussa", "Fatou", "Ibrahima", "Aissatou", "Cheikh", "Mariama", "Ousmane")
_FAMILY = ("Diallo", "Fall", "Ndiaye", "Sow", "Ba", "Diop", "Faye", "Sarr", "Gueye", "Kane")


def insert_synthetic_certificates(
    ws: Workspace,
    ca: str,
    count: int,
    *,
    batch: int = 50_000,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Add ``count`` rows issued by ``ca`` (which must have issued at least one real
    certificate, whose DER is reused). About 1 in 50 is revoked, 1 in 40 expired and 1 in 60
    expiring within 30 days. Returns the number of rows written."""
    if count < 1:
        raise InputError("synthetic.count_least", "count must be at least 1")
    now = dt.datetime.now(dt.UTC)
    with ws.store.reading() as session:
        ca_row = ca_by_name(session, ca)
        template = (
            session.query(CertificateRecord)
            .filter(CertificateRecord.issuer_ca_id == ca_row.id)
            .order_by(CertificateRecord.id)
            .first()
        )
        if template is None:
            raise InputError(
                "synthetic.not_ca_issued_certificate_copy",
                "CA {ca!r} has issued no certificate to copy; issue one first",
                ca=ca,
            )
        ca_id, der, profile, key_type = ca_row.id, template.der, template.profile, template.key_type
    tag = hashlib.sha256(now.isoformat().encode()).hexdigest()[:8]
    written = 0
    while written < count:
        rows = []
        for i in range(written, min(count, written + batch)):
            given, family = _GIVEN[i % len(_GIVEN)], _FAMILY[(i // 8) % len(_FAMILY)]
            serial = hashlib.sha256(f"{tag}:{i}".encode()).hexdigest()[:32]
            if i % 40 == 7:
                not_after = now - dt.timedelta(days=1 + i % 300)
            elif i % 60 == 11:
                not_after = now + dt.timedelta(days=1 + i % 29)
            else:
                not_after = now + dt.timedelta(days=60 + i % 700)
            rows.append(
                {
                    "issuer_ca_id": ca_id,
                    "serial_hex": serial,
                    "subject": f"CN={given} {family} {i:07d},serialNumber=IDCSN-{i:07d},C=SN",
                    "common_name": f"{given} {family} {i:07d}",
                    "profile": profile,
                    "key_type": key_type,
                    "not_before": not_after - dt.timedelta(days=730),
                    "not_after": not_after,
                    "status": CertStatus.REVOKED if i % 50 == 3 else CertStatus.VALID,
                    "fingerprint_sha256": hashlib.sha256(f"fp:{tag}:{i}".encode()).hexdigest(),
                    "der": der,
                    "request_ref": None,
                    "created_at": now,
                }
            )
        with ws.store.transaction() as session:
            session.execute(insert(CertificateRecord), rows)
        written += len(rows)
        if progress is not None:
            progress(written, count)
    with ws.store.transaction() as session:
        audit_chain.append(session, "cert.synthetic_rows", {"ca": ca, "count": written})
    return written


__all__ = ["insert_synthetic_certificates"]
