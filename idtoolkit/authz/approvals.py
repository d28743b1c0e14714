"""Approval requests: a sensitive action stored with its exact parameters until enough other
operators sign its hash (EJBCA's accumulative approvals): the requester cannot approve, no one
approves twice, one rejection rejects, requests expire, and the action runs once, as the last
approver, with exactly the stored parameters. Every signature verifies later, offline.
"""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from idtoolkit import audit_chain
from idtoolkit.acting import Acting, acting_as
from idtoolkit.authz import state
from idtoolkit.authz.identity import prove
from idtoolkit.authz.params import (
    decode_parameters,
    encode_parameters,
    parameters_hash,
    readable_parameters,
    secret_names,
)
from idtoolkit.authz.policy_rules import Member, Policy, meetable
from idtoolkit.authz.proof import approval_message, signature_verifies
from idtoolkit.authz.refusals import refusals_audited
from idtoolkit.authz.registry import FUNCTIONS, authorizing
from idtoolkit.errors import AuthorizationError, IDToolkitError, InputError, NotFoundError
from idtoolkit.store import operators as operator_rows
from idtoolkit.store.models import ApprovalDecision, ApprovalRequest
from idtoolkit.store.session import Session

if TYPE_CHECKING:
    from idtoolkit.workspace import Workspace

REQUEST_DAYS = 7
PENDING = "pending"
EXECUTING = "executing"
EXECUTED = "executed"
REJECTED = "rejected"
FAILED = "failed"


@dataclass(frozen=True)
class Decision:
    operator: str
    decision: str  # approve | reject
    at: dt.datetime
    reason: str | None
    signature: str
    verifies: bool


@dataclass(frozen=True)
class RequestInfo:
    id: int
    action: str
    function: str
    parameters: dict[str, Any]
    parameters_sha256: str
    parameters_intact: bool  # the stored parameters still hash to the signed hash
    requester: str
    requester_signature_verifies: bool
    state: str
    approvals_needed: int
    approvals: int
    approver_role: str
    created_at: dt.datetime
    expires_at: dt.datetime
    result: str | None
    decisions: tuple[Decision, ...]
    #: Secrets (e.g. a key's password) the last approver gives; never stored.
    secrets: tuple[str, ...] = ()

    @property
    def missing(self) -> int:
        return max(0, self.approvals_needed - self.approvals)


def _info(session: Session, req: ApprovalRequest) -> RequestInfo:
    requester = operator_rows.operator_named(session, req.requester)
    decisions = tuple(
        Decision(
            d.operator_name,
            d.decision,
            d.at,
            d.reason,
            d.signature,
            signature_verifies(
                d.certificate_der,
                d.signature,
                approval_message(req.id, req.parameters_sha256, d.decision),
            ),
        )
        for d in operator_rows.decisions_of(session, req.id)
    )
    state_now = req.state
    if state_now == PENDING and req.expires_at <= dt.datetime.now(dt.UTC):
        state_now = "expired"
    return RequestInfo(
        id=req.id,
        action=req.action,
        function=req.function,
        parameters=readable_parameters(req.parameters),
        parameters_sha256=req.parameters_sha256,
        parameters_intact=parameters_hash(req.parameters) == req.parameters_sha256,
        requester=req.requester,
        requester_signature_verifies=requester is not None
        and signature_verifies(
            requester.certificate_der,
            req.requester_signature,
            approval_message(req.id, req.parameters_sha256, "request"),
        ),
        state=state_now,
        approvals_needed=req.approvals_needed,
        approvals=sum(1 for d in decisions if d.decision == "approve"),
        approver_role=req.approver_role,
        created_at=req.created_at,
        expires_at=req.expires_at,
        result=req.result,
        decisions=decisions,
        secrets=secret_names(req.parameters),
    )


