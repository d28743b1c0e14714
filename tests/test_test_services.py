"""The private PostgreSQL server `make test` and CI start for themselves.

CI machines run no database server, so scripts/with-test-postgres.sh must start one, hand its
URL to the command, and leave nothing behind; two runs at once must not meet.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
WRAPPER = ROOT / "scripts" / "with-test-postgres.sh"

# Connects to the URL it was given, prints the URL, the server's port and its data directory.
PROBE = (
    "import os, psycopg; url = os.environ['IDTOOLKIT_TEST_PG_URL']; "
    "c = psycopg.connect(url, connect_timeout=5); "
    "print(url); print(c.execute('show port').fetchone()[0]); "
    "print(c.execute('show data_directory').fetchone()[0]); c.close()"
)


def _env_without_url() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("IDTOOLKIT_TEST_PG_URL", None)
    env.pop("IDTOOLKIT_KEEP_PG", None)
    return env


def _answers(url: str) -> bool:
    import psycopg

    try:
        psycopg.connect(url, connect_timeout=2).close()
    except psycopg.OperationalError:
        return False
    return True


def test_private_server_is_started_for_the_command_and_removed_after() -> None:
    done = subprocess.run(
        [str(WRAPPER), sys.executable, "-c", PROBE + "; raise SystemExit(5)"],
        env=_env_without_url(),
        capture_output=True,
        text=True,
        timeout=180,
    )
    # The command's own status comes back: pytest's "no tests ran" (5) must not turn into 0.
    assert done.returncode == 5, done.stderr
    url, port, data_dir = done.stdout.split()
    assert url == f"postgresql://postgres@127.0.0.1:{port}/postgres"
    assert "private cluster" in done.stderr
    assert not _answers(url), "the private server must be stopped when the command ends"
    assert not Path(data_dir).exists(), "the private cluster's files must be deleted"


def test_two_runs_at_once_get_their_own_servers() -> None:
    runs = [
        subprocess.Popen(
            [str(WRAPPER), sys.executable, "-c", PROBE + "; import time; time.sleep(2)"],
            env=_env_without_url(),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    outputs = [run.communicate(timeout=180) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], [err for _, err in outputs]
    first, second = (out.split() for out, _ in outputs)
    assert first[1] != second[1], "two runs shared a port"
    assert first[2] != second[2], "two runs shared a data directory"


@pytest.mark.parametrize("given", ["postgresql://someone@db.example:6543/x"])
def test_a_given_url_is_used_as_it_is(given: str) -> None:
    env = _env_without_url() | {"IDTOOLKIT_TEST_PG_URL": given}
    done = subprocess.run(
        [
            str(WRAPPER),
            sys.executable,
            "-c",
            "import os; print(os.environ['IDTOOLKIT_TEST_PG_URL'])",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == given
    assert "private cluster" not in done.stderr
