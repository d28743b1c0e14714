"""The approval policy in force: a stored row, else the action's default; and whether the
operators of the workspace could meet it at all."""

from __future__ import annotations

from dataclasses import dataclass

from idtoolkit.authz.actions import ACTIONS, action_rule
from idtoolkit.authz.roles import parse_roles
from idtoolkit.store import operators as operator_rows
from idtoolkit.store.session import Session


@dataclass(frozen=True)
class Member:
    """An operator as the rules see them, read out of the store's session."""

    name: str
    roles: str
    disabled: bool


def members(session: Session) -> list[Member]:
    return [Member(op.name, op.roles, op.disabled) for op in operator_rows.all_operators(session)]


@dataclass(frozen=True)
class Policy:
    action: str
    roles: tuple[str, ...]  # who may request / take the action
    approvals: int  # approvers beside the requester
    approver_role: str
    default: bool


def effective_policy(session: Session, action: str) -> Policy:
    rule = action_rule(action)
    for row in operator_rows.policy_rows(session):
        if row.action == action:
            return Policy(action, rule.roles, row.approvals, row.role, False)
    return Policy(action, rule.roles, rule.approvals, rule.approver_role, True)


def all_policies(session: Session) -> list[Policy]:
    return [effective_policy(session, action) for action in ACTIONS]


def meetable(policy: Policy, operators: list[Member]) -> bool:
    """Some enabled operator may request it and ``approvals`` other enabled operators hold
    the approver role."""
    enabled = [(op.name, set(parse_roles(op.roles))) for op in operators if not op.disabled]
    approvers = {name for name, roles in enabled if policy.approver_role in roles}
    return any(
        roles & set(policy.roles) and len(approvers - {name}) >= policy.approvals
        for name, roles in enabled
    )
