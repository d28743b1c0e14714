"""The surfaces issue 26 found crashing, fuzzed: ceremony scripts, ``ca import-crl``, audit
seals and key-backup files (mutated PDFs are in test_fuzz_verify). Each input gets a result or
one of our own errors in one line, never another exception (an internal error, exit 3)."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import random
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from idtoolkit import api
from idtoolkit.apps.ceremony import load_ceremony_script
from idtoolkit.audit_seals import create_seal, load_seal, seal_bytes, verify_seals
from idtoolkit.ca.backup_shares import (
    decrypt_software_key,
    parse_share,
    recover_backup_key,
    share_text,
    split_ca_key,
)
from idtoolkit.ca.issuers import issuer_and_signer
from idtoolkit.errors import IDToolkitError
from idtoolkit.store.cas import ca_by_name
from idtoolkit.workspace import Workspace

from ..conftest import PASSPHRASE
from ..crl_craft import CRLCrafter
from .conftest import FuzzPKI
from .mutate import SEED, cases, count

SHIPPED = Path(__file__).resolve().parents[2] / "ceremonies"
#: JSON values a hand-edited file may hold where another type belongs.
ODD_VALUES: list[Any] = [
    None, True, -1, 0, 2**64, 1e300, "", "x" * 5000, [], {}, [[[[[]]]]], {"a": {"b": 1}},
]  # fmt: skip


class Outcomes:
    """Counts inputs and collects the ones that escaped as something other than our errors."""

    def __init__(self, name: str) -> None:
        self.name, self.total, self.internal = name, 0, list[tuple[int, str]]()

    def run(self, index: int, call: Callable[..., object], *args: Any) -> None:
        self.total += 1
        try:
            call(*args)
        except IDToolkitError as exc:
            if "\n" in str(exc):
                self.internal.append((index, f"multi-line: {exc}"))
        except Exception as exc:
            self.internal.append((index, f"{type(exc).__name__}: {str(exc)[:200]}"))

    def check(self) -> None:
        print(f"fuzz {self.name}: {self.total} inputs, {len(self.internal)} internal errors")
        assert not self.internal, self.internal[:5]


def _structured_json(data: bytes, rng: random.Random) -> bytes:
    """One field of a JSON object replaced by a value of another type, or nested deeply."""
    record = json.loads(data)
    key = rng.choice(sorted(record))
    if rng.random() < 0.1:
        return data.replace(b"{", b"[" * 50_000 + b"{", 1)
    record[key] = rng.choice(ODD_VALUES)
    return json.dumps(record).encode()


def test_fuzzed_ceremony_scripts(tmp_path: Path) -> None:
    seeds = [p.read_bytes() for p in sorted(SHIPPED.glob("*.toml"))]
    rng = random.Random(f"{SEED}:ceremony-structured")
    deep = [b"x = " + b"[" * 600 + b"]" * 600, b"[a]\n" + b"b = {c = " * 300 + b"1" + b"}" * 300]
    lines = [
        seed.replace(line, line.split(b"=")[0] + b"= " + rng.choice([b"5", b'"x"', b"[]", b"{}", b"true", b"1e999"]))
        for seed in seeds
        for line in rng.sample([x for x in seed.splitlines() if b"=" in x], 20)
    ]  # fmt: skip
    outcomes = Outcomes("ceremony scripts")
    path = tmp_path / "script.toml"
    for index, data in [*cases("ceremony", seeds, 200), *enumerate(deep + lines, 10_000)]:
        path.write_bytes(data)
        outcomes.run(index, load_ceremony_script, path)
    outcomes.check()


@pytest.fixture(scope="module")
def offline_root(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[Workspace, CRLCrafter]]:
    base = tmp_path_factory.mktemp("fuzz-crl")
    root_ws = Workspace.init(base / "root", PASSPHRASE)
    online = Workspace.init(base / "online", PASSPHRASE)
    try:
        api.create_root(root_ws, "root", "CN=Offline Root,O=Gov,C=SN", "ec-p384")
        _info, csr = api.request_sub(online, "sub", "CN=Online CA,O=Gov,C=SN", "ec-p256")
        signed = api.issue_from_csr(root_ws, "root", "sub-ca", api.load_csr(csr))
        root_cert = api.ca_chain(root_ws, "root")[0]
        api.import_signed_cert(
            online,
            "sub",
            signed.certificate.public_bytes(serialization.Encoding.PEM),
            root_cert.public_bytes(serialization.Encoding.PEM),
        )
        with root_ws.store.reading() as session:
            _issuer, signer = issuer_and_signer(root_ws, ca_by_name(session, "root"))
        key = signer.issuer_key()
        assert isinstance(key, ec.EllipticCurvePrivateKey)
        yield online, CRLCrafter(key, root_cert.subject)
    finally:
        root_ws.close()
        online.close()


def test_fuzzed_imported_crls(offline_root: tuple[Workspace, CRLCrafter]) -> None:
    """Mutated CRLs, and CRLs whose signed part was mutated then signed again with the
    root's key (so they pass the signature and meet every later check)."""
    online, crafter = offline_root
    base = crafter.build(number=2**62)
    tbs = CRLCrafter.tbs(base)
    rng = random.Random(f"{SEED}:crl-resigned")
    from .mutate import mutate

    resigned = [crafter.sign_tbs(mutate(tbs, rng)) for _ in range(count(150))]
    outcomes = Outcomes("import-crl")
    for index, data in [*cases("crl", [base], 150), *enumerate(resigned, 10_000)]:
        outcomes.run(index, api.import_crl, online, data, "fuzzed.crl")
    outcomes.check()


