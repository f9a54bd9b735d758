#!/usr/bin/env bash
# The worker benchmark: full recomputation and acceptance-to-served freshness,
# on SQLite and PostgreSQL, at 200 and 2,000 initiatives x 20 years.
# Prints the table of BENCHMARKS.md. Usage: tests/bench/run.sh [PG_ADMIN_URL]
set -euo pipefail
cd "$(dirname "$0")/../.."
PG="${1:-${NRI_BENCH_PG_URL:-postgres://postgres@127.0.0.1:5432/postgres}}"
ROOT="${PG%/*}"
cargo build --release -q -p nri-tests --bin nri-bench
BENCH=target/release/nri-bench
export RUST_LOG=error
echo "| database | registry | synthetic load | aggregates | full recomputation, median (min–max) of 5 | acceptances | freshness p50 | freshness p95 |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- |"
for n in 200 2000; do
  dir=$(mktemp -d)
  "$BENCH" --label SQLite --initiatives "$n" --years 20 --acceptances 100 \
    --database-url "sqlite://$dir/bench.db?mode=rwc"
  rm -rf "$dir"
  db="nri_bench_$n"
  psql "$PG" -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db" >/dev/null
  "$BENCH" --label PostgreSQL --initiatives "$n" --years 20 --acceptances 100 --database-url "$ROOT/$db"
  psql "$PG" -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null
done
