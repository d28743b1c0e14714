"""An RFC 3161 time-stamping authority, signed by the workspace's ``tsa`` service credential.

The token is a CMS SignedData over a TSTInfo with the signed attributes RFC 3161 and RFC 5816
require (contentType id-ct-TSTInfo, messageDigest, ESS signingCertificateV2), so ``openssl ts
-verify``, pyHanko and Adobe accept it. Bad requests get a ``rejection`` status with the
failure bit RFC 3161 2.4.2 names, never a crash.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets

from asn1crypto import cms, core, tsp
from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives import serialization

from idtoolkit import oids
from idtoolkit.ca.service_credentials import ServiceSigner
from idtoolkit.keys.cms_algorithms import signature_algorithm

#: ETSI EN 319 421 best practices time-stamp policy (BTSP); a workspace may set its own later.
DEFAULT_POLICY = oids.ETSI_TSA_BEST_PRACTICES_POLICY.dotted_string
_ACCEPTED_HASHES = {"sha256": 32, "sha384": 48, "sha512": 64}


def rejection(failure: str, text: str) -> bytes:
    """A TimeStampResp with only its status (asn1crypto insists on a token, so the SEQUENCE
    around the PKIStatusInfo is written here)."""
    status: bytes = tsp.PKIStatusInfo(
        {"status": "rejection", "status_string": [text], "fail_info": tsp.PKIFailureInfo({failure})}
    ).dump()
    return b"\x30" + _der_length(len(status)) + status


def _der_length(length: int) -> bytes:
    if length < 0x80:
        return bytes([length])
    body = length.to_bytes((length.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(body)]) + body


class TimeStampAuthority:
    def __init__(self, credential: ServiceSigner, policy: str = DEFAULT_POLICY):
        self.credential = credential
        self.policy = policy
        self._cert_der = credential.certificate.public_bytes(serialization.Encoding.DER)
        self._asn1_cert = asn1_x509.Certificate.load(self._cert_der)
        hash_algorithm = credential.signer.hash_algorithm
        self._digest = hash_algorithm.name if hash_algorithm is not None else "sha512"

    @property
    def on_token(self) -> bool:
        return self.credential.signer.backend_name.startswith("pkcs11")

    def respond(self, request_der: bytes, now: dt.datetime | None = None) -> bytes:
        try:
            request = tsp.TimeStampReq.load(request_der, strict=True)
            request.native  # noqa: B018 (parse everything now, so bad input fails here)
        except Exception:  # asn1crypto raises AttributeError too, e.g. on a REAL where a field
            # of another type is expected: whatever the parser trips on, the data is bad
            return rejection("bad_data_format", "the request is not a DER TimeStampReq")
        if request["version"].native != "v1":
            return rejection("bad_request", "only version 1 requests are supported")
        imprint = request["message_imprint"]
        algorithm = imprint["hash_algorithm"]["algorithm"].native
        if algorithm not in _ACCEPTED_HASHES:
            return rejection(
                "bad_alg", f"hash algorithm {algorithm} is not accepted (use SHA-256/384/512)"
            )
        if len(imprint["hashed_message"].native) != _ACCEPTED_HASHES[algorithm]:
            return rejection("bad_data_format", "the message imprint has the wrong length")
        wanted = request["req_policy"].native
        if wanted is not None and wanted != self.policy:
            return rejection(
                "unaccepted_policy", f"this TSA issues under policy {self.policy} only"
            )
        return bytes(
            tsp.TimeStampResp(
                {
                    "status": {"status": "granted"},
                    "time_stamp_token": self._token(request, now or dt.datetime.now(dt.UTC)),
                }
            ).dump()
        )

    def _token(self, request: tsp.TimeStampReq, now: dt.datetime) -> cms.ContentInfo:
        info = {
            "version": "v1",
            "policy": self.policy,
            "message_imprint": request["message_imprint"],
            "serial_number": secrets.randbits(127) | 1,
            "gen_time": now.astimezone(dt.UTC).replace(microsecond=0),
            "accuracy": {"seconds": 1},
        }
        if request["nonce"].native is not None:
            info["nonce"] = request["nonce"].native
        tst_der = tsp.TSTInfo(info).dump()
        digest = hashlib.new(self._digest)
        digest.update(tst_der)
        signed_attrs = cms.CMSAttributes(
            [
                {"type": "content_type", "values": ["tst_info"]},
                {"type": "message_digest", "values": [digest.digest()]},
                {
                    "type": "signing_certificate_v2",
                    "values": [
                        {
                            "certs": [
                                {
                                    "hash_algorithm": {"algorithm": "sha256"},
                                    "cert_hash": hashlib.sha256(self._cert_der).digest(),
                                }
                            ]
                        }
                    ],
                },
            ]
        )
        signature = self.credential.signer.sign_bytes(signed_attrs.dump())
        signer_info = cms.SignerInfo(
            {
                "version": "v1",
                "sid": {
                    "issuer_and_serial_number": {
                        "issuer": self._asn1_cert.issuer,
                        "serial_number": self._asn1_cert.serial_number,
                    }
                },
                "digest_algorithm": {"algorithm": self._digest},
                "signed_attrs": signed_attrs,
                "signature_algorithm": signature_algorithm(self.credential.signer, self._digest),
                "signature": signature,
            }
        )
        certificates = [self._asn1_cert] if request["cert_req"].native else []
        signed_data = cms.SignedData(
            {
                "version": "v3",
                "digest_algorithms": [{"algorithm": self._digest}],
                "encap_content_info": {
                    "content_type": "tst_info",
                    "content": core.ParsableOctetString(tst_der),
                },
                **({"certificates": certificates} if certificates else {}),
                "signer_infos": [signer_info],
            }
        )
        return cms.ContentInfo({"content_type": "signed_data", "content": signed_data})