def create_request(
    ws: Workspace,
    policy: Policy,
    function: str,
    arguments: dict[str, Any],
    acting: Acting,
    operators: list[Member],
) -> RequestInfo:
    """Store the call as a request signed by its requester; the caller then stops (pending)."""
    if not meetable(policy, operators):
        raise AuthorizationError(
            "approval.unmeetable",
            "{action} needs {approvals} approver(s) with the role {role} besides the "
            "requester, and the workspace does not have them",
            action=policy.action,
            approvals=policy.approvals,
            role=policy.approver_role,
        )
    parameters = encode_parameters(function, arguments)
    who = state.signed_in(ws)
    assert who is not None
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    with ws.store.transaction() as session, acting_as(acting):
        req = operator_rows.add_request(
            session,
            ApprovalRequest(
                action=policy.action,
                function=function,
                parameters=parameters,
                parameters_sha256=parameters_hash(parameters),
                requester=acting.operator,
                requester_signature="",
                state=PENDING,
                approvals_needed=policy.approvals,
                approver_role=policy.approver_role,
                created_at=now,
                expires_at=now + dt.timedelta(days=REQUEST_DAYS),
                result=None,
            ),
        )
        signature = who.credential.signer.sign_bytes(
            approval_message(req.id, req.parameters_sha256, "request")
        )
        req.requester_signature = base64.b64encode(signature).decode()
        audit_chain.append(
            session,
            "approval.request",
            {
                "request": req.id,
                "action": policy.action,
                "parameters_sha256": req.parameters_sha256,
                "approvals_needed": policy.approvals,
            },
        )
        return _info(session, req)


def list_requests(ws: Workspace, pending_only: bool = False) -> list[RequestInfo]:
    with ws.store.reading() as session:
        infos = [_info(session, r) for r in operator_rows.all_requests(session, pending_only)]
    return [i for i in infos if not pending_only or i.state == PENDING]


def show_request(ws: Workspace, request_id: int) -> RequestInfo:
    with ws.store.reading() as session:
        req = operator_rows.request_by_id(session, request_id)
        if req is None:
            raise NotFoundError(
                "approval.not_found", "no approval request {request}", request=request_id
            )
        return _info(session, req)


def _signed_in(ws: Workspace) -> state.SignedIn:
    who = state.signed_in(ws)
    if who is None:
        raise AuthorizationError(
            "authz.sign_in_required",
            "this workspace has operators: {action} needs an operator who has proved who they are",
            action="approval",
        )
    return who


def _pending_for_decision(
    session: Session, request_id: int, operator: str, roles: tuple[str, ...], decision: str
) -> ApprovalRequest:
    req = operator_rows.request_for_update(session, request_id)
    if req is None:
        raise NotFoundError(
            "approval.not_found", "no approval request {request}", request=request_id
        )
    if req.state != PENDING:
        raise AuthorizationError(
            "approval.not_pending",
            "request {request} is {state}: it can no longer be decided",
            request=request_id,
            state=req.state,
        )
    if req.expires_at <= dt.datetime.now(dt.UTC):
        raise AuthorizationError(
            "approval.expired",
            "request {request} expired at {expires}",
            request=request_id,
            expires=req.expires_at.isoformat(),
        )
    if parameters_hash(req.parameters) != req.parameters_sha256:
        raise AuthorizationError(
            "approval.changed",
            "request {request} changed after it was made: its parameters no longer match "
            "the hash the requester signed",
            request=request_id,
        )
    if decision == "approve" and req.requester == operator:
        raise AuthorizationError(
            "approval.self_approval",
            "operator {operator} made request {request} and cannot approve it",
            operator=operator,
            request=request_id,
        )
    if any(d.operator_name == operator for d in operator_rows.decisions_of(session, req.id)):
        raise AuthorizationError(
            "approval.already_decided",
            "operator {operator} already decided on request {request}",
            operator=operator,
            request=request_id,
        )
    if req.approver_role not in roles and req.requester != operator:
        raise AuthorizationError(
            "approval.role_refused",
            "request {request} needs approvers with the role {role}; operator {operator} "
            "does not hold it",
            request=request_id,
            role=req.approver_role,
            operator=operator,
        )
    return req


