#!/usr/bin/env bash
# Makes the README's screenshots from the demo organisation, at a desktop and
# a phone width, so they show the app as it is now: builds the app, serves it
# with the demo on a throwaway database, photographs the main pages into
# end2end/screenshots/, and stops the server.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install.sh test
export PATH="$HOME/.cargo/bin:$PATH" LEPTOS_OUTPUT_NAME=mistvine CARGO_INCREMENTAL=0
cargo leptos build --split

work=$(mktemp -d)
port=${SCREENSHOT_PORT:-3779}
MISTVINE_DATABASE="$work/demo.db" MISTVINE_VOTE_KEY_FILE="$work/vote.key" MISTVINE_DEMO=1 \
  MISTVINE_LISTEN="127.0.0.1:$port" LEPTOS_SITE_ROOT=target/site LEPTOS_SITE_PKG_DIR=pkg LEPTOS_ENV=PROD RUST_LOG=warn \
  target/debug/mistvine &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 150); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.2; done
curl -sf "http://127.0.0.1:$port/healthz" >/dev/null || { echo "the server did not start" >&2; exit 1; }

(cd end2end && BASE_URL="http://127.0.0.1:$port" node screenshots.mjs)
