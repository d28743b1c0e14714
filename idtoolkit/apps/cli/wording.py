"""How the CLI words engine errors whose remedy is a flag or a command.

The engine describes what is wrong without naming a front end's flags (its errors are kinds
with parameters, :mod:`idtoolkit.errors`); on the command line the remedy *is* a flag or a
command, so these kinds are worded here, over the same parameters. A kind not listed here is
printed in the engine's own words. Either is said in the user's language
(:mod:`.language`); ``english=True`` keeps it English (``--json`` output, for programs).
"""

from __future__ import annotations

import re
from typing import Final

from idtoolkit.api.i18n import catalogue
from idtoolkit.apps.cli.language import N_
from idtoolkit.apps.cli.language import catalogue as user_catalogue
from idtoolkit.errors import IDToolkitError

#: kind -> the CLI's template (``str.format`` fields are the error's parameters).
CLI_WORDING: Final[dict[str, str]] = {
    "audit.bad_expected_head": "--expect-head {head!r} must look like SEQ:HASH",
    "backup.bad_threshold": "--threshold {threshold} of --shares {count}: need 2 ≤ threshold ≤ shares ≤ 255",
    "backup.restore_needs_token": "this backup holds a token key: give the token to restore it into with --key-store pkcs11:token=LABEL",
    "backup.token_key_needs_so_pin": "backing up a token key needs the token's security officer PIN (set IDTOOLKIT_SO_PIN or use --so-pin-file)",
    "bulk.csv_unknown_column": "CSV {path}: unknown column {value!r} (use --map to rename columns)",
    "bulk.job_elsewhere": "job {job!r} already issued {count} credential(s) into another folder (or its folder was deleted), not into {out}; nothing was issued: resume it with its own --out, or give this job another name with --job",
    "bulk.job_name_invalid": "--job {name!r} must be 1 to {limit} characters, without ':' or control characters",
    "bulk.output_holds_another_job": "{out} holds the bulk job {job!r} (rows from {source}); nothing was issued: give this job another --out, or pass --job {job} to add these rows to that job",
    "bulk.output_job_differs": "{out} holds the bulk job {job!r} of CA {ca!r} with profile {profile!r}; nothing was issued: resume it with --ca {ca} --profile {profile}, or give this job another --out",
    "ca.backup_key_not_in_pkcs12": "CA {name!r} has an {signer_spec_name} key, which PKCS#12 cannot carry yet: back it up with --format key (encrypted PKCS#8) and --format chain",
    "ca.existing_key_needs_token": "an existing key can only be used from a token (--key-store pkcs11:…)",
    "ca.import_needs_certificate": "give the CA certificate (--cert) or a PKCS#12 file (--p12)",
    "ca.issuer_not_in_workspace": "the issuer of {subject!r} ({issuer}) is not in this workspace: pass its certificate (and any above it) with --chain",
    "ca.no_certificate_yet": "CA {name!r} has no certificate yet: import it with 'idtoolkit ca import-cert {name}'",
    "ca.awaiting_signed_certificate": "CA {name!r} has no certificate yet: import the signed one with 'idtoolkit ca import-cert {name} --cert FILE'",
    "ca.rsa_pss_needs_rsa": "--rsa-pss applies to RSA keys only",
    "cert.serial_ambiguous": "serial {exact} was issued by several CAs ({names}): add --ca",
    "crl.import_own_ca": "CA {name!r} signs its own CRLs here ('idtoolkit crl --ca {name}')",
    "crl.import_unknown_issuer": "the CRL was signed by {issuer!r}, a CA this workspace does not know yet: bring its certificate in first ('idtoolkit ca import-cert' with --chain for a requested sub-CA, or 'idtoolkit ca import NAME --cert FILE')",
    "db.roles_not_provisioned": "the database roles are not provisioned on this server yet: run 'idtoolkit db roles' first, as the workspace database's owner",
    "enroll.certificate_not_written": "certificate {serial} was issued but could not be written to token {token!r}: {exc}; export it with 'idtoolkit cert export {serial}' and load it with pkcs11-tool",
    "export.ca_key_needs_ca_export": "a private-key export needs the CA key: use 'ca export --format p12' (or key) for a CA",
    "export.der_one_certificate": "DER holds one certificate: use --format p7b or chain for a chain",
    "key.activation_needs_shares": "the key of CA {ca!r} is under dual control: {threshold} of its {custodians} custodians' shares activate it, {given} given; nothing was signed (give each with --share FILE, or list them in IDTOOLKIT_KEY_SHARES)",
    "passphrase.needed": "the workspace passphrase is needed: set IDTOOLKIT_PASSPHRASE or use --passphrase-file",
    "service.credential_missing": "no {kind_name} credential{for_ca}: create one with 'idtoolkit ca service CA --kind {kind_name}'",
    "signing.revocation_needs_chain": "--embed-revocation needs the signer's chain up to its root: use a PKCS#12 with the chain, or give --chain",
    "token.key_type_unsupported": "token {token_label!r} cannot hold {key_type} keys: its mechanism list lacks {mechanisms} (PKCS#11 3.2); use --key-store software",
    "token.pin_needed": "the PIN for token {token_label!r} is needed: set {env_pin} or use --pin-file",
    "verify.cannot_read_signature": "cannot read the signature {signature}: {strerror} (give it with --signature)",
    "verify.no_trust_anchor": "give the trust anchor(s) with --trust CERT (e.g. the test PKI's root)",
    "workspace.not_initialised": "{directory} is not a workspace (no {config_file}); run 'idtoolkit init' first",
    "signing.revocation_unreachable": (
        "cannot embed revocation information for {certificate} ({problems}); "
        "is 'idtoolkit serve' running?"
    ),
}


