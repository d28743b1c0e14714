"""Application set-up: the QApplication, translations, layout direction, and the first run.

Translations are Qt ``.qm`` files in ``gui/i18n`` named ``idtoolkit_<locale>.qm`` (e.g.
``idtoolkit_ar.qm``), loaded by :mod:`gui.language`: ``IDTOOLKIT_LANG`` overrides the choice
saved from Settings → Language, which overrides the system locale; Arabic switches the layout
direction.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QDialog

from gui import language
from idtoolkit import api
from idtoolkit.errors import IDToolkitError


def create_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv or sys.argv)
    app.setOrganizationName("ID Toolkit")
    app.setApplicationName("idtoolkit")
    app.setApplicationDisplayName("ID Toolkit")
    install_translations(app)
    return app


def install_translations(app: QApplication) -> str:
    """Catalogues and layout direction for the chosen language (see :mod:`gui.language`)."""
    return language.install(app)


def main(argv: list[str]) -> int:
    from gui.dialogs.workspace import NewWorkspaceDialog, OpenWorkspaceDialog
    from gui.errors import show_error
    from gui.main_window import MainWindow

    app = create_app(argv)
    directory = api.default_workspace_dir()
    ws: api.Workspace | None = None
    if not (directory / "config.toml").is_file():
        first = NewWorkspaceDialog(directory, first_run=True)
        if first.exec() != QDialog.DialogCode.Accepted:
            return 0
        ws = first.result_value
    else:
        try:
            ws = api.Workspace.open(directory)
        except IDToolkitError as exc:
            show_error(None, str(exc)).exec()
            chooser = OpenWorkspaceDialog(directory)
            if chooser.exec() != QDialog.DialogCode.Accepted:
                return 1
            ws = chooser.result_value
    window = MainWindow(ws)
    window.show()
    return app.exec()
