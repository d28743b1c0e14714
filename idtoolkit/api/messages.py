"""Engine text as messages with parameters (:mod:`idtoolkit.messages`), for the front ends:
``catalogue(lang).text(message)`` (:mod:`idtoolkit.api.i18n`) says one in the user's language.
Lint findings in plain words (:mod:`idtoolkit.lint.words`) and reason codes of signature
reports are messages too."""

from idtoolkit.lint.words import FINDING_WORDS, code_message, finding_message
from idtoolkit.messages import Message, Text, english, message_of
from idtoolkit.signing.reasons import CHECK_NAMES, REASON_MESSAGES, check_name, reason_message

__all__ = [
    "CHECK_NAMES",
    "FINDING_WORDS",
    "REASON_MESSAGES",
    "Message",
    "Text",
    "check_name",
    "code_message",
    "english",
    "finding_message",
    "message_of",
    "reason_message",
]