#: English words passed as a parameter's whole value ("CAs in this workspace: none yet", the
#: secret a prompt asks for): said in the user's language with the sentence; ``--json``
#: params keep them.
PARAMETER_WORDS: Final = frozenset(
    {
        N_("none yet"),
        N_("none"),
        N_("workspace passphrase"),
        N_("pkcs#12 password"),
        N_("backup password"),
        N_("key/pkcs#12 password"),
    }
)
#: Parameters that are a phrase around a name (``set IDTOOLKIT_PASSPHRASE or ``, ``user pin of
#: token 'hsm1'``): the phrase is said in the user's language, the name left as it is.
PARAMETER_PHRASES: Final = (
    (re.compile(r"set (?P<env>\S+) or "), N_("set {env} or ")),
    (
        re.compile(r"user pin of token (?P<token>'.*')", re.IGNORECASE),
        N_("user PIN of token {token}"),
    ),
    (re.compile(r"so pin of token (?P<token>'.*')", re.IGNORECASE), N_("SO PIN of token {token}")),
    (
        re.compile(r"password of the new login (?P<name>.+)", re.IGNORECASE),
        N_("password of the new login {name}"),
    ),
)


def parameter_text(value: object) -> object:
    """``value`` in the user's words when it is one of the English words or phrases above."""
    if not isinstance(value, str):
        return value
    words = user_catalogue()
    if value in PARAMETER_WORDS or value.lower() in PARAMETER_WORDS:
        said = words.gettext(value.lower())
        return said[:1].upper() + said[1:] if value[:1].isupper() else said
    for pattern, template in PARAMETER_PHRASES:
        match = pattern.fullmatch(value)
        if match:
            return words.render(template, match.groupdict())
    return value


def cli_message(error: IDToolkitError, english: bool = False) -> str:
    """``error`` as the CLI says it: its CLI wording if it has one, else the engine's, in the
    user's language (or in English)."""
    template = CLI_WORDING.get(error.kind, error.template)
    if english:
        return catalogue("en").render(template, error.params)
    words = user_catalogue()
    if words.gettext(template) == template:  # said in English: so are its words
        return words.render(template, error.params)
    params = {name: parameter_text(value) for name, value in error.params.items()}
    text = words.render(template, params)
    for name, value in params.items():  # words, not data: not isolated left to right
        if value is not error.params[name]:
            text = text.replace(words.data(value), str(value))
    return text
