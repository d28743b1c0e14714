"""The registry of write actions: which roles may take each, and the default approvals.

Every write function of the public API names one of these actions
(:func:`idtoolkit.authz.guard.guarded`); ``tests/test_authz_registry.py`` checks that no
public function that takes a workspace is left out. ``approvals`` is the number of approvers
beside the requester (1 = two distinct operators: the requester and one approver).
"""

from __future__ import annotations

from dataclasses import dataclass

from idtoolkit.authz.roles import AUDITOR, CA_ADMIN, KEY_CUSTODIAN, RA_OFFICER
from idtoolkit.errors import InputError


@dataclass(frozen=True)
class ActionRule:
    name: str
    roles: tuple[str, ...]
    approvals: int  # default approvers beside the requester
    approver_role: str = CA_ADMIN


_RULES = (
    ActionRule("ca.create", (CA_ADMIN,), 1),
    ActionRule("ca.revoke", (CA_ADMIN,), 1),
    ActionRule("ca.update", (CA_ADMIN,), 0),
    ActionRule("cert.issue", (RA_OFFICER,), 0),
    ActionRule("cert.revoke", (RA_OFFICER,), 0),
    ActionRule("cert.hold", (RA_OFFICER,), 0),
    ActionRule("cert.release", (RA_OFFICER,), 0),
    ActionRule("bulk.issue", (RA_OFFICER,), 0),
    ActionRule("service.credential", (CA_ADMIN,), 0),
    ActionRule("service.run", (CA_ADMIN, RA_OFFICER), 0),
    ActionRule("profile.change", (CA_ADMIN,), 1),
    ActionRule("key.backup", (CA_ADMIN,), 0),
    ActionRule("key.restore", (CA_ADMIN, KEY_CUSTODIAN), 1),
    ActionRule("crl.publish", (CA_ADMIN, RA_OFFICER), 0),
    ActionRule("crl.import", (CA_ADMIN,), 0),
    ActionRule("operator.change", (CA_ADMIN,), 1),
    ActionRule("policy.change", (CA_ADMIN,), 1),
    ActionRule("audit.seal", (AUDITOR, CA_ADMIN), 0),
    ActionRule("settings.change", (CA_ADMIN,), 0),
    # M-of-N activation of a CA key changes who may ever sign with it: dual control.
    ActionRule("key.activation", (CA_ADMIN,), 1),
    ActionRule("ocsp.presign", (CA_ADMIN, RA_OFFICER), 0),
    # Group roles and logins on PostgreSQL: who the database server lets change what.
    ActionRule("database.roles", (CA_ADMIN,), 1),
    ActionRule("acme.configure", (CA_ADMIN,), 0),
)

ACTIONS: dict[str, ActionRule] = {rule.name: rule for rule in _RULES}


def action_rule(name: str) -> ActionRule:
    try:
        return ACTIONS[name]
    except KeyError:
        raise InputError(
            "authz.unknown_action",
            "unknown action {action}: the actions are {actions}",
            action=name,
            actions=", ".join(ACTIONS),
        ) from None
