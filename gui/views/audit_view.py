"""The audit log view: events newest first and a "Verify chain" action that walks the whole
hash chain in a worker and says, in one line, whether it is intact."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui import workers
from gui.bidi import LeftToRightDelegate, ltr
from gui.models.audit import AuditModel
from idtoolkit import api

LTR_COLUMNS = (0, 1, 2, 4)


class AuditView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws: api.Workspace | None = None
        self.model: AuditModel | None = None
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.verify_button = QPushButton(self.tr("Verify chain"))
        self.verify_button.setToolTip(
            self.tr("Recompute every event's hash: finds altered, removed or truncated events")
        )
        self.verify_button.clicked.connect(self.verify)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.reload)
        self.result = QLabel(self.tr("Not verified yet in this session."))
        self.result.setWordWrap(True)
        bar.addWidget(self.verify_button)
        bar.addWidget(self.refresh_button)
        bar.addWidget(self.result, 1)
        layout.addLayout(bar)
        self.table = QTableView()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        layout.addWidget(self.table, 1)
        self.last_result: api.VerifyResult | None = None

    def set_workspace(self, ws: api.Workspace) -> None:
        self.ws = ws
        self.model = AuditModel.for_workspace(ws)
        self.table.setModel(self.model)
        # Sequence number, ISO time, actor and the event's data: left to right in any language.
        self._ltr = LeftToRightDelegate(self.table)
        for column in LTR_COLUMNS:
            self.table.setItemDelegateForColumn(column, self._ltr)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.reload()

    def reload(self) -> None:
        if self.model is not None:
            self.model.reload()

    @property
    def loading(self) -> bool:
        return self.model is not None and self.model.loading

    def verify(self) -> None:
        if self.ws is None:
            return
        ws = self.ws
        self.verify_button.setEnabled(False)
        self.result.setText(self.tr("Verifying…"))
        worker = workers.start(lambda _p: api.verify_audit(ws), self._verified, self._failed)
        worker.signals.finished.connect(lambda: self.verify_button.setEnabled(True))

    def _verified(self, result: api.VerifyResult) -> None:
        self.last_result = result
        if result.ok:
            self.result.setText(
                self.tr("Intact: %n event(s), head %1", "", result.events).replace(
                    "%1", ltr(result.head or "-")
                )
            )
            self.result.setStyleSheet("color: #1b5e20;")
        else:
            self.result.setText(self.tr("BROKEN: %1").replace("%1", result.problem or ""))
            self.result.setStyleSheet("color: #b00020; font-weight: bold;")

    def _failed(self, message: str) -> None:
        self.result.setText(message)
        self.result.setStyleSheet("color: #b00020;")
