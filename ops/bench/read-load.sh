#!/usr/bin/env bash
# Read paths under load: starts the server on a data directory that holds a loaded year and runs wrk against every
# list endpoint and one journal's detail, with 1 and then 8 concurrent clients. Prints Markdown table rows (what,
# median / p99 ms, requests/s, the machine's load average when the run ended). Used by run.sh --read-load.
#
#   ops/bench/read-load.sh DATA_DIR OUT_PREFIX
#
# Environment: JAR (default target/jaia.jar), SECONDS_EACH (wrk duration, default 15), CLIENTS (default "1 8"),
# ONLY (a regular expression: run only the paths whose name matches). The server runs with a rate limit high enough
# that wrk measures the reads, not the 429s (non-2xx answers are counted in the row).
set -euo pipefail
cd "$(dirname "$0")/../.."
data=$1; out=$2
jar=${JAR:-target/jaia.jar}
seconds=${SECONDS_EACH:-15}
clients=${CLIENTS:-1 8}
only=${ONLY:-.}
port=${PORT_UNDER_LOAD:-18199}
DATA_DIR="$data" PORT="$port" RATE_LIMIT_REQUESTS=1000000000 java -jar "$jar" > "$out.server.out" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true' EXIT
base="http://127.0.0.1:$port"
for _ in $(seq 1 1200); do curl -fs -o /dev/null "$base/health" && break; sleep 0.1; done

# one journal that has a violation: its id, business unit and fiscal year
first=$(curl -fs "$base/api/v1/violations?page=0&size=1")
field() { grep -o "\"$1\" *: *\"\\?[^\",}]*" <<< "$first" | head -1 | sed 's/.*: *"\?//'; }
journal=$(field journalId)
unit=$(field businessUnitCode)
year=$(field fiscalYear)
job=$(curl -fs "$base/api/v1/jobs?size=1&name=journalImportJob" | grep -o '"id" *: *[0-9]*' | head -1 \
  | grep -o '[0-9]*$' || true)
# the cursor that continues after page 99 of 50 (the same items as page 100), when the server knows cursors
after=$(curl -fs -D - -o /dev/null "$base/api/v1/violations?page=99&size=50" | tr -d '\r' \
  | sed -n 's/^[Ll]ink: *<[^>]*[?&]after=\([^&>]*\)[^>]*>; *rel="next".*/\1/p' || true)

ms() {  # wrk's latency (e.g. 812.33us, 10.40ms, 1.20s) in milliseconds
  awk '{ v = $1; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) }
         else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 } printf "%.1f", v }' <<< "$1"
}
run() {  # name, url
  [[ "$1" =~ $only ]] || return 0
  local c report p50 p99 rps bad load
  for c in $clients; do
    report="$out.${1// /-}-$c.wrk"
    wrk -t "$c" -c "$c" -d "${seconds}s" --timeout 30s --latency "$2" > "$report" 2>&1 || true
    p50=$(ms "$(awk '$1 == "50%" { print $2 }' "$report")")
    p99=$(ms "$(awk '$1 == "99%" { print $2 }' "$report")")
    rps=$(awk '/Requests\/sec/ { print $2 }' "$report")
    bad=$(awk '/Non-2xx/ { print ", " $NF " non-2xx" }' "$report")
    load=$(awk '{ print $1 }' /proc/loadavg)
    echo "| read path: $1, $c client(s), ${seconds} s (median / p99 ms; load $load) | $p50 / $p99 | $rps req/s$bad | |"
  done
}
api="$base/api/v1"
run "violations page 100" "$api/violations?page=100&size=50"
[[ -n "$after" ]] && run "violations after page 99" "$api/violations?size=50&after=$after"
run "violations filtered" "$api/violations?fiscalYear=$year&severity=high&page=3&size=50"
run "violations by account" "$api/violations?account=1110&page=2&size=50"
run "journal detail" "$api/journals/$journal?businessUnit=$unit&fiscalYear=$year"
run "journal detail bare id" "$api/journals/$journal"
run "imports" "$api/imports?page=0&size=50"
run "jobs" "$api/jobs?page=0&size=20"
[[ -n "$job" ]] && run "rejects" "$api/jobs/$job/rejects?page=0&size=100"
run "rules" "$api/rules?page=0&size=100"
run "rule outcomes" "$api/rules/outcomes?page=0&size=50"
run "aggregates" "$api/aggregates?page=0&size=50"
run "aggregate rows" "$api/aggregates/agg_by_period_account?fiscalYear=$year&page=2&size=100"
run "aggregate high risk" "$api/aggregates/agg_high_risk?fiscalYear=$year&page=0&size=100"
run "reviews" "$api/reviews?page=0&size=50"
run "account classes" "$api/account-classes?page=0&size=100"
run "masters" "$api/masters?page=0&size=100"
run "audit" "$api/audit?page=0&size=50"
run "ip blocks" "$api/admin/ip-blocks?page=0&size=50"
