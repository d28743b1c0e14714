"""Signing credentials: a certificate with its key, from a PKCS#12 file or a token (the
token's PKCS#11 binding is imported only when one is opened)."""

from idtoolkit.signing.credentials import SigningCredential, from_pkcs12, from_token

__all__ = [
    "SigningCredential",
    "from_pkcs12",
    "from_token",
]
