"""PostgreSQL group roles, grants and append-only guards: the database enforces who may write.

This module is the only place with this SQL. On a shared PostgreSQL store each operator
connects with their own login; a login belongs to one of the group roles below, and the
server itself then refuses what that role may not do, whatever program connects (the toolkit,
psql, a spreadsheet's ODBC driver):

* ``idtoolkit_auditor`` reads every table and writes nothing;
* ``idtoolkit_validation`` reads what an OCSP/CRL responder needs (no keys, no settings, no
  audit trail) and writes nothing;
* ``idtoolkit_ra_officer`` issues and revokes: it adds certificates, revocations, CRLs and
  audit events, and changes a certificate's status and a hold, nothing else;
* ``idtoolkit_key_custodian`` reads and adds audit events (its part in a key activation);
* ``idtoolkit_ca_admin`` adds and changes CAs, keys, settings and everything the RA officer
  does.

The tables in :data:`APPEND_ONLY` also carry triggers, which bind the tables' owner too (the
login that created the schema): no UPDATE of their identity columns, no DELETE, no TRUNCATE.
Revocations are final: a revocation row can change only while it is an unreleased hold, and a
revoked certificate's status cannot change back. What the owner and a superuser can still do is
said in the README ("Database enforcement on PostgreSQL"): drop or disable the triggers
(``ALTER TABLE … DISABLE TRIGGER``), or, as superuser, bypass them with
``session_replication_role``; the sealed audit chain detects what they change.

Group roles are cluster-wide in PostgreSQL; their grants are per database, so provisioning is
run in each workspace database (again after an upgrade adds tables: it is idempotent).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

import psycopg
from sqlalchemy import text

from idtoolkit.errors import StoreError
from idtoolkit.store.models import Base
from idtoolkit.store.session import Session


@dataclass(frozen=True)
class AppendOnly:
    """A table whose rows, once written, stay: only the ``mutable`` columns may change."""

    table: str
    mutable: tuple[str, ...] = ()


#: The append-only tables. A new one (the approvals tables) is one more line here.
APPEND_ONLY: Final[tuple[AppendOnly, ...]] = (
    AppendOnly("audit_events"),
    AppendOnly("certificates", mutable=("status",)),
    AppendOnly("crls"),
    # An approval request changes only its state (pending -> executed, rejected, failed) and
    # result; the decisions signed on it, once written, stay.
    AppendOnly("approval_requests", mutable=("state", "result")),
    AppendOnly("approval_decisions"),
)

#: Operator role (the toolkit's name) -> PostgreSQL group role.
GROUP_ROLES: Final[dict[str, str]] = {
    "ca-admin": "idtoolkit_ca_admin",
    "ra-officer": "idtoolkit_ra_officer",
    "auditor": "idtoolkit_auditor",
    "key-custodian": "idtoolkit_key_custodian",
    "validation": "idtoolkit_validation",
}

#: What an OCSP/CRL responder reads (a pre-signed responses table is one more line here).
VALIDATION_TABLES: Final[tuple[str, ...]] = (
    "alembic_version",
    "cas",
    "certificates",
    "revocations",
    "crls",
    "service_credentials",
    "ocsp_responses",
)

#: Derived data any writing role re-makes from the store: pre-signed OCSP responses are
#: produced when an RA officer issues or revokes and replaced when they go stale, so every
#: writing role inserts, updates and deletes them (a wrong row is an answer the responder
#: would refuse to serve past its nextUpdate, never a changed record).
DERIVED_TABLES: Final[tuple[str, ...]] = ("ocsp_responses",)

#: Columns of a revocation row that revoking a held certificate for good, or releasing the
#: hold, changes (see idtoolkit.ca.revocation).
REVOCATION_MUTABLE: Final[tuple[str, ...]] = (
    "reason",
    "revoked_at",
    "invalidity_date",
    "released_at",
)

#: The one ``settings`` row that roles other than ca-admin change: the audit chain's head.
AUDIT_HEAD_KEY: Final = "audit_head"

#: What each writing role adds (INSERT) and changes (UPDATE on the listed columns; ``None``:
#: every column). Every role but validation also reads every table.
_WRITES: Final[dict[str, tuple[tuple[str, ...], dict[str, tuple[str, ...] | None]]]] = {
    "idtoolkit_ra_officer": (
        (
            "certificates",
            "revocations",
            "crls",
            "audit_events",
            "settings",
            "operator_challenges",
            "approval_requests",
            "approval_decisions",
        ),
        {
            # An operator proves who they are by signing a single-use challenge (used_at set
            # once); requests and decisions are how a sensitive action gets its approvals.
            "operator_challenges": ("used_at",),
            "approval_requests": ("state", "result"),
            "certificates": ("status",),
            "revocations": REVOCATION_MUTABLE,
            "settings": ("value",),
            # CRL numbering locks the CA's row (SELECT … FOR UPDATE needs an UPDATE grant on
            # a column); a trigger refuses the RA officer any actual change of a CA row.
            "cas": ("status",),
        },
    ),
    "idtoolkit_key_custodian": (
        (
            "audit_events",
            "settings",
            "operator_challenges",
            "approval_requests",
            "approval_decisions",
        ),
        {
            "settings": ("value",),
            "operator_challenges": ("used_at",),
            "approval_requests": ("state", "result"),
        },
    ),
}

_LOGIN_NAME = re.compile(r"[a-z][a-z0-9_]{0,62}")

_TRIGGER_FUNCTIONS: Final[tuple[str, ...]] = (
    # Append-only: refuse DELETE and TRUNCATE; refuse an UPDATE that changes any column but the
    # ones passed as trigger arguments (none: every UPDATE is refused).
    """
    CREATE OR REPLACE FUNCTION idtoolkit_append_only() RETURNS trigger
    LANGUAGE plpgsql AS $fn$
    DECLARE
      mutable text[] := TG_ARGV::text[];
    BEGIN
      IF TG_OP = 'UPDATE' AND cardinality(mutable) > 0
         AND (to_jsonb(NEW) - mutable) = (to_jsonb(OLD) - mutable) THEN
        RETURN NEW;
      END IF;
      RAISE EXCEPTION 'idtoolkit: % on % refused: its rows are append-only', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
    END
    $fn$
    """,
    # A revoked certificate stays revoked (a hold may end: on_hold -> valid).
    """
    CREATE OR REPLACE FUNCTION idtoolkit_revoked_is_final() RETURNS trigger
    LANGUAGE plpgsql AS $fn$
    BEGIN
      IF OLD.status = 'revoked' AND NEW.status IS DISTINCT FROM 'revoked' THEN
        RAISE EXCEPTION 'idtoolkit: certificate % is revoked; its status cannot change',
          OLD.serial_hex USING ERRCODE = 'insufficient_privilege';
      END IF;
      RETURN NEW;
    END
    $fn$
    """,
    # CA rows change by ca-admin (and the owner) only: the RA officer's UPDATE grant on cas
    # exists for the row lock CRL numbering takes.
    """
    CREATE OR REPLACE FUNCTION idtoolkit_ca_admin_only() RETURNS trigger
    LANGUAGE plpgsql AS $fn$
    BEGIN
      IF pg_has_role(current_user, 'idtoolkit_ra_officer', 'USAGE')
         AND NOT pg_has_role(current_user, 'idtoolkit_ca_admin', 'USAGE') THEN
        RAISE EXCEPTION 'idtoolkit: % on cas refused: CAs are changed by a CA administrator',
          TG_OP USING ERRCODE = 'insufficient_privilege';
      END IF;
      RETURN NEW;
    END
    $fn$
    """,
    # The audit chain's head only moves forward, onto an event that is there: nobody rewinds
    # it to hide the events after it, or points it at a chain of their own.
    """
    CREATE OR REPLACE FUNCTION idtoolkit_audit_head_forward() RETURNS trigger
    LANGUAGE plpgsql AS $fn$
    BEGIN
      IF OLD.key <> 'audit_head' AND (TG_OP = 'DELETE' OR NEW.key <> 'audit_head') THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END IF;
      IF TG_OP = 'UPDATE' AND NEW.key = OLD.key
         AND NEW.value ~ '^[0-9]+:[0-9a-f]{64}$'
         AND (OLD.value !~ '^[0-9]+:' OR split_part(NEW.value, ':', 1)::bigint
                                          > split_part(OLD.value, ':', 1)::bigint)
         AND EXISTS (SELECT 1 FROM audit_events
                     WHERE seq = split_part(NEW.value, ':', 1)::bigint
                       AND hash = split_part(NEW.value, ':', 2)) THEN
        RETURN NEW;
      END IF;
      RAISE EXCEPTION 'idtoolkit: % of the audit head refused: it only moves forward', TG_OP
        USING ERRCODE = 'insufficient_privilege';
    END
    $fn$
    """,
    # A revocation row changes only while it is a hold in force (revoked for good, or
    # released); it is never deleted.
    """
    CREATE OR REPLACE FUNCTION idtoolkit_revocation_guard() RETURNS trigger
    LANGUAGE plpgsql AS $fn$
    BEGIN
      IF TG_OP = 'UPDATE' AND OLD.reason = 'certificate-hold' AND OLD.released_at IS NULL
         AND NEW.id = OLD.id AND NEW.certificate_id = OLD.certificate_id
         AND NEW.ca_id = OLD.ca_id AND NEW.serial_hex = OLD.serial_hex THEN
        RETURN NEW;
      END IF;
      RAISE EXCEPTION 'idtoolkit: % on revocations refused: a revocation is final', TG_OP
        USING ERRCODE = 'insufficient_privilege';
    END
    $fn$
    """,
)


#: The trigger functions above, by signature.
_GUARD_FUNCTIONS: Final[tuple[str, ...]] = (
    "idtoolkit_append_only()",
    "idtoolkit_revoked_is_final()",
    "idtoolkit_ca_admin_only()",
    "idtoolkit_audit_head_forward()",
    "idtoolkit_revocation_guard()",
)


@dataclass(frozen=True)
class Provisioned:
    """What provisioning did: group roles made now, and the tables it guards."""

    created_roles: tuple[str, ...]
    existing_roles: tuple[str, ...]
    append_only: tuple[str, ...]
    schema_owner: str
    connected_as: str
    #: The event trigger that keeps the guards in force against the owner (superuser only).
    ddl_guard: bool


@dataclass(frozen=True)
class Login:
    name: str
    roles: tuple[str, ...]  # operator role names (ca-admin …)
    can_login: bool


def is_postgresql(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def valid_login_name(name: str) -> bool:
    """Lower-case letters, digits and ``_``, up to 63 (PostgreSQL's limit), not one of ours or
    the server's reserved ``pg_`` names: never quoted differently by any tool."""
    return (
        _LOGIN_NAME.fullmatch(name) is not None
        and not name.startswith(("pg_", "idtoolkit_"))
        and name not in ("public", "postgres")
    )


def _ident(session: Session, name: str) -> str:
    quoted = session.execute(text("SELECT quote_ident(:n)"), {"n": name}).scalar_one()
    return str(quoted)


def _literal(session: Session, value: str) -> str:
    quoted = session.execute(text("SELECT quote_literal(:v)"), {"v": value}).scalar_one()
    return str(quoted)


def _run(session: Session, statement: str) -> None:
    """A statement with no parameters, sent as it is (psycopg leaves its ``%`` alone), in the
    session's transaction; the server's refusal in one line."""
    driver = session.connection().connection.driver_connection
    try:
        driver.execute(statement)  # type: ignore[union-attr]
    except psycopg.Error as exc:
        problem = (exc.diag.message_primary or str(exc) or type(exc).__name__).splitlines()[0]
        if exc.sqlstate == "42501":
            raise StoreError(
                "db.not_allowed",
                "the PostgreSQL login {user} may not change roles or grants here ({problem}): "
                "connect as the owner of the workspace's tables",
                user=driver.info.user,  # type: ignore[union-attr]
                problem=problem,
            ) from None
        raise StoreError(
            "db.refused", "the PostgreSQL server refused: {problem}", problem=problem
        ) from None


def connected_as(session: Session) -> str:
    return str(session.execute(text("SELECT current_user")).scalar_one())


def existing_group_roles(session: Session) -> set[str]:
    rows = session.execute(
        text("SELECT rolname FROM pg_roles WHERE rolname = ANY(:names)"),
        {"names": list(GROUP_ROLES.values())},
    )
    return {str(r[0]) for r in rows}


def store_tables(session: Session) -> list[str]:
    """The workspace's tables present in the current schema (Alembic's version table too)."""
    wanted = [*Base.metadata.tables, "alembic_version"]
    rows = session.execute(
        text(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
            "AND tablename = ANY(:names) ORDER BY tablename"
        ),
        {"names": wanted},
    )
    return [str(r[0]) for r in rows]


def _schema_owner(session: Session) -> str:
    owner = session.execute(
        text(
            "SELECT tableowner FROM pg_tables WHERE schemaname = current_schema() "
            "AND tablename = 'audit_events'"
        )
    ).scalar_one()
    return str(owner)


def provision(session: Session) -> Provisioned:
    """Create the group roles (when missing), grant each what it may do on every store table,
    and install the append-only triggers and the settings row policy. Idempotent: run again
    after an upgrade adds tables. Needs the schema's owner, with CREATEROLE (or a superuser)
    when the roles do not exist yet."""
    version = int(session.execute(text("SHOW server_version_num")).scalar_one())
    if version < 140000:  # CREATE OR REPLACE TRIGGER
        raise StoreError(
            "db.server_too_old",
            "database roles need PostgreSQL 14 or newer; this server is {version}",
            version=f"{version // 10000}.{version % 10000}",
        )
    existing = existing_group_roles(session)
    created: list[str] = []
    for group in GROUP_ROLES.values():
        if group not in existing:
            _run(session, f"CREATE ROLE {group} NOLOGIN")
            created.append(group)
    groups = ", ".join(GROUP_ROLES.values())
    schema = _ident(session, str(session.execute(text("SELECT current_schema()")).scalar_one()))
    _run(session, f"GRANT USAGE ON SCHEMA {schema} TO {groups}")
    tables = store_tables(session)
    guarded = {a.table: a for a in APPEND_ONLY}
    for table in tables:
        t = _ident(session, table)
        _run(session, f"REVOKE ALL ON {t} FROM PUBLIC, {groups}")
        _run(session, f"GRANT SELECT ON {t} TO idtoolkit_auditor")
        if table in VALIDATION_TABLES:
            _run(session, f"GRANT SELECT ON {t} TO idtoolkit_validation")
        for group in ("idtoolkit_ca_admin", "idtoolkit_ra_officer", "idtoolkit_key_custodian"):
            _run(session, f"GRANT SELECT ON {t} TO {group}")
        _grant_ca_admin(session, table, guarded.get(table))
        for group, (inserts, updates) in _WRITES.items():
            if table in inserts:
                _run(session, f"GRANT INSERT ON {t} TO {group}")
            if table in updates:
                _grant_update(session, table, updates[table], group)
        if table in DERIVED_TABLES:
            for group in ("idtoolkit_ca_admin", "idtoolkit_ra_officer", "idtoolkit_key_custodian"):
                _run(session, f"GRANT INSERT, UPDATE, DELETE ON {t} TO {group}")
    _run(session, f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {schema} TO {groups}")
    _run(session, f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {schema} FROM idtoolkit_auditor")
    _run(session, f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {schema} FROM idtoolkit_validation")
    guards = _install_triggers(session, [a for a in APPEND_ONLY if a.table in tables])
    _settings_policies(session)
    ddl_guard = _install_ddl_guard(session, guards)
    session.flush()
    return Provisioned(
        tuple(created),
        tuple(g for g in GROUP_ROLES.values() if g not in created),
        tuple(a.table for a in APPEND_ONLY if a.table in tables),
        _schema_owner(session),
        connected_as(session),
        ddl_guard,
    )


def _grant_ca_admin(session: Session, table: str, append_only: AppendOnly | None) -> None:
    t = _ident(session, table)
    _run(session, f"GRANT INSERT ON {t} TO idtoolkit_ca_admin")
    if append_only is None:
        _run(session, f"GRANT UPDATE ON {t} TO idtoolkit_ca_admin")
    elif append_only.mutable:
        _grant_update(session, table, append_only.mutable, "idtoolkit_ca_admin")


def _grant_update(
    session: Session, table: str, columns: tuple[str, ...] | None, group: str
) -> None:
    t = _ident(session, table)
    if columns is None:
        _run(session, f"GRANT UPDATE ON {t} TO {group}")
        return
    cols = ", ".join(_ident(session, c) for c in columns)
    _run(session, f"GRANT UPDATE ({cols}) ON {t} TO {group}")


def _install_triggers(session: Session, tables: Iterable[AppendOnly]) -> list[tuple[str, str]]:
    """Create (or replace, never drop: see :func:`_install_ddl_guard`) every guard trigger;
    the (table, trigger) pairs installed."""
    for function in _TRIGGER_FUNCTIONS:
        _run(session, function)
    installed: list[tuple[str, str]] = []

    def trigger(name: str, table: str, when: str, level: str, call: str) -> None:
        _run(
            session,
            f"CREATE OR REPLACE TRIGGER {name} {when} ON {_ident(session, table)} "
            f"FOR EACH {level} EXECUTE FUNCTION {call}",
        )
        installed.append((table, name))

    for guard in tables:
        args = ", ".join(_literal(session, c) for c in guard.mutable)
        trigger(
            "idtoolkit_append_only",
            guard.table,
            "BEFORE UPDATE OR DELETE",
            "ROW",
            f"idtoolkit_append_only({args})",
        )
        trigger(
            "idtoolkit_no_truncate",
            guard.table,
            "BEFORE TRUNCATE",
            "STATEMENT",
            "idtoolkit_append_only()",
        )
    trigger(
        "idtoolkit_revoked_is_final",
        "certificates",
        "BEFORE UPDATE OF status",
        "ROW",
        "idtoolkit_revoked_is_final()",
    )
    trigger("idtoolkit_ca_admin_only", "cas", "BEFORE UPDATE", "ROW", "idtoolkit_ca_admin_only()")
    trigger(
        "idtoolkit_audit_head_forward",
        "settings",
        "BEFORE UPDATE OR DELETE",
        "ROW",
        "idtoolkit_audit_head_forward()",
    )
    trigger(
        "idtoolkit_revocation_guard",
        "revocations",
        "BEFORE UPDATE OR DELETE",
        "ROW",
        "idtoolkit_revocation_guard()",
    )
    trigger(
        "idtoolkit_revocation_no_truncate",
        "revocations",
        "BEFORE TRUNCATE",
        "STATEMENT",
        "idtoolkit_revocation_guard()",
    )
    return installed


def is_superuser(session: Session) -> bool:
    return bool(
        session.execute(
            text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
        ).scalar_one()
    )


def _install_ddl_guard(session: Session, guards: list[tuple[str, str]]) -> bool:
    """An event trigger that refuses any DDL by a non-superuser (the tables' owner included)
    after which one of ``guards`` is missing or not firing: no DROP TRIGGER, no ALTER TABLE …
    DISABLE TRIGGER, no DROP TABLE of a guarded table. Only a superuser may create an event
    trigger: provisioning by the owner alone leaves it out (False) and says so."""
    if not is_superuser(session):
        return False
    # The guard functions become the superuser's: an owner who made them first could
    # otherwise replace their bodies with ones that let everything through.
    for function in _GUARD_FUNCTIONS:
        _run(session, f"ALTER FUNCTION {function} OWNER TO CURRENT_USER")
    pairs = ", ".join(f"({_literal(session, t)}, {_literal(session, g)})" for t, g in guards)
    _run(
        session,
        f"""
        CREATE OR REPLACE FUNCTION idtoolkit_guard_ddl() RETURNS event_trigger
        LANGUAGE plpgsql AS $fn$
        DECLARE
          missing text;
        BEGIN
          IF (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
            RETURN;
          END IF;
          SELECT string_agg(g.tbl || '.' || g.trg, ', ') INTO missing
          FROM (VALUES {pairs}) AS g(tbl, trg)
          WHERE NOT EXISTS (
            SELECT 1 FROM pg_trigger t
            JOIN pg_class c ON c.oid = t.tgrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = current_schema() AND c.relname = g.tbl AND t.tgname = g.trg
              AND t.tgenabled IN ('O', 'A'));
          IF missing IS NOT NULL THEN
            RAISE EXCEPTION 'idtoolkit: % refused: the guard % must stay in force (only a '
              'superuser may remove it)', tg_tag, missing
              USING ERRCODE = 'insufficient_privilege';
          END IF;
        END
        $fn$
        """,
    )
    _run(session, "ALTER FUNCTION idtoolkit_guard_ddl() OWNER TO CURRENT_USER")
    exists = session.execute(
        text("SELECT 1 FROM pg_event_trigger WHERE evtname = 'idtoolkit_guard_ddl'")
    ).first()
    if exists is None:
        _run(
            session,
            "CREATE EVENT TRIGGER idtoolkit_guard_ddl ON ddl_command_end "
            "EXECUTE FUNCTION idtoolkit_guard_ddl()",
        )
    return True


def _settings_policies(session: Session) -> None:
    """Roles that append audit events change one settings row, the chain's head: row-level
    security keeps them off the passphrase verifier (ca-admin changes every row; the owner is
    not bound by row policies)."""
    head = _literal(session, AUDIT_HEAD_KEY)
    _run(session, "ALTER TABLE settings ENABLE ROW LEVEL SECURITY")
    policies = (
        ("idtoolkit_read", "FOR SELECT TO PUBLIC USING (true)"),
        ("idtoolkit_ca_admin", "FOR ALL TO idtoolkit_ca_admin USING (true) WITH CHECK (true)"),
        (
            "idtoolkit_audit_head",
            "FOR ALL TO idtoolkit_ra_officer, idtoolkit_key_custodian "
            f"USING (key = {head}) WITH CHECK (key = {head})",
        ),
    )
    for name, body in policies:
        _run(session, f"DROP POLICY IF EXISTS {name} ON settings")
        _run(session, f"CREATE POLICY {name} ON settings {body}")


def login_exists(session: Session, name: str) -> bool:
    found = session.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name})
    return found.first() is not None


def add_login(session: Session, name: str, group: str, password: bytes) -> None:
    """Create login ``name`` in ``group``. The server receives only the SCRAM-SHA-256 verifier,
    computed here by libpq: the password itself is in no statement, so in no server log."""
    driver = session.connection().connection.driver_connection
    verifier = driver.pgconn.encrypt_password(  # type: ignore[union-attr]
        password, name.encode(), b"scram-sha-256"
    ).decode("ascii")
    _run(
        session,
        f"CREATE ROLE {_ident(session, name)} LOGIN PASSWORD {_literal(session, verifier)} "
        f"IN ROLE {group}",
    )


def logins(session: Session) -> list[Login]:
    """Every role that belongs to one of the group roles, with its operator roles."""
    names = {group: role for role, group in GROUP_ROLES.items()}
    rows = session.execute(
        text(
            "SELECT r.rolname, g.rolname, r.rolcanlogin FROM pg_auth_members m "
            "JOIN pg_roles r ON r.oid = m.member JOIN pg_roles g ON g.oid = m.roleid "
            "WHERE g.rolname = ANY(:groups) ORDER BY r.rolname, g.rolname"
        ),
        {"groups": list(names)},
    ).all()
    found: dict[str, Login] = {}
    for login, group, can_login in rows:
        previous = found.get(login)
        roles = (previous.roles if previous else ()) + (names[group],)
        found[login] = Login(str(login), roles, bool(can_login))
    return list(found.values())
