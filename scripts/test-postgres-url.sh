#!/usr/bin/env bash
# Print the URL of a PostgreSQL server for running the tests by hand, starting a private one
# that keeps running (see with-test-postgres.sh, which `make test` uses and which stops its
# server at the end). $IDTOOLKIT_TEST_PG_URL, if set, is printed as it is.
#
#   export IDTOOLKIT_TEST_PG_URL="$(scripts/test-postgres-url.sh)"
#   .venv/bin/pytest tests/test_store.py
set -euo pipefail
cd "$(dirname "$0")/.."
IDTOOLKIT_KEEP_PG=1 exec scripts/with-test-postgres.sh sh -c 'echo "$IDTOOLKIT_TEST_PG_URL"'
