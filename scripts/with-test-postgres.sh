#!/usr/bin/env bash
# Run a command with IDTOOLKIT_TEST_PG_URL pointing at a PostgreSQL server the tests can use,
# starting a private, throw-away one when none is given. Used by `make test` and so by CI.
#
#   scripts/with-test-postgres.sh COMMAND [ARG...]
#
# Which server:
# 1. $IDTOOLKIT_TEST_PG_URL, if set: used as it is, never started or stopped here.
# 2. Otherwise a private cluster: Debian's postgresql package is installed if missing, a new
#    cluster is made in a fresh directory under $TMPDIR (trust auth, loopback only, its own
#    socket directory) on a free port of 127.0.0.1, and it is stopped and deleted when the
#    command ends. Each run has its own directory and port, so two `make test` at once do not
#    meet. The machine's own clusters (e.g. on 5432) are never touched.
#
# IDTOOLKIT_KEEP_PG=1 leaves the private server running and prints how to stop it, for a
# developer who runs pytest by hand afterwards.
#
# A server that cannot be started ends the run with exit 1 and says why: the PostgreSQL tests
# are never skipped.
set -euo pipefail

if [ $# -eq 0 ]; then
  echo "usage: $0 COMMAND [ARG...]" >&2
  exit 2
fi

if [ -n "${IDTOOLKIT_TEST_PG_URL:-}" ]; then
  exec "$@"
fi

fail() { echo "error: cannot start a PostgreSQL server for the tests: $*" >&2; exit 1; }

SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
find_bindir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true; }
bindir=$(find_bindir)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  echo "Installing PostgreSQL (Debian package postgresql) for the store tests..." >&2
  { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql; } >&2 \
    || fail "apt-get could not install the postgresql package"
  bindir=$(find_bindir)
  [ -x "$bindir/initdb" ] || fail "the postgresql package has no initdb"
fi

base=$(mktemp -d "${TMPDIR:-/tmp}/idtoolkit-pgtest.XXXXXX")
chmod 0755 "$base"
data="$base/data"
run_as=()
if [ "$(id -u)" = 0 ]; then
  # initdb refuses to run as root; the package's postgres user owns the private cluster.
  id postgres >/dev/null 2>&1 || fail "running as root, but there is no 'postgres' user to own the cluster"
  chown postgres "$base"
  run_as=(runuser -u postgres --)
fi

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

stop_server() {
  "${run_as[@]}" "$bindir/pg_ctl" -D "$data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$base"
}

"${run_as[@]}" "$bindir/initdb" -D "$data" -U postgres --auth=trust --no-sync >"$base/initdb.log" 2>&1 \
  || { cat "$base/initdb.log" >&2; rm -rf "$base"; fail "initdb failed (its output is above)"; }

# A port found free can be taken before the server binds it (another run starting at the same
# moment): try a few.
started=""
for _ in 1 2 3 4 5; do
  port=$(free_port)
  if "${run_as[@]}" "$bindir/pg_ctl" -D "$data" -l "$base/server.log" -w -t 60 \
      -o "-p $port -k $base -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
      start >/dev/null 2>&1; then
    started=yes
    break
  fi
done
if [ -z "$started" ]; then
  tail -n 20 "$base/server.log" >&2 || true
  rm -rf "$base"
  fail "pg_ctl could not start the server (its log is above)"
fi

export IDTOOLKIT_TEST_PG_URL="postgresql://postgres@127.0.0.1:${port}/postgres"
echo "PostgreSQL for the tests: $IDTOOLKIT_TEST_PG_URL (private cluster in $base)" >&2

if [ "${IDTOOLKIT_KEEP_PG:-}" = 1 ]; then
  echo "IDTOOLKIT_KEEP_PG=1: the server keeps running; stop it with:" >&2
  echo "  ${run_as[*]} $bindir/pg_ctl -D $data stop && rm -rf $base" >&2
else
  trap stop_server EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
fi

status=0
"$@" || status=$?
exit "$status"
