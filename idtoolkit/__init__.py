"""ID Toolkit: a small CA engine with software and HSM keys, a CLI and a desktop app."""

import warnings

# The one place the version is written: pyproject.toml reads it from here.
__version__ = "0.1.0"

# cryptography 51 deprecates DSA, and pyHanko imports its DSA key type to recognise such keys:
# every command that signs or checks a PDF printed two lines of Python warning before its
# own output. We neither make nor accept DSA keys; the warning is for pyHanko's authors.
warnings.filterwarnings("ignore", message="DSA is deprecated", module="pyhanko")
