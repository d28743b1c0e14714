"""How a signer's signatures are named in CMS (RFC 5652 SignerInfo.signatureAlgorithm).

One place for the TSA's tokens and for document signatures, so both always declare what the
key really does, RSASSA-PSS parameters included (salt = digest length, MGF1 with the same hash,
as :func:`idtoolkit.keys.spec.rsa_padding_for` signs).
"""

from __future__ import annotations

from asn1crypto import algos

from idtoolkit.keys.signer import Signer
from idtoolkit.keys.spec import KeyAlgorithm, SignatureScheme
from idtoolkit.oids import ML_DSA_44, ML_DSA_65, ML_DSA_87

_DIGEST_SIZES = {"sha256": 32, "sha384": 48, "sha512": 64}


def signature_algorithm(signer: Signer, digest: str) -> algos.SignedDigestAlgorithm:
    algorithm = signer.spec.algorithm
    if algorithm is KeyAlgorithm.EC:
        return algos.SignedDigestAlgorithm({"algorithm": f"{digest}_ecdsa"})
    if algorithm is KeyAlgorithm.RSA:
        if signer.scheme is SignatureScheme.PSS:
            return algos.SignedDigestAlgorithm(
                {
                    "algorithm": "rsassa_pss",
                    "parameters": algos.RSASSAPSSParams(
                        {
                            "hash_algorithm": {"algorithm": digest},
                            "mask_gen_algorithm": {
                                "algorithm": "mgf1",
                                "parameters": {"algorithm": digest},
                            },
                            "salt_length": _DIGEST_SIZES[digest],
                            "trailer_field": "trailer_field_bc",
                        }
                    ),
                }
            )
        return algos.SignedDigestAlgorithm({"algorithm": f"{digest}_rsa"})
    if algorithm is KeyAlgorithm.ML_DSA:  # RFC 9882: the ML-DSA OID, parameters absent
        dotted = {44: ML_DSA_44, 65: ML_DSA_65, 87: ML_DSA_87}[signer.spec.size].dotted_string
        return algos.SignedDigestAlgorithm({"algorithm": dotted})
    return algos.SignedDigestAlgorithm({"algorithm": algorithm.value})  # ed25519, ed448


def ocsp_signature_algorithm(signer: Signer, digest: str) -> algos.SignedDigestAlgorithm:
    """What :meth:`Signer.sign_ocsp_data` does: RSA keys sign OCSP answers with PKCS#1 v1.5
    (as cryptography's OCSP builder does for the single answers), other keys as usual."""
    if signer.spec.algorithm is KeyAlgorithm.RSA:
        return algos.SignedDigestAlgorithm({"algorithm": f"{digest}_rsa"})
    return signature_algorithm(signer, digest)
