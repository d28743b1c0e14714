"""hsm_sim against the real SoftHSM2: isolated environments, tokens that really log in, and
PINs that never show up on a command line."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from hsm_sim import HsmSimError, SoftHSMEnv, TokenInfo, find_softhsm_module, main
from idtoolkit.hsm import softhsm as provision

SO_PIN = "so-secret-4711"
USER_PIN = "user-secret-0815"

# Runs in a child so that each check loads SoftHSM with the environment's SOFTHSM2_CONF;
# the PIN arrives on stdin, never in argv.
_LOGIN_CHILD = """
import json, sys
import pkcs11
from pkcs11 import exceptions as p11
req = json.loads(sys.stdin.read())
lib = pkcs11.lib(req["module"])
try:
    token = lib.get_token(token_label=req["label"])
    kwargs = {"so_pin": req["pin"], "rw": True} if req.get("so") else {"user_pin": req["pin"]}
    with token.open(**kwargs):
        print("ok")
except p11.PKCS11Error as exc:
    print(type(exc).__name__)
"""


def login(env: SoftHSMEnv, label: str, pin: str, *, so: bool = False) -> str:
    """'ok' or the python-pkcs11 exception class name, from a fresh process."""
    done = subprocess.run(
        [sys.executable, "-c", _LOGIN_CHILD],
        input=json.dumps(
            {"module": str(find_softhsm_module()), "label": label, "pin": pin, "so": so}
        ),
        env={**os.environ, **env.env()},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return done.stdout.strip()


def list_token_slots(env: SoftHSMEnv) -> str:
    done = subprocess.run(
        ["pkcs11-tool", "--module", str(find_softhsm_module()), "--list-token-slots"],
        env={**os.environ, **env.env()},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return done.stdout


@pytest.fixture
def sim(tmp_path: Path) -> SoftHSMEnv:
    return SoftHSMEnv.create(tmp_path / "hsm")


def test_create_writes_an_isolated_conf_and_is_idempotent(tmp_path: Path) -> None:
    env = SoftHSMEnv.create(tmp_path / "lab")
    conf = env.conf_path.read_text()
    assert f"directories.tokendir = {(tmp_path / 'lab' / 'tokens').resolve()}\n" in conf
    for line in ("objectstore.backend = file", "log.level = ERROR", "slots.removable = false"):
        assert line in conf
    assert env.env() == {"SOFTHSM2_CONF": str(env.conf_path)}
    assert "SOFTHSM2_CONF" not in os.environ or os.environ["SOFTHSM2_CONF"] != str(env.conf_path)

    token = env.add_token("keeper", SO_PIN, USER_PIN)
    again = SoftHSMEnv.create(tmp_path / "lab")
    assert again.list_tokens() == [token]
    assert SoftHSMEnv.open(tmp_path / "lab").list_tokens() == [token]


def test_open_refuses_a_directory_that_is_not_an_environment(tmp_path: Path) -> None:
    with pytest.raises(HsmSimError, match="not a SoftHSM environment"):
        SoftHSMEnv.open(tmp_path)
    foreign = tmp_path / "foreign"
    foreign.mkdir()
    (foreign / "softhsm2.conf").write_text("directories.tokendir = /var/lib/softhsm/tokens/\n")
    with pytest.raises(HsmSimError, match="not written by hsm_sim"):
        SoftHSMEnv.create(foreign)
    with pytest.raises(HsmSimError, match="not written by hsm_sim"):
        SoftHSMEnv(foreign).reset()
    assert (foreign / "softhsm2.conf").read_text().startswith("directories.tokendir")


def test_add_token_is_listed_with_label_serial_and_slot(sim: SoftHSMEnv) -> None:
    assert sim.list_tokens() == []
    token = sim.add_token("ca-root", SO_PIN, USER_PIN)
    assert token.label == "ca-root"
    assert re.fullmatch(r"[0-9a-f]{16}", token.serial)
    assert isinstance(token.slot, int)
    assert sim.list_tokens() == [token]


def test_pkcs11_tool_sees_the_token_only_in_its_own_environment(
    sim: SoftHSMEnv, tmp_path: Path
) -> None:
    token = sim.add_token("isolated-one", SO_PIN, USER_PIN)
    mine = list_token_slots(sim)
    assert "isolated-one" in mine
    assert token.serial in mine
    assert f"(0x{token.slot:x})" in mine  # the slot id we report is the one others see

    other = SoftHSMEnv.create(tmp_path / "other")
    other.add_token("someone-else", SO_PIN, USER_PIN)
    theirs = list_token_slots(other)
    assert "someone-else" in theirs
    assert "isolated-one" not in theirs
    assert "someone-else" not in list_token_slots(sim)


def test_twenty_student_tokens_in_one_go(sim: SoftHSMEnv) -> None:
    started = time.perf_counter()
    tokens = sim.add_tokens("student", 20, SO_PIN, USER_PIN)
    elapsed = time.perf_counter() - started
    print(f"\nadd_tokens('student', 20): {elapsed:.3f} s")

    expected = [f"student-{i:02d}" for i in range(1, 21)]
    assert [t.label for t in tokens] == expected
    assert len({t.serial for t in tokens}) == 20
    assert sorted(t.label for t in sim.list_tokens()) == expected
    assert login(sim, "student-20", USER_PIN) == "ok"


def test_labels_widen_past_99() -> None:
    assert provision.numbered_labels("s", 99)[-1] == "s-99"
    labels = provision.numbered_labels("s", 100)
    assert labels[0] == "s-001" and labels[-1] == "s-100"
    with pytest.raises(HsmSimError, match="at least 1"):
        provision.numbered_labels("s", 0)


def test_user_pin_logs_in_and_a_wrong_pin_fails(sim: SoftHSMEnv) -> None:
    sim.add_token("login-check", SO_PIN, USER_PIN)
    assert login(sim, "login-check", USER_PIN) == "ok"
    assert login(sim, "login-check", "wrong-pin-123") == "PinIncorrect"
    assert login(sim, "login-check", SO_PIN, so=True) == "ok"
    assert login(sim, "login-check", USER_PIN, so=True) == "PinIncorrect"


def test_delete_token_removes_only_that_token(sim: SoftHSMEnv) -> None:
    sim.add_tokens("t", 3, SO_PIN, USER_PIN)
    sim.delete_token("t-02")
    assert sorted(t.label for t in sim.list_tokens()) == ["t-01", "t-03"]
    assert login(sim, "t-02", USER_PIN) == "NoSuchToken"
    assert login(sim, "t-03", USER_PIN) == "ok"
    with pytest.raises(HsmSimError, match="no token labelled 't-02'"):
        sim.delete_token("t-02")


def test_reset_empties_the_environment_and_keeps_it_usable(sim: SoftHSMEnv) -> None:
    sim.add_tokens("r", 3, SO_PIN, USER_PIN)
    sim.reset()
    assert sim.list_tokens() == []
    assert list(sim.token_dir.iterdir()) == []
    assert sim.conf_path.is_file()
    assert SoftHSMEnv.open(sim.directory).add_token("r-01", SO_PIN, USER_PIN).label == "r-01"


def test_duplicate_labels_and_bad_pins_are_refused_and_nothing_is_created(
    sim: SoftHSMEnv,
) -> None:
    sim.add_token("s-02", SO_PIN, USER_PIN)
    with pytest.raises(HsmSimError, match=r"^token label already in use: s-02$"):
        sim.add_token("s-02", SO_PIN, USER_PIN)
    with pytest.raises(HsmSimError, match="already in use: s-02"):
        sim.add_tokens("s", 3, SO_PIN, USER_PIN)
    with pytest.raises(HsmSimError, match=r"^user PIN must be 4 to 255 bytes long .*got 2$"):
        sim.add_token("short", SO_PIN, "12")
    with pytest.raises(HsmSimError, match="SO PIN must be 4 to 255 bytes"):
        sim.add_tokens("short", 2, "x" * 256, USER_PIN)
    with pytest.raises(HsmSimError, match="PKCS#11 allows 32"):
        sim.add_token("x" * 33, SO_PIN, USER_PIN)
    assert [t.label for t in sim.list_tokens()] == ["s-02"]


def test_pins_never_reach_the_argv_of_a_subprocess(
    sim: SoftHSMEnv, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[list[str]] = []
    real_run, real_popen = subprocess.run, subprocess.Popen

    def record(args: Any) -> None:
        seen.append([str(a) for a in ([args] if isinstance(args, str | Path) else args)])

    def run(args: Any, *rest: Any, **kwargs: Any) -> Any:
        record(args)
        return real_run(args, *rest, **kwargs)

    def popen(args: Any, *rest: Any, **kwargs: Any) -> Any:
        record(args)
        return real_popen(args, *rest, **kwargs)

    monkeypatch.setattr(subprocess, "run", run)
    monkeypatch.setattr(subprocess, "Popen", popen)

    sim.add_token("argv-one", SO_PIN, USER_PIN)
    sim.add_tokens("argv", 3, SO_PIN, USER_PIN)
    sim.list_tokens()
    sim.delete_token("argv-02")
    sim.reset()
    monkeypatch.undo()

    assert len(seen) >= 5
    assert any("--delete-token" in argv for argv in seen)  # softhsm2-util was really called
    for argv in seen:
        joined = " ".join(argv)
        assert SO_PIN not in joined and USER_PIN not in joined, argv


def test_find_softhsm_module_honours_the_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("IDTOOLKIT_PKCS11_MODULE", "/usr/lib/softhsm/libsofthsm2.so")
    assert find_softhsm_module() == Path("/usr/lib/softhsm/libsofthsm2.so")
    missing = tmp_path / "nope.so"
    monkeypatch.setenv("IDTOOLKIT_PKCS11_MODULE", str(missing))
    with pytest.raises(HsmSimError, match=re.escape(str(missing))):
        find_softhsm_module()
    monkeypatch.delenv("IDTOOLKIT_PKCS11_MODULE")
    monkeypatch.setattr(provision, "KNOWN_MODULE_PATHS", (str(tmp_path / "a.so"),))
    with pytest.raises(HsmSimError, match=r"SoftHSM2 module not found .*tried: .*a\.so$"):
        find_softhsm_module()


def test_cli_init_add_list_reset(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    lab = tmp_path / "class"
    assert main(["init", "--dir", str(lab)]) == 0
    assert capsys.readouterr().out.strip() == f"SOFTHSM2_CONF={(lab / 'softhsm2.conf').resolve()}"

    pin_file = tmp_path / "pin.txt"
    pin_file.write_text(USER_PIN + "\n")
    monkeypatch.setenv("IDTOOLKIT_SO_PIN", SO_PIN)
    monkeypatch.delenv("IDTOOLKIT_PIN", raising=False)
    args = ["add-token", "--dir", str(lab), "--label", "pupil", "--count", "3"]
    assert main([*args, "--pin-file", str(pin_file)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert [line.split("\t")[0] for line in out] == ["pupil-01", "pupil-02", "pupil-03"]
    assert login(SoftHSMEnv.open(lab), "pupil-02", USER_PIN) == "ok"

    assert main(["list", "--dir", str(lab), "--json"]) == 0
    listing = json.loads(capsys.readouterr().out)
    listed = [TokenInfo(**t) for t in listing["items"]]
    assert listing["total"] == 3
    assert sorted(t.label for t in listed) == ["pupil-01", "pupil-02", "pupil-03"]

    assert main(["add-token", "--dir", str(lab), "--label", "x"]) == 1  # no user PIN anywhere
    err = capsys.readouterr().err
    assert err == "error: no user PIN: set $IDTOOLKIT_PIN or pass a user PIN file\n"

    assert main(["reset", "--dir", str(lab)]) == 0
    assert "deleted 3 token(s)" in capsys.readouterr().out
    assert main(["list", "--dir", str(lab)]) == 0
    assert capsys.readouterr().out == ""


def test_cli_errors_are_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["list", "--dir", str(tmp_path / "missing")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not a SoftHSM environment" in err
    assert main(["frobnicate"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("error: hsm-sim: ")
    # With --json, scripts get the error as JSON, whether argparse or the environment refused.
    for argv in (["frobnicate", "--json"], ["list", "--dir", str(tmp_path / "missing"), "--json"]):
        assert main(argv) == 1
        error = json.loads(capsys.readouterr().err)
        assert error["code"] == 1 and error["error"]


@pytest.mark.parametrize("prog", ["python -m hsm_sim.provision", "idtoolkit hsm sim"])
def test_every_command_help_ends_with_an_example_that_runs(
    prog: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """As every idtoolkit command's --help does; and each example works as printed, run in
    the order a trainer would (in a fresh folder, PINs from the environment or a file)."""
    import shlex

    examples = []
    for command in ("", "init", "add-token", "list", "delete-token", "reset"):
        with pytest.raises(SystemExit) as exit_status:
            main([command, "--help"] if command else ["--help"], prog=prog)
        assert exit_status.value.code == 0
        help_text = capsys.readouterr().out
        example = help_text.rstrip("\n").rsplit("\n", 1)[-1]
        assert help_text.rstrip("\n").endswith(f"example:\n{example}"), help_text
        assert example.startswith(f"  {prog} {command}".rstrip()), command
        examples.append(shlex.split(example)[len(prog.split()) :])

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("IDTOOLKIT_SO_PIN", SO_PIN)
    Path("pin.txt").write_text(USER_PIN + "\n")
    for argv in examples[1:]:  # init, add-token, list, delete-token, reset
        assert main(argv, prog=prog) == 0, argv
    assert SoftHSMEnv.open(tmp_path / "lab" / "hsm").list_tokens() == []


def test_the_old_entry_point_names_itself_in_its_examples() -> None:
    """``python -m hsm_sim.provision`` is no ``hsm-sim`` command: its example says how it runs."""
    proc = subprocess.run(
        [sys.executable, "-m", "hsm_sim.provision", "list", "--help"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0
    assert proc.stdout.rstrip().endswith(
        "example:\n  python -m hsm_sim.provision list --dir lab/hsm --json"
    )
