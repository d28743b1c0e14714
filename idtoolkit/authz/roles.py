"""The four operator roles, and role separation (AD CS's RoleSeparationEnabled).

``ca-admin`` runs CAs, profiles and keys; ``ra-officer`` issues and revokes end-entity
certificates; ``auditor`` reads everything and seals the audit log, nothing else;
``key-custodian`` takes part in key backup restore (and, later, key activation).
"""

from __future__ import annotations

from collections.abc import Iterable

from idtoolkit.errors import AuthorizationError, InputError

CA_ADMIN = "ca-admin"
RA_OFFICER = "ra-officer"
AUDITOR = "auditor"
KEY_CUSTODIAN = "key-custodian"

ROLES: tuple[str, ...] = (CA_ADMIN, RA_OFFICER, AUDITOR, KEY_CUSTODIAN)

#: With role separation on, an operator holds at most one of these.
SEPARATED: tuple[str, ...] = (CA_ADMIN, RA_OFFICER, AUDITOR)


def check_role(role: str) -> str:
    if role not in ROLES:
        raise InputError(
            "operator.unknown_role",
            "unknown role {role}: the roles are {roles}",
            role=role,
            roles=", ".join(ROLES),
        )
    return role


def check_roles(roles: Iterable[str], separation: bool) -> tuple[str, ...]:
    """The roles, in canonical order, once each; refused if unknown, empty, or (with
    separation) two separated roles at once."""
    given = {check_role(r) for r in roles}
    if not given:
        raise InputError("operator.no_role", "an operator needs at least one role")
    held = [r for r in SEPARATED if r in given]
    if separation and len(held) > 1:
        raise AuthorizationError(
            "authz.role_separation",
            "role separation is on: an operator may not hold both {first} and {second}",
            first=held[0],
            second=held[1],
        )
    return tuple(r for r in ROLES if r in given)


def roles_text(roles: Iterable[str]) -> str:
    return " ".join(roles)


def parse_roles(text: str) -> tuple[str, ...]:
    return tuple(text.split())
