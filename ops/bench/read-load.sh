#!/usr/bin/env bash
# Read paths under load: starts the server on a data directory that holds a loaded year and runs wrk (15 s) against
# a deep page of violations and one journal's detail, with 1 and then 8 concurrent clients. Prints Markdown table rows
# (what, median ms, ratio of p99 to the target, requests/s). Used by run.sh --read-load.
#
#   ops/bench/read-load.sh DATA_DIR OUT_PREFIX
set -euo pipefail
cd "$(dirname "$0")/../.."
data=$1; out=$2
port=18199
DATA_DIR="$data" PORT="$port" java -jar target/jaia.jar > "$out.server.out" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true' EXIT
base="http://127.0.0.1:$port"
for _ in $(seq 1 1200); do curl -fs -o /dev/null "$base/health" && break; sleep 0.1; done

# one journal that has a violation: its id, business unit and fiscal year, whichever JSON naming the API uses
first=$(curl -fs "$base/api/v1/violations?page=0&size=1")
field() { grep -o "\"$1\" *: *\"\\?[^\",}]*" <<< "$first" | head -1 | sed 's/.*: *"\?//'; }
journal=$(field journalId); [[ -n "$journal" ]] || journal=$(field journal_id)
unit=$(field businessUnitCode); [[ -n "$unit" ]] || unit=$(field business_unit_code)
year=$(field fiscalYear); [[ -n "$year" ]] || year=$(field fiscal_year)

ms() {  # wrk's latency (e.g. 812.33us, 10.40ms, 1.20s) in milliseconds
  awk '{ v = $1; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) }
         else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 } printf "%.1f", v }' <<< "$1"
}
run() {  # name, connections, url
  local report="$out.$1-$2.wrk"
  wrk -t "$2" -c "$2" -d 15s --timeout 30s --latency "$3" > "$report" 2>&1 || true
  local p50 p99 rps
  p50=$(ms "$(awk '$1 == "50%" { print $2 }' "$report")")
  p99=$(ms "$(awk '$1 == "99%" { print $2 }' "$report")")
  rps=$(awk '/Requests\/sec/ { print $2 }' "$report")
  echo "| read path: $1, $2 client(s), 15 s (median / p99 ms, requests/s) | $p50 / $p99 | $rps req/s | |"
}
run "violations page 100" 1 "$base/api/v1/violations?page=100&size=50"
run "violations page 100" 8 "$base/api/v1/violations?page=100&size=50"
journal_url="$base/api/v1/journals/$journal?businessUnit=$unit&fiscalYear=$year"
run "journal detail" 1 "$journal_url"
run "journal detail" 8 "$journal_url"
