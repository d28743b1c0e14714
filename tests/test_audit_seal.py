"""Audit seals: a head signed by a CA key, kept outside the database, catches a rewritten
event even when the attacker recomputed every hash and the stored head."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from idtoolkit import audit_chain
from idtoolkit.apps.cli.main import main
from idtoolkit.audit_seals import create_seal, load_seal, read_seals, seal_bytes, verify_seals
from idtoolkit.errors import AuditError
from idtoolkit.store.models import AuditEvent, Setting
from tests.conftest import PASSPHRASE, TwoTier


def _rewrite_history(ws: object, seq: int) -> None:
    """What an attacker with database access does: change one event, recompute the chain and
    the stored head, so the chain alone verifies."""
    with ws.store.transaction() as session:  # type: ignore[attr-defined]
        events = session.execute(select(AuditEvent).order_by(AuditEvent.seq)).scalars().all()
        prev = audit_chain.GENESIS
        for event in events:
            if event.seq == seq:
                details = json.loads(event.details)
                details["subject"] = "CN=Someone Else"
                event.details = audit_chain.canonical_json(details)
            event.prev_hash = prev
            event.hash = audit_chain.event_hash(
                prev,
                event.seq,
                audit_chain.time_text(event.at),
                event.actor,
                event.action,
                event.details,
            )
            prev = event.hash
        session.get(Setting, audit_chain.HEAD_KEY).value = f"{events[-1].seq}:{prev}"


def test_seal_detects_a_rewrite_with_a_recomputed_head(sqlite_pki: TwoTier, tmp_path: Path) -> None:
    ws = sqlite_pki.ws
    seal = create_seal(ws, "root")
    path = tmp_path / "seal.json"
    path.write_bytes(seal_bytes(seal))
    assert verify_seals(ws, read_seals([path]))  # intact: passes
    with ws.store.reading() as session:
        created = (
            session.execute(select(AuditEvent.seq).where(AuditEvent.action == "ca.created"))
            .scalars()
            .first()
        )
    assert created is not None and created < seal.seq
    _rewrite_history(ws, created)
    with ws.store.reading() as session:
        assert audit_chain.verify(session).ok  # the chain alone no longer notices
    with pytest.raises(AuditError, match="rewritten since CA 'root' sealed them"):
        verify_seals(ws, read_seals([path]))


def test_cli_seal_and_verify(
    sqlite_pki: TwoTier,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("IDTOOLKIT_PASSPHRASE", PASSPHRASE.decode())
    ws_dir = str(sqlite_pki.ws.directory)
    seal_file = tmp_path / "head.seal"
    assert main(["audit", "seal", "--ca", "issuing", "--out", str(seal_file), "-w", ws_dir]) == 0
    assert main(["audit", "verify", "--seal", str(seal_file), "-w", ws_dir]) == 0
    assert "match the head issuing sealed" in capsys.readouterr().out
    _rewrite_history(sqlite_pki.ws, 2)
    assert main(["audit", "verify", "--seal", str(seal_file), "-w", ws_dir]) == 1
    assert "head.seal: the events up to" in capsys.readouterr().err


def test_a_forged_seal_is_refused(sqlite_pki: TwoTier, tmp_path: Path) -> None:
    seal = create_seal(sqlite_pki.ws, "root")
    data = json.loads(seal_bytes(seal))
    data["seq"] = seal.seq - 1  # claim an earlier head without the CA key
    forged = load_seal(json.dumps(data).encode(), "forged.json")
    with pytest.raises(AuditError, match=r"forged\.json: its signature does not verify"):
        verify_seals(sqlite_pki.ws, [forged])


# --- issue 26: every CA key type seals; seal files and empty trails are judged in one line ----


@pytest.mark.parametrize("key_type", ["ed448", "ml-dsa-65", "ml-dsa-87", "ed25519", "rsa2048"])
def test_every_ca_key_type_seals_and_verifies(
    sqlite_workspace: object,
    key_type: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A post-quantum (or Ed448) root ceremony ends with a seal: the seal step must not stop."""
    from idtoolkit import api

    ws = sqlite_workspace
    profile = "pq-root-ca" if key_type.startswith("ml-dsa") else "root-ca"
    api.create_root(ws, "pq", "CN=Seal Root,O=ID Toolkit Tests,C=SN", key_type, profile=profile)  # type: ignore[arg-type]
    monkeypatch.setenv("IDTOOLKIT_PASSPHRASE", PASSPHRASE.decode())
    ws_dir = str(ws.directory)  # type: ignore[attr-defined]
    seal_file = tmp_path / "pq.seal"
    assert main(["audit", "seal", "--ca", "pq", "--out", str(seal_file), "-w", ws_dir]) == 0
    assert main(["audit", "verify", "--seal", str(seal_file), "-w", ws_dir]) == 0
    assert "match the head pq sealed" in capsys.readouterr().out
    data = json.loads(seal_file.read_bytes())
    data["seq"] -= 1
    seal_file.with_name("forged.seal").write_text(json.dumps(data))
    forged = str(seal_file.with_name("forged.seal"))
    assert main(["audit", "verify", "--seal", forged, "-w", ws_dir]) == 1
    assert "its signature does not verify" in capsys.readouterr().err


