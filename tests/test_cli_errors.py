"""Engine errors in the CLI's words: on the command line the remedy is a flag or a command, so
the CLI words those kinds itself (``idtoolkit/apps/cli/wording.py``) and names the flag; with
``--json`` an error carries its kind and parameters for a script. The negative twins show the
engine's own text, through the Python API, names no flag: the desktop app shows that one.
"""

from __future__ import annotations

import ast
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from idtoolkit import api
from idtoolkit.api import signing
from idtoolkit.apps.cli.main import main
from idtoolkit.apps.cli.wording import CLI_WORDING, cli_message
from idtoolkit.errors import IDToolkitError
from tests.conftest import PASSPHRASE
from tests.test_error_kinds import (
    APPS,
    ENGINE,
    Construction,
    _constructions,
    _error_classes,
    _fields,
)

#: A CLI flag (``--trust``) or a command line (``idtoolkit init``), as the engine must not say.
FLAG_OR_COMMAND = ("--", "idtoolkit ")
SUBJECT = "CN=Root CA,O=Ministry,C=SN"


@pytest.fixture(autouse=True)
def _no_idtoolkit_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """No passphrase, workspace or PIN from the developer's shell; no terminal to prompt on."""
    for name in ("IDTOOLKIT_PASSPHRASE", "IDTOOLKIT_WORKSPACE", "IDTOOLKIT_PIN", "IDTOOLKIT_DEBUG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))


@pytest.fixture
def ws_dir(tmp_path: Path) -> Iterator[Path]:
    """An initialised SQLite workspace without CAs."""
    directory = tmp_path / "ws"
    api.Workspace.init(directory, PASSPHRASE).close()
    yield directory


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().err


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, dict[str, Any]]:
    code, err = run(capsys, *argv, "--json")
    return code, json.loads(err)


# --- the CLI names the flag ----------------------------------------------------------------


