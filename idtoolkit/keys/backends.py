"""Key backends: where a CA key is generated and how its signer is obtained.

The software backend keeps keys as encrypted PKCS#8 in the store and decrypts them in memory
for the session. The PKCS#11 backend (``idtoolkit.hsm``) registers itself under ``pkcs11`` and
plugs in here without the CA code knowing the difference.
"""

from __future__ import annotations

import abc
import datetime as dt
from collections.abc import Callable

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed448, ed25519, mldsa, rsa

from idtoolkit.errors import IDToolkitError, KeyStoreError
from idtoolkit.keys import activation
from idtoolkit.keys.pkcs8 import DEFAULT_ITERATIONS, decrypt_private_key, encrypt_private_key
from idtoolkit.keys.signer import Signer, SoftwareSigner
from idtoolkit.keys.spec import KeySpec, SignatureScheme, key_spec, spec_of_public_key
from idtoolkit.store.models import KeyRecord

PassphraseProvider = Callable[[], bytes]
#: The shares custodians present for a CA key under dual control: (ca, threshold, custodians)
#: -> [(where the share came from, its text)].
SharesProvider = Callable[[str, int, int], list[tuple[str, str]]]
#: Records an activation or its refusal: (ca, "activated" | "activation_refused", details).
ActivationLog = Callable[[str, str, dict[str, object]], None]

# Private keys the software store holds. ML-DSA keys are written by cryptography as the LAMPS
# PKCS#8 "seed" form (RFC 9881 section 6) before we encrypt them, so any FIPS 204 tool can
# re-expand them.
_SOFTWARE_KEY_TYPES = (
    rsa.RSAPrivateKey
    | ec.EllipticCurvePrivateKey
    | ed25519.Ed25519PrivateKey
    | ed448.Ed448PrivateKey
    | mldsa.MLDSA44PrivateKey
    | mldsa.MLDSA65PrivateKey
    | mldsa.MLDSA87PrivateKey
)


class KeyBackend(abc.ABC):
    name: str

    @abc.abstractmethod
    def generate(
        self, spec: KeySpec, scheme: SignatureScheme, label: str
    ) -> tuple[KeyRecord, Signer]:
        """Create a key; return an unsaved record and a signer for it."""

    @abc.abstractmethod
    def signer_for(self, record: KeyRecord) -> Signer:
        """A signer for a stored key record."""

    def discard(self, record: KeyRecord) -> None:  # noqa: B027 (optional hook)
        """Undo :meth:`generate` when the key's CA could not be recorded (no orphan keys)."""


class SoftwareBackend(KeyBackend):
    name = "software"

    def __init__(
        self,
        passphrase: PassphraseProvider,
        iterations: int = DEFAULT_ITERATIONS,
        shares: SharesProvider | None = None,
        activation_log: ActivationLog | None = None,
    ):
        self._passphrase = passphrase
        self._iterations = iterations
        self._shares = shares
        self._activation_log = activation_log

    def generate(
        self, spec: KeySpec, scheme: SignatureScheme, label: str
    ) -> tuple[KeyRecord, Signer]:
        return self.adopt(spec.generate(), scheme, label)

    def adopt(
        self, private_key: object, scheme: SignatureScheme, label: str
    ) -> tuple[KeyRecord, Signer]:
        """Store an existing private key (import of a CA) under the workspace passphrase."""
        if not isinstance(private_key, _SOFTWARE_KEY_TYPES):
            raise KeyStoreError(
                "key.unsupported_private_key",
                "unsupported private key type {key_class}",
                key_class=type(private_key).__name__,
            )
        spec = spec_of_public_key(private_key.public_key())
        record = KeyRecord(
            label=label,
            key_type=spec.name,
            signature_scheme=scheme.value,
            backend=self.name,
            encrypted_pkcs8=encrypt_private_key(private_key, self._passphrase(), self._iterations),
            public_key_der=private_key.public_key().public_bytes(
                serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
            ),
            created_at=dt.datetime.now(dt.UTC),
        )
        return record, SoftwareSigner(private_key, spec, scheme)

    def signer_for(self, record: KeyRecord) -> Signer:
        if record.encrypted_pkcs8 is None:
            raise KeyStoreError(
                "key.material_missing",
                "key {label!r} has no stored key material",
                label=record.label,
            )
        if activation.is_sealed(record.encrypted_pkcs8):
            key = self._activate(record.encrypted_pkcs8, record.label)
        else:
            key = decrypt_private_key(record.encrypted_pkcs8, self._passphrase())
        assert isinstance(key, _SOFTWARE_KEY_TYPES)
        return SoftwareSigner(
            key, key_spec(record.key_type), SignatureScheme(record.signature_scheme)
        )

    def _activate(self, blob: bytes, label: str) -> object:
        """A key under dual control: opened with M custodians' shares, never the passphrase;
        the activation and any refusal are recorded (no share's data, only its number)."""
        sealed = activation.read_sealed(blob, label)
        given = self._shares(sealed.ca, sealed.threshold, sealed.custodians) if self._shares else []
        details: dict[str, object] = {"activation_id": sealed.activation_id}
        try:
            shares = activation.read_shares(sealed, given)
            details["shares"] = sorted(s.index for s in shares[: sealed.threshold])
            key = activation.open_sealed(sealed, shares)
        except IDToolkitError as exc:
            if self._activation_log is not None:
                self._activation_log(
                    sealed.ca, "activation_refused", {**details, "reason": exc.kind}
                )
            raise
        if self._activation_log is not None:
            self._activation_log(sealed.ca, "activated", details)
        return key
