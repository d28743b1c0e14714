"""A TOML table read key by key: unknown keys and wrong types are refused, and every error
names the file, the entry and the key. Profiles, ceremony scripts, test PKI scenarios and
lab packs are all strict data files written by hand, so they share this one reader.

Each family of files keeps the wording its users (and their scripts) know: a family is a
subclass that overrides :attr:`StrictTable.LOCATION` (how the place of a key is written) and
the wording methods (``missing``, ``wrong_type``, ``not_one_of``, ``unknown``), never the
checks. Every error has a kind and parameters (``source``, ``where``, ``key`` and what the
problem needs), so a front end can word it in the user's language.
"""

from __future__ import annotations

import tomllib
from collections.abc import Collection, Iterable
from typing import Any, ClassVar, Self

from idtoolkit.errors import IDToolkitError, InputError


def loads_toml(text: str) -> dict[str, Any]:
    """``tomllib.loads`` for files written by hand or by anyone: tomllib recurses once per
    nesting level, so a file nested a few hundred levels deep exhausts the stack; that is
    reported as the TOML error it is (every caller already words TOMLDecodeError in one line)."""
    try:
        return tomllib.loads(text)
    except RecursionError:
        raise tomllib.TOMLDecodeError("nested too deeply") from None


class StrictTable:
    """One TOML table, read key by key, refusing unknown keys and wrong types."""

    error: ClassVar[type[IDToolkitError]] = InputError
    #: How an error names the key's place; a template over ``source``, ``where`` and ``key``.
    LOCATION: ClassVar[str] = "{source}: {where}: {key}: "

    def __init__(self, source: str, where: str, data: Any):
        if not isinstance(data, dict):
            raise self.error(
                "config.not_a_table",
                "{source}: {where} must be a table",
                source=source,
                where=where,
            )
        self.source, self.where, self.data = source, where, data
        self.used: set[str] = set()

    # --- wording (a family of files overrides these) -----------------------------------------
    def fail(self, key: str, kind: str, template: str, **params: Any) -> IDToolkitError:
        """An error of ``kind`` about ``key`` of this table: ``template`` (over ``params``)
        after the key's place."""
        return self.error(
            kind,
            self.LOCATION + template,
            source=self.source,
            where=self.where,
            key=key,
            **params,
        )

    def missing(self, key: str) -> IDToolkitError:
        return self.fail(key, "config.key_required", "is required")

    def wrong_type(self, key: str, kind: type, value: Any) -> IDToolkitError:
        return self.fail(
            key,
            "config.wrong_type",
            "must be {expected}, not {actual}",
            expected=kind.__name__,
            actual=type(value).__name__,
        )

    def not_one_of(self, key: str, value: Any, choices: Iterable[str]) -> IDToolkitError:
        return self.fail(
            key,
            "config.not_one_of",
            "{value!r} is not one of {choices}",
            value=value,
            choices=", ".join(choices),
        )

    def unknown(self, key: str, allowed: Collection[str]) -> IDToolkitError:
        return self.fail(key, "config.unknown_key", "unknown key")

    # --- reading --------------------------------------------------------------------------------
    def get(self, key: str, kind: type, default: Any = ..., choices: Collection[str] = ()) -> Any:
        """The value of ``key``; without a ``default`` the key is required."""
        self.used.add(key)
        if key not in self.data:
            if default is ...:
                raise self.missing(key)
            return default
        value = self.data[key]
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise self.wrong_type(key, kind, value)
        if choices and value not in choices:
            raise self.not_one_of(key, value, choices)
        return value

    def strings(
        self, key: str, default: tuple[str, ...] = (), choices: Collection[str] | None = None
    ) -> tuple[str, ...]:
        """A list of strings (each one of ``choices``, if given)."""
        value = self.get(key, list, list(default))
        if not all(isinstance(v, str) for v in value):
            raise self.fail(key, "config.not_string_list", "must be a list of strings")
        for v in value if choices is not None else ():
            if v not in choices:  # type: ignore[operator]
                raise self.not_one_of(key, v, choices)  # type: ignore[arg-type]
        return tuple(value)

    def inner(self, key: str) -> str:
        """How the table under ``key`` is named in errors."""
        return f"{self.where}.{key}"

    def sub(self, key: str) -> Self:
        """The table under ``key`` (empty if absent), read with the same wording."""
        self.used.add(key)
        value = self.data.get(key, {})
        if not isinstance(value, dict):
            raise self.fail(key, "config.key_not_a_table", "must be a table")
        return type(self)(self.source, self.inner(key), value)

    def only(self, allowed: Collection[str]) -> None:
        """Refuse any key but ``allowed``, before reading (for files whose errors should
        name the stray key first)."""
        for key in self.data:
            if key not in allowed:
                raise self.unknown(key, allowed)

    def done(self) -> None:
        """Refuse any key that was not read."""
        unknown = sorted(set(self.data) - self.used)
        if unknown:
            raise self.unknown(unknown[0], self.used)
