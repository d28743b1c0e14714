"""Where the engine's passphrase and PIN requests meet the user.

The engine asks for the workspace passphrase when a software key is first used and for a
token PIN at the first login, possibly from a worker thread. :class:`SecretBroker` answers on
any thread: PINs typed in a wizard are kept in memory for this run only (so the same token is
not asked twice); otherwise it shows a dialog on the UI thread, blocking the worker meanwhile.
Nothing is ever written to disk, logs or argv.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from gui.dialogs.secrets import PassphraseDialog, PinDialog
from idtoolkit import api
from idtoolkit.errors import KeyStoreError, PassphraseError


class SecretBroker(QObject):
    _ask = Signal(str, str)  # kind ("passphrase" | "pin"), token label

    def __init__(self, parent_widget: QWidget | None = None) -> None:
        super().__init__()
        self.parent_widget = parent_widget
        self._pins: dict[str, bytes] = {}
        self._answer: bytes | None = None
        #: Tests replace this to answer without a dialog: (kind, label) -> secret or None.
        self.ask_user: Callable[[str, str], bytes | None] = self._dialog
        self._ask.connect(self._ask_on_ui_thread, Qt.ConnectionType.BlockingQueuedConnection)

    def attach(self, ws: api.Workspace) -> None:
        ws.set_passphrase_provider(self.passphrase)
        ws.set_pin_provider(self.pin)

    def remember_pin(self, token_label: str, pin: bytes) -> None:
        """A PIN typed in a wizard: used for that token for the rest of this run."""
        self._pins[token_label] = pin

    def forget(self) -> None:
        self._pins.clear()

    # --- called by the engine, on any thread -------------------------------------------------
    def passphrase(self) -> bytes:
        answer = self._request("passphrase", "")
        if not answer:
            raise PassphraseError(
                "passphrase.not_given",
                QCoreApplication.translate(
                    "SecretBroker", "the workspace passphrase is needed to use a software CA key"
                ),
            )
        return answer

    def pin(self, token_label: str) -> bytes:
        if token_label in self._pins:
            return self._pins[token_label]
        answer = self._request("pin", token_label)
        if not answer:
            raise KeyStoreError(
                "token.pin_not_given",
                QCoreApplication.translate(
                    "SecretBroker", "the PIN of token “%1” is needed and was not given"
                ).replace("%1", token_label),
            )
        self._pins[token_label] = answer
        return answer

    def _request(self, kind: str, label: str) -> bytes | None:
        app = QApplication.instance()
        if app is None or QThread.currentThread() is app.thread():
            return self.ask_user(kind, label)
        self._answer = None
        self._ask.emit(kind, label)  # blocks this worker until the UI thread answered
        answer, self._answer = self._answer, None
        return answer

    @Slot(str, str)
    def _ask_on_ui_thread(self, kind: str, label: str) -> None:
        self._answer = self.ask_user(kind, label)

    def _dialog(self, kind: str, label: str) -> bytes | None:
        dialog: PassphraseDialog | PinDialog = (
            PassphraseDialog(self.parent_widget)
            if kind == "passphrase"
            else PinDialog(label, self.parent_widget)
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.secret()
