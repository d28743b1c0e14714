"""Bulk credentials from a CSV: a key, a certificate and a PKCS#12 per row, resumable.

Crash safety, step by step for each batch:
1. keys are generated (two threads: cryptography releases the GIL there, so RSA keys use both
   cores) and certificates signed;
2. the batch's PKCS#12 files and passwords are written to one staging file and fsync'ed;
3. the certificates and their audit events are committed;
4. the staging file is delivered (PKCS#12 files, a password file for the PIN letters) and
   removed.
A crash before 3 leaves a staging file whose certificates are not in the store: the next run
deletes it (they were never recorded, never delivered) and issues those rows again. A crash
after 3 leaves one whose certificates are recorded: the next run delivers it. Each row is
recorded as ``bulk:JOB:ROW`` and the store refuses a second certificate for it, so a re-run
issues each row exactly once.

PKCS#12 files protected by the generated ~120-bit passwords use OpenSSL's default of 2,048
PBKDF2 rounds: with that much entropy the KDF adds nothing, and 600,000 rounds per file would
make a 10,000-person run take ten minutes. cryptography holds the GIL while it derives, so
threads cannot spread the packing: a job of 20 rows or more packs its files in a second
process (:mod:`idtoolkit.ca.p12_packer`), each as soon as its certificate is signed, and a
thread delivers a committed batch's files while the next batch is signed (writing a thousand
files is mostly waiting for the disk). With the lint faster, packing had become the largest
cost left in this process: 302-316 credentials/s became 382-385 on 4,000 rows
(bench/bulk_credentials.py, 2026-12-05).
"""

from __future__ import annotations

import base64
import csv
import io
import json
import os
import sys
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from cryptography import x509
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization

from idtoolkit.ca.authorities import ca_chain
from idtoolkit.ca.builder import Request, check_key_type, check_names
from idtoolkit.ca.bulk import BulkItem, BulkResult, IssuedItem, csr_items, issue_bulk
from idtoolkit.ca.csr_signatures import THRESHOLD as CSR_HELPER_THRESHOLD
from idtoolkit.ca.csr_signatures import CsrSignatures
from idtoolkit.ca.filenames import check_row_id, check_unique
from idtoolkit.ca.inputs import load_csr, san_text
from idtoolkit.ca.issuance import check_pkcs12_key, generate_password, pkcs12_bytes
from idtoolkit.ca.job_identity import (
    bind_job,
    digest_of_file,
    digest_of_files,
    record_job,
    refuse_job_elsewhere,
)
from idtoolkit.ca.names import format_subject
from idtoolkit.ca.p12_packer import P12Packer
from idtoolkit.ca.rows import CredentialRow, RowError, read_rows
from idtoolkit.csvsafe import csv_text
from idtoolkit.errors import IDToolkitError, InputError
from idtoolkit.files import write_atomic, write_atomic_many
from idtoolkit.keys.spec import KeyAlgorithm, key_spec
from idtoolkit.letters import Letter, holder_name, render_letters
from idtoolkit.messages import Message, message_of
from idtoolkit.store.cas import ca_by_name
from idtoolkit.store.certificates import (
    REQUEST_REF_MAX,
    IssuedRequest,
    ders_by_request_ref,
    issued_requests,
)
from idtoolkit.workspace import Workspace

_Batch = TypeVar("_Batch")

STAGING = ".staging"
#: The files a CSR-directory job reads as CSRs (PEM or DER, whatever the extension says).
CSR_SUFFIXES = (".csr", ".pem", ".der", ".req")
BULK_P12_ROUNDS = 2048
#: From this many rows a job packs its PKCS#12 files in a second process.
_PACK_ELSEWHERE = 20
#: Files the packing helper may have waiting before the signing process packs the next one
#: itself: the helper, the lint worker and the signer share the cores, and the signer waited
#: for the helper at each batch's staging while a core sat idle.
_PACK_BACKLOG = 48


