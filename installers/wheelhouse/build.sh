#!/usr/bin/env bash
# dist/wheelhouse/<platform>/: ID Toolkit's wheel and every dependency's, binary only, for an
# offline `pip install --no-index --find-links`. pip downloads other platforms' wheels without
# running them, so one Linux machine fills all four folders.
#   WHEELHOUSE_PYTHONS="3.11 3.12 3.13" WHEELHOUSE_PLATFORMS="linux-x86_64 win-amd64 ..."
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
PYTHON="${PYTHON:-python3.11}"
PYTHONS="${WHEELHOUSE_PYTHONS:-3.11 3.12 3.13}"
PLATFORMS="${WHEELHOUSE_PLATFORMS:-linux-x86_64 win-amd64 macos-arm64 macos-x86_64}"
OUT="${WHEELHOUSE_OUT:-dist/wheelhouse}"

platform_tags() {
  case "$1" in
    linux-x86_64)
      for minor in 17 24 25 26 27 28 29 30 31 32 33 34 35 36; do
        echo "--platform manylinux_2_${minor}_x86_64"
      done
      echo "--platform manylinux2014_x86_64 --platform linux_x86_64" ;;
    win-amd64) echo "--platform win_amd64" ;;
    macos-arm64)
      for v in 11_0 12_0 13_0; do echo "--platform macosx_${v}_arm64 --platform macosx_${v}_universal2"; done ;;
    macos-x86_64)
      for v in 10_9 10_13 10_15 11_0 12_0 13_0; do echo "--platform macosx_${v}_x86_64 --platform macosx_${v}_universal2"; done ;;
    *) echo "error: unknown platform $1" >&2; return 1 ;;
  esac
}

python3 installers/build_info.py >/dev/null
trap 'rm -f idtoolkit/_build.py' EXIT  # stamped into the wheel only, not left in the checkout
rm -rf "$OUT"
mkdir -p "$OUT"
"$PYTHON" -m pip wheel -q --no-deps -w "$OUT/any" .
WHEEL="$(ls "$OUT"/any/idtoolkit-*.whl)"
for platform in $PLATFORMS; do
  mkdir -p "$OUT/$platform"
  cp "$WHEEL" "$OUT/$platform/"
  # shellcheck disable=SC2046
  for version in $PYTHONS; do
    "$PYTHON" -m pip download -q --only-binary=:all: --implementation cp \
      --python-version "$version" $(platform_tags "$platform") \
      -d "$OUT/$platform" "$WHEEL[hsm,gui]"
  done
  echo "wheelhouse $platform: $(ls "$OUT/$platform" | wc -l) wheels, $(du -sh "$OUT/$platform" | cut -f1)"
done
rm -rf "$OUT/any"
cp installers/wheelhouse/README.txt "$OUT/README.txt"
