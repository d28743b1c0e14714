"""The certificate list: a search box (subject or serial), a status filter, and the lazy
table. Typing is debounced so a search runs once the officer pauses, not per keystroke."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelectionModel, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QResizeEvent
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
from gui.models.cert_table import SUBJECT_COLUMN, CertTableModel
from gui.models.cert_table import search_pool as search_pool  # where bench/ finds it
from idtoolkit import api

#: Serial, not after and subject: data, read left to right in any language.
LTR_COLUMNS = (0, 2, SUBJECT_COLUMN)
STATUS_FILTERS = (
    (None, QT_TRANSLATE_NOOP("CertificateView", "All statuses")),
    ("valid", QT_TRANSLATE_NOOP("CertificateView", "Valid")),
    ("expiring", QT_TRANSLATE_NOOP("CertificateView", "Expiring soon (30 days)")),
    ("expired", QT_TRANSLATE_NOOP("CertificateView", "Expired")),
    ("revoked", QT_TRANSLATE_NOOP("CertificateView", "Revoked")),
    ("on_hold", QT_TRANSLATE_NOOP("CertificateView", "On hold")),
    ("not_yet_valid", QT_TRANSLATE_NOOP("CertificateView", "Not yet valid")),
)
DEBOUNCE_MS = 250


class _Table(QTableView):
    """A table that says when it was resized (the subject column takes the room left)."""

    resized = Signal()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit()

    def selectRow(self, row: int) -> None:
        """Select ``row`` and make it the current one, in any layout direction.

        Qt's own selectRow picks the column under the row's visual start; right to left it
        looks one pixel past the viewport, finds none, and leaves no current index: in
        Arabic the row selected again after a revoke showed nothing in the details pane."""
        model = self.model()
        if model is None or not 0 <= row < model.rowCount():
            return
        column = next((c for c in range(model.columnCount()) if not self.isColumnHidden(c)), 0)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.selectionModel().setCurrentIndex(model.index(row, column), flags)


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
        # Refit the subject column once things settle (pages arrive, the window resizes); a
        # timer owned by this view dies with it, so no refit runs on a view being destroyed.
        self._fit = QTimer(self)
        self._fit.setSingleShot(True)
        self._fit.setInterval(0)
        self._fit.timeout.connect(self.fit_subject_column)
        self.table = _Table()
        self.table.resized.connect(self._fit.start)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self._ltr = LeftToRightDelegate(self.table)
        for column in LTR_COLUMNS:
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
        metrics = self.table.fontMetrics()
        # A 40-digit serial is long: show its start and end (ElideMiddle); the details pane
        # and the tooltip have it whole. The subject is what people read: never cut it.
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        serial_width = metrics.horizontalAdvance("0" * 22) + 16
        for column, width in ((0, serial_width), (1, 110), (2, 95), (3, 110)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(SUBJECT_COLUMN, QHeaderView.ResizeMode.Interactive)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.model.search_finished.connect(self._search_done)
        self.model.page_loaded.connect(self._search_done)
        self.model.modelReset.connect(self._fit.start)
        self.model.rowsInserted.connect(self._fit.start)
        self.apply_filter()

    def fit_subject_column(self) -> None:
        """Wide enough for the longest subject loaded (a page at a time, so cheap), and at
        least the room the other columns leave."""
        if self.model is None:
            return
        metrics = self.table.fontMetrics()
        longest = max(
            (metrics.horizontalAdvance(r.subject) for r in self.model.rows[:1000]), default=0
        )
        others = sum(self.table.columnWidth(c) for c in range(SUBJECT_COLUMN))
        room = self.table.viewport().width() - others
        if self.table.isRightToLeft():
            # Right to left the subject column is the last one, on the left: wider than the
            # room, it runs off the viewport's left edge, where a DN (left to right) starts.
            # It takes the room, a long DN elided in its middle (whole in the tooltip).
            self.table.setColumnWidth(SUBJECT_COLUMN, max(room, 200))
            return
        self.table.setColumnWidth(SUBJECT_COLUMN, max(longest + 24, room, 200))

    def set_ca(self, ca: str | None) -> None:
        self.ca = ca
        self.apply_filter()

    def current_filter(self) -> api.CertFilter:
        text = self.search.text().strip() or None
        return api.CertFilter(ca=self.ca, status=self.status.currentData(), text=text)

    def apply_filter(self) -> None:
        """Read the first page for the current search, and count the matches, off the UI
        thread."""
        self._debounce.stop()
        if self.model is None or self.ws is None:
            return
        f = self.current_filter()
        keep = self.current_summary()
        self._kept = keep
        # The same filter again (a refresh after a revoke, an export): as many rows as were
        # loaded, so the selected one is among them and is selected again when they are in.
        depth = len(self.model.rows) if f == self.model.filter else 0
        self.model.set_filter(f, at_least=depth)
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
        """A page or the full search's answer replaced the rows: select the same one again."""
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

    @property
    def loading(self) -> bool:
        return self.model is not None and self.model.loading

    def current_summary(self) -> api.CertSummary | None:
        index = self.table.currentIndex()
        if self.model is None or not index.isValid():
            return None
        return self.model.summary(index.row())


def count_pool() -> QThreadPool:
    """Counting a million rows must not queue behind (or ahead of) signing jobs or the
    search; it only reads, so it gets its own thread."""
    return workers.reader_pool("count")
