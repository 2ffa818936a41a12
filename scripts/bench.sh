#!/usr/bin/env bash
# One command for the numbers in docs/performance.md: builds the
# release app, generates the large organisation (mistvine generate), serves it
# with the release server, and measures pages, votes, the SQLite ceiling,
# peak memory, asset sizes and the phone voting page in one run.
# Prints a table and writes target/bench/bench.json.
# BENCH_MEMBERS / BENCH_TEAMS make a smaller organisation (default 10000 / 500).
# BENCH_ENGINE=postgres runs it all on a throwaway PostgreSQL cluster
# (scripts/pg.sh, PostgreSQL's default durability) instead of SQLite, and
# writes target/bench/bench-postgres.json.
# BENCH_BEFORE=REV (default 78522b7, the last commit before languages;
# a103a03 is the last before Leptos islands) also builds that revision and
# serves it beside the current build, on a copy of the same organisation
# (or, when the revision's migrations differ, on one its own build
# generated), so its front end and its dashboard and /vote render times
# land in the same table; BENCH_BEFORE=none skips it (and so does
# BENCH_ENGINE=postgres).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install.sh bench
export PATH="$HOME/.cargo/bin:$PATH"
export LEPTOS_OUTPUT_NAME=mistvine CARGO_INCREMENTAL=0
members=${BENCH_MEMBERS:-10000}
teams=${BENCH_TEAMS:-500}
port=${BENCH_PORT:-3500}
step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }

out=target/bench
engine=${BENCH_ENGINE:-sqlite}
before_rev=${BENCH_BEFORE:-78522b7}
[ "$engine" = sqlite ] || before_rev=none
before=$out/before-$before_rev
if [ "$before_rev" != none ] && [ ! -x "$before/mistvine" ]; then
  # Built first, in a worktree of that revision with the same target
  # directory (most dependencies are shared), and kept per revision: the
  # current build below overwrites target/release.
  step "release build of $before_rev, the build before (about 20 minutes the first time)"
  src=$out/before-src
  git worktree remove --force "$src" 2>/dev/null || rm -rf "$src"
  git worktree add --force --detach "$src" "$before_rev"
  # --split as the current build: lazy islands (since 2026-12-02) get their own files.
  (cd "$src" && CARGO_TARGET_DIR="$PWD/../.." cargo leptos build --release --split)
  rm -rf "$before" && mkdir -p "$before"
  cp target/release/mistvine target/release/hash.txt "$before"/
  site=$src/target/site
  [ -d "$site/pkg" ] || site=target/site
  cp -r "$site" "$before/site"
  node scripts/precompress.mjs "$before/site/pkg"
  # A build refuses a database migrated past its own migrations: it then
  # serves an organisation its own generator made (the same generator).
  git diff --quiet "$before_rev" HEAD -- migrations || touch "$before/own-org"
  git worktree remove --force "$src"
fi

step "release build (about 20 minutes the first time)"
cargo leptos build --release --split
node scripts/precompress.mjs target/site/pkg
cargo build --release --example bench --features ssr

run=$out/run
rm -rf "$run" && mkdir -p "$run"
ceiling=()
if [ "$engine" = postgres ]; then
  pg_dir=$(mktemp -d /tmp/mistvine-bench-pg.XXXXXX)
  trap 'status=$?; scripts/pg.sh stop "$pg_dir"; exit $status' EXIT
  step "PostgreSQL: a throwaway cluster"
  pg=$(scripts/pg.sh start "$pg_dir")
  psql=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)/psql
  for db in bench ceiling; do "$psql" -q "$pg/postgres" -c "CREATE DATABASE $db"; done
  database=$pg/bench
  ceiling=(--ceiling-postgres "$pg/ceiling")
  step "generating $members people in $teams teams into PostgreSQL"
  RUST_LOG=info target/release/mistvine --database "$database" --vote-key-file "$run/vote.key" \
    generate --members "$members" --teams "$teams"
  # Measured as a running installation is: without this, autovacuum works
  # through the millions of freshly generated rows during the first pages
  # measured (the dashboard 58-75 ms p99 there, 34-36 ms served alone after).
  step "PostgreSQL: vacuum and analyze the generated organisation"
  "$psql" -q "$database" -c "VACUUM ANALYZE"
  report=$out/bench-postgres.json
