#!/bin/sh
# Smoke test of an installed ID Toolkit, the same on every platform the bundle is built for
# (Linux .deb and tarball here; Windows (Git Bash) and macOS in CI):
#   installers/smoke.sh IDTOOLKIT IDTOOLKIT_GUI WORKDIR
# It checks what an officer does first: version, a workspace, a two-tier PKI, a PKCS#12 that
# openssl verifies, a CA key on a (SoftHSM2) token, a bulk job of 50 rows (the lint helper
# process) and the desktop app's main window. Needs: openssl, and for the token step SoftHSM2
# (skipped with a notice when SMOKE_SKIP_HSM=1). Prints one "ok" line per step.
set -eu
IDT="$1"
GUI="$2"
WORK="$3"
absolute() { case "$1" in /*) echo "$1" ;; */*) echo "$(cd "$(dirname "$1")" && pwd)/$(basename "$1")" ;; *) echo "$1" ;; esac; }
IDT="$(absolute "$IDT")"
GUI="$(absolute "$GUI")"
rm -rf "$WORK"
mkdir -p "$WORK"
cd "$WORK"
export IDTOOLKIT_WORKSPACE="$WORK/workspace"
export IDTOOLKIT_PASSPHRASE="smoke test passphrase, not for real use"
export QT_QPA_PLATFORM=offscreen
step() { printf 'ok   %s\n' "$1"; }
fail() { printf 'FAIL %s\n' "$1" >&2; exit 1; }

version="$("$IDT" --version)" || fail "idtoolkit --version"
case "$version" in idtoolkit\ [0-9]*build*) ;; *) fail "version line: $version" ;; esac
step "version: $version"

"$IDT" init >/dev/null || fail "init"
step "init"

"$IDT" ca create-root root --subject "CN=Smoke Root CA,O=Smoke,C=SN" --key ec-p384 >/dev/null \
  || fail "create root CA"
"$IDT" ca create-sub issuing --parent root --subject "CN=Smoke Issuing CA,O=Smoke,C=SN" \
  --key ec-p256 >/dev/null || fail "create issuing CA"
"$IDT" ca export root --out root.pem >/dev/null || fail "export root"
"$IDT" ca export issuing --out issuing.pem >/dev/null || fail "export issuing CA"
step "two-tier PKI"

printf 'p12 password for smoke\n' > p12pass
"$IDT" issue --ca issuing --profile tls-client --subject "CN=smoke-client,O=Smoke,C=SN" \
  --key ec-p256 --p12 client.p12 --p12-password-file p12pass --out client.pem >/dev/null \
  || fail "issue PKCS#12"
openssl pkcs12 -in client.p12 -passin file:p12pass -nokeys -clcerts -out from-p12.pem \
  2>/dev/null || fail "openssl reads the PKCS#12"
openssl verify -CAfile root.pem -untrusted issuing.pem from-p12.pem >/dev/null \
  || fail "openssl verify"
step "PKCS#12 issued, openssl verify OK"

if [ "${SMOKE_SKIP_HSM:-0}" = 1 ]; then
  printf 'skip token steps (SMOKE_SKIP_HSM=1)\n'
else
  "$IDT" hsm sim init --dir "$WORK/hsm" >/dev/null || fail "hsm sim init"
  export SOFTHSM2_CONF="$WORK/hsm/softhsm2.conf"
  export IDTOOLKIT_SO_PIN=87654321 IDTOOLKIT_PIN=123456
  "$IDT" hsm sim add-token --dir "$WORK/hsm" --label smoke-token >/dev/null 2>&1 \
    || fail "hsm sim add-token (a helper process)"
  "$IDT" ca create-root token-root --subject "CN=Smoke Token Root,O=Smoke,C=SN" --key ec-p256 \
    --key-store pkcs11:token=smoke-token >/dev/null || fail "CA key on the token"
  "$IDT" ca show token-root | grep -qi "pkcs11" || fail "token CA's key store"
  "$IDT" hsm sim add-token --dir "$WORK/hsm" --label spare-token >/dev/null 2>&1 \
    || fail "hsm sim add-token spare-token"
  "$IDT" hsm sim delete-token --dir "$WORK/hsm" --label spare-token >/dev/null \
    || fail "hsm sim delete-token (softhsm2-util started from the toolkit)"
  if IDTOOLKIT_PKCS11_MODULE=/nonexistent/vendor-pkcs11.so "$IDT" hsm tokens >/dev/null 2>p11.err
  then fail "a PKCS#11 module that does not exist was accepted"; fi
  grep -q "/nonexistent/vendor-pkcs11.so" p11.err || fail "IDTOOLKIT_PKCS11_MODULE ignored"
  step "hsm sim init + add-token + CA key on the token; IDTOOLKIT_PKCS11_MODULE honoured"
fi

{
  echo "id,CN,GN,SN,serialNumber,C"
  i=1
  while [ "$i" -le 50 ]; do
    printf 'c%02d,Citizen %02d,Citizen,Number%02d,IDCSN-%07d,SN\n' "$i" "$i" "$i" "$i"
    i=$((i + 1))
  done
} > citizens.csv
"$IDT" bulk issue --ca issuing --profile citizen-auth --csv citizens.csv --out bulk >/dev/null \
  || fail "bulk issue"
count="$(find bulk -name '*.p12' | wc -l | tr -d ' ')"
[ "$count" = 50 ] || fail "bulk issue wrote $count PKCS#12 files, not 50"
step "bulk issue: 50 rows (lint helper process)"

"$GUI" --screenshot main.png >/dev/null 2>gui.err || { cat gui.err >&2; fail "desktop app"; }
size="$(wc -c < main.png | tr -d ' ')"
[ "$size" -gt 20000 ] || fail "main window PNG is only $size bytes"
step "desktop app main window rendered offscreen ($size bytes)"
echo "smoke test passed"
