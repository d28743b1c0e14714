"""Where the desktop app writes its log: unexpected errors (with their traceback, which the
user never sees in a dialog) and warnings. Help → "Where is my data?" shows this path."""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

import platformdirs

ENV_LOG_DIR = "IDTOOLKIT_LOG_DIR"


def default_log_dir() -> Path:
    env = os.environ.get(ENV_LOG_DIR)
    if env:
        return Path(env)
    return Path(platformdirs.user_log_dir("idtoolkit", appauthor=False))


def log_file() -> Path:
    return default_log_dir() / "idtoolkit.log"


def start_file_logging() -> Path:
    """Log warnings and errors of this process to :func:`log_file` (rotated at 1 MB, owner
    only: a path or subject may be in a message, never a secret)."""
    path = log_file()
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    os.chmod(path, 0o600)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(logging.WARNING)
    logging.getLogger().addHandler(handler)
    return path
