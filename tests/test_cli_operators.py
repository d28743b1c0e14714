"""The operator, policy and approval commands, and acting with --as (issue 27)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from idtoolkit.apps.cli.main import main
from idtoolkit.workspace import Workspace
from tests.conftest import PASSPHRASE
from tests.operator_fixtures import P12_PASSWORD, make_kit


@pytest.fixture
def ws_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    Workspace.init(tmp_path / "ws", PASSPHRASE).close()
    monkeypatch.setenv("IDTOOLKIT_PASSPHRASE", PASSPHRASE.decode())
    monkeypatch.setenv("IDTOOLKIT_CREDENTIAL_PASSWORD", P12_PASSWORD.decode())
    monkeypatch.delenv("IDTOOLKIT_OPERATOR", raising=False)
    monkeypatch.delenv("IDTOOLKIT_CREDENTIAL", raising=False)
    return tmp_path / "ws"


def test_team_set_up_request_and_approval(
    ws_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    w = ["--workspace", str(ws_dir)]
    for name in ("alice", "bob"):
        kit = make_kit(name)
        (tmp_path / f"{name}.pem").write_bytes(kit.pem)
        (tmp_path / f"{name}.p12").write_bytes(kit.p12)
        assert (
            main(
                [
                    *w,
                    "operator",
                    "add",
                    name,
                    "--role",
                    "ca-admin",
                    "--cert",
                    str(tmp_path / f"{name}.pem"),
                ]
            )
            == 0
        )
    capsys.readouterr()
    assert main([*w, "--json", "operator", "list"]) == 0
    assert [o["name"] for o in json.loads(capsys.readouterr().out)["items"]] == ["alice", "bob"]

    # without --as: refused, exit 1, naming the rule
    assert (
        main(
            [
                *w,
                "ca",
                "create-root",
                "root",
                "--subject",
                "CN=Root,O=Ministry,C=SN",
                "--key",
                "ec-p256",
            ]
        )
        == 1
    )
    assert "proved who they are" in capsys.readouterr().err

    alice = ["--as", "alice", "--credential", str(tmp_path / "alice.p12")]
    assert (
        main(
            [
                *w,
                *alice,
                "--json",
                "ca",
                "create-root",
                "root",
                "--subject",
                "CN=Root,O=Ministry,C=SN",
                "--key",
                "ec-p256",
            ]
        )
        == 5
    )
    waiting = json.loads(capsys.readouterr().out)
    request = waiting["params"]["request"]
    assert waiting["params"]["needed"] == 1

    assert main([*w, *alice, "approval", "approve", str(request)]) == 1
    assert "cannot approve" in capsys.readouterr().err

    bob = ["--as", "bob", "--credential", str(tmp_path / "bob.p12")]
    assert main([*w, *bob, "approval", "approve", str(request)]) == 0
    assert "executed" in capsys.readouterr().out
    assert main([*w, "--json", "approval", "show", str(request)]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["state"] == "executed"
    assert [d["verifies"] for d in shown["decisions"]] == [True]
    assert main([*w, "approval", "show", str(request)]) == 0
    assert "signature verifies" in capsys.readouterr().out
    assert main([*w, "--json", "policy", "show"]) == 0
    policy = {p["action"]: p for p in json.loads(capsys.readouterr().out)["items"]}
    assert policy["ca.create"]["approvals"] == 1


def test_wrong_credential_password_is_one_line(
    ws_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    kit = make_kit("alice")
    (tmp_path / "a.pem").write_bytes(kit.pem)
    (tmp_path / "a.p12").write_bytes(kit.p12)
    w = ["--workspace", str(ws_dir)]
    assert (
        main(
            [
                *w,
                "operator",
                "add",
                "alice",
                "--role",
                "ca-admin",
                "--cert",
                str(tmp_path / "a.pem"),
            ]
        )
        == 0
    )
    monkeypatch.setenv("IDTOOLKIT_CREDENTIAL_PASSWORD", "wrong")
    monkeypatch.setenv("IDTOOLKIT_OPERATOR", "alice")
    monkeypatch.setenv("IDTOOLKIT_CREDENTIAL", str(tmp_path / "a.p12"))
    capsys.readouterr()
    assert main([*w, "--json", "ca", "list"]) == 1
    err = json.loads(capsys.readouterr().err)
    assert err["kind"] == "authz.credential_unreadable"


def test_the_last_approver_gives_the_password(
    ws_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from idtoolkit import api
    from idtoolkit.api import operators as ops
    from idtoolkit.errors import ApprovalPending

    other = Workspace.init(tmp_path / "other", PASSPHRASE)
    try:
        api.create_root(other, "legacy", "CN=Legacy Root,O=Gov,C=SN", "ec-p256")
        backup = api.export_ca_pkcs12(other, "legacy", b"backup password")
    finally:
        other.close()
    kits = {name: make_kit(name) for name in ("alice", "bob")}
    (tmp_path / "bob.p12").write_bytes(kits["bob"].p12)
    ws = Workspace.open(ws_dir)
    ws.unlock(PASSPHRASE)
    try:
        for name, kit in kits.items():
            ops.add_operator(ws, name, ["ca-admin"], kit.der)
        ops.sign_in_pkcs12(ws, "alice", kits["alice"].p12, P12_PASSWORD)
        with pytest.raises(ApprovalPending) as waiting:
            api.import_ca(ws, "legacy", p12_data=backup, key_password=b"backup password")
    finally:
        ws.close()
    request = str(waiting.value.params["request"])
    bob = ["--workspace", str(ws_dir), "--as", "bob", "--credential", str(tmp_path / "bob.p12")]
    monkeypatch.delenv("IDTOOLKIT_KEY_PASSWORD", raising=False)
    assert main([*bob, "--json", "approval", "approve", request]) == 1
    assert json.loads(capsys.readouterr().err)["kind"] == "cli.approval_secret_needed"
    monkeypatch.setenv("IDTOOLKIT_KEY_PASSWORD", "backup password")
    assert main([*bob, "approval", "approve", request]) == 0
    assert "executed" in capsys.readouterr().out
