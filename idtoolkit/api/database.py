"""The shared PostgreSQL store: group roles the server enforces, and operators' own logins."""

from idtoolkit.db_access import (
    GROUP_ROLES,
    Login,
    Provisioned,
    add_login,
    list_logins,
    provision_roles,
)
from idtoolkit.store.db import DB_PASSWORD_ENV, DB_USER_ENV

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
