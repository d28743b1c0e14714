"""The audit trail: browse, count, export and verify its events; seals over documents."""

from idtoolkit import audit_seals
from idtoolkit.audit_browse import (
    AuditEntry,
    count_audit_events,
    export_audit_events,
    list_audit_events,
    verify_audit,
)
from idtoolkit.audit_chain import VerifyResult, canonical_json, current_actor
from idtoolkit.audit_seals import Seal, read_seals, seal_bytes, verify_seals
from idtoolkit.authz.guard import guarded

# Writes pass the authorization guard (operators, roles, approvals: idtoolkit.authz).
create_seal = guarded("audit.seal")(audit_seals.create_seal)

__all__ = [
    "AuditEntry",
    "Seal",
    "VerifyResult",
    "canonical_json",
    "count_audit_events",
    "create_seal",
    "current_actor",
    "export_audit_events",
    "list_audit_events",
    "read_seals",
    "seal_bytes",
    "verify_audit",
    "verify_seals",
]
