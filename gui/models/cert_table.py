"""The certificate table: a lazy Qt model over the store.

Rows arrive a page at a time through keyset paging (:func:`idtoolkit.api.page_certificates`):
opening a workspace with a million certificates reads one page, and scrolling asks for the
next through ``canFetchMore``/``fetchMore``. Every page is read off the UI thread (a slow
database server must not freeze the window); the rows shown stay until the new page arrives.
The total is never needed to paint; the window asks for it separately.

A text search answers twice: first from the indexes (subjects starting with ``CN=<text>``,
serials starting with it), then with every subject *containing* the text, which reads the
whole table on its own thread; the rows are replaced when it arrives.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from idtoolkit import api

PAGE = 200
EXPIRING_DAYS = 30

#: The subject is last: it is the long text people read, so it takes whatever room is left
#: and is never cut (a horizontal scroll bar appears instead).
COLUMNS = (
    QT_TRANSLATE_NOOP("CertTableModel", "Serial"),
    QT_TRANSLATE_NOOP("CertTableModel", "Status"),
    QT_TRANSLATE_NOOP("CertTableModel", "Not after"),
    QT_TRANSLATE_NOOP("CertTableModel", "Profile"),
    QT_TRANSLATE_NOOP("CertTableModel", "Subject"),
)
SUBJECT_COLUMN = 4
STATUS_TEXT = {
    "valid": QT_TRANSLATE_NOOP("CertTableModel", "valid"),
    "expiring": QT_TRANSLATE_NOOP("CertTableModel", "expiring soon"),
    "expired": QT_TRANSLATE_NOOP("CertTableModel", "expired"),
    "revoked": QT_TRANSLATE_NOOP("CertTableModel", "revoked"),
    "on_hold": QT_TRANSLATE_NOOP("CertTableModel", "on hold"),
}
#: Background colours chosen to stay readable with the default dark text.
STATUS_COLOURS = {
    "revoked": QColor("#f8d7da"),
    "on_hold": QColor("#fde2c8"),
    "expired": QColor("#e2e3e5"),
    "expiring": QColor("#fff3cd"),
}

PageFetcher = Callable[[api.CertFilter, int, int, bool], list[api.CertSummary]]


def display_status(summary: api.CertSummary, now: dt.datetime | None = None) -> str:
    """The store's status, with "expiring" for valid certificates near their end."""
    now = now or dt.datetime.now(dt.UTC)
    if summary.status == "valid" and summary.not_after < now + dt.timedelta(days=EXPIRING_DAYS):
        return "expiring"
    return summary.status


class CertTableModel(QAbstractTableModel):
    search_finished = Signal()  # the full ("contains") answer replaced the quick one
    page_loaded = Signal()  # the first page of a new filter is in

    def __init__(self, fetch: PageFetcher, page_size: int = PAGE) -> None:
        super().__init__()
        from gui import workers

        self._fetch = fetch
        self.page_size = page_size
        self.filter = api.CertFilter()
        self.rows: list[api.CertSummary] = []
        self._status: list[str] = []
        self._exhausted = True
        self._now = dt.datetime.now(dt.UTC)
        self.pages_fetched = 0
        self.searching = False
        self._search_worker: object = None
        self._pages = workers.LatestRead(self)

    @staticmethod
    def for_workspace(ws: api.Workspace, page_size: int = PAGE) -> CertTableModel:
        return CertTableModel(
            lambda f, after, n, prefix: api.page_certificates(ws, f, after, n, prefix), page_size
        )

    @property
    def reading_page(self) -> bool:
        """A page (the first of a filter, or the next one) is being read."""
        return self._pages.pending

    @property
    def loading(self) -> bool:
        """A page (or the full search's answer) is being read."""
        return self._pages.pending or self.searching

    # --- loading ----------------------------------------------------------------------------
    def set_filter(self, f: api.CertFilter) -> None:
        """Start over with a new filter: reads the first page only, off the UI thread."""
        self.filter = f
        self._exhausted = True  # until the first page says otherwise
        self.searching = bool(f.text and f.text.strip())
        fetch, size, quick = self._fetch, self.page_size, self.searching
        self._pages.start(lambda: fetch(f, 0, size, quick), lambda page: self._first(f, page))
        if self.searching:
            self._start_full_search(f)

    def _first(self, f: api.CertFilter, page: list[api.CertSummary]) -> None:
        if f != self.filter or (f.text and f.text.strip() and not self.searching):
            return  # a newer filter, or the full search's answer is already shown
        self.beginResetModel()
        self.rows, self._status = [], []
        self._now = dt.datetime.now(dt.UTC)
        self._append(page)
        self.pages_fetched = 1
        self._exhausted = self.searching or len(page) < self.page_size
        self.endResetModel()
        self.page_loaded.emit()

    def _start_full_search(self, f: api.CertFilter) -> None:
        from gui import workers
        from gui.views.certificates import search_pool

        fetch, size = self._fetch, self.page_size

        def job(_p: workers.Progress) -> tuple[api.CertFilter, list[api.CertSummary]]:
            return f, fetch(f, 0, size, False)

        self._search_worker = workers.start(
            job, self._full_answer, lambda _m: None, pool=search_pool()
        )

    def _full_answer(self, result: tuple[api.CertFilter, list[api.CertSummary]]) -> None:
        f, page = result
        if f != self.filter:
            return  # the officer typed on; a newer search is running
        self._pages.drop()  # the quick answer, if still on its way, is not needed
        self.beginResetModel()
        self.rows, self._status = [], []
        self._now = dt.datetime.now(dt.UTC)
        self._append(page)
        self.pages_fetched += 1
        self._exhausted = len(page) < self.page_size
        self.searching = False
        self.endResetModel()
        self.search_finished.emit()

    def _append(self, page: list[api.CertSummary]) -> None:
        self.rows.extend(page)
        self._status.extend(display_status(s, self._now) for s in page)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and not self._pages.pending

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        """Read the next page off the UI thread; the rows are added when it arrives."""
        if parent.isValid() or self._exhausted or self._pages.pending:
            return
        f, after, size, fetch = self.filter, self.rows[-1].id if self.rows else 0, self.page_size, self._fetch
        self._pages.start(lambda: fetch(f, after, size, False), self._more)

    def _more(self, page: list[api.CertSummary]) -> None:
        self.pages_fetched += 1
        self._exhausted = len(page) < self.page_size
        if not page:
            return
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._append(page)
        self.endInsertRows()

    # --- reading ----------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("CertTableModel", str(COLUMNS[section]))
        return None

    def summary(self, row: int) -> api.CertSummary:
        return self.rows[row]

    def status(self, row: int) -> str:
        return self._status[row]

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        s = self.rows[row]
        status = self._status[row]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return s.serial
            if column == 1:
                return QCoreApplication.translate(
                    "CertTableModel", str(STATUS_TEXT.get(status, status))
                )
            if column == 2:
                return f"{s.not_after:%Y-%m-%d}"
            if column == 3:
                return s.profile
            return s.subject
        if role == Qt.ItemDataRole.BackgroundRole and status in STATUS_COLOURS:
            return QBrush(STATUS_COLOURS[status])
        if role == Qt.ItemDataRole.ForegroundRole and status in STATUS_COLOURS:
            return QBrush(QColor("#202124"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{s.subject}\n{s.ca or '-'} · {s.key_type} · {s.not_before:%Y-%m-%d} → {s.not_after:%Y-%m-%d}"
        if role == Qt.ItemDataRole.UserRole:
            return s
        return None
