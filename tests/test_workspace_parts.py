"""A workspace is its parts (store, key ring, profiles), each with the thread rule its
docstring states: the GUI relies on reading the store from reader threads while a job signs
on the engine thread, and on two jobs never prompting twice for one passphrase."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from idtoolkit import api
from idtoolkit.keyring import KeyRing
from idtoolkit.profiles.registry import ProfileRegistry
from idtoolkit.store.db import Store
from idtoolkit.workspace import Workspace
from tests.conftest import PASSPHRASE, TwoTier


def test_a_workspace_is_its_parts(sqlite_workspace: Workspace) -> None:
    ws = sqlite_workspace
    assert isinstance(ws.store, Store)
    assert isinstance(ws.keys, KeyRing)
    assert isinstance(ws.profiles, ProfileRegistry)
    # The facade answers from the parts: what a caller set on one is what the other sees.
    ws.set_pin_provider(lambda label: f"pin-of-{label}".encode())
    assert ws.keys.pin("tok") == b"pin-of-tok"
    assert ws.backend("software") is ws.keys.backends["software"]


def test_the_store_reads_from_many_threads_at_once(pki: TwoTier) -> None:
    """Sqlite and PostgreSQL: reader threads each get their own session and the same rows."""
    ws = pki.ws
    expected = [c.name for c in api.list_cas(ws)]
    with ThreadPoolExecutor(max_workers=4) as pool:
        answers = list(pool.map(lambda _i: [c.name for c in api.list_cas(ws)], range(16)))
    assert answers == [expected] * 16


def test_two_jobs_needing_the_passphrase_prompt_once(tmp_path: Path) -> None:
    Workspace.init(tmp_path / "ws", PASSPHRASE).close()
    ws = Workspace.open(tmp_path / "ws")
    asked: list[str] = []

    def slow_prompt() -> bytes:
        asked.append(threading.current_thread().name)
        time.sleep(0.2)  # the officer types while the second job arrives
        return PASSPHRASE

    ws.set_passphrase_provider(slow_prompt)
    try:
        with ThreadPoolExecutor(max_workers=2) as pool:
            answers = list(pool.map(lambda _i: ws.passphrase(), range(2)))
    finally:
        ws.close()
    assert answers == [PASSPHRASE, PASSPHRASE]
    assert len(asked) == 1


def test_two_jobs_get_one_signer_for_a_key(pki: TwoTier) -> None:
    from sqlalchemy import select

    from idtoolkit.store.models import KeyRecord

    ws = pki.ws
    with ws.store.transaction() as session:  # committed, not expired: a detached record
        key = session.execute(select(KeyRecord).limit(1)).scalar_one()
    ws.keys.forget()  # the next use decrypts again
    ws.unlock(PASSPHRASE)
    barrier = threading.Barrier(3)

    def unlock(_i: int) -> object:
        barrier.wait()
        return ws.signer_for(key)

    with ThreadPoolExecutor(max_workers=3) as pool:
        signers = list(pool.map(unlock, range(3)))
    assert signers[0] is signers[1] is signers[2]


def test_profiles_cannot_change_under_a_reader(sqlite_workspace: Workspace) -> None:
    """Immutable: a reader on any thread sees what the workspace opened with."""
    profiles = sqlite_workspace.profiles
    names = profiles.names()
    with pytest.raises(TypeError):
        profiles._profiles["tls-server"] = profiles.get("root-ca")  # type: ignore[index]
    assert profiles.names() == names


def test_changed_settings_reach_the_key_ring(sqlite_workspace: Workspace, tmp_path: Path) -> None:
    ws = sqlite_workspace
    module = tmp_path / "libvendor-p11.so"
    module.write_bytes(b"")
    api.update_settings(ws, pkcs11_module=str(module))
    assert ws.keys.pkcs11_module == str(module)
