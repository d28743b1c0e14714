#!/usr/bin/env bash
# dist/idtoolkit-VERSION-macos-ARCH.dmg from build/bundle/ID Toolkit.app (macOS only: hdiutil).
# The disk image shows the app and a link to /Applications to drag it onto.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
VERSION="$(python3 -c 'import sys; sys.path.insert(0, "."); import idtoolkit; print(idtoolkit.__version__)')"
APP="build/bundle/ID Toolkit.app"
[ -d "$APP" ] || { echo "error: $APP is missing (build the bundle first)" >&2; exit 1; }
STAGE=build/dmg
rm -rf "$STAGE"
mkdir -p "$STAGE" dist
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
DMG="dist/idtoolkit-$VERSION-macos-$(uname -m).dmg"
hdiutil create -volname "ID Toolkit $VERSION" -srcfolder "$STAGE" -ov -format UDZO "$DMG"
echo "dmg: $DMG"
