"""Running the CA as a team in the desktop app (issue 27): signing in as an operator with a
PKCS#12 file, the operator and roles always in the status bar, actions the operator may not
take disabled with the reason, an Approvals dialog and an Operators dialog.

The engine enforces every rule (:mod:`idtoolkit.authz`); the window only shows them, so an
officer sees before clicking what the engine would refuse.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui import workers
from gui.language import ltr
from idtoolkit import api
from idtoolkit.api import inputs as named
from idtoolkit.api import operators as ops


@dataclass(frozen=True)
class TeamState:
    """What the window knows of the team: whether the workspace has operators, who is
    signed in and with which roles."""

    has_operators: bool = False
    operator: str | None = None
    roles: tuple[str, ...] = ()


def _read_state(ws: api.Workspace) -> TeamState:
    operators = ops.list_operators(ws)
    name = ops.signed_in_operator(ws)
    roles: tuple[str, ...] = ()
    for info in operators:
        if info.name == name:
            roles = info.roles
    return TeamState(bool(operators), name, roles)


class TeamPanel(QObject):
    """The status-bar label, the Team menu's actions, and the reason an action is disabled."""

    changed = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.ws: api.Workspace | None = None
        self.state = TeamState()
        self.label = QLabel()
        self._read = workers.LatestRead(self)
        self.act_sign_in = QAction(self.tr("Sign in as &operator…"), window)
        self.act_sign_in.triggered.connect(self.open_sign_in)
        self.act_approvals = QAction(self.tr("&Approvals…"), window)
        self.act_approvals.triggered.connect(self.open_approvals)
        self.act_operators = QAction(self.tr("O&perators…"), window)
        self.act_operators.triggered.connect(self.open_operators)
        self._show()

    @property
    def loading(self) -> bool:
        return self._read.pending

    def set_workspace(self, ws: api.Workspace) -> None:
        self.ws = ws
        self.refresh()

    def refresh(self) -> None:
        ws = self.ws
        if ws is None:
            return
        self._read.start(lambda: _read_state(ws), self._landed)

    def _landed(self, state: TeamState) -> None:
        self.state = state
        self._show()
        self.changed.emit()

    def _show(self) -> None:
        has_ws = self.ws is not None
        for action in (self.act_sign_in, self.act_approvals, self.act_operators):
            action.setEnabled(has_ws)
        if not self.state.has_operators:
            self.label.setText("")
        elif self.state.operator is None:
            self.label.setText(self.tr("Not signed in"))
        else:
            self.label.setText(
                self.tr("Operator: %1 (%2)")
                .replace("%1", self.state.operator)
                .replace("%2", ", ".join(self.state.roles))
            )

    def disabled_reason(self, action: str) -> str | None:
        """Why the signed-in operator may not take ``action`` (None: they may, or the
        workspace has no operators)."""
        if not self.state.has_operators:
            return None
        rule = ops.ACTIONS[action]
        if self.state.operator is None:
            return self.tr("Sign in as an operator first (Team menu)")
        if set(self.state.roles) & set(rule.roles):
            return None
        return (
            self.tr("Needs the role %1; you are %2")
            .replace("%1", " / ".join(rule.roles))
            .replace("%2", ", ".join(self.state.roles))
        )

    def open_sign_in(self) -> SignInDialog | None:
        if self.ws is None:
            return None
        dialog = SignInDialog(self.ws, self.window)
        dialog.signed_in.connect(self.refresh)
        dialog.open()
        return dialog

    def open_approvals(self) -> ApprovalsDialog | None:
        if self.ws is None:
            return None
        dialog = ApprovalsDialog(self.ws, self.window)
        dialog.decided.connect(self.refresh)
        dialog.open()
        return dialog

    def open_operators(self) -> OperatorsDialog | None:
        if self.ws is None:
            return None
        dialog = OperatorsDialog(self.ws, self.window)
        dialog.open()
        return dialog


class SignInDialog(QDialog):
    """Operator name, PKCS#12 file and its password; the engine checks the proof."""

    signed_in = Signal()

    def __init__(self, ws: api.Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle(self.tr("Sign in as operator"))
        self.setMinimumWidth(520)
        self.name = QLineEdit()
        self.credential = QLineEdit()
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.credential)
        row.addWidget(browse)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Operator name:"), self.name)
        form.addRow(self.tr("PKCS#12 file:"), row)
        form.addRow(self.tr("Password:"), self.password)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.worker: workers.Worker | None = None
        self.error: str | None = None

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Operator credential"), "", self.tr("PKCS#12 (*.p12 *.pfx)")
        )
        if path:
            self.credential.setText(path)

    def accept(self) -> None:
        name, path = self.name.text().strip(), Path(self.credential.text().strip())
        password = self.password.text().encode()
        ws = self.ws
        self.buttons.setEnabled(False)

        def job(_p: workers.Progress) -> tuple[str, ...]:
            data = api.read_file(path, named.CREDENTIAL)
            return ops.sign_in_pkcs12(ws, name, data, password)

        self.worker = workers.start(job, self._done, self._failed)

    def _done(self, _roles: object) -> None:
        self.password.clear()
        self.signed_in.emit()
        super().accept()

    def _failed(self, message: str) -> None:
        self.password.clear()
        self.error = message
        self.error_label.setText(message)
        self.buttons.setEnabled(True)


