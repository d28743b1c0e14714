"""A bulk job is what it is, not its CSV's file name (issue 26): another ``citizens.csv`` into
another folder issues every one of its rows; a resumed row that now describes someone else is
refused, not counted as done; a manifest lists only what its own job delivered; a second job
into a folder that holds one is refused and the first job's files stay as they were."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from idtoolkit.ca.credential_job import run_csr_dir_job, run_csv_job
from idtoolkit.errors import InputError

from .conftest import TwoTier


def _citizens(path: Path, names: list[str], *, first_id: int = 0) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "GN", "SN", "CN", "serialNumber", "C", "email"])
        for i, name in enumerate(names, start=first_id):
            writer.writerow(
                [
                    f"R{i:04d}",
                    name,
                    "Diop",
                    f"{name} Diop",
                    f"IDCSN-{i:07d}",
                    "SN",
                    f"{name.lower()}@gov.sn",
                ]
            )
    return path


def _manifest(out: Path) -> list[dict[str, str]]:
    with (out / "manifest.csv").open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_another_csv_of_the_same_name_into_another_folder_issues_all_its_rows(
    sqlite_pki: TwoTier, tmp_path: Path
) -> None:
    ws = sqlite_pki.ws
    first = run_csv_job(
        ws, "issuing", "citizen-auth",
        _citizens(tmp_path / "dakar" / "citizens.csv", ["Awa", "Moussa", "Fatou"]),
        tmp_path / "out-dakar",
    )  # fmt: skip
    assert first.issued == 3
    second = run_csv_job(
        ws, "issuing", "citizen-auth",
        _citizens(tmp_path / "thies" / "citizens.csv", ["Ibrahima", "Khady", "Ousmane"]),
        tmp_path / "out-thies",
    )  # fmt: skip
    assert second.issued == 3 and second.already_issued == 0 and not second.errors
    assert second.job != first.job
    dakar, thies = _manifest(tmp_path / "out-dakar"), _manifest(tmp_path / "out-thies")
    assert not {r["serial"] for r in dakar} & {r["serial"] for r in thies}
    assert [r["subject"].split(",")[0] for r in thies] == [
        "CN=Ibrahima Diop", "CN=Khady Diop", "CN=Ousmane Diop"]  # fmt: skip
    for row in thies:  # each manifest line is a credential this job delivered into its folder
        assert (tmp_path / "out-thies" / row["p12"]).is_file()


def test_a_named_job_resumed_in_another_folder_is_refused(
    sqlite_pki: TwoTier, tmp_path: Path
) -> None:
    ws = sqlite_pki.ws
    run_csv_job(
        ws, "issuing", "citizen-auth", _citizens(tmp_path / "a" / "citizens.csv", ["Awa"]),
        tmp_path / "out-a", job="citizens",
    )  # fmt: skip
    with pytest.raises(InputError, match="another folder") as caught:
        run_csv_job(
            ws, "issuing", "citizen-auth", _citizens(tmp_path / "b" / "citizens.csv", ["Ndeye"]),
            tmp_path / "out-b", job="citizens",
        )  # fmt: skip
    assert caught.value.kind == "bulk.job_elsewhere"
    assert not (tmp_path / "out-b" / "manifest.csv").exists()


def test_a_resumed_row_that_now_describes_someone_else_is_refused(
    sqlite_pki: TwoTier, tmp_path: Path
) -> None:
    ws = sqlite_pki.ws
    path, out = _citizens(tmp_path / "citizens.csv", ["Awa", "Moussa"]), tmp_path / "out"
    run_csv_job(ws, "issuing", "citizen-auth", path, out)
    _citizens(path, ["Awa", "Mariama", "Cheikh"])  # R0001 is now someone else; R0002 is new
    again = run_csv_job(ws, "issuing", "citizen-auth", path, out)
    assert again.issued == 1 and again.already_issued == 1
    assert [(e.line, e.row_id) for e in again.errors] == [(3, "R0001")]
    assert "issued earlier in this job" in again.errors[0].message
    manifest = _manifest(out)  # what was issued for R0001 (Moussa), not the new row
    assert {r["id"]: r["subject"].split(",")[0] for r in manifest} == {
        "R0000": "CN=Awa Diop", "R0001": "CN=Moussa Diop", "R0002": "CN=Cheikh Diop"}  # fmt: skip
    letters = list(csv.DictReader((out / "pin-letters.csv").open(encoding="utf-8")))
    assert len(letters) == 3


def test_a_second_job_into_the_same_folder_is_refused_and_the_first_is_kept(
    sqlite_pki: TwoTier, tmp_path: Path
) -> None:
    ws = sqlite_pki.ws
    out = tmp_path / "out"
    run_csv_job(
        ws, "issuing", "citizen-auth", _citizens(tmp_path / "a" / "citizens.csv", ["Awa"]), out
    )
    kept = {name: (out / name).read_bytes() for name in
            ("manifest.csv", "pin-letters.csv", "pin-letters.html", "report.json")}  # fmt: skip
    other = _citizens(tmp_path / "b" / "other.csv", ["Ndeye"], first_id=50)
    with pytest.raises(InputError, match="holds the bulk job") as caught:
        run_csv_job(ws, "issuing", "citizen-auth", other, out)
    assert caught.value.kind == "bulk.output_holds_another_job"
    with pytest.raises(InputError, match="holds the bulk job"):
        run_csv_job(ws, "issuing", "citizen-auth", other, out, job="second")
    with pytest.raises(InputError, match="of CA 'issuing' with profile 'citizen-auth'"):
        run_csv_job(ws, "issuing", "tls-client", tmp_path / "a" / "citizens.csv", out)
    assert {name: (out / name).read_bytes() for name in kept} == kept
    # Naming the folder's own job adds the rows to it: one manifest, both people.
    job = json.loads((out / "job.json").read_text())["name"]
    added = run_csv_job(ws, "issuing", "citizen-auth", other, out, job=job)
    assert added.issued == 1
    assert [r["id"] for r in _manifest(out)] == ["R0050", "R0000"]


def test_a_csr_folder_of_the_same_name_elsewhere_is_its_own_job(
    sqlite_pki: TwoTier, tmp_path: Path
) -> None:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    def csrs(folder: Path, count: int) -> Path:
        folder.mkdir(parents=True)
        for i in range(count):
            key = ec.generate_private_key(ec.SECP256R1())
            csr = (
                x509.CertificateSigningRequestBuilder()
                .subject_name(x509.Name.from_rfc4514_string(f"CN=device-{i},O=Lab,C=SN"))
                .sign(key, hashes.SHA256())
            )
            (folder / f"device-{i}.csr").write_bytes(csr.public_bytes(serialization.Encoding.PEM))
        return folder

    ws = sqlite_pki.ws
    assert run_csr_dir_job(ws, "issuing", "tls-client", csrs(tmp_path / "a" / "csrs", 2),
                           tmp_path / "out-a").issued == 2  # fmt: skip
    second = run_csr_dir_job(
        ws, "issuing", "tls-client", csrs(tmp_path / "b" / "csrs", 2), tmp_path / "out-b"
    )
    assert second.issued == 2 and second.already_issued == 0
    # The same file names with other keys, resumed into the same folder: refused per row.
    for path in (tmp_path / "b" / "csrs").iterdir():
        path.unlink()
    csrs_again = csrs(tmp_path / "b" / "csrs2", 2)
    for path in csrs_again.iterdir():
        path.rename(tmp_path / "b" / "csrs" / path.name)
    third = run_csr_dir_job(
        ws, "issuing", "tls-client", tmp_path / "b" / "csrs", tmp_path / "out-b"
    )
    assert third.issued == 0 and [e.row_id for e in third.errors] == ["device-0", "device-1"]


def test_ctrl_c_stops_a_job_cleanly_and_it_resumes(tmp_path: Path) -> None:
    """Ctrl-C from a terminal reaches the whole process group (the lint workers too): the
    job stops after the batch in hand, rejects no row for it, says how to resume, exits 130."""
    import os
    import signal
    import sqlite3
    import subprocess
    import sys
    import time

    from idtoolkit.workspace import Workspace

    from .conftest import PASSPHRASE, build_two_tier
    from .test_bulk_jobs import write_citizens

    ws = Workspace.init(tmp_path / "ws", PASSPHRASE)
    build_two_tier(ws)
    ws.close()
    write_citizens(tmp_path / "citizens.csv", 1000)
    env = {**os.environ, "IDTOOLKIT_PASSPHRASE": PASSPHRASE.decode()}
    command = [sys.executable, "-m", "idtoolkit.apps.cli.main", "bulk", "issue",
               "--workspace", str(tmp_path / "ws"), "--ca", "issuing", "--profile",
               "citizen-auth", "--csv", str(tmp_path / "citizens.csv"), "--out",
               str(tmp_path / "out"), "--batch", "50"]  # fmt: skip
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        start_new_session=True,
    )  # fmt: skip
    deadline, issued = time.monotonic() + 90, 0
    while time.monotonic() < deadline and issued < 100:
        time.sleep(0.05)
        try:
            with sqlite3.connect(tmp_path / "ws" / "idtoolkit.db", timeout=1) as conn:
                issued = conn.execute(
                    "select count(*) from certificates where request_ref is not null"
                ).fetchone()[0]
        except sqlite3.OperationalError:
            continue
    os.killpg(process.pid, signal.SIGINT)
    out, err = process.communicate(timeout=120)
    assert process.returncode == 130, (out, err)
    assert "Traceback" not in err and "lint worker" not in out + err, err
    assert "run the same command again to resume" in err
    assert "rejected" not in out and "CANCELLED" in out, out
    report = json.loads((tmp_path / "out" / "report.json").read_text())
    assert report["cancelled"] and [e["line"] for e in report["errors"]] == [9, 13, 22]
    rerun = subprocess.run([*command, "--json"], env=env, capture_output=True, text=True,
                           timeout=180)  # fmt: skip
    assert rerun.returncode == 4, rerun.stderr  # the CSV's own 3 bad rows
    result = json.loads(rerun.stdout)
    assert result["issued"] + result["already_issued"] == 997
    with sqlite3.connect(tmp_path / "ws" / "idtoolkit.db") as conn:
        refs = [r for (r,) in conn.execute("select request_ref from certificates")
                if r is not None]  # fmt: skip
    assert len(refs) == len(set(refs)) == 997


@pytest.mark.parametrize("separator", [";", "\t"])
def test_an_excel_csv_with_a_bom_and_semicolons_is_read(
    sqlite_pki: TwoTier, tmp_path: Path, separator: str
) -> None:
    lines = [["id", "GN", "SN", "CN", "C", "email"],
             ["A1", "Awa", "Diop", "Awa Diop", "SN", "awa@gov.sn;awa.diop@gov.sn"],
             ["A2", "Fatou", "Sow", "Fatou Sow, fille", "SN", "fatou@gov.sn"]]  # fmt: skip
    text = "\r\n".join(separator.join(f'"{c}"' if "," in c or ";" in c else c for c in line)
                       for line in lines)  # fmt: skip
    path = tmp_path / "excel.csv"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode() + b"\r\n")
    report = run_csv_job(sqlite_pki.ws, "issuing", "citizen-auth", path, tmp_path / "out")
    assert report.issued == 2 and not report.errors, report.errors
    subjects = [r["subject"] for r in _manifest(tmp_path / "out")]
    assert subjects[1].startswith("CN=Fatou Sow\\, fille")


def test_every_file_a_pin_letter_names_is_there(sqlite_pki: TwoTier, tmp_path: Path) -> None:
    """An id starting with '-' named a file the letters called "'-2%2B3.p12" (the CSV
    neutralising applied to a file name); COM0 and LPT0 are Windows device names."""
    path = tmp_path / "c.csv"
    ids = ["-2+3", "COM0", "lpt0", "com1", "plain"]
    path.write_text("id,GN,SN,CN,C\n" + "".join(f"{i},Awa,Diop,Awa Diop,SN\n" for i in ids))
    out = tmp_path / "out"
    report = run_csv_job(sqlite_pki.ws, "issuing", "citizen-auth", path, out)
    assert report.issued == len(ids)
    letters = list(csv.DictReader((out / "pin-letters.csv").open(encoding="utf-8")))
    names = sorted(p.name for p in (out / "credentials").iterdir())
    assert sorted(r["p12"] for r in letters) == names
    assert [r["p12"] for r in _manifest(out)] == [f"credentials/{r['p12']}" for r in letters]
    stems = {n.rsplit(".", 1)[0].upper() for n in names}
    assert not stems & {"COM0", "LPT0", "COM1"} and not any(n[0] in "-'" for n in names)


def test_an_idn_mailbox_is_issued_in_a_labels_and_a_non_ascii_local_part_is_a_bad_row(
    sqlite_pki: TwoTier, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509 import RFC822Name, SubjectAlternativeName, load_pem_x509_certificate

    from .conftest import PASSPHRASE
    from .test_hardening import run_cli

    monkeypatch.setenv("IDTOOLKIT_WORKSPACE", str(sqlite_pki.ws.directory))
    monkeypatch.setenv("IDTOOLKIT_PASSPHRASE", PASSPHRASE.decode())
    path = tmp_path / "idn.csv"
    path.write_text(
        "id,GN,SN,CN,C,email\n"
        "A1,Ana,Diop,Ana Diop,SN,ana@économie.sn\n"
        "A2,Awa,Sow,Awa Sow,SN,anà@exemple.sn\n"
        "A3,Ali,Ba,Ali Ba,SN,ali@gov.sn\n"
        "A4,Ali,Ba,Ali Ba,SN,ali@exemple.sénégal\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    code, err = run_cli("bulk", "issue", "--ca", "issuing", "--profile", "citizen-auth",
                        "--csv", str(path), "--out", str(out))  # fmt: skip
    assert code == 4, err  # one bad row, the others issued
    report = json.loads((out / "report.json").read_text())
    assert report["issued"] == 2
    # A non-ASCII local part is refused in words; so is a domain under no public suffix.
    assert [(e["id"], e["error"].split(":")[0]) for e in report["errors"]] == [
        ("A2", "SAN email"), ("A4", "profile 'citizen-auth'")]  # fmt: skip
    assert "not ASCII" in report["errors"][0]["error"]
    assert "xn--sngal-bsab" in report["errors"][1]["error"]
    letter = next(r for r in csv.DictReader((out / "pin-letters.csv").open(encoding="utf-8"))
                  if r["id"] == "A1")  # fmt: skip
    _key, cert, _chain = pkcs12.load_key_and_certificates(
        (out / "credentials" / letter["p12"]).read_bytes(), letter["password"].encode()
    )
    assert cert is not None
    sans = cert.extensions.get_extension_for_class(SubjectAlternativeName).value
    assert sans.get_values_for_type(RFC822Name) == ["ana@xn--conomie-9xa.sn"]
    # A single issue with the same address, and with a non-ASCII local part.
    password = tmp_path / "password"
    password.write_text("correct horse battery staple\n")
    code, err = run_cli("issue", "--ca", "issuing", "--profile", "citizen-auth", "--subject",
                        "CN=Ana Diop,GN=Ana,SN=Diop,C=SN", "--key", "ec-p256", "--p12",
                        str(tmp_path / "ana.p12"), "--p12-password-file", str(password),
                        "--san", "email:ana@économie.sn", "--out",
                        str(tmp_path / "ana.pem"))  # fmt: skip
    assert code == 0, err
    single = load_pem_x509_certificate((tmp_path / "ana.pem").read_bytes())
    assert single.extensions.get_extension_for_class(SubjectAlternativeName).value == sans
    code, err = run_cli("issue", "--ca", "issuing", "--profile", "citizen-auth", "--subject",
                        "CN=Awa Sow,GN=Awa,SN=Sow,C=SN", "--key", "ec-p256", "--p12",
                        str(tmp_path / "awa.p12"), "--san", "email:anà@exemple.sn")  # fmt: skip
    assert code == 1 and "not ASCII" in err and "internal error" not in err, err


def test_an_iri_san_becomes_a_uri_and_a_bad_one_is_refused_in_words() -> None:
    from idtoolkit.ca.inputs import parse_san

    assert parse_san("uri:https://économie.sn/accès?q=é").value == (
        "https://xn--conomie-9xa.sn/acc%C3%A8s?q=%C3%A9"
    )
    assert (
        parse_san("uri:https://u@économie.sn:8443/").value == "https://u@xn--conomie-9xa.sn:8443/"
    )
    for bad in ("uri:https://é..sn/", "uri:https://[é", "email:a@é..sn"):
        with pytest.raises(InputError):
            parse_san(bad)


def test_the_cli_refuses_a_second_job_into_a_folder_in_one_line(
    sqlite_pki: TwoTier, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from .conftest import PASSPHRASE
    from .test_hardening import run_cli

    monkeypatch.setenv("IDTOOLKIT_WORKSPACE", str(sqlite_pki.ws.directory))
    monkeypatch.setenv("IDTOOLKIT_PASSPHRASE", PASSPHRASE.decode())
    first = _citizens(tmp_path / "a" / "citizens.csv", ["Awa"])
    second = _citizens(tmp_path / "b" / "citizens.csv", ["Ndeye"], first_id=9)
    common = ["bulk", "issue", "--ca", "issuing", "--profile", "citizen-auth", "--out",
              str(tmp_path / "out")]  # fmt: skip
    assert run_cli(*common, "--csv", str(first))[0] == 0
    code, err = run_cli(*common, "--csv", str(second))
    assert code == 1 and err.startswith("error: ") and err.count("\n") == 1, err
    assert "--job" in err and "another --out" in err


def test_an_id_too_long_for_its_job_reference_is_a_bad_row_on_every_store(
    pki: TwoTier, tmp_path: Path
) -> None:
    """The store holds 128 characters of ``bulk:JOB:ID``: PostgreSQL refused a longer one and
    stopped the whole batch; now such an id is a bad row and the others are issued."""
    path = tmp_path / "c.csv"
    ids = ["r1", "x" * 120, "r3"]
    path.write_text("id,GN,SN,CN,C\n" + "".join(f"{i},Awa,Diop,Awa Diop,SN\n" for i in ids))
    report = run_csv_job(pki.ws, "issuing", "citizen-auth", path, tmp_path / "out")
    assert report.issued == 2 and [e.line for e in report.errors] == [3]
    assert "at most" in report.errors[0].message
