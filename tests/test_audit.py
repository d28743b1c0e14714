"""The audit trail: every change is chained; tampering, deletion and truncation are found;
no secret ever reaches an event."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import delete, select, update

from idtoolkit import api, audit_chain
from idtoolkit.errors import AuditError
from idtoolkit.store.models import AuditEvent, Setting

from .conftest import PASSPHRASE, TwoTier


def _actions(pki: TwoTier) -> list[str]:
    with pki.ws.store.reading() as s:
        return [e.action for e in audit_chain.iter_events(s)]


def _verify(pki: TwoTier, head: str | None = None) -> audit_chain.VerifyResult:
    with pki.ws.store.reading() as s:
        return audit_chain.verify(s, head)


def test_every_change_is_recorded_in_order(pki: TwoTier) -> None:
    issued = api.issue_with_new_key(pki.ws, "issuing", "tls-client", "CN=c", "ec-p256")
    api.revoke(pki.ws, "issuing", issued.serial, "superseded")
    api.make_crl(pki.ws, "issuing")
    assert _actions(pki) == [
        "workspace.init",
        "key.created",
        "ca.created",
        "crl.published",  # every CA publishes its first CRL with its creation
        "key.created",
        "ca.created",
        "crl.published",
        "cert.issued",
        "cert.revoked",
        "crl.published",
    ]
    result = _verify(pki)
    assert result.ok and result.events == 10


def test_an_altered_event_is_reported_as_the_first_broken_link(pki: TwoTier) -> None:
    head = _verify(pki).head
    with pki.ws.store.transaction() as s:
        s.execute(update(AuditEvent).where(AuditEvent.seq == 3).values(details='{"ca":"evil"}'))
    result = _verify(pki)
    assert not result.ok and result.first_bad_seq == 3 and "altered" in (result.problem or "")
    assert result.head is not None and result.head.startswith("2:")
    assert head is not None


def test_a_deleted_event_in_the_middle_is_found(pki: TwoTier) -> None:
    with pki.ws.store.transaction() as s:
        s.execute(delete(AuditEvent).where(AuditEvent.seq == 2))
    result = _verify(pki)
    assert not result.ok and result.first_bad_seq == 2 and "missing" in (result.problem or "")


def test_truncating_the_tail_is_detected_by_the_anchor(pki: TwoTier) -> None:
    with pki.ws.store.transaction() as s:
        s.execute(delete(AuditEvent).where(AuditEvent.seq >= 4))
    result = _verify(pki)
    assert not result.ok and "events were removed" in (result.problem or "")


def test_a_rewritten_history_fails_against_a_head_the_auditor_kept(pki: TwoTier) -> None:
    kept = _verify(pki).head
    assert kept is not None
    # An attacker rebuilds a consistent chain from event 2 on, and fixes the anchor too.
    with pki.ws.store.transaction() as s:
        s.execute(delete(AuditEvent).where(AuditEvent.seq >= 2))
        s.execute(
            update(Setting)
            .where(Setting.key == audit_chain.HEAD_KEY)
            .values(value=f"1:{s.get(AuditEvent, 1).hash}")
        )  # type: ignore[union-attr]
        audit_chain.append(s, "ca.created", {"ca": "forged"})
    assert _verify(pki).ok  # internally consistent...
    result = _verify(pki, kept)
    assert not result.ok and "history was rewritten" in (result.problem or "")
    with pytest.raises(AuditError, match="SEQ:HASH"):
        _verify(pki, "nonsense")


def test_no_secret_reaches_the_audit_trail_or_the_database(pki: TwoTier) -> None:
    issued = api.issue_with_new_key(pki.ws, "issuing", "tls-client", "CN=c", "ec-p256")
    assert issued.pkcs12_password
    with pki.ws.store.reading() as s:
        text = "\n".join(
            json.dumps(audit_chain.event_as_dict(e)) for e in audit_chain.iter_events(s)
        )
        blobs = b"".join(
            row
            for row in s.execute(select(Setting.value)).scalars().all()
            for row in [row.encode()]
        )
    assert PASSPHRASE.decode() not in text and issued.pkcs12_password not in text
    assert PASSPHRASE not in blobs
    with pki.ws.store.transaction() as s, pytest.raises(AuditError, match="may hold a secret"):
        audit_chain.append(s, "oops", {"p12_password": "x"})


def test_key_creation_records_the_signature_algorithm_really_used(tmp_path: Path) -> None:
    """An EC key signs with ECDSA: the audit trail must not claim RSA PKCS#1 v1.5 for it."""
    with api.Workspace.init(tmp_path / "ws", PASSPHRASE) as ws:
        api.create_root(ws, "ec", "CN=EC Root,O=Lab,C=SN", "ec-p384")
        api.create_root(ws, "pss", "CN=PSS Root,O=Lab,C=SN", "rsa3072", rsa_pss=True)
        schemes = [
            json.loads(e.details)["scheme"] for e in api.list_audit_events(ws, action="key.created")
        ]
    assert sorted(schemes) == ["ecdsa-with-sha384", "rsassa-pss-sha256"]
