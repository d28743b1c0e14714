"""CSV rows into bulk: hostile ids (look-alikes, paths, formulas, 300 characters), odd fields
and broken CSV. Each row is issued into its own file inside the output folder or reported
as a bad row; the file is refused in words; no CSV we write starts a cell with a formula."""

from __future__ import annotations

import csv
import random
from pathlib import Path

from idtoolkit.ca.credential_job import run_csv_job
from idtoolkit.ca.rows import read_rows
from idtoolkit.errors import IDToolkitError

from .conftest import FuzzPKI
from .mutate import SEED, count, mutate

_ID_PARTS = ["a", "b", "A", " ", "_", "/", "\\", ".", "..", "=", "+", "-", "@", "%", "\t", "é",
             "名", "\x00", "\r", '"', ",", ";", "CON", "x" * 130, "%2F", "~"]  # fmt: skip
_VALUES = ["Awa", "Ndiaye", "SN", "S", "", "=1+2", "@SUM(A1)", "a@gov.sn", "not-an-email",
           "x" * 70, "IDCSN-1234567", "é" * 10, "\u202e", "a;b", "-5"]  # fmt: skip
HEADER = ["id", "GN", "SN", "CN", "serialNumber", "C", "email"]


def _random_row(rng: random.Random) -> list[str]:
    row_id = "".join(rng.choice(_ID_PARTS) for _ in range(rng.randint(1, 4)))
    values = [rng.choice(_VALUES) for _ in HEADER[1:]]
    if rng.random() < 0.6:  # mostly plausible rows, so that many are issued
        values = ["Awa", "Ndiaye", f"Awa {rng.randrange(10**6)}", "IDCSN-1", "SN", "a@gov.sn"]
    return [row_id, *values]


