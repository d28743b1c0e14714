"""Certificates: issue from a CSR or with a new key, find, page, describe, export, revoke and
hold; service credentials; the checks a request gets before it is signed."""

from idtoolkit.authz.guard import guarded, revoke_action
from idtoolkit.ca import external, issuance, revocation, service_credentials
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
from idtoolkit.ca.issuance import (
    CsrReview,
    IssuedCertificate,
    csr_fingerprint,
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
from idtoolkit.ca.revocation import REASONS, RevocationInfo
from idtoolkit.ca.service_credentials import (
    PROFILES as SERVICE_PROFILES,
)
from idtoolkit.ca.service_credentials import ServiceInfo
from idtoolkit.lint.gate import lint_der_or_reject
from idtoolkit.states import CERT_FILTERS, CertStatus, CheckOutcome, Verdict

# Writes pass the authorization guard (operators, roles, approvals: idtoolkit.authz).
issue_from_csr = guarded("cert.issue")(issuance.issue_from_csr)
issue_with_new_key = guarded("cert.issue")(issuance.issue_with_new_key)
revoke = guarded(revoke_action)(revocation.revoke)
hold = guarded("cert.hold")(revocation.hold)
release = guarded("cert.release")(revocation.release)
create_service_credential = guarded("service.credential")(
    service_credentials.create_service_credential
)
update_external_certificate = guarded("ca.update")(external.update_external_certificate)

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
