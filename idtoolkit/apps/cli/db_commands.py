"""``idtoolkit db roles`` and ``db login add|list``: the database enforces the roles too.

On a shared PostgreSQL store each operator connects with their own login (``IDTOOLKIT_DB_USER``
and ``IDTOOLKIT_DB_PASSWORD``, or ``~/.pgpass``); ``db roles`` gives the server the group roles,
grants and append-only guards, ``db login add`` makes an operator's login in one of them.
"""

from __future__ import annotations

import argparse
import os

from idtoolkit.api import database
from idtoolkit.apps.cli.context import open_workspace
from idtoolkit.apps.cli.io import emit, emit_listing, read_secret
from idtoolkit.apps.cli.language import N_, Nn_, say
from idtoolkit.apps.cli.parser import Subcommands, add_command, add_group


def register(commands: Subcommands, common: argparse.ArgumentParser) -> None:
    db = add_group(commands, "db", "database roles and logins (PostgreSQL)", "db_command")
    add_command(
        db,
        "roles",
        roles,
        example="idtoolkit db roles",
        parents=[common],
        help="create the group roles, grants and append-only guards (idempotent)",
        description="Run as the workspace database's owner, again after an upgrade.",
    )
    login = add_group(db, "login", "operators' own PostgreSQL logins", "db_login_command")
    p = add_command(
        login,
        "add",
        login_add,
        example="idtoolkit db login add amina --role ra-officer",
        parents=[common],
        help="add a PostgreSQL login for an operator, in one group role",
        description=(
            "The new login's password comes from --password-file, else $IDTOOLKIT_DB_PASSWORD "
            "(when $IDTOOLKIT_DB_USER is not set: then it is your own), else it is asked."
        ),
    )
    p.add_argument("name", help="the login name (lower-case letters, digits, _)")
    p.add_argument("--role", required=True, choices=list(database.GROUP_ROLES), help="its role")
    p.add_argument("--password-file", metavar="FILE", help="read the new login's password")
    add_command(
        login,
        "list",
        login_list,
        example="idtoolkit db login list --json",
        parents=[common],
        help="list the logins in the toolkit's group roles",
    )


def roles(args: argparse.Namespace) -> None:
    with open_workspace(args) as ws:
        done = database.provision_roles(ws)
    guard = (
        say("in force: only a superuser can drop or disable the triggers")
        if done.ddl_guard
        else say(
            "not installed: the owner can still drop or disable the triggers; "
            "run 'idtoolkit db roles' once as a PostgreSQL superuser to keep them in force"
        )
    )
    emit(
        args,
        {
            "created_roles": list(done.created_roles),
            "existing_roles": list(done.existing_roles),
            "append_only": list(done.append_only),
            "schema_owner": done.schema_owner,
            "connected_as": done.connected_as,
            "ddl_guard": done.ddl_guard,
        },
        say(
            "database roles ready: {roles}\n  append-only: {tables}\n"
            "  owner of the tables: {owner} (keep that login for upgrades only)\n"
            "  guard of the triggers: {guard}\n"
            "  next: idtoolkit db login add NAME --role ROLE",
            roles=", ".join(done.created_roles + done.existing_roles),
            tables=", ".join(done.append_only),
            owner=done.schema_owner,
            guard=guard,
        ),
    )


def _new_password(args: argparse.Namespace) -> bytes:
    # $IDTOOLKIT_DB_PASSWORD is the connecting operator's own when $IDTOOLKIT_DB_USER is set.
    env = None if os.environ.get(database.DB_USER_ENV) else database.DB_PASSWORD_ENV
    return read_secret(
        args, "password_file", env, f"Password of the new login {args.name}", confirm=True
    )


def login_add(args: argparse.Namespace) -> None:
    with open_workspace(args) as ws:
        login = database.add_login(ws, args.name, args.role, _new_password(args))
    emit(
        args,
        {"login": login.name, "roles": list(login.roles)},
        say(
            "added PostgreSQL login {name} ({role}); it connects with "
            "IDTOOLKIT_DB_USER={name} and its password in IDTOOLKIT_DB_PASSWORD or ~/.pgpass",
            name=login.name,
            role=args.role,
        ),
    )


def login_list(args: argparse.Namespace) -> None:
    with open_workspace(args) as ws:
        found = database.list_logins(ws)
    emit_listing(
        args,
        [{"login": x.name, "roles": list(x.roles), "can_login": x.can_login} for x in found],
        [[x.name, ", ".join(x.roles), "yes" if x.can_login else "no"] for x in found],
        [N_("LOGIN"), N_("ROLES"), N_("CAN LOG IN")],
        "logins",
        counted_as=Nn_("{count} login", "{count} logins"),
    )
