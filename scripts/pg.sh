#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests and the bench: its own data
# folder, listening on loopback only, run by a non-root user (the server
# refuses root), removed again by `stop`.
#
#   scripts/pg.sh start DIR   starts a cluster in DIR (created) and prints its URL
#   scripts/pg.sh stop DIR    stops it and removes DIR
#
# PG_SETTINGS adds server settings ("-c name=value ..."). The tests pass
# fsync=off: the cluster is thrown away, and the app's own crash test runs
# on SQLite; the bench runs with PostgreSQL's defaults.
set -euo pipefail
cd "$(dirname "$0")/.."

cmd=${1:?usage: scripts/pg.sh start|stop DIR}
dir=${2:?usage: scripts/pg.sh start|stop DIR}

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "scripts/pg.sh: PostgreSQL is not installed (scripts/install.sh test installs it)" >&2
  exit 1
fi

# As root, the cluster runs as the `postgres` user the Debian package makes.
if [ "$(id -u)" -eq 0 ]; then
  as_pg() { runuser -u postgres -- "$@"; }
else
  as_pg() { "$@"; }
fi

case "$cmd" in
  start)
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
    as_pg "$bin/initdb" -D "$dir/data" -A trust -U postgres --no-locale -E UTF8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    # A free port: the first one from 54320 up that nothing answers on.
    port=54320
    while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
    as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=300 ${PG_SETTINGS:-}" start >/dev/null \
      || { cat "$dir/server.log" >&2; exit 1; }
    echo "postgres://postgres@127.0.0.1:$port"
    ;;
  stop)
    if [ -f "$dir/data/postmaster.pid" ]; then
      as_pg "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: scripts/pg.sh start|stop DIR" >&2
    exit 2
    ;;
esac
