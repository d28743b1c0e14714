"""Training labs: the shipped packs solve and check for every student, wrong solutions fail
with the pack's hint in the student's language, reset really resets (token included), grades
add up, and a copied class folder still checks."""

from __future__ import annotations

import shutil
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from idtoolkit import api
from idtoolkit.apps import labs
from idtoolkit.errors import IDToolkitError
from tests.lab_helpers import free_base_port, own_softhsm, write_roster


def _make_class(tmp: Path, pack: str, roster: str | None = None) -> labs.LabClass:
    path = write_roster(tmp, roster) if roster else write_roster(tmp)
    return labs.create_class(pack, path, tmp / "class", base_port=free_base_port())


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Iterator[labs.LabClass]:
    with own_softhsm():
        yield _make_class(tmp_path_factory.mktemp("pki"), "pki-basics")


@pytest.fixture(scope="module")
def hsm(tmp_path_factory: pytest.TempPathFactory) -> Iterator[labs.LabClass]:
    with own_softhsm():
        yield _make_class(tmp_path_factory.mktemp("hsm"), "hsm")


@pytest.fixture(scope="module")
def sig(tmp_path_factory: pytest.TempPathFactory) -> Iterator[labs.LabClass]:
    with own_softhsm():
        # one student is enough here (signing with the TSA took ~12 s a signature before
        # idtoolkit.asn1_definite; now ~0.1 s)
        yield _make_class(
            tmp_path_factory.mktemp("sig"), "signatures", "id,name,lang\nalice,Ali,en\n"
        )


def _failed(results: list[labs.CheckResult]) -> dict[tuple[str, str], labs.CheckResult]:
    return {(r.exercise, r.kind): r for r in results if not r.passed}


def _hint(lab: labs.LabClass, sid: str, exercise: str, index: int = 0) -> str:
    from idtoolkit.apps.labs.text import localized
    from idtoolkit.apps.labs.values import render

    check = lab.pack.exercise(exercise).checks[index]
    return str(render(localized(check.hint, lab.student(sid).lang), lab.values(sid)))


# --- every shipped pack: the reference solution passes every check, for every student -----------
@pytest.mark.parametrize("fixture", ["pki", "hsm", "sig"])
def test_solving_a_shipped_pack_passes_every_check_for_every_student(
    fixture: str, request: pytest.FixtureRequest
) -> None:
    lab: labs.LabClass = request.getfixturevalue(fixture)
    with own_softhsm():
        for student in lab.students:
            before = labs.check(lab, student.id)
            assert not all(r.passed for r in before), "a fresh class must not pass already"
            labs.solve(lab, student.id)
            results = labs.check(lab, student.id)
            assert [r for r in results if not r.passed] == []
            assert {r.kind for r in results} <= {
                "cert",
                "crl",
                "chain",
                "ocsp",
                "token",
                "signature",
                "audit",
            }


def test_values_differ_between_students_and_statements_use_them(pki: labs.LabClass) -> None:
    alice, bob = pki.values("alice"), pki.values("bob")
    assert alice["seed4"] != bob["seed4"]
    shown = labs.show(pki, "bob")
    assert shown["lang"] == "fr"
    assert f"portal-{bob['seed4']}.lab.gov" in shown["exercises"][1]["statement"]
    assert "Créez une AC racine" in shown["exercises"][0]["statement"]
    handout = (pki.student_dir("bob") / "handout.md").read_text("utf-8")
    assert bob["seed4"] in handout and pki.secrets("bob").pin in handout
    assert (pki.student_dir("bob") / "handout.md").stat().st_mode & 0o077 == 0


