"""Training labs: a class of students, each with a workspace and a SoftHSM token of their own,
exercises from a pack, automatic checks and grades.

This is the labs' face for the CLI and the desktop app; they import nothing deeper.
"""

from idtoolkit.apps.labs.checks import CheckResult
from idtoolkit.apps.labs.classroom import ROSTER_SHEET, LabClass, class_summary, export_student
from idtoolkit.apps.labs.enrolment import create_class
from idtoolkit.apps.labs.grading import ClassGrades, grade
from idtoolkit.apps.labs.pack import Pack, load_pack
from idtoolkit.apps.labs.serve import ClassServer
from idtoolkit.apps.labs.session import check, reset, show, solve
from idtoolkit.apps.labs.text import word

__all__ = [
    "ROSTER_SHEET",
    "CheckResult",
    "ClassGrades",
    "ClassServer",
    "LabClass",
    "Pack",
    "check",
    "class_summary",
    "create_class",
    "export_student",
    "grade",
    "load_pack",
    "reset",
    "show",
    "solve",
    "word",
]
