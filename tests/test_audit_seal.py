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
                prev, event.seq, audit_chain.time_text(event.at), event.actor, event.action, event.details
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