def _verify_seal(ws: Workspace, data: bytes) -> None:
    verify_seals(ws, [load_seal(data, "fuzzed.seal")])


def test_fuzzed_seals(fuzz_pki: FuzzPKI) -> None:
    ws = fuzz_pki.ws
    seed = seal_bytes(create_seal(ws, "root"))
    rng = random.Random(f"{SEED}:seal-structured")
    structured = [_structured_json(seed, rng) for _ in range(count(100))]
    outcomes = Outcomes("seals")
    for index, data in [*cases("seal", [seed], 200), *enumerate(structured, 10_000)]:
        outcomes.run(index, _verify_seal, ws, data)
    outcomes.check()


def test_fuzzed_backup_files(fuzz_pki: FuzzPKI, tmp_path: Path) -> None:
    """Mutated backup files and shares, and backups edited with their shares re-checksummed
    to match (so every check of the shares passes)."""
    origin = tmp_path / "origin"
    split_ca_key(fuzz_pki.ws, "root", 2, 3, origin, ceremony="fuzz")
    backup = (origin / "root-backup.json").read_bytes()
    shares = [p.read_text() for p in sorted(origin.glob("root-share-*"))]
    work = tmp_path / "work"
    rng = random.Random(f"{SEED}:backup-structured")

    def restore(body: bytes, share_texts: list[str]) -> None:
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir()
        (work / "root-backup.json").write_bytes(body)
        paths = []
        for i, text in enumerate(share_texts):
            (work / f"share-{i}.txt").write_text(text, encoding="utf-8", errors="replace")
            paths.append(work / f"share-{i}.txt")
        decrypt_software_key(recover_backup_key(work / "root-backup.json", paths))

    def rechecksummed(body: bytes) -> list[str]:
        new_id = hashlib.sha256(body).hexdigest()[:16]
        return [
            share_text(dataclasses.replace(parse_share(t, "s"), backup_id=new_id)) for t in shares
        ]

    def restore_edited(body: bytes) -> None:
        restore(body, rechecksummed(body)[:2])

    outcomes = Outcomes("backup files")
    for index, body in cases("backup", [backup], 150):
        outcomes.run(index, restore, body, shares[:2])
    for index, share in cases("share", [shares[0].encode()], 150):
        outcomes.run(index, restore, backup, [share.decode("utf-8", "replace"), shares[1]])
    for index in range(count(100)):
        body = _structured_json(backup, rng)
        outcomes.run(20_000 + index, restore_edited, body)
    outcomes.check()
