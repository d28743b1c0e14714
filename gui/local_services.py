"""The desktop app's local services: ``idtoolkit serve`` for the open workspace, started and
stopped from the Tools menu.

E-service developers and trainers test signatures against the workspace's own OCSP responder,
CRLs and time-stamping authority, and ``serve`` keeps the CRLs fresh while it runs. The
services run as a separate process (as ``serve --detach`` starts them): a slow client or a
crash there cannot freeze or take down the window, and it stops with the window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QWidget

from gui import workers
from gui.errors import show_error
from idtoolkit import api

if TYPE_CHECKING:  # the HTTP server: imported when the services start, not at start-up
    from idtoolkit.api import services


class LocalServices(QObject):
    """A checkable action and a status-bar label over one background ``serve`` process."""

    changed = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.ws: api.Workspace | None = None
        self.running: services.Detached | None = None
        self.worker: workers.Worker | None = None
        self.action = QAction(self.tr("&Run local services (OCSP, CRL, TSA)"), window)
        self.action.setCheckable(True)
        tip = self.tr(
            "Serve this workspace's OCSP answers, CRLs, CA certificates and time-stamps on "
            "127.0.0.1 at the port of its base URL, while the app is open"
        )
        self.action.setStatusTip(tip)
        self.action.setToolTip(tip)
        self.action.triggered.connect(self._toggled)
        self.action.setEnabled(False)  # until a workspace is open
        self.label = QLabel()

    def set_workspace(self, ws: api.Workspace | None) -> None:
        """Another workspace (or none): the services of the previous one stop."""
        self.stop()
        self.ws = ws
        self.action.setEnabled(ws is not None)

    def _toggled(self) -> None:
        if self.action.isChecked():
            self.start()
        else:
            self.stop()

    def start(self) -> workers.Worker | None:
        if self.ws is None or self.running is not None or self.worker is not None:
            return None
        ws = self.ws
        self.action.setEnabled(False)  # until it answers or fails (up to a minute)
        self.label.setText(self.tr("Starting the local services…"))

        def launch(_p: workers.Progress) -> tuple[api.Workspace, services.Detached]:
            # Kept from the worker thread too: a window closed while the services start
            # stops them even though the success signal is never delivered.
            from idtoolkit.api import services

            self.running = services.serve_in_background(ws)
            return ws, self.running

        self.worker = workers.start(launch, self._started, self._failed)
        return self.worker

    def _started(self, started: tuple[api.Workspace, services.Detached]) -> None:
        self.worker = None
        ws, running = started
        if self.ws is not ws or self.running is not running:  # another workspace meanwhile
            from idtoolkit.api import services

            services.stop_detached(running.pid)
            if self.running is running:
                self.running = None
            self.action.setEnabled(self.ws is not None)
            return
        self.action.setEnabled(self.ws is not None)
        self.action.setChecked(True)
        self.label.setText(
            self.tr("Local services running (process %1)").replace("%1", str(running.pid))
        )
        self.label.setToolTip("\n".join(running.output))
        self.changed.emit()

    def _failed(self, message: str) -> None:
        self.worker = None
        self.action.setEnabled(self.ws is not None)
        self.action.setChecked(False)
        self.label.clear()
        show_error(self.window, message)
        self.changed.emit()

    def stop(self) -> None:
        if self.running is not None:
            from idtoolkit.api import services

            services.stop_detached(self.running.pid)
            self.running = None
            self.changed.emit()
        self.action.setChecked(False)
        self.label.clear()
        self.label.setToolTip("")