class ApprovalsDialog(QDialog):
    """Pending requests with their exact parameters; approve or reject the selected one."""

    decided = Signal()

    def __init__(self, ws: api.Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle(self.tr("Approvals"))
        self.resize(760, 520)
        self.requests = QListWidget()
        self.requests.currentItemChanged.connect(self._selected)
        self.parameters = QPlainTextEdit()
        self.parameters.setReadOnly(True)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Reason (needed to reject)"))
        self.approve_button = QPushButton(self.tr("&Approve"))
        self.approve_button.clicked.connect(self.approve)
        self.reject_button = QPushButton(self.tr("&Reject"))
        self.reject_button.clicked.connect(self.reject_selected)
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reason, 1)
        buttons.addWidget(self.approve_button)
        buttons.addWidget(self.reject_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Pending requests:")))
        layout.addWidget(self.requests, 1)
        layout.addWidget(QLabel(self.tr("Exact parameters (what you sign):")))
        layout.addWidget(self.parameters, 2)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self._read = workers.LatestRead(self)
        self.worker: workers.Worker | None = None
        self.infos: list[ops.RequestInfo] = []
        self.refresh()

    @property
    def loading(self) -> bool:
        return self._read.pending or self.worker is not None

    def refresh(self) -> None:
        ws = self.ws
        self._read.start(lambda: ops.list_requests(ws, True), self._listed, self.status.setText)

    def _listed(self, infos: list[ops.RequestInfo]) -> None:
        self.infos = infos
        self.requests.clear()
        for info in infos:
            text = self.tr("#%1 %2 by %3: %4 of %5 approvals")
            for i, value in enumerate(
                (info.id, info.action, info.requester, info.approvals, info.approvals_needed), 1
            ):
                text = text.replace(f"%{i}", str(value))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, info.id)
            self.requests.addItem(item)
        if infos:
            self.requests.setCurrentRow(0)
        else:
            self.parameters.clear()
        self._enable()

    def _enable(self) -> None:
        chosen = self.current() is not None and self.worker is None
        self.approve_button.setEnabled(chosen)
        self.reject_button.setEnabled(chosen)

    def current(self) -> ops.RequestInfo | None:
        item = self.requests.currentItem()
        if item is None:
            return None
        wanted = item.data(Qt.ItemDataRole.UserRole)
        return next((i for i in self.infos if i.id == wanted), None)

    def _selected(self, *_args: object) -> None:
        info = self.current()
        if info is not None:
            body = json.dumps(info.parameters, indent=2, ensure_ascii=False, sort_keys=True)
            self.parameters.setPlainText(
                f"{info.action}\nsha256: {info.parameters_sha256}\n\n{body}"
            )
        self._enable()

    def approve(self) -> None:
        info = self.current()
        if info is None:
            return
        ws, request = self.ws, info.id
        self._run(lambda _p: ops.approve_request(ws, request))

    def reject_selected(self) -> None:
        info = self.current()
        reason = self.reason.text().strip()
        if info is None:
            return
        if not reason:
            self.status.setText(self.tr("Give a reason to reject the request."))
            return
        ws, request = self.ws, info.id
        self._run(lambda _p: ops.reject_request(ws, request, reason))

    def _run(self, job: workers.Job) -> None:
        self.approve_button.setEnabled(False)
        self.reject_button.setEnabled(False)
        self.worker = workers.start(job, self._done, self._failed)

    def _done(self, info: ops.RequestInfo) -> None:
        self.worker = None
        if info.state == "executed":
            self.status.setText(
                self.tr("Request %1 approved and executed.").replace("%1", ltr(info.id))
            )
        elif info.state == "rejected":
            self.status.setText(self.tr("Request %1 rejected.").replace("%1", ltr(info.id)))
        else:
            self.status.setText(
                self.tr("Request %1 approved: %2 more approval(s) needed.")
                .replace("%1", ltr(info.id))
                .replace("%2", str(info.missing))
            )
        self.decided.emit()
        self.refresh()

    def _failed(self, message: str) -> None:
        self.worker = None
        self.status.setText(message)
        self._enable()


class OperatorsDialog(QDialog):
    """The workspace's operators, their roles and certificates (changes: the CLI, with
    approvals; see the README's "Running a CA as a team")."""

    def __init__(self, ws: api.Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Operators"))
        self.resize(640, 360)
        self.list = QListWidget()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(close)
        self._read = workers.LatestRead(self)
        self._read.start(lambda: ops.list_operators(ws), self._listed)

    @property
    def loading(self) -> bool:
        return self._read.pending

    def _listed(self, infos: list[ops.OperatorInfo]) -> None:
        self.list.clear()
        for info in infos:
            state = self.tr("disabled") if info.disabled else self.tr("active")
            self.list.addItem(f"{info.name}: {', '.join(info.roles)} ({state}) {ltr(info.subject)}")
