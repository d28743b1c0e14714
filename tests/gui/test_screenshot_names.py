"""``make screenshots`` names each picture ``NN-what.png``; a reviewer refers to them by number
("see 37"), so two pictures of one folder must never share a number (37-lab-student and
37-settings did, issue 24). The names are read from the script, not rendered (that takes
minutes): the main folder's, and each language folder's (``render_language`` and the report
dialogs it shares with the main folder)."""

from __future__ import annotations

import ast
import re
from collections import Counter
from pathlib import Path

import gui.screenshots

NAME = re.compile(r"^(\d\d)-[a-z0-9-]+$")
LANGUAGE_FOLDER = ("render_language", "_save_report_dialogs")


def _names(node: ast.AST) -> set[str]:
    return {
        n.value
        for n in ast.walk(node)
        if isinstance(n, ast.Constant) and isinstance(n.value, str) and NAME.match(n.value)
    }


def folders() -> dict[str, set[str]]:
    """The picture names of the main folder and of a language folder."""
    tree = ast.parse(Path(gui.screenshots.__file__).read_text(encoding="utf-8"))
    functions = {f.name: f for f in tree.body if isinstance(f, ast.FunctionDef)}
    language = set().union(*(_names(functions[name]) for name in LANGUAGE_FOLDER))
    main = set().union(*(_names(f) for name, f in functions.items() if name != "render_language"))
    return {"main": main, "language": language}


def shared_numbers(names: set[str]) -> dict[str, list[str]]:
    numbers = Counter(n[:2] for n in names)
    return {k: sorted(n for n in names if n.startswith(k)) for k, c in numbers.items() if c > 1}


def test_each_screenshot_number_is_used_once_per_folder() -> None:
    found = folders()
    assert len(found["main"]) > 30 and len(found["language"]) > 8
    for folder, names in found.items():
        assert not shared_numbers(names), f"{folder}: {shared_numbers(names)}"


def test_the_check_sees_a_shared_number() -> None:
    assert shared_numbers({"37-lab-student", "37-settings", "38-x"}) == {
        "37": ["37-lab-student", "37-settings"]
    }
