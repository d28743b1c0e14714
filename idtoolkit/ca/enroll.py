"""Token enrollment: the subject's key is generated on their PKCS#11 token (a citizen's
smart card; SoftHSM2 in labs), the certificate is issued for it and written back to the
token beside the key, under the same CKA_ID and label, as middleware (OpenSC, browsers,
pyHanko) expects to find them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import pkcs11
from cryptography.hazmat.primitives import serialization
from pkcs11 import Attribute, CertificateType, ObjectClass

from idtoolkit import sentence_parts as parts
from idtoolkit.ca.builder import Request, check_key_type, check_names
from idtoolkit.ca.inputs import parse_san
from idtoolkit.ca.issuance import IssuedCertificate, issue_request
from idtoolkit.ca.names import common_name, parse_subject
from idtoolkit.errors import KeyStoreError
from idtoolkit.hsm.keys import PKCS11Backend
from idtoolkit.hsm.module import default_module_path
from idtoolkit.keys.spec import SignatureScheme, key_spec
from idtoolkit.workspace import Workspace


@dataclass(frozen=True)
class EnrolledCredential:
    issued: IssuedCertificate
    token: str
    key_label: str
    key_id: str


def enroll_on_token(
    ws: Workspace,
    token: str,
    ca: str,
    profile: str,
    subject: str,
    *,
    key: str = "ec-p256",
    sans: Iterable[str] = (),
    days: int | None = None,
    module: str | None = None,
) -> EnrolledCredential:
    prof = ws.profiles.get(profile)
    spec = key_spec(key)
    check_key_type(prof, spec)
    subject_name = parse_subject(subject)
    san_names = tuple(parse_san(s) for s in sans)
    check_names(prof, subject_name, san_names)  # refuse before touching the card
    backend = PKCS11Backend(default_module_path(module or ws.config.pkcs11_module), token, ws.pin)
    label = common_name(subject_name) or "credential"
    record, signer = backend.generate(spec, SignatureScheme.PKCS1V15, label)
    try:
        issued, _ = issue_request(
            ws,
            ca,
            prof,
            Request(subject_name, signer.public_key(), spec, san_names, days, key_on_qscd=True),
            source="token enrollment",
            context={"token": token},
        )
    except BaseException:
        backend.discard(record)  # no key left on the card for a certificate never issued
        raise
    assert record.token_key_id is not None
    key_id = bytes.fromhex(record.token_key_id)
    cert = issued.certificate

    def write(session: pkcs11.Session) -> None:
        session.create_object(
            {
                Attribute.CLASS: ObjectClass.CERTIFICATE,
                Attribute.CERTIFICATE_TYPE: CertificateType.X_509,
                Attribute.TOKEN: True,
                Attribute.PRIVATE: False,
                Attribute.LABEL: label,
                Attribute.ID: key_id,
                Attribute.SUBJECT: cert.subject.public_bytes(),
                Attribute.ISSUER: cert.issuer.public_bytes(),
                Attribute.SERIAL_NUMBER: _der_integer(cert.serial_number),
                Attribute.VALUE: cert.public_bytes(serialization.Encoding.DER),
            }
        )

    try:
        backend.session.run(parts.STORE_CERTIFICATE, write)
    except KeyStoreError as exc:
        raise KeyStoreError(
            "enroll.certificate_not_written",
            "certificate {serial} was issued but could not be written to token {token!r}: {exc}; export it and load it with pkcs11-tool",
            serial=issued.serial,
            token=token,
            exc=exc,
        ) from None
    return EnrolledCredential(issued, token, label, record.token_key_id)


def _der_integer(value: int) -> bytes:
    from asn1crypto import core

    return bytes(core.Integer(value).dump())


__all__ = ["EnrolledCredential", "enroll_on_token"]
