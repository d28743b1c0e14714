"""Engine text as messages with parameters, said in the user's language at the edge.

A profile's grants, a signature report's checks and reasons, a lint finding in plain words, a
key algorithm's name: the engine used to write these as finished English sentences, which the
desktop app and the CLI then showed as they were, in French and Arabic too. Like an error
(:mod:`idtoolkit.errors`), such a text is now a :class:`Message`: a stable dotted ``kind``, one
literal English ``template`` (``str.format`` fields) and its ``params``.

``str(message)`` is the English sentence (logs, ``--json`` output, audit events, saved reports:
unchanged); a front end says it in the user's language with
``idtoolkit.api.i18n.catalogue(lang).text(message)``. A parameter may itself be a message (a
key usage inside the grants line) or a list of them (said with the language's list separator);
any other value is data (a DN, a date, a path, a code) and is isolated left to right in a
right-to-left language. The catalogue extractor (:mod:`idtoolkit.i18n.catalogues`) reads every
literal ``Message("kind", "template", …)`` in the source, so ``catalogues check`` fails on one a
catalogue lacks.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any, Union

from idtoolkit.errors import KIND_PATTERN, IDToolkitError, render


class Message(str):
    """One sentence of engine text: kind, English template, parameters (plain values, other
    messages, or lists of either).

    A message *is* its English sentence (a ``str``), so code that stores, joins, compares or
    writes it as JSON keeps working unchanged; what it adds is what a catalogue needs to say it
    in another language.
    """

    kind: str
    template: str
    params: dict[str, Any]

    def __new__(cls, kind: str, template: str, /, **params: Any) -> Message:
        if not KIND_PATTERN.fullmatch(kind):
            raise ValueError(f"not a message kind: {kind!r}")
        english_params = {name: _english_param(value) for name, value in params.items()}
        self = super().__new__(cls, render(template, english_params))
        self.kind = kind
        self.template = template
        self.params = params
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickled across helper processes (lint workers, lab grading): kind and parameters.
        return (_rebuild, (self.kind, self.template, self.params))

    def __copy__(self) -> Message:
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> Message:
        return self


def _rebuild(kind: str, template: str, params: dict[str, Any]) -> Message:
    return Message(kind, template, **params)


def _english_param(value: object) -> object:
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    return value


#: Engine text: a message, or a plain string (data, or text not yet made a message).
Text = Union[Message, str]  # noqa: UP007 (a runtime alias)

LRI, PDI = "\u2066", "\u2069"
#: A ``str.format`` field and its name (``{path}``, ``{name!r}``), literal ``{{`` left alone.
_FIELD = re.compile(r"(?<!\{)\{([A-Za-z_][A-Za-z0-9_]*)[^{}]*\}(?!\})")

#: Between the items of a list parameter ("sign certificates, sign CRLs").
LIST_SEPARATOR = Message("text.list_separator", ", ")


def say(
    text: Text | Sequence[Text], translate: Callable[[str], str], rtl: bool, separator: str
) -> str:
    """``text`` in words: a message's template through ``translate``, its message parameters
    said the same way, lists joined by ``separator``; in a right-to-left language (``rtl``) each
    data field is wrapped in Unicode isolates (a DN, a date, a path stays left to right)."""
    if isinstance(text, Message):
        return _say_message(text, translate, rtl, separator)
    if isinstance(text, str):
        return text
    return separator.join(say(item, translate, rtl, separator) for item in text)


def _say_message(text: Message, translate: Callable[[str], str], rtl: bool, separator: str) -> str:
    params: dict[str, object] = {}
    data: set[str] = set()
    for name, value in text.params.items():
        if isinstance(value, Message):
            params[name] = say(value, translate, rtl, separator)
        elif isinstance(value, (list, tuple)) and any(isinstance(v, Message) for v in value):
            params[name] = separator.join(say(v, translate, rtl, separator) for v in value)
        elif isinstance(value, (list, tuple)):
            params[name], data = separator.join(str(v) for v in value), data | {name}
        else:
            params[name], data = value, data | {name}
    template = translate(text.template)
    if rtl:
        template = _FIELD.sub(
            lambda m: f"{LRI}{m.group(0)}{PDI}" if m.group(1) in data else m.group(0), template
        )
    return render(template, params)


def message_of(error: IDToolkitError) -> Message:
    """An engine error as a message (its kind, template, parameters): a report line that
    quotes it is said in the user's language like the error itself."""
    return Message(error.kind, error.template, **error.params)


def to_data(text: object) -> Any:
    """``text`` as JSON-able data that keeps its messages (kind, template, parameters), for a
    helper process that reports one (a lint worker's refusal): :func:`from_data` rebuilds it."""
    if isinstance(text, Message):
        params = {name: to_data(value) for name, value in text.params.items()}
        return {"message": text.kind, "template": text.template, "params": params}
    if isinstance(text, (list, tuple)):
        return [to_data(v) for v in text]
    if text is None or isinstance(text, str | int | float | bool):
        return text
    return str(text)  # e.g. an exception given as a parameter: its words cross, not the object


def from_data(data: Any) -> Any:
    """The text :func:`to_data` wrote, its messages whole again."""
    if isinstance(data, dict) and {"message", "template", "params"} <= set(data):
        params = {name: from_data(value) for name, value in data["params"].items()}
        return Message(data["message"], data["template"], **params)
    if isinstance(data, list):
        return [from_data(v) for v in data]
    return data


def english(text: Text | Sequence[Text]) -> str:
    """The English words of ``text`` as a plain ``str`` (what ``--json`` output and logs keep)."""
    if isinstance(text, str):
        return str.__str__(text)
    return ", ".join(str.__str__(t) for t in text)
