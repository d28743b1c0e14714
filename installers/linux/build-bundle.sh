#!/usr/bin/env bash
# Build the one-folder PyInstaller bundle (both programs) into build/bundle/idtoolkit.
# A separate venv holds only the runtime dependencies and PyInstaller: the developer venv's
# test tools must not end up in an officer's bundle.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
PYTHON="${PYTHON:-python3.11}"
VENV=build/venv
PYINSTALLER_VERSION="${PYINSTALLER_VERSION:-6.22.3}"

python3 installers/build_info.py >/dev/null
# The build stamp belongs in the bundle only: a source checkout must keep saying it is one.
trap 'rm -f idtoolkit/_build.py' EXIT
if [ ! -x "$VENV/bin/python" ] || [ pyproject.toml -nt "$VENV/.deps" ]; then
  "$PYTHON" -m venv "$VENV"
  "$VENV/bin/python" -m pip install -q --upgrade pip
  "$VENV/bin/python" -m pip install -q ".[hsm,gui]" "pyinstaller==$PYINSTALLER_VERSION"
  touch "$VENV/.deps"
fi
# Always the current tree (and its _build.py), never a stale copy.
"$VENV/bin/python" -m pip install -q --no-deps --force-reinstall --no-build-isolation . \
  2>/dev/null || "$VENV/bin/python" -m pip install -q --no-deps --force-reinstall .
rm -rf build/bundle
"$VENV/bin/python" -m PyInstaller --noconfirm --log-level WARN \
  --distpath build/bundle --workpath build/pyinstaller installers/pyinstaller/idtoolkit.spec
echo "bundle: build/bundle/idtoolkit ($(du -sh build/bundle/idtoolkit | cut -f1))"
