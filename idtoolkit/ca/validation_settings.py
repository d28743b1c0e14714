"""A CA's validation settings: how many CRL partitions its new certificates are spread over.

Changing the number later never moves a certificate: each keeps the partition its CRL
distribution point names (recorded with it at issuance), and that partition's CRL keeps being
published for as long as any certificate was issued into it.
"""

from __future__ import annotations

from dataclasses import dataclass

from idtoolkit import audit_chain
from idtoolkit.errors import InputError
from idtoolkit.store.cas import ca_by_name, ca_by_name_for_update
from idtoolkit.store.ocsp_responses import ResponseState, response_state
from idtoolkit.workspace import Workspace

#: Partitions of up to 100,000 entries each would cover a hundred million certificates.
MAX_CRL_PARTITIONS = 1000


def set_crl_partitions(ws: Workspace, ca_name: str, partitions: int) -> int:
    """Set the CRL partitions of certificates ``ca_name`` issues from now on (0: none);
    returns the previous setting."""
    if not 0 <= partitions <= MAX_CRL_PARTITIONS:
        raise InputError(
            "ca.bad_crl_partitions",
            "the number of CRL partitions must be between 0 and {maximum}, not {partitions}",
            maximum=MAX_CRL_PARTITIONS,
            partitions=partitions,
        )
    with ws.store.transaction() as session:
        ca = ca_by_name_for_update(session, ca_name)
        previous = ca.crl_partitions
        ca.crl_partitions = partitions
        audit_chain.append(
            session,
            "ca.crl_partitions_set",
            {"ca": ca_name, "partitions": partitions, "previous": previous},
        )
    return previous


@dataclass(frozen=True)
class ValidationState:
    """What the desktop app shows of a CA's validation side."""

    crl_partitions: int
    responses: ResponseState


def validation_state(ws: Workspace, ca_name: str) -> ValidationState:
    """The CA's CRL partition setting and its pre-signed OCSP responses (how many, oldest)."""
    with ws.store.reading() as session:
        ca = ca_by_name(session, ca_name)
        return ValidationState(ca.crl_partitions, response_state(session, ca.id))
