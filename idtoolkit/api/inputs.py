"""Reading what users hand in: CSRs, certificates, PKCS#12 passwords, subjects and SANs."""

from idtoolkit.ca.inputs import (
    check_pkcs12_password,
    load_certificates,
    load_csr,
    parse_san,
    read_file,
)
from idtoolkit.ca.names import format_subject, parse_subject, subject_attributes
from idtoolkit.sentence_parts import (
    CERTIFICATE,
    CHAIN,
    CREDENTIAL,
    CRL,
    CSR,
    KEY,
    PASSPHRASE_FILE,
    PIN_FILE,
    PKCS12_FILE,
    THE_FILE_TO_SIGN,
    THE_PKCS12_FILE,
    os_reason,
)

__all__ = [
    "CERTIFICATE",
    "CHAIN",
    "CREDENTIAL",
    "CRL",
    "CSR",
    "KEY",
    "PASSPHRASE_FILE",
    "PIN_FILE",
    "PKCS12_FILE",
    "THE_FILE_TO_SIGN",
    "THE_PKCS12_FILE",
    "check_pkcs12_password",
    "format_subject",
    "load_certificates",
    "load_csr",
    "os_reason",
    "parse_san",
    "parse_subject",
    "read_file",
    "subject_attributes",
]
