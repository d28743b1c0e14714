"""Words that go inside engine sentences, as messages: what a file is, what a token was doing,
why the system would not read a file.

"cannot read {what} {path}: {strerror}" and "token 'hsm1' refused to {what}" were said in
French and Arabic with English inside them ("impossible de lire passphrase file pw.txt : No such
file or directory"), because ``what`` and ``strerror`` were English words. Passed as messages
(:mod:`idtoolkit.messages`), they are said in the user's language with the sentence around them
(``Catalogue.render`` says a message parameter too); ``str()`` of each is the English word, so
logs, ``--json`` parameters and tests see exactly what they saw before.
"""

from __future__ import annotations

import errno

from idtoolkit.messages import Message

# What a file handed to us is, in "cannot read {what} {path}" / "{what} {path} is empty".
CSR = Message("input.name.csr", "CSR")
CERTIFICATE = Message("input.name.certificate", "certificate")
CHAIN = Message("input.name.chain", "chain")
CA_CERTIFICATE = Message("input.name.ca_certificate", "CA certificate")
CRL = Message("input.name.crl", "CRL")
KEY = Message("input.name.key", "key")
PKCS12_FILE = Message("input.name.pkcs12_file", "PKCS#12 file")
THE_PKCS12_FILE = Message("input.name.the_pkcs12_file", "the PKCS#12 file")
CREDENTIAL = Message("input.name.credential", "credential")
PASSPHRASE_FILE = Message("input.name.passphrase_file", "passphrase file")
PIN_FILE = Message("input.name.pin_file", "PIN file")
THE_FILE_TO_SIGN = Message("input.name.file_to_sign", "the file to sign")

# What a token was asked to do, in "token 'x' refused to {what}" / "while trying to {what}".
SIGN = Message("token.doing.sign", "sign")
GENERATE_A_KEY = Message("token.doing.generate_key", "generate a key")
FIND_KEY = Message("token.doing.find_key", "find the key")
LIST_KEYS = Message("token.doing.list_keys", "list keys")
REMOVE_UNUSED_KEY = Message("token.doing.remove_unused_key", "remove the unused key")
READ_CERTIFICATE = Message("token.doing.read_certificate", "read the certificate")
STORE_CERTIFICATE = Message("token.doing.store_certificate", "store the certificate")
GENERATE_BACKUPABLE_KEY = Message(
    "token.doing.generate_backupable_key", "generate a backupable key"
)
CREATE_BACKUP_KEK = Message("token.doing.create_backup_kek", "create the backup key-encryption key")
WRAP_CA_KEY = Message("token.doing.wrap_ca_key", "wrap the CA key")
DESTROY_KEK = Message("token.doing.destroy_kek", "destroy the key-encryption key")
RESTORE_CA_KEY = Message("token.doing.restore_ca_key", "restore the CA key")
READ_KEY_ATTRIBUTES = Message("token.doing.read_key_attributes", "read the key attributes")

#: The system's reasons a file could not be read, by errno; others keep the system's words.
_OS_REASONS = {
    errno.ENOENT: Message("os.no_such_file", "No such file or directory"),
    errno.EACCES: Message("os.permission_denied", "Permission denied"),
    errno.EISDIR: Message("os.is_a_directory", "Is a directory"),
    errno.ENOTDIR: Message("os.not_a_directory", "Not a directory"),
}


def os_reason(exc: OSError) -> str | None:
    """Why the system refused (``exc.strerror``), as a message the user's language says when
    it is one of the common reasons; the system's own words (or None) otherwise."""
    said = _OS_REASONS.get(exc.errno or 0)
    if said is not None and exc.strerror == str(said):
        return said
    return exc.strerror
