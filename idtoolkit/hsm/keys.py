"""Token-resident keys behind the engine's Signer interface.

cryptography's builders accept any object implementing its private-key interfaces and only
call ``sign()``; the proxies below hash on the host where the token lacks a hash-and-sign
mechanism (SoftHSM2 has CKM_ECDSA but not CKM_ECDSA_SHA256), have the token sign, and DER-
encode ECDSA's raw r||s. Everything that would reveal the key refuses.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from typing import Any, NoReturn, cast

import pkcs11
from asn1crypto import core
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, mldsa, padding, rsa, utils
from cryptography.hazmat.primitives.asymmetric.types import (
    CertificateIssuerPrivateKeyTypes,
    CertificateIssuerPublicKeyTypes,
)
from cryptography.utils import Buffer
from pkcs11 import Attribute, KeyType, Mechanism, MLDSAParameterSet, ObjectClass
from pkcs11 import exceptions as p11
from pkcs11.util.ec import encode_ec_public_key, encode_named_curve_parameters

from idtoolkit import oids
from idtoolkit import sentence_parts as parts
from idtoolkit.errors import KeyStoreError
from idtoolkit.hsm.module import PinProvider, TokenSession, token_session
from idtoolkit.keys.backends import KeyBackend
from idtoolkit.keys.signer import Signer
from idtoolkit.keys.spec import KeyAlgorithm, KeySpec, SignatureScheme, key_spec, spec_of_public_key
from idtoolkit.store.models import KeyRecord

_CURVE_NAMES = {256: "secp256r1", 384: "secp384r1", 521: "secp521r1"}
_RSA_MECHANISMS = {
    "sha256": (
        Mechanism.SHA256_RSA_PKCS,
        Mechanism.SHA256_RSA_PKCS_PSS,
        Mechanism.SHA256,
        pkcs11.MGF.SHA256,
    ),
    "sha384": (
        Mechanism.SHA384_RSA_PKCS,
        Mechanism.SHA384_RSA_PKCS_PSS,
        Mechanism.SHA384,
        pkcs11.MGF.SHA384,
    ),
    "sha512": (
        Mechanism.SHA512_RSA_PKCS,
        Mechanism.SHA512_RSA_PKCS_PSS,
        Mechanism.SHA512,
        pkcs11.MGF.SHA512,
    ),
}


def _refuse(*_args: Any, **_kwargs: Any) -> NoReturn:
    raise KeyStoreError(
        "token.key_not_exportable",
        "this key lives on a token and cannot be exported or used for that",
    )


class _TokenKey:
    """What every proxy shares: where the key is and how to sign there."""

    def __init__(
        self, session: TokenSession, key_id: bytes, public: CertificateIssuerPublicKeyTypes
    ):
        self._token = session
        self._key_id = key_id
        self._public = public
        # The key's handle, valid for one session: a C_FindObjects per signature would cost
        # as much as the signature itself.
        self._found: tuple[pkcs11.Session, Any] | None = None

    def _sign(self, data: bytes, mechanism: Mechanism, param: Any = None) -> bytes:
        found = self._found
        if found is not None:
            # Fast path for bulk work: the session and key handle of the last signature.
            with self._token.lock:
                if self._token.is_current(found[0]):
                    try:
                        return bytes(
                            found[1].sign(data, mechanism=mechanism, mechanism_param=param)
                        )
                    except p11.PKCS11Error:
                        pass  # the slow path below reopens the session or explains the error

        def operation(session: pkcs11.Session) -> bytes:
            if self._found is None or self._found[0] is not session:
                key: Any = session.get_key(object_class=ObjectClass.PRIVATE_KEY, id=self._key_id)
                self._found = (session, key)
            return bytes(self._found[1].sign(data, mechanism=mechanism, mechanism_param=param))

        signature = self._token.run(parts.SIGN, operation)
        assert isinstance(signature, bytes)
        return signature

    def public_key(self) -> Any:
        return self._public

    private_bytes = _refuse
    private_numbers = _refuse
    private_bytes_raw = _refuse
    exchange = _refuse
    decrypt = _refuse

    def __copy__(self) -> Any:
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> Any:
        return self


class TokenECKey(_TokenKey, ec.EllipticCurvePrivateKey):
    @property
    def curve(self) -> ec.EllipticCurve:
        assert isinstance(self._public, ec.EllipticCurvePublicKey)
        return self._public.curve

    @property
    def key_size(self) -> int:
        return self.curve.key_size

    def sign(
        self,
        data: bytes | bytearray | memoryview,
        signature_algorithm: ec.EllipticCurveSignatureAlgorithm,
    ) -> bytes:
        assert isinstance(signature_algorithm, ec.ECDSA)
        algorithm = signature_algorithm.algorithm
        if isinstance(algorithm, utils.Prehashed):
            digest = bytes(data)
        else:
            digest = hashlib.new(algorithm.name, data).digest()
        raw = self._sign(digest, Mechanism.ECDSA)  # r || s, each half the length
        half = len(raw) // 2
        return utils.encode_dss_signature(
            int.from_bytes(raw[:half], "big"), int.from_bytes(raw[half:], "big")
        )


class TokenRSAKey(_TokenKey, rsa.RSAPrivateKey):
    @property
    def key_size(self) -> int:
        assert isinstance(self._public, rsa.RSAPublicKey)
        return self._public.key_size

    def sign(self, data: bytes, padding_: padding.AsymmetricPadding, algorithm: Any) -> bytes:
        if isinstance(algorithm, utils.Prehashed):
            raise KeyStoreError(
                "token.prehashed_rsa_unsupported",
                "pre-hashed RSA signing is not supported on tokens",
            )
        pkcs1, pss, hash_mech, mgf = _RSA_MECHANISMS[algorithm.name]
        if isinstance(padding_, padding.PSS):
            return self._sign(data, pss, (hash_mech, mgf, algorithm.digest_size))
        return self._sign(data, pkcs1)


class TokenEd25519Key(_TokenKey, ed25519.Ed25519PrivateKey):
    def sign(self, data: bytes | bytearray | memoryview) -> bytes:
        return self._sign(bytes(data), Mechanism.EDDSA)


class _TokenMLDSAKey(_TokenKey):
    """Pure ML-DSA (CKM_ML_DSA, PKCS#11 3.2) with the empty context RFC 9881 signs with."""

    def _sign_ml_dsa(self, data: Buffer, context: Buffer | None) -> bytes:
        if context:
            raise KeyStoreError(
                "token.ml_dsa_context_unsupported",
                "ML-DSA signing with a context string is not supported here",
            )
        return self._sign(bytes(data), Mechanism.ML_DSA)

    sign_mu = _refuse


class TokenMLDSA44Key(_TokenMLDSAKey, mldsa.MLDSA44PrivateKey):
    def sign(self, data: Buffer, context: Buffer | None = None) -> bytes:
        return self._sign_ml_dsa(data, context)


class TokenMLDSA65Key(_TokenMLDSAKey, mldsa.MLDSA65PrivateKey):
    def sign(self, data: Buffer, context: Buffer | None = None) -> bytes:
        return self._sign_ml_dsa(data, context)


class TokenMLDSA87Key(_TokenMLDSAKey, mldsa.MLDSA87PrivateKey):
    def sign(self, data: Buffer, context: Buffer | None = None) -> bytes:
        return self._sign_ml_dsa(data, context)


_ML_DSA_TOKEN: dict[int, tuple[Any, type[_TokenKey], Any]] = {
    44: (MLDSAParameterSet.ML_DSA_44, TokenMLDSA44Key, mldsa.MLDSA44PublicKey),
    65: (MLDSAParameterSet.ML_DSA_65, TokenMLDSA65Key, mldsa.MLDSA65PublicKey),
    87: (MLDSAParameterSet.ML_DSA_87, TokenMLDSA87Key, mldsa.MLDSA87PublicKey),
}
#: What a token must list to hold an ML-DSA CA key (PKCS#11 3.2 names).
ML_DSA_MECHANISMS = {
    Mechanism.ML_DSA_KEY_PAIR_GEN: "CKM_ML_DSA_KEY_PAIR_GEN",
    Mechanism.ML_DSA: "CKM_ML_DSA",
}


def missing_mechanisms(token: pkcs11.Token, spec: KeySpec) -> list[str]:
    """PKCS#11 mechanisms ``token`` lacks for keys of type ``spec`` (checked for ML-DSA only:
    the classical types are in every token this toolkit supports). Needs no PIN."""
    if not spec.post_quantum:
        return []
    offered = {int(m) for m in token.slot.get_mechanisms()}
    return [name for mech, name in ML_DSA_MECHANISMS.items() if int(mech) not in offered]


def check_token_supports(token: pkcs11.Token, token_label: str, spec: KeySpec) -> None:
    missing = missing_mechanisms(token, spec)
    if missing:
        raise KeyStoreError(
            "token.key_type_unsupported",
            "token {token_label!r} cannot hold {key_type} keys: its mechanism list lacks {mechanisms} (PKCS#11 3.2); use a software key",
            token_label=token_label,
            key_type=spec.name,
            mechanisms=" and ".join(missing),
        )


class PKCS11Signer(Signer):
    def __init__(self, key: _TokenKey, spec: KeySpec, scheme: SignatureScheme, token_label: str):
        super().__init__(spec, scheme)
        self._key = key
        self.token_label = token_label

    def issuer_key(self) -> CertificateIssuerPrivateKeyTypes:
        return self._key  # type: ignore[return-value]

    @property
    def backend_name(self) -> str:
        return f"pkcs11:token={self.token_label}"

    def __repr__(self) -> str:
        return f"PKCS11Signer({self.spec.name}, token={self.token_label!r})"


def _proxy(
    session: TokenSession, key_id: bytes, public: CertificateIssuerPublicKeyTypes
) -> _TokenKey:
    if isinstance(public, ec.EllipticCurvePublicKey):
        return TokenECKey(session, key_id, public)
    if isinstance(public, rsa.RSAPublicKey):
        return TokenRSAKey(session, key_id, public)
    if isinstance(public, ed25519.Ed25519PublicKey):
        return TokenEd25519Key(session, key_id, public)
    for _, proxy_type, public_type in _ML_DSA_TOKEN.values():
        if isinstance(public, public_type):
            return proxy_type(session, key_id, public)
    raise KeyStoreError(
        "token.public_key_type_unsupported",
        "keys of type {key_class} cannot be used on a token here",
        key_class=type(public).__name__,
    )


def public_key_of(
    key: pkcs11.PublicKey | pkcs11.PrivateKey, session: pkcs11.Session
) -> CertificateIssuerPublicKeyTypes:
    """Read a token key's public half as a cryptography object."""
    key_type = key[Attribute.KEY_TYPE]
    public: Any = key
    if isinstance(key, pkcs11.PrivateKey):
        public = session.get_key(object_class=ObjectClass.PUBLIC_KEY, id=key[Attribute.ID])
    if key_type == KeyType.RSA:
        return rsa.RSAPublicNumbers(
            int.from_bytes(public[Attribute.PUBLIC_EXPONENT], "big"),
            int.from_bytes(public[Attribute.MODULUS], "big"),
        ).public_key()
    if key_type == KeyType.EC:
        loaded = serialization.load_der_public_key(encode_ec_public_key(public))
        assert isinstance(loaded, ec.EllipticCurvePublicKey)
        return loaded
    if key_type == KeyType.EC_EDWARDS:
        point = core.OctetString.load(public[Attribute.EC_POINT]).native
        return ed25519.Ed25519PublicKey.from_public_bytes(point)
    if key_type == KeyType.ML_DSA:
        parameter_set = int(public[Attribute.PARAMETER_SET])
        for wanted, _, public_type in _ML_DSA_TOKEN.values():
            if parameter_set == int(wanted):
                ml_dsa: Any = public_type.from_public_bytes(bytes(public[Attribute.VALUE]))
                return cast(CertificateIssuerPublicKeyTypes, ml_dsa)
        raise KeyStoreError(
            "token.ml_dsa_parameter_set_unsupported",
            "unsupported ML-DSA parameter set on token: {parameter_set}",
            parameter_set=parameter_set,
        )
    raise KeyStoreError(
        "token.key_type_unknown",
        "unsupported key type on token: {key_type!r}",
        key_type=key_type,
    )


_TOKEN_PUBLIC_TYPES = (
    ec.EllipticCurvePublicKey
    | rsa.RSAPublicKey
    | ed25519.Ed25519PublicKey
    | mldsa.MLDSA44PublicKey
    | mldsa.MLDSA65PublicKey
    | mldsa.MLDSA87PublicKey
)

#: A CA key may only sign. python-pkcs11's defaults would also leave EC keys able to derive
#: (ECDH) and RSA keys able to decrypt and unwrap, all of them modifiable (so a later session
#: could switch those on): each is off from generation.
_PRIVATE_TEMPLATE = {
    Attribute.SENSITIVE: True,
    Attribute.EXTRACTABLE: False,
    Attribute.SIGN: True,
    Attribute.SIGN_RECOVER: False,
    Attribute.DECRYPT: False,
    Attribute.UNWRAP: False,
    Attribute.DERIVE: False,
    Attribute.MODIFIABLE: False,
    Attribute.PRIVATE: True,
    Attribute.TOKEN: True,
}
#: Attributes a token may refuse to take at generation (the fallback leaves them out).
_OPTIONAL = frozenset({Attribute.MODIFIABLE, Attribute.SIGN_RECOVER, Attribute.VERIFY_RECOVER})
#: Its public half only verifies.
_PUBLIC_TEMPLATE = {
    Attribute.VERIFY: True,
    Attribute.VERIFY_RECOVER: False,
    Attribute.ENCRYPT: False,
    Attribute.WRAP: False,
    Attribute.DERIVE: False,
    Attribute.MODIFIABLE: False,
}


class PKCS11Backend(KeyBackend):
    """CA keys on one token."""

    name = "pkcs11"

    def __init__(self, module_path: str, token_label: str, pin_provider: PinProvider):
        self.module_path = module_path
        self.token_label = token_label
        self.session = token_session(module_path, token_label, pin_provider)

    def generate(
        self, spec: KeySpec, scheme: SignatureScheme, label: str
    ) -> tuple[KeyRecord, Signer]:
        # Before the PIN is asked for: a token without the mechanism refuses in one line.
        check_token_supports(self.session.token, self.token_label, spec)
        key_id = os.urandom(16)

        def generate(
            session: pkcs11.Session, private: dict[Any, Any], public_t: dict[Any, Any]
        ) -> CertificateIssuerPublicKeyTypes:
            common: dict[str, Any] = {
                "store": True,
                "label": label,
                "id": key_id,
                "private_template": private,
                "public_template": public_t,
            }
            public: pkcs11.PublicKey
            if spec.algorithm is KeyAlgorithm.RSA:
                public, _ = session.generate_keypair(KeyType.RSA, spec.size, **common)
            elif spec.algorithm is KeyAlgorithm.EC:
                params = session.create_domain_parameters(
                    KeyType.EC,
                    {Attribute.EC_PARAMS: encode_named_curve_parameters(_CURVE_NAMES[spec.size])},
                    local=True,
                )
                public, _ = params.generate_keypair(**common)
            elif spec.algorithm is KeyAlgorithm.ED25519:
                params = session.create_domain_parameters(
                    KeyType.EC_EDWARDS,
                    {
                        Attribute.EC_PARAMS: encode_named_curve_parameters(
                            oids.CURVE_ED25519.dotted_string
                        )
                    },
                    local=True,
                )
                public, _ = params.generate_keypair(
                    mechanism=Mechanism.EC_EDWARDS_KEY_PAIR_GEN, **common
                )
            elif spec.algorithm is KeyAlgorithm.ML_DSA:
                public, _ = session.generate_keypair(
                    KeyType.ML_DSA,
                    **{
                        **common,
                        "public_template": {
                            **public_t,
                            Attribute.PARAMETER_SET: _ML_DSA_TOKEN[spec.size][0],
                        },
                    },
                )
            else:
                raise KeyStoreError(
                    "token.key_generation_unsupported",
                    "key type {key_type} cannot be generated on a token here",
                    key_type=spec.name,
                )
            return public_key_of(public, session)

        def operation(session: pkcs11.Session) -> CertificateIssuerPublicKeyTypes:
            try:
                return generate(session, dict(_PRIVATE_TEMPLATE), dict(_PUBLIC_TEMPLATE))
            except (p11.TemplateInconsistent, p11.AttributeTypeInvalid, p11.AttributeValueInvalid):
                # Some tokens refuse to set the optional attributes at generation: keep what
                # they allow (sign only, sensitive, not extractable), leave the rest to them.
                return generate(
                    session,
                    {k: v for k, v in _PRIVATE_TEMPLATE.items() if k not in _OPTIONAL},
                    {k: v for k, v in _PUBLIC_TEMPLATE.items() if k not in _OPTIONAL},
                )

        public = self.session.run(parts.GENERATE_A_KEY, operation)
        assert isinstance(public, _TOKEN_PUBLIC_TYPES)
        return self._record_and_signer(spec, scheme, label, key_id, public)

    def adopt_existing(
        self,
        label: str | None = None,
        key_id: bytes | None = None,
        scheme: SignatureScheme = SignatureScheme.PKCS1V15,
    ) -> tuple[KeyRecord, Signer]:
        """Use a key already on the token (found by label or CKA_ID) for a new CA."""
        if label is None and key_id is None:
            raise KeyStoreError("token.key_label_or_id_needed", "give the key's label or id")

        def operation(
            session: pkcs11.Session,
        ) -> tuple[bytes, str, CertificateIssuerPublicKeyTypes]:
            key = session.get_key(object_class=ObjectClass.PRIVATE_KEY, label=label, id=key_id)
            assert isinstance(key, pkcs11.PrivateKey)
            return bytes(key[Attribute.ID]), str(key[Attribute.LABEL]), public_key_of(key, session)

        found: tuple[bytes, str, CertificateIssuerPublicKeyTypes] = self.session.run(  # type: ignore[assignment]
            "find the key", operation
        )
        found_id, found_label, public = found
        if not found_id:
            raise KeyStoreError(
                "token.key_without_id",
                "key {found_label!r} on token {token_label!r} has no id (CKA_ID)",
                found_label=found_label,
                token_label=self.token_label,
            )
        spec = spec_of_public_key(public)
        return self._record_and_signer(spec, scheme, found_label, found_id, public)

    def _record_and_signer(
        self,
        spec: KeySpec,
        scheme: SignatureScheme,
        label: str,
        key_id: bytes,
        public: CertificateIssuerPublicKeyTypes,
    ) -> tuple[KeyRecord, Signer]:
        record = KeyRecord(
            label=label,
            key_type=spec.name,
            signature_scheme=scheme.value,
            backend=self.name,
            encrypted_pkcs8=None,
            token_label=self.token_label,
            token_key_id=key_id.hex(),
            public_key_der=public.public_bytes(
                serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
            ),
            created_at=dt.datetime.now(dt.UTC),
        )
        signer = PKCS11Signer(_proxy(self.session, key_id, public), spec, scheme, self.token_label)
        return record, signer

    def signer_for(self, record: KeyRecord) -> Signer:
        if not record.token_key_id:
            raise KeyStoreError(
                "token.key_record_without_id",
                "key {label!r} has no token key id",
                label=record.label,
            )
        public = serialization.load_der_public_key(record.public_key_der)
        assert isinstance(public, _TOKEN_PUBLIC_TYPES)
        key_id = bytes.fromhex(record.token_key_id)
        # Fail now, not at the first signature, when the key is not on this token.
        self.session.run(
            parts.FIND_KEY, lambda s: s.get_key(object_class=ObjectClass.PRIVATE_KEY, id=key_id)
        )
        return PKCS11Signer(
            _proxy(self.session, key_id, public),
            key_spec(record.key_type),
            SignatureScheme(record.signature_scheme),
            self.token_label,
        )

    def discard(self, record: KeyRecord) -> None:
        """Destroy a just-generated key whose CA could not be recorded (no orphans)."""
        if not record.token_key_id:
            return
        key_id = bytes.fromhex(record.token_key_id)

        def operation(session: pkcs11.Session) -> None:
            for obj in list(session.get_objects({Attribute.ID: key_id})):
                obj.destroy()

        self.session.run(parts.REMOVE_UNUSED_KEY, operation)
