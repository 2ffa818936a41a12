#!/usr/bin/env bash
# Installs what is missing, then builds the optimised app and serves it on
# http://127.0.0.1:3000. The first build takes about 20 minutes (the server
# and the WASM, both optimised); later ones only rebuild what changed.
# DEMO=1 loads the demo organisation; MISTVINE_DATABASE picks the SQLite file.
# SSO=1 lets it use the local provider of scripts/sso-provider.sh (docs/single-sign-on.md).
# DEV=1 serves the debug build instead, rebuilt on every change (cargo leptos watch --split).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install.sh run
export PATH="$HOME/.cargo/bin:$PATH"
# Same value cargo-leptos uses, so plain cargo builds and cargo-leptos builds share one cache.
export LEPTOS_OUTPUT_NAME=mistvine
if [ "${DEMO:-0}" != 0 ]; then export MISTVINE_DEMO=1; fi
# SSO=1 accepts the local test provider of scripts/sso-provider.sh (plain http).
if [ "${SSO:-0}" != 0 ]; then export MISTVINE_SSO_ALLOW_HTTP=1; fi
if [ "${DEV:-0}" != 0 ]; then exec cargo leptos watch --split; fi
cargo leptos build --release --split
node scripts/precompress.mjs target/site/pkg
export LEPTOS_SITE_ROOT=target/site LEPTOS_SITE_PKG_DIR=pkg LEPTOS_ENV=PROD
exec target/release/mistvine
