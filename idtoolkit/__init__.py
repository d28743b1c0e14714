"""ID Toolkit: a small CA engine with software and HSM keys, a CLI and a desktop app."""

# The one place the version is written: pyproject.toml reads it from here.
__version__ = "0.1.0"
