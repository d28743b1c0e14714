"""Signing and verifying documents (CMS and PDF), and the signing policy. Imports pyHanko:
``from idtoolkit.api import signing`` where it is used, not at start-up."""

from idtoolkit.signing.policy import (
    credential_problems,
    ordered,
    usage_problems_for_signing,
    verdict_for,
)
from idtoolkit.signing.roles import claimed_roles
from idtoolkit.signing.sign import SignatureFormat, SignResult, default_format, sign_cms, sign_pdf
from idtoolkit.signing.verify import SignatureReport, render_text, verify_cms, verify_file

__all__ = [
    "SignResult",
    "SignatureFormat",
    "SignatureReport",
    "claimed_roles",
    "credential_problems",
    "default_format",
    "ordered",
    "render_text",
    "sign_cms",
    "sign_pdf",
    "usage_problems_for_signing",
    "verdict_for",
    "verify_cms",
    "verify_file",
]
