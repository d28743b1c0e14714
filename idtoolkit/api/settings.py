"""Settings, passphrases, logging and the version: what the application around the engine
configures."""

from idtoolkit import settings
from idtoolkit.authz.guard import guarded
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
)
from idtoolkit.version import VersionInfo, version_info

# Writes pass the authorization guard (operators, roles, approvals: idtoolkit.authz).
update_settings = guarded("settings.change")(settings.update_settings)

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
