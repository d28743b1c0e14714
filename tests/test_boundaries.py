"""The project's boundaries, checked on the source.

- The applications (``idtoolkit/apps/*``: CLI, labs, ceremonies, test PKI, demo, the
  ``hsm-sim`` command line) use the engine only through its face (``idtoolkit.api``, its
  domain modules ``idtoolkit.api.*``, and ``idtoolkit.errors``); besides that they import
  their own modules and other applications' faces (an application package, never a module
  inside another application).
- The desktop app (``gui``) imports only the face and the applications' faces.
- The engine (``idtoolkit`` without ``apps``) never imports an application, ``hsm_sim``,
  ``bench`` or ``gui``; no application imports ``hsm_sim`` or ``bench``.
- No two modules of the project (``idtoolkit``, ``gui``, ``hsm_sim``) import each other,
  directly or around a longer circle, and the engine's packages depend one way.

Imports inside functions count: they run as soon as the function does, so they tie modules
together as much as the ones at the top. Imports under ``if TYPE_CHECKING:`` count too: they
never run, but a reader and mypy follow them, so a type-only circle or a type-only reach past
the face is the same knot in the design (it is also how circles get hidden). Each check has a
twin that runs it on a small synthetic tree and shows that it can fail.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ENGINE = ROOT / "idtoolkit"
#: The packages whose modules must not import each other in a circle.
PROJECT_PACKAGES = ("idtoolkit", "gui", "hsm_sim")
FACE = "idtoolkit.api"
ERRORS = "idtoolkit.errors"
APPS = "idtoolkit.apps"


def _module_name(root: Path, path: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules(root: Path, packages: Iterable[str] = PROJECT_PACKAGES) -> dict[str, Path]:
    """Every module of ``packages`` under ``root``, by dotted name (a package by its own)."""
    found: dict[str, Path] = {}
    for package in packages:
        for path in sorted((root / package).rglob("*.py")):
            found[_module_name(root, path)] = path
    return found


def _imports(name: str, path: Path, known: Iterable[str] = ()) -> list[tuple[int, str]]:
    """Every module ``path`` imports (in functions and under TYPE_CHECKING too), absolute.

    ``from package import name`` is an import of ``package.name`` when that is a module in
    ``known``, else of ``package``; relative imports are resolved against ``name``."""
    known = set(known)
    found: list[tuple[int, str]] = []
    is_package = path.name == "__init__.py"
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            module = node.module or ""
            if node.level:
                base = name.split(".") if is_package else name.split(".")[:-1]
                base = base[: len(base) - (node.level - 1)]
                module = ".".join([*base, module] if module else base)
            for alias in node.names:
                full = f"{module}.{alias.name}"
                found.append((node.lineno, full if full in known or _looks_like(full) else module))
    return found


def _looks_like(full: str) -> bool:
    """``from idtoolkit import api`` and ``from idtoolkit.apps import labs`` name modules even on
    a synthetic tree that has no file for them."""
    parent, _, _ = full.rpartition(".")
    return parent in ("idtoolkit", APPS)


def _top(module: str) -> str:
    return module.split(".")[0]


def _app_of(module: str) -> str | None:
    """``idtoolkit.apps.labs.session`` -> ``idtoolkit.apps.labs``; None outside apps."""
    parts = module.split(".")
    if parts[:2] == ["idtoolkit", "apps"] and len(parts) > 2:
        return ".".join(parts[:3])
    return None


def _is_face(module: str) -> bool:
    return module in (FACE, ERRORS) or module.startswith(f"{FACE}.")


def _application_violations(root: Path) -> list[str]:
    """Applications importing past the face, or into another application's modules."""
    modules = _modules(root, ["idtoolkit"])
    bad = []
    for name, path in modules.items():
        own = _app_of(name)
        if own is None:
            continue
        for line, target in _imports(name, path, modules):
            if _top(target) != "idtoolkit" or _is_face(target) or target == APPS:
                continue
            other = _app_of(target)
            if other == own or (other is not None and target == other):
                continue
            bad.append(f"{name}:{line} imports {target}")
    return bad


