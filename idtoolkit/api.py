"""The engine's public API: what the CLI, the GUI and scripts call.

Import from here rather than from the submodules; names here are kept stable.
"""

import importlib
from typing import TYPE_CHECKING, Any

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
from idtoolkit.ca.backup import export_ca_key, export_ca_pkcs12
from idtoolkit.ca.bulk import BulkResult, issue_csrs_bulk
from idtoolkit.ca.credential_job import JobReport, run_csv_job
from idtoolkit.ca.credential_job import Progress as BulkProgress
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
from idtoolkit.ca.rows import RowError
from idtoolkit.ca.service_credentials import PROFILES as SERVICE_PROFILES
from idtoolkit.ca.service_credentials import ServiceInfo, create_service_credential
from idtoolkit.ca.synthetic import insert_synthetic_certificates
from idtoolkit.errors import IDToolkitError
from idtoolkit.hsm.tokens_view import (
    list_token_keys,
    list_token_mechanisms,
    list_workspace_tokens,
)
from idtoolkit.keys.spec import KEY_SPECS
from idtoolkit.version import VersionInfo, version_info
from idtoolkit.workspace import Workspace, default_workspace_dir

if TYPE_CHECKING:
    from idtoolkit.signing.credentials import SigningCredential, from_pkcs12, from_token
    from idtoolkit.signing.sign import SignatureFormat, SignResult, sign_cms, sign_pdf
    from idtoolkit.signing.verify import SignatureReport, render_text, verify_file
    from idtoolkit.testpki.build import TestPKI
    from idtoolkit.testpki.build import create as create_testpki
    from idtoolkit.testpki.scenario import load as load_scenario

#: Loaded on first use: pyHanko takes longer to import than every other command needs.
_LAZY = {
    "SigningCredential": "idtoolkit.signing.credentials",
    "from_pkcs12": "idtoolkit.signing.credentials",
    "from_token": "idtoolkit.signing.credentials",
    "SignatureFormat": "idtoolkit.signing.sign",
    "SignResult": "idtoolkit.signing.sign",
    "sign_cms": "idtoolkit.signing.sign",
    "sign_pdf": "idtoolkit.signing.sign",
    "SignatureReport": "idtoolkit.signing.verify",
    "render_text": "idtoolkit.signing.verify",
    "verify_file": "idtoolkit.signing.verify",
    "TestPKI": "idtoolkit.testpki.build",
    "create_testpki": "idtoolkit.testpki.build:create",
    "load_scenario": "idtoolkit.testpki.scenario:load",
}


def __getattr__(name: str) -> Any:
    target = _LAZY.get(name)
    if target is None:
        raise AttributeError(f"module 'idtoolkit.api' has no attribute {name!r}")
    module, _, attribute = target.partition(":")
    return getattr(importlib.import_module(module), attribute or name)


__all__ = [
    "KEY_SPECS",
    "REASONS",
    "SERVICE_PROFILES",
    "AuditEntry",
    "BulkProgress",
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
    "JobReport",
    "ProfileText",
    "RevocationInfo",
    "RowError",
    "ServiceInfo",
    "SignResult",
    "SignatureFormat",
    "SignatureReport",
    "SigningCredential",
    "TestPKI",
    "VerifyResult",
    "VersionInfo",
    "Workspace",
    "ca_chain",
    "check_request",
    "count_audit_events",
    "count_certificates",
    "create_root",
    "create_service_credential",
    "create_sub",
    "create_testpki",
    "default_workspace_dir",
    "describe_ca",
    "describe_certificate",
    "describe_profile",
    "describe_stored_certificate",
    "export_ca_key",
    "export_ca_pkcs12",
    "export_certificates",
    "find_certificate",
    "format_subject",
    "from_pkcs12",
    "from_token",
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
    "load_scenario",
    "make_crl",
    "page_certificates",
    "parse_san",
    "parse_subject",
    "pending_csr",
    "preview_csr",
    "release",
    "render_text",
    "request_sub",
    "review_csr",
    "revoke",
    "run_csv_job",
    "show_ca",
    "sign_cms",
    "sign_pdf",
    "verify_audit",
    "verify_file",
    "version_info",
]
