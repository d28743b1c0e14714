"""The desktop app's ACME page (issue 28): the endpoints serve offers, the accounts clients
registered and their orders, an endpoint added from a dialog (a bad input said in one line
under the form, nothing added) and removed from the page."""

from __future__ import annotations

import socket

from idtoolkit import api
from idtoolkit.api import acme
from idtoolkit.api.services import PKIServer
from tests.acme_client import Client

from .conftest import run_job, settle


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _rows(tree) -> list[list[str]]:  # type: ignore[no-untyped-def]
    from gui.bidi import plain

    return [
        [plain(tree.topLevelItem(i).text(c)) for c in range(tree.columnCount())]
        for i in range(tree.topLevelItemCount())
    ]


def test_the_page_lists_endpoints_accounts_and_orders(qtbot, window, gui_pki) -> None:  # type: ignore[no-untyped-def]
    ws = window.ws
    acme.add_endpoint(ws, "lab", "issuing", "tls-server", eab=False, allow_suffixes=[".lab.gov.sn"])
    acme.add_endpoint(ws, "partners", "issuing", "tls-server", eab=True)
    server = PKIServer(ws, "127.0.0.1", _free_port(), workers=1)
    server.start_in_thread()
    try:
        client = Client(f"{server.base}/acme/lab/directory")
        status, headers, _ = client.post(
            client.directory["newAccount"],
            {"termsOfServiceAgreed": True, "contact": ["mailto:dev@lab.gov.sn"]},
        )
        assert status == 201
        client.kid = headers["Location"]
        ordered = {"identifiers": [{"type": "dns", "value": "web.lab.gov.sn"}]}
        assert client.post(client.directory["newOrder"], ordered)[0] == 201
    finally:
        server.stop()
    window.refresh()
    settle(qtbot, window)
    page = window.acme
    assert window.tabs.indexOf(page) >= 0
    endpoints = _rows(page.endpoints)
    assert endpoints[0][:5] == ["lab", "issuing", "tls-server", ".lab.gov.sn", "no"]
    assert endpoints[0][5] == "/acme/lab/directory"
    assert endpoints[1][0] == "partners" and endpoints[1][4] == "yes"
    account = acme.list_accounts(ws)[0]
    assert _rows(page.accounts) == [
        ["lab", account.thumbprint, "mailto:dev@lab.gov.sn", "valid", _rows(page.accounts)[0][4]]
    ]
    assert "UTC" in _rows(page.accounts)[0][4]
    order = _rows(page.orders)[0]
    assert order[:3] == ["lab", "web.lab.gov.sn", "pending"]
    # data cells read left to right in an Arabic window: thumbprints and names are isolated
    assert page.accounts.itemDelegateForColumn(1) is not None


def test_the_dialog_adds_an_endpoint_and_says_what_is_wrong_in_one_line(  # type: ignore[no-untyped-def]
    qtbot, window, gui_pki
) -> None:
    ws = window.ws
    window.refresh()
    settle(qtbot, window)
    window.select_ca("issuing")  # the CA selected in the tree is the one offered
    settle(qtbot, window)
    dialog = window.open_acme_endpoint()
    settle(qtbot, dialog)
    assert dialog.ca.currentData() == "issuing" and dialog.profile.currentData() == "tls-server"

    assert not run_job(qtbot, dialog)  # no name
    assert dialog.hint.text() == dialog.error and dialog.error
    assert "\n" not in dialog.error

    dialog.name.setText("lab")
    dialog.suffixes.setText("https://lab.gov.sn/")
    assert not run_job(qtbot, dialog)  # the engine refuses: a suffix is a domain
    assert "https://lab.gov.sn/" in dialog.hint.text() and "\n" not in dialog.hint.text()
    assert acme.list_endpoints(ws) == []

    dialog.suffixes.setText(".lab.gov.sn, .test.gov.sn")
    dialog.eab.setChecked(True)
    dialog.http01_port.setValue(5002)
    dialog.resolve.setText("web.lab.gov.sn=127.0.0.1")
    assert run_job(qtbot, dialog)
    added = acme.get_endpoint(ws, "lab")
    assert added is not None and added.ca == "issuing" and added.profile == "tls-server"
    assert added.settings.allow_suffixes == (".lab.gov.sn", ".test.gov.sn")
    assert added.settings.eab and added.settings.http01_port == 5002
    assert dict(added.settings.resolve) == {"web.lab.gov.sn": "127.0.0.1"}
    assert "/acme/lab/directory" in (dialog.confirmation or "")
    dialog.close()
    settle(qtbot, window)
    assert [row[0] for row in _rows(window.acme.endpoints)] == ["lab"]


def test_remove_takes_the_endpoint_off_the_page(qtbot, window, gui_pki) -> None:  # type: ignore[no-untyped-def]
    ws = window.ws
    acme.add_endpoint(ws, "lab", "issuing", "tls-server")
    acme.add_endpoint(ws, "other", "issuing", "tls-server")
    window.refresh()
    settle(qtbot, window)
    page = window.acme
    assert not page.remove_button.isEnabled()  # nothing selected
    page.select_endpoint("lab")
    assert page.remove_button.isEnabled()
    worker = page.remove_selected()
    assert worker is not None
    qtbot.waitUntil(lambda: page.worker is None, timeout=30_000)
    settle(qtbot, page)
    assert [e.name for e in acme.list_endpoints(ws)] == ["other"]
    assert [row[0] for row in _rows(page.endpoints)] == ["other"]
    assert "lab" in page.status.text()
    assert any(e.action == "acme.endpoint_removed" for e in api.list_audit_events(ws, limit=1000))


def test_only_a_ca_administrator_may_change_endpoints(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """With operators, Add and Remove are greyed out with the reason the engine would give."""
    from idtoolkit.api import operators as ops
    from tests.operator_fixtures import P12_PASSWORD, make_kit

    ws = window.ws
    kits = {name: make_kit(name) for name in ("rita", "alice")}
    ops.add_operator(ws, "rita", ["ra-officer"], kits["rita"].der)
    ops.add_operator(ws, "alice", ["ca-admin"], kits["alice"].der)
    window.refresh()
    settle(qtbot, window)
    page = window.acme
    assert not page.add_button.isEnabled() and "Sign in" in page.add_button.toolTip()
    ops.sign_in_pkcs12(ws, "rita", kits["rita"].p12, P12_PASSWORD)
    window.refresh()
    settle(qtbot, window)
    assert not page.add_button.isEnabled() and "ca-admin" in page.add_button.toolTip()
    ops.sign_in_pkcs12(ws, "alice", kits["alice"].p12, P12_PASSWORD)
    window.refresh()
    settle(qtbot, window)
    assert page.add_button.isEnabled() and page.add_button.toolTip() == ""
