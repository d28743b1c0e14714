"""Tokens of the workspace's PKCS#11 module: their state, mechanisms and keys.

Listing tokens and mechanisms needs no PIN; listing keys logs in (the PIN is asked through
the app's secret broker). Everything runs in a worker: a slow smart card never blocks.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui import workers
from idtoolkit import api


class TokenView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws: api.Workspace | None = None
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.refresh_button = QPushButton(self.tr("Look for tokens"))
        self.refresh_button.clicked.connect(self.refresh)
        self.keys_button = QPushButton(self.tr("Show keys (asks the PIN)"))
        self.keys_button.clicked.connect(self.show_keys)
        self.state = QLabel(
            self.tr("Press “Look for tokens” to list the tokens of the PKCS#11 module.")
        )
        self.state.setWordWrap(True)
        bar.addWidget(self.refresh_button)
        bar.addWidget(self.keys_button)
        bar.addWidget(self.state, 1)
        layout.addLayout(bar)
        split = QSplitter()
        self.tokens = QTreeWidget()
        self.tokens.setHeaderLabels([self.tr("Token"), self.tr("Model"), self.tr("PIN")])
        self.tokens.setRootIsDecorated(False)
        self.tokens.currentItemChanged.connect(self._token_selected)
        self.mechanisms = QListWidget()
        self.keys = QTreeWidget()
        self.keys.setHeaderLabels(
            [
                self.tr("Key"),
                self.tr("ID"),
                self.tr("Class"),
                self.tr("Type"),
                self.tr("Extractable"),
            ]
        )
        self.keys.setRootIsDecorated(False)
        right = QSplitter()
        right.addWidget(self._titled(self.tr("Mechanisms"), self.mechanisms))
        right.addWidget(self._titled(self.tr("Keys"), self.keys))
        split.addWidget(self._titled(self.tr("Tokens"), self.tokens))
        split.addWidget(right)
        split.setSizes([300, 600])
        layout.addWidget(split, 1)
        self.token_list: list[object] = []

    @staticmethod
    def _titled(title: str, widget: QWidget) -> QWidget:
        box = QWidget()
        inner = QVBoxLayout(box)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(QLabel(f"<b>{title}</b>"))
        inner.addWidget(widget, 1)
        return box

    def set_workspace(self, ws: api.Workspace) -> None:
        self.ws = ws
        self.tokens.clear()
        self.mechanisms.clear()
        self.keys.clear()

    def selected_label(self) -> str | None:
        item = self.tokens.currentItem()
        return item.text(0) if item else None

    def refresh(self) -> None:
        if self.ws is None:
            return
        ws = self.ws
        self.state.setText(self.tr("Looking for tokens…"))
        workers.start(lambda _p: api.list_workspace_tokens(ws), self._tokens_loaded, self._failed)

    def _tokens_loaded(self, tokens: list) -> None:  # type: ignore[type-arg]
        self.token_list = list(tokens)
        self.tokens.clear()
        for t in tokens:
            self.tokens.addTopLevelItem(
                QTreeWidgetItem([t.label, f"{t.manufacturer} {t.model}".strip(), t.pin_state])
            )
        self.state.setText(self.tr("%n token(s)", "", len(tokens)))
        first = self.tokens.topLevelItem(0)
        if first is not None:
            self.tokens.setCurrentItem(first)

    def _token_selected(self) -> None:
        label = self.selected_label()
        self.mechanisms.clear()
        self.keys.clear()
        if label is None or self.ws is None:
            return
        ws = self.ws
        workers.start(
            lambda _p: api.list_token_mechanisms(ws, label), self._mechanisms_loaded, self._failed
        )

    def _mechanisms_loaded(self, names: list[str]) -> None:
        self.mechanisms.clear()
        self.mechanisms.addItems(names)

    def show_keys(self) -> None:
        label = self.selected_label()
        if label is None or self.ws is None:
            self.state.setText(self.tr("Select a token first."))
            return
        ws = self.ws
        workers.start(lambda _p: api.list_token_keys(ws, label), self._keys_loaded, self._failed)

    def _keys_loaded(self, keys: list) -> None:  # type: ignore[type-arg]
        self.keys.clear()
        for k in keys:
            extractable = (
                "-"
                if k.extractable is None
                else (self.tr("yes") if k.extractable else self.tr("no"))
            )
            size = f" {k.size}" if k.size else ""
            self.keys.addTopLevelItem(
                QTreeWidgetItem([k.label, k.key_id, k.kind, f"{k.key_type}{size}", extractable])
            )

    def _failed(self, message: str) -> None:
        self.state.setText(message)
