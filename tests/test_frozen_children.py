"""Helper processes (SoftHSM token set-up, the bulk job's lint worker) start the same way
from source and from an installed bundle.

Inside a PyInstaller bundle ``sys.executable`` is the bundle's own program, which runs our
command line and knows no ``-c`` or ``-m``. These tests put a stand-in for that program in
``sys.executable`` and mark the process frozen, so the parent takes the frozen path for real
and the child must come back in through the program's ordinary entry point. ``make
dist-test`` repeats the same steps in the real bundle.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec

from hsm_sim import SoftHSMEnv
from idtoolkit import api, helper_processes

from .conftest import TwoTier

# The two programs of a bundle, run from their real entry scripts: `idtoolkit` and
# `idtoolkit-gui` (either starts helpers: bulk jobs and new tokens run from the app too).
ENTRY_SCRIPTS = Path(__file__).resolve().parent.parent / "installers" / "pyinstaller"
_ENTRY = {"cli": "idtoolkit_cli.py", "gui": "idtoolkit_gui.py"}


@pytest.fixture(params=sorted(_ENTRY))
def frozen_program(
    request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Path:
    program = tmp_path / f"idtoolkit-{request.param}-bundle"
    program.write_text(
        f"#!{sys.executable}\n"
        "import sys\n"
        "if sys.argv[1:2] in (['-c'], ['-m']):\n"
        "    sys.exit('error: a bundled program has no -c or -m')\n"
        "import runpy\n"
        f"runpy.run_path({str(ENTRY_SCRIPTS / _ENTRY[request.param])!r}, run_name='__main__')\n",
        encoding="utf-8",
    )
    program.chmod(0o755)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(program))
    return program


@pytest.mark.parametrize("frozen_program", ["cli"], indirect=True)
def test_a_frozen_program_starts_helpers_through_its_own_command_line(
    frozen_program: Path,
) -> None:
    assert helper_processes.command("lint", "a", "b") == [
        str(frozen_program),
        helper_processes.WORKER_FLAG,
        "lint",
        "a",
        "b",
    ]


def test_from_source_helpers_run_in_this_python() -> None:
    argv = helper_processes.command("hsm-sim")
    assert (
        argv[0] == sys.executable and argv[1] == "-c" and helper_processes.WORKER_FLAG not in argv
    )


def test_a_new_token_can_be_made_from_a_bundle(frozen_program: Path, tmp_path: Path) -> None:
    env = SoftHSMEnv.create(tmp_path / "hsm")
    made = env.add_token("frozen-token", "so-pin-4711", "user-pin-0815")
    assert made.label == "frozen-token"
    assert [t.label for t in env.list_tokens()] == ["frozen-token"]


@pytest.mark.parametrize("frozen_program", ["cli"], indirect=True)  # both dispatch alike
def test_a_bulk_job_lints_in_a_helper_started_from_a_bundle(
    frozen_program: Path, sqlite_pki: TwoTier
) -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    csrs = [
        x509.CertificateSigningRequestBuilder()
        .subject_name(x509.Name.from_rfc4514_string(f"CN=frozen-{i:03d},O=Lab,C=SN"))
        .sign(key, hashes.SHA256())
        for i in range(24)  # at or over the size that sends linting to the helper process
    ]
    result = api.issue_csrs_bulk(sqlite_pki.ws, "issuing", "tls-client", csrs)
    assert result.linted == 24 and result.issued == 24 and result.rejected == ()


def test_only_named_helpers_can_be_started(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(ValueError):
        helper_processes.command("os.system")
    assert helper_processes.dispatch([helper_processes.WORKER_FLAG, "os.system"]) == 2
    assert "unknown helper process 'os.system'" in capsys.readouterr().err


def test_an_ordinary_command_line_is_not_taken_for_a_helper() -> None:
    assert helper_processes.dispatch(["ca", "list"]) is None
    assert helper_processes.dispatch([]) is None


def test_system_programs_started_from_a_bundle_get_the_users_library_path(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bundle_env = {
        "LD_LIBRARY_PATH": "/opt/idtoolkit/_internal",
        "LD_LIBRARY_PATH_ORIG": "/usr/local/lib",
    }
    assert helper_processes.system_env(bundle_env) == bundle_env  # from source: left alone
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert helper_processes.system_env(bundle_env) == {"LD_LIBRARY_PATH": "/usr/local/lib"}
    assert "LD_LIBRARY_PATH" not in helper_processes.system_env(
        {"LD_LIBRARY_PATH": "/opt/x/_internal"}
    )


def test_a_token_can_be_deleted_from_a_bundle(frozen_program: Path, tmp_path: Path) -> None:
    env = SoftHSMEnv.create(tmp_path / "hsm")
    env.add_token("short-lived", "so-pin-4711", "user-pin-0815")
    env.delete_token("short-lived")  # runs softhsm2-util, a system program
    assert env.list_tokens() == []
