"""Certificates: issue from a CSR or with a new key, find, page, describe, export, revoke and
hold; service credentials; the checks a request gets before it is signed."""

from idtoolkit.ca.describe import (
    CertificateText,
    CsrPreview,
    check_request,
    describe_certificate,
    describe_stored_certificate,
    extension_sentence,
    preview_csr,
)
from idtoolkit.ca.export import ExportFormat, export_certificates
from idtoolkit.ca.external import update_external_certificate
from idtoolkit.ca.issuance import (
    CsrReview,
    IssuedCertificate,
    csr_fingerprint,
    issue_from_csr,
    issue_with_new_key,
    review_csr,
)
from idtoolkit.ca.paging import page_certificates
from idtoolkit.ca.query import (
    CertDetails,
    CertFilter,
    CertSummary,
    count_certificates,
    find_certificate,
    list_certificates,
)
from idtoolkit.ca.revocation import REASONS, RevocationInfo, hold, release, revoke
from idtoolkit.ca.service_credentials import (
    PROFILES as SERVICE_PROFILES,
)
from idtoolkit.ca.service_credentials import (
    ServiceInfo,
    create_service_credential,
)
from idtoolkit.lint.gate import lint_der_or_reject
from idtoolkit.states import CERT_FILTERS, CertStatus, CheckOutcome, Verdict

__all__ = [
    "CERT_FILTERS",
    "REASONS",
    "SERVICE_PROFILES",
    "CertDetails",
    "CertFilter",
    "CertStatus",
    "CertSummary",
    "CertificateText",
    "CheckOutcome",
    "CsrPreview",
    "CsrReview",
    "ExportFormat",
    "IssuedCertificate",
    "RevocationInfo",
    "ServiceInfo",
    "Verdict",
    "check_request",
    "count_certificates",
    "create_service_credential",
    "csr_fingerprint",
    "describe_certificate",
    "describe_stored_certificate",
    "export_certificates",
    "extension_sentence",
    "find_certificate",
    "hold",
    "issue_from_csr",
    "issue_with_new_key",
    "lint_der_or_reject",
    "list_certificates",
    "page_certificates",
    "preview_csr",
    "release",
    "review_csr",
    "revoke",
    "update_external_certificate",
]
