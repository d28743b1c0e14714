"""M-of-N CA key backup: any M shares restore a key that signs for the CA; fewer, or a
damaged share, fail with a message naming the problem."""

from __future__ import annotations

import itertools
import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from idtoolkit.apps.cli.main import main
from idtoolkit.ca.backup_shares import (
    decrypt_software_key,
    recover_backup_key,
    restore_ca_key,
    split_ca_key,
)
from idtoolkit.errors import AlreadyExistsError, IDToolkitError, InputError
from idtoolkit.workspace import Workspace
from tests.conftest import PASSPHRASE, TwoTier, build_two_tier


@pytest.fixture(scope="module")
def module_pki(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TwoTier]:
    """One PKI and one 3-of-5 backup of its root for the module (building it is the slow part)."""
    ws = Workspace.init(tmp_path_factory.mktemp("backup-pki") / "ws", PASSPHRASE)
    try:
        yield build_two_tier(ws)
    finally:
        ws.close()


@pytest.fixture(scope="module")
def module_backup(module_pki: TwoTier, tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("backup") / "backup"
    split_ca_key(module_pki.ws, "root", 3, 5, directory, ceremony="test")
    return directory


@pytest.fixture
def backup(module_backup: Path, tmp_path: Path) -> tuple[Path, list[Path]]:
    """A copy per test: tests damage shares."""
    directory = tmp_path / "backup"
    shutil.copytree(module_backup, directory)
    return directory / "root-backup.json", sorted(directory.glob("root-share-*"))


def test_every_three_of_five_shares_recover_the_key(backup: tuple[Path, list[Path]]) -> None:
    backup_file, shares = backup
    subsets = list(itertools.combinations(shares, 3))
    assert len(subsets) == 10
    keys = set()
    for subset in subsets:
        keys.add(decrypt_software_key(recover_backup_key(backup_file, list(subset))))
    assert len(keys) == 1  # every subset opens the same PKCS#8


def test_two_shares_are_not_enough(backup: tuple[Path, list[Path]]) -> None:
    backup_file, shares = backup
    with pytest.raises(InputError, match="2 share\\(s\\) given, 3 needed"):
        recover_backup_key(backup_file, shares[:2])


def test_a_corrupted_share_is_named(backup: tuple[Path, list[Path]]) -> None:
    backup_file, shares = backup
    text = shares[1].read_text()
    data_line = next(line for line in text.splitlines() if line.startswith("Data: "))
    flipped = data_line[:-1] + ("0" if data_line[-1] != "0" else "1")
    shares[1].write_text(text.replace(data_line, flipped))
    with pytest.raises(InputError, match=f"share {shares[1].name} is corrupted"):
        recover_backup_key(backup_file, shares[:3])


def test_share_files_are_private_and_never_overwritten(
    backup: tuple[Path, list[Path]], module_pki: TwoTier
) -> None:
    backup_file, shares = backup
    assert all(p.stat().st_mode & 0o777 == 0o600 for p in shares)
    with pytest.raises(AlreadyExistsError, match="exists already"):
        split_ca_key(module_pki.ws, "root", 3, 5, backup_file.parent)


def test_restored_key_signs_for_the_ca_in_a_new_workspace(
    backup: tuple[Path, list[Path]], tmp_path: Path
) -> None:
    from idtoolkit import api

    backup_file, shares = backup
    with Workspace.init(tmp_path / "new", PASSPHRASE) as ws:
        name = restore_ca_key(ws, backup_file.parent, [shares[4], shares[0], shares[2]])
        assert name == "root"
        crl = api.make_crl(ws, "root").crl
        cert = api.ca_chain(ws, "root")[0]
        assert crl.is_signature_valid(cert.public_key())  # type: ignore[arg-type]
        issued = api.create_sub(ws, "sub2", "root", "CN=Second Issuing CA,O=T,C=SN", "ec-p256")
        assert issued.name == "sub2"
        sub = api.ca_chain(ws, "sub2")[0]
        sub.verify_directly_issued_by(cert)


def test_cli_split_and_restore(
    sqlite_pki: TwoTier,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("IDTOOLKIT_PASSPHRASE", PASSPHRASE.decode())
    ws_dir = str(sqlite_pki.ws.directory)
    out = tmp_path / "shares"
    assert (
        main(
            [
                "ca",
                "backup",
                "split",
                "issuing",
                "--shares",
                "3",
                "--threshold",
                "2",
                "--out",
                str(out),
                "-w",
                ws_dir,
            ]
        )
        == 0
    )
    files = sorted(out.glob("*share*"))
    assert len(files) == 3
    other = str(tmp_path / "other")
    assert main(["init", "-w", other]) == 0
    capsys.readouterr()

    def restore(*shares: Path) -> int:
        return main(
            ["ca", "backup", "restore", str(out), "--shares", *map(str, shares), "-w", other]
        )

    assert restore(files[0]) == 1
    assert "1 share(s) given, 2 needed" in capsys.readouterr().err
    assert restore(files[0], files[2]) == 0
    assert "restored CA issuing" in capsys.readouterr().out


def test_token_keys_without_the_backup_step_cannot_be_split(
    sqlite_workspace: Workspace, token: str, tmp_path: Path
) -> None:
    from idtoolkit import api

    api.create_root(
        sqlite_workspace,
        "hsmroot",
        "CN=HSM Root,O=T,C=SN",
        "ec-p256",
        key_store=f"pkcs11:token={token}",
    )
    with pytest.raises(IDToolkitError, match="non-extractable"):
        split_ca_key(sqlite_workspace, "hsmroot", 2, 3, tmp_path / "b", so_pin=b"so-pin-87654321")
    assert not (tmp_path / "b" / "hsmroot-backup.json").exists()


def test_a_backup_edited_to_name_another_ca_is_refused(
    backup: tuple[Path, list[Path]], module_pki: TwoTier
) -> None:
    import json

    from cryptography.hazmat.primitives import serialization

    from idtoolkit import api

    backup_file, shares = backup
    record = json.loads(backup_file.read_text())
    other = api.ca_chain(module_pki.ws, "issuing")[0]
    record["certificate"] = other.public_bytes(serialization.Encoding.PEM).decode()
    backup_file.write_text(json.dumps(record))
    with pytest.raises(InputError, match="belongs to another backup"):
        recover_backup_key(backup_file, shares[:3])


# --- issue 26: a damaged or consistently edited backup is refused in one line, exit 1 -------


def _edit_and_rechecksum(backup_file: Path, shares: list[Path], edit: Any) -> None:
    """What someone who edits the backup does to keep its shares matching: rewrite each
    share's Backup line to the new file's hash and recompute its checksum."""
    import dataclasses
    import hashlib

    from idtoolkit.ca.backup_shares import parse_share, share_text

    record = json.loads(backup_file.read_bytes())
    body = edit(record)
    backup_file.write_bytes(body if isinstance(body, bytes) else json.dumps(record).encode())
    new_id = hashlib.sha256(backup_file.read_bytes()).hexdigest()[:16]
    for path in shares:
        share = parse_share(path.read_text(), path.name)
        path.write_text(share_text(dataclasses.replace(share, backup_id=new_id)))


EDITS: dict[str, Any] = {
    "deep-json": lambda r: b"[" * 100_000 + b"]" * 100_000,
    "threshold-text": lambda r: r.update(threshold="three"),
    "threshold-huge": lambda r: r.update(threshold=10**30),
    "threshold-float": lambda r: r.update(threshold=1e999),
    "certificate-garbage": lambda r: r.update(certificate="-----BEGIN CERTIFICATE-----\nAAAA\n"),
    "certificate-list": lambda r: r.update(certificate=["x"]),
    "kind-unknown": lambda r: r.update(kind="floppy"),
    "nonce-not-ascii": lambda r: r.update(nonce="ñoñce"),
    "nonce-short": lambda r: r.update(nonce="AAAA"),
    "ciphertext-gone": lambda r: r.pop("ciphertext"),
    "ca-number": lambda r: r.update(ca=5),
    "chain-number": lambda r: r.update(chain=5),
}


@pytest.mark.parametrize("edit", list(EDITS))
def test_an_edited_backup_is_refused_in_one_line(
    backup: tuple[Path, list[Path]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    edit: str,
) -> None:
    backup_file, shares = backup
    _edit_and_rechecksum(backup_file, shares, EDITS[edit])
    monkeypatch.setenv("IDTOOLKIT_PASSPHRASE", PASSPHRASE.decode())
    other = str(tmp_path / "other")
    assert main(["init", "-w", other]) == 0
    capsys.readouterr()
    code = main(
        [
            "ca",
            "backup",
            "restore",
            str(backup_file),
            "--shares",
            *map(str, shares[:3]),
            "-w",
            other,
        ]
    )
    err = capsys.readouterr().err
    assert code == 1, err
    assert len(err.strip().splitlines()) == 1 and "internal error" not in err, err


def test_a_share_with_an_absurd_number_is_refused_in_one_line(
    backup: tuple[Path, list[Path]],
) -> None:
    backup_file, shares = backup
    text = shares[0].read_text()
    line = next(x for x in text.splitlines() if x.startswith("Share: "))
    shares[0].write_text(text.replace(line, "Share: " + "9" * 5000 + " of 5 (3 needed to restore)"))
    with pytest.raises(InputError, match="the Share line is damaged"):
        recover_backup_key(backup_file, shares[:3])
