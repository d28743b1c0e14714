"""Certificate revocation lists: sign one, re-sign those due, read the latest, import and load
others' CRLs."""

from idtoolkit.ca.crl import CRLInfo, latest_crl, make_crl
from idtoolkit.ca.external import import_crl, load_crl
from idtoolkit.services.crl_publisher import publish_due as publish_due_crls

__all__ = [
    "CRLInfo",
    "import_crl",
    "latest_crl",
    "load_crl",
    "make_crl",
    "publish_due_crls",
]
