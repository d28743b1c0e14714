"""Database logins and the roles the server enforces, for a workspace on PostgreSQL.

The SQL lives in :mod:`idtoolkit.store.db_roles`; this module opens the transaction, turns the
server's refusals into one-line errors and writes the audit events. On SQLite there is no
server to enforce anything: the workspace is one file on one machine, and the sealed audit
chain detects changes but cannot prevent them; these functions say so.
"""

from __future__ import annotations

from idtoolkit import audit_chain
from idtoolkit.errors import (
    AlreadyExistsError,
    ConfigurationError,
    InputError,
)
from idtoolkit.store import db_roles
from idtoolkit.store.db_roles import GROUP_ROLES, Login, Provisioned
from idtoolkit.store.session import Session
from idtoolkit.workspace import Workspace

__all__ = ["GROUP_ROLES", "Login", "Provisioned", "add_login", "list_logins", "provision_roles"]


def _needs_postgresql(session: Session) -> None:
    if not db_roles.is_postgresql(session):
        raise ConfigurationError(
            "db.needs_postgresql",
            "database roles need PostgreSQL: a SQLite workspace is one file on one machine; "
            "the sealed audit chain detects changes but cannot prevent them",
        )


def provision_roles(ws: Workspace) -> Provisioned:
    """Create the group roles and their grants and guards (idempotent), and audit it. Run by
    the schema's owner (the login that created the workspace), with CREATEROLE or as a
    superuser when the roles do not exist yet on the server."""
    with ws.store.transaction() as session:
        _needs_postgresql(session)
        done = db_roles.provision(session)
        audit_chain.append(
            session,
            "db.roles_provisioned",
            {
                "created": list(done.created_roles),
                "append_only": list(done.append_only),
                "connected_as": done.connected_as,
                "ddl_guard": done.ddl_guard,
            },
        )
        return done


def _check_role(role: str) -> str:
    group = GROUP_ROLES.get(role)
    if group is None:
        raise InputError(
            "db.unknown_role",
            "unknown role {role!r}: one of {choices}",
            role=role,
            choices=", ".join(GROUP_ROLES),
        )
    return group


def add_login(ws: Workspace, name: str, role: str, password: bytes) -> Login:
    """A PostgreSQL login for one operator, in the group role of ``role``. The password goes
    to the server only as a SCRAM verifier and is never logged or audited."""
    group = _check_role(role)
    if not db_roles.valid_login_name(name):
        raise InputError(
            "db.bad_login_name",
            "login name {name!r}: use 1 to 63 lower-case letters, digits and _, starting "
            "with a letter (not pg_… or idtoolkit_…)",
            name=name,
        )
    if not password:
        raise InputError("db.empty_password", "the password of login {name} is empty", name=name)
    with ws.store.transaction() as session:
        _needs_postgresql(session)
        if group not in db_roles.existing_group_roles(session):
            raise ConfigurationError(
                "db.roles_not_provisioned",
                "the database roles are not provisioned on this server yet",
            )
        if db_roles.login_exists(session, name):
            raise AlreadyExistsError(
                "db.login_exists", "PostgreSQL login {name} already exists", name=name
            )
        db_roles.add_login(session, name, group, password)
        audit_chain.append(session, "db.login_added", {"login": name, "role": role})
        return Login(name, (role,), True)


def list_logins(ws: Workspace) -> list[Login]:
    """The logins that belong to one of the toolkit's group roles, with their roles."""
    with ws.store.reading() as session:
        _needs_postgresql(session)
        return db_roles.logins(session)
