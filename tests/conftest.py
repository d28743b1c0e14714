"""Shared fixtures: workspaces on SQLite and on the real PostgreSQL server, and a test PKI.

PostgreSQL is not optional: when the server at $IDTOOLKIT_TEST_PG_URL does not answer, the
PostgreSQL-parametrised tests fail with a message saying so. `make test` sets the variable to a
private throw-away server it starts (scripts/with-test-postgres.sh); run by hand, the default is
postgresql://postgres@127.0.0.1:5432/postgres. Each test gets its own database, dropped afterwards.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from hsm_sim import SoftHSMEnv
    from idtoolkit.workspace import Workspace

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PASSPHRASE = b"test passphrase for the lab"
PG_ADMIN_URL = os.environ.get(
    "IDTOOLKIT_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/postgres"
)


def _pg_admin():  # type: ignore[no-untyped-def]
    import psycopg

    try:
        return psycopg.connect(PG_ADMIN_URL, autocommit=True, connect_timeout=5)
    except psycopg.OperationalError as exc:
        pytest.fail(
            f"PostgreSQL is required for the store tests and is not reachable at {PG_ADMIN_URL}: "
            f"{exc}. Run the tests with `make test` (it starts a private server), or point "
            "IDTOOLKIT_TEST_PG_URL at one (scripts/test-postgres-url.sh starts one and prints it).",
            pytrace=False,
        )


@pytest.fixture
def postgres_url() -> Iterator[str]:
    name = f"idt_test_{uuid.uuid4().hex[:12]}"
    with _pg_admin() as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    base = PG_ADMIN_URL.rsplit("/", 1)[0]
    try:
        yield f"{base}/{name}"
    finally:
        with _pg_admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Each store test runs on both backends."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.db'}"
    return str(request.getfixturevalue("postgres_url"))


@pytest.fixture
def workspace(tmp_path: Path, db_url: str) -> Iterator[Workspace]:
    from idtoolkit.workspace import Workspace

    ws = Workspace.init(tmp_path / "ws", PASSPHRASE, db_url=db_url)
    try:
        yield ws
    finally:
        ws.close()


@pytest.fixture
def sqlite_workspace(tmp_path: Path) -> Iterator[Workspace]:
    """For tests about certificates rather than storage: SQLite only, faster."""
    from idtoolkit.workspace import Workspace

    ws = Workspace.init(tmp_path / "ws", PASSPHRASE)
    try:
        yield ws
    finally:
        ws.close()


@dataclass
class TwoTier:
    ws: Workspace
    root: str = "root"
    issuing: str = "issuing"


def build_two_tier(ws: Workspace, root_key: str = "ec-p384", sub_key: str = "ec-p256") -> TwoTier:
    from idtoolkit import api

    api.create_root(ws, "root", "CN=Test Root CA,O=ID Toolkit Tests,C=SN", root_key)
    api.create_sub(ws, "issuing", "root", "CN=Test Issuing CA,O=ID Toolkit Tests,C=SN", sub_key)
    return TwoTier(ws)


@pytest.fixture
def pki(workspace: Workspace) -> TwoTier:
    return build_two_tier(workspace)


@pytest.fixture
def sqlite_pki(sqlite_workspace: Workspace) -> TwoTier:
    return build_two_tier(sqlite_workspace)


# --- SoftHSM2 tokens --------------------------------------------------------------------------
# python-pkcs11 reads SOFTHSM2_CONF when the module is first loaded in a process, so each
# pytest worker gets one isolated SoftHSM2 directory for the session, set before any test loads
# the module; each test adds its own token (the engine rescans for new labels).
TOKEN_SO_PIN = "so-pin-87654321"
TOKEN_USER_PIN = "user-pin-1234"


@pytest.fixture(scope="session")
def softhsm(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SoftHSMEnv]:
    from hsm_sim import SoftHSMEnv

    env = SoftHSMEnv.create(tmp_path_factory.mktemp("softhsm"))
    saved = {k: os.environ.get(k) for k in env.env()}
    os.environ.update(env.env())
    yield env
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


@pytest.fixture
def token(softhsm: SoftHSMEnv, monkeypatch: pytest.MonkeyPatch) -> str:
    """A fresh token for this test; its user PIN is in $IDTOOLKIT_PIN (never in argv)."""
    label = f"t-{uuid.uuid4().hex[:10]}"
    softhsm.add_token(label, TOKEN_SO_PIN, TOKEN_USER_PIN)
    monkeypatch.setenv("IDTOOLKIT_PIN", TOKEN_USER_PIN)
    return label
