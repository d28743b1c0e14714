"""Operators and the approval policy, changed through the guard like any sensitive action.

``add_operator`` binds a name and roles to a certificate (whose key the operator holds);
``disable_operator`` keeps the row so the trail and past approvals still name them;
``require_approvals`` sets how many approvers an action needs, refusing a policy that the
workspace's operators could not meet.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cryptography import x509

from idtoolkit import audit_chain
from idtoolkit.authz.actions import action_rule
from idtoolkit.authz.guard import guarded
from idtoolkit.authz.policy_rules import Policy, all_policies, effective_policy, meetable, members
from idtoolkit.authz.roles import check_role, check_roles, parse_roles, roles_text
from idtoolkit.errors import AlreadyExistsError, AuthorizationError, InputError, NotFoundError
from idtoolkit.store import operators as operator_rows
from idtoolkit.store.models import Operator
from idtoolkit.store.session import Session

if TYPE_CHECKING:
    from idtoolkit.workspace import Workspace


@dataclass(frozen=True)
class OperatorInfo:
    name: str
    roles: tuple[str, ...]
    disabled: bool
    subject: str
    fingerprint_sha256: str
    not_after: dt.datetime
    created_at: dt.datetime
    certificate_der: bytes


def _info(op: Operator) -> OperatorInfo:
    cert = x509.load_der_x509_certificate(op.certificate_der)
    return OperatorInfo(
        name=op.name,
        roles=parse_roles(op.roles),
        disabled=op.disabled,
        subject=cert.subject.rfc4514_string(),
        fingerprint_sha256=op.fingerprint_sha256,
        not_after=cert.not_valid_after_utc,
        created_at=op.created_at,
        certificate_der=op.certificate_der,
    )


def _check_name(name: str) -> str:
    if not name or len(name) > 64 or not name.isprintable() or name != name.strip():
        raise InputError(
            "operator.bad_name",
            "an operator name is 1 to 64 printable characters without surrounding spaces",
        )
    return name


def _certificate(certificate_der: bytes) -> x509.Certificate:
    try:
        return x509.load_der_x509_certificate(certificate_der)
    except ValueError:
        raise InputError(
            "operator.bad_certificate", "the operator's certificate cannot be read"
        ) from None


def _check_new(session: Session, name: str, certificate_der: bytes) -> str:
    if operator_rows.operator_named(session, name) is not None:
        raise AlreadyExistsError(
            "operator.exists", "an operator named {name} already exists", name=name
        )
    fingerprint = hashlib.sha256(certificate_der).hexdigest()
    if any(op.fingerprint_sha256 == fingerprint for op in operator_rows.all_operators(session)):
        raise AlreadyExistsError(
            "operator.certificate_taken",
            "that certificate is already bound to another operator",
        )
    return fingerprint


def _precheck_add(ws: Workspace, arguments: Mapping[str, Any]) -> None:
    """Refused at once (not after approvals): a bad name, roles or certificate, a taken one."""
    _check_name(str(arguments.get("name", "")))
    check_roles(list(arguments.get("roles") or []), ws.config.role_separation)
    der = arguments.get("certificate_der")
    if not isinstance(der, bytes):
        raise InputError("operator.bad_certificate", "the operator's certificate cannot be read")
    _certificate(der)
    with ws.store.reading() as session:
        _check_new(session, str(arguments["name"]), der)


def _precheck_disable(ws: Workspace, arguments: Mapping[str, Any]) -> None:
    show_operator(ws, str(arguments.get("name", "")))


@guarded("operator.change", _precheck_add)
def add_operator(
    ws: Workspace, name: str, roles: list[str], certificate_der: bytes
) -> OperatorInfo:
    """Record an operator bound to a certificate; role separation as the workspace says."""
    _check_name(name)
    held = check_roles(roles, ws.config.role_separation)
    _certificate(certificate_der)
    with ws.store.transaction() as session:
        fingerprint = _check_new(session, name, certificate_der)
        op = operator_rows.add_operator(
            session,
            Operator(
                name=name,
                roles=roles_text(held),
                certificate_der=certificate_der,
                fingerprint_sha256=fingerprint,
                disabled=False,
                created_at=dt.datetime.now(dt.UTC).replace(microsecond=0),
            ),
        )
        audit_chain.append(
            session,
            "operator.add",
            {"name": name, "roles": list(held), "certificate_sha256": fingerprint},
        )
        return _info(op)


@guarded("operator.change", _precheck_disable)
def disable_operator(ws: Workspace, name: str) -> OperatorInfo:
    with ws.store.transaction() as session:
        op = operator_rows.operator_named(session, name)
        if op is None:
            raise NotFoundError("operator.not_found", "no operator named {name}", name=name)
        op.disabled = True
        session.flush()
        audit_chain.append(session, "operator.disable", {"name": name})
        return _info(op)


def list_operators(ws: Workspace) -> list[OperatorInfo]:
    with ws.store.reading() as session:
        return [_info(op) for op in operator_rows.all_operators(session)]


def show_operator(ws: Workspace, name: str) -> OperatorInfo:
    with ws.store.reading() as session:
        op = operator_rows.operator_named(session, name)
        if op is None:
            raise NotFoundError("operator.not_found", "no operator named {name}", name=name)
        return _info(op)


def show_policy(ws: Workspace) -> list[Policy]:
    with ws.store.reading() as session:
        return all_policies(session)


def _policy_checked(session: Session, action: str, approvals: int, role: str | None) -> Policy:
    """The policy asked for, refused if unknown, negative or unmeetable by the operators."""
    rule = action_rule(action)
    approver_role = check_role(role) if role is not None else rule.approver_role
    if approvals < 0:
        raise InputError("policy.negative", "the number of approvals cannot be negative")
    policy = Policy(action, rule.roles, approvals, approver_role, False)
    operators = members(session)
    if operators and approvals > 0 and not meetable(policy, operators):
        raise AuthorizationError(
            "policy.unmeetable",
            "no set of this workspace's operators could meet {approvals} approval(s) "
            "by {role} for {action}",
            approvals=approvals,
            role=approver_role,
            action=action,
        )
    return policy


def _precheck_policy(ws: Workspace, arguments: Mapping[str, Any]) -> None:
    """An unmeetable policy is refused to its requester, before approvers are asked."""
    with ws.store.reading() as session:
        _policy_checked(
            session,
            str(arguments.get("action", "")),
            int(arguments.get("approvals", 0)),
            arguments.get("role"),
        )


@guarded("policy.change", _precheck_policy)
def require_approvals(
    ws: Workspace, action: str, approvals: int, role: str | None = None
) -> Policy:
    """Set the approvers an action needs beside its requester (0: none)."""
    with ws.store.transaction() as session:
        policy = _policy_checked(session, action, approvals, role)
        operator_rows.set_policy(session, action, approvals, policy.approver_role)
        audit_chain.append(
            session,
            "policy.require",
            {"action": action, "approvals": approvals, "role": policy.approver_role},
        )
        return effective_policy(session, action)
