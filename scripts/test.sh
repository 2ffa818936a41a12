#!/usr/bin/env bash
# Installs what is missing, then runs every check: unit and integration tests
# for both feature sets, clippy with warnings as errors, and the Playwright
# suite against a freshly built server on a throwaway database.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install.sh test
export PATH="$HOME/.cargo/bin:$PATH"
export LEPTOS_OUTPUT_NAME=mistvine
# A test run builds once; incremental caches would only cost disk and time.
export CARGO_INCREMENTAL=0

step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }

# A throwaway PostgreSQL cluster for the whole run (scripts/pg.sh), removed
# on exit however the run ends.
# The trap keeps the run's own exit status, and names the repository by an
# absolute path: the last step runs from end2end/.
root=$(pwd)
pg_dir=$(mktemp -d /tmp/mistvine-pg.XXXXXX)
trap 'status=$?; "$root/scripts/pg.sh" stop "$pg_dir" || echo "could not remove the cluster in $pg_dir" >&2; exit $status' EXIT
step "PostgreSQL: a throwaway cluster"
MISTVINE_TEST_POSTGRES=$(PG_SETTINGS="-c fsync=off" scripts/pg.sh start "$pg_dir")
export MISTVINE_TEST_POSTGRES
echo "$MISTVINE_TEST_POSTGRES"

step "server: unit and integration tests (SQLite; PostgreSQL-only tests on the cluster)"
cargo test --features ssr

# The integration suite again, every test app on PostgreSQL. Left out: the
# modules about SQLite's own files (backup, crash, legacy), which also hold the
# tests about PostgreSQL itself (anonymity, moving, pg_dump in backup) that
# the first pass ran on the cluster, and assets (no database). Test names
# start with their module, so `--skip name::` leaves out exactly that module.
skip=""
for name in assets backup crash legacy anonymity moving; do
  skip="$skip --skip $name::"
done
step "server: integration tests on PostgreSQL"
# shellcheck disable=SC2086  # one word per flag
MISTVINE_TEST_ENGINE=postgres cargo test --features ssr --test integration -- $skip
step "browser build: unit tests"
cargo test --lib --features hydrate
step "clippy (server, tests)"
cargo clippy --features ssr --all-targets -- -D warnings
step "clippy (browser, wasm32)"
cargo clippy --lib --features hydrate --target wasm32-unknown-unknown -- -D warnings
step "build the app"
cargo leptos build --split
step "end-to-end tests (Playwright, desktop and phone)"
cd end2end && npx playwright test
