"""Helper processes: start one of the toolkit's own helpers the same way from source and from
an installed bundle."""

from idtoolkit.helper_processes import command as helper_command

__all__ = [
    "helper_command",
]
