"""The audit trail: an append-only, hash-chained log an auditor can verify offline.

Each event's hash covers the previous event's hash and the event itself, so changing or
deleting an event breaks every later link. Removing events from the end leaves a valid chain,
so the head (last sequence number and hash) is also kept in the ``settings`` table, written in
the same transaction; ``audit export`` prints it too, so an auditor can keep the head of each
visit and pass it to ``audit verify --expect-head`` later.
"""

from __future__ import annotations

import datetime as dt
import functools
import getpass
import hashlib
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from idtoolkit.acting import current_acting
from idtoolkit.errors import AuditError
from idtoolkit.store import audit_events, cas, settings_table
from idtoolkit.store.models import AuditEvent
from idtoolkit.store.session import Session

GENESIS = "0" * 64
HEAD_KEY = "audit_head"
_FORBIDDEN_KEYS = re.compile("passphrase|password|pin|secret|private", re.IGNORECASE)


def current_actor() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (e.g. a container without passwd entry)
        return "unknown"


def canonical_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def time_text(at: dt.datetime) -> str:
    """The event time as hashed and exported: ISO 8601 in UTC."""
    return at.astimezone(dt.UTC).isoformat()


def event_hash(prev_hash: str, seq: int, at: str, actor: str, action: str, details: str) -> str:
    """SHA-256 over the previous hash, the event's fields as a JSON array, and its details.

    ``details`` is canonical JSON (no raw newline), so the newline separator is unambiguous;
    an auditor can recompute this with ten lines of any language from ``audit export``.
    """
    head = json.dumps([seq, at, actor, action], ensure_ascii=False)
    return hashlib.sha256(f"{prev_hash}\n{head}\n{details}".encode()).hexdigest()


@functools.lru_cache(maxsize=512)
def _check_keys(keys: tuple[str, ...]) -> None:
    # Cached per set of keys: a bulk job writes thousands of events with the same keys.
    for key in keys:
        if _FORBIDDEN_KEYS.search(key):
            raise AuditError(
                "audit.secret_detail_refused",
                "refusing to write audit detail {key!r}: it may hold a secret",
                key=key,
            )


def _check_no_secrets(details: Mapping[str, Any]) -> None:
    _check_keys(tuple(details))
    for value in details.values():
        if isinstance(value, Mapping):
            _check_no_secrets(value)


def append(
    session: Session, action: str, details: Mapping[str, Any], actor: str | None = None
) -> None:
    """Add an event inside the caller's transaction, so it commits with the change it records."""
    append_many(session, [(action, details)], actor)


def append_many(
    session: Session, events: list[tuple[str, Mapping[str, Any]]], actor: str | None = None
) -> None:
    """Add several events under one lock of the head (bulk jobs: one event per certificate)."""
    for _, details in events:
        _check_no_secrets(details)
    head = settings_table.setting_for_update(session, HEAD_KEY)
    if head is None:
        seq, prev = 0, GENESIS
        head = settings_table.add_setting(session, HEAD_KEY, "")
    else:
        last_seq, prev = head.value.split(":", 1)
        seq = int(last_seq)
    at = dt.datetime.now(dt.UTC).replace(microsecond=0)
    at_text = time_text(at)
    acting = current_acting()
    who = actor or (acting.operator if acting is not None else current_actor())
    rows: list[dict[str, Any]] = []
    for action, details in events:
        seq += 1
        recorded = dict(details)
        if acting is not None and "operator" not in recorded:
            recorded["operator"] = acting.as_detail()  # the proof, kept with what they did
        detail_text = canonical_json(recorded)
        digest = event_hash(prev, seq, at_text, who, action, detail_text)
        rows.append(
            {
                "seq": seq,
                "at": at,
                "actor": who,
                "action": action,
                "details": detail_text,
                "prev_hash": prev,
                "hash": digest,
            }
        )
        prev = digest
    audit_events.insert_events(session, rows)
    head.value = f"{seq}:{prev}"
    session.flush()


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    events: int
    head: str | None  # "seq:hash" of the last good event
    problem: str | None = None
    first_bad_seq: int | None = None


def iter_events(session: Session, batch: int = 5000) -> Iterator[AuditEvent]:
    last = 0
    while True:
        rows = audit_events.events_after(session, last, batch)
        if not rows:
            return
        yield from rows
        last = rows[-1].seq


def verify(session: Session, expect_head: str | None = None) -> VerifyResult:
    """Walk the chain; report the first broken link, a truncated tail or a mismatched head."""
    prev = GENESIS
    expected_seq = 1
    count = 0
    last_good: str | None = None
    for event in iter_events(session):
        if event.seq != expected_seq:
            return VerifyResult(
                False,
                count,
                last_good,
                f"event {expected_seq} is missing (next is {event.seq})",
                expected_seq,
            )
        if event.prev_hash != prev:
            return VerifyResult(
                False,
                count,
                last_good,
                f"event {event.seq} does not link to event {event.seq - 1}",
                event.seq,
            )
        digest = event_hash(
            prev, event.seq, time_text(event.at), event.actor, event.action, event.details
        )
        if digest != event.hash:
            return VerifyResult(
                False, count, last_good, f"event {event.seq} was altered (hash mismatch)", event.seq
            )
        prev = digest
        last_good = f"{event.seq}:{digest}"
        expected_seq += 1
        count += 1
    if last_good is None and cas.count_cas(session):
        # Every CA's creation is an event: CAs with no event means the trail was emptied
        # (events and stored head deleted together), not a fresh workspace.
        return VerifyResult(
            False,
            0,
            None,
            "the audit trail has no events but the workspace has CAs: its events were deleted",
            1,
        )
    anchor = settings_table.setting(session, HEAD_KEY)
    stored_head = anchor.value if anchor else None
    if stored_head != last_good:
        return VerifyResult(
            False,
            count,
            last_good,
            f"stored head {stored_head} does not match the chain's end {last_good}: "
            "events were removed or the head was changed",
            expected_seq,
        )
    if expect_head is not None and not _head_reached(session, expect_head):
        return VerifyResult(
            False,
            count,
            last_good,
            f"expected head {expect_head} is not in the chain: history was rewritten "
            "or truncated since it was recorded",
            None,
        )
    return VerifyResult(True, count, last_good)


def _head_reached(session: Session, head: str) -> bool:
    try:
        seq_text, digest = head.split(":", 1)
        seq = int(seq_text)
    except ValueError:
        raise AuditError(
            "audit.bad_expected_head",
            "the expected head {head!r} must look like SEQ:HASH",
            head=head,
        ) from None
    event = audit_events.event_number(session, seq)
    return event is not None and event.hash == digest


def event_as_dict(event: AuditEvent) -> dict[str, Any]:
    return {
        "seq": event.seq,
        "at": event.at.isoformat(),
        "actor": event.actor,
        "action": event.action,
        "details": json.loads(event.details),
        "prev_hash": event.prev_hash,
        "hash": event.hash,
    }
