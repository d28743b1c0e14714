"""The certificate list: a search box (subject or serial), a status filter, and the lazy
table. Typing is debounced so a search runs once the officer pauses, not per keystroke."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui import workers
from gui.language import LeftToRightDelegate
from gui.models.cert_table import CertTableModel
from idtoolkit import api

STATUS_FILTERS = (
    (None, QT_TRANSLATE_NOOP("CertificateView", "All statuses")),
    ("valid", QT_TRANSLATE_NOOP("CertificateView", "Valid")),
    ("expiring", QT_TRANSLATE_NOOP("CertificateView", "Expiring soon (30 days)")),
    ("expired", QT_TRANSLATE_NOOP("CertificateView", "Expired")),
    ("revoked", QT_TRANSLATE_NOOP("CertificateView", "Revoked")),
    ("on_hold", QT_TRANSLATE_NOOP("CertificateView", "On hold")),
)
DEBOUNCE_MS = 250


class CertificateView(QWidget):
    selected = Signal(object)  # api.CertSummary | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws: api.Workspace | None = None
        self.ca: str | None = None
        self.model: CertTableModel | None = None
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search subject or serial…"))
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox()
        for value, label in STATUS_FILTERS:
            self.status.addItem(self.tr(str(label)), value)
        self.count = QLabel()
        self.count.setMinimumWidth(260)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.status)
        bar.addWidget(self.count)
        layout.addLayout(bar)
        self.table = QTableView()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self._ltr = LeftToRightDelegate(self.table)
        for column in (0, 1, 3):  # serial, subject, not after: data, read left to right
            self.table.setItemDelegateForColumn(column, self._ltr)
        layout.addWidget(self.table, 1)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._debounce.start)
        self.status.currentIndexChanged.connect(self.apply_filter)
        self._count_worker: workers.Worker | None = None
        self._kept: api.CertSummary | None = None

    def set_workspace(self, ws: api.Workspace) -> None:
        self.ws = ws
        self.model = CertTableModel.for_workspace(ws)
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        for column, width in ((0, 330), (2, 110), (3, 95), (4, 110)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.model.search_finished.connect(self._search_done)
        self.apply_filter()

    def set_ca(self, ca: str | None) -> None:
        self.ca = ca
        self.apply_filter()

    def current_filter(self) -> api.CertFilter:
        text = self.search.text().strip() or None
        return api.CertFilter(ca=self.ca, status=self.status.currentData(), text=text)

    def apply_filter(self) -> None:
        """Show the first page for the current search at once; count the matches in a worker."""
        self._debounce.stop()
        if self.model is None or self.ws is None:
            return
        f = self.current_filter()
        keep = self.current_summary()
        self._kept = keep
        self.model.set_filter(f)
        self._reselect(keep)
        self.count.setText(self.tr("counting…"))
        ws = self.ws
        if self._count_worker is not None:
            self._count_worker.cancel()
        worker = workers.start(
            lambda p: (f, api.count_certificates(ws, f)),
            self._counted,
            lambda _msg: self.count.setText(""),
            pool=count_pool(),
        )
        self._count_worker = worker

    def _reselect(self, keep: api.CertSummary | None) -> None:
        """After a change (revoke, export) or a full search, the same row stays selected."""
        assert self.model is not None
        row = next((i for i, r in enumerate(self.model.rows) if keep and r.id == keep.id), None)
        if row is not None:
            self.table.selectRow(row)
        else:
            self.selected.emit(None)

    def _search_done(self) -> None:
        self._reselect(self._kept)

    def _counted(self, result: tuple[api.CertFilter, int]) -> None:
        f, total = result
        if self.model is not None and f == self.model.filter:
            text = (
                self.tr("%n certificate(s) from CA %1", "", total).replace("%1", f.ca)
                if f.ca
                else self.tr("%n certificate(s), all CAs", "", total)
            )
            self.count.setText(text)

    def _row_changed(self) -> None:
        if self.model is None:
            return
        index = self.table.currentIndex()
        self.selected.emit(self.model.summary(index.row()) if index.isValid() else None)

    def current_summary(self) -> api.CertSummary | None:
        index = self.table.currentIndex()
        if self.model is None or not index.isValid():
            return None
        return self.model.summary(index.row())


_pools: dict[str, QThreadPool] = {}


def _reader_pool(name: str) -> QThreadPool:
    if name not in _pools:
        _pools[name] = QThreadPool()
        _pools[name].setMaxThreadCount(1)
    return _pools[name]


def count_pool() -> QThreadPool:
    """Counting a million rows must not queue behind (or ahead of) signing jobs or the
    search; it only reads, so it gets its own thread."""
    return _reader_pool("count")


def search_pool() -> QThreadPool:
    """The full "contains" search of the table: its own thread, never behind a count."""
    return _reader_pool("search")
