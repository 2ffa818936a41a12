#!/usr/bin/env bash
# Installs what is missing, then runs every check: unit and integration tests
# for both feature sets, clippy with warnings as errors, and the Playwright
# suite against a freshly built server on a throwaway database.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
export LEPTOS_OUTPUT_NAME=mistvine
# A test run builds once; incremental caches would only cost disk and time.
export CARGO_INCREMENTAL=0

# Each step's time, and its share of the run, are printed at the end
# (however the run ends): where a run's time goes is what to cut first.
started=$SECONDS
step_name="install what is missing"
step_start=$SECONDS
step_times=()
end_step() { step_times+=("$((SECONDS - step_start)) $step_name"); }
step() {
  end_step
  step_name="$*"
  step_start=$SECONDS
  printf '\n\033[1m==> %s\033[0m\n' "$*"
}
report_times() {
  end_step
  local total=$((SECONDS - started)) line secs
  printf '\n==> time per step (total %dm%02ds)\n' $((total / 60)) $((total % 60))
  for line in "${step_times[@]}"; do
    secs=${line%% *}
    printf '%4dm%02ds %3d%%  %s\n' $((secs / 60)) $((secs % 60)) $((total > 0 ? secs * 100 / total : 0)) "${line#* }"
  done
}

scripts/install.sh test

# A throwaway PostgreSQL cluster for the whole run (scripts/pg.sh), removed
# on exit however the run ends.
# The trap keeps the run's own exit status, and names the repository by an
# absolute path: the last step runs from end2end/.
root=$(pwd)
pg_dir=$(mktemp -d /tmp/mistvine-pg.XXXXXX)
trap 'status=$?; report_times; "$root/scripts/pg.sh" stop "$pg_dir" || echo "could not remove the cluster in $pg_dir" >&2; exit $status' EXIT
step "PostgreSQL: a throwaway cluster"
MISTVINE_TEST_POSTGRES=$(PG_SETTINGS="-c fsync=off" scripts/pg.sh start "$pg_dir")
export MISTVINE_TEST_POSTGRES
echo "$MISTVINE_TEST_POSTGRES"

step "formatting (cargo fmt --check, rustfmt.toml)"
cargo fmt --check

step "documents: the links between README.md and docs/"
node scripts/check-links.mjs

step "server: unit and integration tests (SQLite; PostgreSQL-only tests on the cluster)"
cargo test --features ssr

# The integration suite again, every test app on PostgreSQL. Left out: the
# modules about SQLite's own files (backup, crash, legacy), which also hold the
# tests about PostgreSQL itself (anonymity, moving, pg_dump in backup) that
# the first pass ran on the cluster, assets (no database) and schema (it
# builds both engines' schemas whatever the pass) and layers (it reads the
# source, no database). Test names
# start with their module, so `--skip name::` leaves out exactly that module.
skip=""
for name in assets backup crash legacy anonymity moving schema layers; do
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
# `--tests` makes this the very build `cargo test` made above, so nothing of
# the server is compiled again: Cargo turns on dev-dependencies' features
# (reqwest's client parts in hyper, tower, tower-http…) only when a build
# includes test targets, and without them the server's binary and every
# crate above those dependencies were rebuilt here, and again by the next
# run's `cargo test` (about 4 minutes of every warm run). The test targets
# themselves are already built, so asking for them costs nothing.
cargo leptos build --split --bin-cargo-args=--tests
step "end-to-end tests (Playwright, desktop and phone)"
cd end2end && npx playwright test
