"""The validation tier: pre-signed OCSP responses (sign what is due, their state) for
responders that hold no key. ``from idtoolkit.api import validation`` where it is used."""

from idtoolkit.authz.guard import guarded
from idtoolkit.ca.crl import crl_partitions
from idtoolkit.ca.ocsp_presign import RESPONSE_VALIDITY, PresignResult
from idtoolkit.ca.ocsp_presign import presign as _presign
from idtoolkit.ca.validation_settings import MAX_CRL_PARTITIONS, ValidationState, validation_state
from idtoolkit.ca.validation_settings import set_crl_partitions as _set_crl_partitions
from idtoolkit.services.publication import Publication, publish
from idtoolkit.store.cas import ca_by_name
from idtoolkit.store.ocsp_responses import ResponseState
from idtoolkit.store.ocsp_responses import response_state as _state
from idtoolkit.workspace import Workspace

presign = guarded("ocsp.presign")(_presign)
set_crl_partitions = guarded("ca.update")(_set_crl_partitions)


def response_state(ws: Workspace, ca_name: str | None = None) -> ResponseState:
    """How many pre-signed responses the store holds (of ``ca_name``), the oldest's
    thisUpdate and the soonest nextUpdate."""
    with ws.store.reading() as session:
        ca_id = ca_by_name(session, ca_name).id if ca_name is not None else None
        return _state(session, ca_id)


__all__ = [
    "MAX_CRL_PARTITIONS",
    "RESPONSE_VALIDITY",
    "PresignResult",
    "Publication",
    "ResponseState",
    "ValidationState",
    "crl_partitions",
    "presign",
    "publish",
    "response_state",
    "set_crl_partitions",
    "validation_state",
]
