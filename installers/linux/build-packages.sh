#!/usr/bin/env bash
# Package build/bundle/idtoolkit as dist/idtoolkit_VERSION_ARCH.deb and
# dist/idtoolkit-VERSION-linux-ARCH.tar.gz. Reproducible: file dates are clamped to the
# commit's date (SOURCE_DATE_EPOCH) and owners are root.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
BUILD_PYTHON="${BUILD_PYTHON:-build/venv/bin/python}"  # has PySide6 (icons)
BUNDLE=build/bundle/idtoolkit
[ -x "$BUNDLE/idtoolkit" ] || { echo "error: no bundle in $BUNDLE (run installers/linux/build-bundle.sh)" >&2; exit 1; }
VERSION="$("$BUILD_PYTHON" -c 'import idtoolkit; print(idtoolkit.__version__)')"
ARCH="$(dpkg --print-architecture)"
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}"
mkdir -p dist build/icons
QT_QPA_PLATFORM=offscreen "$BUILD_PYTHON" installers/make_icons.py build/icons >/dev/null

# Runtime libraries Qt's xcb and offscreen platforms load, and a font (without one every label
# is empty boxes). The bundle carries Python, Qt and every Python package itself.
DEPENDS="libc6 (>= 2.36), libegl1, libgl1, libfontconfig1, libfreetype6, libxkbcommon0, \
libglib2.0-0, libdbus-1-3, libxkbcommon-x11-0, libx11-xcb1, libxcb-cursor0, libxcb-icccm4, \
libxcb-keysyms1, libxcb-image0, libxcb-render-util0, libxcb-shape0, libxcb-xkb1, libxcb-randr0, \
fonts-dejavu-core"

# --- .deb -------------------------------------------------------------------------------
PKG=build/deb/idtoolkit
rm -rf build/deb
mkdir -p "$PKG/DEBIAN" "$PKG/opt" "$PKG/usr/bin" "$PKG/usr/share/applications" \
  "$PKG/usr/share/doc/idtoolkit"
cp -a "$BUNDLE" "$PKG/opt/idtoolkit"
ln -s /opt/idtoolkit/idtoolkit "$PKG/usr/bin/idtoolkit"
ln -s /opt/idtoolkit/idtoolkit-gui "$PKG/usr/bin/idtoolkit-gui"
install -m 0644 installers/linux/idtoolkit.desktop "$PKG/usr/share/applications/"
install -D -m 0644 installers/icons/idtoolkit.svg \
  "$PKG/usr/share/icons/hicolor/scalable/apps/idtoolkit.svg"
for size in 16 32 48 64 128 256; do
  install -D -m 0644 "build/icons/idtoolkit-$size.png" \
    "$PKG/usr/share/icons/hicolor/${size}x${size}/apps/idtoolkit.png"
done
install -m 0644 installers/linux/copyright "$PKG/usr/share/doc/idtoolkit/copyright"
SIZE_KB="$(du -sk --exclude=DEBIAN "$PKG" | cut -f1)"
cat > "$PKG/DEBIAN/control" <<CONTROL
Package: idtoolkit
Version: $VERSION
Architecture: $ARCH
Maintainer: ID Toolkit developers <idtoolkit@localhost>
Installed-Size: $SIZE_KB
Depends: $DEPENDS
Recommends: softhsm2, opensc, openssl, fonts-wqy-microhei
Section: utils
Priority: optional
Description: identity-management and PKI toolkit (CA engine, CLI, desktop app)
 ID Toolkit runs certificate authorities with software keys or keys on a PKCS#11
 HSM or smart card: root and issuing CAs, certificates, CRLs, OCSP, time stamps,
 signing and a verifiable audit trail. It installs the commands idtoolkit and
 idtoolkit-gui. Python and Qt are bundled: no network is needed to install or run it.
CONTROL
find "$PKG" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
chmod -R u+rwX,go+rX,go-w "$PKG"
DEB="dist/idtoolkit_${VERSION}_${ARCH}.deb"
start=$(date +%s)
dpkg-deb --root-owner-group -Zzstd --build "$PKG" "$DEB" >/dev/null
echo "deb: $DEB ($(du -h "$DEB" | cut -f1), $(( $(date +%s) - start )) s)"

# --- tarball ----------------------------------------------------------------------------
NAME="idtoolkit-$VERSION-linux-$(uname -m)"
STAGE="build/tarball/$NAME"
rm -rf build/tarball
mkdir -p "$STAGE/share/applications" "$STAGE/share/icons"
cp -a "$BUNDLE/." "$STAGE/"
install -m 0644 installers/linux/idtoolkit.desktop "$STAGE/share/applications/"
install -m 0644 build/icons/idtoolkit-256.png "$STAGE/share/icons/idtoolkit.png"
install -m 0644 installers/icons/idtoolkit.svg "$STAGE/share/icons/idtoolkit.svg"
install -m 0755 installers/linux/install-user.sh "$STAGE/install-user.sh"
install -m 0644 installers/linux/README-tarball.txt "$STAGE/README.txt"
find "$STAGE" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
TARBALL="dist/$NAME.tar.gz"
start=$(date +%s)
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$SOURCE_DATE_EPOCH" \
  -C build/tarball -cf - "$NAME" | gzip -6 -n > "$TARBALL"
echo "tarball: $TARBALL ($(du -h "$TARBALL" | cut -f1), $(( $(date +%s) - start )) s)"
