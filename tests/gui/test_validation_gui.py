"""The desktop app's validation settings (issue 29): a CA's CRL partitions, the state of its
pre-signed OCSP responses (how many, the oldest), signing what is due, and a publication
folder."""

from __future__ import annotations

import json
from pathlib import Path

from idtoolkit import api
from idtoolkit.api import validation

from .conftest import run_job, settle


def test_validation_settings_set_partitions_presign_and_publish(  # type: ignore[no-untyped-def]
    qtbot, window, gui_pki, tmp_path: Path
) -> None:
    ws = window.ws
    api.issue_with_new_key(ws, "issuing", "tls-client", "CN=gui,O=Lab,C=SN", "ec-p256")
    window.refresh()
    settle(qtbot, window)
    window.select_ca("issuing")
    dialog = window.open_validation()
    settle(qtbot, dialog)
    assert dialog.ca.currentData() == "issuing"
    assert "2 stored" in dialog.state.text() and "UTC" in dialog.state.text()
    dialog.partitions.setValue(3)
    dialog.folder.set_path(tmp_path / "www")
    assert run_job(qtbot, dialog)
    assert validation.validation_state(ws, "issuing").crl_partitions == 3
    assert "3 CRL partition(s)" in (dialog.confirmation or "")
    index = json.loads((tmp_path / "www" / "index.json").read_text())
    assert any(entry["path"] == "ca/issuing.crt" for entry in index["files"])
    settle(qtbot, dialog)
    assert dialog.partitions.value() == 3
    dialog.close()
