"""The role a signer claims, inside what they sign (CAdES ``signer-attributes-v2``, ETSI EN
319 122-1 5.2.6.1): a ceremony participant's signature says "I sign as crypto-officer" under
their own signature, so the role cannot be changed afterwards by renaming a file."""

from __future__ import annotations

from asn1crypto import cms, x509
from pyhanko.sign.ades.api import CAdESSignedAttrSpec, SignerAttrSpec
from pyhanko.sign.signers.pdf_cms import PdfCMSSignedAttributes

#: Roles are named by URN, a GeneralName every CMS reader can show.
_PREFIX = "urn:idtoolkit:role:"


def claimed_role_attributes(role: str) -> PdfCMSSignedAttributes:
    """Signed attributes that claim ``role`` for the signer."""
    claim = cms.AttCertAttribute(
        {
            "type": "role",
            "values": [
                cms.RoleSyntax(
                    {
                        "role_name": x509.GeneralName(
                            name="uniform_resource_identifier", value=_PREFIX + role
                        )
                    }
                )
            ],
        }
    )
    return PdfCMSSignedAttributes(
        cades_signed_attrs=CAdESSignedAttrSpec(
            signer_attributes=SignerAttrSpec(claimed_attrs=[claim], certified_attrs=[])
        )
    )


def claimed_roles(signed_data: cms.SignedData) -> list[str]:
    """The roles the (first) signer claims in its signed attributes; none when it claims none
    or the attribute cannot be read (it then proves nothing)."""
    roles: list[str] = []
    try:
        signer_info = signed_data["signer_infos"][0]
        for attribute in signer_info["signed_attrs"]:
            if attribute["type"].native != "signer_attributes_v2":
                continue
            for value in attribute["values"]:
                for claimed in value["claimed_attributes"] or []:
                    if claimed["type"].native != "role":
                        continue
                    for syntax in claimed["values"]:
                        name = syntax["role_name"].native
                        if isinstance(name, str) and name.startswith(_PREFIX):
                            roles.append(name[len(_PREFIX) :])
    except (ValueError, KeyError, TypeError, IndexError):
        return []
    return roles
