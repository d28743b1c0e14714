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
PBKDF2 rounds: with that much entropy the KDF adds nothing, 600,000 rounds per file would make
a 10,000-person run take ten minutes, and cryptography holds the GIL while it derives, so the
rounds cannot be spread over both cores. Packing them in a second process was tried: 535
against 505 credentials/s on 6,000 rows, not worth a second process; the signing side is the
limit.
"""

from __future__ import annotations

import base64
import csv
import io
import json
import os
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from idtoolkit.ca.authorities import ca_chain
from idtoolkit.ca.builder import Request, check_key_type
from idtoolkit.ca.bulk import BulkItem, BulkResult, IssuedItem, csr_items, issue_bulk
from idtoolkit.ca.filenames import check_row_id, check_unique
from idtoolkit.ca.inputs import load_csr
from idtoolkit.ca.issuance import check_pkcs12_key, generate_password, pkcs12_bytes
from idtoolkit.ca.names import format_subject
from idtoolkit.ca.rows import CredentialRow, RowError, read_rows
from idtoolkit.csvsafe import csv_text
from idtoolkit.errors import IDToolkitError, InputError
from idtoolkit.files import write_atomic
from idtoolkit.keys.spec import key_spec
from idtoolkit.letters import Letter, render_letters
from idtoolkit.store.cas import ca_by_name
from idtoolkit.store.certificates import ders_by_request_ref, serials_by_request_ref
from idtoolkit.workspace import Workspace

STAGING = ".staging"
BULK_P12_ROUNDS = 2048


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


class _Delivery:
    """The output directory: staging, delivery and recovery of PKCS#12 files and passwords."""

    def __init__(self, out_dir: Path):
        self.out = out_dir
        self.staging = out_dir / STAGING
        self.credentials = out_dir / "credentials"
        self.passwords = out_dir / "passwords"
        # Private keys and their passwords land here: the folders are the operator's alone.
        created = not self.out.exists()
        self.out.mkdir(mode=0o700, parents=True, exist_ok=True)
        if created:
            self.out.chmod(0o700)
        for directory in (self.staging, self.credentials, self.passwords):
            directory.mkdir(mode=0o700, exist_ok=True)
            directory.chmod(0o700)

    def stage(self, entries: list[dict[str, str]]) -> Path:
        path = self.staging / f"batch-{entries[0]['serial']}.json"
        _atomic_write(path, json.dumps(entries).encode())
        return path

    def deliver(self, path: Path) -> int:
        entries = json.loads(path.read_text())
        lines: list[list[str]] = []
        # One flush of the file system per batch instead of an fsync per file; the staging
        # file is removed only once everything it held is on disk.
        bulk_sync = hasattr(os, "sync")
        for entry in entries:
            _atomic_write(
                self.credentials / entry["file"], base64.b64decode(entry["p12"]), sync=not bulk_sync
            )
            lines.append([entry["row_id"], entry["serial"], entry["file"], entry["password"]])
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


def _issued_refs(ws: Workspace, ca: str, prefix: str) -> dict[str, str]:
    """request_ref -> serial for what this job already issued."""
    with ws.store.reading() as session:
        ca_id = ca_by_name(session, ca).id
        return serials_by_request_ref(session, ca_id, prefix)


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
    job_name = job or csv_path.stem
    prefix = f"bulk:{job_name}:"
    report = JobReport(job_name, errors=errors, out_dir=str(out_dir))
    delivery = _Delivery(out_dir)
    chain = ca_chain(ws, ca)

    # Finish what a previous run left between staging and delivery.
    delivery.sweep_partial_writes()
    issued = _issued_refs(ws, ca, prefix)
    recorded_serials = set(issued.values())
    for staged in delivery.staged():
        entries = json.loads(staged.read_text())
        if all(e["serial"] in recorded_serials for e in entries):
            report.recovered += delivery.deliver(staged)
        else:
            report.discarded_unrecorded += len(entries)
            staged.unlink()

    todo = [r for r in rows if prefix + r.row_id not in issued]
    report.already_issued = len(rows) - len(todo)
    files = _check_deliverables(rows, todo, delivery.credentials, ".p12")
    state = Progress(0, len(todo), time.monotonic())

    def items(pool: ThreadPoolExecutor) -> Iterator[BulkItem]:
        for row, private_key in zip(todo, pool.map(lambda _r: spec.generate(), todo), strict=True):
            yield BulkItem(
                Request(row.subject, private_key.public_key(), spec, row.sans, days),
                prefix + row.row_id,
                (row, private_key),
            )

    def build_p12(issued_item: IssuedItem) -> dict[str, str]:
        row, private_key = issued_item.item.payload
        password = generate_password()
        blob = pkcs12_bytes(
            row.row_id,
            private_key,
            issued_item.certificate,
            chain,
            password.encode(),
            legacy_p12,
            rounds=BULK_P12_ROUNDS,
        )
        return {
            "row_id": row.row_id,
            "serial": issued_item.serial,
            "file": files[row.row_id],
            "password": password,
            "p12": base64.b64encode(blob).decode(),
        }

    staged_batches: dict[str, Path] = {}

    with ThreadPoolExecutor(max_workers=2) as pool:

        def before_commit(batch: list[IssuedItem]) -> None:
            # Sequential: cryptography holds the GIL while packing; two threads were slower.
            entries = [build_p12(issued_item) for issued_item in batch]
            staged_batches[batch[0].serial] = delivery.stage(entries)

        def after_commit(batch: list[IssuedItem]) -> None:
            delivery.deliver(staged_batches.pop(batch[0].serial))
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
        )
    _record_result(
        report,
        result,
        len(todo),
        [(item.payload[0].line, item.payload[0].row_id, why) for item, why in result.rejected],
    )
    _write_manifest(ws, ca, prefix, rows, files, delivery, language)
    _write_report(report, delivery.out)
    return report


