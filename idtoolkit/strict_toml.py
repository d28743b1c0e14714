"""A TOML table read key by key: unknown keys and wrong types are refused, and every error
names the file, the entry and the key. Test PKI scenarios and lab packs are both strict data
files written by hand, so they share this reader."""

from __future__ import annotations

from typing import Any

from idtoolkit.errors import InputError


class StrictTable:
    """One TOML table, read key by key, refusing unknown keys and wrong types."""

    def __init__(self, source: str, where: str, data: Any):
        if not isinstance(data, dict):
            raise InputError(f"{source}: {where} must be a table")
        self.source, self.where, self.data = source, where, data
        self.used: set[str] = set()

    def _fail(self, key: str, message: str) -> InputError:
        return InputError(f"{self.source}: {self.where}: {key}: {message}")

    def get(self, key: str, kind: type, default: Any = ..., choices: tuple[str, ...] = ()) -> Any:
        self.used.add(key)
        if key not in self.data:
            if default is ...:
                raise self._fail(key, "is required")
            return default
        value = self.data[key]
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise self._fail(key, f"must be {kind.__name__}, not {type(value).__name__}")
        if choices and value not in choices:
            raise self._fail(key, f"{value!r} is not one of {', '.join(choices)}")
        return value

    def done(self) -> None:
        unknown = sorted(set(self.data) - self.used)
        if unknown:
            raise self._fail(unknown[0], "unknown key")
