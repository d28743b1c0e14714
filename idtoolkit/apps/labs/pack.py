"""Lab packs: TOML files a trainer can read and edit, checked completely on load.

Why data rather than code: a trainer adapts a course (values, points, wording, language)
without touching Python, and a pack that loads is known to be runnable, because every check
kind, step action, language and placeholder is validated here, with the file, the entry and
the key named in the error (like profile and scenario files).
"""

from __future__ import annotations

import string
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from idtoolkit.api.files import StrictTable, loads_toml
from idtoolkit.errors import InputError

#: The languages a pack may carry (the desktop and CLI languages; `zh` is read as `zh_CN`).
LANGUAGES = ("en", "fr", "ar", "es", "pt", "ru", "zh_CN")
CHECK_KINDS = ("cert", "crl", "chain", "ocsp", "token", "signature", "audit", "acme")
STEP_ACTIONS = (
    "root",
    "sub",
    "csr",
    "issue",
    "token-issue",
    "revoke",
    "crl",
    "service",
    "token-key",
    "sign",
    "tamper",
    "document",
    "acme-endpoint",
    "certbot",
)
#: Placeholders a statement, check or step may use; values come from :mod:`.values`.
PLACEHOLDERS = (
    "student",
    "name",
    "seed4",
    "seed6",
    "num2",
    "port",
    "base",
    "token",
    "acme_port",
)

#: The keys each check kind accepts besides kind, hint and (optional) label.
CHECK_KEYS: dict[str, tuple[str, ...]] = {
    "cert": (
        "ca",
        "profile",
        "cn",
        "subject",
        "san",
        "key_type",
        "key_on_token",
        "key_label",
        "lint",
    ),
    "crl": ("ca", "cn", "reason", "fresh"),
    "chain": ("ca", "depth", "cn"),
    "ocsp": ("ca", "cn", "status"),
    "token": ("token", "key_label", "key_type", "count"),
    "signature": ("file", "verdict", "reason", "level"),
    "audit": (),
    "acme": ("endpoint", "ca", "name", "file"),
}
#: The keys each step action accepts besides action.
STEP_KEYS: dict[str, tuple[str, ...]] = {
    "root": ("name", "subject", "key", "token", "key_label", "days", "start_days"),
    "sub": ("name", "parent", "subject", "key", "token", "key_label", "days", "start_days"),
    "csr": ("ca", "profile", "subject", "san", "key", "out"),
    "issue": ("ca", "profile", "subject", "san", "key", "out", "start_days", "days"),
    "token-issue": ("ca", "profile", "subject", "key", "token", "key_label", "out"),
    "revoke": ("ca", "cn", "reason"),
    "crl": ("ca",),
    "service": ("ca", "kind", "subject", "key", "start_days"),
    "token-key": ("token", "key_label", "key"),
    "sign": ("credential", "document", "out", "tsa"),
    "tamper": ("file", "out"),
    "document": ("out", "text"),
    "acme-endpoint": ("name", "ca", "profile", "allow_suffix", "http01_port", "resolve"),
    "certbot": ("endpoint", "name", "http01_port", "cert_name"),
}


#: The type of each step or check value, checked at load so that a pack that validates
#: also runs: ``str``, ``strs`` (a list of strings), ``text`` (a string or a list of
#: strings), ``bool``, or ``(low, high)`` for a whole number in that range.
ValueType = str | tuple[int, int]
VALUE_TYPES: dict[str, ValueType] = {
    "days": (1, 36_500),
    "start_days": (-36_500, 36_500),
    "depth": (1, 10),
    "count": (0, 1_000),
    "san": "strs",
    "text": "text",
    "lint": "bool",
    "fresh": "bool",
    "tsa": "bool",
}
#: Values that must be one of a few words (before placeholders are filled; none use any).
VALUE_CHOICES: dict[str, tuple[str, ...]] = {
    "status": ("good", "revoked", "unknown"),
    "verdict": ("valid", "invalid", "indeterminate"),
    "level": ("B-B", "B-T"),
}
#: Values naming one of the pack's token roles.
TOKEN_ROLE_KEYS = ("token", "key_on_token")


