"""The issuing side of a CA: its certificate, URLs and unlocked signer, and the check that it
may sign CA certificates. CRLs, issuance, OCSP and CA creation all sign through here."""

from __future__ import annotations

from cryptography import x509

from idtoolkit.ca.builder import Issuer
from idtoolkit.ca.info import ca_certificate
from idtoolkit.errors import InputError, ProfileViolation
from idtoolkit.keys.signer import Signer
from idtoolkit.states import CAStatus
from idtoolkit.store.models import CARecord
from idtoolkit.workspace import Workspace


def issuer_and_signer(ws: Workspace, ca: CARecord) -> tuple[Issuer, Signer]:
    """The issuing side of a CA: its certificate, URLs and signer. It must be able to sign."""
    if ca.status == CAStatus.PENDING:
        raise InputError(
            "ca.awaiting_signed_certificate",
            "CA {name!r} has no certificate yet: import the signed one",
            name=ca.name,
        )
    if ca.status != CAStatus.ACTIVE or ca.key is None:
        raise InputError(
            "ca.cannot_sign_here",
            "CA {name!r} cannot sign here (status: {status}, no private key)",
            name=ca.name,
            status=ca.status,
        )
    cert = ca_certificate(ca)
    signer = ws.signer_for(ca.key)
    return Issuer(ca.name, cert, ca.base_url or ws.config.base_url, ca.crl_partitions), signer


def check_may_sign_ca(issuer: Issuer) -> None:
    constraints = issuer.certificate.extensions.get_extension_for_class(x509.BasicConstraints).value
    if constraints.path_length == 0:
        raise ProfileViolation(
            "ca.path_length_forbids_sub_ca",
            "CA {name!r} has pathLenConstraint 0: it may not sign CA certificates",
            name=issuer.name,
        )
