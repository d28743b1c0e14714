"""The engine's public API: what the CLI, the GUI and scripts call.

Import from here rather than from the submodules; names here are kept stable.
"""

import importlib
from typing import TYPE_CHECKING, Any

from idtoolkit.apps.ceremony.rehearse import AutoConsole
from idtoolkit.apps.ceremony.rehearse import rehearse as rehearse_ceremony
from idtoolkit.apps.ceremony.runner import (
    CeremonyStopped,
    Console,
    RunOptions,
    describe_step,
    run_ceremony,
)
from idtoolkit.apps.ceremony.script import Script as CeremonyScript
from idtoolkit.apps.ceremony.script import Step as CeremonyStep
from idtoolkit.apps.ceremony.script import example_directory as example_ceremonies
from idtoolkit.apps.ceremony.script import hash_words
from idtoolkit.apps.ceremony.script import load_script as load_ceremony_script
from idtoolkit.apps.ceremony.signatures import sign_transcript
from idtoolkit.apps.ceremony.transcript import TRANSCRIPT, Transcript, read_transcript
from idtoolkit.apps.ceremony.verify import CeremonyReport, verify_ceremony
from idtoolkit.apps.ceremony.verify import load_ceremony_script as load_ceremony_copy
from idtoolkit.audit_browse import (
    AuditEntry,
    count_audit_events,
    export_audit_events,
    list_audit_events,
    verify_audit,
)
from idtoolkit.audit_chain import VerifyResult, current_actor
from idtoolkit.audit_seals import Seal, create_seal, read_seals, seal_bytes, verify_seals
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
from idtoolkit.ca.credential_job import JobReport, run_csr_dir_job, run_csv_job
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
from idtoolkit.ca.info import CAInfo
from idtoolkit.ca.inputs import (
    check_pkcs12_password,
    load_certificates,
    load_csr,
    parse_san,
    read_file,
)
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
from idtoolkit.ca.revocation import REASONS, RevocationInfo, hold, release, revoke
from idtoolkit.ca.rows import RowError, load_mapping
from idtoolkit.ca.service_credentials import PROFILES as SERVICE_PROFILES
from idtoolkit.ca.service_credentials import ServiceInfo, create_service_credential
from idtoolkit.errors import IDToolkitError
from idtoolkit.files import write_atomic, write_public, write_secret
from idtoolkit.keys.spec import KEY_SPECS, SignatureScheme, key_spec
from idtoolkit.logs import log_file, start_file_logging
from idtoolkit.passphrase import ENV_VAR as PASSPHRASE_ENV_VAR
from idtoolkit.passphrase import MIN_LENGTH as PASSPHRASE_MIN_LENGTH
from idtoolkit.passphrase import read_passphrase_file
from idtoolkit.profile_admin import add_profile
from idtoolkit.profiles.model import Profile
from idtoolkit.settings import (
    INTERNAL_NAME_LINT,
    Settings,
    current_settings,
    internal_name_explanation,
    is_internal,
    update_settings,
)
from idtoolkit.states import CERT_FILTERS, CAStatus, CertStatus, CheckOutcome, Verdict
from idtoolkit.tokens_view import (
    list_token_keys,
    list_token_mechanisms,
    list_workspace_tokens,
)
from idtoolkit.version import VersionInfo, version_info
from idtoolkit.workspace import Workspace, default_workspace_dir, load_config

if TYPE_CHECKING:
    from idtoolkit.apps.labs.checks import CheckResult
    from idtoolkit.apps.labs.classroom import (
        ROSTER_SHEET,
        LabClass,
        class_summary,
        create_class,
        export_student,
    )
    from idtoolkit.apps.labs.grading import ClassGrades
    from idtoolkit.apps.labs.grading import grade as lab_grade
    from idtoolkit.apps.labs.pack import Pack, load_pack
    from idtoolkit.apps.labs.serve import ClassServer
    from idtoolkit.apps.labs.session import check as lab_check
    from idtoolkit.apps.labs.session import reset as lab_reset
    from idtoolkit.apps.labs.session import show as lab_show
    from idtoolkit.apps.labs.session import solve as lab_solve
    from idtoolkit.apps.labs.text import word as lab_word
    from idtoolkit.apps.testpki.build import TestPKI
    from idtoolkit.apps.testpki.build import create as create_testpki
    from idtoolkit.apps.testpki.scenario import load as load_scenario
    from idtoolkit.ca.enroll import enroll_on_token
    from idtoolkit.hsm.inventory import list_keys, list_mechanisms, list_tokens
    from idtoolkit.hsm.keys import PKCS11Backend
    from idtoolkit.hsm.module import default_module_path
    from idtoolkit.services.background import (
        SERVE_READY,
        Detached,
        serve_in_background,
        start_detached,
        stop_detached,
    )
    from idtoolkit.services.http import PKIServer, default_workers
    from idtoolkit.signing.credentials import SigningCredential, from_pkcs12, from_token
    from idtoolkit.signing.policy import credential_problems
    from idtoolkit.signing.sign import (
        SignatureFormat,
        SignResult,
        default_format,
        sign_cms,
        sign_pdf,
    )
    from idtoolkit.signing.verify import SignatureReport, render_text, verify_file