def test_the_handouts_commands_work_as_written(pki: labs.LabClass) -> None:
    """A student types the handout's lines in a terminal opened in the class folder: the
    workspace is found from the work folder, and the self-check runs (no usage error)."""
    import os
    import subprocess

    handout = (pki.student_dir("bob") / "handout.md").read_text("utf-8")
    lines = [line.strip() for line in handout.splitlines()]
    setup = [line for line in lines if line.startswith(("export IDTOOLKIT_WORKSPACE=", "cd "))]
    check = next(line for line in lines if line.startswith("idtoolkit lab check"))
    assert len(setup) == 2, setup
    script = "\n".join([*setup, "idtoolkit ca list >/dev/null || exit 7", check])
    path = f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"
    done = subprocess.run(
        ["bash", "-c", script], cwd=pki.directory, env={**os.environ, "PATH": path},
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode in (0, 1), done.stderr  # 1: not everything passes (yet)
    assert "hierarchy" in done.stdout and "error" not in done.stderr
    assert done.stdout.strip().splitlines()[-1].endswith("/8")  # every check, with the total


# --- wrong solutions fail with the pack's hint, in the student's language -----------------------
def test_wrong_san_and_crl_without_the_serial_fail_with_their_hints(tmp_path: Path) -> None:
    with own_softhsm():
        lab = _make_class(tmp_path, "pki-basics")
        values = lab.values("bob")
        labs.solve(lab, "bob", "hierarchy")
        with lab.workspace("bob") as ws:
            # the CSR asks for the portal name only: www-… is missing
            from cryptography import x509
            from cryptography.hazmat.primitives import hashes
            from cryptography.hazmat.primitives.asymmetric import ec

            cn = f"portal-{values['seed4']}.lab.gov"
            key = ec.generate_private_key(ec.SECP256R1())
            csr = (
                x509.CertificateSigningRequestBuilder()
                .subject_name(api.parse_subject(f"CN={cn}"))
                .sign(key, hashes.SHA256())
            )
            api.issue_from_csr(ws, "issuing", "tls-server", csr)
            # published before the revocation: the CRL lacks the serial
            legacy = api.issue_with_new_key(
                ws, "issuing", "tls-server", f"CN=legacy-{values['seed4']}.lab.gov", "ec-p256"
            )
            api.make_crl(ws, "issuing")
            api.revoke(ws, "issuing", legacy.serial, "key-compromise")
        failed = _failed(labs.check(lab, "bob"))
        san = failed[("tls", "cert")]
        assert f"www-{values['seed4']}.lab.gov" in san.finding and "absent" in san.finding
        assert san.hint == _hint(lab, "bob", "tls") and san.hint.startswith("Faites la CSR")
        crl = failed[("revoke", "crl")]
        assert "n'est pas dans la dernière LCR" in crl.finding
        assert crl.hint == _hint(lab, "bob", "revoke")
        assert ("hierarchy", "chain") not in failed


def test_key_in_software_instead_of_the_card_fails_with_its_hint(hsm: labs.LabClass) -> None:
    with own_softhsm():
        labs.reset(hsm, "alice", "enroll")  # replays cakey and hsmroot, not enroll
        values = hsm.values("alice")
        with hsm.workspace("alice") as ws:
            api.issue_with_new_key(
                ws,
                "citizens",
                "citizen-auth",
                f"CN=Citizen {values['num2']} {values['seed4']},GN=Ada,SN=Citizen{values['num2']},C=SN",
                "ec-p256",
            )
        results = labs.check(hsm, "alice")
        failed = _failed(results)
        assert set(failed) == {("enroll", "cert"), ("enroll", "token")}
        cert = failed[("enroll", "cert")]
        assert cert.finding == f"the key is not on token {values['token_card']}"
        assert cert.hint == _hint(hsm, "alice", "enroll", 1)
        assert "no private key labelled" in failed[("enroll", "token")].finding


def test_tampered_pdf_fails_the_signature_check(sig: labs.LabClass) -> None:
    with own_softhsm():
        work = sig.student_dir("alice") / "work"
        if not (work / "contract-tampered.pdf").exists():  # run alone (-k)
            labs.solve(sig, "alice")
        shutil.copy(work / "contract-tampered.pdf", work / "contract-signed.pdf")
        failed = _failed(labs.check(sig, "alice", "sign"))
        result = failed[("sign", "signature")]
        assert result.finding == "contract-signed.pdf verifies as invalid, expected valid"
        assert result.hint == _hint(sig, "alice", "sign")
        labs.solve(sig, "alice", "sign")
        assert all(r.passed for r in labs.check(sig, "alice", "sign"))


def test_edited_audit_trail_fails_the_audit_check(tmp_path: Path) -> None:
    with own_softhsm():
        lab = _make_class(tmp_path, "pki-basics")
        labs.solve(lab, "alice", "hierarchy")
        db = lab.student_dir("alice") / "workspace" / "idtoolkit.db"
        with sqlite3.connect(db) as con:
            con.execute("update audit_events set action = 'ca.forged' where seq = 2")
        failed = _failed(labs.check(lab, "alice", "audit"))
        assert failed[("audit", "audit")].finding.startswith("the audit trail does not verify")


# --- reset, grading, copies -----------------------------------------------------------------------
def _kdf_iterations(encrypted_pkcs8: bytes) -> int:
    from asn1crypto import keys

    info = keys.EncryptedPrivateKeyInfo.load(encrypted_pkcs8)
    params = info["encryption_algorithm"]["parameters"]["key_derivation_func"]["parameters"]
    return int(params["iteration_count"].native)


def test_student_keys_stay_encrypted_under_the_generated_passphrase(
    sig: labs.LabClass, tmp_path: Path
) -> None:
    """A student's passphrase is generated (96 random bits) and kept beside the workspace,
    so the floors of the KDFs are used; keys are still PKCS#8-encrypted under it, and a
    workspace a person names its passphrase for keeps the slow ones."""
    from sqlalchemy import select

    from idtoolkit.errors import PassphraseError
    from idtoolkit.keys.spec import SignatureScheme, key_spec
    from idtoolkit.store.models import KeyRecord
    from idtoolkit.workspace import Workspace

    folder = sig.student_dir("alice") / "workspace"
    ws = Workspace.open(folder)
    try:
        with ws.store.reading() as session:
            blobs = session.execute(select(KeyRecord.encrypted_pkcs8)).scalars().all()
        assert blobs and all(_kdf_iterations(b) == 100_000 for b in blobs if b)
        with pytest.raises(PassphraseError):
            ws.unlock(b"not the generated passphrase")
        ws.unlock(sig.secrets("alice").passphrase.encode())
        backend = ws.backends["software"]
        record, _ = backend.generate(key_spec("ec-p256"), SignatureScheme.PKCS1V15, "later")
        assert record.encrypted_pkcs8 is not None
        assert _kdf_iterations(record.encrypted_pkcs8) == 100_000  # keys made later too
    finally:
        ws.close()
    person = Workspace.init(tmp_path / "ws", b"a passphrase a person chose")
    try:
        assert "kdf_iterations" not in (tmp_path / "ws" / "config.toml").read_text()
        assert person.config.key_kdf_iterations == 600_000
    finally:
        person.close()


def test_reset_fails_the_checks_again_and_empties_the_tokens(hsm: labs.LabClass) -> None:
    with own_softhsm():
        labs.reset(hsm, "bob")
        labs.solve(hsm, "bob")
        assert all(r.passed for r in labs.check(hsm, "bob"))
        labs.reset(hsm, "bob")
        results = labs.check(hsm, "bob")
        assert [r.exercise for r in results if r.passed] == []  # audit: nothing done yet
        with hsm.workspace("bob") as ws:
            for label in hsm.token_labels("bob").values():
                assert api.list_token_keys(ws, label) == []
        labs.solve(hsm, "bob")


def test_grade_gives_points_per_exercise_and_an_html_table(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with own_softhsm():
        lab = _make_class(tmp_path, "pki-basics")
        labs.solve(lab, "alice")
        labs.solve(lab, "bob", "hierarchy")
        grades = labs.grade(lab)
        # bob checked by a helper process (a class big enough gets one per core)
        in_parallel = labs.grade(lab, workers=2)
        from idtoolkit import helper_processes
        from idtoolkit.apps.labs.grade_worker import ShareProcess

        by_helper = ShareProcess(lab.directory, ["bob"]).outcomes()
        assert by_helper == {"bob": labs.check(lab, "bob")}
        # a helper that dies at once: its students are checked by the grading process

        dying = [sys.executable, "-c", "import sys; sys.exit(3)"]
        monkeypatch.setattr(helper_processes, "command", lambda *_args: dying)
        after_a_crash = labs.grade(lab, workers=2)
    assert grades.csv() == (
        "id,name,hierarchy,tls,revoke,ocsp,audit,total\n"
        "alice,Alice Adeyemi,2,3,3,2,1,11\n"
        "bob,Bérénice Ba,2,0,0,0,1,3\n"
    )
    assert in_parallel.as_dict() == grades.as_dict() == after_a_crash.as_dict()
    page = grades.html()
    assert "<table>" in page and "Bérénice Ba" in page and "<script" not in page
    assert grades.as_dict()["total"] == 2 and grades.max_points == 11


def test_a_copied_class_folder_still_checks(pki: labs.LabClass, tmp_path: Path) -> None:
    with own_softhsm():
        if not labs.check(pki, "alice", "hierarchy")[0].passed:  # run alone (-k)
            labs.solve(pki, "alice", "hierarchy")
        before = [r.passed for r in labs.check(pki, "alice")]
        copy = tmp_path / "elsewhere" / "class-copy"
        shutil.copytree(pki.directory, copy)
        moved = labs.LabClass.open(copy)
        assert [r.passed for r in labs.check(moved, "alice")] == before
        exported = labs.export_student(moved, "alice", tmp_path / "usb")
        stick = labs.LabClass.open(exported)
        assert [s.id for s in stick.students] == ["alice"]
        assert not (exported / "trainer").exists()
        assert [r.passed for r in labs.check(stick, "alice")] == before
        assert labs.check(pki, "alice")[0].passed  # the original binds its own HSM again


# --- bad input: one line naming file, line or student; nothing half-made ---------------------------
@pytest.mark.parametrize(
    ("roster", "message"),
    [
        (
            "id,name,lang\na,Ann,en\nb,Bo,fr\na,Al,en\n",
            "roster.csv line 4: student id 'a' is already used on line 2",
        ),
        ("id,name,lang\na,,en\n", "roster.csv line 2: student 'a' has an empty name"),
        (
            "id,name,lang\na,Ann,de\n",
            "roster.csv line 2: student 'a': language 'de' is not one of the pack's languages"
            " (en, fr, ar, es, pt, ru, zh_CN)",
        ),
        ("name,id\n", "roster.csv line 1: the header must be id,name,lang"),
    ],
)
def test_bad_rosters_are_refused_before_anything_is_made(
    tmp_path: Path, roster: str, message: str
) -> None:
    with pytest.raises(IDToolkitError) as err:
        labs.create_class("pki-basics", write_roster(tmp_path, roster), tmp_path / "class")
    assert str(err.value) == message
    assert not (tmp_path / "class").exists()


def test_a_missing_or_binary_roster_is_said_in_words(tmp_path: Path) -> None:
    with pytest.raises(IDToolkitError) as err:
        labs.create_class("pki-basics", tmp_path / "nosuch.csv", tmp_path / "class")
    assert (
        str(err.value) == f"cannot read roster {tmp_path / 'nosuch.csv'}: No such file or directory"
    )
    (tmp_path / "roster.csv").write_bytes(b"\xff\xfe\x00id")
    with pytest.raises(IDToolkitError) as err:
        labs.create_class("pki-basics", tmp_path / "roster.csv", tmp_path / "class")
    assert str(err.value).endswith("roster.csv: it is not UTF-8 text")
    assert not (tmp_path / "class").exists()


def test_solving_one_exercise_before_the_ones_it_builds_on_says_which(tmp_path: Path) -> None:
    with own_softhsm():
        lab = _make_class(tmp_path, "pki-basics")
        with pytest.raises(IDToolkitError) as err:
            labs.solve(lab, "bob", "tls")
    message = str(err.value)
    assert message.startswith("student bob, exercise tls, step ")
    assert message.endswith(
        "(exercise tls builds on hierarchy: solve those first, e.g. 'lab solve --exercise "
        "hierarchy', or solve them all without --exercise)"
    )


def test_a_failure_midway_leaves_no_class_folder(tmp_path: Path) -> None:
    pack = Path(labs.__file__).parent / "packs" / "pki-basics.toml"
    broken = pack.read_text("utf-8").replace('id = "pki-basics"', 'id = "broken"', 1)
    broken += '\n[[setup]]\naction = "sub"\nname = "x"\nparent = "missing"\nsubject = "CN=x"\nkey = "ec-p256"\n'
    (tmp_path / "broken.toml").write_text(broken, "utf-8")
    with own_softhsm(), pytest.raises(IDToolkitError):
        labs.create_class(tmp_path / "broken.toml", write_roster(tmp_path), tmp_path / "class")
    assert not (tmp_path / "class").exists()


def test_unknown_student_and_token_deleted_by_hand_name_the_student(tmp_path: Path) -> None:
    with own_softhsm():
        lab = _make_class(tmp_path, "pki-basics")
        with pytest.raises(IDToolkitError, match=r"no student 'zoe' \(students: alice, bob\)"):
            labs.check(lab, "zoe")
        lab.hsm().delete_token("bob-main")
        with pytest.raises(IDToolkitError) as err:
            labs.check(lab, "bob")
        assert str(err.value).startswith("student bob: token 'bob-main' is missing")
        labs.reset(lab, "bob")
        assert lab.missing_tokens("bob") == []


def test_serve_republishes_crls_past_half_their_life_and_only_those(pki: labs.LabClass) -> None:
    import datetime as dt

    from idtoolkit.apps.labs.serve import refresh_crls

    with own_softhsm():
        # other tests of the module may have solved some of alice's exercises already
        for exercise in ("hierarchy", "tls", "revoke"):
            if not all(r.passed for r in labs.check(pki, "alice", exercise)):
                labs.solve(pki, "alice", exercise)
        with pki.workspace("alice") as ws:
            number = api.latest_crl(ws, "issuing").number
            assert refresh_crls(ws) == []  # fresh: nothing to do
            later = dt.datetime.now(dt.UTC) + dt.timedelta(days=4)  # 7-day CRLs
            assert refresh_crls(ws, later) == ["issuing"]  # root never published one
            assert api.latest_crl(ws, "issuing").number == number + 1


def test_a_damaged_student_stops_only_that_student_and_reset_rebuilds_it(tmp_path: Path) -> None:
    """Issue 26: a deleted workspace folder, a garbage secrets.json or values.json, or a
    deleted pack.toml blocked check and grade for the whole class, and reset for the student."""
    with own_softhsm():
        lab = _make_class(tmp_path, "pki-basics")
        labs.solve(lab, "bob", "hierarchy")
        shutil.rmtree(lab.student_dir("alice") / "workspace")
        (lab.directory / "pack.toml").unlink()
        lab = labs.LabClass.open(lab.directory)
        grades = {s.id: s for s in labs.grade(lab).students}
        assert grades["bob"].points["hierarchy"] == 2 and grades["bob"].error == ""
        assert grades["alice"].error.startswith("student alice: the workspace folder")
        assert "lab reset --class" in grades["alice"].error
        with pytest.raises(IDToolkitError, match=r"^student alice: the workspace folder"):
            labs.check(lab, "alice")
        labs.reset(lab, "alice")
        assert labs.check(lab, "alice")  # checks again
        old_pin = lab.secrets("bob").pin
        (lab.student_dir("bob") / "secrets.json").write_text("[1, 2", "utf-8")
        (lab.student_dir("bob") / "values.json").write_text('["not", "values"]', "utf-8")
        grades = {s.id: s for s in labs.grade(lab).students}
        assert grades["alice"].error == ""
        assert grades["bob"].error.startswith("student bob: values.json has been edited")
        values_before = lab.values("alice")
        labs.reset(lab, "bob")
        assert lab.values("bob")["student"] == "bob" and lab.values("alice") == values_before
        pin = lab.secrets("bob").pin
        assert pin in (lab.directory / "trainer" / "roster.csv").read_text("utf-8")
        assert pin in (lab.student_dir("bob") / "handout.md").read_text("utf-8")
        assert not all(r.passed for r in labs.check(lab, "bob")) and pin != old_pin


def _printed_commands(lab: labs.LabClass, sid: str, lang: str) -> list[str]:
    """Every command a handout or hint prints ('idtoolkit …', 'openssl …' or 'certbot …' in quotes), in
    the order a student meets them: instructions, then each exercise's statement and hints."""
    import re

    from idtoolkit.apps.labs.values import render

    values = lab.values(sid)
    texts = [lab.pack.instructions[lang]]
    for exercise in lab.pack.exercises:
        texts.append(exercise.statement[lang])
        texts += [check.hint[lang] for check in exercise.checks]
    quoted = re.compile(r"'((?:idtoolkit|openssl|certbot) [^']*)'")
    return [c for text in texts for c in quoted.findall(str(render(text, values)))]


@pytest.mark.parametrize("pack", ["pki-basics", "hsm", "signatures", "acme"])
def test_every_command_a_handout_or_hint_prints_runs_as_printed(
    pack: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 25: 'idtoolkit crl --ca issuing' failed as printed ('--out required'). Each command
    runs, in order, in the student's work folder with the class's 'lab serve' (started as the
    handout says); the hints' commands alone then pass every check they are about."""
    import os
    import re
    import shlex
    import subprocess
    import time

    from idtoolkit.apps.cli.main import main
    from idtoolkit.apps.labs.student_services import port_in_use

    with own_softhsm():
        lab = _make_class(tmp_path, pack, "id,name,lang\nana,Ana,en\n")
        commands = _printed_commands(lab, "ana", "en")
        assert commands == _printed_commands(lab, "ana", "fr")  # the same in every language
        assert pack == "hsm" or any(c.startswith("idtoolkit lab serve") for c in commands)
        secret = lab.secrets("ana")
        work = lab.student_dir("ana") / "work"
        monkeypatch.setenv("IDTOOLKIT_WORKSPACE", str(lab.student_dir("ana") / "workspace"))
        monkeypatch.setenv("IDTOOLKIT_PASSPHRASE", secret.passphrase)
        monkeypatch.setenv("IDTOOLKIT_PIN", secret.pin)
        monkeypatch.chdir(work)
        served = None
        printed = ""
        try:
            for command in commands:
                if "SERIAL" in command:  # the hint says where to read it: 'cert list' before
                    rows = re.findall(r"^([0-9a-f]+) .*CN=legacy-", printed, re.MULTILINE)
                    assert rows, printed
                    command = command.replace("SERIAL", rows[0])
                argv = shlex.split(command)
                if argv[:3] == ["idtoolkit", "lab", "serve"]:
                    path = f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"
                    # Its log (warnings of the responder) is shown if a command fails.
                    serve_log = open(tmp_path / "serve.log", "wb")  # noqa: SIM115
                    served = subprocess.Popen(
                        argv, env={**os.environ, "PATH": path}, stderr=serve_log
                    )
                    port = lab.student("ana").port
                    for _ in range(200):
                        if port_in_use(port):
                            break
                        time.sleep(0.1)
                    assert port_in_use(port), command
                    continue
                if argv[0] in ("openssl", "certbot"):
                    done = subprocess.run(argv, capture_output=True, text=True, check=False)
                    log = (tmp_path / "serve.log").read_text() if served else ""
                    assert done.returncode == 0, (command, done.stdout, done.stderr, log)
                    continue
                try:
                    code = main(argv[1:])
                except SystemExit as exc:
                    code = int(exc.code or 0)
                out = capsys.readouterr()
                printed = out.out + out.err
                verdicts = argv[1] == "verify" or argv[1:3] == ["lab", "check"]
                assert code in ((0, 1) if verdicts else (0,)), (command, printed)
            failed = _failed(labs.check(lab, "ana"))
        finally:
            if served is not None:
                served.terminate()
                served.wait(30)
                serve_log.close()
    # every check passes but the hand-made tampered copy (no command can make it)
    assert set(failed) <= {("tamper", "signature")}, failed


def test_idle_students_neighbours_subjects_and_a_wrong_card_key_earn_nothing(
    tmp_path: Path,
) -> None:
    """Issue 25: the audit point went to students who did nothing; hierarchy passed with a
    neighbour's subjects; enroll passed with a certificate for another key on the card."""
    with own_softhsm():
        lab = _make_class(tmp_path, "pki-basics")
        grades = {s.id: s.points for s in labs.grade(lab).students}
        assert grades["alice"]["audit"] == 0  # idle: an intact trail of nothing
        bob = lab.values("bob")
        with lab.workspace("alice") as ws:  # alice copies bob's subjects
            api.create_root(ws, "root", f"CN=Lab Root {bob['seed4']},O=Lab bob,C=SN", "ec-p256")
            api.create_sub(
                ws, "issuing", "root", f"CN=Lab Issuing {bob['seed4']},O=Lab bob,C=SN", "ec-p256"
            )
        failing = [r for r in labs.check(lab, "alice", "hierarchy") if not r.passed]
        assert [r.kind for r in failing] == ["cert", "cert"]  # the chain itself is right
        assert failing[0].finding.startswith(f"the subject is CN=Lab Root {bob['seed4']},O=Lab bob")
        assert labs.grade(lab).students[0].points["hierarchy"] == 0
    with own_softhsm():
        (tmp_path / "h").mkdir()
        hsm_lab = _make_class(tmp_path / "h", "hsm", "id,name,lang\nana,Ana,fr\n")
        labs.reset(hsm_lab, "ana", "enroll")
        values = hsm_lab.values("ana")
        cn = f"Citizen {values['num2']} {values['seed4']}"
        with hsm_lab.workspace("ana") as ws:  # the right label, but the certified key is another
            from idtoolkit.api.profiles import SignatureScheme, key_spec

            card = ws.backend_for_store(f"pkcs11:token={values['token_card']}")
            card.generate(key_spec("ec-p256"), SignatureScheme.PKCS1V15, cn)
            _record, other = card.generate(key_spec("ec-p256"), SignatureScheme.PKCS1V15, "x")
            from cryptography import x509
            from cryptography.hazmat.primitives import hashes

            csr = (
                x509.CertificateSigningRequestBuilder()
                .subject_name(api.parse_subject(f"CN={cn},GN=Ada,SN=Citizen,C=SN"))
                .sign(other.issuer_key(), hashes.SHA256())
            )
            api.issue_from_csr(ws, "citizens", "citizen-auth", csr)
        failed = _failed(labs.check(hsm_lab, "ana", "enroll"))
        assert set(failed) == {("enroll", "cert")}
        assert failed[("enroll", "cert")].finding == (
            f"la clé certifiée n'est pas la clé nommée {cn} sur le jeton {values['token_card']}"
        )


def test_handouts_name_values_in_words_and_a_semicolon_roster_is_read(tmp_path: Path) -> None:
    """Issue 25: handouts listed raw keys ('num2: 55', 'seed6', 'token_main'); the signatures
    handout never said where the trust anchor is; a spreadsheet's ';' roster was refused."""
    import re

    from idtoolkit.apps.labs.roster import parse_roster

    entries = parse_roster("id;name;lang\nawa;Awa Diop;fr\n", "roster.csv", ("en", "fr"))
    assert [(e.id, e.name, e.lang) for e in entries] == [("awa", "Awa Diop", "fr")]
    entries = parse_roster("id\tname\tlang\nali\tAli, Ba\ten\n", "r.csv", ("en",))
    assert entries[0].name == "Ali, Ba"
    with own_softhsm():
        lab = _make_class(tmp_path, "signatures", "id;name;lang\nana;Ana;en\nbob;Bob;fr\n")
    for sid, words in (("ana", "Your code (in the names you make)"), ("bob", "Votre code")):
        text = (lab.student_dir(sid) / "handout.md").read_text("utf-8")
        assert words in text
        raw = re.findall(r"^- (student|name|seed4|seed6|num2|port|base|token\w*):", text, re.M)
        assert raw == [], raw
        assert "seed6" not in text  # a value no text uses is not listed
    named = dict(labs.show(lab, "bob")["named_values"])  # what the desktop app's Lab tab lists
    assert named["Votre code (dans les noms que vous créez)"] == lab.values("bob")["seed4"]
    assert not {"num2", "seed4", "seed6", "token_main"} & set(named)
    handout = (lab.student_dir("ana") / "handout.md").read_text("utf-8")
    assert "The trust anchor is your root CA 'root'" in handout
    assert "idtoolkit verify contract.pdf --trust root.pem" in handout


def test_a_copied_hsm_class_uses_its_own_tokens_from_the_students_shell(tmp_path: Path) -> None:
    """Issue 25: hsm/softhsm2.conf holds an absolute token path: a copy's student (who exports
    SOFTHSM2_CONF as the handout says) used the original's tokens, and once the original was
    gone got an error with an empty reason."""
    import os
    import subprocess

    with own_softhsm():
        lab = _make_class(tmp_path, "hsm", "id,name,lang\nana,Ana,en\n")
    copy = tmp_path / "copy"
    shutil.copytree(lab.directory, copy)
    secret = lab.secrets("ana")
    bindir = Path(sys.executable).parent

    def student(folder: Path, *argv: str) -> subprocess.CompletedProcess[str]:
        env = {
            **os.environ,
            "PATH": f"{bindir}{os.pathsep}{os.environ['PATH']}",
            "SOFTHSM2_CONF": str(folder / "hsm" / "softhsm2.conf"),
            "IDTOOLKIT_WORKSPACE": str(folder / "students" / "ana" / "workspace"),
            "IDTOOLKIT_PASSPHRASE": secret.passphrase,
            "IDTOOLKIT_PIN": secret.pin,
        }
        return subprocess.run(
            ["idtoolkit", *argv], env=env, capture_output=True, text=True, check=False
        )

    made = student(
        copy, "hsm", "keygen", "--token", "ana-ca", "--label", "in-copy", "--key", "ec-p256"
    )
    assert made.returncode == 0, made.stderr
    assert "in-copy" in student(copy, "hsm", "keys", "--token", "ana-ca").stdout
    assert "in-copy" not in student(lab.directory, "hsm", "keys", "--token", "ana-ca").stdout
    shutil.rmtree(lab.directory)
    listed = student(copy, "hsm", "keys", "--token", "ana-ca")
    assert listed.returncode == 0 and "in-copy" in listed.stdout, listed.stderr
