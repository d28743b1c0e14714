"""On PostgreSQL the database enforces the roles too (issue 27): each operator connects with
their own login, and the server refuses what that login's group role may not do, whatever
program connects. The refusals are checked with the real ``psql``, as someone trying to go
around the toolkit would do; the toolkit's own work is checked connected as those logins.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from idtoolkit import api
from idtoolkit.api import Workspace, database
from idtoolkit.ca.serials import serial_to_hex
from idtoolkit.errors import IDToolkitError, StoreError
from idtoolkit.store.db import MIGRATIONS_DIR, head_revision, normalise_url, with_operator_login
from tests.conftest import PASSPHRASE, TwoTier, build_two_tier

CLI = [sys.executable, "-m", "idtoolkit.apps.cli.main"]
ROLES = ("ca-admin", "ra-officer", "auditor", "key-custodian", "validation")


def _login_url(url: str, login: str) -> str:
    return make_url(url).set(username=login, password=None).render_as_string(hide_password=False)


def psql(url: str, login: str, statement: str) -> subprocess.CompletedProcess[str]:
    """``statement`` run by the real psql, connected as ``login``."""
    return subprocess.run(
        ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", _login_url(url, login), "-c", statement],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PGCONNECT_TIMEOUT": "10"},
    )


def refused(result: subprocess.CompletedProcess[str], *words: str) -> None:
    """The server refused: psql exits non-zero and prints the server's ERROR line."""
    assert result.returncode != 0, f"the server accepted it: {result.stdout}"
    assert "ERROR:" in result.stderr, result.stderr
    assert any(w in result.stderr for w in words), result.stderr


