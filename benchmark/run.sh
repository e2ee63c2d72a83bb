#!/usr/bin/env bash
# Builds the service, then measures it beside the ceiling of its own SQL (see bench.py).
# Needs a PostgreSQL server (127.0.0.1:5432 as postgres by default; PGHOST, PGPORT, PGUSER and
# PGPASSWORD choose another), on which it drops and recreates the database concert_bench.
# Any option is passed on to bench.py: ./benchmark/run.sh --help lists them.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v pgbench >/dev/null || missing+=(postgresql-client)
command -v psql >/dev/null || missing+=(postgresql-client)
command -v python3 >/dev/null || missing+=(python3)
if ((${#missing[@]})); then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "Install first: sudo apt-get install ${missing[*]}" >&2
    exit 1
  fi
fi

./mvnw -q -B -ntp -DskipTests clean package
exec python3 benchmark/bench.py "$@"
