"""The audit trail, newest first, fetched a page at a time like the certificate table (off
the UI thread, the rows shown stay until the new page arrives)."""

from __future__ import annotations

import json
from collections.abc import Callable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from gui.bidi import ltr
from gui.models.paged import PagedTableModel, PageReader
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


class AuditModel(PagedTableModel[api.AuditEntry]):
    context = "AuditModel"
    columns = COLUMNS

    def __init__(self, fetch: AuditFetcher) -> None:
        super().__init__(PAGE)
        self._fetch = fetch

    @staticmethod
    def for_workspace(ws: api.Workspace) -> AuditModel:
        return AuditModel(lambda before, n: api.list_audit_events(ws, before, n))

    @property
    def loading(self) -> bool:
        return self._pages.pending

    def reload(self) -> None:
        fetch = self._fetch
        self._pages.start(lambda: fetch(None, PAGE), self.replace_rows)

    def next_page(self) -> PageReader[api.AuditEntry] | None:
        if not self.rows:
            return None
        fetch, before = self._fetch, self.rows[-1].seq
        return lambda: fetch(before, PAGE)

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
            return f"{ltr(e.details)}\n" + QCoreApplication.translate(
                "AuditModel", "hash %1"
            ).replace("%1", ltr(e.hash))
        return None
