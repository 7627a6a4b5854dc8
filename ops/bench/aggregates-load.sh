#!/usr/bin/env bash
# Load run of the aggregate endpoints against a running JAIA server: requests every aggregate table's first page
# (optionally filtered by fiscal year) REQUESTS times, one after another, and prints p50 / p95 / max latency per table.
#
#   ops/bench/aggregates-load.sh [--url=http://127.0.0.1:8001] [--requests=100] [--fiscal-year=2024]
set -euo pipefail
url=http://127.0.0.1:8001
requests=100
fiscal_year=
for arg in "$@"; do
  case "$arg" in
    --url=*) url="${arg#--url=}" ;;
    --requests=*) requests="${arg#--requests=}" ;;
    --fiscal-year=*) fiscal_year="${arg#--fiscal-year=}" ;;
    -h|--help) sed -n '2,5p' "$0"; exit 0 ;;
    *) echo "unknown option: $arg" >&2; exit 2 ;;
  esac
done
tables=$(curl -fsS "$url/api/v1/aggregates" | grep -o '"name":"agg_[a-z_]*"' | cut -d'"' -f4 | sort -u)
[[ -n "$tables" ]] || { echo "no aggregate tables listed at $url/api/v1/aggregates" >&2; exit 1; }
query=${fiscal_year:+?fiscalYear=$fiscal_year}
echo "| table | requests | p50 ms | p95 ms | max ms |"
echo "|---|---:|---:|---:|---:|"
all=$(mktemp)
for table in $tables; do
  times=$(mktemp)
  for ((i = 0; i < requests; i++)); do
    curl -fsS -o /dev/null -w '%{time_total}\n' "$url/api/v1/aggregates/$table$query" >> "$times"
  done
  cat "$times" >> "$all"
  sort -n "$times" | awk -v t="$table" '{ v[NR] = $1 * 1000 } END {
    p50 = v[int(NR * 0.50 + 0.5)]; p95 = v[int(NR * 0.95 + 0.5)];
    printf "| %s | %d | %.1f | %.1f | %.1f |\n", t, NR, p50, p95, v[NR] }'
  rm -f "$times"
done
sort -n "$all" | awk '{ v[NR] = $1 * 1000 } END {
  printf "| all | %d | %.1f | %.1f | %.1f |\n", NR, v[int(NR * 0.50 + 0.5)], v[int(NR * 0.95 + 0.5)], v[NR] }'
rm -f "$all"
