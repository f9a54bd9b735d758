#!/usr/bin/env bash
# The load benchmark of BENCHMARKS.md: reads, the write path and freshness
# under load, on PostgreSQL and SQLite, each figure beside a reference
# (nginx, pgbench) measured in the same run. Installs what it needs (wrk,
# nginx, PostgreSQL), builds the release binaries and prints the tables.
# Usage: tests/bench/load.sh [nri-load flags, e.g. --duration 5 --databases postgres]
# PostgreSQL: 127.0.0.1:5432, trust auth (NRI_BENCH_PG_URL to change); the
# benchmark creates and drops its own database `nri_load`.
set -euo pipefail
cd "$(dirname "$0")/../.."

missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx-light)
command -v psql >/dev/null || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
  echo "== installing ${missing[*]}" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
export PATH="$PATH:/usr/sbin:$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | tail -n 1)"

pg_up() { pg_isready -h 127.0.0.1 -p 5432 -q; }
if ! pg_up && [ -d /etc/postgresql ]; then
  echo "== starting PostgreSQL" >&2
  for hba in /etc/postgresql/*/main/pg_hba.conf; do
    # Trust local connections, as on the project's machines (benchmarks and tests only).
    sed -i -E 's/^(local|host)(\s+all\s+all\s+.*\s)(peer|md5|scram-sha-256)$/\1\2trust/' "$hba"
  done
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start || true
  for _ in $(seq 1 30); do pg_up && break; sleep 1; done
fi

echo "== building (release)" >&2
nice -n 10 cargo build --release -q -p nri-tests --bin nri-load --bin nri-under-test
export RUST_LOG="${RUST_LOG:-info}"
echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(psql "${NRI_BENCH_PG_URL:-postgres://postgres@127.0.0.1:5432/postgres}" -XtAc 'SHOW server_version' 2>/dev/null | sed 's/^/PostgreSQL /'); $(nginx -v 2>&1); $(wrk -v 2>&1 | head -n 1)" >&2
exec target/release/nri-load "$@"
