"""The engine's public API: what the CLI, the GUI and scripts call.

Import from here rather than from the submodules; names here are kept stable.
"""

from idtoolkit.audit import VerifyResult
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
from idtoolkit.ca.backup import export_ca_pkcs12
from idtoolkit.ca.bulk import BulkResult, issue_csrs_bulk
from idtoolkit.ca.crl import CRLInfo, latest_crl, make_crl
from idtoolkit.ca.export import ExportFormat, export_certificates
from idtoolkit.ca.inputs import load_certificates, load_csr, parse_san
from idtoolkit.ca.issuance import (
    CsrReview,
    IssuedCertificate,
    issue_from_csr,
    issue_with_new_key,
    review_csr,
)
from idtoolkit.ca.names import format_subject, parse_subject
from idtoolkit.ca.query import (
    CertDetails,
    CertFilter,
    CertSummary,
    count_certificates,
    find_certificate,
    list_certificates,
)
from idtoolkit.ca.records import CAInfo
from idtoolkit.ca.revocation import REASONS, RevocationInfo, hold, release, revoke
from idtoolkit.errors import IDToolkitError
from idtoolkit.keys.spec import KEY_SPECS
from idtoolkit.workspace import Workspace, default_workspace_dir

__all__ = [
    "KEY_SPECS",
    "REASONS",
    "BulkResult",
    "CAInfo",
    "CRLInfo",
    "CertDetails",
    "CertFilter",
    "CertSummary",
    "CsrReview",
    "ExportFormat",
    "IDToolkitError",
    "IssuedCertificate",
    "RevocationInfo",
    "VerifyResult",
    "Workspace",
    "ca_chain",
    "count_certificates",
    "create_root",
    "create_sub",
    "default_workspace_dir",
    "export_ca_pkcs12",
    "export_certificates",
    "find_certificate",
    "format_subject",
    "hold",
    "import_ca",
    "import_signed_cert",
    "issue_csrs_bulk",
    "issue_from_csr",
    "issue_with_new_key",
    "latest_crl",
    "list_cas",
    "list_certificates",
    "load_certificates",
    "load_csr",
    "make_crl",
    "parse_san",
    "parse_subject",
    "pending_csr",
    "release",
    "request_sub",
    "review_csr",
    "revoke",
    "show_ca",
]