#: Loaded on first use: pyHanko (signing) and python-pkcs11 (the hsm extra, which may be
#: missing) take longer to import than every other command needs.
_LAZY = {
    "enroll_on_token": "idtoolkit.ca.enroll",
    "list_keys": "idtoolkit.hsm.inventory",
    "list_mechanisms": "idtoolkit.hsm.inventory",
    "list_tokens": "idtoolkit.hsm.inventory",
    "PKCS11Backend": "idtoolkit.hsm.keys",
    "default_module_path": "idtoolkit.hsm.module",
    "PKIServer": "idtoolkit.services.http",
    "Detached": "idtoolkit.services.background",
    "start_detached": "idtoolkit.services.background",
    "stop_detached": "idtoolkit.services.background",
    "serve_in_background": "idtoolkit.services.background",
    "SERVE_READY": "idtoolkit.services.background",
    "default_workers": "idtoolkit.services.http",
    "default_format": "idtoolkit.signing.sign",
    "credential_problems": "idtoolkit.signing.policy",
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
    "TestPKI": "idtoolkit.apps.testpki.build",
    "create_testpki": "idtoolkit.apps.testpki.build:create",
    "load_scenario": "idtoolkit.apps.testpki.scenario:load",
    # training labs
    "CheckResult": "idtoolkit.apps.labs.checks",
    "ClassGrades": "idtoolkit.apps.labs.grading",
    "ClassServer": "idtoolkit.apps.labs.serve",
    "LabClass": "idtoolkit.apps.labs.classroom",
    "Pack": "idtoolkit.apps.labs.pack",
    "create_class": "idtoolkit.apps.labs.classroom",
    "export_student": "idtoolkit.apps.labs.classroom",
    "lab_check": "idtoolkit.apps.labs.session:check",
    "lab_grade": "idtoolkit.apps.labs.grading:grade",
    "lab_reset": "idtoolkit.apps.labs.session:reset",
    "lab_show": "idtoolkit.apps.labs.session:show",
    "lab_solve": "idtoolkit.apps.labs.session:solve",
    "load_pack": "idtoolkit.apps.labs.pack",
    "class_summary": "idtoolkit.apps.labs.classroom",
    "ROSTER_SHEET": "idtoolkit.apps.labs.classroom",
    "lab_word": "idtoolkit.apps.labs.text:word",
}


def __getattr__(name: str) -> Any:
    target = _LAZY.get(name)
    if target is None:
        raise AttributeError(f"module 'idtoolkit.api' has no attribute {name!r}")
    module, _, attribute = target.partition(":")
    return getattr(importlib.import_module(module), attribute or name)


__all__ = [
    "CERT_FILTERS",
    "INTERNAL_NAME_LINT",
    "KEY_SPECS",
    "PASSPHRASE_ENV_VAR",
    "PASSPHRASE_MIN_LENGTH",
    "REASONS",
    "ROSTER_SHEET",
    "SERVE_READY",
    "SERVICE_PROFILES",
    "TRANSCRIPT",
    "AuditEntry",
    "AutoConsole",
    "BackupResult",
    "BulkProgress",
    "BulkResult",
    "CAInfo",
    "CAStatus",
    "CRLInfo",
    "CeremonyReport",
    "CeremonyScript",
    "CeremonyStep",
    "CeremonyStopped",
    "CertDetails",
    "CertFilter",
    "CertStatus",
    "CertSummary",
    "CertificateText",
    "CheckOutcome",
    "CheckResult",
    "ClassGrades",
    "ClassServer",
    "Console",
    "CsrPreview",
    "CsrReview",
    "Detached",
    "ExportFormat",
    "IDToolkitError",
    "IssuedCertificate",
    "JobReport",
    "LabClass",
    "PKCS11Backend",
    "PKIServer",
    "Pack",
    "Profile",
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
    "SignatureScheme",
    "SigningCredential",
    "TestPKI",
    "Transcript",
    "Verdict",
    "VerifyResult",
    "VersionInfo",
    "Workspace",
    "add_profile",
    "ca_chain",
    "check_pkcs12_password",
    "check_request",
    "class_summary",
    "count_audit_events",
    "count_certificates",
    "create_class",
    "create_root",
    "create_seal",
    "create_service_credential",
    "create_sub",
    "create_testpki",
    "credential_problems",
    "csr_fingerprint",
    "current_actor",
    "current_settings",
    "default_format",
    "default_module_path",
    "default_workers",
    "default_workspace_dir",
    "describe_ca",
    "describe_certificate",
    "describe_profile",
    "describe_step",
    "describe_stored_certificate",
    "enroll_on_token",
    "example_ceremonies",
    "export_audit_events",
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
    "internal_name_explanation",
    "is_internal",
    "issue_csrs_bulk",
    "issue_from_csr",
    "issue_with_new_key",
    "key_spec",
    "lab_check",
    "lab_grade",
    "lab_reset",
    "lab_show",
    "lab_solve",
    "lab_word",
    "latest_crl",
    "list_audit_events",
    "list_cas",
    "list_certificates",
    "list_keys",
    "list_mechanisms",
    "list_token_keys",
    "list_token_mechanisms",
    "list_tokens",
    "list_workspace_tokens",
    "load_ceremony_copy",
    "load_ceremony_script",
    "load_certificates",
    "load_config",
    "load_crl",
    "load_csr",
    "load_mapping",
    "load_pack",
    "load_scenario",
    "log_file",
    "make_crl",
    "page_certificates",
    "parse_san",
    "parse_subject",
    "pending_csr",
    "preview_csr",
    "read_file",
    "read_passphrase_file",
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
    "run_csr_dir_job",
    "run_csv_job",
    "seal_bytes",
    "serve_in_background",
    "show_ca",
    "sign_cms",
    "sign_pdf",
    "sign_transcript",
    "split_ca_key",
    "start_detached",
    "start_file_logging",
    "stop_detached",
    "subject_attributes",
    "update_external_certificate",
    "update_settings",
    "verify_audit",
    "verify_ceremony",
    "verify_file",
    "verify_seals",
    "version_info",
    "write_atomic",
    "write_public",
    "write_secret",
]
