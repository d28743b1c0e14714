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
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from gui import workers
from gui.bidi import ltr
from gui.models.paged import PagedTableModel, PageReader
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
    "not_yet_valid": QT_TRANSLATE_NOOP("CertTableModel", "not yet valid"),
}
#: Background colours chosen to stay readable with the default dark text.
STATUS_COLOURS = {
    "revoked": QColor("#f8d7da"),
    "on_hold": QColor("#fde2c8"),
    "expired": QColor("#e2e3e5"),
    "expiring": QColor("#fff3cd"),
    "not_yet_valid": QColor("#e2e3e5"),
}

PageFetcher = Callable[[api.CertFilter, int, int, bool], list[api.CertSummary]]


def display_status(summary: api.CertSummary, now: dt.datetime | None = None) -> str:
    """The store's status, with "expiring" for valid certificates near their end."""
    now = now or dt.datetime.now(dt.UTC)
    if summary.status == "valid" and summary.not_after < now + dt.timedelta(days=EXPIRING_DAYS):
        return "expiring"
    return summary.status


def search_pool() -> QThreadPool:
    """The full "contains" search of the table: its own thread, never behind a count."""
    return workers.reader_pool("search")


class CertTableModel(PagedTableModel[api.CertSummary]):
    search_finished = Signal()  # the full ("contains") answer replaced the quick one
    page_loaded = Signal()  # the first page of a new filter is in
    context = "CertTableModel"
    columns = COLUMNS

    def __init__(self, fetch: PageFetcher, page_size: int = PAGE) -> None:
        super().__init__(page_size)
        self._fetch = fetch
        self.filter = api.CertFilter()
        self._status: list[str] = []
        self._now = dt.datetime.now(dt.UTC)
        self.searching = False
        self._search_worker: object = None

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
    def set_filter(self, f: api.CertFilter, at_least: int = 0) -> None:
        """Start over with a new filter: reads the first page only, off the UI thread.
        ``at_least``: read that many rows at once (a refresh after a change keeps the rows the
        officer had scrolled to, and so the one selected among them)."""
        self.filter = f
        self._exhausted = True  # until the first page says otherwise
        self.searching = bool(f.text and f.text.strip())
        fetch, size, quick = self._fetch, max(self.page_size, at_least), self.searching
        self._pages.start(lambda: fetch(f, 0, size, quick), lambda page: self._first(f, page, size))
        if self.searching:
            self._start_full_search(f)

    def _first(self, f: api.CertFilter, page: list[api.CertSummary], size: int) -> None:
        if f != self.filter or (f.text and f.text.strip() and not self.searching):
            return  # a newer filter, or the full search's answer is already shown
        self.replace_rows(page)
        self.pages_fetched = 1
        self._exhausted = self.searching or len(page) < size
        self.page_loaded.emit()

    def _start_full_search(self, f: api.CertFilter) -> None:
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
        self.searching = False
        self.replace_rows(page)
        self.pages_fetched += 1
        self.search_finished.emit()

    def forget_rows(self) -> None:
        self._status = []
        self._now = dt.datetime.now(dt.UTC)

    def append_rows(self, page: list[api.CertSummary]) -> None:
        self.rows.extend(page)
        self._status.extend(display_status(s, self._now) for s in page)

    def next_page(self) -> PageReader[api.CertSummary]:
        f, size, fetch = self.filter, self.page_size, self._fetch
        after = self.rows[-1].id if self.rows else 0
        return lambda: fetch(f, after, size, False)

    # --- reading ----------------------------------------------------------------------------
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
            dates = ltr(f"{s.not_before:%Y-%m-%d} → {s.not_after:%Y-%m-%d}")
            return f"{ltr(s.subject)}\n{ltr(s.ca or '-')} · {ltr(s.key_type)} · {dates}"
        if role == Qt.ItemDataRole.UserRole:
            return s
        return None
