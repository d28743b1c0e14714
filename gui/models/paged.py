"""The plumbing every paged table of the window shares: rows read a page at a time off the UI
thread (:class:`gui.workers.LatestRead`), Qt's ``canFetchMore``/``fetchMore`` asking for the
next page as the officer scrolls, and translated column titles.

A table says only what is its own: its columns (with the ``tr`` context lupdate saw them in),
how to read the page after the rows it has (:meth:`PagedTableModel.next_page`), and what a cell
shows (``data``). The rows shown stay until the new page arrives.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import ClassVar, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from gui import workers

Row = TypeVar("Row")
PageReader = Callable[[], list[Row]]


class PagedTableModel(QAbstractTableModel, Generic[Row]):
    #: The ``tr`` context the column titles were marked in (``QT_TRANSLATE_NOOP``).
    context: ClassVar[str]
    columns: ClassVar[Sequence[object]]

    def __init__(self, page_size: int) -> None:
        super().__init__()
        self.page_size = page_size
        self.rows: list[Row] = []
        self.pages_fetched = 0
        self._exhausted = True
        self._pages = workers.LatestRead(self)

    def next_page(self) -> PageReader[Row] | None:
        """A reader for the page after the rows shown (run off the UI thread), or None when
        there is none to ask for."""
        raise NotImplementedError

    # --- loading ----------------------------------------------------------------------------
    def replace_rows(self, page: list[Row]) -> None:
        """Show ``page`` instead of every row shown (a new first page)."""
        self.beginResetModel()
        self.rows = []
        self.forget_rows()
        self.append_rows(page)
        self._exhausted = len(page) < self.page_size
        self.endResetModel()

    def forget_rows(self) -> None:
        """Hook: drop what a table keeps beside its rows, before a reset."""

    def append_rows(self, page: list[Row]) -> None:
        """Hook: add a page's rows (a table may keep more per row than the row itself)."""
        self.rows.extend(page)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and not self._pages.pending

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        """Read the next page off the UI thread; the rows are added when it arrives."""
        if parent.isValid() or self._exhausted or self._pages.pending:
            return
        reader = self.next_page()
        if reader is not None:
            self._pages.start(reader, self._more)

    def _more(self, page: list[Row]) -> None:
        self.pages_fetched += 1
        self._exhausted = len(page) < self.page_size
        if not page:
            return
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self.append_rows(page)
        self.endInsertRows()

    # --- reading ----------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.context, str(self.columns[section]))
        return None
