"""The one authorization point: every write function of the public API passes through
:func:`guarded`, so no front end (CLI, desktop app, script) can skip it.

A workspace without operators works as before (one person, every power). With operators, the
call needs a signed-in operator holding one of the action's roles, a fresh proof, and, when
the policy asks for approvals, it is stored as a request instead of running
(:class:`~idtoolkit.errors.ApprovalPending`). Until two operators hold ca-admin, the
passphrase holder may change operators without signing in, so a team can be set up.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

from idtoolkit.acting import Acting, acting_as
from idtoolkit.authz import state
from idtoolkit.authz.actions import action_rule
from idtoolkit.authz.approvals import create_request
from idtoolkit.authz.identity import prove
from idtoolkit.authz.policy_rules import Member, effective_policy, members
from idtoolkit.authz.refusals import refusals_audited
from idtoolkit.authz.registry import FUNCTIONS, authorized, authorizing
from idtoolkit.authz.roles import CA_ADMIN, parse_roles
from idtoolkit.errors import ApprovalPending, AuthorizationError
from idtoolkit.store import operators as operator_rows

if TYPE_CHECKING:
    from idtoolkit.workspace import Workspace

P = ParamSpec("P")
R = TypeVar("R")

OPERATOR_CHANGE = "operator.change"

#: Picks the action from the call (revoking a CA's own certificate is ``ca.revoke``).
Resolver = Callable[["Workspace", Mapping[str, Any]], str]


#: Checks a call's input before it is stored as a request, so a request that
#: could never run is refused at once, not after the approvers signed it.
Precheck = Callable[["Workspace", Mapping[str, Any]], None]


def bootstrapping(operators: list[Member]) -> bool:
    """Fewer than two enabled operators hold ca-admin: the team is still being set up."""
    admins = [op for op in operators if not op.disabled and CA_ADMIN in parse_roles(op.roles)]
    return len(admins) < 2


def authorize(
    ws: Workspace,
    action: str,
    function: str,
    arguments: Mapping[str, Any],
    precheck: Precheck | None = None,
) -> Acting | None:
    """Who may run this call now, with their proof (None: no operators, or set-up by the
    passphrase holder). Refusals are audited; a call needing approvals raises
    ApprovalPending after storing the request."""
    rule = action_rule(action)
    with ws.store.reading() as session:
        operators = members(session)
    if not operators:
        return None
    who = state.signed_in(ws)
    setup = action == OPERATOR_CHANGE and bootstrapping(operators)
    if who is None:
        if setup:
            ws.passphrase()  # the passphrase holder (checked), not yet an operator
            return None
        with refusals_audited(ws, action, None):
            raise AuthorizationError(
                "authz.sign_in_required",
                "this workspace has operators: {action} needs an operator who has proved "
                "who they are",
                action=action,
            )
    acting, roles = prove(ws, who)
    if not set(roles) & set(rule.roles):
        with refusals_audited(ws, action, who.operator):
            raise AuthorizationError(
                "authz.role_refused",
                "operator {operator} ({roles}) may not take the action {action}: it needs "
                "the role {needed}",
                operator=who.operator,
                roles=" ".join(roles),
                action=action,
                needed=" or ".join(rule.roles),
            )
    with ws.store.reading() as session:
        policy = effective_policy(session, action)
    if policy.approvals > 0 and not setup:
        with refusals_audited(ws, action, who.operator):
            if precheck is not None:
                precheck(ws, arguments)
            info = create_request(ws, policy, function, dict(arguments), acting, operators)
        raise ApprovalPending(
            "approval.pending",
            "request {request} ({action}) waits for {needed} more approval(s) by {role}",
            request=info.id,
            action=action,
            needed=info.missing,
            role=info.approver_role,
        )
    return acting


def guarded(
    action: str | Resolver, precheck: Precheck | None = None
) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Put a public write function behind the guard, under ``action`` (or the action a
    resolver picks from the call). Its first parameter must be the workspace ``ws``."""

    def wrap(fn: Callable[P, R]) -> Callable[P, R]:
        signature = inspect.signature(fn)
        if "ws" not in signature.parameters:
            raise TypeError(f"{fn.__name__}: a guarded function takes the workspace as ws")
        name = fn.__name__
        FUNCTIONS[name] = (action if isinstance(action, str) else "dynamic", fn)

        @functools.wraps(fn)
        def call(*args: P.args, **kwargs: P.kwargs) -> R:
            if authorized():
                return fn(*args, **kwargs)
            bound = signature.bind(*args, **kwargs)
            ws: Workspace = bound.arguments["ws"]
            arguments = {k: v for k, v in bound.arguments.items() if k != "ws"}
            chosen = action if isinstance(action, str) else action(ws, arguments)
            acting = authorize(ws, chosen, name, arguments, precheck)
            with authorizing(), acting_as(acting):
                return fn(*args, **kwargs)

        call.__dict__["idtoolkit_action"] = action if isinstance(action, str) else "dynamic"
        return call

    return wrap


def is_guarded(fn: object) -> bool:
    return "idtoolkit_action" in getattr(fn, "__dict__", {})


def revoke_action(ws: Workspace, arguments: Mapping[str, Any]) -> str:
    """``cert.revoke``, or ``ca.revoke`` when the serial is a CA certificate's."""
    ca = str(arguments.get("ca", ""))
    serial = _serial(str(arguments.get("serial", "")))
    with ws.store.reading() as session:
        pairs = operator_rows.ca_certificate_serials(session)
    if any(issuer == ca and _serial(s) == serial for issuer, s in pairs):
        return "ca.revoke"
    return "cert.revoke"


def _serial(text: str) -> str:
    return text.replace(":", "").lower().removeprefix("0x").lstrip("0")
