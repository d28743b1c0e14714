"""Software keys: every key type signs; keys at rest are standard encrypted PKCS#8 that only
the passphrase opens and that OpenSSL reads."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding

from idtoolkit.errors import InputError, PassphraseError
from idtoolkit.keys import KEY_SPECS, SignatureScheme, SoftwareSigner, key_spec
from idtoolkit.keys.pkcs8 import decrypt_private_key, encrypt_private_key, encrypted_pem


@pytest.mark.parametrize("name", sorted(KEY_SPECS))
def test_every_key_type_signs_a_certificate_that_verifies(name: str) -> None:
    spec = key_spec(name)
    signer = SoftwareSigner(spec.generate(), spec)
    subject = x509.Name.from_rfc4514_string("CN=test")
    cert = signer.sign_certificate(
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(signer.public_key())
        .serial_number(1)
        .not_valid_before(__import__("datetime").datetime(2026, 1, 1))
        .not_valid_after(__import__("datetime").datetime(2027, 1, 1))
    )
    cert.verify_directly_issued_by(cert)


def test_rsa_pss_signatures_use_pss() -> None:
    spec = key_spec("rsa2048")
    signer = SoftwareSigner(spec.generate(), spec, SignatureScheme.PSS)
    assert isinstance(signer.rsa_padding, padding.PSS)
    csr = signer.sign_csr(
        x509.CertificateSigningRequestBuilder().subject_name(
            x509.Name.from_rfc4514_string("CN=pss")
        )
    )
    assert csr.signature_algorithm_oid.dotted_string == "1.2.840.113549.1.1.10"
    assert csr.is_signature_valid


def test_unknown_key_type_lists_the_valid_ones() -> None:
    with pytest.raises(InputError, match="unknown key type 'rsa1024'; choose one of: rsa2048"):
        key_spec("rsa1024")


def test_encrypted_key_round_trips_and_rejects_a_wrong_passphrase() -> None:
    key = key_spec("ec-p256").generate()
    blob = encrypt_private_key(key, b"the right passphrase")
    assert (
        b"BEGIN" not in blob
        and key.private_bytes(
            serialization.Encoding.DER,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        not in blob
    )
    again = decrypt_private_key(blob, b"the right passphrase")
    assert again.public_key() == key.public_key()
    with pytest.raises(PassphraseError):
        decrypt_private_key(blob, b"the wrong passphrase")


def test_openssl_reads_our_pkcs8_and_sees_a_strong_kdf(tmp_path: Path) -> None:
    key = key_spec("rsa2048").generate()
    path = tmp_path / "key.pem"
    path.write_bytes(encrypted_pem(encrypt_private_key(key, b"open sesame 123")))
    pass_file = tmp_path / "pass"
    pass_file.write_text("open sesame 123")
    out = subprocess.run(
        ["openssl", "pkcs8", "-in", str(path), "-passin", f"file:{pass_file}", "-outform", "DER"],
        capture_output=True,
        check=True,
    ).stdout
    assert serialization.load_der_private_key(out, None).public_key() == key.public_key()
    parsed = subprocess.run(
        ["openssl", "asn1parse", "-in", str(path)], capture_output=True, text=True, check=True
    ).stdout
    assert "PBES2" in parsed and "PBKDF2" in parsed and "hmacWithSHA256" in parsed
    assert "aes-256-cbc" in parsed
    assert ":0927C0" in parsed  # 600,000 iterations


def test_signing_uses_the_hash_that_matches_the_key() -> None:
    assert isinstance(key_spec("ec-p384").hash_algorithm(), hashes.SHA384)
    assert isinstance(key_spec("ec-p521").hash_algorithm(), hashes.SHA512)
    assert key_spec("ed25519").hash_algorithm() is None
