"""Certificate authorities: create, import, list, show, back up and restore them."""

from idtoolkit.authz.guard import guarded
from idtoolkit.ca import authorities, backup, backup_shares
from idtoolkit.ca.authorities import ca_chain, list_cas, pending_csr, show_ca
from idtoolkit.ca.backup_shares import BackupResult
from idtoolkit.ca.describe import describe_ca
from idtoolkit.ca.info import CAInfo
from idtoolkit.ca.key_activation import ActivationResult
from idtoolkit.ca.key_activation import set_key_activation as _set_key_activation
from idtoolkit.keyring import read_share_files
from idtoolkit.keys.activation import SHARES_ENV
from idtoolkit.states import CAStatus

# Writes pass the authorization guard (operators, roles, approvals: idtoolkit.authz).
set_key_activation = guarded("key.activation")(_set_key_activation)
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
    "SHARES_ENV",
    "ActivationResult",
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
    "read_share_files",
    "request_sub",
    "restore_ca_key",
    "set_key_activation",
    "show_ca",
    "split_ca_key",
]
