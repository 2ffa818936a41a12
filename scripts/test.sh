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

step "server: unit and integration tests"
cargo test --features ssr
step "browser build: unit tests"
cargo test --lib --features hydrate
step "clippy (server, tests)"
cargo clippy --features ssr --all-targets -- -D warnings
step "clippy (browser, wasm32)"
cargo clippy --lib --features hydrate --target wasm32-unknown-unknown -- -D warnings
step "build the app"
cargo leptos build
step "end-to-end tests (Playwright, desktop and phone)"
cd end2end && npx playwright test