def _type_name(spec: ValueType) -> str:
    if isinstance(spec, tuple):
        return f"a whole number from {spec[0]} to {spec[1]}"
    return {
        "str": "a string",
        "strs": "a list of strings",
        "text": "a string or a list of strings",
        "bool": "true or false",
    }[spec]


def _typed(source: str, where: str, key: str, value: Any, tokens: tuple[str, ...]) -> None:
    """Refuse a value of the wrong type or out of range, naming file, entry and key."""
    spec = VALUE_TYPES.get(key, "str")
    if isinstance(spec, tuple):
        ok = isinstance(value, int) and not isinstance(value, bool)
        ok = ok and spec[0] <= value <= spec[1]
    elif spec == "bool":
        ok = isinstance(value, bool)
    elif spec == "strs":
        ok = isinstance(value, list) and all(isinstance(v, str) and v for v in value)
    elif spec == "text":
        ok = (isinstance(value, str) and bool(value)) or (
            isinstance(value, list) and bool(value) and all(isinstance(v, str) for v in value)
        )
    else:
        ok = isinstance(value, str) and bool(value.strip())
    if not ok:
        raise InputError(
            "lab.pack_bad_value_type",
            "{source}: {where}: {key}: must be {expected}",
            source=source,
            where=where,
            key=key,
            expected=_type_name(spec),
        )
    choices = VALUE_CHOICES.get(key) or (tokens if key in TOKEN_ROLE_KEYS else ())
    if choices and value not in choices:
        raise InputError(
            "lab.pack_value_not_one_of",
            "{source}: {where}: {key}: {value!r} is not one of {choices}",
            source=source,
            where=where,
            key=key,
            value=value,
            choices=", ".join(choices),
        )
    if key == "key" and isinstance(value, str) and "{" not in value:
        from idtoolkit.api.profiles import KEY_SPECS

        if value not in KEY_SPECS:
            raise InputError(
                "lab.pack_unknown_key_type",
                "{source}: {where}: {key}: unknown key type {value!r} (known: {known})",
                source=source,
                where=where,
                key=key,
                value=value,
                known=", ".join(KEY_SPECS),
            )


@dataclass(frozen=True)
class Check:
    kind: str
    params: dict[str, Any]
    hint: dict[str, str]
    label: dict[str, str]


@dataclass(frozen=True)
class Step:
    action: str
    params: dict[str, Any]


@dataclass(frozen=True)
class Exercise:
    id: str
    points: int
    title: dict[str, str]
    statement: dict[str, str]
    checks: list[Check]
    solve: list[Step]


@dataclass(frozen=True)
class Pack:
    id: str
    source: str
    languages: tuple[str, ...]
    title: dict[str, str]
    instructions: dict[str, str]
    tokens: tuple[str, ...]
    setup: list[Step]
    exercises: list[Exercise]
    text: str = field(repr=False, default="")

    def exercise(self, exercise_id: str) -> Exercise:
        for exercise in self.exercises:
            if exercise.id == exercise_id:
                return exercise
        known = ", ".join(e.id for e in self.exercises)
        raise InputError(
            "lab.unknown_exercise",
            "pack {id}: no exercise {exercise_id!r} (exercises: {known})",
            id=self.id,
            exercise_id=exercise_id,
            known=known,
        )

    @property
    def total_points(self) -> int:
        return sum(e.points for e in self.exercises)