def _decide(
    ws: Workspace,
    request_id: int,
    decision: str,
    reason: str | None,
    secrets: Mapping[str, bytes] | None = None,
) -> tuple[RequestInfo, Acting]:
    who = _signed_in(ws)
    acting, roles = prove(ws, who)
    der = who.credential.certificate.public_bytes(_der())
    with ws.store.transaction() as session, acting_as(acting):
        req = _pending_for_decision(session, request_id, who.operator, roles, decision)
        if decision == "approve":
            _check_secrets(session, req, secrets or {})
        signature = base64.b64encode(
            who.credential.signer.sign_bytes(
                approval_message(req.id, req.parameters_sha256, decision)
            )
        ).decode()
        operator_rows.add_decision(
            session,
            ApprovalDecision(
                request_id=req.id,
                operator_name=who.operator,
                decision=decision,
                signature=signature,
                certificate_der=der,
                reason=reason,
                at=dt.datetime.now(dt.UTC).replace(microsecond=0),
            ),
        )
        details: dict[str, object] = {"request": req.id, "action": req.action}
        if reason is not None:
            details["reason"] = reason
        if decision == "reject":
            req.state = REJECTED
        else:
            approvals = sum(
                1 for d in operator_rows.decisions_of(session, req.id) if d.decision == "approve"
            )
            if approvals >= req.approvals_needed:
                req.state = EXECUTING  # set once, under the row lock: it runs once
        audit_chain.append(session, f"approval.{decision}", details)
        return _info(session, req), acting


def _check_secrets(session: Session, req: ApprovalRequest, secrets: Mapping[str, bytes]) -> None:
    """The approval that runs the request must bring its secrets: refused before the approval
    is recorded, so the approver can try again with them."""
    approvals = sum(
        1 for d in operator_rows.decisions_of(session, req.id) if d.decision == "approve"
    )
    if approvals + 1 < req.approvals_needed:
        return
    for name in secret_names(req.parameters):
        if name not in secrets:
            raise InputError(
                "approval.secret_needed",
                "request {request} runs with the secret {parameter}, which the last approver gives",
                request=req.id,
                parameter=name,
            )


def _der() -> Any:
    from cryptography.hazmat.primitives.serialization import Encoding

    return Encoding.DER


def approve_request(
    ws: Workspace, request_id: int, secrets: Mapping[str, bytes] | None = None
) -> RequestInfo:
    """Approve as the signed-in operator; the last approval runs the stored action, as them,
    with the ``secrets`` the request needs (see :attr:`RequestInfo.secrets`)."""
    with refusals_audited(ws, "approval.approve", signed_in_name(ws)):
        info, acting = _decide(ws, request_id, "approve", None, secrets)
    if info.state != EXECUTING:
        return info
    return _execute(ws, request_id, acting, secrets or {})


def reject_request(ws: Workspace, request_id: int, reason: str) -> RequestInfo:
    with refusals_audited(ws, "approval.reject", signed_in_name(ws)):
        info, _ = _decide(ws, request_id, "reject", reason)
    return info


def signed_in_name(ws: Workspace) -> str | None:
    who = state.signed_in(ws)
    return who.operator if who is not None else None


def _result_text(result: object) -> str:
    if dataclasses.is_dataclass(result) and not isinstance(result, type):
        fields = {f.name: getattr(result, f.name) for f in dataclasses.fields(result)}
        plain = {k: v for k, v in fields.items() if isinstance(v, (str, int, float, bool))}
        return audit_chain.canonical_json(plain)
    return type(result).__name__


def _execute(
    ws: Workspace, request_id: int, acting: Acting, secrets: Mapping[str, bytes]
) -> RequestInfo:
    with ws.store.reading() as session:
        req = operator_rows.request_by_id(session, request_id)
        assert req is not None
        parameters = req.parameters
    outcome: str
    error: IDToolkitError | None = None
    try:
        function, arguments = decode_parameters(parameters, request_id, secrets)
        _, target = FUNCTIONS[function]
        with authorizing(), acting_as(acting):
            result = target(ws, **arguments)
        outcome, text = EXECUTED, _result_text(result)
    except IDToolkitError as exc:
        outcome, text, error = FAILED, f"{exc.kind}: {exc}", exc
    with ws.store.transaction() as session, acting_as(acting):
        row = operator_rows.request_for_update(session, request_id)
        assert row is not None
        row.state = outcome
        row.result = text
        audit_chain.append(
            session, f"approval.{outcome}", {"request": request_id, "action": row.action}
        )
        info = _info(session, row)
    if error is not None:
        raise error
    return info
