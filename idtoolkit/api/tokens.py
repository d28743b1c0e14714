"""PKCS#11 tokens: list them, their keys and mechanisms, keep CA keys on them, enroll onto
them. Imports python-pkcs11 (the optional ``hsm`` extra): ``from idtoolkit.api import
tokens`` where it is used."""

from idtoolkit.authz.guard import guarded
from idtoolkit.ca import enroll
from idtoolkit.hsm.inventory import list_keys, list_mechanisms, list_tokens
from idtoolkit.hsm.key_wrap import generate_backupable_key
from idtoolkit.hsm.keys import PKCS11Backend, public_key_of
from idtoolkit.hsm.module import default_module_path, token_session

# Writes pass the authorization guard (operators, roles, approvals: idtoolkit.authz).
enroll_on_token = guarded("cert.issue")(enroll.enroll_on_token)

__all__ = [
    "PKCS11Backend",
    "default_module_path",
    "enroll_on_token",
    "generate_backupable_key",
    "list_keys",
    "list_mechanisms",
    "list_tokens",
    "public_key_of",
    "token_session",
]
