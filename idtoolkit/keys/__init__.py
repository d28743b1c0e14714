"""Keys and signers: key types, the signer interface, and the encrypted software key store."""

from idtoolkit.keys.signer import Signer, SoftwareSigner
from idtoolkit.keys.spec import KEY_SPECS, KeyAlgorithm, KeySpec, SignatureScheme, key_spec

__all__ = [
    "KEY_SPECS",
    "KeyAlgorithm",
    "KeySpec",
    "SignatureScheme",
    "Signer",
    "SoftwareSigner",
    "key_spec",
]
