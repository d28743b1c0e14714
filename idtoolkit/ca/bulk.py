"""Bulk issuance from CSRs, fast enough for a national enrolment run.

What makes it fast, measured with ``bench/bulk_issue.py``: one signer unlock; the profile's
fixed extensions planned once (:class:`~idtoolkit.ca.builder.Template`); rows and audit
events written with one Core INSERT per batch; no garbage collection pauses inside a batch;
and linting in worker processes, on the other cores, while this one signs (and lints the
certificates a worker has no time for, so that on two cores both stay busy). The first worker
also writes the batches (:mod:`idtoolkit.ca.bulk_helper`): this process hands it each batch
once its verdicts are in and signs on, and reports a batch only once it is committed.

What keeps it safe: every certificate is linted (:class:`~idtoolkit.lint.linter.RowLinter`:
under the RFC 5280 rules, a certificate whose varying values are in classes those rules pass
gets the report of the first certificate of its shape, ~0.02 ms; otherwise each distinct
piece of the certificates is decoded and judged once, and its findings reused only where its
walk read nothing else, ~0.3 ms; each report is that of a full lint), and a batch is committed
only once all its verdicts are in. Linting a sample made a bad row's fate depend on its position (issued
unlinted, or aborting the whole job); now a certificate pkilint rejects is dropped from its
batch and reported with its item (the row), and the job goes on. Every per-certificate rule
(key type, subject, SANs, validity) is checked for every request; when this returns, every
certificate it reports is committed (durable), each with its own audit event.
"""

from __future__ import annotations

import collections
import dataclasses
import datetime as dt
import gc
import os
from collections.abc import Callable, Iterable, Iterator, Sized
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.types import CertificateIssuerPublicKeyTypes

from idtoolkit.ca.batch_writing import RecordingContext
from idtoolkit.ca.builder import Request, make_template, plan_from_template
from idtoolkit.ca.bulk_helper import Recordings
from idtoolkit.ca.certificate_recording import CertificateEntry
from idtoolkit.ca.inputs import san_text
from idtoolkit.ca.issuance import csr_extensions
from idtoolkit.ca.issuers import issuer_and_signer
from idtoolkit.ca.serials import new_serial, serial_to_hex
from idtoolkit.keys.spec import spec_of_public_key
from idtoolkit.lint.gate import accept_base_url
from idtoolkit.lint.results import Lint
from idtoolkit.lint.worker import LintOutcome, LintProcess, lint_outcome
from idtoolkit.profiles.model import Profile
from idtoolkit.store.cas import ca_by_name
from idtoolkit.workspace import Workspace

if TYPE_CHECKING:
    from idtoolkit.lint.linter import RowLinter

#: Below this many certificates, a worker process costs more than it saves.
_POOL_THRESHOLD = 20
#: Lint workers for a large job: one core signs, the others lint (a lint from pieces costs
#: ~2.5x the signing of a certificate, so more than three workers would wait for the signer;
#: a lint by shape, ~0.02 ms, leaves one worker mostly idle).
_CORES = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
_LINT_WORKERS = max(1, min(3, (_CORES or 2) - 1))
#: Certificates a worker may have waiting before the signing process lints the next one
#: itself: with one worker for two cores, the signer takes on the lints the worker cannot
#: keep up with (about a quarter), and both cores stay busy without a third process. Enough
#: to keep the worker busy while the signer commits a batch (0.1-0.25 s, no lints submitted):
#: with 256 it ran dry during each commit (10,000 certificates: 0.30-0.32 of the raw loop
#: against 0.35-0.36 with 768, interleaved runs; 1,536 was no better than 768).
_BACKLOG = 768
#: Certificates the signing process lints in a row once it has taken them on: one at a time,
#: between signatures, each lint took 0.41 ms and the signing around it slowed too (each
#: evicts the other's code and data from the core's caches); 128 in a row take 0.34 ms each,
#: as in the worker (10,000 certificates: 5.5 -> 5.3 s of CPU, interleaved runs).
_INLINE_RUN = 128
#: Signed batches that may wait for their lints before the job waits too.
_MAX_PENDING = 4


