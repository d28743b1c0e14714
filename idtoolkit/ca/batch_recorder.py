"""The bulk job's helper process (``bulk``): it lints, as :mod:`idtoolkit.lint.worker` does,
and records the batches the job hands it (see :mod:`idtoolkit.ca.bulk_helper`, the job's
side, for why and for the request's format).

The store's modules (SQLAlchemy, the models: ~0.2 s) load on the first batch, not at start:
the job's first certificates wait for their lints, not for them.
"""

from __future__ import annotations

import marshal
import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from idtoolkit.ca.batch_writing import RecordingContext
    from idtoolkit.ca.certificate_recording import CertificateEntry
    from idtoolkit.store.db import Store


class _Orphaned(Exception):
    """The job that sent the batch is gone."""


#: The first byte of a record request (a certificate's DER starts with 0x30).
RECORD = b"R"
#: The answers: the batch is committed; it is not (rolled back, or an earlier one failed).
COMMITTED = b"+"
REFUSED = b"-"
#: Certificates kept for the batches to come: twenty batches of 1,000 (~12 MB), more than a
#: job has out at once (eight handed over, four waiting for their lints, one being signed).
KEEP_AT_MOST = 20_000


def _decode(
    request: bytes, linted: dict[int, bytes]
) -> tuple[RecordingContext, list[CertificateEntry]]:
    """The request's context and entries, taking the certificates it names out of ``linted``
    with those linted before them (rejected: a job records its batches in order, so none of
    them is asked for again)."""
    from cryptography import x509

    from idtoolkit.ca.batch_writing import RecordingContext
    from idtoolkit.ca.certificate_recording import CertificateEntry
    from idtoolkit.lint.results import Lint
    from idtoolkit.messages import from_data

    size = int.from_bytes(request[1:5], "big")
    context = RecordingContext.decode(request[5 : 5 + size])
    entries = []
    last = 0
    for sent, sans, ref, key_type, warnings, skipped in marshal.loads(request[5 + size :]):
        if isinstance(sent, int):
            der, last = linted.pop(sent), sent
        else:
            der = sent
        entries.append(
            CertificateEntry(
                x509.load_der_x509_certificate(der),
                der,
                tuple(sans),
                ref,
                Lint(True, tuple(warnings), tuple(from_data(skipped))),
                key_type,
            )
        )
    for number in [n for n in linted if n < last]:
        del linted[number]
    return context, entries


class BatchRecorder:
    """The helper's side: records each batch in one transaction, or refuses it."""

    def __init__(self) -> None:
        self._stores: dict[str, Store] = {}
        self._failed = False
        self._parent = os.getppid()

    def keeps(self, linted: dict[int, bytes]) -> bool:
        """Keep what it lints while it records, up to :data:`KEEP_AT_MOST` (a job whose
        certificates are all rejected sends no batch to trim them by): a number it no longer
        has only makes the job write that batch itself."""
        return not self._failed and len(linted) < KEEP_AT_MOST

    def answer(self, request: bytes, linted: dict[int, bytes]) -> bytes:
        if self._failed or request[:1] != RECORD:
            linted.clear()
            return REFUSED
        try:
            self._record(*_decode(request, linted))
        except Exception:  # rolled back; the job records it itself and says why
            self._failed = True
            linted.clear()
            return REFUSED
        return COMMITTED

    def _record(self, context: RecordingContext, entries: list[CertificateEntry]) -> None:
        from idtoolkit.ca.batch_writing import write_batch
        from idtoolkit.store.db import Store

        store = self._stores.get(context.url)
        if store is None:
            store = self._stores[context.url] = Store(context.url)
        write_batch(store, context, entries, self._refuse_if_orphaned)

    def _refuse_if_orphaned(self) -> None:
        """Roll back a batch whose job was killed: the helper reads the batches left in the
        pipe after its parent died, and a re-run may already be deciding from the store
        which staged batches reached it (a batch committed after that would be in the store
        with its files thrown away). Checked last, just before the commit."""
        if os.getppid() != self._parent:
            raise _Orphaned


def worker_main(argv: list[str]) -> int:
    """The helper (``bulk``, started by :func:`idtoolkit.helper_processes.command`)."""
    from idtoolkit.lint.worker import serve

    return serve(argv, BatchRecorder())
