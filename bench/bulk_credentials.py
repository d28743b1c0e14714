"""Bulk-credential benchmark: CSV → key + certificate + PKCS#12, and 100k CSRs, versus raw
pyca/cryptography in the same run.

Run from the project root::

    .venv/bin/python bench/bulk_credentials.py [--credentials 10000] [--csrs 100000]
        [--raw-credentials 2000] [--raw-certs 20000] [--json] [--profile]

Everything happens in a temporary directory with a SQLite workspace (root ec-p384, issuing
ec-p256; subjects C, O, CN). Progress goes to stderr; the table (or ``--json``) to stdout.
See bench/README.md for what each number means.
"""

from __future__ import annotations

import argparse
import cProfile
import csv
import io
import os
import pstats
import secrets
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any, ClassVar

# bench/ is sys.path[0] when this file is run as a script: share bulk_issue's helpers.
from bulk_issue import (
    BASE_URL,
    CA_NAME,
    PASSPHRASE,
    PROFILE,
    TARGET_RAW_RATIO,
    RawIssuer,
    Results,
    build_pki,
    count_for_ca,
    emit,
    log,
    machine_info,
    raw_ca_certificate,
    raw_certificate,
    raw_issue,
    raw_tls_client_extensions,
    verdict,
)
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import PrivateFormat, pkcs12
from cryptography.x509.oid import NameOID

from idtoolkit import api
from idtoolkit.ca import credential_job
from idtoolkit.ca.credential_job import BULK_P12_ROUNDS, Progress, run_csv_job

#: Issue 30: CSV credentials at >= 0.8x the raw credential loop.
TARGET_CREDENTIALS_RATIO = 0.8
ORG = "ID Toolkit Bench"
COUNTRY = "SN"


@contextmanager
def timed(label: str, sink: dict[str, float]) -> Iterator[None]:
    start = time.perf_counter()
    try:
        yield
    finally:
        sink[label] = time.perf_counter() - start


# --- inputs --------------------------------------------------------------------------------


def subject(cn: str) -> x509.Name:
    """C, O, CN: the RDN order rows.py produces from a CSV row."""
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, COUNTRY),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, ORG),
            x509.NameAttribute(NameOID.COMMON_NAME, cn),
        ]
    )


def credential_rows(count: int, prefix: str = "person") -> list[tuple[str, str]]:
    width = max(6, len(str(count)))
    return [(f"{prefix}-{i:0{width}d}", f"Person {i:0{width}d}") for i in range(count)]


def write_csv(path: Path, rows: Sequence[tuple[str, str]]) -> None:
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\n")
    writer.writerow(["id", "CN", "O", "C"])
    writer.writerows([row_id, cn, ORG, COUNTRY] for row_id, cn in rows)
    path.write_text(text.getvalue(), encoding="utf-8")


