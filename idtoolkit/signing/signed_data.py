"""Reading what a CMS SignedData carries: its certificates and its time-stamp token."""

from __future__ import annotations

from asn1crypto import cms
from cryptography import x509

from idtoolkit.ca.inputs import touch_certificate


def certificates_of(signed_data: cms.SignedData) -> list[x509.Certificate]:
    """The certificates it carries that can be read. The set is unsigned, so anyone may add
    to it: one that does not parse (version 5, an unknown curve) cannot be in a valid path,
    and is left out rather than stopping the verification."""
    found = []
    for choice in signed_data["certificates"] or []:
        if choice.name != "certificate":
            continue
        try:
            found.append(touch_certificate(x509.load_der_x509_certificate(choice.chosen.dump())))
        except Exception:  # every lazily raised parse error, whatever cryptography calls it
            continue
    return found


def timestamp_tokens(signed_data: cms.SignedData) -> list[cms.SignedData]:
    tokens = []
    for signer_info in signed_data["signer_infos"]:
        for attribute in signer_info["unsigned_attrs"] or []:
            if attribute["type"].native == "signature_time_stamp_token":
                tokens += [value["content"] for value in attribute["values"]]
    return tokens


def signer_certificate(signed_data: cms.SignedData) -> x509.Certificate | None:
    """The certificate of the (first) signer, matched by issuer and serial or key id."""
    sid = signed_data["signer_infos"][0]["sid"]
    for cert in certificates_of(signed_data):
        if sid.name == "issuer_and_serial_number":
            wanted = sid.chosen
            if (
                cert.serial_number == wanted["serial_number"].native
                and cert.issuer.public_bytes() == wanted["issuer"].dump()
            ):
                return cert
        else:
            try:
                ski = cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value
            except x509.ExtensionNotFound:
                continue
            if ski.digest == sid.chosen.native:
                return cert
    return None


def timestamp_signer_certificates(signed_data: cms.SignedData) -> list[x509.Certificate]:
    """The TSA certificates that signed the signature's time-stamp tokens."""
    found = [signer_certificate(token) for token in timestamp_tokens(signed_data)]
    return [c for c in found if c is not None]


def all_certificates(signed_data: cms.SignedData) -> list[x509.Certificate]:
    """The certificates of the signature and of its time-stamp tokens (the TSA's chain)."""
    found = certificates_of(signed_data)
    for token in timestamp_tokens(signed_data):
        found += [c for c in certificates_of(token) if c not in found]
    return found
