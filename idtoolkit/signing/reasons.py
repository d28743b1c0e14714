"""The reason codes of signature reports and their words, apart from the validators so a front
end can say them without loading pyHanko."""

from __future__ import annotations

from idtoolkit.messages import Message, Text

#: Reason codes, stable for scripts and test manifests, and each one's words (a message: said
#: in the user's language by the front ends, in English by ``str()``).
REASON_MESSAGES = {
    "modified": Message(
        "signature.reason.modified",
        "the signed data was changed after signing, or the signature value is wrong",
    ),
    "malformed": Message(
        "signature.reason.malformed", "the signature cannot be read or contradicts itself"
    ),
    "untrusted": Message(
        "signature.reason.untrusted", "the signer's certificate does not chain to a trusted root"
    ),
    "expired": Message(
        "signature.reason.expired", "the signer's certificate had expired at the validation time"
    ),
    "not-yet-valid": Message(
        "signature.reason.not_yet_valid",
        "the signer's certificate was not yet valid at the validation time",
    ),
    "revoked": Message("signature.reason.revoked", "the signer's certificate is revoked"),
    "on-hold": Message(
        "signature.reason.on_hold", "the signer's certificate is on hold (temporarily revoked)"
    ),
    "ca-revoked": Message(
        "signature.reason.ca_revoked", "a CA certificate in the chain is revoked"
    ),
    "ca-expired": Message(
        "signature.reason.ca_expired",
        "a CA certificate in the chain had expired at the validation time, and nothing still "
        "valid proves the signature was made before",
    ),
    "revocation-unknown": Message(
        "signature.reason.revocation_unknown", "the revocation status could not be established"
    ),
    "wrong-key-usage": Message(
        "signature.reason.wrong_key_usage",
        "the signer's certificate does not allow digital signatures",
    ),
    "wrong-eku": Message(
        "signature.reason.wrong_eku",
        "the signer's certificate is restricted to purposes other than document signing",
    ),
    "timestamp-invalid": Message(
        "signature.reason.timestamp_invalid",
        "the time-stamp does not match the signature or its seal is broken",
    ),
    "timestamp-untrusted": Message(
        "signature.reason.timestamp_untrusted",
        "the time-stamp's TSA certificate could not be validated "
        "(no trusted chain, or its revocation status is unknown)",
    ),
    "chain-invalid": Message(
        "signature.reason.chain_invalid", "the certificate chain failed validation"
    ),
    "unsigned-data": Message(
        "signature.reason.unsigned_data",
        "the file carries data after the signed revision that no signature covers",
    ),
}
#: The same in English words (what ``--json`` and saved reports carry).
REASONS = {code: str(message) for code, message in REASON_MESSAGES.items()}


def reason_message(code: str) -> Text:
    """A reason code in words (a message), an unknown code as it is."""
    return REASON_MESSAGES.get(code, code)


#: The checks a report lists, by their stable names, in words for people.
CHECK_NAMES = {
    "signature": Message("signature.check_name.signature", "signature"),
    "coverage": Message("signature.check_name.coverage", "coverage"),
    "chain": Message("signature.check_name.chain", "chain"),
    "validity": Message("signature.check_name.validity", "validity"),
    "key usage": Message("signature.check_name.key_usage", "key usage"),
    "revocation": Message("signature.check_name.revocation", "revocation"),
    "time-stamp": Message("signature.check_name.time_stamp", "time-stamp"),
    "validation time": Message("signature.check_name.validation_time", "validation time"),
}


def check_name(name: str) -> Text:
    """A check's name in words (a message), an unknown one as it is."""
    return CHECK_NAMES.get(name, name)


__all__ = ["CHECK_NAMES", "REASONS", "REASON_MESSAGES", "check_name", "reason_message"]
