"""A bulk job's batch as it is written: the context every row and event of the job shares,
and the one way a batch is written, by the job's helper process
(:mod:`idtoolkit.ca.batch_recorder`) or by the job itself (:mod:`idtoolkit.ca.bulk_helper`).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field

from idtoolkit.acting import Acting, acting_as, current_acting
from idtoolkit.audit_chain import current_actor
from idtoolkit.ca.certificate_recording import CertificateEntry, record_certificates
from idtoolkit.store.db import Store


@dataclass(frozen=True)
class RecordingContext:
    """What every row and event of the job shares: where and as whom it is written."""

    url: str = field(repr=False)  # with the login's password, if it has one
    issuer_ca_id: int
    profile: str
    ca: str
    source: str
    #: The audit events' actor, and the operator's proof each event carries (if one acts).
    actor: str
    operator: dict[str, str] | None

    @staticmethod
    def here(url: str, issuer_ca_id: int, profile: str, ca: str, source: str) -> RecordingContext:
        """The context of a job run by this process, as whoever acts in it now."""
        acting = current_acting()
        return RecordingContext(
            url,
            issuer_ca_id,
            profile,
            ca,
            source,
            acting.operator if acting is not None else current_actor(),
            acting.as_detail() if acting is not None else None,
        )

    def encode(self) -> bytes:
        return json.dumps(asdict(self)).encode()

    @staticmethod
    def decode(data: bytes) -> RecordingContext:
        return RecordingContext(**json.loads(data))

    def acting(self) -> Acting | None:
        """The operator acting in the job, with their proof (None: nobody logged in)."""
        operator = self.operator
        if operator is None:
            return None
        return Acting(operator["name"], operator["challenge"], operator["signature"])


def write_batch(
    store: Store,
    context: RecordingContext,
    entries: Sequence[CertificateEntry],
    before_commit: Callable[[], None] | None = None,
) -> None:
    """One batch's rows and events in one transaction, as the job's operator: what the helper
    does with a batch, and the job itself without a helper or after it failed one.
    ``before_commit`` runs last inside the transaction (raising rolls the batch back)."""
    with acting_as(context.acting()), store.transaction() as session:
        record_certificates(
            session,
            entries,
            issuer_ca_id=context.issuer_ca_id,
            profile=context.profile,
            ca=context.ca,
            source=context.source,
            actor=context.actor,
        )
        if before_commit is not None:
            before_commit()
