"""Hand-written TOML files nested hundreds of levels deep (a ceremony script, a lab pack, a
test PKI scenario, a class file) are refused in one line, exit 1: tomllib recurses per level
and its RecursionError must not reach the user as an internal error (issue 26)."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import pytest

from idtoolkit.apps.cli.main import main

DEEP = "x = " + "[" * 600 + "]" * 600 + "\n"
DEEP_TABLES = "x = " + "{a = " * 600 + "1" + "}" * 600 + "\n"


def _run(argv: list[str]) -> tuple[int, str]:
    err = io.StringIO()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as exc:
            code = int(exc.code or 0)
    return code, err.getvalue()


@pytest.mark.parametrize("text", [DEEP, DEEP_TABLES], ids=["arrays", "inline-tables"])
@pytest.mark.parametrize(
    "command",
    [
        ["ceremony", "check", "{file}"],
        ["lab", "validate", "{file}"],
        ["testpki", "create", "--scenario", "{file}", "--out", "{out}"],
    ],
    ids=["ceremony-check", "lab-validate", "testpki-scenario"],
)
def test_a_deeply_nested_toml_file_is_one_line_exit_1(
    tmp_path: Path, command: list[str], text: str
) -> None:
    path = tmp_path / "deep.toml"
    path.write_text(text)
    argv = [a.format(file=path, out=tmp_path / "pki") for a in command]
    code, err = _run(argv)
    assert code == 1, err
    assert "nested too deeply" in err, err
    assert len(err.strip().splitlines()) == 1 and "internal error" not in err, err
