"""The engine's exception hierarchy: errors as kinds with parameters, never as sentences.

Every error raised on purpose derives from :class:`IDToolkitError` and carries

- a stable :attr:`~IDToolkitError.kind` (``"profile.key_type_not_allowed"``): what went wrong,
  for programs (``--json`` errors, tests) and for the front ends' own wording;
- its :attr:`~IDToolkitError.params` (``{"profile": "tls-server", "key_type": "rsa-1024"}``):
  the data the sentence needs, plain values only, never a secret;
- a default English :attr:`~IDToolkitError.template` (``"profile {profile} does not allow
  {key_type} keys"``), which ``str(error)`` renders.

Why kinds: the CLI and the desktop app word the same failure differently (the CLI can name a
flag, the GUI a field) and in the user's language, which a finished English sentence would
prevent. So the engine never names a CLI flag or an ``idtoolkit …`` command in a template; a
front end adds its own hint for the kind (:mod:`idtoolkit.apps.cli.wording`, :mod:`gui.errors`).
A template names its parameters as ``{name}`` fields (``str.format`` syntax, literal braces
doubled); ``tests/test_error_kinds.py`` reads every ``raise`` in the engine and checks that each
carries a literal kind and a template whose fields match its parameters, and that one kind
always has one template.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

#: A kind: two or more dotted lower-case words, e.g. ``csr.bad_signature``.
KIND_PATTERN = re.compile(r"[a-z][a-z0-9_]*(\.[a-z0-9_]+)+")


def render(template: str, params: Mapping[str, object]) -> str:
    """``template`` with its fields filled from ``params`` (a missing one is left as is)."""
    try:
        return template.format_map(params)
    except (KeyError, IndexError, ValueError, AttributeError):
        return template


def _rebuild(cls: type[IDToolkitError], kind: str, template: str, params: dict[str, Any]) -> Any:
    return cls.rebuilt(kind, template, params)


class IDToolkitError(Exception):
    """Base of every error the engine raises on purpose.

    ``IDToolkitError("ca.not_found", "no CA named {name}", name="Root")``; ``str()`` gives the
    English sentence, one line, which is what a log or a script sees.
    """

    kind: str
    template: str
    params: dict[str, Any]

    def __init__(self, kind: str, template: str, /, **params: Any) -> None:
        if not KIND_PATTERN.fullmatch(kind):
            raise ValueError(f"not an error kind: {kind!r}")
        self.kind = kind
        self.template = template
        self.params = params
        super().__init__(render(template, params))

    @classmethod
    def rebuilt(cls, kind: str, template: str, params: Mapping[str, Any]) -> IDToolkitError:
        """The same error again from its parts, e.g. as a helper process reported it."""
        return cls(kind, template, **params)

    @property
    def message(self) -> str:
        """The default English sentence (the same as ``str(error)``)."""
        return str(self)

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickled across helper processes (lab grading): keep the kind and the parameters.
        return (_rebuild, (type(self), self.kind, self.template, self.params))


class ConfigurationError(IDToolkitError):
    """A configuration or profile file is invalid; the parameters name the file and the key."""


class InputError(IDToolkitError):
    """User-supplied data (PEM, DER, CSR, PKCS#12, subject, SAN...) cannot be used."""


class NotFoundError(IDToolkitError):
    """A named object (CA, profile, certificate, workspace) does not exist."""


class AlreadyExistsError(IDToolkitError):
    """An object with that name or identity exists already."""


class PassphraseError(IDToolkitError):
    """The workspace passphrase is missing or wrong."""


class ProfileViolation(IDToolkitError):
    """A request asks for something the certificate profile forbids; names the rule."""


class LintError(IDToolkitError):
    """A document could not be linted at all (e.g. it does not decode)."""


class LintRejected(IDToolkitError):
    """Linting found errors: the certificate is not issued."""


class StoreError(IDToolkitError):
    """The database cannot be opened, migrated or written."""


class AuditError(IDToolkitError):
    """The audit trail is inconsistent or cannot be written."""


class KeyStoreError(IDToolkitError):
    """A key cannot be generated, loaded or used for signing."""


class FetchError(IDToolkitError):
    """A service (TSA, OCSP responder, CRL or certificate URL) could not be reached or answered
    with something unusable."""


class SigningError(IDToolkitError):
    """A document could not be signed (or a signature could not be read)."""


class AuthorizationError(IDToolkitError):
    """An operator may not do this (role, credential, approval rule): refused, nothing changed,
    and the refusal is in the audit trail."""


class ApprovalPending(IDToolkitError):
    """Not an error but a stop: the action was stored as a request and waits for approvals
    (``params``: ``request`` id, ``needed`` approvals still missing). The CLI exits 5."""