def _gui_violations(root: Path) -> list[str]:
    """The desktop app importing anything of idtoolkit but the face and application faces."""
    modules = _modules(root, ["idtoolkit", "gui"])
    bad = []
    for name, path in modules.items():
        if _top(name) != "gui":
            continue
        for line, target in _imports(name, path, modules):
            if _top(target) != "idtoolkit" or _is_face(target) or target == APPS:
                continue
            if target == _app_of(target):
                continue  # an application's face
            bad.append(f"{name}:{line} imports {target}")
    return bad


def _direction_violations(root: Path) -> list[str]:
    """The engine importing upward (applications, hsm_sim, bench, gui); an application
    importing hsm_sim or bench."""
    modules = _modules(root, ["idtoolkit"])
    bad = []
    for name, path in modules.items():
        in_app = _app_of(name) is not None or name == APPS
        forbidden = ("hsm_sim", "bench") if in_app else ("hsm_sim", "bench", "gui")
        for line, target in _imports(name, path, modules):
            if _top(target) in forbidden or (not in_app and target.startswith(APPS)):
                bad.append(f"{name}:{line} imports {target}")
    return bad


def _module_graph(root: Path) -> dict[str, set[str]]:
    modules = _modules(root)
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        for _, target in _imports(name, path, modules):
            if target in modules and target != name:
                graph[name].add(target)
    return graph


def _circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    for start in sorted(graph):
        if start in index:
            continue
        work: list[tuple[str, Iterable[str]]] = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, successors = work[-1]
            advanced = False
            for nxt in successors:
                if nxt not in index:
                    index[nxt] = low[nxt] = counter
                    counter += 1
                    stack.append(nxt)
                    on_stack.add(nxt)
                    work.append((nxt, iter(sorted(graph.get(nxt, ())))))
                    advanced = True
                    break
                if nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
            if advanced:
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def _unexpected_circles(root: Path) -> list[list[str]]:
    return _circles(_module_graph(root))


def _write_tree(root: Path, files: dict[str, str]) -> Path:
    for relative, text in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


# --- applications import only the face -------------------------------------------------------


def test_applications_import_only_the_face_and_application_faces() -> None:
    bad = _application_violations(ROOT)
    assert not bad, "import it through idtoolkit.api (or the application's face):\n" + "\n".join(
        bad
    )


def test_the_application_check_sees_a_lazy_import_past_the_face(tmp_path: Path) -> None:
    tree = _write_tree(
        tmp_path,
        {
            "idtoolkit/apps/labs/__init__.py": "from idtoolkit.apps.labs.session import check\n",
            "idtoolkit/apps/labs/session.py": (
                "from idtoolkit import api, errors\n"
                "from idtoolkit.api import signing\n"
                "from idtoolkit.apps import ceremony\n"
                "def f():\n    from idtoolkit.ca.query import CertFilter\n"
                "    from idtoolkit.apps.ceremony.runner import run\n"
            ),
        },
    )
    assert _application_violations(tree) == [
        "idtoolkit.apps.labs.session:5 imports idtoolkit.ca.query",
        "idtoolkit.apps.labs.session:6 imports idtoolkit.apps.ceremony.runner",
    ]


# --- the desktop app imports only the face -------------------------------------------------


def test_gui_imports_only_the_face_and_application_faces() -> None:
    bad = _gui_violations(ROOT)
    assert not bad, "import it through idtoolkit.api (or idtoolkit.apps.X):\n" + "\n".join(bad)


def test_the_gui_check_sees_a_lazy_forbidden_import(tmp_path: Path) -> None:
    tree = _write_tree(
        tmp_path,
        {
            "gui/view.py": (
                "from idtoolkit import api, errors\n"
                "from idtoolkit.apps import labs\n"
                "from gui.workers import run\n"
                "def f():\n    from idtoolkit.ca.query import CertFilter\n"
                "    from idtoolkit.apps.labs.session import check\n"
            ),
        },
    )
    assert _gui_violations(tree) == [
        "gui.view:5 imports idtoolkit.ca.query",
        "gui.view:6 imports idtoolkit.apps.labs.session",
    ]


# --- imports run one way: engine < applications; nobody imports hsm_sim or bench ------------


def test_the_engine_imports_no_application_and_nothing_imports_hsm_sim_or_bench() -> None:
    bad = _direction_violations(ROOT)
    assert not bad, "an import runs the wrong way:\n" + "\n".join(bad)


