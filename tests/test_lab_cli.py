"""The ``idtoolkit lab`` commands as a trainer types them: JSON on each, exit codes, one-line
errors, and ``lab serve`` refusing a port in use."""

from __future__ import annotations

import json
import re
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from idtoolkit.apps import labs
from idtoolkit.apps.cli.main import main
from tests.lab_helpers import free_base_port, own_softhsm, write_roster

#: The shipped lab packs (the labs application moved under idtoolkit/apps).
PACKS = Path(__file__).resolve().parent.parent / "idtoolkit" / "apps" / "labs" / "packs"


@pytest.fixture(scope="module")
def classdir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    tmp = tmp_path_factory.mktemp("labcli")
    out = tmp / "class"
    with own_softhsm():
        code = main(
            [
                "lab",
                "class",
                "create",
                "--pack",
                "pki-basics",
                "--roster",
                str(write_roster(tmp)),
                "--out",
                str(out),
                "--base-port",
                str(free_base_port()),
                "--json",
            ]
        )
        assert code == 0
        yield out


def _json(capsys: pytest.CaptureFixture[str]) -> dict:  # type: ignore[type-arg]
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


def test_validate_reports_the_pack_and_refuses_an_unknown_check_kind(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for pack in ("pki-basics", "hsm", "signatures"):
        assert main(["lab", "validate", pack, "--json"]) == 0
        data = _json(capsys)
        assert data["id"] == pack
        assert data["languages"] == ["en", "fr", "ar", "es", "pt", "ru", "zh_CN"]
    text = (PACKS / "hsm.toml").read_text("utf-8")
    bad = tmp_path / "bad.toml"
    bad.write_text(text.replace('kind = "token"', 'kind = "tokn"', 1), "utf-8")
    assert main(["lab", "validate", str(bad)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("error: bad.toml: exercise 'cakey' check #1: kind: 'tokn' is not one of")
    assert "\n" not in err
    bad.write_text(text.replace("points = 2", "points = 2\npoints_bonus = 1", 1), "utf-8")
    assert main(["lab", "validate", str(bad)]) == 1
    assert "exercise 'cakey': points_bonus: unknown key" in capsys.readouterr().err


def test_check_exits_1_until_solved_then_0_and_grade_writes_csv_and_html(
    classdir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with own_softhsm():
        assert main(["lab", "show", "--class", str(classdir), "--student", "bob", "--json"]) == 0
        assert _json(capsys)["lang"] == "fr"
        with pytest.raises(SystemExit) as code:
            main(["lab", "check", "--class", str(classdir), "--student", "alice", "--json"])
        assert code.value.code == 1
        data = _json(capsys)
        assert data["passed"] < data["total"]
        failing = [r for r in data["results"] if not r["passed"]]
        assert all(r["hint"] and r["finding"] for r in failing)
        assert main(["lab", "solve", "--class", str(classdir), "--student", "alice", "--json"]) == 0
        assert _json(capsys)["solved"] == ["hierarchy", "tls", "revoke", "ocsp", "audit"]
        assert main(["lab", "check", "--class", str(classdir), "--student", "alice"]) == 0
        assert capsys.readouterr().out.strip().endswith("8/8")
        csv_file = tmp_path / "grades.csv"
        assert (
            main(["lab", "grade", "--class", str(classdir), "--csv", str(csv_file), "--json"]) == 0
        )
        data = _json(capsys)
        assert [s["total"] for s in data["students"]] == [11, 0]  # bob did nothing
        assert csv_file.read_text("utf-8").splitlines()[1] == "alice,Alice Adeyemi,2,3,3,2,1,11"
        assert "<table>" in Path(data["html"]).read_text("utf-8")


def test_unknown_student_is_one_line(classdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with own_softhsm():
        assert main(["lab", "reset", "--class", str(classdir), "--student", "zoe"]) == 1
    assert (
        capsys.readouterr().err == "error: class class: no student 'zoe' (students: alice, bob)\n"
    )


def test_serve_answers_for_every_student_and_refuses_a_port_in_use(tmp_path: Path) -> None:
    with own_softhsm():
        roster = write_roster(tmp_path, "id,name,lang\nana,Ana,en\nbea,Bea,fr\n")
        lab = labs.create_class("pki-basics", roster, tmp_path / "c", base_port=free_base_port())
        labs.solve(lab, "ana")
        server = labs.ClassServer(lab)
        lines = server.start()
        try:
            assert [line.split(":")[0] for line in lines] == ["ana", "bea"]
            # the ocsp check asks the running server (the check starts none of its own)
            assert all(r.passed for r in labs.check(lab, "ana", "ocsp"))
        finally:
            server.stop()
        with socket.socket() as squatter:  # issue 25: bea serves herself; ana is still served
            squatter.bind(("127.0.0.1", lab.student("bea").port))
            squatter.listen(1)
            server = labs.ClassServer(lab)
            try:
                assert [line.split(":")[0] for line in server.start()] == ["ana"]
                assert len(server.warnings) == 1
                assert re.match(r"^student bea: port \d+ is already in use", server.warnings[0])
                assert all(r.passed for r in labs.check(lab, "ana", "ocsp"))
            finally:
                server.stop()


def test_serve_follows_a_reset_and_a_solve_at_once(tmp_path: Path) -> None:
    """Issue 25: after 'lab reset' the running 'lab serve' kept answering from the deleted
    store (OCSP 'unauthorized') until restarted."""
    import time

    with own_softhsm():
        roster = write_roster(tmp_path, "id,name,lang\nana,Ana,en\n")
        lab = labs.create_class("pki-basics", roster, tmp_path / "c", base_port=free_base_port())
        labs.solve(lab, "ana")
        server = labs.ClassServer(lab)
        server.start()
        try:
            assert all(r.passed for r in labs.check(lab, "ana", "ocsp"))
            labs.reset(lab, "ana")
            labs.solve(lab, "ana")
            deadline = time.monotonic() + 3  # the server looks twice a second
            while True:
                results = labs.check(lab, "ana", "ocsp")
                if all(r.passed for r in results) or time.monotonic() > deadline:
                    break
                time.sleep(0.2)
            assert [r.finding for r in results if not r.passed] == []
        finally:
            server.stop()


def test_serve_takes_a_student_back_after_a_command_held_their_port(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A student's command serves their port itself while it runs (it found the port free
    while 'lab serve' was reopening their store after a reset); once it ends, 'lab serve'
    serves them again. It used to give up on that student until the next reset."""
    from idtoolkit.apps.labs import serve

    monkeypatch.setattr(serve.ClassServer, "WATCH_SECONDS", 3600.0)  # follow() by hand here
    with own_softhsm():
        roster = write_roster(tmp_path, "id,name,lang\nana,Ana,en\n")
        lab = labs.create_class("pki-basics", roster, tmp_path / "c", base_port=free_base_port())
        labs.solve(lab, "ana")
        server = labs.ClassServer(lab)
        server.start()
        port = lab.student("ana").port
        command = socket.socket()
        try:
            labs.reset(lab, "ana")
            labs.solve(lab, "ana")

            def taken_right_after_the_probe(probed: int) -> bool:
                command.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
                command.bind(("127.0.0.1", probed))
                command.listen()
                return False

            with monkeypatch.context() as patch:
                patch.setattr(serve, "port_in_use", taken_right_after_the_probe)
                assert server.follow() == []
            command.close()  # the command ended
            assert server.follow() == ["ana"]
            assert serve.port_in_use(port)
            assert all(r.passed for r in labs.check(lab, "ana", "ocsp"))
        finally:
            command.close()
            server.stop()


def test_lab_benchmark_runs_and_reports_json(tmp_path: Path) -> None:
    """bench/lab_class.py still runs (one student); its figures belong in its own output."""
    import subprocess
    import sys

    bench = Path(__file__).resolve().parent.parent / "bench" / "lab_class.py"
    result = subprocess.run(
        [
            sys.executable,
            str(bench),
            "--students",
            "1",
            "--pack",
            "pki-basics",
            "--base-port",
            str(free_base_port()),
            "--json",
        ],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    data = json.loads(result.stdout)
    assert data["students"] == 1 and data["create_s"] > 0 and data["check_all_s"] > 0


@pytest.mark.parametrize(
    ("pack", "old", "new", "message"),
    [
        (
            "hsm",
            "depth = 2",
            'depth = "two"',
            "check #3: depth: must be a whole number from 1 to 10",
        ),
        ("signatures", "start_days = -400", 'start_days = "soon"', "setup #1: start_days: must be"),
        ("signatures", "start_days = -400", "start_days = 1000000000000", "setup #1: start_days"),
        (
            "pki-basics",
            'subject = "CN=Lab Root {seed4},O=Lab {student},C=SN"',
            "subject = 5",
            "exercise 'hierarchy' check #1: subject: must be a string",
        ),
        ("pki-basics", 'name = "root"', 'name = ["a"]', "solve #1: name: must be a string"),
        ("hsm", 'token = "card"', 'token = "cart"', "token: 'cart' is not one of ca, card"),
        ("pki-basics", 'status = "good"', 'status = "fine"', "status: 'fine' is not one of"),
        ("pki-basics", 'key = "ec-p384"', 'key = "ec-p999"', "key: unknown key type 'ec-p999'"),
    ],
)
def test_validate_refuses_values_of_the_wrong_type_or_range(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    pack: str,
    old: str,
    new: str,
    message: str,
) -> None:
    """Values that used to pass validate and then stop check/grade/solve with exit 3."""
    text = (PACKS / f"{pack}.toml").read_text("utf-8")
    assert old in text
    bad = tmp_path / "bad.toml"
    bad.write_text(text.replace(old, new, 1), "utf-8")
    assert main(["lab", "validate", str(bad)]) == 1
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1, err