def _check_deliverables(
    rows: list[CredentialRow], todo: list[CredentialRow], folder: Path, suffix: str
) -> dict[str, str]:
    """Each row's file name, checked before anything is issued: distinct even where case is
    ignored, and not already taken by someone else's file (another job into this folder)."""
    files = {row.row_id: check_row_id(row.row_id, suffix) for row in rows}
    check_unique(files)
    _refuse_taken_files(folder, files, [row.row_id for row in todo])
    return files


def _refuse_taken_files(folder: Path, files: dict[str, str], todo: list[str]) -> None:
    """A file a row is about to get that is already there was written by someone else: this
    job records what it issued, and it never issued these."""
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
    files: dict[str, str],
    delivery: _Delivery,
    language: str = "en",
) -> None:
    issued = _issued_refs(ws, ca, prefix)
    records = []
    for row in rows:
        serial = issued.get(prefix + row.row_id)
        if serial is None:
            continue
        records.append(
            {
                "id": row.row_id,
                "line": row.line,
                "serial": serial,
                "subject": format_subject(row.subject),
                "p12": f"credentials/{files[row.row_id]}",
            }
        )
    fields = ["id", "line", "serial", "subject", "p12"]
    _atomic_write(
        delivery.out / "manifest.csv",
        csv_text([fields, *([r[f] for f in fields] for r in records)]).encode(),
    )
    _atomic_write(
        delivery.out / "manifest.json", json.dumps(records, indent=1, ensure_ascii=False).encode()
    )
    # One file for printing PIN letters: every delivered password, in row order. The batch
    # files hold neutralised cells (see idtoolkit.csvsafe): match them by serial.
    by_serial: dict[str, list[str]] = {}
    for part in sorted(delivery.passwords.glob("batch-*.csv")):
        for line in csv.reader(io.StringIO(part.read_text())):
            by_serial[line[1]] = line
    letters: list[list[str]] = [["id", "serial", "p12", "password"]]
    printable: list[Letter] = []
    for record in records:
        delivered = by_serial.get(str(record["serial"]))
        if delivered is not None:
            letters.append([str(record["id"]), *delivered[1:]])
            printable.append(
                Letter(
                    str(record["id"]),
                    str(record["subject"]),
                    str(record["serial"]),
                    Path(str(record["p12"])).name,
                    delivered[3],
                )
            )
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
    """One certificate per CSR file (``*.csr``, ``*.pem``, ``*.der``); the row id is the file
    name without its extension. Certificates are written as PEM after each commit; a re-run
    writes any that are missing and issues only the CSRs not issued yet."""
    prof = ws.profiles.get(profile)
    if not csr_dir.is_dir():
        raise InputError(
            "bulk.csr_directory_missing",
            "CSR directory {csr_dir} does not exist",
            csr_dir=csr_dir,
        )
    job_name = job or csr_dir.name
    prefix = f"bulk:{job_name}:"
    report = JobReport(job_name, out_dir=str(out_dir))
    certificates = out_dir / "certificates"
    certificates.mkdir(mode=0o700, parents=True, exist_ok=True)
    issued = _issued_refs(ws, ca, prefix)
    files = sorted(
        p for p in csr_dir.iterdir() if p.suffix.lower() in (".csr", ".pem", ".der", ".req")
    )
    todo: list[tuple[int, str, x509.CertificateSigningRequest]] = []
    names: dict[str, str] = {}
    seen: dict[str, int] = {}
    for number, path in enumerate(files, start=1):
        row_id = path.stem
        if row_id in seen:
            report.errors.append(
                RowError(number, row_id, f"duplicate id (file {seen[row_id]} has the same name)")
            )
            continue
        seen[row_id] = number
        try:
            names[row_id] = check_row_id(row_id, ".pem")
        except InputError as exc:
            report.errors.append(RowError(number, row_id, str(exc)))
            continue
        if prefix + row_id in issued:
            report.already_issued += 1
            continue
        try:
            csr = load_csr(path.read_bytes(), path.name)
            next(csr_items(prof, [csr], days))  # validate the CSR against the profile now
        except IDToolkitError as exc:
            report.errors.append(RowError(number, row_id, str(exc)))
            continue
        except OSError as exc:
            report.errors.append(RowError(number, row_id, f"cannot read: {exc.strerror}"))
            continue
        todo.append((number, row_id, csr))
    check_unique(names)
    _refuse_taken_files(certificates, names, [row_id for _number, row_id, _csr in todo])
    state = Progress(0, len(todo), time.monotonic())

    def items() -> Iterator[BulkItem]:
        for (number, row_id, _csr), item in zip(
            todo, csr_items(prof, (c for _, _, c in todo), days), strict=True
        ):
            yield BulkItem(item.request, prefix + row_id, (number, row_id))

    def after_commit(batch: list[IssuedItem]) -> None:
        # Durability per batch, not per file: the store already holds the batch (the source
        # of truth), so the files are written without an fsync each and flushed together
        # before the next batch is signed. A killed run loses nothing (the page cache
        # outlives the process); after a power cut, the re-run below rewrites any file that
        # did not reach the disk, empty or missing.
        bulk_sync = hasattr(os, "sync")
        for issued_item in batch:
            _atomic_write(
                certificates / names[issued_item.item.payload[1]],
                issued_item.certificate.public_bytes(serialization.Encoding.PEM),
                sync=not bulk_sync,
                secret=False,
            )
        if bulk_sync:
            os.sync()
        state.advance(len(batch), progress)

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
