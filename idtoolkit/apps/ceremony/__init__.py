"""Key ceremonies: scripts as data, a hash-chained transcript, role signatures, rehearsals.

This is the ceremonies' face for the CLI and the desktop app; they import nothing deeper.
"""

from idtoolkit.apps.ceremony.inputs import RunInput, run_inputs
from idtoolkit.apps.ceremony.readout import HEADING as READ_ALOUD_HEADING
from idtoolkit.apps.ceremony.readout import HEADINGS as READ_ALOUD_HEADINGS
from idtoolkit.apps.ceremony.rehearse import AutoConsole
from idtoolkit.apps.ceremony.rehearse import rehearse as rehearse_ceremony
from idtoolkit.apps.ceremony.runner import (
    CeremonyStopped,
    Console,
    RunOptions,
    describe_step,
    run_ceremony,
)
from idtoolkit.apps.ceremony.script import Script as CeremonyScript
from idtoolkit.apps.ceremony.script import Step as CeremonyStep
from idtoolkit.apps.ceremony.script import example_directory as example_ceremonies
from idtoolkit.apps.ceremony.script import hash_words
from idtoolkit.apps.ceremony.script import load_script as load_ceremony_script
from idtoolkit.apps.ceremony.signatures import sign_transcript
from idtoolkit.apps.ceremony.transcript import TRANSCRIPT, Transcript, read_transcript
from idtoolkit.apps.ceremony.verify import CeremonyReport, verify_ceremony
from idtoolkit.apps.ceremony.verify import load_ceremony_script as load_ceremony_copy
from idtoolkit.apps.ceremony.words import asks_confirmation, is_step_heading

__all__ = [
    "READ_ALOUD_HEADING",
    "READ_ALOUD_HEADINGS",
    "TRANSCRIPT",
    "AutoConsole",
    "CeremonyReport",
    "CeremonyScript",
    "CeremonyStep",
    "CeremonyStopped",
    "Console",
    "RunInput",
    "RunOptions",
    "Transcript",
    "asks_confirmation",
    "describe_step",
    "example_ceremonies",
    "hash_words",
    "is_step_heading",
    "load_ceremony_copy",
    "load_ceremony_script",
    "read_transcript",
    "rehearse_ceremony",
    "run_ceremony",
    "run_inputs",
    "sign_transcript",
    "verify_ceremony",
]
