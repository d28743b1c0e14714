"""Application set-up: the QApplication, translations, layout direction, and the first run.

Translations are Qt ``.qm`` files in ``gui/i18n`` named ``idtoolkit_<locale>.qm`` (e.g.
``idtoolkit_ar.qm``), loaded by :mod:`gui.language`: ``IDTOOLKIT_LANG`` overrides the choice
saved from Settings → Language, which overrides the system locale; Arabic switches the layout
direction.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog

from gui import collector, language
from idtoolkit import api
from idtoolkit.errors import IDToolkitError


def create_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv or sys.argv)
    app.setOrganizationName("ID Toolkit")
    app.setApplicationName("idtoolkit")
    app.setApplicationDisplayName("ID Toolkit")
    # Reference cycles are freed on this (the UI) thread only, never on a reader thread where
    # Qt cannot stop a freed widget's timers (a crash): see gui.collector.
    collector.install(app)
    install_translations(app)
    return app


def install_translations(app: QApplication) -> str:
    """Catalogues and layout direction for the chosen language (see :mod:`gui.language`)."""
    return language.install(app)


def install_error_hook() -> None:
    """An exception no dialog caught (a bug) becomes one line in a message box, with the
    traceback in the log file (Help → Where is my data?), never on the user's screen."""
    import logging

    from gui.errors import error_text, show_error

    with contextlib.suppress(OSError):  # a read-only home: the app works, without a log
        api.start_file_logging()
    log = logging.getLogger("idtoolkit.gui")

    def hook(kind: type[BaseException], exc: BaseException, tb: object) -> None:
        log.error("unexpected error", exc_info=(kind, exc, tb))  # type: ignore[arg-type]
        if isinstance(exc, IDToolkitError):
            message = error_text(exc)
        else:
            first = str(exc).splitlines()[0] if str(exc) else kind.__name__
            message = (
                QApplication.translate("errors", "unexpected error: %1 (details in %2)")
                .replace("%1", f"{kind.__name__}: {first}")
                .replace("%2", str(api.log_file()))
            )
        show_error(QApplication.activeWindow(), message)

    sys.excepthook = hook


def run() -> int:
    """The ``idtoolkit-gui`` program (pip's script and the bundle's)."""
    parser = argparse.ArgumentParser(
        prog="idtoolkit-gui",
        description="ID Toolkit desktop app",
        formatter_class=argparse.RawDescriptionHelpFormatter,  # the version line unwrapped
    )
    parser.add_argument("--version", action="version", version=api.version_info().line())
    parser.add_argument(
        "--screenshot",
        metavar="PNG",
        help="render the main window on the default workspace to PNG and exit "
        "(for bug reports and install checks; works offscreen)",
    )
    options, qt_args = parser.parse_known_args(sys.argv[1:])
    if options.screenshot:
        return screenshot(Path(options.screenshot), [sys.argv[0], *qt_args])
    return main([sys.argv[0], *qt_args])


def screenshot(out: Path, argv: list[str]) -> int:
    """Open the default workspace without asking anything, render the main window, save it."""
    from gui.main_window import MainWindow

    app = create_app(argv)
    try:
        ws = api.Workspace.open(api.default_workspace_dir())
    except IDToolkitError as exc:
        from gui.errors import error_text

        print(f"error: {error_text(exc)}", file=sys.stderr)
        return 1
    window = MainWindow(ws)
    window.resize(1200, 800)
    window.show()
    from gui import workers

    try:
        workers.settle(window)  # the CA tree and the first page are read off the UI thread
    except TimeoutError as exc:
        print(f"error: {exc}", file=sys.stderr)
        window.close()
        return 1
    app.processEvents()
    saved = window.grab().save(str(out), "PNG")
    window.close()
    if not saved:
        print(f"error: cannot write {out}", file=sys.stderr)
        return 1
    print(out)
    return 0


def main(argv: list[str]) -> int:
    from gui.dialogs.workspace import NewWorkspaceDialog, OpenWorkspaceDialog
    from gui.errors import error_text, show_error
    from gui.main_window import MainWindow

    app = create_app(argv)
    install_error_hook()
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
            show_error(None, error_text(exc)).exec()
            chooser = OpenWorkspaceDialog(directory)
            if chooser.exec() != QDialog.DialogCode.Accepted:
                return 1
            ws = chooser.result_value
    window = MainWindow(ws)
    window.show()
    return app.exec()
