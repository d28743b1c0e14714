"""Packaging that cannot run here is at least checked here.

The installers workflow (Windows, macOS and Linux bundles) runs only on a CI service with
those runners: it is validated against the GitHub workflow schema (check-jsonschema ships it,
no network) and for what the installers promise: every OS builds, smoke-tests and packages.
``make dist-test`` runs the Linux packages for real.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from idtoolkit import __version__
from idtoolkit.apps.cli.main import main as cli_main

ROOT = Path(__file__).resolve().parent.parent
WORKFLOW = ROOT / ".github" / "workflows" / "installers.yml"
SPEC = ROOT / "installers" / "pyinstaller" / "idtoolkit.spec"


def _workflow() -> dict[Any, Any]:
    data = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _steps_text(job: dict[str, Any]) -> str:
    return "\n".join(str(step.get("run", "")) + str(step.get("uses", "")) for step in job["steps"])


def test_the_installers_workflow_is_a_valid_github_workflow() -> None:
    checker = shutil.which("check-jsonschema", path=str(Path(sys.executable).parent))
    if checker is None:
        pytest.skip("check-jsonschema is not installed (make setup installs it)")
    done = subprocess.run(
        [checker, "--builtin-schema", "vendor.github-workflows", str(WORKFLOW)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_every_os_builds_the_bundle_runs_the_smoke_test_and_packages_it() -> None:
    job = _workflow()["jobs"]["bundle"]
    matrix = job["strategy"]["matrix"]["include"]
    systems = {entry["os"].split("-")[0] for entry in matrix}
    assert systems == {"ubuntu", "windows", "macos"}
    assert {entry["package"] for entry in matrix} == {"deb", "nsis", "dmg"}
    steps = _steps_text(job)
    assert "installers/pyinstaller/idtoolkit.spec" in steps
    assert "installers/smoke.sh" in steps
    assert "makensis" in steps and "installers/windows/idtoolkit.nsi" in steps
    assert "installers/macos/make-dmg.sh" in steps
    assert "upload-artifact" in steps
    for entry in matrix:  # every package kind has its step, guarded by the matrix value
        assert any(
            step.get("if") == f"matrix.package == '{entry['package']}'" for step in job["steps"]
        )


def test_every_file_the_workflow_names_exists() -> None:
    text = WORKFLOW.read_text(encoding="utf-8")
    for name in (
        "installers/pyinstaller/idtoolkit.spec",
        "installers/smoke.sh",
        "installers/windows/idtoolkit.nsi",
        "installers/macos/make-dmg.sh",
        "installers/linux/build-packages.sh",
        "installers/wheelhouse/build.sh",
        "installers/build_info.py",
        "installers/make_icons.py",
    ):
        assert name in text
        assert (ROOT / name).is_file(), name


def test_the_windows_installer_is_per_machine_with_start_menu_entry_and_uninstaller() -> None:
    nsi = (ROOT / "installers" / "windows" / "idtoolkit.nsi").read_text(encoding="utf-8")
    assert "RequestExecutionLevel admin" in nsi and "$PROGRAMFILES64" in nsi
    assert "SetShellVarContext all" in nsi and "$SMPROGRAMS" in nsi
    assert "WriteUninstaller" in nsi and 'Section "Uninstall"' in nsi


def test_the_bundle_collects_the_data_the_engine_reads_from_disk() -> None:
    spec = SPEC.read_text(encoding="utf-8")
    for needed in (
        'collect_data_files("idtoolkit.store.migrations", include_py_files=True)',
        'collect_data_files("ca_profiles")',
        '"gui" / "i18n"',
        '"labs", "ceremonies"',
        '"pkilint"',
        'collect_dynamic_libs("pyasn1_fasder")',
    ):
        assert needed in spec, needed
    for entry in ("idtoolkit_cli.py", "idtoolkit_gui.py"):
        assert (SPEC.parent / entry).is_file()


def test_version_names_the_release_and_the_build(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        cli_main(["--version"])
    assert stop.value.code == 0
    line = capsys.readouterr().out.strip()
    assert line.startswith(f"idtoolkit {__version__} (build ")
    assert "\n" not in line


def test_the_build_is_the_one_packaging_recorded(monkeypatch: pytest.MonkeyPatch) -> None:
    import types

    from idtoolkit.version import version_info

    assert version_info().build  # a source checkout says so rather than nothing
    monkeypatch.setitem(
        sys.modules, "idtoolkit._build", types.SimpleNamespace(BUILD="abc1234567 2026-11-28")
    )
    assert version_info().build == "abc1234567 2026-11-28"
