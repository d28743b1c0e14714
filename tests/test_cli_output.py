"""What scripts and people rely on in the CLI's output: listing totals and one JSON shape,
serial prefixes, JSON errors, exit codes, file modes, a quiet broken pipe, --version and help.

In-process (``main([...])``) where a subprocess adds nothing, so the file stays fast."""

from __future__ import annotations

import collections
import json
import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization

from bench.synthetic import insert_synthetic_certificates
from idtoolkit import api
from idtoolkit.apps.cli.commands import build_parser
from idtoolkit.apps.cli.main import main
from idtoolkit.apps.cli.parser import command_parsers
from tests.conftest import PASSPHRASE

CLI = [sys.executable, "-m", "idtoolkit.apps.cli.main"]


@pytest.fixture(scope="module")
def ws_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A root with 2,000 synthetic certificates: enough to cut a listing and to share
    4-digit serial prefixes."""
    directory = tmp_path_factory.mktemp("output") / "ws"
    with api.Workspace.init(directory, PASSPHRASE) as ws:
        api.create_root(ws, "root", "CN=Output Root,O=Ministry,C=SN", "ec-p256")
        api.issue_with_new_key(ws, "root", "tls-client", "CN=Awa Diop,C=SN", "ec-p256")
        insert_synthetic_certificates(ws, "root", 2000)
    return directory


@pytest.fixture
def run(
    ws_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Iterator[object]:
    monkeypatch.setenv("IDTOOLKIT_PASSPHRASE", PASSPHRASE.decode())

    def call(*argv: str) -> tuple[int, str, str]:
        code = main([*argv, "--workspace", str(ws_dir)])
        out, err = capsys.readouterr()
        return code, out, err

    yield call


def _serials(run) -> list[str]:  # type: ignore[no-untyped-def]
    code, out, _ = run("cert", "list", "--all", "--json")
    assert code == 0
    return [c["serial"] for c in json.loads(out)["items"]]


def test_a_cut_listing_says_so_and_limit_0_lists_everything(run) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run("cert", "list")
    assert code == 0
    rows = out.splitlines()
    assert len(rows) == 1 + 100 + 1  # header, the first page, the footer
    assert rows[-1].startswith("showing 1-100 of 2002 certificates")
    assert "--limit 0" in rows[-1]
    code, out, _ = run("cert", "list", "--limit", "0")
    assert out.splitlines()[-1] == "2002 certificates"
    assert len(out.splitlines()) == 1 + 2002 + 1
    data = json.loads(run("cert", "list", "--json")[1])
    assert data["total"] == 2002 and len(data["items"]) == 100
    assert len(_serials(run)) == 2002
    code, out, _ = run("cert", "list", "--search", "Awa Diop")
    assert out.splitlines()[-1] == "1 certificate"  # not "1 certificates"


@pytest.mark.parametrize(
    "argv",
    [("cert", "list"), ("ca", "list"), ("profile", "list")],
    ids=lambda a: " ".join(a),
)
def test_every_listing_has_one_json_shape(run, argv: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(*argv, "--json")
    data = json.loads(out)
    assert code == 0 and set(data) == {"total", "items"}
    assert isinstance(data["items"], list) and data["total"] >= len(data["items"]) > 0


def test_a_unique_serial_prefix_names_a_certificate(run) -> None:  # type: ignore[no-untyped-def]
    by_prefix = collections.Counter(s[:6] for s in _serials(run))
    serial = next(s for s in _serials(run) if by_prefix[s[:6]] == 1)
    code, out, _ = run("cert", "show", serial[:6])
    assert code == 0 and f"serial: {serial}" in out


def test_an_ambiguous_serial_prefix_is_refused_with_its_matches(run) -> None:  # type: ignore[no-untyped-def]
    serials = _serials(run)
    by_prefix = collections.Counter(s[:4] for s in serials)
    prefix = next(p for p, n in by_prefix.items() if n > 1)
    before = json.loads(run("cert", "list", "--status", "revoked", "--json")[1])["total"]
    code, out, err = run("revoke", prefix, "--ca", "root")
    assert code == 1 and out == ""
    assert "matches several certificates" in err
    for s in serials:
        if s.startswith(prefix):
            assert s in err  # every match listed, so the officer can pick
    assert json.loads(run("cert", "list", "--status", "revoked", "--json")[1])["total"] == before
    code, _, err = run("cert", "show", "ab")
    assert code == 1 and "at least 4 hex digits" in err


def test_errors_with_json_are_json_on_stderr(run) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run("cert", "show", "0badc0ffee", "--json")
    assert code == 1 and out == ""
    error = json.loads(err)
    assert error["code"] == 1 and "0badc0ffee" in error["error"]


def test_usage_errors_with_json_are_json_too(run, capsys) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit) as stopped:
        run("cert", "list", "--limit", "many", "--json")
    assert stopped.value.code == 2
    error = json.loads(capsys.readouterr().err)
    assert error["code"] == 2 and "--limit" in error["error"]


def test_text_output_shows_no_python(run) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run("cert", "show", _serials(run)[1])
    assert code == 0
    for python in ("None", "True", "False", "['", "<KeyUsage", "<ExtendedKeyUsage", "datetime"):
        assert python not in out, (python, out)
    assert "Key usage (critical): sign data (digital signature)" in out
    code, out, _ = run("ca", "show", "root")
    assert "None" not in out and "parent: -" in out
    code, out, _ = run("profile", "show", "tls-client")
    assert "None" not in out and "[" not in out and "False" not in out


def test_a_lowercase_country_is_upper_cased_and_a_country_name_explained(run) -> None:  # type: ignore[no-untyped-def]
    assert api.format_subject(api.parse_subject("CN=Awa,C=sn")) == "CN=Awa,C=SN"
    with pytest.raises(api.IDToolkitError, match=r"2-letter ISO 3166 country code, e\.g\. SN"):
        api.parse_subject("CN=Awa,C=Senegal")
    code, _, err = run(
        "issue", "--ca", "root", "--profile", "citizen-auth", "--key", "ec-p256",
        "--p12", os.devnull, "--subject", "CN=A B,GN=A,SN=B,serialNumber=123,C=SN",
    )  # fmt: skip
    assert code == 1 and "e.g. IDCSN-0000001" in err
    assert "^" not in err and "$" not in err  # no regular expression


def test_public_outputs_are_0644_and_secrets_0600(
    run,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    old = os.umask(0o077)  # a strict umask must not make public files private
    try:
        assert run("ca", "export", "root", "--out", str(tmp_path / "root.pem"))[0] == 0
        assert run("crl", "--ca", "root", "--out", str(tmp_path / "root.crl"))[0] == 0
        code, _, err = run(
            "issue", "--ca", "root", "--profile", "tls-client", "--key", "ec-p256",
            "--p12", str(tmp_path / "awa.p12"), "--subject", "CN=Awa Fall,C=SN",
        )  # fmt: skip
        assert code == 0, err
    finally:
        os.umask(old)

    def mode(name: str) -> int:
        return stat.S_IMODE((tmp_path / name).stat().st_mode)

    assert mode("root.pem") == 0o644
    assert mode("root.crl") == 0o644
    assert mode("awa.p12") == 0o600


def _awa_csr() -> x509.CertificateSigningRequest:
    """A P-256 CSR for CN=Awa Diop: the file of the CSR-directory tests."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    return (
        x509.CertificateSigningRequestBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Awa Diop")]))
        .sign(ec.generate_private_key(ec.SECP256R1()), hashes.SHA256())
    )


