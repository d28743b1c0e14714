#!/usr/bin/env bash
# Print the URL of a PostgreSQL server the tests can use, starting one if needed.
#
# 1. $IDTOOLKIT_TEST_PG_URL, if set.
# 2. The server at 127.0.0.1:5432 as user postgres (trust auth), if it answers.
# 3. Outside CI only: a private, throw-away cluster under $TMPDIR on port 55432 with trust auth
#    on loopback, after installing Debian's postgresql package. It never touches the
#    machine's own clusters. In CI (CI=true) a missing server is an error, not a reason to
#    improvise: the store tests must run against the real server.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
DEFAULT_URL="postgresql://postgres@127.0.0.1:5432/postgres"
PRIVATE_PORT=55432
PRIVATE_URL="postgresql://postgres@127.0.0.1:${PRIVATE_PORT}/postgres"

answers() {
  "$PY" -c "import psycopg,sys; psycopg.connect(sys.argv[1], connect_timeout=3).close()" "$1" 2>/dev/null
}

if [ -n "${IDTOOLKIT_TEST_PG_URL:-}" ]; then echo "$IDTOOLKIT_TEST_PG_URL"; exit 0; fi
if answers "$DEFAULT_URL"; then echo "$DEFAULT_URL"; exit 0; fi
if [ "${CI:-}" = "true" ]; then
  echo "error: no PostgreSQL server at $DEFAULT_URL (CI needs the real one)" >&2
  echo "$DEFAULT_URL"; exit 0   # let the tests fail with their own clear message
fi
if answers "$PRIVATE_URL"; then echo "$PRIVATE_URL"; exit 0; fi

SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  echo "Installing PostgreSQL (Debian package postgresql) for the store tests..." >&2
  $SUDO apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >&2
  bindir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi
base="${TMPDIR:-/tmp}/idtoolkit-pgtest-$(id -u)"
data="$base/data"
run_as=()
if [ "$(id -u)" = 0 ]; then run_as=(runuser -u postgres --); fi   # initdb refuses root
if [ ! -f "$data/PG_VERSION" ]; then
  mkdir -p "$data"
  [ "$(id -u)" = 0 ] && chown -R postgres "$base"
  "${run_as[@]}" "$bindir/initdb" -D "$data" -U postgres --auth=trust >/dev/null
fi
"${run_as[@]}" "$bindir/pg_ctl" -D "$data" -l "$base/server.log" -w \
  -o "-p ${PRIVATE_PORT} -k $base -c listen_addresses=127.0.0.1" start >&2
echo "$PRIVATE_URL"
