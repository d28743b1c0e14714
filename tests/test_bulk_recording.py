"""A large bulk job's batches are written by its helper process while the job signs on:
each certificate still recorded exactly once, durably, with its audit event, whatever the
helper does (fails a batch, dies before or after committing one, outlives a killed job)."""

from __future__ import annotations

import dataclasses
import json
import os
import signal
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from sqlalchemy import select

from idtoolkit import api, audit_chain
from idtoolkit.acting import Acting, acting_as
from idtoolkit.ca import batch_writing, bulk, bulk_helper
from idtoolkit.ca.batch_recorder import COMMITTED, KEEP_AT_MOST, REFUSED, BatchRecorder
from idtoolkit.ca.bulk import BulkItem, BulkResult, IssuedItem, csr_items, issue_bulk
from idtoolkit.ca.certificate_recording import CertificateEntry
from idtoolkit.errors import StoreError
from idtoolkit.store.cas import ca_by_name
from idtoolkit.store.models import AuditEvent, CertificateRecord
from idtoolkit.workspace import Workspace

from .conftest import TwoTier
from .process_helpers import helper_pids


def _items(ws: Workspace, count: int, first: int = 0) -> list[BulkItem]:
    """``count`` requests under tls-client, with references r-<first>, r-<first + 1>…"""
    key = ec.generate_private_key(ec.SECP256R1())
    csrs = [
        x509.CertificateSigningRequestBuilder()
        .subject_name(x509.Name.from_rfc4514_string(f"CN=device-{n:04d},O=Lab,C=SN"))
        .sign(key, hashes.SHA256())
        for n in range(first, first + count)
    ]
    profile = ws.profiles.get("tls-client")
    return [
        dataclasses.replace(item, ref=f"r-{n:04d}")
        for n, item in enumerate(csr_items(profile, csrs), start=first)
    ]


def _issue(ws: Workspace, items: list[BulkItem], **hooks: object) -> BulkResult:
    return issue_bulk(
        ws,
        "issuing",
        ws.profiles.get("tls-client"),
        items,
        expected=len(items),
        commit_every=10,
        source="bulk test",
        **hooks,  # type: ignore[arg-type]
    )


def _issued_events(ws: Workspace) -> list[tuple[str, dict[str, object]]]:
    """Each ``cert.issued`` event's actor and details, once the chain is verified."""
    with ws.store.reading() as session:
        assert audit_chain.verify(session).ok
        return [
            (event.actor, json.loads(event.details))
            for event in session.scalars(
                select(AuditEvent).where(AuditEvent.action == "cert.issued")
            )
        ]


def _assert_recorded_once(ws: Workspace, result: BulkResult) -> None:
    """Every reported certificate in the store once, with one event each, and nothing else."""
    with ws.store.reading() as session:
        stored = list(  # the job's: the CAs' own certificates have no request reference
            session.scalars(
                select(CertificateRecord.serial_hex).where(
                    CertificateRecord.request_ref.is_not(None)
                )
            )
        )
    assert sorted(stored) == sorted(result.serials)
    events = [details for _, details in _issued_events(ws)]
    assert sorted(str(e["serial"]) for e in events) == sorted(result.serials)
    assert all(e["linted"] and e["source"] == "bulk test" for e in events)


def _refuse_here(*_args: object, **_kwargs: object) -> None:
    raise AssertionError("the signing process recorded a batch")


@pytest.mark.parametrize("lint_workers", [1, 2], ids=["helper-lints-all", "another-worker"])
def test_a_large_job_is_recorded_by_its_helper_not_by_the_signing_process(
    pki: TwoTier, monkeypatch: pytest.MonkeyPatch, lint_workers: int
) -> None:
    """With a second lint worker, half the certificates reach the helper only in its record
    requests (it keeps the DER of those it linted itself); on SQLite and PostgreSQL."""
    monkeypatch.setattr(bulk, "_LINT_WORKERS", lint_workers)
    monkeypatch.setattr(batch_writing, "record_certificates", _refuse_here)
    result = _issue(pki.ws, _items(pki.ws, 45))
    assert result.issued == result.linted == 45 and result.rejected == ()
    _assert_recorded_once(pki.ws, result)