def test_the_direction_check_sees_upward_imports(tmp_path: Path) -> None:
    tree = _write_tree(
        tmp_path,
        {
            "idtoolkit/ca/crl.py": (
                "import hsm_sim\n"
                "def f():\n    from idtoolkit.apps.labs import check\n"
                "    from gui import workers\n"
            ),
            "idtoolkit/apps/demo.py": "def g():\n    from bench.synthetic import rows\n",
            "idtoolkit/apps/labs/classroom.py": "from hsm_sim.provision import SoftHSMEnv\n",
        },
    )
    assert sorted(_direction_violations(tree)) == [
        "idtoolkit.apps.demo:2 imports bench.synthetic",
        "idtoolkit.apps.labs.classroom:1 imports hsm_sim.provision",
        "idtoolkit.ca.crl:1 imports hsm_sim",
        "idtoolkit.ca.crl:3 imports idtoolkit.apps.labs",
        "idtoolkit.ca.crl:4 imports gui",
    ]


# --- no circle between any two modules ------------------------------------------------------


def test_no_module_circle_in_the_project() -> None:
    """idtoolkit, gui and hsm_sim: imports in functions and under TYPE_CHECKING count."""
    circles = _unexpected_circles(ROOT)
    assert not circles, "modules that import each other:\n" + "\n".join(
        " <-> ".join(c) for c in circles
    )


def test_the_circle_check_sees_a_hidden_circle(tmp_path: Path) -> None:
    tree = _write_tree(
        tmp_path,
        {
            "idtoolkit/__init__.py": "",
            "idtoolkit/ca/__init__.py": "",
            "idtoolkit/ca/a.py": "from idtoolkit.ca import b\n",
            "idtoolkit/ca/b.py": "def f():\n    from idtoolkit.ca.c import g\n",
            "idtoolkit/ca/c.py": (
                "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from . import a\n"
            ),
            "gui/__init__.py": "",
            "gui/one.py": "import gui.two\n",
            "gui/two.py": "from gui import one\n",
            "hsm_sim/__init__.py": "from idtoolkit.ca import a\n",
        },
    )
    assert sorted(_unexpected_circles(tree)) == [
        ["gui.one", "gui.two"],
        ["idtoolkit.ca.a", "idtoolkit.ca.b", "idtoolkit.ca.c"],
    ]


# --- the engine's packages depend one way -------------------------------------------------


def _package_of(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if parts[0] == "idtoolkit" and len(parts) > 1 else None


def _package_graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = defaultdict(set)
    modules = _modules(ROOT, ["idtoolkit"])
    for name, path in modules.items():
        source = _package_of(name)
        if source is None or source in ("api", "apps"):
            continue
        for _, module in _imports(name, path, modules):
            target = _package_of(module)
            if target and target != source and target not in ("api", "apps"):
                graph[source].add(target)
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle in ``graph`` (as a path that returns to its start), or None."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return [*stack[stack.index(nxt) :], nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


def test_engine_packages_have_no_cycle() -> None:
    """ca, workspace, profiles and hsm once imported each other in a ring; the whole engine
    (below the face and the applications) now depends one way."""
    cycle = _cycle(_package_graph())
    assert cycle is None, "package cycle: " + " -> ".join(cycle or [])


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert _cycle({"ca": {"workspace"}, "workspace": {"profiles"}, "profiles": {"ca"}}) == [
        "ca",
        "workspace",
        "profiles",
        "ca",
    ]
    assert _cycle({"ca": {"workspace"}, "workspace": {"profiles"}}) is None


def test_only_the_store_imports_sqlalchemy() -> None:
    """Queries live in ``idtoolkit/store/`` behind functions named for what they ask; the CA
    operations, services and audit code pass their session to those and build no SQL."""
    bad = []
    for path in sorted(ENGINE.rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        if rel.startswith("idtoolkit/store/"):
            continue
        bad += [
            f"{rel}:{line} imports {module}"
            for line, module in _imports(_module_name(ROOT, path), path)
            if module.split(".")[0] == "sqlalchemy"
        ]
    assert not bad, "ask idtoolkit.store instead:\n" + "\n".join(bad)
