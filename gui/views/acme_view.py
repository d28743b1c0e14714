"""The ACME tab: the endpoints ``serve`` offers certbot, lego or Caddy (CA, profile, allowed
names, whether External Account Binding is required), the accounts clients registered and
the latest orders; an endpoint is added or removed from here.

For the officer who lets e-service developers get TLS certificates on their own: what is
allowed, who registered and what they asked for, in one place. Everything is read and
changed through :mod:`idtoolkit.api.acme`; the engine decides who may change it (the CA
administrators), the page only greys out what it would refuse.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui import workers
from gui.bidi import LeftToRightDelegate, ltr
from idtoolkit import api
from idtoolkit.api import acme

#: Columns of each list that hold only data (names, URLs, thumbprints, times): laid out left
#: to right (elided at their end) in an Arabic window; each cell's data is also isolated.
ENDPOINT_DATA_COLUMNS = (0, 1, 2, 5)
ACCOUNT_DATA_COLUMNS = (0, 1, 2, 4)
ORDER_DATA_COLUMNS = (0, 1, 3, 4)


@dataclass(frozen=True)
class AcmeState:
    endpoints: list[acme.Endpoint]
    accounts: list[acme.AccountInfo]
    orders: list[acme.OrderInfo]


def read_state(ws: api.Workspace) -> AcmeState:
    return AcmeState(acme.list_endpoints(ws), acme.list_accounts(ws), acme.recent_orders(ws))


def _time(value: object) -> str:
    return f"{value:%Y-%m-%d %H:%M} UTC"


class AcmeView(QWidget):
    """Three lists (endpoints, accounts, recent orders) and the buttons that change the first."""

    #: the officer asked for the add-endpoint dialog (the window opens it)
    add_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws: api.Workspace | None = None
        self.state = AcmeState([], [], [])
        #: why the signed-in operator may not change endpoints (None: they may)
        self.disabled_reason: Callable[[], str | None] = lambda: None
        self._read = workers.LatestRead(self)
        self.worker: workers.Worker | None = None
        self._ltr = LeftToRightDelegate(self)

        self.add_button = QPushButton(self.tr("&Add endpoint…"))
        self.add_button.clicked.connect(self.add_requested.emit)
        self.remove_button = QPushButton(self.tr("Re&move endpoint"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.status = QLabel(
            self.tr(
                "Clients such as certbot, lego or Caddy get certificates from %1 of idtoolkit serve."
            ).replace("%1", ltr("/acme/NAME/directory"))
        )
        self.status.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self.add_button)
        bar.addWidget(self.remove_button)
        bar.addWidget(self.status, 1)

        self.endpoints = self._list(
            [
                self.tr("Name"),
                self.tr("CA"),
                self.tr("Profile"),
                self.tr("Allowed names"),
                self.tr("EAB required"),
                self.tr("Directory"),
            ],
            ENDPOINT_DATA_COLUMNS,
        )
        self.endpoints.currentItemChanged.connect(lambda *_a: self._enable())
        self.accounts = self._list(
            [
                self.tr("Endpoint"),
                self.tr("Key thumbprint"),
                self.tr("Contact"),
                self.tr("Status"),
                self.tr("Created"),
            ],
            ACCOUNT_DATA_COLUMNS,
        )
        self.orders = self._list(
            [
                self.tr("Endpoint"),
                self.tr("Names"),
                self.tr("Status"),
                self.tr("Certificate"),
                self.tr("Time"),
            ],
            ORDER_DATA_COLUMNS,
        )
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self._titled(self.tr("Endpoints"), self.endpoints))
        split.addWidget(self._titled(self.tr("Accounts"), self.accounts))
        split.addWidget(self._titled(self.tr("Recent orders"), self.orders))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        self._enable()

    def _list(self, headers: list[str], data_columns: tuple[int, ...]) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setHeaderLabels(headers)
        tree.setRootIsDecorated(False)
        tree.setUniformRowHeights(True)
        tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in data_columns:
            tree.setItemDelegateForColumn(column, self._ltr)
        return tree

    @staticmethod
    def _titled(title: str, widget: QWidget) -> QWidget:
        box = QWidget()
        inner = QVBoxLayout(box)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(QLabel(f"<b>{title}</b>"))
        inner.addWidget(widget, 1)
        return box

    @property
    def loading(self) -> bool:
        return self._read.pending or self.worker is not None

    def set_workspace(self, ws: api.Workspace) -> None:
        self.ws = ws
        self.reload()

    def reload(self) -> None:
        ws = self.ws
        if ws is None:
            return
        self._read.start(lambda: read_state(ws), self._show, self.status.setText)

    def _show(self, state: AcmeState) -> None:
        chosen = self.selected_endpoint()
        self.state = state
        self.endpoints.clear()
        yes, no = self.tr("yes"), self.tr("no")
        for endpoint in state.endpoints:
            settings = endpoint.settings
            allowed = ltr(", ".join(settings.allow_suffixes)) or self.tr("any name")
            if settings.allow_ip:
                allowed += ", " + self.tr("IP addresses")
            item = QTreeWidgetItem(
                [
                    ltr(endpoint.name),
                    ltr(endpoint.ca),
                    ltr(endpoint.profile),
                    allowed,
                    yes if settings.eab else no,
                    ltr(f"/acme/{endpoint.name}/directory"),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, endpoint.name)
            self.endpoints.addTopLevelItem(item)
            if endpoint.name == chosen:
                self.endpoints.setCurrentItem(item)
        self.accounts.clear()
        for account in state.accounts:
            self.accounts.addTopLevelItem(
                QTreeWidgetItem(
                    [
                        ltr(account.endpoint),
                        ltr(account.thumbprint),
                        ltr(", ".join(account.contact)) if account.contact else "",
                        self._status(account.status),
                        ltr(_time(account.created_at)),
                    ]
                )
            )
        self.orders.clear()
        for order in state.orders:
            self.orders.addTopLevelItem(
                QTreeWidgetItem(
                    [
                        ltr(order.endpoint),
                        ltr(", ".join(order.names)),
                        self._status(order.status),
                        ltr(order.certificate_serial) if order.certificate_serial else "",
                        ltr(_time(order.created_at)),
                    ]
                )
            )
        self._enable()

    def _status(self, status: str) -> str:
        """RFC 8555 states, in the app's language."""
        words = {
            "valid": self.tr("valid"),
            "pending": self.tr("pending"),
            "ready": self.tr("ready"),
            "processing": self.tr("processing"),
            "invalid": self.tr("invalid"),
            "deactivated": self.tr("deactivated"),
            "revoked": self.tr("revoked"),
        }
        return words.get(status, status)

    def selected_endpoint(self) -> str | None:
        item = self.endpoints.currentItem()
        if item is None:
            return None
        return str(item.data(0, Qt.ItemDataRole.UserRole))

    def select_endpoint(self, name: str) -> None:
        for i in range(self.endpoints.topLevelItemCount()):
            item = self.endpoints.topLevelItem(i)
            if item is not None and item.data(0, Qt.ItemDataRole.UserRole) == name:
                self.endpoints.setCurrentItem(item)

    def _enable(self) -> None:
        reason = self.disabled_reason() if self.ws is not None else None
        allowed = self.ws is not None and reason is None and self.worker is None
        self.add_button.setEnabled(allowed)
        self.remove_button.setEnabled(allowed and self.selected_endpoint() is not None)
        for button in (self.add_button, self.remove_button):
            button.setToolTip(reason or "")

    def update_roles(self) -> None:
        """The operator signed in or out: what they may change is enabled again."""
        self._enable()

    def remove_selected(self) -> workers.Worker | None:
        """Remove the selected endpoint: clients stop getting certificates from it at once;
        its accounts and orders stay listed (the audit log names them)."""
        name = self.selected_endpoint()
        ws = self.ws
        if name is None or ws is None:
            return None
        self.remove_button.setEnabled(False)
        self.add_button.setEnabled(False)

        def done(_result: object) -> None:
            self.worker = None
            self.status.setText(self.tr("Endpoint %1 removed.").replace("%1", ltr(name)))
            self.reload()

        def failed(message: str) -> None:
            self.worker = None
            self.status.setText(message)
            self._enable()

        self.worker = workers.start(lambda _p: acme.remove_endpoint(ws, name), done, failed)
        return self.worker
