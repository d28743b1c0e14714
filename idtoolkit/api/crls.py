"""Certificate revocation lists: sign one, re-sign those due, read the latest, import and load
others' CRLs."""

from idtoolkit.authz.guard import guarded
from idtoolkit.ca import crl, external
from idtoolkit.ca.crl import CRLInfo, latest_crl
from idtoolkit.ca.external import load_crl
from idtoolkit.services import crl_publisher

# Writes pass the authorization guard (operators, roles, approvals: idtoolkit.authz).
make_crl = guarded("crl.publish")(crl.make_crl)
publish_due_crls = guarded("crl.publish")(crl_publisher.publish_due)
import_crl = guarded("crl.import")(external.import_crl)

__all__ = [
    "CRLInfo",
    "import_crl",
    "latest_crl",
    "load_crl",
    "make_crl",
    "publish_due_crls",
]
