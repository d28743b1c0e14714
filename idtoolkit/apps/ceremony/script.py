"""Ceremony scripts (``ceremonies/*.toml``): parsed strictly, so a typo is an error, not a
silently skipped step.

Every error names the file, the step and the key. The script's SHA-256 is what participants
compare aloud (as words, :func:`hash_words`) before anything happens, and what the transcript
records, so the script that ran is the script that was checked.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from idtoolkit.api.files import StrictTable, loads_toml
from idtoolkit.api.inputs import os_reason
from idtoolkit.api.profiles import KEY_SPECS
from idtoolkit.errors import ConfigurationError, IDToolkitError

_NAME = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,62}$")


#: The languages a script may carry its texts in (as lab packs; English first, the default).
LANGUAGES = ("en", "fr", "ar", "es", "pt", "ru", "zh_CN")

#: Said when the script has no texts in the user's language (then shown in English).
MISSING_LANGUAGE = {
    "en": "This script has no texts in {wanted}; its languages: {languages}.",
    "fr": "Ce script n'a pas de textes en {wanted} ; ses langues : {languages}.",
    "ar": "لا يحتوي نص المراسم هذا على نصوص باللغة \u2066{wanted}\u2069؛ لغاته: \u2066{languages}\u2069.",
    "es": "Este guion no tiene textos en {wanted}; sus idiomas: {languages}.",
    "pt": "Este guião não tem textos em {wanted}; as suas línguas: {languages}.",
    "ru": "В этом сценарии нет текстов на языке {wanted}; его языки: {languages}.",  # noqa: RUF001
    "zh_CN": "此仪式脚本没有 {wanted} 文本；它提供的语言：{languages}。",  # noqa: RUF001
}


def user_language() -> str:
    """The language the environment asks for, as the CLI reads it (``IDTOOLKIT_LANG``, then
    ``LANGUAGE``/``LC_ALL``/``LANG``; ``en`` when none we ship)."""
    from idtoolkit.api.i18n import language_from_environment

    return language_from_environment()


@dataclass(frozen=True)
class Role:
    name: str
    title: str  # English: names rehearsal participants and is recorded in the transcript
    minimum: int
    of: int | None = None  # e.g. crypto officers: 3 of 5
    label: str = ""  # the title in the reader's language (shown in prompts)


@dataclass(frozen=True)
class Step:
    id: str
    action: str
    title: str  # in the reader's language (English when the script has none in it)
    actors: tuple[str, ...]
    say: str  # likewise
    params: dict[str, Any] = field(default_factory=dict)

    def outputs(self) -> list[str]:
        """The files this step writes (fixed by the script, so a run can refuse to start when
        one exists already)."""
        p = self.params
        match self.action:
            case "generate_key":
                return [f"{p['label']}.pub.pem"]
            case "create_root":
                return [f"{p['ca']}.pem"]
            case "sign_csr":
                return [f"{p['name']}.pem"]
            case "publish_crl":
                return [f"{p['ca']}.crl"]
            case "service_credential":
                return [f"{p['ca']}-{p['kind']}.pem"]
            case "split_backup":
                return [f"{p['ca']}-backup.json", *self.backup_shares()]
            case "seal_audit":
                return [f"audit-seal-{p['ca']}.json"]
        return []

    def backup_shares(self) -> list[str]:
        """The share files a ``split_backup`` step hands to its custodians (none otherwise)."""
        if self.action != "split_backup":
            return []
        n = int(self.params["shares"])
        return [f"{self.params['ca']}-share-{i}-of-{n}.txt" for i in range(1, n + 1)]


@dataclass(frozen=True)
class Script:
    path: Path
    sha256: str
    id: str
    name: str
    description: str
    key_store: str
    allow_key_backup: bool
    roles: tuple[Role, ...]
    steps: tuple[Step, ...]
    #: the languages the script's texts are in, the one shown, and the one the reader asked for
    languages: tuple[str, ...] = ("en",)
    language: str = "en"
    wanted: str = "en"
    display_name: str = ""  # ``name`` in ``language`` (``name`` stays English: transcripts)

    @property
    def missing_language(self) -> str:
        """One line naming the script's languages when the reader's is not one ("" if it is)."""
        if self.wanted in self.languages:
            return ""
        template = MISSING_LANGUAGE.get(self.wanted, MISSING_LANGUAGE["en"])
        return template.format(wanted=self.wanted, languages=", ".join(self.languages))

    def role(self, name: str) -> Role:
        for role in self.roles:
            if role.name == name:
                return role
        raise KeyError(name)

    def step(self, step_id: str) -> Step:
        for step in self.steps:
            if step.id == step_id:
                return step
        raise KeyError(step_id)

    def outputs(self) -> list[str]:
        return [name for step in self.steps for name in step.outputs()]


# action -> (required params, optional params), each with its type
_STR, _INT, _BOOL, _LIST = str, int, bool, list
ACTIONS: dict[str, tuple[dict[str, type], dict[str, type]]] = {
    "generate_key": ({"label": _STR, "key": _STR}, {"backupable": _BOOL}),
    "create_root": (
        {"ca": _STR, "subject": _STR, "key": _STR},
        {"days": _INT, "profile": _STR, "key_label": _STR, "base_url": _STR, "crl_days": _INT},
    ),
    "sign_csr": (
        {"ca": _STR, "csr": _STR, "name": _STR},
        {"profile": _STR, "days": _INT, "subject": _STR},
    ),
    "publish_crl": ({"ca": _STR}, {}),
    "service_credential": (
        {"ca": _STR, "kind": _STR, "subject": _STR, "key": _STR},
        {"days": _INT},
    ),
    "split_backup": ({"ca": _STR, "shares": _INT, "threshold": _INT}, {}),
    "seal_audit": ({"ca": _STR}, {}),
    "manual": ({}, {"record": _LIST}),
}


def example_directory() -> Path:
    """Where the shipped example scripts are (the ``ceremonies`` package)."""
    from ceremonies import DIRECTORY

    return DIRECTORY


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def hash_words(hex_digest: str) -> list[str]:
    """The SHA-256 as 24 BIP-39 words (with their checksum): read aloud, compared by ear."""
    from mnemonic import Mnemonic

    return str(Mnemonic("english").to_mnemonic(bytes.fromhex(hex_digest))).split()


class _Errors:
    def __init__(self, path: Path):
        self.path = path

    def __call__(self, where: str, message: str) -> ConfigurationError:
        return ConfigurationError(
            "ceremony.script_bad_value",
            "{name}: {where}: {message}",
            name=self.path.name,
            where=where,
            message=message,
        )


class _ScriptTable(StrictTable):
    """A ceremony script's tables, worded as the script's other errors are: the table, then
    what is wrong, naming the key (``[ceremony]: 'id' is missing``)."""

    error = ConfigurationError

    LOCATION = "{source}: {where}: "

    def missing(self, key: str) -> IDToolkitError:
        return self.fail(key, "ceremony.script_key_missing", "{key!r} is missing")

    def wrong_type(self, key: str, kind: type, value: Any) -> IDToolkitError:
        return self.fail(
            key,
            "ceremony.script_wrong_type",
            "{key!r} must be {expected}, not {actual}",
            expected=kind.__name__,
            actual=type(value).__name__,
        )

    def unknown(self, key: str, allowed: Collection[str]) -> IDToolkitError:
        return self.fail(
            key,
            "ceremony.script_unknown_key",
            "unknown key {key!r} (allowed: {allowed})",
            allowed=", ".join(sorted(allowed)),
        )


def load_script(path: Path, language: str | None = None) -> Script:
    """The script at ``path``, its texts in ``language`` (default: the environment's)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ConfigurationError(
            "ceremony.cannot_read_script",
            "cannot read {path}: {strerror}",
            path=path,
            strerror=os_reason(exc),
        ) from None
    try:
        doc = loads_toml(data.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigurationError(
            "ceremony.script_invalid_toml", "{name}: invalid TOML: {exc}", name=path.name, exc=exc
        ) from None
    return parse_script(doc, path, sha256_of(data), language)


class _Texts:
    """A script's texts: each a string (English only) or a table by language, like a lab
    pack's: ``title = { en = "…", fr = "…", ar = "…" }``. Every language the script lists in
    ``[ceremony] languages`` must be there, and no other; the reader's language is picked
    (English when the script lacks it)."""

    def __init__(self, err: _Errors, languages: tuple[str, ...], wanted: str):
        self.err = err
        self.languages = languages
        self.language = wanted if wanted in languages else "en"

    def both(self, where: str, key: str, value: Any) -> tuple[str, str]:
        """(English, the reader's language) for one text."""
        if isinstance(value, str):
            if self.languages != ("en",):
                raise self.err(where, f"{key!r} must be a table of texts by language")
            return value, value
        if not isinstance(value, dict):
            raise self.err(where, f"{key!r} must be a string or a table of texts by language")
        for lang, text in value.items():
            if lang not in self.languages:
                raise self.err(where, f"'{key}.{lang}': language {lang!r} is not in languages")
            if not isinstance(text, str) or not text.strip():
                raise self.err(where, f"'{key}.{lang}' must be a non-empty string")
        missing = [lang for lang in self.languages if lang not in value]
        if missing:
            raise self.err(where, f"{key!r}: missing language {missing[0]!r}")
        return value["en"], value[self.language]


def _get_text(table: _ScriptTable, key: str, default: str | None = None) -> Any:
    """A text key's raw value (a string or a table by language), checked by :class:`_Texts`."""
    value = table.data.get(key, default)
    table.used.add(key)
    if value is None:
        return table.get(key, str)  # missing: the table's own error
    return value


def parse_script(
    doc: dict[str, Any], path: Path, digest: str, language: str | None = None
) -> Script:
    err = _Errors(path)
    top = _ScriptTable(path.name, "top level", doc)
    top.only({"ceremony", "roles", "steps"})
    head = _ScriptTable(path.name, "[ceremony]", top.get("ceremony", dict))
    head.only({"id", "name", "description", "key_store", "allow_key_backup", "languages"})
    languages = tuple(head.get("languages", list, ["en"]))
    if (
        not languages
        or languages[0] != "en"
        or any(lang not in LANGUAGES or languages.count(lang) > 1 for lang in languages)
    ):
        raise err(
            "[ceremony]", f"'languages' must start with 'en', each one of {', '.join(LANGUAGES)}"
        )
    wanted = language or user_language()
    texts = _Texts(err, languages, wanted)
    ceremony_id = head.get("id", str)
    if not _NAME.match(ceremony_id):
        raise err("[ceremony]", "'id' must be lower-case letters, digits, '-', '_' or '.'")
    key_store = head.get("key_store", str, "software")
    if key_store != "software" and not key_store.startswith("pkcs11:token="):
        raise err("[ceremony]", "'key_store' must be 'software' or 'pkcs11:token=LABEL'")
    allow_backup = head.get("allow_key_backup", bool, False)

    roles: list[Role] = []
    for i, raw in enumerate(top.get("roles", list), 1):
        where = f"role {i}"
        if not isinstance(raw, dict):
            raise err(where, "must be a table ([[roles]])")
        role = _ScriptTable(path.name, where, raw)
        role.only({"name", "title", "min", "of"})
        name = role.get("name", str)
        where = role.where = f"role {name!r}"
        if not _NAME.match(name):
            raise err(where, "'name' must be lower-case letters, digits, '-', '_' or '.'")
        if any(r.name == name for r in roles):
            raise err(where, "defined twice")
        minimum = role.get("min", int, 1)
        of = role.get("of", int, None)
        if minimum < 1 or (of is not None and of < minimum):
            raise err(where, "'min' must be at least 1 and not above 'of'")
        title, label = texts.both(where, "title", _get_text(role, "title", name))
        roles.append(Role(name, title, minimum, of, label))
    if not roles:
        raise err("top level", "a ceremony needs at least one role")

    steps: list[Step] = []
    for i, raw in enumerate(top.get("steps", list), 1):
        if not isinstance(raw, dict):
            raise err(f"step {i}", "must be a table ([[steps]])")
        step_id = raw.get("id")
        where = f"step {step_id!r}" if isinstance(step_id, str) else f"step {i}"
        entry = _ScriptTable(path.name, where, raw)
        entry.only({"id", "action", "title", "actors", "say", "params"})
        step_id = entry.get("id", str)
        if not _NAME.match(step_id):
            raise err(where, "'id' must be lower-case letters, digits, '-', '_' or '.'")
        if any(s.id == step_id for s in steps):
            raise err(where, "the id is used twice")
        action = entry.get("action", str)
        if action not in ACTIONS:
            raise err(where, f"unknown action {action!r} (one of: {', '.join(ACTIONS)})")
        actors = entry.get("actors", list)
        for actor in actors:
            if not isinstance(actor, str) or not any(r.name == actor for r in roles):
                raise err(where, f"actor {actor!r} is not a role of this ceremony")
        params = entry.get("params", dict, {})
        required, optional = ACTIONS[action]
        param_table = _ScriptTable(path.name, f"{where} params", params)
        param_table.only(set(required) | set(optional))
        for key, kind in required.items():
            param_table.get(key, kind)
        for key, kind in optional.items():
            param_table.get(key, kind, None)
        _check_step(action, params, key_store, allow_backup, where, err)
        _, title = texts.both(where, "title", _get_text(entry, "title", step_id))
        say = entry.data.get("say")
        entry.used.add("say")
        _, said = texts.both(where, "say", say) if say is not None else ("", "")
        steps.append(Step(step_id, action, title, tuple(actors), said, dict(params)))
    if not steps:
        raise err("top level", "a ceremony needs at least one step")
    outputs: dict[str, str] = {}
    for step in steps:
        for name in step.outputs():
            if name in outputs:
                raise err(f"step {step.id!r}", f"writes {name}, as step {outputs[name]!r} does")
            outputs[name] = step.id
    name, display_name = texts.both("[ceremony]", "name", _get_text(head, "name"))
    description = head.data.get("description", "")
    head.used.add("description")
    _, description = (
        texts.both("[ceremony]", "description", description) if description else ("", "")
    )
    return Script(
        path,
        digest,
        ceremony_id,
        name,
        description,
        key_store,
        allow_backup,
        tuple(roles),
        tuple(steps),
        languages,
        texts.language,
        wanted,
        display_name,
    )


def _check_step(
    action: str,
    params: dict[str, Any],
    key_store: str,
    allow_backup: bool,
    where: str,
    err: _Errors,
) -> None:
    for key in ("key",):
        if key in params and params[key] not in KEY_SPECS:
            raise err(f"{where} params", f"unknown key type {params[key]!r}")
    for key in ("ca", "name", "label"):
        if key in params and not _NAME.match(str(params[key]).lower()):
            raise err(f"{where} params", f"{key!r} must be a simple name")
    if action == "generate_key" and not key_store.startswith("pkcs11:"):
        raise err(
            where,
            "generate_key makes a token key: set key_store = 'pkcs11:token=LABEL' "
            "(software keys are generated by create_root)",
        )
    if params.get("backupable") and not allow_backup:
        raise err(where, "a backupable key needs allow_key_backup = true in [ceremony]")
    if action == "split_backup":
        if not allow_backup:
            raise err(where, "split_backup needs allow_key_backup = true in [ceremony]")
        if not 2 <= params["threshold"] <= params["shares"] <= 255:
            raise err(f"{where} params", "need 2 ≤ threshold ≤ shares ≤ 255")
    if action == "service_credential" and params["kind"] not in ("ocsp", "tsa"):
        raise err(f"{where} params", "'kind' must be 'ocsp' or 'tsa'")
    if action == "manual":
        for item in params.get("record", []):
            if not isinstance(item, str) or not _NAME.match(item):
                raise err(f"{where} params", "'record' lists value names (simple names)")
