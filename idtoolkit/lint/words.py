"""pkilint's findings in plain words, with the code beside, in the user's language.

pkilint names a finding by a code (``cabf.internal_domain_name``) and may add an English
detail; an officer reading a refusal in French or Arabic needs the rule in words. This table
gives each code our shipped profiles can meet (found by linting every profile's certificate,
plus the structural rules an edited profile can break) a message: the front ends say it in the
user's language and show the code beside, so it can still be looked up. A code not in the table
is shown as the code and pkilint's own detail, marked as pkilint's words (never as ours).
"""

from __future__ import annotations

import re

from idtoolkit.lint.results import LintFinding
from idtoolkit.messages import Message

_QUOTED = re.compile(r'"([^"]{1,200})"')

#: Plain words of the pkilint codes our profiles can trigger.
FINDING_WORDS: dict[str, Message] = {
    "cabf.internal_domain_name": Message(
        "lint.words.internal_domain_name",
        "a name in the certificate is an internal name or address (not a public domain)",
    ),
    "etsi.internal_domain_name": Message(
        "lint.words.internal_domain_name",
        "a name in the certificate is an internal name or address (not a public domain)",
    ),
    "cabf.serverauth.dv.common_name_attribute_present": Message(
        "lint.words.dv_common_name_present",
        "a domain-validated TLS certificate should not carry a common name (CN)",
    ),
    "cabf.smime.common_name_value_unknown_source": Message(
        "lint.words.smime_common_name_source",
        "the common name (CN) must repeat an e-mail address or a name given in the subject",
    ),
    "pkix.subject_key_identifier_method_1_identified": Message(
        "lint.words.skid_method_1",
        "the subject key identifier is the SHA-1 of the public key (RFC 5280 method 1)",
    ),
    "pkix.subject_key_identifier_method_2_identified": Message(
        "lint.words.skid_method_2",
        "the subject key identifier is built by RFC 5280 method 2",
    ),
    "pkix.certificate_skid_end_entity_missing": Message(
        "lint.words.skid_missing", "the subject key identifier extension is missing"
    ),
    "pkix.certificate_skid_ca_missing": Message(
        "lint.words.skid_missing", "the subject key identifier extension is missing"
    ),
    "pkix.authority_key_identifier_extension_absent": Message(
        "lint.words.akid_missing", "the authority key identifier extension is missing"
    ),
    "pkix.authority_key_identifier_missing": Message(
        "lint.words.akid_missing", "the authority key identifier extension is missing"
    ),
    "pkix.crl_number_missing": Message(
        "lint.words.crl_number_missing", "the CRL has no CRL number"
    ),
    "cabf.crl_invalid_validity_period": Message(
        "lint.words.crl_validity", "the CRL's validity period is longer than the rules allow"
    ),
    "pkix.key_usage_extension_not_critical": Message(
        "lint.words.key_usage_not_critical", "the key usage extension should be critical"
    ),
    "pkix.basic_constraints_extension_not_critical": Message(
        "lint.words.basic_constraints_not_critical",
        "the basic constraints extension of a CA must be critical",
    ),
    "pkix.ee_certificate_keycertsign_keyusage_set": Message(
        "lint.words.ee_signs_certificates",
        "an end-entity certificate must not allow signing certificates",
    ),
    "pkix.ca_certificate_keycertsign_keyusage_not_set": Message(
        "lint.words.ca_cannot_sign", "a CA certificate must allow signing certificates"
    ),
    "pkix.key_usage_value_prohibited_for_ec": Message(
        "lint.words.usage_prohibited_ec", "this key usage is not allowed for an EC key"
    ),
    "pkix.key_usage_value_prohibited_for_rsa": Message(
        "lint.words.usage_prohibited_rsa", "this key usage is not allowed for an RSA key"
    ),
    "pkix.key_usage_value_prohibited_for_mldsa": Message(
        "lint.words.usage_prohibited_mldsa", "this key usage is not allowed for an ML-DSA key"
    ),
    "pkix.san_extension_not_critical_empty_subject": Message(
        "lint.words.san_not_critical",
        "with an empty subject, the alternative names extension must be critical",
    ),
    "pkix.subject_email_address_not_in_san": Message(
        "lint.words.email_not_in_san",
        "the subject's e-mail address must also be in the alternative names",
    ),
    "pkix.invalid_domain_name_syntax": Message(
        "lint.words.bad_domain_name", "a domain name is not written correctly"
    ),
    "pkix.invalid_email_address_syntax": Message(
        "lint.words.bad_email", "an e-mail address is not written correctly"
    ),
    "pkix.rdn_contains_duplicate_attribute_types": Message(
        "lint.words.duplicate_rdn", "a part of the subject repeats an attribute"
    ),
    "pkix.name_empty": Message("lint.words.name_empty", "a name in the certificate is empty"),
    "pkix.certificate_serial_number_out_of_range": Message(
        "lint.words.serial_range", "the serial number is out of the allowed range"
    ),
    "pkix.unknown_certificate_policy_oid": Message(
        "lint.words.unknown_policy", "a certificate policy is not one the rules know"
    ),
    "pkix.certificate_has_no_certificate_policies_extension": Message(
        "lint.words.no_policies", "the certificate has no certificate policies extension"
    ),
}


def finding_message(finding: LintFinding) -> Message:
    """A finding in plain words with its code beside; an unknown code with pkilint's detail,
    marked as pkilint's words."""
    words = FINDING_WORDS.get(finding.code)
    quoted = _QUOTED.search(finding.message or "")
    if words is not None and quoted:  # the offending value pkilint quotes is data: keep it
        return Message(
            "lint.finding_value",
            "{words}: {value} ({code})",
            words=words,
            value=quoted.group(1),
            code=finding.code,
        )
    if words is not None:
        return Message("lint.finding", "{words} ({code})", words=words, code=finding.code)
    if finding.message:
        return Message(
            "lint.finding_unknown",
            "{code} (pkilint says: {said})",
            code=finding.code,
            said=finding.message.splitlines()[0],
        )
    return Message("lint.finding_code", "{code}", code=finding.code)


def code_message(code: str) -> Message:
    """A finding code alone (as issuance records warnings) in plain words with the code."""
    words = FINDING_WORDS.get(code)
    if words is not None:
        return Message("lint.finding", "{words} ({code})", words=words, code=code)
    return Message("lint.finding_code", "{code}", code=code)
