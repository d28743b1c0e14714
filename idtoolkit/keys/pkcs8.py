"""Software private keys at rest: PKCS#8 EncryptedPrivateKeyInfo, PBES2 with a strong KDF.

pyca/cryptography's ``BestAvailableEncryption`` picks its own (low) PBKDF2 iteration count
and offers no knob for PKCS#8, so we assemble the standard structure ourselves with asn1crypto:
PBKDF2-HMAC-SHA256 (600,000 iterations by default, OWASP 2023) and AES-256-CBC. The result is
plain RFC 5958/8018 PKCS#8 that ``openssl pkcs8`` and cryptography's loader read, so an officer
can always recover a key with standard tools. Decryption is done by cryptography.
"""

from __future__ import annotations

import base64
import os
import textwrap

from asn1crypto import algos, keys
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.types import PrivateKeyTypes
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC
from cryptography.hazmat.primitives.padding import PKCS7

from idtoolkit.errors import InputError, PassphraseError

DEFAULT_ITERATIONS = 600_000
MIN_ITERATIONS = 100_000


def encrypt_private_key(
    key: PrivateKeyTypes, passphrase: bytes, iterations: int = DEFAULT_ITERATIONS
) -> bytes:
    """Return DER EncryptedPrivateKeyInfo for ``key`` under ``passphrase``."""
    if iterations < MIN_ITERATIONS:
        raise ValueError(f"KDF iterations must be at least {MIN_ITERATIONS}")
    if not passphrase:
        raise PassphraseError(
            "key.empty_passphrase",
            "an empty passphrase cannot protect a private key",
        )
    plain = key.private_bytes(
        serialization.Encoding.DER,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    salt = os.urandom(16)
    iv = os.urandom(16)
    kek = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=salt, iterations=iterations).derive(
        passphrase
    )
    padder = PKCS7(128).padder()
    padded = padder.update(plain) + padder.finalize()
    encryptor = Cipher(algorithms.AES(kek), modes.CBC(iv)).encryptor()
    ciphertext = encryptor.update(padded) + encryptor.finalize()
    algorithm = algos.EncryptionAlgorithm(
        {
            "algorithm": "pbes2",
            "parameters": algos.Pbes2Params(
                {
                    "key_derivation_func": algos.KdfAlgorithm(
                        {
                            "algorithm": "pbkdf2",
                            "parameters": algos.Pbkdf2Params(
                                {
                                    "salt": algos.Pbkdf2Salt(name="specified", value=salt),
                                    "iteration_count": iterations,
                                    "prf": {"algorithm": "sha256"},
                                }
                            ),
                        }
                    ),
                    "encryption_scheme": algos.EncryptionAlgorithm(
                        {"algorithm": "aes256_cbc", "parameters": iv}
                    ),
                }
            ),
        }
    )
    info = keys.EncryptedPrivateKeyInfo(
        {"encryption_algorithm": algorithm, "encrypted_data": ciphertext}
    )
    return bytes(info.dump())


def decrypt_private_key(der: bytes, passphrase: bytes) -> PrivateKeyTypes:
    """Load an EncryptedPrivateKeyInfo; a wrong passphrase raises PassphraseError."""
    try:
        return serialization.load_der_private_key(der, password=passphrase)
    except (ValueError, TypeError) as exc:
        # cryptography reports a wrong password and a corrupt blob alike; the store's
        # passphrase verifier has already ruled out the first for workspace keys.
        if "password" in str(exc).lower() or "decrypt" in str(exc).lower():
            raise PassphraseError(
                "key.wrong_passphrase", "wrong passphrase for the stored private key"
            ) from None
        raise InputError(
            "key.stored_key_unreadable", "stored private key is unreadable: {problem}", problem=exc
        ) from None


def encrypted_pem(der: bytes) -> bytes:
    """PEM armour for an EncryptedPrivateKeyInfo, as ``openssl pkcs8`` expects it."""
    body = "\n".join(textwrap.wrap(base64.b64encode(der).decode(), 64))
    return (
        f"-----BEGIN ENCRYPTED PRIVATE KEY-----\n{body}\n-----END ENCRYPTED PRIVATE KEY-----\n"
    ).encode()
