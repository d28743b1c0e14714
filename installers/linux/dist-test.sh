#!/usr/bin/env bash
# make dist-test: install and run the Linux packages the way an offline PC would.
#  1. mmdebstrap makes a minimal Debian 12 root from Debian packages only; while the network is
#     there, apt downloads the .deb's dependencies into the root's package cache (what the
#     offline PC has from its installation media or a local mirror) and nothing else.
#  2. With the network cut (unshare -n): apt installs the .deb, then installers/smoke.sh runs
#     as an unprivileged user against /usr/bin/idtoolkit and idtoolkit-gui.
#  3. apt removes the package; the tarball is unpacked in the user's home and the same smoke
#     script runs against it; install-user.sh puts it on the user's PATH.
#  4. The Linux wheelhouse installs into a venv with pip --no-index, and `idtoolkit init` works.
# Durations and sizes go to build/dist-test/report.txt.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
SUITE="${DIST_TEST_SUITE:-bookworm}"
SOURCES="${DIST_TEST_SOURCES:-/etc/apt/sources.list.d/debian.sources}"
T="$ROOT/build/dist-test"
R="$T/root"
DEB="$(ls dist/idtoolkit_*.deb | head -1)"
TARBALL="$(ls dist/idtoolkit-*-linux-*.tar.gz | head -1)"
WHEELS="$T/wheelhouse/linux-x86_64"
REPORT="$T/report.txt"

rm -rf "$T"
mkdir -p "$T"
: > "$REPORT"
note() { echo "$*" | tee -a "$REPORT"; }
timed() {  # timed LABEL COMMAND...
  local label="$1" start=$SECONDS
  shift
  "$@"
  note "$(printf '%-44s %4d s' "$label" $((SECONDS - start)))"
}

# Run a command in the root with the network cut: own network namespace (loopback only),
# own mount and pid namespaces with /proc and /dev; nothing is mounted on the host.
offline() {
  unshare --net --mount --pid --fork --propagation private -- sh -c '
    R="$1"; shift
    mount -t proc proc "$R/proc"
    mount --rbind /dev "$R/dev"
    exec chroot "$R" "$@"' sh "$R" "$@"
}
as_officer() { offline setpriv --reuid=1000 --regid=1000 --clear-groups --reset-env -- \
  env HOME=/home/officer PATH=/home/officer/.local/bin:/usr/local/bin:/usr/bin:/bin "$@"; }

# A fresh Linux wheelhouse of this tree (dist/wheelhouse, from make wheelhouse, may be older).
timed "wheelhouse (linux-x86_64, Python 3.11)" env WHEELHOUSE_PLATFORMS=linux-x86_64 \
  WHEELHOUSE_PYTHONS=3.11 WHEELHOUSE_OUT="$T/wheelhouse" installers/wheelhouse/build.sh >/dev/null

cp "$DEB" "$T/idtoolkit.deb"
# Dependencies to have in the cache: the .deb's Depends and Recommends (apt resolves them;
# mmdebstrap's hooks run with Recommends off unless asked), plus python3-venv for the
# wheelhouse check. Downloaded only, not installed. Later apt runs have no network, so any
# package missing from the cache fails the install rather than being fetched.
timed "mmdebstrap minimal root + download deps" \
  mmdebstrap --quiet --variant=minbase --skip=cleanup/apt/lists --skip=cleanup/apt/cache \
  --customize-hook="copy-in $T/idtoolkit.deb /tmp" \
  --customize-hook='chroot "$1" apt-get install --download-only -y -qq -o APT::Install-Recommends=true /tmp/idtoolkit.deb python3-venv >/dev/null' \
  --customize-hook='chroot "$1" useradd --create-home --uid 1000 --shell /bin/sh officer' \
  "$SUITE" "$R" "$SOURCES"

net="$(offline cat /proc/net/dev | awk -F: 'NR > 2 { gsub(/ /, "", $1); print $1 }' | tr '\n' ' ')"
note "network interfaces seen inside: ${net}(loopback only = network cut)"
[ "$(echo $net)" = lo ] || { echo "error: the network is not cut" >&2; exit 1; }

cp "$DEB" "$R/tmp/idtoolkit.deb"  # mmdebstrap empties /tmp when it finishes
timed "apt install .deb, offline" offline sh -c \
  'DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o APT::Install-Recommends=true /tmp/idtoolkit.deb >/dev/null'
install -m 0755 installers/smoke.sh "$R/tmp/smoke.sh"
timed "smoke test, .deb, offline, as a user" \
  as_officer sh /tmp/smoke.sh /usr/bin/idtoolkit /usr/bin/idtoolkit-gui /home/officer/smoke-deb
cp "$R/home/officer/smoke-deb/main.png" "$T/main-window-deb.png"

timed "apt remove, offline" offline sh -c 'apt-get remove -y -qq idtoolkit >/dev/null'
[ ! -e "$R/usr/bin/idtoolkit" ] || { echo "error: idtoolkit still installed" >&2; exit 1; }
cp "$TARBALL" "$R/tmp/idtoolkit.tar.gz"
chmod 0644 "$R/tmp/idtoolkit.tar.gz"
timed "unpack tarball" as_officer tar -C /home/officer -xzf /tmp/idtoolkit.tar.gz
dir="/home/officer/$(basename "$TARBALL" .tar.gz)"
timed "smoke test, tarball, offline, as a user" \
  as_officer sh /tmp/smoke.sh "$dir/idtoolkit" "$dir/idtoolkit-gui" /home/officer/smoke-tar
as_officer "$dir/install-user.sh" >/dev/null
as_officer idtoolkit --version >/dev/null
note "tarball install-user.sh: idtoolkit on the user's PATH"

timed "apt install python3-venv, offline" offline sh -c \
  'DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null'
mkdir -p "$R/tmp/wheelhouse"
cp "$WHEELS"/*.whl "$R/tmp/wheelhouse/"
chmod -R a+rX "$R/tmp/wheelhouse"
timed "wheelhouse: pip install --no-index, offline" as_officer sh -c \
  'python3 -m venv ~/venv && ~/venv/bin/pip install -q --no-index --find-links /tmp/wheelhouse "idtoolkit[hsm]"'
timed "wheelhouse: idtoolkit init, offline" as_officer sh -c \
  'IDTOOLKIT_WORKSPACE=~/ws-wheel IDTOOLKIT_PASSPHRASE="wheelhouse check passphrase" ~/venv/bin/idtoolkit init >/dev/null && ~/venv/bin/idtoolkit --version'

note "sizes: .deb $(du -h "$DEB" | cut -f1), tarball $(du -h "$TARBALL" | cut -f1), installed $(du -sh "$R/home/officer/$(basename "$TARBALL" .tar.gz)" | cut -f1), root $(du -sh "$R" | cut -f1)"
note "dist-test passed"
# The root (about 1.5 GB) is kept only on request; the report and screenshot stay.
[ "${DIST_TEST_KEEP_ROOT:-0}" = 1 ] || rm -rf "$R"
