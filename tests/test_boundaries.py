"""The engine's boundaries, checked on the source: the CLI and the GUI go through the facade
(:mod:`idtoolkit.api`), and the engine's packages depend on each other in one direction only,
so each can be read, tested and changed without the others."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ENGINE = ROOT / "idtoolkit"
ALLOWED_FROM_FRONTENDS = {"idtoolkit.api", "idtoolkit.errors"}


def _imports(path: Path) -> list[tuple[int, str]]:
    """Every absolute module imported by ``path`` (lazy imports in functions included)."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module == "idtoolkit":
                found += [(node.lineno, f"idtoolkit.{a.name}") for a in node.names]
            else:
                found.append((node.lineno, node.module))
        elif isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names]
    return found


def _frontend_violations(directory: Path, own: str) -> list[str]:
    bad = []
    for path in sorted(directory.rglob("*.py")):
        for line, module in _imports(path):
            if not module.startswith("idtoolkit") or module.startswith(own):
                continue
            if module not in ALLOWED_FROM_FRONTENDS:
                bad.append(f"{path.relative_to(directory.parent)}:{line} imports {module}")
    return bad


def test_cli_and_gui_import_only_the_facade() -> None:
    bad = _frontend_violations(ENGINE / "cli", "idtoolkit.apps.cli")
    bad += _frontend_violations(ROOT / "gui", "gui")
    assert not bad, "import it through idtoolkit.api instead:\n" + "\n".join(bad)


def test_the_check_sees_a_lazy_forbidden_import(tmp_path: Path) -> None:
    gui = tmp_path / "gui"
    gui.mkdir()
    (gui / "view.py").write_text(
        "from idtoolkit import api, errors\n"
        "from gui.workers import run\n"
        "def f():\n    from idtoolkit.ca.query import CertFilter\n"
    )
    assert _frontend_violations(gui, "gui") == ["gui/view.py:4 imports idtoolkit.ca.query"]


def _package_of(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if parts[0] == "idtoolkit" and len(parts) > 1 else None


def _package_graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = defaultdict(set)
    for path in ENGINE.rglob("*.py"):
        rel = path.relative_to(ENGINE).with_suffix("")
        source = rel.parts[0]
        if source == "__init__":
            continue
        for _, module in _imports(path):
            target = _package_of(module)
            if target and target != source and target not in ("api", "cli"):
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
    (below the facade and the CLI) now depends one way."""
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


#: Modules outside ``idtoolkit/store/`` that still import SQLAlchemy, each with the reason.
SQLALCHEMY_ALLOWED = {
    # Its one TSA-credential count moves to store.service_credentials.count_service_credentials
    # when the split of services/http.py (another change) lands.
    "idtoolkit/services/http.py",
}


def test_only_the_store_imports_sqlalchemy() -> None:
    """Queries live in ``idtoolkit/store/`` behind functions named for what they ask; the CA
    operations, services and audit code pass their session to those and build no SQL."""
    bad = []
    for path in sorted(ENGINE.rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        if rel.startswith("idtoolkit/store/") or rel in SQLALCHEMY_ALLOWED:
            continue
        bad += [
            f"{rel}:{line} imports {module}"
            for line, module in _imports(path)
            if module.split(".")[0] == "sqlalchemy"
        ]
    assert not bad, "ask idtoolkit.store instead:\n" + "\n".join(bad)
