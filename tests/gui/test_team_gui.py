"""The team in the desktop app (issue 27): sign in with a PKCS#12 file, the operator and
roles in the status bar, actions the roles do not allow disabled with the reason, and a
pending request approved from the Approvals dialog."""

from __future__ import annotations

from pathlib import Path

import pytest

from gui import workers
from idtoolkit import api
from idtoolkit.api import operators as ops
from idtoolkit.errors import ApprovalPending
from tests.operator_fixtures import P12_PASSWORD, make_kit


def _settle(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not widget.loading, timeout=30_000)


def test_sign_in_roles_and_approvals(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ws = window.ws
    kits = {name: make_kit(name) for name in ("rita", "alice", "bob")}
    ops.add_operator(ws, "rita", ["ra-officer"], kits["rita"].der)
    ops.add_operator(ws, "alice", ["ca-admin"], kits["alice"].der)
    ops.add_operator(ws, "bob", ["ca-admin"], kits["bob"].der)
    window.refresh()
    _settle(qtbot, window)
    assert window.team.label.text() == "Not signed in"
    assert not window.act_new_root.isEnabled()
    assert "Sign in" in window.act_new_root.toolTip()

    (tmp_path / "rita.p12").write_bytes(kits["rita"].p12)
    dialog = window.team.open_sign_in()
    dialog.name.setText("rita")
    dialog.credential.setText(str(tmp_path / "rita.p12"))
    dialog.password.setText("wrong")
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.error is not None, timeout=30_000)
    assert "does not open" in dialog.error
    dialog.password.setText(P12_PASSWORD.decode())
    with qtbot.waitSignal(dialog.signed_in, timeout=30_000):
        dialog.accept()
    _settle(qtbot, window)
    assert window.team.label.text() == "Operator: rita (ra-officer)"
    assert window.act_issue_p12.isEnabled()
    assert not window.act_new_root.isEnabled()
    assert "ca-admin" in window.act_new_root.toolTip()

    # alice asks for a root CA; bob approves it in the dialog
    ops.sign_in_pkcs12(ws, "alice", kits["alice"].p12, P12_PASSWORD)
    with pytest.raises(ApprovalPending):
        api.create_root(ws, "root", "CN=Team Root,O=Ministry,C=SN", "ec-p256")
    ops.sign_in_pkcs12(ws, "bob", kits["bob"].p12, P12_PASSWORD)
    approvals = window.team.open_approvals()
    _settle(qtbot, approvals)
    assert approvals.requests.count() == 1
    assert '"name": "root"' in approvals.parameters.toPlainText()
    approvals.approve()
    qtbot.waitUntil(lambda: "executed" in approvals.status.text(), timeout=60_000)
    workers.wait_all(30_000)
    assert [c.name for c in api.list_cas(ws)] == ["root"]
    operators = window.team.open_operators()
    _settle(qtbot, operators)
    assert operators.list.count() == 3
    approvals.close()
    operators.close()
