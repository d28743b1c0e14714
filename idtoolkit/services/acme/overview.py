"""What an officer looks at on the desktop app's ACME page: the accounts clients registered
and the latest orders, with the endpoint each belongs to. Read only; the store answers."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from idtoolkit.store import acme as store
from idtoolkit.workspace import Workspace


def _endpoint_name(name: str) -> str:
    """A removed endpoint keeps its row (renamed ``NAME#removedID``) while accounts refer to
    it: shown under its old name."""
    return name.split("#", 1)[0]


@dataclass(frozen=True)
class AccountInfo:
    id: int
    endpoint: str
    thumbprint: str  # RFC 7638 thumbprint of the account key: what the audit log names
    contact: tuple[str, ...]
    status: str
    eab_key_id: str | None
    created_at: dt.datetime


@dataclass(frozen=True)
class OrderInfo:
    id: int
    endpoint: str
    account_thumbprint: str
    names: tuple[str, ...]
    status: str
    certificate_serial: str | None
    created_at: dt.datetime


def list_accounts(ws: Workspace) -> list[AccountInfo]:
    """Every ACME account of the workspace, oldest first."""
    with ws.store.reading() as session:
        names = {row.id: _endpoint_name(row.name) for row in store.list_endpoints(session)}
        return [
            AccountInfo(
                row.id,
                names.get(row.endpoint_id, ""),
                row.thumbprint,
                tuple(str(c) for c in json.loads(row.contact or "[]")),
                row.status,
                row.eab_key_id,
                row.created_at,
            )
            for row in store.list_accounts(session)
        ]


def recent_orders(ws: Workspace, limit: int = 50) -> list[OrderInfo]:
    """The newest ``limit`` orders, newest first."""
    with ws.store.reading() as session:
        names = {row.id: _endpoint_name(row.name) for row in store.list_endpoints(session)}
        accounts = {row.id: row for row in store.list_accounts(session)}
        orders = []
        for row in store.recent_orders(session, limit):
            account = accounts.get(row.account_id)
            orders.append(
                OrderInfo(
                    row.id,
                    names.get(account.endpoint_id, "") if account else "",
                    account.thumbprint if account else "",
                    tuple(str(i.get("value", "")) for i in json.loads(row.identifiers or "[]")),
                    row.status,
                    row.certificate_serial,
                    row.created_at,
                )
            )
        return orders
