"""Files, secrets and output for the CLI.

Output files are written atomically (temp file + rename) and checked for writability before
any store change, so a bad ``--out`` never leaves a certificate issued but not delivered.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import os
import sys
from pathlib import Path
from typing import Any

from idtoolkit.api import PASSPHRASE_ENV_VAR as ENV_VAR
from idtoolkit.api import check_output_target, is_stream, read_passphrase_file, write_atomic
from idtoolkit.api import inputs as named
from idtoolkit.apps.cli.language import N_, _, catalogue, nsay
from idtoolkit.apps.cli.wording import parameter_text
from idtoolkit.errors import InputError, PassphraseError, render


class JobCancelled(Exception):
    """``bulk issue`` stopped on Ctrl-C after committing what it had signed: exit 130 (see
    cli.main), after the summary that says how to resume."""


class RowsRejected(Exception):
    """``bulk issue`` ran to the end but rejected rows: exit 4 (see cli.main) so scripts
    notice, after the summary that lists them."""


#: Exit codes of a command that stopped where the user wanted it to (see cli.main).
EXIT_STOPPED = 6  # a ceremony paused at the operator's word; 5 is left unused
EXIT_INTERRUPTED = 130


class Stopped(Exception):
    """The command stopped where the user wanted it to (a ceremony paused with ``stop``, or
    interrupted), after saying in a plain sentence how to go on: not an error, so no
    "error:" line; ``code`` is the exit code (see cli.main)."""

    def __init__(self, code: int):
        super().__init__(code)
        self.code = code


def check_writable(path: Path) -> None:
    """Refuse, before any store change, an output that cannot be written: a missing or
    read-only folder, a directory, a special file that is not a stream (see
    :func:`idtoolkit.api.check_output_target`). ``-`` and devices such as /dev/null pass."""
    check_output_target(path)
    if is_stream(path):
        return
    parent = path.expanduser().resolve().parent
    if not parent.is_dir():
        raise InputError(
            "cli.output_directory_missing",
            "cannot write {path}: directory {parent} does not exist",
            path=path,
            parent=parent,
        )
    if not os.access(parent, os.W_OK):
        raise InputError(
            "cli.output_directory_not_writable",
            "cannot write {path}: directory {parent} is not writable",
            path=path,
            parent=parent,
        )
    if path.is_dir():
        raise InputError(
            "cli.output_is_directory", "cannot write {path}: it is a directory", path=path
        )


def write_file(path: Path, data: bytes, private: bool = False) -> None:
    """Atomic write after checking the folder; ``private`` files (keys, PKCS#12) are 0600,
    public ones 0644 (see idtoolkit.files)."""
    path = path.expanduser()
    check_writable(path)
    write_atomic(path, data, secret=private)


def given_secret(args: argparse.Namespace, file_attr: str, env: str | None) -> bytes | None:
    """A secret given up front, from ``--*-file`` then the environment (None: not given)."""
    path = getattr(args, file_attr, None)
    if path:
        what = named.PIN_FILE if "pin" in file_attr else named.PASSPHRASE_FILE
        return read_passphrase_file(Path(path), what)
    if env and os.environb.get(env.encode()):
        return os.environb[env.encode()]
    return None


def read_secret(
    args: argparse.Namespace, file_attr: str, env: str | None, prompt: str, confirm: bool = False
) -> bytes:
    """A secret from ``--*-file``, then the environment, then a no-echo prompt on a terminal."""
    given = given_secret(args, file_attr, env)
    if given is not None:
        return given
    if not sys.stdin.isatty():
        where = f"set {env} or " if env else ""
        raise PassphraseError(
            "cli.secret_needed",
            "{what} needed: {where}use --{flag}",
            what=prompt.lower(),
            where=where,
            flag=file_attr.replace("_", "-"),
        )
    shown = str(parameter_text(prompt))
    first = getpass.getpass(f"{shown}: ")
    if confirm and getpass.getpass(_("{prompt} (again): ").replace("{prompt}", shown)) != first:
        raise PassphraseError("cli.secret_entries_differ", "the two entries differ")
    if not first:
        raise PassphraseError("cli.secret_empty", "{what} is empty", what=prompt.lower())
    return first.encode()


def token_pin(args: argparse.Namespace, label: str) -> bytes:
    return read_secret(args, "pin_file", "IDTOOLKIT_PIN", f"User PIN of token {label!r}")


def workspace_passphrase(args: argparse.Namespace, confirm: bool = False) -> bytes:
    return read_secret(args, "passphrase_file", ENV_VAR, "Workspace passphrase", confirm)


def given_passphrase(args: argparse.Namespace) -> bytes | None:
    """The workspace passphrase if given by file or environment (never prompts)."""
    return given_secret(args, "passphrase_file", ENV_VAR)


def _jsonable(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, bytes):
        return value.decode()
    return value


def emit(args: argparse.Namespace, data: dict[str, Any] | list[Any], text: str) -> None:
    """JSON for scripts (``--json``), readable text otherwise; on standard error when the
    command's output itself went to standard output (``--out -``), so the two never mix."""
    to = sys.stderr if getattr(args, "out", None) == "-" else sys.stdout
    if getattr(args, "json", False):
        print(json.dumps(_jsonable(data), indent=2, ensure_ascii=False), file=to)
    elif text:
        print(text, file=to)


def emit_listing(
    args: argparse.Namespace,
    items: list[dict[str, Any]],
    rows: list[list[str]],
    headers: list[str],
    noun: str,
    total: int | None = None,
    offset: int = 0,
    counted_as: tuple[str, str] | None = None,
) -> None:
    """Every listing has one shape: ``{"total": N, "items": [...]}`` with ``--json``; a table
    then a line with the total otherwise, saying when the listing was cut. ``noun`` is the
    plural ("certificates", "CAs"); one of a kind is said in the singular. ``counted_as`` (a
    ``{count}`` template and its plural) says the total in the user's language."""
    total = len(items) if total is None else total
    if total == 1 and noun.endswith("s"):
        noun = noun[:-1]
    if getattr(args, "json", False):
        print(json.dumps(_jsonable({"total": total, "items": items}), indent=2, ensure_ascii=False))
        return
    print(table(rows, [_(h) for h in headers]))
    shown = len(items)
    if shown < total and counted_as is not None:
        first = offset + 1 if shown else offset
        words = catalogue()
        cut = words.gettext(
            N_(
                "showing {first}-{last} of {total} "
                "(listing cut: --limit 0 or --all shows every one, --offset N pages)"
            )
        )
        # {total} is itself a sentence ("2002 certificates"): isolating it would turn it round
        # in Arabic, so only the numbers of the range are isolated.
        range_ = {"first": words.data(first), "last": words.data(offset + shown)}
        print(render(cut, {**range_, "total": nsay(*counted_as, total)}))
    elif shown < total:
        first = offset + 1 if shown else offset
        print(
            f"showing {first}-{offset + shown} of {total} {noun} "
            "(listing cut: --limit 0 or --all shows every one, --offset N pages)"
        )
    elif counted_as is not None:
        print(nsay(*counted_as, total))
    else:
        print(f"{total} {noun}")


def counted(count: int, singular: str, plural: str | None = None) -> str:
    """ "1 entry", "3 entries": a number with its noun as people say it."""
    return f"{count} {singular if count == 1 else plural or singular + 's'}"


def plain(value: object) -> str:
    """A value as a person reads it: no ``None``/``True``/``['…']`` from Python."""
    if value is None:
        return "-"
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(value, dt.datetime):
        return f"{value:%Y-%m-%d %H:%M} UTC"
    if isinstance(value, list | tuple):
        return ", ".join(plain(v) for v in value) if value else "-"
    if isinstance(value, dict):
        return ", ".join(f"{k} {plain(v)}" for k, v in value.items()) if value else "-"
    return str(value)


#: The labels of ``show`` lines, in the user's language where the catalogue has them.
LABELS = (
    N_("name"), N_("status"), N_("profile"), N_("subject"), N_("parent"), N_("key type"),
    N_("key store"), N_("serial"), N_("not before"), N_("not after"), N_("base url"),
    N_("crl days"), N_("ca"), N_("revoked at"), N_("reason"), N_("issuer"),
    N_("fingerprint sha256"),
)  # fmt: skip


#: Status words a listing or a ``show`` prints (certificates' and CAs'): the stored value
#: (``not_yet_valid``, what ``--status`` takes) in English, the user's words otherwise;
#: ``--json`` keeps the stored value.
STATUS_WORDS = frozenset({
    N_("valid"), N_("revoked"), N_("on_hold"), N_("expired"), N_("not_yet_valid"),
    N_("active"), N_("pending"), N_("external"),
})  # fmt: skip


def status_word(status: object) -> str:
    """A stored status (``on_hold``) in the user's words (``suspendu``); unknown ones as is."""
    return _(str(status)) if str(status) in STATUS_WORDS else plain(status)


def key_value_text(data: dict[str, Any]) -> str:
    """``key: value`` lines in plain words (underscores become spaces), the words translated."""
    return "\n".join(
        f"{_(k.replace('_', ' '))}: {status_word(v) if k == 'status' else plain(v)}"
        for k, v in data.items()
    )


def table(rows: list[list[str]], headers: list[str]) -> str:
    if not rows:
        return _("(none)")
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    return "\n".join(lines)


def parse_time(text: str) -> dt.datetime:
    try:
        value = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise InputError(
            "cli.bad_time",
            "{text!r} is not an ISO 8601 date/time (e.g. 2026-01-31T12:00Z)",
            text=text,
        ) from None
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value


def grouped_hex(hex_digest: str) -> str:
    """A fingerprint in groups of four, to be read aloud and compared on both sides."""
    return " ".join(hex_digest[i : i + 4] for i in range(0, len(hex_digest), 4))
