"""The engine's public API: what the CLI, the GUI and scripts call.

Import from here rather than from the submodules; names here are kept stable.
"""

import importlib
from typing import TYPE_CHECKING, Any

from idtoolkit.audit import VerifyResult
from idtoolkit.audit_log import AuditEntry, count_audit_events, list_audit_events, verify_audit
from idtoolkit.audit_seal import Seal, create_seal, read_seals, seal_bytes, verify_seals
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
    extension_sentence,
    preview_csr,
)
from idtoolkit.ca.export import ExportFormat, export_certificates
from idtoolkit.ca.external import import_crl, load_crl, update_external_certificate
from idtoolkit.ca.inputs import load_certificates, load_csr, parse_san
from idtoolkit.ca.issuance import (
    CsrReview,
    IssuedCertificate,
    csr_fingerprint,
    issue_from_csr,
    issue_with_new_key,
    review_csr,
)
from idtoolkit.ca.names import format_subject, parse_subject, subject_attributes
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
from idtoolkit.ceremony.rehearse import rehearse as rehearse_ceremony
from idtoolkit.ceremony.runner import (
    CeremonyStopped,
    Console,
    RunOptions,
    describe_step,
    run_ceremony,
)
from idtoolkit.ceremony.script import Script as CeremonyScript
from idtoolkit.ceremony.script import Step as CeremonyStep
from idtoolkit.ceremony.script import example_directory as example_ceremonies
from idtoolkit.ceremony.script import hash_words
from idtoolkit.ceremony.script import load_script as load_ceremony_script
from idtoolkit.ceremony.signatures import sign_transcript
from idtoolkit.ceremony.transcript import TRANSCRIPT, Transcript, read_transcript
from idtoolkit.ceremony.verify import CeremonyReport, verify_ceremony
from idtoolkit.errors import IDToolkitError
from idtoolkit.files import write_public, write_secret
from idtoolkit.hsm.tokens_view import (
    list_token_keys,
    list_token_mechanisms,
    list_workspace_tokens,
)
from idtoolkit.keys.spec import KEY_SPECS
from idtoolkit.logs import log_file, start_file_logging
from idtoolkit.passphrase import MIN_LENGTH as PASSPHRASE_MIN_LENGTH
from idtoolkit.settings import (
    INTERNAL_NAME_LINT,
    Settings,
    current_settings,
    internal_name_explanation,
    is_internal,
    update_settings,
)
from idtoolkit.version import VersionInfo, version_info
from idtoolkit.workspace import Workspace, default_workspace_dir

if TYPE_CHECKING:
    from idtoolkit.labs.checks import CheckResult
    from idtoolkit.labs.classroom import LabClass, create_class, export_student
    from idtoolkit.labs.grading import ClassGrades
    from idtoolkit.labs.grading import grade as lab_grade
    from idtoolkit.labs.pack import Pack, load_pack
    from idtoolkit.labs.serve import ClassServer
    from idtoolkit.labs.session import check as lab_check
    from idtoolkit.labs.session import reset as lab_reset
    from idtoolkit.labs.session import show as lab_show
    from idtoolkit.labs.session import solve as lab_solve
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
    # training labs
    "CheckResult": "idtoolkit.labs.checks",
    "ClassGrades": "idtoolkit.labs.grading",
    "ClassServer": "idtoolkit.labs.serve",
    "LabClass": "idtoolkit.labs.classroom",
    "Pack": "idtoolkit.labs.pack",
    "create_class": "idtoolkit.labs.classroom",
    "export_student": "idtoolkit.labs.classroom",
    "lab_check": "idtoolkit.labs.session:check",
    "lab_grade": "idtoolkit.labs.grading:grade",
    "lab_reset": "idtoolkit.labs.session:reset",
    "lab_show": "idtoolkit.labs.session:show",
    "lab_solve": "idtoolkit.labs.session:solve",
    "load_pack": "idtoolkit.labs.pack",
}


def __getattr__(name: str) -> Any:
    target = _LAZY.get(name)
    if target is None:
        raise AttributeError(f"module 'idtoolkit.api' has no attribute {name!r}")
    module, _, attribute = target.partition(":")
    return getattr(importlib.import_module(module), attribute or name)


__all__ = [
    "INTERNAL_NAME_LINT",
    "KEY_SPECS",
    "PASSPHRASE_MIN_LENGTH",
    "REASONS",
    "SERVICE_PROFILES",
    "TRANSCRIPT",
    "AuditEntry",
    "BackupResult",
    "BulkProgress",
    "BulkResult",
    "CAInfo",
    "CRLInfo",
    "CeremonyReport",
    "CeremonyScript",
    "CeremonyStep",
    "CeremonyStopped",
    "CertDetails",
    "CertFilter",
    "CertSummary",
    "CertificateText",
    "CheckResult",
    "ClassGrades",
    "ClassServer",
    "Console",
    "CsrPreview",
    "CsrReview",
    "ExportFormat",
    "IDToolkitError",
    "IssuedCertificate",
    "JobReport",
    "LabClass",
    "Pack",
    "ProfileText",
    "RevocationInfo",
    "RowError",
    "RunOptions",
    "Seal",
    "ServiceInfo",
    "Settings",
    "SignResult",
    "SignatureFormat",
    "SignatureReport",
    "SigningCredential",
    "TestPKI",
    "Transcript",
    "VerifyResult",
    "VersionInfo",
    "Workspace",
    "ca_chain",
    "check_request",
    "count_audit_events",
    "count_certificates",
    "create_class",
    "create_root",
    "create_seal",
    "create_service_credential",
    "create_sub",
    "create_testpki",
    "csr_fingerprint",
    "current_settings",
    "default_workspace_dir",
    "describe_ca",
    "describe_certificate",
    "describe_profile",
    "describe_step",
    "describe_stored_certificate",
    "example_ceremonies",
    "export_ca_key",
    "export_ca_pkcs12",
    "export_certificates",
    "export_student",
    "extension_sentence",
    "find_certificate",
    "format_subject",
    "from_pkcs12",
    "from_token",
    "hash_words",
    "hold",
    "import_ca",
    "import_crl",
    "import_signed_cert",
    "insert_synthetic_certificates",
    "internal_name_explanation",
    "is_internal",
    "issue_csrs_bulk",
    "issue_from_csr",
    "issue_with_new_key",
    "lab_check",
    "lab_grade",
    "lab_reset",
    "lab_show",
    "lab_solve",
    "latest_crl",
    "list_audit_events",
    "list_cas",
    "list_certificates",
    "list_token_keys",
    "list_token_mechanisms",
    "list_workspace_tokens",
    "load_ceremony_script",
    "load_certificates",
    "load_crl",
    "load_csr",
    "load_pack",
    "load_scenario",
    "log_file",
    "make_crl",
    "page_certificates",
    "parse_san",
    "parse_subject",
    "pending_csr",
    "preview_csr",
    "read_seals",
    "read_transcript",
    "rehearse_ceremony",
    "release",
    "render_text",
    "request_sub",
    "restore_ca_key",
    "review_csr",
    "revoke",
    "run_ceremony",
    "run_csv_job",
    "seal_bytes",
    "show_ca",
    "sign_cms",
    "sign_pdf",
    "sign_transcript",
    "split_ca_key",
    "start_file_logging",
    "subject_attributes",
    "update_external_certificate",
    "update_settings",
    "verify_audit",
    "verify_ceremony",
    "verify_file",
    "verify_seals",
    "version_info",
    "write_public",
    "write_secret",
]
