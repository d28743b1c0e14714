"""Operators, their single-use challenges, approval requests, decisions and policies.

The engine's authorization package (:mod:`idtoolkit.authz`) decides; these functions only read
and write the rows, inside the caller's transaction.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select, update

from idtoolkit.store.models import (
    ApprovalDecision,
    ApprovalPolicy,
    ApprovalRequest,
    Operator,
    OperatorChallenge,
)
from idtoolkit.store.session import Session


def count_operators(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(Operator)) or 0)


def all_operators(session: Session) -> list[Operator]:
    return list(session.scalars(select(Operator).order_by(Operator.name)))


def operator_named(session: Session, name: str) -> Operator | None:
    return session.scalars(select(Operator).where(Operator.name == name)).one_or_none()


def add_operator(session: Session, operator: Operator) -> Operator:
    session.add(operator)
    session.flush()
    return operator


def add_challenge(session: Session, challenge: OperatorChallenge) -> None:
    session.add(challenge)
    session.flush()


def consume_challenge(session: Session, nonce: str, operator_name: str, now: dt.datetime) -> bool:
    """Mark a live challenge used; False if it is unknown, someone else's, expired or used.

    One UPDATE with its conditions, so two presentations of the same proof at once cannot
    both succeed (whichever commits second updates no row)."""
    result = session.execute(
        update(OperatorChallenge)
        .where(
            OperatorChallenge.nonce == nonce,
            OperatorChallenge.operator_name == operator_name,
            OperatorChallenge.used_at.is_(None),
            OperatorChallenge.expires_at > now,
        )
        .values(used_at=now)
        .execution_options(synchronize_session=False)
    )
    return bool(getattr(result, "rowcount", 0) == 1)


def add_request(session: Session, request: ApprovalRequest) -> ApprovalRequest:
    session.add(request)
    session.flush()
    return request


def request_by_id(session: Session, request_id: int) -> ApprovalRequest | None:
    return session.get(ApprovalRequest, request_id)


def request_for_update(session: Session, request_id: int) -> ApprovalRequest | None:
    return session.execute(
        select(ApprovalRequest).where(ApprovalRequest.id == request_id).with_for_update()
    ).scalar_one_or_none()


def all_requests(session: Session, pending_only: bool = False) -> list[ApprovalRequest]:
    query = select(ApprovalRequest).order_by(ApprovalRequest.id)
    if pending_only:
        query = query.where(ApprovalRequest.state == "pending")
    return list(session.scalars(query))


def decisions_of(session: Session, request_id: int) -> list[ApprovalDecision]:
    return list(
        session.scalars(
            select(ApprovalDecision)
            .where(ApprovalDecision.request_id == request_id)
            .order_by(ApprovalDecision.id)
        )
    )


def add_decision(session: Session, decision: ApprovalDecision) -> None:
    session.add(decision)
    session.flush()


def policy_rows(session: Session) -> list[ApprovalPolicy]:
    return list(session.scalars(select(ApprovalPolicy).order_by(ApprovalPolicy.action)))


def set_policy(session: Session, action: str, approvals: int, role: str) -> None:
    row = session.get(ApprovalPolicy, action)
    if row is None:
        session.add(ApprovalPolicy(action=action, approvals=approvals, role=role))
    else:
        row.approvals = approvals
        row.role = role
    session.flush()


def issued_status(session: Session, fingerprint_sha256: str) -> str | None:
    """The stored status of a certificate issued here with this fingerprint (None: not ours)."""
    from idtoolkit.store.models import CertificateRecord

    return session.scalars(
        select(CertificateRecord.status).where(
            CertificateRecord.fingerprint_sha256 == fingerprint_sha256
        )
    ).one_or_none()


def ca_certificate_serials(session: Session) -> list[tuple[str, str]]:
    """(issuing CA name, serial hex) of every CA's own certificate issued in this workspace."""
    from idtoolkit.store.models import CARecord, CertificateRecord

    names = {row[0]: row[1] for row in session.execute(select(CARecord.id, CARecord.name))}
    rows = session.execute(
        select(CertificateRecord.serial_hex, CertificateRecord.issuer_ca_id).join(
            CARecord, CARecord.certificate_id == CertificateRecord.id
        )
    )
    return [(names[row[1]], row[0]) for row in rows if row[1] in names]
