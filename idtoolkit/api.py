"""The engine's public API: what the CLI, the GUI and scripts call.

Import from here rather than from the submodules; names here are kept stable.
"""

from idtoolkit.audit import VerifyResult
from idtoolkit.audit_log import AuditEntry, count_audit_events, list_audit_events, verify_audit
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
from idtoolkit.ca.describe import (
    CertificateText,
    CsrPreview,
    ProfileText,
    check_request,
    describe_ca,
    describe_certificate,
    describe_profile,
    describe_stored_certificate,
    preview_csr,
)
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
from idtoolkit.ca.paging import page_certificates
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
from idtoolkit.ca.synthetic import insert_synthetic_certificates
from idtoolkit.errors import IDToolkitError
from idtoolkit.hsm.tokens_view import (
    list_token_keys,
    list_token_mechanisms,
    list_workspace_tokens,
)
from idtoolkit.keys.spec import KEY_SPECS
from idtoolkit.workspace import Workspace, default_workspace_dir

__all__ = [
    "KEY_SPECS",
    "REASONS",
    "AuditEntry",
    "BulkResult",
    "CAInfo",
    "CRLInfo",
    "CertDetails",
    "CertFilter",
    "CertSummary",
    "CertificateText",
    "CsrPreview",
    "CsrReview",
    "ExportFormat",
    "IDToolkitError",
    "IssuedCertificate",
    "ProfileText",
    "RevocationInfo",
    "VerifyResult",
    "Workspace",
    "ca_chain",
    "check_request",
    "count_audit_events",
    "count_certificates",
    "create_root",
    "create_sub",
    "default_workspace_dir",
    "describe_ca",
    "describe_certificate",
    "describe_profile",
    "describe_stored_certificate",
    "export_ca_pkcs12",
    "export_certificates",
    "find_certificate",
    "format_subject",
    "hold",
    "import_ca",
    "import_signed_cert",
    "insert_synthetic_certificates",
    "issue_csrs_bulk",
    "issue_from_csr",
    "issue_with_new_key",
    "latest_crl",
    "list_audit_events",
    "list_cas",
    "list_certificates",
    "list_token_keys",
    "list_token_mechanisms",
    "list_workspace_tokens",
    "load_certificates",
    "load_csr",
    "make_crl",
    "page_certificates",
    "parse_san",
    "parse_subject",
    "pending_csr",
    "preview_csr",
    "release",
    "request_sub",
    "review_csr",
    "revoke",
    "show_ca",
    "verify_audit",
]
