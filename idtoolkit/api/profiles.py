"""Certificate profiles and key types: what a certificate may contain, how its key is made."""

from idtoolkit.ca.describe import ProfileText, describe_profile
from idtoolkit.keys.signer import SoftwareSigner
from idtoolkit.keys.spec import KEY_SPECS, SignatureScheme, key_spec, spec_of_public_key
from idtoolkit.profile_admin import add_profile
from idtoolkit.profiles.model import Profile

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