@dataclass(frozen=True)
class BulkResult:
    issued: int
    linted: int
    serials: tuple[str, ...]
    #: Items pkilint rejected, with the reason: signed, never stored nor delivered.
    rejected: tuple[tuple[BulkItem, str], ...] = ()


class _Linter:
    """Lints every certificate: inline for small jobs, in worker processes for large ones.

    Each certificate gets a ticket; a batch is committed only once all its verdicts are in,
    and the certificates pkilint rejects are dropped from it (reported, never delivered).
    """

    def __init__(self, profile: Profile, base_url: str, expected: int) -> None:
        self.profile = profile
        self.base_url = base_url
        self.count = 0
        self.expected = expected
        self._inline: dict[int, LintOutcome] = {}
        #: Certificates this process lints itself, not yet linted (see :meth:`_lint_queued`).
        self._queued: list[tuple[int, bytes]] = []
        self._rows: RowLinter | None = None
        # The first worker is the job's helper: it records the batches too (idtoolkit.ca.
        # bulk_helper), the others only lint.
        self._workers = (
            [
                LintProcess(profile.lint, profile.name, base_url, "lint" if n else "bulk")
                for n in range(_LINT_WORKERS)
            ]
            if expected >= _POOL_THRESHOLD
            else []
        )
        self._where: dict[int, tuple[LintProcess, int]] = {}

    def submit(self, der: bytes) -> int:
        self.count += 1
        ticket = self.count
        worker = self._workers[ticket % len(self._workers)] if self._workers else None
        # Near the end, less: the worker's last verdicts come when the signer has none left
        # to lint, rather than both cores waiting for one of them.
        allowed = _BACKLOG if self.expected <= 0 else min(_BACKLOG, (self.expected - ticket) // 2)
        if worker is None or worker.backlog() > allowed:
            self._queued.append((ticket, der))
            if len(self._queued) >= _INLINE_RUN:
                self._lint_queued()
            return ticket
        self._where[ticket] = (worker, worker.submit(der))
        return ticket

    def _lint_queued(self) -> None:
        """Lint the certificates this process took on, several in a row."""
        if not self._queued:
            return
        if self._rows is None:
            from idtoolkit.lint.linter import RowLinter  # pkilint loads on first use only

            self._rows = RowLinter(
                self.profile.lint, lambda report: accept_base_url(report, self.base_url)
            )
        for ticket, der in self._queued:
            self._inline[ticket] = lint_outcome(
                der, self.profile.lint, self.profile.name, self.base_url, self._rows
            )
        self._queued = []

    def settled(self, tickets: list[int]) -> bool:
        """All these verdicts are in: a worker answers in order, so its last ticket here."""
        self._lint_queued()
        last: dict[int, int] = {}
        for ticket in reversed(tickets):
            where = self._where.get(ticket)
            if where is not None and id(where[0]) not in last:
                last[id(where[0])] = ticket
                if len(last) == len(self._workers):
                    break
        return all(self.ready(ticket) for ticket in last.values())

    def ready(self, ticket: int) -> bool:
        self._lint_queued()
        if ticket in self._inline or ticket == 0:
            return True
        worker, local = self._where[ticket]
        return worker.done(local)

    def verdict(self, ticket: int, der: bytes) -> LintOutcome:
        """Certificate ``ticket``'s verdict (``der`` is the certificate: linted here when its
        worker stopped before answering)."""
        self._lint_queued()
        if ticket in self._inline:
            return self._inline.pop(ticket)
        worker, local = self._where.pop(ticket)
        outcome = worker.verdict(local)
        if outcome is None:
            self._queued.append((ticket, der))
            self._lint_queued()
            return self._inline.pop(ticket)
        return outcome

    def recorder_number(self, ticket: int) -> int | None:
        """The recorder's number for certificate ``ticket`` if it linted it (and keeps its
        DER, see :func:`idtoolkit.ca.bulk_helper.record_request`), else None."""
        where = self._where.get(ticket)
        return where[1] if where is not None and where[0] is self._workers[0] else None

    def recorder(self) -> LintProcess | None:
        """The worker that records batches, if the job has workers."""
        return self._workers[0] if self._workers else None

    def close(self) -> None:
        for worker in self._workers:
            worker.close()


@dataclass(frozen=True)
class BulkItem:
    """One certificate to issue. ``ref`` makes it idempotent (unique per CA in the store);
    ``payload`` travels to the caller's hooks untouched (e.g. the subject's private key)."""

    request: Request
    ref: str | None = None
    payload: Any = None


@dataclass(frozen=True)
class IssuedItem:
    item: BulkItem
    certificate: x509.Certificate
    serial: str


#: Called with a signed batch before it is committed (stage deliverables durably), and after.
BatchHook = Callable[[list[IssuedItem]], None]


@dataclass
class _Batch:
    entries: list[CertificateEntry]
    issued: list[IssuedItem]
    tickets: list[int]


def csr_items(
    profile: Profile, csrs: Iterable[x509.CertificateSigningRequest], days: int | None = None
) -> Iterator[BulkItem]:
    for csr in csrs:
        sans, _, _ = csr_extensions(profile, csr)
        public_key = csr.public_key()
        spec = spec_of_public_key(public_key)  # refuses keys we cannot certify
        yield BulkItem(
            Request(
                csr.subject, cast(CertificateIssuerPublicKeyTypes, public_key), spec, sans, days
            )
        )


def issue_csrs_bulk(
    ws: Workspace,
    ca: str,
    profile: str,
    csrs: Iterable[x509.CertificateSigningRequest],
    *,
    days: int | None = None,
    commit_every: int = 1000,
) -> BulkResult:
    """Issue one certificate per CSR under ``profile``; see the module docstring."""
    prof = ws.profiles.get(profile)
    expected = len(csrs) if isinstance(csrs, Sized) else 0
    return issue_bulk(
        ws,
        ca,
        prof,
        csr_items(prof, csrs, days),
        expected=expected,
        commit_every=commit_every,
        source="bulk csr",
    )


def issue_bulk(
    ws: Workspace,
    ca: str,
    prof: Profile,
    items: Iterable[BulkItem],
    *,
    expected: int = 0,
    commit_every: int = 1000,
    before_commit: BatchHook | None = None,
    after_commit: BatchHook | None = None,
    cancelled: Callable[[], bool] | None = None,
    source: str = "bulk",
    signed: Callable[[IssuedItem], None] | None = None,
) -> BulkResult:
    """Issue one certificate per item, in order; see the module docstring. ``cancelled`` is
    polled between items: a cancelled job stops after committing what it signed. ``signed``
    sees each certificate as soon as it is signed, before its lint verdict (to start work on
    it that a rejection would just throw away, such as packing its PKCS#12 file).

    When the job stops on an error (a hook's included), the batches already handed to its
    helper (up to :data:`~idtoolkit.ca.bulk_helper.IN_FLIGHT`) may be committed without
    being reported: the store is the truth, and the CSV and CSR-directory jobs deliver such
    batches on their next run (by request reference)."""
    with ws.store.reading() as session:
        issuer_ca = ca_by_name(session, ca)
        issuer, signer = issuer_and_signer(ws, issuer_ca)
        issuer_id = issuer_ca.id
    template = make_template(prof, issuer, ca, issuer.base_url)
    linter = _Linter(prof, issuer.base_url, expected)
    serials: list[str] = []
    rejected: list[tuple[BulkItem, str]] = []
    pending: collections.deque[_Batch] = collections.deque()

    def committed(batch: _Batch) -> None:
        serials.extend(issued.serial for issued in batch.issued)
        if after_commit is not None:
            after_commit(batch.issued)

    recordings: Recordings[_Batch] = Recordings(
        linter.recorder(),
        RecordingContext.here(ws.store.url, issuer_id, prof.name, ca, source),
        ws.store,
        committed,
    )

    def commit(batch: _Batch) -> None:
        numbers = [linter.recorder_number(ticket) for ticket in batch.tickets]
        outcomes = [
            linter.verdict(ticket, entry.der)
            for ticket, entry in zip(batch.tickets, batch.entries, strict=True)
        ]
        rejected.extend(
            (issued.item, outcome.rejected)
            for issued, outcome in zip(batch.issued, outcomes, strict=True)
            if outcome.rejected
        )
        kept = [
            (
                dataclasses.replace(entry, lint=Lint(True, outcome.warnings, outcome.skipped)),
                item,
                number,
            )
            for entry, item, outcome, number in zip(
                batch.entries, batch.issued, outcomes, numbers, strict=True
            )
            if not outcome.rejected
        ]
        batch.entries = [entry for entry, _, _ in kept]
        batch.issued = [item for _, item, _ in kept]
        if not batch.entries:
            return
        if before_commit is not None:
            before_commit(batch.issued)
        recordings.record(batch, batch.entries, [number for _, _, number in kept])

    gc_was_enabled = gc.isenabled()
    # What is loaded before the job (modules, the store's engine, the profile) stays: left out
    # of the collector's scans, the full collections a long job triggers take ~10 ms instead of
    # ~90 ms. Only when nobody froze anything before (a caller's freeze is theirs to undo).
    frozen_here = gc_was_enabled and gc.get_freeze_count() == 0
    if frozen_here:
        gc.freeze()
    # Between batches, the first collection scans what the batch left (its lints' nodes among
    # it) and the default threshold (700) then ran a young collection every few hundred
    # objects of the commit: 40,000 certificates spent 2.0 s of their signing process in
    # the collector. As in the lint workers: collect seldom.
    thresholds = gc.get_threshold()
    gc.set_threshold(50_000, 50, 100)
    stop = False
    try:
        for items_batch in _batches(items, commit_every):
            gc.disable()  # a batch allocates ~100k short-lived objects; collect between batches
            batch = _Batch([], [], [])
            now = dt.datetime.now(dt.UTC)
            for item in items_batch:
                if cancelled is not None and cancelled():
                    stop = True
                    break
                plan = plan_from_template(template, item.request, new_serial(), now)
                cert = signer.sign_certificate(plan.builder)
                der = cert.public_bytes(serialization.Encoding.DER)
                batch.tickets.append(linter.submit(der))
                entry = CertificateEntry(
                    cert,
                    der,
                    tuple(san_text(s) for s in item.request.sans),
                    item.ref,
                    # Every certificate is linted; one pkilint rejects is dropped from its
                    # batch before the commit, the others get their findings then.
                    Lint(),
                    item.request.key_spec.name,
                    item.request.subject,
                )
                batch.entries.append(entry)
                issued_item = IssuedItem(item, cert, serial_to_hex(cert.serial_number))
                batch.issued.append(issued_item)
                if signed is not None:
                    signed(issued_item)
            if gc_was_enabled:
                gc.enable()
            # Commit batches whose lints are done; wait only when too many are queued.
            if batch.entries:
                pending.append(batch)
            while pending and (
                stop or len(pending) > _MAX_PENDING or linter.settled(pending[0].tickets)
            ):
                commit(pending.popleft())
            if stop:
                break
        while pending:
            commit(pending.popleft())
        recordings.settle()
    except BaseException:
        recordings.abandon()
        raise
    finally:
        if gc_was_enabled:
            gc.enable()
        if frozen_here:
            gc.unfreeze()
        gc.set_threshold(*thresholds)
        linter.close()
    return BulkResult(len(serials), linter.count, tuple(serials), tuple(rejected))


def _batches(items: Iterable[BulkItem], size: int) -> Iterator[list[BulkItem]]:
    batch: list[BulkItem] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
