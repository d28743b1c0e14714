"""The audit trail, newest first, fetched a page at a time like the certificate table (off
the UI thread, the rows shown stay until the new page arrives)."""

from __future__ import annotations

import json
from collections.abc import Callable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from idtoolkit import api

COLUMNS = (
    QT_TRANSLATE_NOOP("AuditModel", "#"),
    QT_TRANSLATE_NOOP("AuditModel", "Time (UTC)"),
    QT_TRANSLATE_NOOP("AuditModel", "Who"),
    QT_TRANSLATE_NOOP("AuditModel", "Action"),
    QT_TRANSLATE_NOOP("AuditModel", "Details"),
)
PAGE = 200
AuditFetcher = Callable[[int | None, int], list[api.AuditEntry]]


def details_text(details: str) -> str:
    """The event's JSON as ``key: value`` pairs, shortest first, for one table cell."""
    try:
        data = json.loads(details)
    except ValueError:
        return details
    if not isinstance(data, dict):
        return str(data)
    parts = [f"{k}: {v}" for k, v in data.items() if v not in (None, [], "")]
    return ", ".join(sorted(parts, key=len))


class AuditModel(QAbstractTableModel):
    def __init__(self, fetch: AuditFetcher) -> None:
        super().__init__()
        from gui import workers

        self._fetch = fetch
        self.rows: list[api.AuditEntry] = []
        self._exhausted = True
        self._pages = workers.LatestRead(self)

    @staticmethod
    def for_workspace(ws: api.Workspace) -> AuditModel:
        return AuditModel(lambda before, n: api.list_audit_events(ws, before, n))

    @property
    def loading(self) -> bool:
        return self._pages.pending

    def reload(self) -> None:
        fetch = self._fetch
        self._pages.start(lambda: fetch(None, PAGE), self._first)

    def _first(self, rows: list[api.AuditEntry]) -> None:
        self.beginResetModel()
        self.rows = rows
        self._exhausted = len(rows) < PAGE
        self.endResetModel()

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and not self._pages.pending

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted or not self.rows or self._pages.pending:
            return
        fetch, before = self._fetch, self.rows[-1].seq
        self._pages.start(lambda: fetch(before, PAGE), self._more)

    def _more(self, page: list[api.AuditEntry]) -> None:
        self._exhausted = len(page) < PAGE
        if page:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("AuditModel", str(COLUMNS[section]))
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid():
            return None
        e = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                str(e.seq),
                f"{e.at:%Y-%m-%d %H:%M:%S}",
                e.actor,
                e.action,
                details_text(e.details),
            )[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{e.details}\nhash {e.hash}"
        return None