@dataclass
class Progress:
    done: int
    total: int
    started: float

    def advance(self, rows: int, report: Callable[[Progress], None] | None) -> None:
        self.done += rows
        if report is not None:
            report(self)

    @property
    def rate(self) -> float:
        elapsed = time.monotonic() - self.started
        return self.done / elapsed if elapsed > 0 else 0.0

    @property
    def eta_seconds(self) -> float | None:
        return (self.total - self.done) / self.rate if self.rate else None


@dataclass
class JobReport:
    job: str
    issued: int = 0
    already_issued: int = 0
    recovered: int = 0
    discarded_unrecorded: int = 0
    cancelled: bool = False
    errors: list[RowError] = field(default_factory=list)
    out_dir: str = ""
    #: Certificates linted with pkilint (every one issued by this run).
    linted: int = 0
    #: Files of a CSR directory not taken for CSRs (their extension is none of
    #: :data:`CSR_SUFFIXES`): a user who put them there must hear they were left out.
    skipped: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "job": self.job,
            "issued": self.issued,
            "already_issued": self.already_issued,
            "recovered_deliveries": self.recovered,
            "discarded_unrecorded": self.discarded_unrecorded,
            "cancelled": self.cancelled,
            "linted": self.linted,
            "out": self.out_dir,
            "skipped_files": list(self.skipped),
            "errors": [{"line": e.line, "id": e.row_id, "error": e.message} for e in self.errors],
        }


def _atomic_write(path: Path, data: bytes, sync: bool = True, secret: bool = True) -> None:
    """Job files are 0600 (PKCS#12, passwords, and manifests naming people); certificates
    from a CSR directory are public (0644), like every certificate the CLI writes."""
    write_atomic(path, data, secret=secret, sync=sync)


def _written(path: Path) -> bool:
    """Whether a delivered file is there with content (a power cut before the batch's flush
    can leave a renamed but empty file)."""
    try:
        return path.stat().st_size > 0
    except FileNotFoundError:
        return False


def _make_output_folder(out_dir: Path) -> None:
    """A job's output folder, private (0700) when the job makes it, whatever the umask: it
    holds the job's report and record (0600) and, for CSV jobs, keys and passwords. A folder
    the operator made before is theirs: its mode is left alone."""
    created = not out_dir.exists()
    out_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    if created:
        out_dir.chmod(0o700)


class _Delivery:
    """The output directory: staging, delivery and recovery of PKCS#12 files and passwords."""

    def __init__(self, out_dir: Path):
        self.out = out_dir
        self.staging = out_dir / STAGING
        self.credentials = out_dir / "credentials"
        self.passwords = out_dir / "passwords"
        # Private keys and their passwords land here: the folders are the operator's alone.
        _make_output_folder(self.out)
        for directory in (self.staging, self.credentials, self.passwords):
            directory.mkdir(mode=0o700, exist_ok=True)
            directory.chmod(0o700)

    def stage(self, entries: list[dict[str, str]]) -> Path:
        path = self.staging / f"batch-{entries[0]['serial']}.json"
        _atomic_write(path, json.dumps(entries).encode())
        return path

    def deliver(self, path: Path) -> int:
        entries = json.loads(path.read_text())
        # One flush of the file system per batch instead of an fsync per file; the staging
        # file is removed only once everything it held is on disk.
        bulk_sync = hasattr(os, "sync")
        files = [(entry["file"], base64.b64decode(entry["p12"])) for entry in entries]
        if bulk_sync:
            write_atomic_many(self.credentials, files, secret=True)
        else:
            for name, p12 in files:
                _atomic_write(self.credentials / name, p12)
        lines = [
            [entry["row_id"], entry["serial"], entry["file"], entry["password"]]
            for entry in entries
        ]
        _atomic_write(
            self.passwords / f"{path.stem}.csv", csv_text(lines).encode(), sync=not bulk_sync
        )
        if bulk_sync:
            os.sync()
        path.unlink()
        return len(entries)

    def staged(self) -> list[Path]:
        return sorted(self.staging.glob("batch-*.json"))

    def sweep_partial_writes(self) -> None:
        """Remove the temporary files of writes a killed run left unfinished (``.NAME.xxxx``
        from :func:`_atomic_write`); the staged batch they came from delivers them again."""
        for directory in (self.staging, self.credentials, self.passwords):
            for leftover in directory.glob(".*"):
                if leftover.is_file():
                    leftover.unlink()


