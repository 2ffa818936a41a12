#!/usr/bin/env bash
# Installs what is missing, then builds and serves Mistvine on http://127.0.0.1:3000.
# DEMO=1 loads the demo organisation; MISTVINE_DATABASE picks the SQLite file.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install.sh run
export PATH="$HOME/.cargo/bin:$PATH"
# Same value cargo-leptos uses, so plain cargo builds and cargo-leptos builds share one cache.
export LEPTOS_OUTPUT_NAME=mistvine
if [ "${DEMO:-0}" != 0 ]; then export MISTVINE_DEMO=1; fi
exec cargo leptos serve