def make_subject_csrs(count: int) -> list[x509.CertificateSigningRequest]:
    """``count`` P-256 CSRs, each with its own key: C, O, CN=client-NNNNNN, one DNS SAN."""
    csrs = []
    width = max(6, len(str(count)))
    step = max(1, count // 5)
    for i in range(count):
        key = ec.generate_private_key(ec.SECP256R1())
        cn = f"client-{i:0{width}d}"
        csrs.append(
            x509.CertificateSigningRequestBuilder()
            .subject_name(subject(cn))
            .add_extension(
                x509.SubjectAlternativeName([x509.DNSName(f"{cn}.bench.example")]),
                critical=False,
            )
            .sign(key, hashes.SHA256())
        )
        if (i + 1) % step == 0 and i + 1 < count:
            log(f"  {i + 1:,} CSRs")
    return csrs


class LoggedCSRs:
    """A sized iterable of CSRs that logs how many the engine has consumed (= signed).
    Sized, so issue_csrs_bulk still sees the job size and lints its sample out of process."""

    def __init__(self, csrs: Sequence[x509.CertificateSigningRequest], every: int) -> None:
        self.csrs = csrs
        self.every = max(1, every)
        self.started = 0.0

    def __len__(self) -> int:
        return len(self.csrs)

    def __iter__(self) -> Iterator[x509.CertificateSigningRequest]:
        self.started = time.perf_counter()
        for i, csr in enumerate(self.csrs, start=1):
            yield csr
            if i % self.every == 0 and i < len(self.csrs):
                elapsed = time.perf_counter() - self.started
                log(f"  {i:,} signed, {elapsed:.1f} s ({i / elapsed:,.0f}/s)")


# --- raw pyca/cryptography -----------------------------------------------------------------


def make_raw_pki() -> tuple[RawIssuer, list[x509.Certificate]]:
    """An in-memory two-tier PKI like the workspace's: root P-384, issuing P-256.
    Returns the issuing CA and the PKCS#12 chain (issuing, root)."""
    root_key = ec.generate_private_key(ec.SECP384R1())
    root_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Bench Raw Root CA")])
    root = raw_ca_certificate(root_name, root_key, root_name, root_key, None)
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Bench Raw Issuing CA")])
    cert = raw_ca_certificate(name, key, root_name, root_key, 0)
    return RawIssuer(key, cert), [cert, root]


def raw_credentials(
    issuer: RawIssuer,
    chain: Sequence[x509.Certificate],
    rows: Sequence[tuple[str, str]],
    out: Path,
) -> int:
    """Per row: a P-256 key, the tls-client certificate (7 extensions, no SAN: the CSV has
    none), a PKCS#12 like the engine's (AES-256-CBC, PBKDF2-SHA256 2048 rounds, SHA-256 MAC,
    chain of 2) written to its own file; one os.sync() at the end. No checks, no store."""
    extensions = raw_tls_client_extensions(issuer, "raw")
    out.mkdir(parents=True, exist_ok=True)
    total = 0
    for row_id, cn in rows:
        key = ec.generate_private_key(ec.SECP256R1())
        cert = raw_certificate(issuer, extensions, subject(cn), key.public_key())
        password = secrets.token_urlsafe(15)  # 120 bits, like generate_password()
        encryption = (
            PrivateFormat.PKCS12.encryption_builder()
            .kdf_rounds(BULK_P12_ROUNDS)
            .key_cert_algorithm(pkcs12.PBES.PBESv2SHA256AndAES256CBC)
            .hmac_hash(hashes.SHA256())
            .build(password.encode())
        )
        blob = pkcs12.serialize_key_and_certificates(
            row_id.encode(), key, cert, list(chain), encryption
        )
        (out / f"{row_id}.p12").write_bytes(blob)
        total += len(blob)
    os.sync()
    return total


# --- profiling (parent and credential worker) ----------------------------------------------

WORKER_MODULE = "idtoolkit.ca.credential_worker"


@contextmanager
def profiled_worker(stats_file: Path) -> Iterator[None]:
    """run_csv_job generates keys and packs PKCS#12 files in a child process
    (``python -m idtoolkit.ca.credential_worker``), which the parent's cProfile cannot see.
    While this is active, that one command is started as ``python -m cProfile -o FILE -m ...``
    instead, so the child's profile can be merged with the parent's. Other commands (the lint
    worker) start unchanged."""
    original = subprocess.Popen

    def popen(args: Any, *rest: Any, **kwargs: Any) -> Any:
        if isinstance(args, list | tuple) and list(args[1:]) == ["-m", WORKER_MODULE]:
            args = [args[0], "-m", "cProfile", "-o", str(stats_file), "-m", WORKER_MODULE]
        return original(args, *rest, **kwargs)

    subprocess.Popen = popen  # type: ignore[assignment,misc]
    try:
        yield
    finally:
        subprocess.Popen = original  # type: ignore[misc]


class _ProfiledPool(ThreadPoolExecutor):
    """For an engine that generates keys and packs PKCS#12 files on a thread pool: cProfile
    sees only the thread that enabled it, so this pool profiles each task in its worker
    thread (one Profile per thread) for merging with the main thread's stats."""

    profiles: ClassVar[list[cProfile.Profile]] = []
    _local = threading.local()

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        def wrapped() -> Any:
            profiler: cProfile.Profile | None = getattr(self._local, "profiler", None)
            if profiler is None:
                profiler = self._local.profiler = cProfile.Profile()
                _ProfiledPool.profiles.append(profiler)
            profiler.enable()
            try:
                return fn(*args, **kwargs)
            finally:
                profiler.disable()

        return super().submit(wrapped)


@contextmanager
def profiled_pool() -> Iterator[None]:
    _ProfiledPool.profiles.clear()
    original = getattr(credential_job, "ThreadPoolExecutor", None)
    if original is None:
        yield
        return
    credential_job.ThreadPoolExecutor = _ProfiledPool  # type: ignore[attr-defined]
    try:
        yield
    finally:
        credential_job.ThreadPoolExecutor = original  # type: ignore[attr-defined]


def engine_design() -> str:
    """Where run_csv_job makes keys and PKCS#12 files (the engine is being reworked)."""
    if hasattr(credential_job, "CredentialProcess"):
        return "worker process"
    if hasattr(credential_job, "ThreadPoolExecutor"):
        return "thread pool"
    return "in line"


def profile_csv_job(ws: api.Workspace, tmp: Path, count: int, top: int) -> str:
    """cProfile of one run_csv_job, merged over the main thread, pool threads and the
    credential worker process, whichever the engine uses."""
    rows = credential_rows(count, prefix="prof")
    csv_path = tmp / "profile.csv"
    write_csv(csv_path, rows)
    worker_stats = tmp / "worker.prof"
    parent = cProfile.Profile()
    started = time.perf_counter()
    with profiled_worker(worker_stats), profiled_pool():
        parent.enable()
        run_csv_job(ws, CA_NAME, PROFILE, csv_path, tmp / "profile-out")
        parent.disable()
    wall = time.perf_counter() - started
    out = io.StringIO()
    stats = pstats.Stats(parent, stream=out)
    sources = ["main thread"]
    if _ProfiledPool.profiles:
        for profiler in _ProfiledPool.profiles:
            stats.add(profiler)
        sources.append(f"{len(_ProfiledPool.profiles)} pool threads")
    if worker_stats.exists():
        stats.add(str(worker_stats))
        sources.append("credential worker process")
    out.write(
        f"cProfile of run_csv_job ({engine_design()}), {count} credentials, {wall:.2f} s wall "
        f"under the profiler; merged: {' + '.join(sources)} (tottime sums over them)\n"
    )
    stats.strip_dirs().sort_stats("tottime").print_stats(top)
    # Drop pstats' banner (stats file name and date, "List reduced ...") and blank lines.
    lines = out.getvalue().splitlines()
    keep = [
        line
        for line in lines
        if line.strip() and ".prof" not in line and not line.lstrip().startswith("List reduced")
    ]
    return "\n".join(keep) + "\n"


# --- report --------------------------------------------------------------------------------


def print_table(r: Results) -> None:
    m = r.metrics
    rows: list[tuple[str, str, str]] = [
        ("two-tier PKI setup", f"{m['pki_setup_s']:.2f} s", "root ec-p384, issuing ec-p256"),
        (
            "run_csv_job (key+cert+p12)",
            f"{m['ours_creds_per_s']:,.0f} creds/s",
            f"{m['credentials']:,} in {m['ours_creds_s']:.2f} s, durable",
        ),
        (
            "raw cryptography credential",
            f"{m['raw_creds_per_s']:,.0f} creds/s",
            f"sample {m['raw_credentials']:,}, mean of {m['raw_creds_before_s']:.2f} s before "
            f"and {m['raw_creds_after_s']:.2f} s after, 1 thread",
        ),
        (
            "credentials ours / raw",
            f"{m['creds_ours_over_raw']:.3f}",
            f"target >= {TARGET_CREDENTIALS_RATIO}  {m['creds_verdict']}",
        ),
        (
            "CSR pre-generation (not timed)",
            f"{m['csrs']:,} in {m['csr_pregen_s']:.1f} s",
            "one P-256 key per CSR",
        ),
        (
            "issue_csrs_bulk",
            f"{m['ours_certs_per_s']:,.0f} certs/s",
            f"{m['csrs']:,} in {m['ours_certs_s']:.2f} s, linted {m['ours_linted']}",
        ),
        (
            "raw cryptography build+sign",
            f"{m['raw_certs_per_s']:,.0f} certs/s",
            f"sample {m['raw_certs']:,} in {m['raw_certs_s']:.2f} s",
        ),
        (
            "certificates ours / raw",
            f"{m['certs_ours_over_raw']:.3f}",
            f"target >= {TARGET_RAW_RATIO}  {verdict(m['certs_ours_over_raw'], TARGET_RAW_RATIO)}",
        ),
    ]
    w0 = max(len(a) for a, _, _ in rows)
    w1 = max(len(b) for _, b, _ in rows)
    mach = r.machine
    print(
        f"machine: nproc={mach['nproc']}  python {mach['python']}  "
        f"cryptography {mach['cryptography']}  cpu: {mach['cpu'] or '?'}  "
        f"keys+p12 in: {mach['credential_job']}"
    )
    print(f"{'metric':<{w0}}  {'value':>{w1}}  notes")
    print(f"{'-' * w0}  {'-' * w1}  {'-' * 34}")
    for a, b, c in rows:
        print(f"{a:<{w0}}  {b:>{w1}}  {c}")
    print("checks: " + ", ".join(f"{k}={v}" for k, v in r.checks.items()))
    if r.profile:
        print(r.profile.rstrip())


# --- checks --------------------------------------------------------------------------------


def check_credentials(out: Path, expected: int, chain_len: int) -> dict[str, Any]:
    """Count the PKCS#12 files, and open the first one with its password from pin-letters."""
    p12_files = sum(1 for _ in (out / "credentials").glob("*.p12"))
    staged = sum(1 for _ in (out / credential_job.STAGING).glob("*"))
    with (out / "pin-letters.csv").open(encoding="utf-8") as handle:
        letters = list(csv.DictReader(handle))
    first = letters[0]
    key, cert, extra = pkcs12.load_key_and_certificates(
        (out / "credentials" / first["p12"]).read_bytes(), first["password"].encode()
    )
    opens = (
        key is not None
        and cert is not None
        and cert.public_key() == key.public_key()
        and len(extra) == chain_len
    )
    return {
        "p12_files": p12_files,
        "pin_letters": len(letters),
        "staging_left": staged,
        "p12_opens": opens,
        "credentials_ok": p12_files == len(letters) == expected and staged == 0 and opens,
    }


# --- main ----------------------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--credentials", type=int, default=10_000, help="CSV rows (10000)")
    parser.add_argument("--csrs", type=int, default=100_000, help="CSRs to issue (100000)")
    parser.add_argument(
        "--raw-credentials", type=int, default=2000, help="raw credential loop sample (2000)"
    )
    parser.add_argument(
        "--raw-certs", type=int, default=20_000, help="raw build+sign loop sample (20000)"
    )
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument(
        "--profile",
        action="store_true",
        help="afterwards, cProfile a run_csv_job of min(credentials, 2000) rows, top 10 tottime",
    )
    args = parser.parse_args(argv)
    if min(args.credentials, args.csrs, args.raw_credentials, args.raw_certs) < 1:
        parser.error("all counts must be >= 1")
    return args


def run(args: argparse.Namespace, tmp: Path) -> Results:
    r = Results()
    times: dict[str, float] = {}
    n, m = args.credentials, args.csrs
    raw_n, raw_m = min(args.raw_credentials, n), min(args.raw_certs, m)

    rows = credential_rows(n)
    csv_path = tmp / "people.csv"
    write_csv(csv_path, rows)
    directory = tmp / "ws"
    ws = api.Workspace.init(directory, PASSPHRASE, base_url=BASE_URL)
    try:
        r.machine = machine_info(shutil.which("openssl"), ws.store.display_url)
        r.machine["credential_job"] = engine_design()
        with timed("pki", times):
            build_pki(ws)

        # The raw credential loop runs before and after the job, on a sample each time, and
        # counts as the mean of the two (see bulk_issue.py: this machine's speed drifts).
        log(f"raw credential loop, before: {raw_n:,} ...")
        issuer, chain = make_raw_pki()
        with timed("raw_creds_before", times):
            raw_credentials(issuer, chain, rows[:raw_n], tmp / "raw-p12-before")
        log(f"  {times['raw_creds_before']:.2f} s ({raw_n / times['raw_creds_before']:,.0f}/s)")

        # 1. credentials from a CSV, through the engine.
        log(f"run_csv_job: {n:,} credentials ...")
        out = tmp / "out"
        next_log = [max(1, n // 5)]

        def progress(state: Progress) -> None:
            if next_log[0] <= state.done < state.total:
                next_log[0] += max(1, n // 5)
                log(f"  {state.done:,}/{state.total:,} ({state.rate:,.0f}/s)")

        with timed("ours_creds", times):
            report = run_csv_job(ws, CA_NAME, PROFILE, csv_path, out, progress=progress)
        log(f"  {times['ours_creds']:.2f} s ({n / times['ours_creds']:,.0f}/s)")
        rows_after_csv = count_for_ca(directory, ws.config.db_url)
        r.checks["csv_issued"] = report.issued
        r.checks["csv_errors"] = len(report.errors)
        r.checks["rows_after_csv"] = rows_after_csv
        r.checks.update(check_credentials(out, n, 2))

        # 2. the same credentials with raw cryptography, on a sample.
        log(f"raw credential loop, after: {raw_n:,} ...")
        with timed("raw_creds_after", times):
            raw_credentials(issuer, chain, rows[:raw_n], tmp / "raw-p12")
        raw_files = sum(1 for _ in (tmp / "raw-p12").glob("*.p12"))
        r.checks["raw_p12_files"] = raw_files
        log(f"  {times['raw_creds_after']:.2f} s ({raw_n / times['raw_creds_after']:,.0f}/s)")
        times["raw_creds"] = (times["raw_creds_before"] + times["raw_creds_after"]) / 2

        # 3. certificates from CSRs.
        log(f"pre-generating {m:,} P-256 CSRs (not timed) ...")
        with timed("csr", times):
            csrs = make_subject_csrs(m)
        log(f"  {times['csr']:.2f} s")
        log(f"issue_csrs_bulk: {m:,} certificates ...")
        with timed("ours_certs", times):
            result = api.issue_csrs_bulk(ws, CA_NAME, PROFILE, LoggedCSRs(csrs, m // 5))
        log(f"  {times['ours_certs']:.2f} s ({m / times['ours_certs']:,.0f}/s)")
        rows_total = count_for_ca(directory, ws.config.db_url)
        r.checks["bulk_issued"] = result.issued
        r.checks["rows_total"] = rows_total
        r.checks["store_count_ok"] = (
            rows_after_csv == n == report.issued
            and rows_total == n + m
            and result.issued == m
            and raw_files == raw_n
        )

        log(f"raw build+sign loop: {raw_m:,} ...")
        with timed("raw_certs", times):
            raw_issue(issuer, csrs[:raw_m])
        log(f"  {times['raw_certs']:.2f} s ({raw_m / times['raw_certs']:,.0f}/s)")
        del csrs

        if args.profile:
            k = min(n, 2000)
            log(f"profiling run_csv_job with {k:,} credentials ...")
            r.profile = profile_csv_job(ws, tmp, k, 10)
    finally:
        ws.close()

    ours_creds = n / times["ours_creds"]
    raw_creds = raw_n / times["raw_creds"]
    ours_certs = m / times["ours_certs"]
    raw_certs = raw_m / times["raw_certs"]
    r.metrics = {
        "credentials": n,
        "pki_setup_s": round(times["pki"], 3),
        "ours_creds_s": round(times["ours_creds"], 3),
        "ours_creds_per_s": round(ours_creds, 1),
        "raw_credentials": raw_n,
        "raw_creds_s": round(times["raw_creds"], 3),
        "raw_creds_per_s": round(raw_creds, 1),
        "raw_creds_before_s": round(times["raw_creds_before"], 3),
        "raw_creds_after_s": round(times["raw_creds_after"], 3),
        "creds_ours_over_raw": round(ours_creds / raw_creds, 4),
        "creds_target": TARGET_CREDENTIALS_RATIO,
        "creds_verdict": verdict(ours_creds / raw_creds, TARGET_CREDENTIALS_RATIO),
        "csrs": m,
        "csr_pregen_s": round(times["csr"], 3),
        "ours_certs_s": round(times["ours_certs"], 3),
        "ours_certs_per_s": round(ours_certs, 1),
        "ours_linted": result.linted,
        "raw_certs": raw_m,
        "raw_certs_s": round(times["raw_certs"], 3),
        "raw_certs_per_s": round(raw_certs, 1),
        "certs_ours_over_raw": round(ours_certs / raw_certs, 4),
        "certs_target": TARGET_RAW_RATIO,
        "certs_verdict": verdict(ours_certs / raw_certs, TARGET_RAW_RATIO),
    }
    return r


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="idt-bench-cred-") as tmp:
        results = run(args, Path(tmp))
    results.metrics["wall_s"] = round(time.perf_counter() - started, 1)
    emit(results, args.json, print_table)
    return 0 if results.checks.get("store_count_ok") and results.checks.get("credentials_ok") else 1


if __name__ == "__main__":
    sys.exit(main())