def run_csv_job(
    ws: Workspace,
    ca: str,
    profile: str,
    csv_path: Path,
    out_dir: Path,
    *,
    key: str = "ec-p256",
    mapping: dict[str, str] | None = None,
    job: str | None = None,
    legacy_p12: bool = False,
    days: int | None = None,
    commit_every: int = 500,
    progress: Callable[[Progress], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    language: str = "en",
) -> JobReport:
    """``language``: that of the PIN letters (:mod:`idtoolkit.letters`), for the holders."""
    prof = ws.profiles.get(profile)
    spec = key_spec(key)
    check_key_type(prof, spec)
    check_pkcs12_key(spec)
    rows, errors = read_rows(csv_path, prof, mapping)
    identity, fresh = bind_job(
        out_dir,
        csv_path,
        explicit=job,
        ca=ca,
        profile=profile,
        content_digest=digest_of_file(csv_path),
    )
    job_name = identity.name
    prefix = f"bulk:{job_name}:"
    report = JobReport(job_name, errors=errors, out_dir=str(out_dir))
    rows = _refs_that_fit(rows, prefix, report)
    issued_before = _issued_requests(ws, ca, prefix)
    if fresh and issued_before and not _holds_p12s(out_dir, issued_before, prefix):
        refuse_job_elsewhere(job_name, len(issued_before), out_dir)
    files = _file_names(rows)
    delivery = _Delivery(out_dir)
    record_job(out_dir, identity)
    chain = ca_chain(ws, ca)

    # Finish what a previous run left between staging and delivery.
    delivery.sweep_partial_writes()
    issued = {record.ref: record for record in issued_before}
    recorded_serials = {record.serial_hex for record in issued_before}
    for staged in delivery.staged():
        entries = json.loads(staged.read_text())
        if all(e["serial"] in recorded_serials for e in entries):
            report.recovered += delivery.deliver(staged)
        else:
            report.discarded_unrecorded += len(entries)
            staged.unlink()

    todo = [r for r in rows if prefix + r.row_id not in issued]
    changed = _changed_rows([r for r in rows if prefix + r.row_id in issued], issued, prefix)
    report.errors.extend(changed)
    report.errors.sort(key=lambda e: e.line)
    report.already_issued = len(rows) - len(todo) - len(changed)
    _refuse_taken_files(delivery.credentials, files, [row.row_id for row in todo])
    state = Progress(0, len(todo), time.monotonic())

    def items(pool: ThreadPoolExecutor) -> Iterator[BulkItem]:
        # RSA keys take tens of milliseconds, made by the pool ahead of the signer; an EC or
        # EdDSA key takes ~16 us, less than handing it to a thread and back.
        keys = (
            pool.map(lambda _r: spec.generate(), todo)
            if spec.algorithm is KeyAlgorithm.RSA
            else (spec.generate() for _ in todo)
        )
        for row, private_key in zip(todo, keys, strict=True):
            yield BulkItem(
                Request(row.subject, private_key.public_key(), spec, row.sans, days),
                prefix + row.row_id,
                (row, private_key),
            )

    # Large jobs pack their PKCS#12 files in a second process, each as soon as it is signed
    # (see idtoolkit.ca.p12_packer): packing holds the GIL and cost more than the rest.
    packer = P12Packer(chain, legacy_p12, BULK_P12_ROUNDS) if len(todo) >= _PACK_ELSEWHERE else None
    #: Per serial: its password, and its packer ticket or its file already packed here.
    packing: dict[str, tuple[str, int | bytes]] = {}

    def pack_here(issued_item: IssuedItem, password: str) -> bytes:
        row, private_key = issued_item.item.payload
        return pkcs12_bytes(
            row.row_id,
            private_key,
            issued_item.certificate,
            chain,
            password.encode(),
            legacy_p12,
            rounds=BULK_P12_ROUNDS,
        )

    def pack_early(issued_item: IssuedItem) -> None:
        assert packer is not None
        row, private_key = issued_item.item.payload
        password = generate_password()
        if packer.backlog() > _PACK_BACKLOG:  # the helper is behind: this core packs one
            packing[issued_item.serial] = (password, pack_here(issued_item, password))
            return
        ticket = packer.submit(row.row_id, private_key, issued_item.certificate, password.encode())
        packing[issued_item.serial] = (password, ticket)

    def build_p12(issued_item: IssuedItem) -> dict[str, str]:
        row, _ = issued_item.item.payload
        early = packing.pop(issued_item.serial, None)
        password = generate_password() if early is None else early[0]
        blob = None
        if early is not None:
            where = early[1]
            if isinstance(where, bytes):
                blob = where
            elif packer is not None:
                blob = packer.packed(where)
        if blob is None:  # packed here: small job, or the helper could not (it says why here)
            blob = pack_here(issued_item, password)
        return {
            "row_id": row.row_id,
            "serial": issued_item.serial,
            "file": files[row.row_id],
            "password": password,
            "p12": base64.b64encode(blob).decode(),
        }

    staged_batches: dict[str, Path] = {}

    # Until delivered, a batch stays staged: a crash delivers it on the next run, and a
    # failed delivery stops the job with its batch staged.
    try:
        with ThreadPoolExecutor(max_workers=2) as pool, _BatchFiles() as deliveries:

            def before_commit(batch: list[IssuedItem]) -> None:
                # The files packed by the helper, or here (GIL held: one at a time).
                entries = [build_p12(issued_item) for issued_item in batch]
                staged_batches[batch[0].serial] = delivery.stage(entries)

            def after_commit(batch: list[IssuedItem]) -> None:
                deliveries.write(delivery.deliver, staged_batches.pop(batch[0].serial))
                state.advance(len(batch), progress)

            result = issue_bulk(
                ws,
                ca,
                prof,
                items(pool),
                expected=len(todo),
                commit_every=commit_every,
                before_commit=before_commit,
                after_commit=after_commit,
                cancelled=cancelled,
                source=f"bulk csv {job_name}",
                signed=None if packer is None else pack_early,
            )
            pool.shutdown(cancel_futures=True)  # a cancelled job does not wait for unused keys
            deliveries.wait()
    finally:
        if packer is not None:
            packer.close()
    _record_result(
        report,
        result,
        len(todo),
        [(item.payload[0].line, item.payload[0].row_id, why) for item, why in result.rejected],
    )
    _write_manifest(ws, ca, prefix, rows, delivery, language)
    _write_report(report, delivery.out)
    return report


class _BatchFiles:
    """A committed batch's files, written by a thread (a thousand files are mostly waiting
    for the disk) while the job signs the next batch: one batch at a time, the next one
    waiting for the last to be written, and all of them written before the job goes on
    (:meth:`wait`, and leaving the ``with`` block). A failed write is raised by the next
    :meth:`write` or :meth:`wait`."""

    def __init__(self) -> None:
        self._thread = ThreadPoolExecutor(max_workers=1)
        self._pending: Future[object] | None = None

    def write(self, work: Callable[[_Batch], object], batch: _Batch) -> None:
        self.wait()
        self._pending = self._thread.submit(work, batch)

    def wait(self) -> None:
        if self._pending is not None:
            pending, self._pending = self._pending, None
            pending.result()

    def __enter__(self) -> _BatchFiles:
        return self

    def __exit__(self, *exc: object) -> None:
        self._thread.shutdown(wait=True)


def _file_names(rows: list[CredentialRow]) -> dict[str, str]:
    """Each row's file name, checked before anything is issued: distinct even where case is
    ignored."""
    files = {row.row_id: check_row_id(row.row_id, ".p12") for row in rows}
    check_unique(files)
    return files


def _refs_that_fit(
    rows: list[CredentialRow], prefix: str, report: JobReport
) -> list[CredentialRow]:
    """The rows whose reference (job name and id) the store can hold; the others are bad rows
    (a longer reference would stop the whole batch on PostgreSQL)."""
    limit = REQUEST_REF_MAX - len(prefix)
    for row in rows:
        if len(row.row_id) > limit:
            report.errors.append(
                RowError(
                    row.line,
                    row.row_id[:40] + "…",
                    Message(
                        "bulk.row.id_too_long",
                        "the id is {length} characters long; with this job's name {job!r}, "
                        "at most {limit} fit",
                        length=len(row.row_id),
                        job=report.job,
                        limit=limit,
                    ),
                )
            )
    report.errors.sort(key=lambda e: e.line)
    return [row for row in rows if len(row.row_id) <= limit]


def _issued_requests(ws: Workspace, ca: str, prefix: str) -> list[IssuedRequest]:
    with ws.store.reading() as session:
        return issued_requests(session, ca_by_name(session, ca).id, prefix)


def _holds_p12s(out_dir: Path, issued: list[IssuedRequest], prefix: str) -> bool:
    """Whether ``out_dir`` holds what the job issued (a folder of an older version that
    recorded no job file), rather than the job having delivered it elsewhere."""
    for record in issued:
        try:
            name = check_row_id(record.ref[len(prefix) :], ".p12")
        except InputError:
            continue
        if _written(out_dir / "credentials" / name):
            return True
    return any((out_dir / STAGING).glob("batch-*.json"))


def _holds_pems(folder: Path, issued: list[IssuedRequest], prefix: str) -> bool:
    """Whether ``folder`` holds a certificate the job issued (see :func:`_holds_p12s`)."""
    for record in issued:
        try:
            name = check_row_id(record.ref[len(prefix) :], ".pem")
        except InputError:
            continue
        if _written(folder / name):
            return True
    return False


def _same_key(csr: x509.CertificateSigningRequest, record: IssuedRequest) -> bool:
    """Whether a resumed job's CSR is the one its certificate was issued for (same key)."""
    try:
        issued_key = x509.load_der_x509_certificate(record.der).public_key()
        return issued_key.public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        ) == csr.public_key().public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    except (ValueError, TypeError, UnsupportedAlgorithm):
        return False  # a key we cannot compare is not shown to be the same


