"""Settings, passphrases, logging and the version: what the application around the engine
configures."""

from idtoolkit.logs import log_file, start_file_logging
from idtoolkit.passphrase import (
    ENV_VAR as PASSPHRASE_ENV_VAR,
)
from idtoolkit.passphrase import (
    MIN_LENGTH as PASSPHRASE_MIN_LENGTH,
)
from idtoolkit.passphrase import (
    read_passphrase_file,
)
from idtoolkit.settings import (
    INTERNAL_NAME_LINT,
    Settings,
    current_settings,
    internal_name_explanation,
    is_internal,
    update_settings,
)
from idtoolkit.version import VersionInfo, version_info

__all__ = [
    "INTERNAL_NAME_LINT",
    "PASSPHRASE_ENV_VAR",
    "PASSPHRASE_MIN_LENGTH",
    "Settings",
    "VersionInfo",
    "current_settings",
    "internal_name_explanation",
    "is_internal",
    "log_file",
    "read_passphrase_file",
    "start_file_logging",
    "update_settings",
    "version_info",
]
