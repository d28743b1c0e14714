"""Certificate authorities: create, import, list, show, back up and restore them."""

from idtoolkit.authz.guard import guarded
from idtoolkit.ca import authorities, backup, backup_shares
from idtoolkit.ca.authorities import ca_chain, list_cas, pending_csr, show_ca
from idtoolkit.ca.backup_shares import BackupResult
from idtoolkit.ca.describe import describe_ca
from idtoolkit.ca.info import CAInfo
from idtoolkit.states import CAStatus

# Writes pass the authorization guard (operators, roles, approvals: idtoolkit.authz).
create_root = guarded("ca.create")(authorities.create_root)
create_sub = guarded("ca.create")(authorities.create_sub)
request_sub = guarded("ca.create")(authorities.request_sub)
import_ca = guarded("ca.create")(authorities.import_ca)
import_signed_cert = guarded("ca.create")(authorities.import_signed_cert)
export_ca_key = guarded("key.backup")(backup.export_ca_key)
export_ca_pkcs12 = guarded("key.backup")(backup.export_ca_pkcs12)
split_ca_key = guarded("key.backup")(backup_shares.split_ca_key)
restore_ca_key = guarded("key.restore")(backup_shares.restore_ca_key)

__all__ = [
    "BackupResult",
    "CAInfo",
    "CAStatus",
    "ca_chain",
    "create_root",
    "create_sub",
    "describe_ca",
    "export_ca_key",
    "export_ca_pkcs12",
    "import_ca",
    "import_signed_cert",
    "list_cas",
    "pending_csr",
    "request_sub",
    "restore_ca_key",
    "show_ca",
    "split_ca_key",
]