def accepted(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, result.stderr
    return result.stdout


def scalar(url: str, login: str, query: str) -> str:
    out = subprocess.run(
        ["psql", "-X", "-qAt", _login_url(url, login), "-c", query],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return out.stdout.strip()


@dataclass
class Team:
    """A workspace on PostgreSQL with the roles provisioned and one login per role."""

    pki: TwoTier
    url: str
    owner: str
    logins: dict[str, str]  # role -> login
    directory: Path
    serial: str  # an end-entity certificate issued by the owner


@pytest.fixture
def team(postgres_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Team]:
    for var in (database.DB_USER_ENV, database.DB_PASSWORD_ENV):
        monkeypatch.delenv(var, raising=False)
    ws = Workspace.init(tmp_path / "ws", PASSPHRASE, db_url=postgres_url)
    pki = build_two_tier(ws)
    issued = api.issue_with_new_key(ws, "issuing", "tls-client", "CN=Awa Diop", "ec-p256")
    database.provision_roles(ws)
    tag = uuid.uuid4().hex[:8]
    logins = {}
    for role in ROLES:
        name = f"{role.replace('-', '_')}_{tag}"
        database.add_login(ws, name, role, f"pw of {name}".encode())
        logins[role] = name
    try:
        yield Team(
            pki,
            postgres_url,
            make_url(postgres_url).username or "",
            logins,
            tmp_path / "ws",
            serial_to_hex(issued.certificate.serial_number),
        )
    finally:
        ws.close()
        for name in logins.values():
            subprocess.run(
                ["psql", "-X", "-q", postgres_url, "-c", f"DROP ROLE IF EXISTS {name}"],
                capture_output=True,
                timeout=60,
            )


TAMPERING = (
    "UPDATE audit_events SET actor = 'nobody' WHERE seq = 1",
    "UPDATE audit_events SET details = '{}'",
    "DELETE FROM audit_events WHERE seq = (SELECT max(seq) FROM audit_events)",
    "TRUNCATE audit_events",
    "UPDATE certificates SET der = 'x'::bytea",
    "UPDATE certificates SET serial_hex = '01'",
    "UPDATE certificates SET subject = 'CN=Someone Else'",
    "UPDATE certificates SET issuer_ca_id = NULL",
    "DELETE FROM certificates",
    "TRUNCATE certificates CASCADE",
    "DELETE FROM crls",
)


def _counts(team: Team) -> str:
    return scalar(
        team.url,
        team.owner,
        "SELECT (SELECT count(*) FROM audit_events) || '/' || "
        "(SELECT string_agg(md5(der) || subject || serial_hex, ',' ORDER BY id) FROM certificates)",
    )


@pytest.mark.parametrize("role", ROLES)
def test_logins_cannot_change_or_delete_audit_rows_or_certificates_with_psql(
    team: Team, role: str
) -> None:
    before = _counts(team)
    for statement in TAMPERING:
        refused(psql(team.url, team.logins[role], statement), "permission denied")
    assert _counts(team) == before
    assert api.verify_audit(team.pki.ws).ok


def test_even_the_tables_owner_is_refused_by_the_server(team: Team) -> None:
    """The login that created the schema owns the tables, so grants do not bind it; the
    append-only triggers do."""
    before = _counts(team)
    for statement in TAMPERING:
        refused(psql(team.url, team.owner, statement), "append-only")
    assert _counts(team) == before
    api.revoke(team.pki.ws, "issuing", team.serial, "key-compromise")
    refused(
        psql(team.url, team.owner, "UPDATE certificates SET status = 'valid'"),
        "is revoked; its status cannot change",
    )
    refused(psql(team.url, team.owner, "DELETE FROM revocations"), "a revocation is final")
    refused(
        psql(team.url, team.owner, "UPDATE revocations SET reason = 'unspecified'"),
        "a revocation is final",
    )
    refused(
        psql(
            team.url,
            team.owner,
            "UPDATE settings SET value = '1:' || repeat('0', 64) WHERE key = 'audit_head'",
        ),
        "only moves forward",
    )
    assert api.verify_audit(team.pki.ws).ok


def _tables(team: Team) -> list[str]:
    return scalar(
        team.url,
        team.owner,
        "SELECT string_agg(tablename, ' ' ORDER BY tablename) FROM pg_tables "
        "WHERE schemaname = current_schema()",
    ).split()


def test_auditor_reads_everything_and_cannot_insert_anything(team: Team) -> None:
    auditor = team.logins["auditor"]
    tables = _tables(team)
    assert {"audit_events", "certificates", "keys", "settings", "alembic_version"} <= set(tables)
    for table in tables:
        accepted(psql(team.url, auditor, f"SELECT count(*) FROM {table}"))
        refused(psql(team.url, auditor, f"INSERT INTO {table} DEFAULT VALUES"), "permission denied")
        refused(psql(team.url, auditor, f"DELETE FROM {table}"), "permission denied")
    refused(psql(team.url, auditor, "INSERT INTO settings VALUES ('x', 'y')"), "permission denied")


def test_ra_officer_issues_revokes_and_publishes_with_their_own_login(
    team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    officer = team.logins["ra-officer"]
    monkeypatch.setenv(database.DB_USER_ENV, officer)
    monkeypatch.setenv(database.DB_PASSWORD_ENV, f"pw of {officer}")
    with Workspace.open(team.directory) as ws:
        assert ws.store.engine.url.username == officer
        ws.unlock(PASSPHRASE)
        issued = api.issue_with_new_key(ws, "issuing", "tls-client", "CN=Moussa Sow", "ec-p256")
        serial = serial_to_hex(issued.certificate.serial_number)
        api.hold(ws, "issuing", serial)
        api.release(ws, "issuing", serial)
        api.hold(ws, "issuing", serial)
        revoked = api.revoke(ws, "issuing", serial, "key-compromise")
        assert revoked.status == "revoked"
        serial = revoked.serial  # as stored (zero-padded)
        api.revoke(ws, "issuing", team.serial, "superseded")
        crl = api.make_crl(ws, "issuing")
        assert crl.entries == 2
        assert api.verify_audit(ws).ok
        # What is not the RA officer's to do, the server refuses even through the toolkit.
        with pytest.raises(StoreError, match="permission denied"):
            api.create_sub(ws, "rogue", "root", "CN=Rogue CA,O=Rogue,C=SN", "ec-p256")
    # Their changes were made as their login: the server saw them.
    assert (
        scalar(
            team.url, team.owner, f"SELECT status FROM certificates WHERE serial_hex = '{serial}'"
        )
        == "revoked"
    )
    # The passphrase verifier is out of an RA officer's reach (row security): nothing changes.
    verifier = scalar(
        team.url, team.owner, "SELECT value FROM settings WHERE key = 'passphrase_verifier'"
    )
    accepted(psql(team.url, officer, "UPDATE settings SET value = 'x' WHERE key <> 'audit_head'"))
    assert (
        scalar(team.url, team.owner, "SELECT value FROM settings WHERE key = 'passphrase_verifier'")
        == verifier
    )
    refused(psql(team.url, officer, "UPDATE cas SET status = 'revoked'"), "CA administrator")
    refused(
        psql(
            team.url,
            officer,
            f"UPDATE certificates SET status = 'valid' WHERE serial_hex = '{serial}'",
        ),
        "is revoked",
    )


def test_ra_officer_revokes_from_the_command_line_as_their_login(team: Team) -> None:
    officer = team.logins["ra-officer"]
    env = {k: v for k, v in os.environ.items() if not k.startswith("IDTOOLKIT_")}
    env.update(
        IDTOOLKIT_PASSPHRASE=PASSPHRASE.decode(),
        IDTOOLKIT_DB_USER=officer,
        IDTOOLKIT_DB_PASSWORD=f"pw of {officer}",
    )
    done = subprocess.run(
        [*CLI, "revoke", team.serial, "--ca", "issuing", "--json", "-w", str(team.directory)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["status"] == "revoked"
    assert f"pw of {officer}" not in done.stdout + done.stderr


def test_ca_admin_creates_a_ca_with_their_own_login(
    team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    admin = team.logins["ca-admin"]
    monkeypatch.setenv(database.DB_USER_ENV, admin)
    with Workspace.open(team.directory) as ws:
        ws.unlock(PASSPHRASE)
        api.create_sub(ws, "regional", "root", "CN=Regional CA,O=ID Toolkit Tests,C=SN", "ec-p256")
        issued = api.issue_with_new_key(ws, "regional", "tls-client", "CN=Fatou Ba", "ec-p256")
        api.revoke(ws, "regional", serial_to_hex(issued.certificate.serial_number))
        assert api.verify_audit(ws).ok
    refused(psql(team.url, admin, "DELETE FROM audit_events"), "permission denied")


def test_validation_login_reads_what_a_responder_needs_and_writes_nothing(
    team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    validation = team.logins["validation"]
    for table in ("cas", "certificates", "revocations", "crls", "service_credentials"):
        accepted(psql(team.url, validation, f"SELECT * FROM {table}"))
    for table in ("keys", "settings", "audit_events"):
        refused(psql(team.url, validation, f"SELECT * FROM {table}"), "permission denied")
    for table in _tables(team):
        refused(
            psql(team.url, validation, f"INSERT INTO {table} DEFAULT VALUES"), "permission denied"
        )
        refused(psql(team.url, validation, f"DELETE FROM {table}"), "permission denied")
    refused(
        psql(team.url, validation, "UPDATE certificates SET status = 'revoked'"),
        "permission denied",
    )
    # The toolkit opens the store as that login and finds a certificate's status.
    monkeypatch.setenv(database.DB_USER_ENV, validation)
    with Workspace.open(team.directory) as ws:
        found = api.find_certificate(ws, team.serial, "issuing")
        assert found.summary.status == "valid" and found.revoked_at is None


def test_key_custodian_appends_audit_events_only(team: Team) -> None:
    custodian = team.logins["key-custodian"]
    accepted(psql(team.url, custodian, "SELECT count(*) FROM keys"))
    refused(
        psql(team.url, custodian, "INSERT INTO certificates DEFAULT VALUES"), "permission denied"
    )
    refused(psql(team.url, custodian, "UPDATE keys SET label = 'x'"), "permission denied")


def test_provisioning_is_idempotent_and_audited(team: Team) -> None:
    again = database.provision_roles(team.pki.ws)
    assert again.created_roles == ()
    assert set(again.existing_roles) == set(database.GROUP_ROLES.values())
    assert set(again.append_only) == {
        "audit_events",
        "certificates",
        "crls",
        "approval_requests",
        "approval_decisions",
    }
    actions = [e.action for e in api.list_audit_events(team.pki.ws, limit=50)]
    assert actions.count("db.roles_provisioned") == 2
    assert actions.count("db.login_added") == len(ROLES)
    listed = {x.name: x.roles for x in database.list_logins(team.pki.ws)}
    for role, name in team.logins.items():
        assert listed[name] == (role,)


def _cli(directory: Path, *args: str, **env_extra: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("IDTOOLKIT_")}
    env.update(env_extra)
    return subprocess.run(
        [*CLI, *args, "-w", str(directory)],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )


def test_db_login_add_takes_the_password_from_the_environment_never_argv(team: Team) -> None:
    name = f"amina_{uuid.uuid4().hex[:8]}"
    secret = "Amina's own password 7c2e"
    try:
        done = _cli(
            team.directory,
            "db",
            "login",
            "add",
            name,
            "--role",
            "ra-officer",
            "--json",
            IDTOOLKIT_DB_PASSWORD=secret,
        )
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout) == {"login": name, "roles": ["ra-officer"]}
        # The server holds only a SCRAM verifier; the audit trail has no password.
        stored = scalar(
            team.url, team.owner, f"SELECT rolpassword FROM pg_authid WHERE rolname = '{name}'"
        )
        assert stored.startswith("SCRAM-SHA-256$") and secret not in stored
        events, _ = api.export_audit_events(team.pki.ws)
        assert secret not in json.dumps(events, default=str)
        assert {"login": name, "role": "ra-officer"} in [e["details"] for e in events]
        listed = _cli(team.directory, "db", "login", "list", "--json")
        assert {"login": name, "roles": ["ra-officer"], "can_login": True} in json.loads(
            listed.stdout
        )["items"]
        # The same name again, a bad name, no password: one line each, exit 1.
        for args, extra, words in (
            ((name,), {"IDTOOLKIT_DB_PASSWORD": "x"}, "already exists"),
            (("Robert; DROP",), {"IDTOOLKIT_DB_PASSWORD": "x"}, "lower-case letters"),
            (("bob_nopw",), {}, "IDTOOLKIT_DB_PASSWORD"),
        ):
            bad = _cli(team.directory, "db", "login", "add", *args, "--role", "auditor", **extra)
            assert bad.returncode == 1, bad.stderr
            assert bad.stderr.count("\n") == 1 and words in bad.stderr, bad.stderr
    finally:
        subprocess.run(
            ["psql", "-X", "-q", team.url, "-c", f"DROP ROLE IF EXISTS {name}"],
            capture_output=True,
            timeout=60,
        )


def test_a_login_without_the_right_refuses_provisioning_in_one_line(team: Team) -> None:
    officer = team.logins["ra-officer"]
    done = _cli(team.directory, "db", "roles", IDTOOLKIT_DB_USER=officer)
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1
    assert f"the PostgreSQL login {officer} may not change roles or grants" in done.stderr


def test_sqlite_says_what_it_can_and_cannot_enforce(sqlite_workspace: Workspace) -> None:
    for call in (
        lambda: database.provision_roles(sqlite_workspace),
        lambda: database.add_login(sqlite_workspace, "amina", "auditor", b"pw"),
        lambda: database.list_logins(sqlite_workspace),
    ):
        with pytest.raises(IDToolkitError) as caught:
            call()
        assert caught.value.kind == "db.needs_postgresql"
        assert str(caught.value) == (
            "database roles need PostgreSQL: a SQLite workspace is one file on one machine; "
            "the sealed audit chain detects changes but cannot prevent them"
        )
    done = _cli(sqlite_workspace.directory, "db", "roles")
    assert done.returncode == 1 and done.stderr.startswith("error: database roles need PostgreSQL")


def test_the_operators_login_replaces_the_urls_user_and_password() -> None:
    url = "postgresql+psycopg://ca_owner:ownerpw@db.example.gov:5432/pki"
    assert with_operator_login(url, {}) == url
    mine = make_url(
        with_operator_login(url, {"IDTOOLKIT_DB_USER": "amina", "IDTOOLKIT_DB_PASSWORD": "p@ss:/w"})
    )
    assert (mine.username, mine.password, mine.host, mine.database) == (
        "amina",
        "p@ss:/w",
        "db.example.gov",
        "pki",
    )
    # A user alone: the password comes from libpq's own places (~/.pgpass, PGPASSWORD).
    assert make_url(with_operator_login(url, {"IDTOOLKIT_DB_USER": "amina"})).password is None
    # A password alone belongs to no login; SQLite is one file.
    assert with_operator_login(url, {"IDTOOLKIT_DB_PASSWORD": "x"}) == url
    sqlite = "sqlite:////tmp/ws/idtoolkit.db"
    assert with_operator_login(sqlite, {"IDTOOLKIT_DB_USER": "amina"}) == sqlite


def test_an_operators_login_says_an_upgrade_is_the_owners(
    team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A newer toolkit on an older schema: an officer's login may not change the schema, and
    is told so in one line instead of "not an ID Toolkit database"."""
    _downgrade_one_step(team.url)
    officer = team.logins["ra-officer"]
    monkeypatch.setenv(database.DB_USER_ENV, officer)
    with pytest.raises(StoreError) as caught:
        Workspace.open(team.directory)
    assert caught.value.kind == "store.upgrade_needs_owner"
    assert f"only the owner of its tables can make (connected as {officer})" in str(caught.value)
    monkeypatch.delenv(database.DB_USER_ENV)
    Workspace.open(team.directory).close()  # the owner upgrades it
    assert scalar(team.url, team.owner, "SELECT version_num FROM alembic_version") == (
        head_revision()
    )


def _downgrade_one_step(url: str) -> None:
    """The schema as the previous toolkit release left it (the owner runs the newest
    migration's downgrade), so opening it needs an upgrade."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine

    engine = create_engine(normalise_url(url))
    try:
        with engine.begin() as connection:
            config = Config()
            config.set_main_option("script_location", str(MIGRATIONS_DIR))
            config.attributes["connection"] = connection
            command.downgrade(config, "-1")
    finally:
        engine.dispose()


def test_a_non_superuser_owner_cannot_drop_or_disable_the_guards(
    postgres_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The usual deployment: a DBA (superuser) makes a login that owns the workspace's tables,
    and runs ``db roles`` once. That owner's psql then cannot take the guards away: no DROP
    TRIGGER, no DISABLE TRIGGER, no DROP TABLE; its own upgrades (ALTER TABLE … ADD) still
    work."""
    superuser = make_url(postgres_url).username or ""
    owner = f"ca_owner_{uuid.uuid4().hex[:8]}"
    accepted(psql(postgres_url, superuser, f"CREATE ROLE {owner} LOGIN CREATEROLE"))
    accepted(psql(postgres_url, superuser, f"GRANT CREATE ON SCHEMA public TO {owner}"))
    for var in (database.DB_USER_ENV, database.DB_PASSWORD_ENV):
        monkeypatch.delenv(var, raising=False)
    try:
        ws = Workspace.init(tmp_path / "ws", PASSPHRASE, db_url=_login_url(postgres_url, owner))
        ws.close()
        # The owner alone cannot install the guard of the guards, and says so.
        with Workspace.open(tmp_path / "ws") as ws:
            assert database.provision_roles(ws).ddl_guard is False
        monkeypatch.setenv(database.DB_USER_ENV, superuser)
        with Workspace.open(tmp_path / "ws") as ws:
            done = database.provision_roles(ws)
            assert done.ddl_guard is True and done.schema_owner == owner
        for statement in (
            "ALTER TABLE audit_events DISABLE TRIGGER idtoolkit_append_only",
            "ALTER TABLE audit_events DISABLE TRIGGER ALL",
            "ALTER TABLE certificates ENABLE REPLICA TRIGGER idtoolkit_append_only",
            "DROP TRIGGER idtoolkit_no_truncate ON audit_events",
            "DROP TRIGGER idtoolkit_revocation_guard ON revocations",
            "DROP TABLE audit_events",
            "DROP TABLE crls CASCADE",
        ):
            refused(psql(postgres_url, owner, statement), "must stay in force")
        refused(psql(postgres_url, owner, "DELETE FROM audit_events"), "append-only")
        refused(
            psql(
                postgres_url,
                owner,
                "CREATE OR REPLACE FUNCTION idtoolkit_append_only() RETURNS trigger "
                "LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$",
            ),
            "must be owner of function",
        )
        accepted(psql(postgres_url, owner, "ALTER TABLE certificates ADD COLUMN note text"))
        # The owner re-provisioning after the superuser: refused in one line, nothing changed.
        monkeypatch.delenv(database.DB_USER_ENV)
        with Workspace.open(tmp_path / "ws") as ws:
            with pytest.raises(StoreError) as caught:
                database.provision_roles(ws)
            assert caught.value.kind == "db.not_allowed"
            assert api.verify_audit(ws).ok
    finally:
        subprocess.run(
            [
                "psql",
                "-X",
                "-q",
                postgres_url,
                "-c",
                f"DROP OWNED BY {owner} CASCADE; DROP ROLE IF EXISTS {owner}",
            ],
            capture_output=True,
            timeout=60,
        )
