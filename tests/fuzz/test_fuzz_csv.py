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