def _sans_of(der: bytes) -> list[str]:
    try:
        extension = x509.load_der_x509_certificate(der).extensions.get_extension_for_class(
            x509.SubjectAlternativeName
        )
    except x509.ExtensionNotFound:
        return []
    return sorted(san_text(name) for name in extension.value)


def _changed_rows(
    rows: list[CredentialRow], issued: dict[str, IssuedRequest], prefix: str
) -> list[RowError]:
    """Rows of a resumed job whose id was issued for someone described otherwise: the job
    does not issue an id twice, and says so rather than counting the row as done."""
    changed = []
    for row in rows:
        record = issued[prefix + row.row_id]
        subject = format_subject(row.subject)
        sans = sorted(san_text(name) for name in row.sans)
        issued_sans = _sans_of(record.der)
        if subject != record.subject or sans != issued_sans:
            changed.append(
                RowError(
                    row.line,
                    row.row_id,
                    Message(
                        "bulk.row.changed_since_issued",
                        "this id was issued earlier in this job (serial {serial}) to "
                        "{subject}{sans}; the row now differs, so it was not issued again "
                        "(revoke that certificate and give the row a new id)",
                        serial=record.serial_hex,
                        subject=record.subject,
                        sans=f" ({', '.join(issued_sans)})" if issued_sans else "",
                    ),
                )
            )
    return changed