def _placeholders(source: str, where: str, key: str, value: Any, extra: tuple[str, ...]) -> None:
    texts = value if isinstance(value, list) else [value]
    for text in texts:
        if not isinstance(text, str):
            continue
        try:
            names = [name for _, name, _, _ in string.Formatter().parse(text) if name is not None]
        except ValueError as exc:
            raise InputError(
                "lab.pack_bad_value",
                "{source}: {where}: {key}: {exc}",
                source=source,
                where=where,
                key=key,
                exc=exc,
            ) from None
        for name in names:
            if name not in PLACEHOLDERS and name not in extra:
                raise InputError(
                    "lab.pack_unknown_placeholder",
                    "{source}: {where}: {key}: unknown placeholder {{{name}}} (known: {known})",
                    source=source,
                    where=where,
                    key=key,
                    name=name,
                    known=", ".join(PLACEHOLDERS + extra),
                )


def _texts(source: str, where: str, key: str, value: Any, langs: tuple[str, ...]) -> dict[str, str]:
    """A text per language: every language of the pack must be there, and no other."""
    if not isinstance(value, dict):
        raise InputError(
            "lab.pack_texts_not_a_table",
            "{source}: {where}: {key}: must be a table of texts by language",
            source=source,
            where=where,
            key=key,
        )
    for lang, text in value.items():
        if lang not in langs:
            raise InputError(
                "lab.pack_text_unknown_language",
                "{source}: {where}: {key}: language {lang!r} is not in languages",
                source=source,
                where=where,
                key=key,
                lang=lang,
            )
        if not isinstance(text, str) or not text.strip():
            raise InputError(
                "lab.pack_text_empty",
                "{source}: {where}: {key}.{lang}: must be a non-empty string",
                source=source,
                where=where,
                key=key,
                lang=lang,
            )
    missing = [lang for lang in langs if lang not in value]
    if missing:
        raise InputError(
            "lab.pack_text_missing_language",
            "{source}: {where}: {key}: missing language {language!r}",
            source=source,
            where=where,
            key=key,
            language=missing[0],
        )
    return dict(value)


def _step(
    source: str, where: str, data: Any, extra: tuple[str, ...], tokens: tuple[str, ...]
) -> Step:
    table = StrictTable(source, where, data)
    action = table.get("action", str, choices=STEP_ACTIONS)
    params = {key: table.data[key] for key in STEP_KEYS[action] if key in table.data}
    table.used.update(STEP_KEYS[action])
    table.done()
    for key, value in params.items():
        _typed(source, where, key, value, tokens)
        _placeholders(source, where, key, value, extra)
    return Step(action, params)


def _check(
    source: str,
    where: str,
    data: Any,
    langs: tuple[str, ...],
    extra: tuple[str, ...],
    tokens: tuple[str, ...],
) -> Check:
    table = StrictTable(source, where, data)
    kind = table.get("kind", str, choices=CHECK_KINDS)
    hint = _texts(source, where, "hint", table.get("hint", dict), langs)
    for lang, text in hint.items():
        _placeholders(source, where, f"hint.{lang}", text, extra)
    label = table.get("label", dict, {})
    if label:
        label = _texts(source, where, "label", label, langs)
    params = {key: table.data[key] for key in CHECK_KEYS[kind] if key in table.data}
    table.used.update(CHECK_KEYS[kind])
    table.done()
    for key, value in params.items():
        _typed(source, where, key, value, tokens)
        _placeholders(source, where, key, value, extra)
    return Check(kind, params, hint, label)