def _one_line_refusal(capsys: pytest.CaptureFixture[str], needle: str) -> None:
    err = capsys.readouterr().err
    assert needle in err, err
    assert len(err.strip().splitlines()) == 1, err
    assert "internal error" not in err and "Traceback" not in err


@pytest.mark.parametrize(
    "mangle",
    [
        lambda text: text.replace('"seq": ', '"seq": 1e999, "x": ', 1),
        lambda text: text.replace('"seq": ', '"seq": true, "x": ', 1),
        lambda text: text.replace('"seq": ', '"seq": -4, "x": ', 1),
        lambda text: text.replace(
            '"ca": ', '"ca": ' + "[" * 100_000 + "]" * 100_000 + ', "x": ', 1
        ),
        lambda text: "[" * 100_000 + "]" * 100_000,
        lambda text: text.replace('"hash": ', '"hash": 5, "x": ', 1),
    ],
    ids=["seq-1e999", "seq-true", "seq-negative", "deep-ca", "deep-file", "hash-number"],
)
def test_a_mangled_seal_file_is_refused_in_one_line(
    sqlite_pki: TwoTier,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    mangle: object,
) -> None:
    path = tmp_path / "mangled.seal"
    path.write_text(mangle(seal_bytes(create_seal(sqlite_pki.ws, "root")).decode()))  # type: ignore[operator]
    monkeypatch.setenv("IDTOOLKIT_PASSPHRASE", PASSPHRASE.decode())
    ws_dir = str(sqlite_pki.ws.directory)
    assert main(["audit", "verify", "--seal", str(path), "-w", ws_dir]) == 1
    _one_line_refusal(capsys, "mangled.seal is not an ID Toolkit audit seal")


def test_seal_out_never_replaces_an_earlier_seal(
    sqlite_pki: TwoTier,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("IDTOOLKIT_PASSPHRASE", PASSPHRASE.decode())
    ws_dir = str(sqlite_pki.ws.directory)
    seal_file = tmp_path / "head.seal"
    assert main(["audit", "seal", "--ca", "root", "--out", str(seal_file), "-w", ws_dir]) == 0
    first = seal_file.read_bytes()
    capsys.readouterr()
    assert main(["audit", "seal", "--ca", "root", "--out", str(seal_file), "-w", ws_dir]) == 1
    _one_line_refusal(capsys, "already exists")
    assert seal_file.read_bytes() == first
    # a stream is still fine
    assert main(["audit", "seal", "--ca", "root", "--out", "/dev/null", "-w", ws_dir]) == 0


def test_a_trail_emptied_of_events_and_head_is_not_intact(
    sqlite_pki: TwoTier, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from sqlalchemy import delete

    with sqlite_pki.ws.store.transaction() as session:
        session.execute(delete(AuditEvent))
        session.execute(delete(Setting).where(Setting.key == audit_chain.HEAD_KEY))
    monkeypatch.setenv("IDTOOLKIT_PASSPHRASE", PASSPHRASE.decode())
    assert main(["audit", "verify", "-w", str(sqlite_pki.ws.directory)]) == 1
    _one_line_refusal(capsys, "no events but the workspace has CAs")


def test_a_new_workspace_without_cas_is_intact(
    sqlite_workspace: object, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("IDTOOLKIT_PASSPHRASE", PASSPHRASE.decode())
    assert main(["audit", "verify", "-w", str(sqlite_workspace.directory)]) == 0  # type: ignore[attr-defined]
