"""The CA hierarchy as a tree: roots at the top, sub-CAs under their issuer, with the key
store (software or the token's label) and status beside each name."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel

from gui.bidi import ltr
from idtoolkit import api

HEADERS = (
    QT_TRANSLATE_NOOP("CaTreeModel", "CA"),
    QT_TRANSLATE_NOOP("CaTreeModel", "Key store"),
    QT_TRANSLATE_NOOP("CaTreeModel", "Status"),
)
NAME_ROLE = Qt.ItemDataRole.UserRole + 1


def key_store_text(info: api.CAInfo) -> str:
    if info.key_store.startswith("pkcs11:token="):
        return QCoreApplication.translate("CaTreeModel", "token “%1”").replace(
            "%1", info.key_store.removeprefix("pkcs11:token=")
        )
    if info.key_store == "software":
        return QCoreApplication.translate("CaTreeModel", "software")
    return QCoreApplication.translate("CaTreeModel", "no key here")


def status_text(info: api.CAInfo) -> str:
    return {
        "active": QCoreApplication.translate("CaTreeModel", "active"),
        "pending": QCoreApplication.translate("CaTreeModel", "waiting for certificate"),
        "external": QCoreApplication.translate("CaTreeModel", "certificate only"),
        "expired": QCoreApplication.translate("CaTreeModel", "expired"),
    }.get(info.status, info.status)


class CaTreeModel(QStandardItemModel):
    def __init__(self) -> None:
        super().__init__()
        self.cas: list[api.CAInfo] = []
        self._set_headers()

    def _set_headers(self) -> None:
        self.setHorizontalHeaderLabels(
            [QCoreApplication.translate("CaTreeModel", str(h)) for h in HEADERS]
        )

    def load(self, cas: list[api.CAInfo]) -> None:
        self.clear()
        self._set_headers()
        self.cas = cas
        items: dict[str, QStandardItem] = {}
        remaining = list(cas)
        # Parents first; a CA whose parent is unknown here becomes a top-level item.
        while remaining:
            placed = False
            for info in list(remaining):
                if (
                    info.parent is None
                    or info.parent in items
                    or info.parent not in {c.name for c in cas}
                ):
                    parent_item = items.get(info.parent) if info.parent else None
                    row = self._row(info)
                    (parent_item or self.invisibleRootItem()).appendRow(row)
                    items[info.name] = row[0]
                    remaining.remove(info)
                    placed = True
            if not placed:  # a cycle cannot happen in the engine; never loop forever
                for info in remaining:
                    self.invisibleRootItem().appendRow(self._row(info))
                break

    def _row(self, info: api.CAInfo) -> list[QStandardItem]:
        name = QStandardItem(info.name)
        name.setData(info.name, NAME_ROLE)
        name.setToolTip(f"{ltr(info.subject)}\n{ltr(info.key_type or '-')}")
        store = QStandardItem(key_store_text(info))
        status = QStandardItem(status_text(info))
        if info.status != "active":
            for item in (name, store, status):
                item.setForeground(QBrush(QColor("#6b6b6b")))
        for item in (name, store, status):
            item.setEditable(False)
        return [name, store, status]

    def info(self, name: str) -> api.CAInfo | None:
        return next((c for c in self.cas if c.name == name), None)
