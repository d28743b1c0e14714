"""Queries on the ACME tables (:mod:`idtoolkit.services.acme` asks these, nothing else)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, func, select

from idtoolkit.store.models import (
    AcmeAccount,
    AcmeAuthorization,
    AcmeEabKey,
    AcmeEndpoint,
    AcmeNonce,
    AcmeOrder,
)
from idtoolkit.store.session import Session

__all__ = [
    "AcmeAccount",
    "AcmeAuthorization",
    "AcmeEabKey",
    "AcmeEndpoint",
    "AcmeOrder",
    "account_by_id",
    "account_by_thumbprint",
    "add",
    "authorization_by_id",
    "authorizations_of_order",
    "delete_endpoint",
    "eab_key",
    "endpoint_by_name",
    "list_accounts",
    "list_endpoints",
    "order_by_id",
    "order_by_serial",
    "orders_since",
    "put_nonce",
    "recent_orders",
    "take_nonce",
]


def add(session: Session, row: object) -> None:
    session.add(row)
    session.flush()  # ids are needed for the URLs at once


def endpoint_by_name(session: Session, name: str) -> AcmeEndpoint | None:
    return session.execute(
        select(AcmeEndpoint).where(AcmeEndpoint.name == name)
    ).scalar_one_or_none()


def list_endpoints(session: Session) -> list[AcmeEndpoint]:
    return list(session.execute(select(AcmeEndpoint).order_by(AcmeEndpoint.name)).scalars())


def delete_endpoint(session: Session, endpoint: AcmeEndpoint) -> None:
    """Removing an endpoint keeps its accounts and orders (the audit names them); only new
    requests stop, so the endpoint row is kept unless nothing refers to it."""
    used = session.execute(
        select(func.count(AcmeAccount.id)).where(AcmeAccount.endpoint_id == endpoint.id)
    ).scalar_one()
    session.execute(delete(AcmeEabKey).where(AcmeEabKey.endpoint_id == endpoint.id))
    if used:
        endpoint.name = f"{endpoint.name}#removed{endpoint.id}"[:64]
    else:
        session.delete(endpoint)


# --- nonces ------------------------------------------------------------------------------------
def put_nonce(session: Session, value: str, expires_at: dt.datetime) -> None:
    session.add(AcmeNonce(value=value, expires_at=expires_at))


def take_nonce(session: Session, value: str, now: dt.datetime) -> bool:
    """Use a nonce: true once for a fresh one (the row is deleted), false ever after. Also
    drops expired nonces, so the table holds only live ones."""
    used = session.execute(
        delete(AcmeNonce).where(AcmeNonce.value == value, AcmeNonce.expires_at > now)
    )
    session.execute(delete(AcmeNonce).where(AcmeNonce.expires_at <= now))
    return bool(getattr(used, "rowcount", 0) == 1)


# --- accounts ----------------------------------------------------------------------------------
def account_by_thumbprint(
    session: Session, endpoint_id: int, thumbprint: str
) -> AcmeAccount | None:
    return session.execute(
        select(AcmeAccount).where(
            AcmeAccount.endpoint_id == endpoint_id, AcmeAccount.thumbprint == thumbprint
        )
    ).scalar_one_or_none()


def account_by_id(session: Session, endpoint_id: int, account_id: int) -> AcmeAccount | None:
    account = session.get(AcmeAccount, account_id)
    return account if account is not None and account.endpoint_id == endpoint_id else None


def list_accounts(session: Session, endpoint_id: int | None = None) -> list[AcmeAccount]:
    query = select(AcmeAccount).order_by(AcmeAccount.id)
    if endpoint_id is not None:
        query = query.where(AcmeAccount.endpoint_id == endpoint_id)
    return list(session.execute(query).scalars())


def eab_key(session: Session, endpoint_id: int, key_id: str) -> AcmeEabKey | None:
    return session.execute(
        select(AcmeEabKey).where(AcmeEabKey.endpoint_id == endpoint_id, AcmeEabKey.key_id == key_id)
    ).scalar_one_or_none()


# --- orders and authorizations -----------------------------------------------------------------
def order_by_id(session: Session, account_ids: list[int], order_id: int) -> AcmeOrder | None:
    order = session.get(AcmeOrder, order_id)
    return order if order is not None and order.account_id in account_ids else None


def order_by_serial(session: Session, serial: str) -> AcmeOrder | None:
    return session.execute(
        select(AcmeOrder).where(AcmeOrder.certificate_serial == serial).limit(1)
    ).scalar_one_or_none()


def orders_since(session: Session, account_id: int, since: dt.datetime) -> int:
    return int(
        session.execute(
            select(func.count(AcmeOrder.id)).where(
                AcmeOrder.account_id == account_id, AcmeOrder.created_at >= since
            )
        ).scalar_one()
    )


def recent_orders(session: Session, limit: int = 50) -> list[AcmeOrder]:
    return list(
        session.execute(select(AcmeOrder).order_by(AcmeOrder.id.desc()).limit(limit)).scalars()
    )


def authorizations_of_order(session: Session, order_id: int) -> list[AcmeAuthorization]:
    return list(
        session.execute(
            select(AcmeAuthorization)
            .where(AcmeAuthorization.order_id == order_id)
            .order_by(AcmeAuthorization.id)
        ).scalars()
    )


def authorization_by_id(session: Session, authz_id: int) -> AcmeAuthorization | None:
    return session.get(AcmeAuthorization, authz_id)
