#!/usr/bin/env bash
# Sourced by .ci/run: starts a throw-away PostgreSQL server on loopback from
# Debian's packages and exports CRONICA_TEST_PG_URL, so tests/store and
# tests/export run on PostgreSQL as well as SQLite. Stopped on exit.
# Usage: source .ci/postgres.sh   (needs `postgresql` from apt; installs it if missing)
set -euo pipefail
_pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$_pg_bin" ] && command -v apt-get >/dev/null; then
  _sudo=""; [ "$(id -u)" = 0 ] || _sudo="sudo"
  $_sudo apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $_sudo apt-get install -y -qq postgresql >&2
  _pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
fi
if [ -z "$_pg_bin" ]; then
  echo "ci: PostgreSQL not available; store tests run on SQLite only" >&2
  return 0 2>/dev/null || exit 0
fi
_pg_dir=$(mktemp -d /tmp/cronica-pg.XXXXXX)
_pg_port=${CRONICA_CI_PG_PORT:-55432}
_pg_as() { "$@"; }
if [ "$(id -u)" = 0 ]; then
  chown postgres "$_pg_dir"
  _pg_as() { su postgres -s /bin/sh -c "$(printf '%q ' "$@")"; }
fi
_pg_as "$_pg_bin/initdb" -D "$_pg_dir/data" -A trust -U postgres -E UTF8 >/dev/null
# first free port from $_pg_port on (another server may hold it)
for _i in 0 1 2 3 4 5 6 7 8 9; do
  if _pg_as "$_pg_bin/pg_ctl" -D "$_pg_dir/data" -l "$_pg_dir/log" -w \
      -o "-c listen_addresses=127.0.0.1 -p $_pg_port -k $_pg_dir -c fsync=off" start >/dev/null; then
    break
  fi
  [ "$_i" = 9 ] && { echo "ci: PostgreSQL did not start:" >&2; tail -5 "$_pg_dir/log" >&2; exit 1; }
  _pg_port=$((_pg_port + 1))
done
_pg_as "$_pg_bin/createdb" -h 127.0.0.1 -p "$_pg_port" -U postgres cronica_test
export CRONICA_TEST_PG_URL="postgresql+psycopg://postgres@127.0.0.1:$_pg_port/cronica_test"
_pg_stop() { _pg_as "$_pg_bin/pg_ctl" -D "$_pg_dir/data" -m fast stop >/dev/null 2>&1 || true; rm -rf "$_pg_dir"; }
_pg_prev_trap=$(trap -p EXIT | sed -E "s/^trap -- '(.*)' EXIT$/\1/")
trap "_pg_stop; ${_pg_prev_trap}" EXIT
echo "ci: PostgreSQL on 127.0.0.1:$_pg_port (CRONICA_TEST_PG_URL set)" >&2