def _issue_csr_dir(
    run: Any, csrs: Path, out: Path, umask: int | None = None
) -> tuple[int, str, str]:
    """``bulk issue --csr-dir`` under the root CA and tls-client, with this umask if given."""
    old = None if umask is None else os.umask(umask)
    try:
        result: tuple[int, str, str] = run(
            "bulk", "issue", "--ca", "root", "--profile", "tls-client",
            "--csr-dir", str(csrs), "--out", str(out),
        )  # fmt: skip
        return result
    finally:
        if old is not None:
            os.umask(old)


def test_bulk_certificates_from_csrs_are_public_and_credentials_secret(
    run,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    csrs = tmp_path / "csrs"
    csrs.mkdir()
    (csrs / "awa.csr").write_bytes(_awa_csr().public_bytes(serialization.Encoding.PEM))
    code, out, err = _issue_csr_dir(run, csrs, tmp_path / "out", umask=0o077)
    assert code == 0, err
    # The summary names what the job wrote: no PIN letters or manifest for CSRs.
    assert "(certificates/, report.json)" in out and "pin-letters" not in out
    assert "left out" not in out
    # Under umask 077, the certificates are public all the same, the report private.
    assert stat.S_IMODE((tmp_path / "out" / "certificates" / "awa.pem").stat().st_mode) == 0o644
    assert stat.S_IMODE((tmp_path / "out" / "report.json").stat().st_mode) == 0o600


def test_files_of_a_csr_directory_that_are_not_csrs_are_said_to_be_left_out(
    run,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    """A CSR directory's files without a CSR extension are not read; the job says which
    (a CSR saved as .txt would otherwise just be missing from the output)."""
    csrs = tmp_path / "csrs"
    csrs.mkdir()
    pem = _awa_csr().public_bytes(serialization.Encoding.PEM)
    (csrs / "awa.csr").write_bytes(pem)
    (csrs / "alice.txt").write_bytes(pem)
    (csrs / "README.txt").write_text("requests from the registry")
    (csrs / ".hidden").write_text("editor state")  # a dot file is nobody's CSR: not said
    (csrs / "archive").mkdir()
    monkeypatch.setenv("IDTOOLKIT_LANG", "ar")
    code, out, err = _issue_csr_dir(run, csrs, tmp_path / "out", umask=0o022)
    assert code == 0, err
    assert "README.txt, alice.txt" in out and "ملفان" in out  # two files, in Arabic
    report = json.loads((tmp_path / "out" / "report.json").read_text())
    assert report["issued"] == 1 and report["skipped_files"] == ["README.txt", "alice.txt"]
    # Made under the usual umask (022), the folder is private all the same, as a CSV job's.
    assert stat.S_IMODE((tmp_path / "out").stat().st_mode) == 0o700


def test_a_csr_directory_s_bad_rows_name_their_files_not_lines(
    run,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    """A folder has files, not lines: a bad row of a CSR directory is said by its name, and a
    second file with a taken name says which file took it."""
    csrs = tmp_path / "csrs"
    csrs.mkdir()
    csr = _awa_csr()
    (csrs / "awa.csr").write_bytes(csr.public_bytes(serialization.Encoding.PEM))
    (csrs / "awa.der").write_bytes(csr.public_bytes(serialization.Encoding.DER))
    code, out, _ = _issue_csr_dir(run, csrs, tmp_path / "out")
    assert code == 4
    assert (
        "\n  awa: awa.der has the same name as awa.csr (one certificate per name): not issued, "
        "rename it\n" in out
    )
    assert "line " not in out and "row rejected" not in out
    assert "\n  1 file rejected: fix it and run again (exit code 4)" in out


def test_bulk_issue_exits_4_when_rows_were_rejected(
    run,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    (tmp_path / "people.csv").write_text(
        "id,CN,C\nok1,Awa Diop,SN\nbad,Moussa Fall,Senegal\nok2,Fatou Sow,SN\n"
    )
    code, out, _ = run(
        "bulk", "issue", "--ca", "root", "--profile", "tls-client",
        "--csv", str(tmp_path / "people.csv"), "--out", str(tmp_path / "out"),
    )  # fmt: skip
    assert code == 4
    assert "2 issued (2 linted)" in out  # every certificate is linted
    assert "(credentials/, passwords/, pin-letters.html, pin-letters.csv, manifest.csv" in out
    listed = "credentials/" + out.split("(credentials/", 1)[1].split(")", 1)[0]
    written = {p.name for p in (tmp_path / "out").iterdir() if not p.name.startswith(".")}
    assert {name.strip().rstrip("/") for name in listed.split(",")} | {"job.json"} == written
    assert "1 row rejected: fix it" in out and "line 3" in out


def test_a_closed_pipe_ends_quietly(ws_dir: Path) -> None:
    env = {**os.environ, "IDTOOLKIT_PASSPHRASE": PASSPHRASE.decode()}
    proc = subprocess.run(
        f"{sys.executable} -m idtoolkit.apps.cli.main cert list --all --workspace {ws_dir} | head -1",
        shell=True,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.stdout.startswith("SERIAL")
    assert proc.stderr == ""


def test_version() -> None:
    proc = subprocess.run([*CLI, "--version"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0 and proc.stdout.startswith("idtoolkit 0.")


def test_every_option_has_help_and_every_command_an_example() -> None:
    for path, parser in command_parsers(build_parser()):
        missing = [a.dest for a in parser._actions if not a.help]
        assert not missing, f"{path}: options without help: {missing}"
        assert parser.epilog and parser.epilog.startswith("example:\n  idtoolkit "), path
        assert "example:" in parser.format_help()


def test_a_post_dated_certificate_is_listed_not_yet_valid(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``cert list`` used to say "valid" for a certificate whose validity starts next month:
    an officer reads that as usable today. It is "not_yet_valid", and --status filters on it."""
    import datetime as dt

    directory = tmp_path / "ws"
    with api.Workspace.init(directory, PASSPHRASE) as ws:
        api.create_root(ws, "root", "CN=Dates Root,O=Ministry,C=SN", "ec-p256")
        now = api.issue_with_new_key(ws, "root", "tls-client", "CN=Today,C=SN", "ec-p256")
        later = api.issue_with_new_key(
            ws, "root", "tls-client", "CN=Next Month,C=SN", "ec-p256",
            not_before=dt.datetime.now(dt.UTC) + dt.timedelta(days=30),
        )  # fmt: skip
    monkeypatch.setenv("IDTOOLKIT_PASSPHRASE", PASSPHRASE.decode())

    def listed(*extra: str) -> dict[str, str]:
        assert main(["cert", "list", "--json", *extra, "--workspace", str(directory)]) == 0
        items = json.loads(capsys.readouterr().out)["items"]
        return {c["serial"]: c["status"] for c in items if c["serial"] in ours}

    ours = {now.serial, later.serial}  # the root's own certificate is listed too

    assert listed() == {now.serial: "valid", later.serial: "not_yet_valid"}
    assert listed("--status", "valid") == {now.serial: "valid"}
    assert listed("--status", "not_yet_valid") == {later.serial: "not_yet_valid"}
    assert main(["cert", "list", "--workspace", str(directory)]) == 0
    table = capsys.readouterr().out
    assert "not_yet_valid" in next(line for line in table.splitlines() if "Next Month" in line)
