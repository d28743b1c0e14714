"""Reading what users hand in: CSRs, certificates, PKCS#12 passwords, subjects and SANs."""

from idtoolkit.ca.inputs import (
    check_pkcs12_password,
    load_certificates,
    load_csr,
    parse_san,
    read_file,
)
from idtoolkit.ca.names import format_subject, parse_subject, subject_attributes

__all__ = [
    "check_pkcs12_password",
    "format_subject",
    "load_certificates",
    "load_csr",
    "parse_san",
    "parse_subject",
    "read_file",
    "subject_attributes",
]
