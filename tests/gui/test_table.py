"""The certificate table reads the store a page at a time, filters by text and status, and
colours revoked, expired and expiring rows."""

from __future__ import annotations

from PySide6.QtCore import Qt

from bench.synthetic import insert_synthetic_certificates
from gui.bidi import plain
from gui.models.cert_table import STATUS_COLOURS, CertTableModel
from idtoolkit import api

from .conftest import settle, show_certificate


def test_the_model_loads_one_page_then_more_on_scroll(qtbot, gui_pki) -> None:  # type: ignore[no-untyped-def]
    ws = gui_pki.ws
    api.issue_with_new_key(ws, "issuing", "citizen-auth", "CN=Seed,GN=Seed,SN=Row,C=SN", "ec-p256")
    insert_synthetic_certificates(ws, "issuing", 450)
    model = CertTableModel.for_workspace(ws, page_size=200)
    model.set_filter(api.CertFilter(ca="issuing"))
    settle(qtbot, model)  # pages are read off the UI thread
    assert model.rowCount() == 200 and model.pages_fetched == 1
    assert model.canFetchMore()
    model.fetchMore()
    model.fetchMore()  # ignored: the previous page is still on its way
    settle(qtbot, model)
    model.fetchMore()
    settle(qtbot, model)
    assert model.rowCount() == 451 and not model.canFetchMore()
    assert len({r.serial for r in model.rows}) == 451


def test_search_and_status_filters(qtbot, gui_pki) -> None:  # type: ignore[no-untyped-def]
    ws = gui_pki.ws
    api.issue_with_new_key(ws, "issuing", "citizen-auth", "CN=Seed,GN=Seed,SN=Row,C=SN", "ec-p256")
    insert_synthetic_certificates(ws, "issuing", 300)
    model = CertTableModel.for_workspace(ws)
    quick = CertTableModel.for_workspace(ws)._fetch  # the index-only answer shown first
    model.set_filter(api.CertFilter(text="0000123"))
    assert model.searching
    settle(qtbot, model)  # the quick answer, then the full search, both off the UI thread
    assert quick(api.CertFilter(text="0000123"), 0, 200, True) == []  # no CN=0000123…
    assert [r.subject.split(",")[0] for r in model.rows] == ["CN=Ibrahima Diop 0000123"]
    serial = model.rows[0].serial
    model.set_filter(api.CertFilter(text=serial[:12]))
    assert [r.serial for r in quick(model.filter, 0, 200, True)] == [serial]  # serial index
    settle(qtbot, model)
    assert [r.serial for r in model.rows] == [serial]
    model.set_filter(api.CertFilter(text="Ibrahima"))
    first = quick(model.filter, 0, 200, True)
    assert first and all("CN=Ibrahima" in r.subject for r in first)
    settle(qtbot, model)
    assert model.rows and all("Ibrahima" in r.subject for r in model.rows)
    model.set_filter(api.CertFilter(status="revoked"))
    settle(qtbot, model)
    assert model.rows and all(model.status(i) == "revoked" for i in range(model.rowCount()))
    model.set_filter(api.CertFilter(status="expired"))
    settle(qtbot, model)
    assert model.rows and all(model.status(i) == "expired" for i in range(model.rowCount()))


def test_rows_are_coloured_by_status(qtbot, gui_pki) -> None:  # type: ignore[no-untyped-def]
    ws = gui_pki.ws
    api.issue_with_new_key(ws, "issuing", "citizen-auth", "CN=Seed,GN=Seed,SN=Row,C=SN", "ec-p256")
    insert_synthetic_certificates(ws, "issuing", 200)
    model = CertTableModel.for_workspace(ws, page_size=500)
    model.set_filter(api.CertFilter(ca="issuing"))
    settle(qtbot, model)
    seen = set()
    for row in range(model.rowCount()):
        status = model.status(row)
        brush = model.data(model.index(row, 1), Qt.ItemDataRole.BackgroundRole)
        if status in STATUS_COLOURS:
            assert brush.color() == STATUS_COLOURS[status]
        else:
            assert brush is None
        seen.add(status)
    assert {"valid", "revoked", "expired", "expiring"} <= seen
    texts = {model.data(model.index(r, 1)) for r in range(model.rowCount())}
    assert "expiring soon" in texts


def test_the_window_filters_by_the_selected_ca_and_the_search_box(qtbot, window, gui_ws) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import build_two_tier

    build_two_tier(gui_ws)
    api.issue_with_new_key(
        gui_ws, "issuing", "citizen-auth", "CN=Amina Diallo,GN=Amina,SN=Diallo,C=SN", "ec-p256"
    )
    window.refresh()
    settle(qtbot, window)
    assert window.certificates.model.rowCount() == 3  # no CA selected: every certificate
    window.select_ca("issuing")
    settle(qtbot, window)
    assert window.certificates.model.rowCount() == 1
    window.certificates.search.setText("nobody like this")
    qtbot.waitUntil(lambda: window.certificates.model.rowCount() == 0, timeout=3000)  # debounced
    qtbot.waitUntil(lambda: "0 certificates" in window.certificates.count.text(), timeout=5000)


def test_details_pane_shows_extensions_in_words_chain_pem_and_asn1(qtbot, window, gui_ws) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import build_two_tier

    build_two_tier(gui_ws)
    api.issue_with_new_key(gui_ws, "issuing", "tls-server", "CN=portal.example.sn", "ec-p256")
    show_certificate(qtbot, window)
    d = window.details
    fields = {
        d.fields.topLevelItem(i).text(0): d.fields.topLevelItem(i).text(1)
        for i in range(d.fields.topLevelItemCount())
    }
    assert fields["Subject"] == "CN=portal.example.sn"
    assert fields["Status"] == "valid"
    meanings = [
        d.extensions.topLevelItem(i).text(1) for i in range(d.extensions.topLevelItemCount())
    ]
    assert "TLS server" in meanings
    assert "not a CA (end entity)" in meanings
    # the DN is isolated left to right (gui.bidi), so it reads in RDN order in any language
    assert plain(d.chain.topLevelItem(0).text(0)) == "CN=Test Root CA,O=ID Toolkit Tests,C=SN"
    assert d.pem.toPlainText().startswith("-----BEGIN CERTIFICATE-----")
    assert "OBJECT IDENTIFIER 2.5.29.17 (subjectAltName)" in d.asn1.toPlainText()
