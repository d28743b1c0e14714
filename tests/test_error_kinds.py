"""Engine errors are kinds with parameters (``idtoolkit/errors.py``), checked on the source.

A front end words an error from its kind and parameters, in its own language and with its own
hints (the CLI may name a flag, the desktop app a field), so every error the engine and its
applications construct must carry a literal kind and a template whose fields are among its
parameters (a front end may use more of them), one template per kind; and the engine's own templates never name a CLI flag or an
``idtoolkit …`` command, which would be wrong in the desktop app.
"""

from __future__ import annotations

import ast
import re
import string
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from idtoolkit.errors import KIND_PATTERN, IDToolkitError, InputError

ROOT = Path(__file__).resolve().parent.parent
ENGINE = ROOT / "idtoolkit"
APPS = ENGINE / "apps"
BASE_ERRORS = {"IDToolkitError"}
#: A CLI flag (``--out``) or a command line (``idtoolkit ca list``) inside a sentence.
NAMES_A_FRONT_END = re.compile(r"(?<![\w-])--[a-z]|\bidtoolkit [a-z]")


@dataclass(frozen=True)
class Construction:
    where: str
    kind: str | None
    template: str | None
    params: frozenset[str] | None  # None: **kwargs, not checkable


def _error_classes(trees: dict[Path, ast.Module]) -> set[str]:
    """Names of IDToolkitError and every class deriving from it, across the project."""
    names = set(BASE_ERRORS)
    changed = True
    while changed:
        changed = False
        for tree in trees.values():
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef) and node.name not in names:
                    bases = {
                        b.id if isinstance(b, ast.Name) else getattr(b, "attr", "")
                        for b in node.bases
                    }
                    if bases & names:
                        names.add(node.name)
                        changed = True
    return names


def _constructions(path: Path, tree: ast.Module, classes: set[str]) -> Iterator[Construction]:
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = (
            func.id
            if isinstance(func, ast.Name)
            else func.attr
            if isinstance(func, ast.Attribute)
            else ""
        )
        if name not in classes:
            continue
        where = f"{path.relative_to(ROOT)}:{node.lineno}"
        args = [
            a.value if isinstance(a, ast.Constant) and isinstance(a.value, str) else None
            for a in node.args[:2]
        ]
        kind, template = [*args, None, None][:2]
        if any(k.arg is None for k in node.keywords):
            params = None
        else:
            params = frozenset(k.arg for k in node.keywords if k.arg is not None)
        yield Construction(where, kind, template, params)


def _fields(template: str) -> set[str]:
    return {f.split(".")[0].split("[")[0] for _, f, _, _ in string.Formatter().parse(template) if f}


def problems(paths: list[Path]) -> list[str]:
    """Every breach of the rules above in ``paths``, one line each."""
    trees = {p: ast.parse(p.read_text(encoding="utf-8")) for p in paths}
    classes = _error_classes(trees)
    found: list[str] = []
    templates: dict[str, tuple[str, str]] = {}
    for path, tree in trees.items():
        engine = APPS not in path.parents and ENGINE in path.parents
        for c in _constructions(path, tree, classes):
            if c.kind is None or not KIND_PATTERN.fullmatch(c.kind):
                found.append(f"{c.where}: no literal kind")
                continue
            if c.template is None:
                found.append(f"{c.where}: {c.kind}: no literal template")
                continue
            if c.params is not None and not _fields(c.template) <= c.params:
                found.append(
                    f"{c.where}: {c.kind}: template fields {sorted(_fields(c.template))} "
                    f"not all in parameters {sorted(c.params)}"
                )
            earlier = templates.setdefault(c.kind, (c.template, c.where))
            if earlier[0] != c.template:
                found.append(f"{c.where}: {c.kind}: another template than at {earlier[1]}")
            if engine and NAMES_A_FRONT_END.search(c.template):
                found.append(f"{c.where}: {c.kind}: the engine names a flag or command")
    return found


def _project_sources() -> list[Path]:
    return sorted([*ENGINE.rglob("*.py"), *(ROOT / "hsm_sim").rglob("*.py")])


def test_every_error_has_a_kind_a_template_and_its_parameters() -> None:
    found = problems(_project_sources())
    assert not found, "\n".join(found)


def test_the_check_finds_each_breach(tmp_path: Path) -> None:
    engine = tmp_path / "idtoolkit"
    engine.mkdir()
    source = engine / "bad.py"
    source.write_text(
        "class PinError(KeyStoreError): pass\n"
        "class KeyStoreError(IDToolkitError): pass\n"
        "class InputError(IDToolkitError): pass\n"
        "raise InputError(f'no kind {x}')\n"
        "raise PinError('token.pin_locked', 'the PIN of {label} is locked')\n"
        "raise InputError('ca.x', 'use --out FILE')\n"
        "raise InputError('ca.x', 'another text')\n"
        "raise InputError('ca.y', message)\n"
        "raise InputError('ca.z', 'fine {a}', a=1)\n"
    )
    global ROOT, ENGINE, APPS
    saved = ROOT, ENGINE, APPS
    ROOT, ENGINE, APPS = tmp_path, engine, engine / "apps"
    try:
        found = problems([source])
    finally:
        ROOT, ENGINE, APPS = saved
    assert found == [
        "idtoolkit/bad.py:4: no literal kind",
        "idtoolkit/bad.py:5: token.pin_locked: template fields ['label'] not all in parameters []",
        "idtoolkit/bad.py:6: ca.x: the engine names a flag or command",
        "idtoolkit/bad.py:7: ca.x: another template than at idtoolkit/bad.py:6",
        "idtoolkit/bad.py:8: ca.y: no literal template",
    ]


def test_an_error_keeps_its_kind_and_parameters_and_renders_english() -> None:
    error = InputError("csr.bad_signature", "the CSR {path!r} is not signed", path="a.csr")
    assert (error.kind, error.params) == ("csr.bad_signature", {"path": "a.csr"})
    assert str(error) == "the CSR 'a.csr' is not signed"
    assert isinstance(error, IDToolkitError)


def test_a_kind_is_dotted_lower_case() -> None:
    for bad in ("Bad.Kind", "nodot", "ca.", ".ca"):
        try:
            InputError(bad, "text")
        except ValueError:
            continue
        raise AssertionError(f"{bad!r} was taken as a kind")


def test_an_error_crosses_a_process_boundary_whole() -> None:
    import pickle

    error = InputError("ca.not_found", "no CA named {name!r}", name="Root")
    copy = pickle.loads(pickle.dumps(error))
    assert (type(copy), copy.kind, copy.params, str(copy)) == (
        InputError,
        "ca.not_found",
        {"name": "Root"},
        "no CA named 'Root'",
    )
