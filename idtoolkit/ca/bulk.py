"""Bulk issuance from CSRs, fast enough for a national enrolment run.

What makes it fast, measured with ``bench/bulk_issue.py``: one signer unlock; the profile's
fixed extensions planned once (:class:`~idtoolkit.ca.builder.Template`); rows and audit
events written with one Core INSERT per batch; no garbage collection pauses inside a batch;
and linting of the random sample in a second process, on the other core, while this one signs.

What keeps it safe: the first certificate is linted before anything is committed; every
per-certificate rule (key type, subject, SANs, validity) is checked for every request; a batch
is committed only after its sampled lints passed; and when this returns, every certificate it
reports is committed (durable), each with its own audit event.
"""

from __future__ import annotations

import collections
import datetime as dt
import gc
import random
from collections.abc import Callable, Iterable, Iterator, Sized
from dataclasses import dataclass
from typing import Any, cast

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.types import CertificateIssuerPublicKeyTypes

from idtoolkit.ca.authorities import issuer_and_signer
from idtoolkit.ca.builder import Request, make_template, plan_from_template
from idtoolkit.ca.inputs import san_text
from idtoolkit.ca.issuance import csr_extensions
from idtoolkit.ca.lint_worker import LintProcess
from idtoolkit.ca.recording import CertificateEntry, Lint, record_certificates
from idtoolkit.ca.records import get_ca, lint_or_reject
from idtoolkit.ca.serials import new_serial, serial_to_hex
from idtoolkit.errors import LintRejected
from idtoolkit.keys.spec import spec_of_public_key
from idtoolkit.profiles.model import Profile
from idtoolkit.workspace import Workspace

#: Below this many expected sample lints, a worker process costs more than it saves.
_POOL_THRESHOLD = 20
#: Signed batches that may wait for their lints before the job waits too.
_MAX_PENDING = 4


@dataclass(frozen=True)
class BulkResult:
    issued: int
    linted: int
    serials: tuple[str, ...]


class _SampleLinter:
    """Lints sampled certificates: inline for small jobs, in a worker process for large ones."""

    def __init__(self, profile: Profile, base_url: str, expected: int) -> None:
        self.profile = profile
        self.base_url = base_url
        self.count = 0
        self._worker = (
            LintProcess(profile.lint, profile.name, base_url)
            if expected >= _POOL_THRESHOLD
            else None
        )

    def lint_now(self, der: bytes) -> None:
        lint_or_reject(der, self.profile, self.base_url)
        self.count += 1

    def submit(self, der: bytes) -> int:
        """Returns a ticket to wait for (0 when it was linted inline)."""
        if self._worker is None:
            self.lint_now(der)
            return 0
        self.count += 1
        return self._worker.submit(der)

    def ready(self, ticket: int) -> bool:
        return self._worker is None or ticket == 0 or self._worker.done(ticket)

    def settle(self, ticket: int) -> None:
        if self._worker is not None and ticket:
            try:
                self._worker.wait_for(ticket)
            except LintRejected as exc:
                raise LintRejected(
                    f"{exc} (bulk job stopped; earlier batches were issued)"
                ) from None

    def close(self) -> None:
        if self._worker is not None:
            self._worker.close()


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
    last_lint_ticket: int = 0


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
    lint_sample_rate: float | None = None,
    rng: random.Random | None = None,
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
        lint_sample_rate=lint_sample_rate,
        rng=rng,
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
    lint_sample_rate: float | None = None,
    rng: random.Random | None = None,
    before_commit: BatchHook | None = None,
    after_commit: BatchHook | None = None,
    cancelled: Callable[[], bool] | None = None,
    source: str = "bulk",
) -> BulkResult:
    """Issue one certificate per item, in order; see the module docstring. ``cancelled`` is
    polled between items: a cancelled job stops after committing what it signed."""
    rate = ws.config.lint_sample_rate if lint_sample_rate is None else lint_sample_rate
    rng = rng or random.Random()
    with ws.store.reading() as session:
        issuer_ca = get_ca(session, ca)
        issuer, signer = issuer_and_signer(ws, issuer_ca)
        issuer_id = issuer_ca.id
    template = make_template(prof, issuer, ca, issuer.base_url)
    linter = _SampleLinter(prof, issuer.base_url, int(expected * rate))
    serials: list[str] = []
    pending: collections.deque[_Batch] = collections.deque()
    first = True

    def commit(batch: _Batch) -> None:
        linter.settle(batch.last_lint_ticket)
        if before_commit is not None:
            before_commit(batch.issued)
        with ws.store.transaction() as session:
            rows = record_certificates(
                session,
                batch.entries,
                issuer_ca_id=issuer_id,
                profile=prof.name,
                ca=ca,
                source=source,
            )
        serials.extend(str(row["serial_hex"]) for row in rows)
        if after_commit is not None:
            after_commit(batch.issued)

    gc_was_enabled = gc.isenabled()
    stop = False
    try:
        for items_batch in _batches(items, commit_every):
            gc.disable()  # a batch allocates ~100k short-lived objects; collect between batches
            batch = _Batch([], [])
            now = dt.datetime.now(dt.UTC)
            for item in items_batch:
                if cancelled is not None and cancelled():
                    stop = True
                    break
                plan = plan_from_template(template, item.request, new_serial(), now)
                cert = signer.sign_certificate(plan.builder)
                der = cert.public_bytes(serialization.Encoding.DER)
                linted = first or rng.random() < rate
                if linted:
                    # The first one always: a profile mistake stops the job before anything
                    # is committed.
                    batch.last_lint_ticket = linter.submit(der) or batch.last_lint_ticket
                    first = False
                entry = CertificateEntry(
                    cert,
                    der,
                    tuple(san_text(s) for s in item.request.sans),
                    item.ref,
                    # A sampled lint that finds an error stops the job before this batch is
                    # committed; what the worker does not report are its warnings.
                    Lint(checked=linted),
                    item.request.key_spec.name,
                    item.request.subject,
                )
                batch.entries.append(entry)
                batch.issued.append(IssuedItem(item, cert, serial_to_hex(cert.serial_number)))
            if gc_was_enabled:
                gc.enable()
            # Commit batches whose sampled lints are done; wait only when too many are queued.
            if batch.entries:
                pending.append(batch)
            while pending and (
                stop or len(pending) > _MAX_PENDING or linter.ready(pending[0].last_lint_ticket)
            ):
                commit(pending.popleft())
            if stop:
                break
        while pending:
            commit(pending.popleft())
    finally:
        if gc_was_enabled:
            gc.enable()
        linter.close()
    return BulkResult(len(serials), linter.count, tuple(serials))


def _batches(items: Iterable[BulkItem], size: int) -> Iterator[list[BulkItem]]:
    batch: list[BulkItem] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