def parse_pack(text: str, source: str) -> Pack:
    try:
        data = loads_toml(text)
    except tomllib.TOMLDecodeError as exc:
        raise InputError(
            "lab.pack_invalid_toml", "{source}: not valid TOML: {exc}", source=source, exc=exc
        ) from None
    top = StrictTable(source, "top level", data)
    pack_id = top.get("id", str)
    if not pack_id or not all(c.isalnum() or c in "-_" for c in pack_id):
        raise InputError(
            "lab.pack_bad_id",
            "{source}: top level: id: letters, digits, - and _ only",
            source=source,
        )
    langs = top.get("languages", list)
    if not langs or any(lang not in LANGUAGES for lang in langs):
        raise InputError(
            "lab.pack_bad_languages",
            "{source}: top level: languages: each one of {supported} (at least one)",
            source=source,
            supported=", ".join(LANGUAGES),
        )
    languages = tuple(langs)
    tokens = top.get("tokens", list, ["main"])
    if not tokens or any(not isinstance(t, str) or not t.isalnum() for t in tokens):
        raise InputError(
            "lab.pack_bad_tokens",
            "{source}: top level: tokens: a list of short names (letters, digits)",
            source=source,
        )
    roles = tuple(tokens)
    extra = tuple(f"token_{t}" for t in tokens)
    title = _texts(source, "top level", "title", top.get("title", dict), languages)
    instructions = _texts(
        source, "top level", "instructions", top.get("instructions", dict), languages
    )
    setup = [
        _step(source, f"setup #{n}", item, extra, roles)
        for n, item in enumerate(top.get("setup", list, []), 1)
    ]
    exercises: list[Exercise] = []
    for n, item in enumerate(top.get("exercise", list), 1):
        where = f"exercise #{n}"
        table = StrictTable(source, where, item)
        ex_id = table.get("id", str)
        where = table.where = f"exercise {ex_id!r}"
        if any(e.id == ex_id for e in exercises):
            raise InputError(
                "lab.pack_duplicate_id",
                "{source}: {where}: id: used twice",
                source=source,
                where=where,
            )
        points = table.get("points", int)
        if points < 0:
            raise InputError(
                "lab.pack_negative_points",
                "{source}: {where}: points: must not be negative",
                source=source,
                where=where,
            )
        ex_title = _texts(source, where, "title", table.get("title", dict), languages)
        statement = _texts(source, where, "statement", table.get("statement", dict), languages)
        for lang, body in statement.items():
            _placeholders(source, where, f"statement.{lang}", body, extra)
        checks = [
            _check(source, f"{where} check #{i}", c, languages, extra, roles)
            for i, c in enumerate(table.get("check", list), 1)
        ]
        if not checks:
            raise InputError(
                "lab.pack_exercise_without_checks",
                "{source}: {where}: check: at least one check is needed",
                source=source,
                where=where,
            )
        solve = [
            _step(source, f"{where} solve #{i}", s, extra, roles)
            for i, s in enumerate(table.get("solve", list, []), 1)
        ]
        table.done()
        exercises.append(Exercise(ex_id, points, ex_title, statement, checks, solve))
    if not exercises:
        raise InputError(
            "lab.pack_without_exercises",
            "{source}: top level: exercise: at least one [[exercise]] is needed",
            source=source,
        )
    top.done()
    return Pack(
        pack_id, source, languages, title, instructions, tuple(tokens), setup, exercises, text
    )


def shipped_packs() -> dict[str, Path]:
    """The packs that come with ID Toolkit, by id (file name without .toml)."""
    folder = resources.files("idtoolkit.apps.labs") / "packs"
    return {
        entry.name[: -len(".toml")]: Path(str(entry))
        for entry in folder.iterdir()
        if entry.name.endswith(".toml")
    }


def load_pack(name_or_path: str | Path) -> Pack:
    """A pack file, or a shipped pack by id (``pki-basics``, ``hsm``, ``signatures``, ``acme``)."""
    path = Path(name_or_path)
    if not path.is_file():
        shipped = shipped_packs()
        if str(name_or_path) in shipped:
            path = shipped[str(name_or_path)]
        else:
            raise InputError(
                "lab.unknown_pack",
                "no pack file {name_or_path} (shipped packs: {shipped})",
                name_or_path=name_or_path,
                shipped=", ".join(sorted(shipped)),
            )
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(
            "lab.cannot_read_pack", "cannot read pack {path}: {exc}", path=path, exc=exc
        ) from None
    return parse_pack(text, path.name)
