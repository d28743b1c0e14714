"""Certificate revocation lists: sign one, read the latest, import and load others' CRLs."""

from idtoolkit.ca.crl import CRLInfo, latest_crl, make_crl
from idtoolkit.ca.external import import_crl, load_crl

__all__ = [
    "CRLInfo",
    "import_crl",
    "latest_crl",
    "load_crl",
    "make_crl",
]
