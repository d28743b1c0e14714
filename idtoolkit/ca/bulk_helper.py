"""A large bulk job's batches, recorded by its helper process while the job signs on.

Writing a batch's rows and audit events (building ~15 values a row, the events' canonical
JSON and hash chain, the INSERTs) cost the signing process ~50 µs a certificate, a quarter of
its work, while the helper, linting by shape (~0.02 ms), waited for work on the other core. So
the signing process hands each batch, once its verdicts are in, to the helper that linted it,
and goes on signing; the helper writes it in one transaction, as
:func:`~idtoolkit.ca.certificate_recording.record_certificates` always does, and answers
:data:`~idtoolkit.ca.batch_recorder.COMMITTED` once it is durable. The job reports a certificate (its serial, the caller's
``after_commit``) only after that answer.

Requests are answered in order (:func:`idtoolkit.lint.worker.serve`), after the certificates
submitted before them. A record request is
:data:`~idtoolkit.ca.batch_recorder.RECORD`, the job's
:class:`~idtoolkit.ca.batch_writing.RecordingContext` as a length-prefixed JSON object, then
its entries in :mod:`marshal` format (parent and helper
are the same interpreter: marshal is its own fastest encoding of tuples of bytes and text).
Nothing secret travels: the database URL with its login goes on the pipe, never in argv.

When the helper cannot record a batch, it rolls it back, answers ``REFUSED``, and refuses
every later batch of the job without trying; the job records that batch and the rest itself,
in order, which raises the same error (with its kind) a job recording everything itself
would raise, or succeeds if the cause was passing (a lock held too long). Whenever a batch
is not answered COMMITTED (refused, or the helper died), the job first looks it up in the
store (one transaction: all of a batch or none) and records it only when it is not there:
exactly once.

A helper whose job was killed reads the batches left in the pipe: it rolls each back (its
parent is no longer the job's, checked just before the commit). That check is POSIX's: on
Windows a process's parent id outlives the parent.
"""

from __future__ import annotations

import collections
import marshal
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Generic, TypeVar

from idtoolkit.ca.batch_recorder import COMMITTED, RECORD
from idtoolkit.ca.batch_writing import RecordingContext, write_batch
from idtoolkit.ca.certificate_recording import CertificateEntry
from idtoolkit.ca.serials import serial_to_hex
from idtoolkit.messages import to_data
from idtoolkit.store.certificates import certificate_id_of
from idtoolkit.store.db import Store

if TYPE_CHECKING:
    from idtoolkit.lint.worker import LintProcess

#: Batches handed to the helper and not answered yet before the job waits for the oldest.
#: One at a time (a prototype), the job waited for each commit: 10,000 certificates at
#: 0.38-0.41 of the raw loop. Three, eight or sixteen out measured alike (1.42-1.54,
#: 1.41-1.45 and 1.40-1.53 s, alternated runs): eight leaves room for a slow commit.
IN_FLIGHT = 8

_Batch = TypeVar("_Batch")


def record_request(
    context: bytes, entries: Sequence[CertificateEntry], numbers: Sequence[int | None]
) -> bytes:
    """The request that records ``entries`` (with their lints) under the encoded context.
    ``numbers`` has the helper's request number of each certificate it linted (it keeps
    their DER: sending it again filled the pipe and stopped the signer), None for the others."""
    rows = [
        (
            entry.der if number is None else number,
            list(entry.sans),
            entry.request_ref,
            entry.key_type,
            list(entry.lint.warnings),
            to_data(list(entry.lint.skipped)),
        )
        for entry, number in zip(entries, numbers, strict=True)
    ]
    return RECORD + len(context).to_bytes(4, "big") + context + marshal.dumps(rows)


class Recordings(Generic[_Batch]):
    """The job's side: each batch recorded by ``helper`` (or here, without one), and
    ``committed`` called with each batch once it is durable, in the order they came."""

    def __init__(
        self,
        helper: LintProcess | None,
        context: RecordingContext,
        store: Store,
        committed: Callable[[_Batch], None],
    ) -> None:
        self._helper = helper
        #: Whether batches are recorded here: without a helper, or since it failed one.
        self._here = helper is None
        self._context = context
        self._encoded = context.encode()
        self._store = store
        self._committed = committed
        self._waiting: collections.deque[tuple[_Batch, Sequence[CertificateEntry], int]] = (
            collections.deque()
        )

    def record(
        self,
        batch: _Batch,
        entries: Sequence[CertificateEntry],
        numbers: Sequence[int | None],
    ) -> None:
        """Record ``entries``; ``numbers`` as :func:`record_request`'s."""
        self.settle(IN_FLIGHT - 1)
        if self._here or self._helper is None:
            self.settle()  # the batches before it first: in order
            self._record_here(entries)
            self._committed(batch)
            return
        ticket = self._helper.submit_other(record_request(self._encoded, entries, numbers))
        self._waiting.append((batch, entries, ticket))

    def settle(self, keep: int = 0) -> None:
        """Take the helper's answers in, waiting until at most ``keep`` batches are out."""
        while self._waiting and self._helper is not None:
            batch, entries, ticket = self._waiting[0]
            if len(self._waiting) <= keep and not self._helper.done(ticket):
                return
            answer = self._helper.other_answer(ticket)
            self._waiting.popleft()
            if answer != COMMITTED:
                self._here = True  # this batch and every later one, in order
                # Refused, or no answer: a commit whose acknowledgement was lost (PostgreSQL),
                # or a helper that died after committing, has it in the store all the same.
                if not self._in_store(entries):
                    self._record_here(entries)
            self._committed(batch)

    def abandon(self) -> None:
        """The job stops on an error: wait until the helper has answered (or died), so that
        nothing is written after the job returns; what it committed stays (the store is the
        truth: a re-run delivers it), nothing else is tried."""
        while self._waiting and self._helper is not None:
            _, _, ticket = self._waiting.popleft()
            self._helper.other_answer(ticket)

    def _record_here(self, entries: Sequence[CertificateEntry]) -> None:
        write_batch(self._store, self._context, entries)

    def _in_store(self, entries: Sequence[CertificateEntry]) -> bool:
        """Whether the batch was committed by a helper that did not say so (it died before
        answering, or lost its commit's acknowledgement)."""
        serial = serial_to_hex(entries[0].certificate.serial_number)
        with self._store.reading() as session:
            return certificate_id_of(session, self._context.issuer_ca_id, serial) is not None