else
  # The generated organisation is kept per size and day (its dates are relative
  # to today); each run works on a fresh copy, because the bench votes.
  pristine=$out/org-$members-$teams-$(date -u +%F)
  if [ ! -f "$pristine/ready" ]; then
    step "generating $members people in $teams teams"
    rm -rf "$out"/org-* && mkdir -p "$pristine"
    RUST_LOG=info target/release/mistvine --database "$pristine/mistvine.db" --vote-key-file "$pristine/vote.key" \
      generate --members "$members" --teams "$teams"
    touch "$pristine/ready"
  fi
  cp "$pristine"/mistvine.db "$pristine"/mistvine.ballots.db "$pristine"/vote.key "$run"/
  database=$run/mistvine.db
  report=$out/bench.json
fi

step "serving the release build on 127.0.0.1:$port"
LEPTOS_OUTPUT_NAME=mistvine LEPTOS_SITE_ROOT=target/site LEPTOS_SITE_PKG_DIR=pkg LEPTOS_ENV=PROD RUST_LOG=warn \
  target/release/mistvine --database "$database" --vote-key-file "$run/vote.key" --listen "127.0.0.1:$port" &
server=$!
trap 'status=$?; kill $server 2>/dev/null || true; [ -z "${pg_dir:-}" ] || scripts/pg.sh stop "$pg_dir"; exit $status' EXIT
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.2; done

builds=(now "http://127.0.0.1:$port" target/site/pkg)
before_args=()
if [ "$before_rev" != none ]; then
  mkdir -p "$run/before"
  if [ -f "$before/own-org" ]; then
    own=$before/org-$members-$teams-$(date -u +%F)
    if [ ! -f "$own/ready" ]; then
      step "generating $members people in $teams teams with $before_rev's build (its migrations differ)"
      rm -rf "$before"/org-* && mkdir -p "$own"
      RUST_LOG=info "$before/mistvine" --database "$own/mistvine.db" --vote-key-file "$own/vote.key" \
        generate --members "$members" --teams "$teams"
      touch "$own/ready"
    fi
    cp "$own"/mistvine.db "$own"/mistvine.ballots.db "$own"/vote.key "$run/before"/
  else
    cp "$pristine"/mistvine.db "$pristine"/mistvine.ballots.db "$pristine"/vote.key "$run/before"/
  fi
  step "serving $before_rev, the build before, on 127.0.0.1:$((port + 10))"
  LEPTOS_OUTPUT_NAME=mistvine LEPTOS_SITE_ROOT="$before/site" LEPTOS_SITE_PKG_DIR=pkg LEPTOS_ENV=PROD RUST_LOG=warn \
    "$before/mistvine" --database "$run/before/mistvine.db" --vote-key-file "$run/before/vote.key" --listen "127.0.0.1:$((port + 10))" &
  before_server=$!
  trap 'status=$?; kill $server $before_server 2>/dev/null || true; exit $status' EXIT
  for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$((port + 10))/healthz" >/dev/null && break; sleep 0.2; done
  builds+=(before "http://127.0.0.1:$((port + 10))" "$before/site/pkg")
  before_args=(--before "http://127.0.0.1:$((port + 10))")
fi

step "front end: asset sizes, first visits, phone voting page"
node end2end/bench/front.mjs "$run/front.json" "person$members@bigco.example" bench-password "${builds[@]}"

step "pages, votes, ceiling, memory"
target/release/examples/bench --base "http://127.0.0.1:$port" --pid "$server" --members "$members" \
  --out "$report" --front "$run/front.json" "${ceiling[@]}" "${before_args[@]}"
