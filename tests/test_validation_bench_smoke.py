"""bench/validation_bench.py still runs (tiny sizes, no HTTP part): a user who runs it must not
meet a crash. No timing is asserted; the figures belong in the benchmark's own output."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench" / "validation_bench.py"


def test_validation_bench_runs_and_reports_json() -> None:
    result = subprocess.run(
        [sys.executable, str(BENCH), "--presign", "40", "--hsm-presign", "10",
         "--crl-entries", "50", "--partition-size", "20", "--skip-http", "--json"],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["presign"]["count"] == 40 and report["hsm_presign"]["count"] == 10
    assert report["crl"]["partitions"] == 3
    assert sum(p["entries"] for p in report["crl"]["per_partition"]) == 50
