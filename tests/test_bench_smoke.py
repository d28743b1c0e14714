"""The benchmarks in bench/ still run (tiny sizes): a user who runs one must not meet a crash.
No timing is asserted here; the figures belong in the benchmarks' own output."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"


@pytest.mark.parametrize(
    "command",
    [
        ["bulk_issue.py", "--count", "60", "--openssl-sample", "3", "--crl-entries", "50"],
        ["hsm_issue.py", "--count", "40", "--sign-seconds", "0.2"],
        [
            "bulk_credentials.py",
            "--credentials",
            "30",
            "--csrs",
            "60",
            "--raw-credentials",
            "10",
            "--raw-certs",
            "50",
        ],
        ["pq_issue.py", "--count", "5", "--crl-entries", "20"],
        ["csr_dir_cli.py", "--count", "30"],
        ["acme_bench.py", "--orders", "1"],
        ["lint_rows.py", "--count", "20", "--full-sample", "2"],
        ["bulk_parts.py", "--count", "40", "--rounds", "1"],
    ],
    ids=[
        "bulk_issue",
        "hsm_issue",
        "bulk_credentials",
        "pq_issue",
        "csr_dir_cli",
        "acme_bench",
        "lint_rows",
        "bulk_parts",
    ],
)
def test_benchmark_runs_and_reports_json(command: list[str], tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(BENCH / command[0]), *command[1:], "--json"],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert isinstance(json.loads(result.stdout), dict)
