"""Certificate profiles and key types: what a certificate may contain, how its key is made."""

from idtoolkit import profile_admin
from idtoolkit.authz.guard import guarded
from idtoolkit.ca.describe import ProfileText, describe_profile
from idtoolkit.keys.signer import SoftwareSigner
from idtoolkit.keys.spec import KEY_SPECS, SignatureScheme, key_spec, spec_of_public_key
from idtoolkit.profiles.model import Profile

# Writes pass the authorization guard (operators, roles, approvals: idtoolkit.authz).
add_profile = guarded("profile.change")(profile_admin.add_profile)

__all__ = [
    "KEY_SPECS",
    "Profile",
    "ProfileText",
    "SignatureScheme",
    "SoftwareSigner",
    "add_profile",
    "describe_profile",
    "key_spec",
    "spec_of_public_key",
]