def _refuse_taken_files(folder: Path, files: dict[str, str], todo: list[str]) -> None:
    """A file a row is about to get that is already there was written by someone else: this
    job records what it issued, and it never issued these."""
    with os.scandir(folder) as entries:
        if next(entries, None) is None:
            return  # an empty folder holds nobody's files (a new job), whatever the rows
    for row_id in todo:
        if (folder / files[row_id]).exists():
            raise InputError(
                "bulk.output_file_taken",
                "{path} exists already but id {row_id!r} was never issued by this job (another job wrote it?); nothing was issued",
                path=folder / files[row_id],
                row_id=row_id,
            )


def _record_result(
    report: JobReport, result: BulkResult, todo: int, rejected: list[tuple[int, str, str]]
) -> None:
    """What the bulk run did, into the job's report; the certificates pkilint refused are bad
    rows like any other, in line order. Fewer outcomes than rows to do means it was
    cancelled."""
    report.issued = result.issued
    report.linted = result.linted
    report.cancelled = result.issued + len(result.rejected) < todo
    report.errors.extend(RowError(line, row_id, why) for line, row_id, why in rejected)
    report.errors.sort(key=lambda e: e.line)


def _write_manifest(
    ws: Workspace,
    ca: str,
    prefix: str,
    rows: list[CredentialRow],
    delivery: _Delivery,
    language: str = "en",
) -> None:
    """The job's manifest and PIN letters: one line per credential this job issued *and*
    delivered into this folder (its PKCS#12 file is there), whether or not the CSV still
    lists the row; the line number is the row's in this run's CSV, when it has one."""
    lines = {row.row_id: row.line for row in rows}
    delivered_here: list[tuple[IssuedRequest, str, str]] = []  # record, row id, file name
    for record in _issued_requests(ws, ca, prefix):
        row_id = record.ref[len(prefix) :]
        try:
            name = check_row_id(row_id, ".p12")
        except InputError:
            continue
        if _written(delivery.credentials / name):
            delivered_here.append((record, row_id, name))
    # CSV order first, then what the CSV no longer lists (in issuance order).
    delivered_here.sort(key=lambda d: lines.get(d[1], sys.maxsize))
    records: list[dict[str, object]] = [
        {
            "id": row_id,
            "line": lines.get(row_id, ""),
            "serial": record.serial_hex,
            "subject": record.subject,
            "p12": f"credentials/{name}",
        }
        for record, row_id, name in delivered_here
    ]
    fields = ["id", "line", "serial", "subject", "p12"]
    _atomic_write(
        delivery.out / "manifest.csv",
        csv_text([fields, *([r[f] for f in fields] for r in records)]).encode(),
    )
    _atomic_write(
        delivery.out / "manifest.json", json.dumps(records, indent=1, ensure_ascii=False).encode()
    )
    # One file for printing PIN letters: every delivered password, in row order. The batch
    # files hold neutralised cells (see idtoolkit.csvsafe): match them by serial, and take
    # the id and file name from the store, not from those cells.
    by_serial: dict[str, list[str]] = {}
    for part in sorted(delivery.passwords.glob("batch-*.csv")):
        for line in csv.reader(io.StringIO(part.read_text())):
            by_serial[line[1]] = line
    letters: list[list[str]] = [["id", "serial", "p12", "password"]]
    printable: list[Letter] = []
    for record, row_id, name in delivered_here:
        delivered = by_serial.get(record.serial_hex)
        if delivered is not None:
            letters.append([row_id, record.serial_hex, name, delivered[3]])
            holder = holder_name(x509.load_der_x509_certificate(record.der).subject)
            printable.append(Letter(row_id, holder, record.serial_hex, name, delivered[3]))
    _atomic_write(delivery.out / "pin-letters.csv", csv_text(letters).encode())
    issuer = format_subject(ca_chain(ws, ca)[0].subject)
    _atomic_write(
        delivery.out / "pin-letters.html",
        render_letters(printable, issuer, language).encode(),
    )


