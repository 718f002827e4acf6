#!/usr/bin/env bash
# Starts the machine's PostgreSQL cluster (Debian's `postgresql` package) if it is down, makes
# sure a throwaway test role and database exist, and prints their URL. Used by `npm test` and
# .ci/run; it never touches any database but `switchboard_test`.
set -euo pipefail
if ! command -v pg_lsclusters >/dev/null 2>&1; then
  echo "PostgreSQL is not installed (Debian: apt-get install -y postgresql), or set TEST_DATABASE_URL" >&2
  exit 1
fi
read -r version name port status _ < <(pg_lsclusters --no-header | head -n 1)
if [ -z "${version:-}" ]; then
  echo "no PostgreSQL cluster found (pg_createcluster 15 main)" >&2
  exit 1
fi
if [ "$status" != "online" ]; then
  pg_ctlcluster "$version" "$name" start >&2
fi
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else sudo -n -u postgres "$@"; fi; }
as_postgres psql -p "$port" -tAc "select 1 from pg_roles where rolname='switchboard_test'" | grep -q 1 ||
  as_postgres psql -p "$port" -qc "create role switchboard_test login password 'switchboard_test' createdb" >&2
# DROP DATABASE … WITH (FORCE) ends the other sessions on a test database; a session of another
# role there (seen once) needs this right, or the drop fails.
as_postgres psql -p "$port" -qc "grant pg_signal_backend to switchboard_test" >&2
as_postgres psql -p "$port" -tAc "select 1 from pg_database where datname='switchboard_test'" | grep -q 1 ||
  as_postgres createdb -p "$port" -O switchboard_test switchboard_test >&2
echo "postgres://switchboard_test:switchboard_test@127.0.0.1:$port/switchboard_test"
