"""Certificate profiles as validated data (TOML)."""

from idtoolkit.profiles.loader import load_profile_file, parse_profile
from idtoolkit.profiles.model import Profile
from idtoolkit.profiles.registry import ProfileRegistry

__all__ = ["Profile", "ProfileRegistry", "load_profile_file", "parse_profile"]