def test_verify_without_trust_names_the_trust_flag(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, err = run(capsys, "verify", str(tmp_path / "contract.pdf"))
    assert code == 1
    assert err.startswith("error: ") and "--trust CERT" in err


def test_verify_without_trust_as_json_carries_kind_and_params(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, body = run_json(capsys, "verify", str(tmp_path / "contract.pdf"))
    assert code == 1
    assert body["code"] == 1
    assert body["kind"] == "verify.no_trust_anchor"
    assert body["params"] == {}
    assert "--trust" in body["error"]


def test_a_missing_passphrase_names_the_passphrase_file_flag(
    capsys: pytest.CaptureFixture[str], ws_dir: Path
) -> None:
    code, err = run(
        capsys,
        *("ca", "create-root", "root", "--key", "ec-p256", "--subject", SUBJECT),
        *("--workspace", str(ws_dir)),
    )
    assert code == 1
    assert "--passphrase-file" in err and "IDTOOLKIT_PASSPHRASE" in err
    assert PASSPHRASE.decode() not in err


def test_a_missing_passphrase_as_json_says_which_flag(
    capsys: pytest.CaptureFixture[str], ws_dir: Path
) -> None:
    code, body = run_json(
        capsys,
        *("ca", "create-root", "root", "--key", "ec-p256", "--subject", SUBJECT),
        *("--workspace", str(ws_dir)),
    )
    assert code == 1
    assert body["kind"] == "cli.secret_needed"
    assert body["params"]["flag"] == "passphrase-file"
    assert body["params"]["where"] == "set IDTOOLKIT_PASSPHRASE or "


def test_an_uninitialised_workspace_names_the_init_command(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    nowhere = tmp_path / "nowhere"
    code, err = run(capsys, "ca", "list", "--workspace", str(nowhere))
    assert code == 1
    assert f"{nowhere} is not a workspace" in err and "run 'idtoolkit init' first" in err

    code, body = run_json(capsys, "ca", "list", "--workspace", str(nowhere))
    assert (code, body["code"], body["kind"]) == (1, 1, "workspace.not_initialised")
    assert body["params"]["directory"] == str(nowhere)
    assert body["error"] == err.removeprefix("error: ").rstrip("\n")


def test_rsa_pss_with_an_ec_key_names_the_flag(
    capsys: pytest.CaptureFixture[str], ws_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("IDTOOLKIT_PASSPHRASE", PASSPHRASE.decode())
    argv = ("ca", "create-root", "root", "--key", "ec-p256", "--subject", SUBJECT, "--rsa-pss")
    code, err = run(capsys, *argv, "--workspace", str(ws_dir))
    assert (code, err) == (1, "error: --rsa-pss applies to RSA keys only\n")
    code, body = run_json(capsys, *argv, "--workspace", str(ws_dir))
    assert (code, body["kind"], body["params"]) == (1, "ca.rsa_pss_needs_rsa", {})


def test_a_malformed_expected_head_names_the_flag(
    capsys: pytest.CaptureFixture[str], ws_dir: Path
) -> None:
    argv = ("audit", "verify", "--expect-head", "garbage", "--workspace", str(ws_dir))
    code, err = run(capsys, *argv)
    assert (code, err) == (1, "error: --expect-head 'garbage' must look like SEQ:HASH\n")
    code, body = run_json(capsys, *argv)
    assert (body["kind"], body["params"]) == ("audit.bad_expected_head", {"head": "garbage"})


# --- the CLI's own errors have kinds too ---------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "kind", "params"),
    [
        (("serve", "--port", "0"), "cli.bad_port", {"port": 0}),
        (("serve", "--log", "serve.log"), "cli.log_needs_detach", {}),
        (("cert", "list", "--limit", "-1"), "cli.negative_limit_or_offset", {}),
        (("issue", "--ca", "issuing", "--profile", "tls-server"), "cli.issue_needs_csr_or_key", {}),
    ],
)
def test_the_clis_own_errors_carry_kinds_in_json(
    capsys: pytest.CaptureFixture[str],
    ws_dir: Path,
    argv: tuple[str, ...],
    kind: str,
    params: dict[str, object],
) -> None:
    code, body = run_json(capsys, *argv, "--workspace", str(ws_dir))
    assert (code, body["code"], body["kind"], body["params"]) == (1, 1, kind, params)
    assert body["error"]


def test_usage_errors_have_no_kind(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["ca", "create-root", "--json"])
    body = json.loads(capsys.readouterr().err)
    assert exit_.value.code == 2 and body["code"] == 2 and "kind" not in body


# --- negative twins: the engine's own words name no flag -----------------------------------


def _engine_error(call: Any) -> IDToolkitError:
    with pytest.raises(IDToolkitError) as caught:
        call()
    return caught.value


def test_the_engine_words_the_same_errors_without_flags(tmp_path: Path, ws_dir: Path) -> None:
    no_trust = _engine_error(lambda: signing.verify_file(tmp_path / "contract.pdf", []))
    not_a_workspace = _engine_error(lambda: api.Workspace.open(tmp_path / "nowhere"))
    ws = api.Workspace.open(ws_dir)  # no passphrase provider: the engine cannot ask anyone
    try:
        no_passphrase = _engine_error(lambda: api.create_root(ws, "root", SUBJECT, "ec-p256"))
        rsa_pss = _engine_error(
            lambda: api.create_root(ws, "root", SUBJECT, "ec-p256", rsa_pss=True)
        )
        bad_head = _engine_error(lambda: api.verify_audit(ws, "garbage"))
    finally:
        ws.close()

    expected = {
        no_trust: ("verify.no_trust_anchor", "--trust"),
        not_a_workspace: ("workspace.not_initialised", "idtoolkit init"),
        no_passphrase: ("passphrase.needed", "--passphrase-file"),
        rsa_pss: ("ca.rsa_pss_needs_rsa", "--rsa-pss"),
        bad_head: ("audit.bad_expected_head", "--expect-head"),
    }
    for error, (kind, cli_words) in expected.items():
        assert error.kind == kind
        assert not any(word in str(error) for word in FLAG_OR_COMMAND), str(error)
        assert cli_words in cli_message(error), kind


def test_every_cli_wording_is_for_a_kind_the_engine_raises_with_those_parameters() -> None:
    """A wording whose kind or parameter was renamed in the engine would never apply, or
    would fail to render: each CLI template must fit every engine error of its kind."""
    engine = [p for p in ENGINE.rglob("*.py") if APPS not in p.parents]
    trees = {p: ast.parse(p.read_text(encoding="utf-8")) for p in engine}
    classes = _error_classes(trees)
    raised: dict[str, list[Construction]] = {}
    for path, tree in trees.items():
        for c in _constructions(path, tree, classes):
            if c.kind is not None:
                raised.setdefault(c.kind, []).append(c)
    problems = []
    for kind, template in CLI_WORDING.items():
        if kind not in raised:
            problems.append(f"{kind}: the engine raises no such kind")
        for c in raised.get(kind, []):
            if c.params is not None and not _fields(template) <= c.params:
                problems.append(f"{kind}: {sorted(_fields(template) - c.params)} not in {c.where}")
    assert not problems, "\n".join(problems)
