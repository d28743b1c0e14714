"""The shared PostgreSQL store: group roles the server enforces, and operators' own logins."""

from idtoolkit.authz.guard import guarded
from idtoolkit.db_access import GROUP_ROLES, Login, Provisioned, list_logins
from idtoolkit.db_access import add_login as _add_login
from idtoolkit.db_access import provision_roles as _provision_roles
from idtoolkit.store.db import DB_PASSWORD_ENV, DB_USER_ENV

provision_roles = guarded("database.roles")(_provision_roles)
add_login = guarded("database.roles")(_add_login)

__all__ = [
    "DB_PASSWORD_ENV",
    "DB_USER_ENV",
    "GROUP_ROLES",
    "Login",
    "Provisioned",
    "add_login",
    "list_logins",
    "provision_roles",
]
