"""Right to left done right: in Arabic, every date, time, path, DN and serial the app shows
reads left to right (issue 24). A PKI whose DNs hold Arabic (``O=وزارة الرقمنة``) is shown in the
main window (CA tree, table, details of a revoked certificate, audit log) and the dialogs that
quote data (revoke, publish a CRL, new sub-CA); each piece of data on screen must sit inside a
left-to-right isolate (U+2066 … U+2069) or in a widget or cell laid out left to right. Without
that, the bidi algorithm shows ``UTC24:13 04-12-2026`` and a DN with its RDNs out of order."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextBrowser,
    QTextEdit,
    QWidget,
)

from gui import language
from gui.bidi import LRI, PDI, ltr, plain
from idtoolkit import api

from .conftest import run_job, settle, show_certificate

ARABIC_ORG = "وزارة الرقمنة"
ROOT_DN = f"CN=Root CA,O={ARABIC_ORG},C=MA"
ISSUING_DN = f"CN=Issuing CA 1,O={ARABIC_ORG},C=MA"
#: Data a user reads left to right: ISO dates and times, DNs, absolute paths, long hex.
DATA = re.compile(
    r"\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?"
    r"|\b(?:CN|O|OU|C|GN|SN|L|ST)=[^,\n<]+(?:,[A-Za-z]+=[^,\n<]+)*"
    r"|(?<![\w.])/(?:[\w.+-]+/)+[\w.+-]*"
    r"|\b[0-9a-fA-F]{16,}\b"
)
#: What a date-time editor shows, in ISO order (not "UTC24:13 04-12-2026").
ISO = re.compile(r"^\s*\d{4}-\d{2}-\d{2}")


@pytest.fixture
def arabic(qapp: QApplication) -> Iterator[None]:
    assert language.install(qapp, "ar") == "ar"
    yield
    language.install(qapp, "en")


def isolated_at(text: str, position: int) -> bool:
    """Whether ``position`` of ``text`` lies inside an LRI … PDI isolate."""
    before = text[:position]
    return before.count(LRI) > before.count(PDI)


def misplaced(text: str, left_to_right: bool, where: str) -> list[str]:
    """The data of ``text`` laid out right to left: neither isolated nor in an LTR widget."""
    if left_to_right:
        return []
    return [
        f"{where}: {m.group()!r} in {plain(text)!r}"
        for m in DATA.finditer(text)
        if not isolated_at(text, m.start())
    ]


def _cell_is_ltr(view: QAbstractItemView, index: QModelIndex) -> bool:
    option = QStyleOptionViewItem()
    option.direction = view.layoutDirection()
    delegate = view.itemDelegateForIndex(index)
    if isinstance(delegate, QStyledItemDelegate):
        delegate.initStyleOption(option, index)
    return option.direction == Qt.LayoutDirection.LeftToRight


def _columns(model, parent: QModelIndex) -> int:  # type: ignore[no-untyped-def]
    """A model's column count; a list model (QListWidget's) keeps ``columnCount`` private."""
    try:
        return int(model.columnCount(parent))
    except TypeError:
        return 1


def _model_cells(view: QAbstractItemView) -> Iterator[QModelIndex]:
    model = view.model()
    if model is None:
        return
    stack = [QModelIndex()]
    while stack:
        parent = stack.pop()
        for row in range(min(model.rowCount(parent), 50)):
            for column in range(_columns(model, parent)):
                index = model.index(row, column, parent)
                yield index
                if column == 0 and model.rowCount(index) > 0:
                    stack.append(index)


def data_laid_out_right_to_left(top: QWidget) -> list[str]:
    """Every piece of data ``top`` shows that the bidi algorithm would reorder."""
    found: list[str] = []
    name = type(top).__name__
    for widget in [top, *top.findChildren(QWidget)]:
        ltr_widget = widget.layoutDirection() == Qt.LayoutDirection.LeftToRight
        where = f"{name}/{type(widget).__name__}"
        if isinstance(widget, QDateTimeEdit) and not ISO.match(widget.lineEdit().text()):
            found.append(f"{where}: date editor shows {widget.lineEdit().text()!r}")
        if isinstance(widget, QLabel | QDateTimeEdit | QLineEdit):
            found += misplaced(widget.text(), ltr_widget, where)
        elif isinstance(widget, QTextBrowser | QTextEdit):
            found += misplaced(widget.toPlainText(), ltr_widget, where)
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                found += misplaced(widget.itemText(i), ltr_widget, where)
        elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            for index in _model_cells(widget):
                text = index.data(Qt.ItemDataRole.DisplayRole)
                if isinstance(text, str):
                    found += misplaced(text, _cell_is_ltr(widget, index), where)
    return found


@pytest.fixture
def arabic_pki(gui_ws: api.Workspace) -> api.Workspace:
    api.create_root(gui_ws, "root", ROOT_DN, "ec-p256")
    api.create_sub(gui_ws, "issuing", "root", ISSUING_DN, "ec-p256")
    lost = api.issue_with_new_key(
        gui_ws, "issuing", "citizen-auth", "CN=أمينة العلوي,GN=أمينة,SN=العلوي,C=MA", "ec-p256"
    )
    api.revoke(gui_ws, "issuing", lost.serial, "key-compromise")
    api.issue_with_new_key(
        gui_ws, "issuing", "tls-server", "CN=portal.gov.ma", "ec-p256", sans=["dns:portal.gov.ma"]
    )
    return gui_ws


def test_the_checker_sees_data_laid_out_right_to_left() -> None:
    assert misplaced(f"أُبطلت في 2026-12-04 13:25 UTC {ISSUING_DN}", False, "x") != []
    assert misplaced(f"أُبطلت في {ltr('2026-12-04 13:25 UTC')} {ltr(ISSUING_DN)}", False, "x") == []
    assert misplaced("/home/officer/issuing.crl", True, "x") == []  # an LTR widget
    assert misplaced("حُفظت في /home/officer/issuing.crl", False, "x") != []


def test_arabic_main_window_shows_data_left_to_right(  # type: ignore[no-untyped-def]
    qtbot, arabic, arabic_pki
) -> None:
    from gui.main_window import MainWindow

    window = MainWindow(arabic_pki)
    qtbot.addWidget(window)
    window.show()
    show_certificate(qtbot, window)
    revoked = next(
        c
        for c in api.page_certificates(arabic_pki, api.CertFilter(), 0, 10, False)
        if c.status == "revoked"
    )
    window._show_certificate(revoked.serial, "issuing")  # as a click on its row does
    qtbot.waitUntil(lambda: window.details.fields.topLevelItemCount() > 9, timeout=10_000)
    tree = window.details.fields
    items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    fields = {item.text(0): item.text(1) for item in items if item is not None}
    problems = data_laid_out_right_to_left(window)
    window.tabs.setCurrentWidget(window.audit)
    settle(qtbot, window, window.audit)
    problems += data_laid_out_right_to_left(window.audit)
    window.select_ca("issuing")
    settle(qtbot, window)
    problems += data_laid_out_right_to_left(window.details)
    assert not problems, "\n".join(problems)
    # The revocation reason is a word in Arabic, not the RFC 5280 name.
    assert "key-compromise" not in fields.values()


def test_arabic_dialogs_quote_data_left_to_right(qtbot, arabic, arabic_pki) -> None:  # type: ignore[no-untyped-def]
    from gui.dialogs.crl import CrlDialog
    from gui.dialogs.new_ca import SUB, NewCADialog
    from gui.dialogs.revoke import RevokeDialog
    from gui.dialogs.verify_signature import VerifySignatureDialog

    summary = api.page_certificates(arabic_pki, api.CertFilter(), 0, 10, False)[0]
    revoke = RevokeDialog(arabic_pki, "issuing", summary.serial, summary.subject)
    crl = CrlDialog(arabic_pki, "issuing")
    sub = NewCADialog(arabic_pki, SUB)
    verify = VerifySignatureDialog()
    problems: list[str] = []
    for dialog in (revoke, crl, sub, verify):
        qtbot.addWidget(dialog)
        dialog.show()
        settle(qtbot, dialog)
    crl.out.set_path(arabic_pki.directory / "issuing.crl")
    assert run_job(qtbot, crl), crl.error
    for dialog in (revoke, crl, sub, verify):
        problems += data_laid_out_right_to_left(dialog)
    assert not problems, "\n".join(problems)
    assert revoke.invalidity.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_french_details_say_status_reason_and_key_store_in_french(  # type: ignore[no-untyped-def]
    qtbot, qapp, arabic_pki
) -> None:
    """The rows the app adds to the details pane (revocation date and reason, key store) were
    English in every language: "Revoked on", "key-compromise", "software"."""
    from gui.main_window import MainWindow

    assert language.install(qapp, "fr") == "fr"
    try:
        window = MainWindow(arabic_pki)
        qtbot.addWidget(window)
        window.show()
        show_certificate(qtbot, window)
        revoked = next(
            c
            for c in api.page_certificates(arabic_pki, api.CertFilter(), 0, 10, False)
            if c.status == "revoked"
        )
        window._show_certificate(revoked.serial, "issuing")
        qtbot.waitUntil(lambda: window.details.fields.topLevelItemCount() > 9, timeout=10_000)
        tree = window.details.fields
        items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
        fields = {item.text(0): plain(item.text(1)) for item in items if item is not None}
        assert fields["Motif"] == "compromission de la clé" and "Révoqué le" in fields
        window.select_ca("root")
        qtbot.waitUntil(lambda: "Root CA" in window.details.title.text(), timeout=10_000)
        items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
        fields = {item.text(0): plain(item.text(1)) for item in items if item is not None}
        assert fields["Stockage de la clé"] == "logiciel"
    finally:
        language.install(qapp, "en")


def test_arabic_table_selects_rows_and_shows_where_a_dn_starts(  # type: ignore[no-untyped-def]
    qtbot, arabic, arabic_pki
) -> None:
    """Right to left, the subject column is the last one, on the left: it ran off the
    viewport's left edge, where a DN starts (``CN=`` hidden, the end shown); and a row selected
    from code (after a revoke, the same row again) left no current row, so the details pane
    went blank."""
    from gui.main_window import MainWindow
    from gui.models.cert_table import SUBJECT_COLUMN

    long_dn = (
        "CN=Fatima-Zahra Khadija Benali El Idrissi Alaoui Mrani,"
        "GN=Fatima-Zahra Khadija,SN=Benali El Idrissi Alaoui Mrani,serialNumber=IDCMA-0000042,C=MA"
    )
    api.issue_with_new_key(arabic_pki, "issuing", "citizen-auth", long_dn, "ec-p256")
    window = MainWindow(arabic_pki)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    show_certificate(qtbot, window)
    assert window.certificates.current_summary() is not None  # the row is the current one
    table = window.certificates.table
    model = table.model()
    row = next(r for r in range(model.rowCount()) if model.rows[r].subject == long_dn)
    table.selectRow(row)
    settle(qtbot, window)
    assert window.certificates.current_summary().subject == long_dn
    cell = table.visualRect(model.index(row, SUBJECT_COLUMN))
    assert cell.left() >= 0, f"the DN's start is {-cell.left()} px left of the viewport"
    assert cell.right() <= table.viewport().width()
