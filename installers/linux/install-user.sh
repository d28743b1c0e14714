#!/bin/sh
# Put ID Toolkit's two commands on your PATH and its menu entry in your desktop menu, for this
# user only, without root. Run from the unpacked folder: ./install-user.sh
set -eu
HERE="$(cd "$(dirname "$0")" && pwd)"
BIN="${XDG_BIN_HOME:-$HOME/.local/bin}"
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
mkdir -p "$BIN" "$DATA/applications" "$DATA/icons/hicolor/256x256/apps"
ln -sf "$HERE/idtoolkit" "$BIN/idtoolkit"
ln -sf "$HERE/idtoolkit-gui" "$BIN/idtoolkit-gui"
sed "s|^Exec=idtoolkit-gui|Exec=$HERE/idtoolkit-gui|" "$HERE/share/applications/idtoolkit.desktop" \
  > "$DATA/applications/idtoolkit.desktop"
cp "$HERE/share/icons/idtoolkit.png" "$DATA/icons/hicolor/256x256/apps/idtoolkit.png"
echo "installed: $BIN/idtoolkit, $BIN/idtoolkit-gui and the ID Toolkit menu entry"