def test_a_small_job_records_its_batches_itself(
    sqlite_pki: TwoTier, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Below the pool threshold there is no helper: the twin above proves its point."""
    monkeypatch.setattr(batch_writing, "record_certificates", _refuse_here)
    with pytest.raises(AssertionError, match="the signing process recorded a batch"):
        _issue(sqlite_pki.ws, _items(sqlite_pki.ws, 5))


@pytest.mark.parametrize("operator", [True, False], ids=["operator", "login"])
def test_the_helper_s_events_name_who_acts_with_their_proof(
    sqlite_pki: TwoTier, operator: bool
) -> None:
    acting = Acting("amina", "challenge-7", "c2lnbmF0dXJl") if operator else None
    with acting_as(acting):
        result = _issue(sqlite_pki.ws, _items(sqlite_pki.ws, 25))
    events = _issued_events(sqlite_pki.ws)
    assert len(events) == result.issued == 25
    if operator:
        assert {actor for actor, _ in events} == {"amina"}
        assert all(
            details["operator"]
            == {"name": "amina", "challenge": "challenge-7", "signature": "c2lnbmF0dXJl"}
            for _, details in events
        )
    else:
        assert {actor for actor, _ in events} == {audit_chain.current_actor()}
        assert not any("operator" in details for _, details in events)


def test_a_batch_the_helper_cannot_write_stops_the_job_with_the_store_s_error(
    pki: TwoTier,
) -> None:
    """Request r-0031 is already issued: the helper's transaction for the fourth batch fails
    and it refuses the fifth; the job writes the fourth itself and stops with the error (its
    kind) a job writing every batch itself gets, the three batches before it kept."""
    ws = pki.ws
    _issue(ws, _items(ws, 1, first=31))
    with pytest.raises(StoreError) as refused:
        _issue(ws, _items(ws, 50))
    assert refused.value.kind == "store.database_error"
    assert api.count_certificates(ws, api.CertFilter(ca="issuing")) == 1 + 30
    assert len(_issued_events(ws)) == 1 + 30


def _helper_pid() -> int:
    """The bulk helper this process started."""
    found = helper_pids(os.getpid(), "bulk")
    assert found, "no bulk helper is running"
    return found[0]


def test_a_job_whose_helper_dies_records_each_certificate_exactly_once(
    sqlite_pki: TwoTier,
) -> None:
    """Killed after its first answer: the batches it had in hand are looked up and written
    once; the certificates whose lint it never answered, and those signed after it died
    (their writes to its pipe fail: not the job), are linted by the job itself."""
    ws = sqlite_pki.ws
    killed: list[int] = []

    def kill_the_helper(_batch: list[IssuedItem]) -> None:
        if not killed:
            killed.append(_helper_pid())
            os.kill(killed[0], signal.SIGKILL)

    result = _issue(ws, _items(ws, 600), after_commit=kill_the_helper)
    assert killed and result.issued == result.linted == 600 and not result.rejected
    _assert_recorded_once(ws, result)


_AFTER_COMMITTING = """
import os
from idtoolkit.ca import batch_recorder

_answer = batch_recorder.BatchRecorder.answer


def answer(self, request, linted):
    _answer(self, request, linted)
    if os.environ["AFTER_COMMITTING"] == "die":
        os._exit(9)  # the batch is committed; its answer never leaves
    return batch_recorder.REFUSED  # as when PostgreSQL's acknowledgement of it was lost


batch_recorder.BatchRecorder.answer = answer
"""


@pytest.mark.parametrize("after_committing", ["die", "say-refused"])
def test_a_batch_the_helper_committed_but_did_not_answer_so_is_not_written_again(
    sqlite_pki: TwoTier, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, after_committing: str
) -> None:
    """The helper dies between its commit and its answer, or answers that it did not commit
    (loaded into it at start-up): the job finds the batch in the store."""
    inject = tmp_path / "inject"
    inject.mkdir()
    (inject / "sitecustomize.py").write_text(_AFTER_COMMITTING)
    monkeypatch.setenv("PYTHONPATH", str(inject))
    monkeypatch.setenv("AFTER_COMMITTING", after_committing)
    ws = sqlite_pki.ws
    result = _issue(ws, _items(ws, 40))
    assert result.issued == 40 and not result.rejected
    _assert_recorded_once(ws, result)


def test_a_helper_whose_job_is_gone_commits_nothing(sqlite_pki: TwoTier) -> None:
    """A killed job leaves its helper the batches still in the pipe: it must not write them
    (a re-run may be deciding which staged batches reached the store). Its twin: the same
    batch, from a helper whose job is alive, is committed."""
    ws = sqlite_pki.ws
    signed: list[IssuedItem] = []

    class Stop(Exception):
        pass

    def keep_and_stop(batch: list[IssuedItem]) -> None:
        signed.extend(batch)
        raise Stop

    with pytest.raises(Stop):
        _issue(ws, _items(ws, 5), before_commit=keep_and_stop)
    with ws.store.reading() as session:
        issuer_ca_id = ca_by_name(session, "issuing").id
    entries = [CertificateEntry.of(item.certificate) for item in signed]
    context = batch_writing.RecordingContext.here(
        ws.store.url, issuer_ca_id, "tls-client", "issuing", "bulk test"
    )
    request = bulk_helper.record_request(context.encode(), entries, [None] * len(entries))

    orphan = BatchRecorder()
    orphan._parent = -1  # as seen once the job is gone: another parent
    assert orphan.answer(request, {}) == REFUSED
    assert api.count_certificates(ws, api.CertFilter(ca="issuing")) == 0

    assert BatchRecorder().answer(request, {}) == COMMITTED
    assert api.count_certificates(ws, api.CertFilter(ca="issuing")) == 5


def test_a_recorder_keeps_what_it_lints_only_while_batches_may_ask_for_it() -> None:
    """Once it refused a batch the job writes the rest itself: keeping each certificate
    linted after that grew the helper by ~0.55 KB a certificate to the end of the job."""
    recorder = BatchRecorder()
    assert recorder.keeps({})
    assert not recorder.keeps(dict.fromkeys(range(KEEP_AT_MOST), b"0"))
    linted = {1: b"0"}
    assert recorder.answer(b"R not a batch", linted) == REFUSED
    assert linted == {} and not recorder.keeps({})