def _write_report(report: JobReport, out_dir: Path) -> None:
    _atomic_write(
        out_dir / "report.json",
        json.dumps(report.as_dict(), indent=1, ensure_ascii=False).encode(),
    )


def run_csr_dir_job(
    ws: Workspace,
    ca: str,
    profile: str,
    csr_dir: Path,
    out_dir: Path,
    *,
    job: str | None = None,
    days: int | None = None,
    commit_every: int = 1000,
    progress: Callable[[Progress], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> JobReport:
    """One certificate per CSR file (:data:`CSR_SUFFIXES`: ``*.csr``, ``*.pem``, ``*.der``,
    ``*.req``; other files are listed as left out); the row id is the file name without its
    extension. Certificates are written as PEM after each commit; a re-run
    writes any that are missing and issues only the CSRs not issued yet."""
    prof = ws.profiles.get(profile)
    skipped: list[str] = []
    if not csr_dir.is_dir():
        raise InputError(
            "bulk.csr_directory_missing",
            "CSR directory {csr_dir} does not exist",
            csr_dir=csr_dir,
        )
    files: list[Path] = []
    for path in sorted(csr_dir.iterdir()):
        if path.suffix.lower() in CSR_SUFFIXES:
            files.append(path)
        elif not path.name.startswith(".") and path.is_file():
            skipped.append(path.name)  # said in the report: not taken for a CSR
    read: dict[Path, bytes | OSError] = {}
    for path in files:
        try:
            read[path] = path.read_bytes()
        except OSError as exc:  # a bad row, said below
            read[path] = exc
    identity, fresh = bind_job(
        out_dir,
        csr_dir,
        explicit=job,
        ca=ca,
        profile=profile,
        content_digest=digest_of_files(
            (path.name, data if isinstance(data, bytes) else None) for path, data in read.items()
        ),
    )
    job_name = identity.name
    prefix = f"bulk:{job_name}:"
    report = JobReport(job_name, out_dir=str(out_dir), skipped=skipped)
    certificates = out_dir / "certificates"
    issued_before = _issued_requests(ws, ca, prefix)
    if fresh and issued_before and not _holds_pems(certificates, issued_before, prefix):
        refuse_job_elsewhere(job_name, len(issued_before), out_dir)
    _make_output_folder(out_dir)
    certificates.mkdir(mode=0o700, exist_ok=True)
    record_job(out_dir, identity)
    issued = {record.ref: record for record in issued_before}
    todo: list[tuple[int, str, Request]] = []
    names: dict[str, str] = {}
    seen: dict[str, str] = {}  # the first file with each name
    # First every name, with the bytes read above (each file is read once: the job's digest
    # and its checks see the same bytes); their signatures are verified by a helper process
    # meanwhile (csr_signatures), then each CSR is checked here. Row errors are still
    # reported in file order (_record_result sorts them).
    candidates: list[tuple[int, str, Path, bytes, int]] = []
    signatures = CsrSignatures() if len(files) >= CSR_HELPER_THRESHOLD else None
    try:
        for number, path in enumerate(files, start=1):
            row_id = path.stem
            if row_id in seen:
                report.errors.append(
                    RowError(
                        number,
                        row_id,
                        Message(
                            "bulk.row.duplicate_file",
                            "{file} has the same name as {first} (one certificate per name): "
                            "not issued, rename it",
                            file=path.name,
                            first=seen[row_id],
                        ),
                    )
                )
                continue
            seen[row_id] = path.name
            try:
                names[row_id] = check_row_id(row_id, ".pem")
            except InputError as exc:
                report.errors.append(RowError(number, row_id, message_of(exc)))
                continue
            if len(prefix + row_id) > REQUEST_REF_MAX:
                report.errors.append(
                    RowError(
                        number,
                        row_id,
                        Message(
                            "bulk.row.name_too_long",
                            "the name is too long for job {job!r}",
                            job=job_name,
                        ),
                    )
                )
                continue
            data = read[path]
            if isinstance(data, OSError):
                unreadable = Message(
                    "bulk.row.unreadable", "cannot read: {reason}", reason=data.strerror
                )
                report.errors.append(RowError(number, row_id, unreadable))
                continue
            ticket = signatures.submit(data) if signatures is not None else 0
            candidates.append((number, row_id, path, data, ticket))
        for number, row_id, path, data, ticket in candidates:
            try:
                verified = signatures is not None and signatures.verified(ticket)
                csr = load_csr(data, path.name, signature_verified=verified)
                if prefix + row_id in issued:
                    if _same_key(csr, issued[prefix + row_id]):
                        report.already_issued += 1
                    else:
                        report.errors.append(
                            RowError(
                                number,
                                row_id,
                                Message(
                                    "bulk.row.other_key",
                                    "this name was issued earlier in this job (serial {serial}) "
                                    "for another key; the CSR differs, so it was not issued "
                                    "again (give the file a new name)",
                                    serial=issued[prefix + row_id].serial_hex,
                                ),
                            )
                        )
                    continue
                # checked against the profile now, every rule of a row's own (its key, subject
                # and SANs): one the profile refuses is a bad row, not the end of the job
                request = next(csr_items(prof, [csr], days)).request
                check_key_type(prof, request.key_spec)
                check_names(prof, request.subject, request.sans)
            except IDToolkitError as exc:
                report.errors.append(RowError(number, row_id, message_of(exc)))
                continue
            todo.append((number, row_id, request))
    finally:
        if signatures is not None:
            signatures.close()
    check_unique(names)
    _refuse_taken_files(certificates, names, [row_id for _number, row_id, _request in todo])
    state = Progress(0, len(todo), time.monotonic())

    def items() -> Iterator[BulkItem]:
        for number, row_id, request in todo:  # each CSR read and checked once, above
            yield BulkItem(request, prefix + row_id, (number, row_id))

    def write_batch(batch: list[tuple[str, bytes]]) -> None:
        # Durability per batch, not per file: the store already holds the batch (the source
        # of truth), so the files are written without an fsync each and flushed together.
        # A killed run loses nothing (the store has them); the re-run below writes any file
        # that is not on disk, empty or missing, as after a power cut.
        if hasattr(os, "sync"):
            write_atomic_many(certificates, batch, secret=False)
            os.sync()
        else:
            for name, pem in batch:
                _atomic_write(certificates / name, pem, secret=False)

    # A failed write stops the job; the re-run writes the files the store holds.
    writes = _BatchFiles()

    def after_commit(batch: list[IssuedItem]) -> None:
        files = [
            (
                names[issued_item.item.payload[1]],
                issued_item.certificate.public_bytes(serialization.Encoding.PEM),
            )
            for issued_item in batch
        ]
        writes.write(write_batch, files)
        state.advance(len(batch), progress)

    with writes:
        result = issue_bulk(
            ws,
            ca,
            prof,
            items(),
            expected=len(todo),
            commit_every=commit_every,
            after_commit=after_commit,
            cancelled=cancelled,
            source=f"bulk csr-dir {job_name}",
        )
        writes.wait()
    _record_result(
        report,
        result,
        len(todo),
        [(item.payload[0], item.payload[1], why) for item, why in result.rejected],
    )
    # Deliver what an interrupted earlier run recorded but did not write.
    with ws.store.reading() as session:
        ca_id = ca_by_name(session, ca).id
        for ref, der in ders_by_request_ref(session, ca_id, prefix):
            row_id = ref[len(prefix) :]
            if row_id not in names:
                continue  # its CSR file is gone: nothing to name the certificate after
            target = certificates / names[row_id]
            if not _written(target):
                _atomic_write(
                    target,
                    x509.load_der_x509_certificate(der).public_bytes(serialization.Encoding.PEM),
                    secret=False,
                )
                report.recovered += 1
    _write_report(report, out_dir)
    return report