def _write(path: Path, rows: list[list[str]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerows(rows)


def _formula_cells(path: Path) -> list[str]:
    with path.open(newline="", encoding="utf-8") as handle:
        return [c for row in csv.reader(handle) for c in row if c[:1] in ("=", "+", "-", "@")]


def test_fuzzed_csv_files_are_read_or_refused_in_words(fuzz_pki: FuzzPKI, tmp_path: Path) -> None:
    rng = random.Random(f"{SEED}:csv")
    profile = fuzz_pki.ws.profiles.get("citizen-auth")
    internal = []
    total = count(400)
    for index in range(total):
        path = tmp_path / f"in{index}.csv"
        _write(path, [_random_row(rng) for _ in range(rng.randint(1, 6))])
        if rng.random() < 0.4:
            path.write_bytes(mutate(path.read_bytes(), rng))
        if rng.random() < 0.05:
            path.write_bytes(path.read_bytes() + b'x,"' + b"y" * 140_000 + b'"\n')
        try:
            read_rows(path, profile)
        except IDToolkitError as exc:
            assert "\n" not in str(exc)
        except Exception as exc:
            internal.append((index, f"{type(exc).__name__}: {exc}"))
    print(f"fuzz csv rows: {total} files, {len(internal)} internal errors")
    assert not internal, internal[:5]


def test_fuzzed_bulk_jobs_give_every_row_its_own_file(fuzz_pki: FuzzPKI, tmp_path: Path) -> None:
    rng = random.Random(f"{SEED}:csv-job")
    jobs = count(4)
    for job in range(jobs):
        rows = [_random_row(rng) for _ in range(12)]
        path = tmp_path / f"job{job}.csv"
        _write(path, rows)
        out = tmp_path / f"out{job}"
        before = fuzz_pki.snapshot()
        try:
            report = run_csv_job(fuzz_pki.ws, "issuing", "citizen-auth", path, out, job=f"f{job}")
        except IDToolkitError as exc:
            assert "\n" not in str(exc)
            assert fuzz_pki.snapshot() == before
            continue
        files = list((out / "credentials").iterdir())
        assert len(files) == report.issued == fuzz_pki.snapshot()[0] - before[0]
        assert all(f.resolve().parent == (out / "credentials").resolve() for f in files)
        assert all(p.parent.name == "credentials" for p in tmp_path.rglob("*.p12"))
        with (out / "pin-letters.csv").open(newline="", encoding="utf-8") as handle:
            letters = list(csv.DictReader(handle))
        assert len(letters) == report.issued
        assert len({row["p12"] for row in letters}) == report.issued
        for name in ("manifest.csv", "pin-letters.csv"):
            assert not _formula_cells(out / name)
    print(f"fuzz csv jobs: {jobs} jobs of 12 rows")


# Internationalised addresses (issue 26): a domain in U-labels, a non-ASCII local part, mixed
# scripts, look-alike dots, bidi marks, broken IDNA; in the e-mail, URI and subject columns.
_IDN_LOCAL = ["ana", "Ana.Diop", "anà", "名", "a+b", "", "a b", "-", "\u202e", "x" * 70, "é"]
_IDN_DOMAIN = ["économie.sn", "exemple.sénégal", "gov.sn", "ÉCONOMIE.SN", "é..sn", "xn--zz.sn",
               "-é-.sn", "例え.jp", "مثال.السعودية", "a\u3002b.sn", "ß.de", "é" * 70 + ".sn",
               "gov.sn.", "[::1]", "\u200d.sn", "пример.рф"]  # fmt: skip
_IDN_HEADER = ["id", "GN", "SN", "CN", "C", "email", "uri", "emailAddress"]


def _idn_address(rng: random.Random) -> str:
    local, domain = rng.choice(_IDN_LOCAL), rng.choice(_IDN_DOMAIN)
    if rng.random() < 0.2:
        return f"{local}@{domain};{rng.choice(_IDN_LOCAL)}@{rng.choice(_IDN_DOMAIN)}"
    return f"{local}@{domain}"


def _idn_row(rng: random.Random, index: int) -> list[str]:
    uri = "" if rng.random() < 0.5 else f"https://{rng.choice(_IDN_DOMAIN)}/accès?q=é#{index}"
    subject_mail = _idn_address(rng) if rng.random() < 0.2 else ""
    return [f"r{index}", "Awa", "Ndiaye", f"Awa {index}", "SN", _idn_address(rng), uri,
            subject_mail]  # fmt: skip


def test_fuzzed_idn_addresses_are_issued_or_bad_rows(fuzz_pki: FuzzPKI, tmp_path: Path) -> None:
    """Each row with an internationalised address is issued (A-labels) or a bad row with its
    reason; the job never stops on one (issue 26: a whole job exited 3)."""
    rng = random.Random(f"{SEED}:csv-idn")
    profile = fuzz_pki.ws.profiles.get("citizen-auth")
    internal = []
    total = count(300)
    for index in range(total):
        path = tmp_path / f"idn{index}.csv"
        with path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(_IDN_HEADER)
            writer.writerows(_idn_row(rng, i) for i in range(rng.randint(1, 5)))
        try:
            read_rows(path, profile)
        except IDToolkitError as exc:
            internal.append((index, f"the whole file was refused: {exc}"))
        except Exception as exc:
            internal.append((index, f"{type(exc).__name__}: {exc}"))
    jobs = count(3)
    for job in range(jobs):
        path = tmp_path / f"idn-job{job}.csv"
        with path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(_IDN_HEADER)
            writer.writerows(_idn_row(rng, i) for i in range(10))
        try:
            report = run_csv_job(fuzz_pki.ws, "issuing", "citizen-auth", path,
                                 tmp_path / f"idn-out{job}")  # fmt: skip
        except Exception as exc:
            internal.append((f"job {job}", f"{type(exc).__name__}: {exc}"))
            continue
        assert report.issued + len(report.errors) == 10
        assert all("\n" not in e.message for e in report.errors)
    print(f"fuzz csv idn: {total} files, {jobs} jobs, {len(internal)} internal errors")
    assert not internal, internal[:5]
