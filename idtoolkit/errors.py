"""The engine's exception hierarchy.

Every error raised on purpose derives from :class:`IDToolkitError`, and its message is one
line that names what is wrong (file, field, rule), so the CLI can print it as-is and the GUI
can show it in a dialog. Messages never contain secrets.
"""

from __future__ import annotations


class IDToolkitError(Exception):
    """Base of every error the engine raises on purpose; the CLI prints its message as one line."""


class ConfigurationError(IDToolkitError):
    """A configuration or profile file is invalid; the message names the file and the key."""


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
