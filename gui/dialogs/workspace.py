"""New workspace (also the first-run dialog) and open workspace.

A workspace is a folder with the settings and, by default, a SQLite database; the passphrase
encrypts the CA keys kept in software and is never stored.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog, QLineEdit, QWidget

from gui import workers
from gui.dialogs.base import TaskDialog, mark_input
from gui.dialogs.secrets import secret_field
from gui.widgets.fields import FileField
from idtoolkit import api

#: The engine's rule, so the CLI and the app agree.
MIN_PASSPHRASE = api.PASSPHRASE_MIN_LENGTH


class NewWorkspaceDialog(TaskDialog):
    """Creates a workspace; ``result_value`` is the open :class:`~idtoolkit.api.Workspace`."""

    def __init__(
        self, directory: Path | None = None, first_run: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            self.tr("Welcome to ID Toolkit") if first_run else self.tr("New workspace"), parent
        )
        if first_run:
            self.set_intro(
                self.tr(
                    "<p>ID Toolkit keeps your certificate authorities, their certificates and an "
                    "audit trail in a <b>workspace</b>. Let's create one.</p>"
                    "<p>Choose a passphrase: it encrypts the CA keys kept on this computer. It is "
                    "never stored — if it is lost, those keys cannot be used.</p>"
                )
            )
        self.directory = FileField(directory=True)
        self.directory.set_path(directory or api.default_workspace_dir())
        self.form.addRow(self.tr("Folder *"), self.directory)
        self.passphrase = secret_field(
            self.tr("at least %1 characters").replace("%1", str(MIN_PASSPHRASE))
        )
        self.confirm = secret_field()
        self.form.addRow(self.tr("Passphrase *"), self.passphrase)
        self.form.addRow(self.tr("Repeat passphrase *"), self.confirm)
        self.db_url = QLineEdit()
        self.db_url.setPlaceholderText(
            self.tr("empty: SQLite in the folder; or postgresql://user@host/db")
        )
        self.form.addRow(self.tr("Shared database"), self.db_url)
        mark_input(self.directory, self.passphrase, self.confirm, self.db_url)

    def validate(self) -> str | None:
        path = self.directory.path()
        if path is None:
            return self.tr("choose a folder for the workspace")
        if (path / "config.toml").exists():
            return self.tr("%1 is already a workspace: open it instead").replace("%1", str(path))
        if len(self.passphrase.text()) < MIN_PASSPHRASE:
            return self.tr("the passphrase must have at least %1 characters").replace(
                "%1", str(MIN_PASSPHRASE)
            )
        if self.passphrase.text() != self.confirm.text():
            return self.tr("the two passphrases differ")
        return None

    def make_job(self) -> workers.Job:
        path = self.directory.path()
        assert path is not None
        secret = self.passphrase.text().encode()
        db = self.db_url.text().strip() or None
        self.passphrase.clear()
        self.confirm.clear()
        return lambda _p: api.Workspace.init(path, secret, db_url=db)

    def on_success(self, result: Any) -> None:
        self.done(QDialog.DialogCode.Accepted)


class OpenWorkspaceDialog(TaskDialog):
    """Opens an existing workspace; the passphrase is asked later, when a key is first used."""

    def __init__(self, directory: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Open workspace"), parent)
        self.directory = FileField(directory=True)
        self.directory.set_path(directory or api.default_workspace_dir())
        self.form.addRow(self.tr("Folder *"), self.directory)
        mark_input(self.directory)

    def validate(self) -> str | None:
        path = self.directory.path()
        if path is None:
            return self.tr("choose the workspace folder")
        if not (path / "config.toml").is_file():
            return self.tr("%1 is not a workspace (no config.toml)").replace("%1", str(path))
        return None

    def make_job(self) -> workers.Job:
        path = self.directory.path()
        assert path is not None
        return lambda _p: api.Workspace.open(path)
