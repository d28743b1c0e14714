"""Certificate authorities: create, import, list, show, back up and restore them."""

from idtoolkit.ca.authorities import (
    ca_chain,
    create_root,
    create_sub,
    import_ca,
    import_signed_cert,
    list_cas,
    pending_csr,
    request_sub,
    show_ca,
)
from idtoolkit.ca.backup import export_ca_key, export_ca_pkcs12
from idtoolkit.ca.backup_shares import BackupResult, restore_ca_key, split_ca_key
from idtoolkit.ca.describe import describe_ca
from idtoolkit.ca.info import CAInfo
from idtoolkit.ca.key_activation import ActivationResult, set_key_activation
from idtoolkit.keyring import read_share_files
from idtoolkit.keys.activation import SHARES_ENV
from idtoolkit.states import CAStatus

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
