#!/usr/bin/env bash
# Runs a command against a PostgreSQL server of its own: Debian's postgresql (installed with
# apt-get when missing and we are root), a new cluster in a temporary folder, listening on
# 127.0.0.1:$PG_PORT (default 55439) and a socket in that folder. Exports TEST_POSTGRES_URL (the
# maintenance database, for tests that create their own) and PG_BASE_URL; stops and removes the
# cluster afterwards, whatever the command's outcome.
#   bash scripts/with-postgres.sh npx vitest run ...
set -euo pipefail
PG_PORT="${PG_PORT:-55439}"

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | while read -r d; do [ -x "$d/initdb" ] && echo "$d"; done | tail -n 1; }
if [ -z "$(pg_bin)" ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "PostgreSQL is missing: install Debian's postgresql (apt-get install postgresql)." >&2
    exit 1
  fi
  echo "Installing Debian's postgresql for the PostgreSQL tests..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
BIN="$(pg_bin)"

DIR="$(mktemp -d /tmp/chip-deals-pg.XXXXXX)"
# initdb and the server refuse to run as root: they run as the postgres user Debian's package made.
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" -eq 0 ] && chown postgres "$DIR"
cleanup() {
  as_pg "$BIN/pg_ctl" -D "$DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$DIR"
}
trap cleanup EXIT
trap "exit 130" INT TERM

# Passwords are checked over TCP, as on a real server (the tests try a wrong one).
echo "chipdeals" > "$DIR/pwfile"
[ "$(id -u)" -eq 0 ] && chown postgres "$DIR/pwfile"
as_pg "$BIN/initdb" -D "$DIR/data" -U postgres --pwfile="$DIR/pwfile" --auth-local=trust --auth-host=scram-sha-256 \
  -E UTF8 --locale=C.UTF-8 >/dev/null
as_pg "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 30 \
  -o "-p $PG_PORT -k $DIR -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=off" start >/dev/null

export PG_BASE_URL="postgresql://postgres:chipdeals@127.0.0.1:$PG_PORT"
export TEST_POSTGRES_URL="$PG_BASE_URL/postgres"
echo "PostgreSQL $("$BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT"
"$@"
