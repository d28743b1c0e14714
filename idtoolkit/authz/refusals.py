"""Every refusal leaves an audit event (``authz.refused``) naming the rule and the operator,
written in its own transaction after the refused one rolled back: nothing else changes."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from idtoolkit import audit_chain
from idtoolkit.errors import AuthorizationError

if TYPE_CHECKING:
    from idtoolkit.workspace import Workspace


def record_refusal(ws: Workspace, exc: AuthorizationError, action: str, who: str | None) -> None:
    details: dict[str, object] = {
        "action": action,
        "rule": exc.kind,
        "refused": str(exc),
        "operator": {"name": who} if who else None,
    }
    try:
        with ws.store.transaction() as session:
            audit_chain.append(session, "authz.refused", details)
    except Exception:  # the refusal itself stands even if the store cannot record it
        pass


@contextmanager
def refusals_audited(ws: Workspace, action: str, who: str | None) -> Iterator[None]:
    try:
        yield
    except AuthorizationError as exc:
        record_refusal(ws, exc, action, who)
        raise
