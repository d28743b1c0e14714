"""One PKI for every fuzz target of a module (building one per input would cost minutes):
a root, an issuing CA and a TSA credential in a SQLite workspace."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import func, select

from idtoolkit.store.models import AuditEvent, CertificateRecord
from idtoolkit.workspace import Workspace

from ..conftest import PASSPHRASE, build_two_tier


@dataclass
class FuzzPKI:
    ws: Workspace
    directory: Path

    def snapshot(self) -> tuple[int, int]:
        """What a refusal must leave unchanged: certificates and audit events."""
        with self.ws.store.reading() as session:
            certs = session.execute(select(func.count()).select_from(CertificateRecord)).scalar()
            events = session.execute(select(func.count()).select_from(AuditEvent)).scalar()
        return int(certs or 0), int(events or 0)


@pytest.fixture(scope="module")
def fuzz_pki(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FuzzPKI]:
    from idtoolkit.ca.service_credentials import create_service_credential

    directory = tmp_path_factory.mktemp("fuzz")
    ws = Workspace.init(directory / "ws", PASSPHRASE)
    build_two_tier(ws)
    create_service_credential(
        ws, "issuing", "tsa", "CN=Fuzz TSU,O=ID Toolkit Tests,C=SN", "ec-p256"
    )
    try:
        yield FuzzPKI(ws, directory)
    finally:
        ws.close()
