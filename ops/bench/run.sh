#!/usr/bin/env bash
# Import benchmark: for each ledger size, times the JAIA import and DuckDB's own CSV reader as whole processes and
# prints a Markdown table. Expects target/jaia.jar (build it first); writes its ledgers under ops/bench/work/.
# The generated ledger comes with its masters (chart of accounts, users, vendors), loaded before the timed import
# so that every rule applies, as on a client's real ledger.
#
#   ops/bench/run.sh [--sizes=1000000,5000000] [--skip-generate] [--seed=42]
set -euo pipefail
cd "$(dirname "$0")/../.."

sizes=1000000,5000000
skip_generate=false
seed=42
for arg in "$@"; do
  case "$arg" in
    --sizes=*) sizes="${arg#--sizes=}" ;;
    --skip-generate) skip_generate=true ;;
    --seed=*) seed="${arg#--seed=}" ;;
    -h|--help) sed -n '2,6p' "$0"; exit 0 ;;
    *) echo "unknown option: $arg" >&2; exit 2 ;;
  esac
done

jar=target/jaia.jar
work=ops/bench/work
java_opts=(-Xmx768m)
[[ -f "$jar" ]] || { echo "no $jar: build it first (mvn -B -ntp -DskipTests package)" >&2; exit 1; }
if ! /usr/bin/time -v true >/dev/null 2>&1; then
  echo "GNU time is missing: apt-get install -y time" >&2
  exit 1
fi
mkdir -p "$work"

# seconds from GNU time's "Elapsed (wall clock) time (h:mm:ss or m:ss): 1:02.03"
wall_seconds() {
  grep 'Elapsed (wall clock)' "$1" | awk '{print $NF}' \
    | awk -F: '{ if (NF == 3) print $1 * 3600 + $2 * 60 + $3; else print $1 * 60 + $2 }'
}
peak_mib() {
  grep 'Maximum resident set size' "$1" | awk '{printf "%.0f", $NF / 1024}'
}
# runs one jaia command as a whole process with a fresh data directory (masters loaded first, untimed, when
# $masters is set); prints its wall seconds (or "failed")
timed() {
  local name=$1; shift
  local data; data=$(mktemp -d "$work/data-XXXXXX")
  if [[ -n "${masters:-}" ]]; then
    DATA_DIR="$data" java -jar "$jar" masters "$masters" > "$work/$name.masters.out" 2>&1
  fi
  if DATA_DIR="$data" /usr/bin/time -v -o "$work/$name.time" java "${java_opts[@]}" -jar "$jar" "$@" \
      > "$work/$name.out" 2> "$work/$name.err"; then
    wall_seconds "$work/$name.time"
  else
    echo failed
  fi
  rm -rf "$data"
}
rate() { awk -v n="$1" -v s="$2" 'BEGIN { if (s + 0 > 0) printf "%.0f", n / s; else print "n/a" }'; }

rows_table=()
steps_table=()
notes=()
# the seconds the import summary reports for one step ("step NAME: S s")
step_seconds() {
  local s; s=$(grep -m1 -o "step $2: [0-9.]* s" "$1" 2>/dev/null | awk '{print $3}' || true)
  echo "${s:-0}"
}
# the "elapsed: S s" a command prints for its own work (without JVM and Spring start-up)
work_seconds() {
  local s; s=$(grep -m1 -o 'elapsed: [0-9.]* s' "$1" 2>/dev/null | awk '{print $2}' || true)
  echo "${s:-n/a}"
}
IFS=, read -ra size_list <<< "$sizes"
for lines in "${size_list[@]}"; do
  ledger="$work/ledger-$lines.csv"
  masters_dir="$work/masters-$lines"
  if [[ "$skip_generate" == false || ! -f "$ledger" ]]; then
    echo "generating $lines lines into $ledger" >&2
    java -jar "$jar" generate --lines="$lines" --seed="$seed" --out="$ledger" --masters="$masters_dir" \
      --labels="$work/labels-$lines.csv" >&2
  fi
  size_mib=$(du -mL "$ledger" | cut -f1)

  echo "reference: DuckDB read_csv on $ledger" >&2
  ref_s=$(timed "reference-$lines" read-csv-reference "$ledger")
  ref_rss=$([[ "$ref_s" == failed ]] && echo n/a || peak_mib "$work/reference-$lines.time")

  echo "import: jaia import $ledger" >&2
  imp_s=$(masters="$masters_dir" timed "import-$lines" import "$ledger")
  if [[ "$imp_s" == failed ]]; then
    imp_rss=n/a; ratio=n/a
    echo "  import failed or is not available: see $work/import-$lines.err" >&2
  else
    imp_rss=$(peak_mib "$work/import-$lines.time")
    ratio=$(awk -v a="$imp_s" -v b="$ref_s" 'BEGIN { if (b + 0 > 0) printf "%.1f×", a / b; else print "n/a" }')
    read_rows=$(grep -m1 -o 'rows read: [0-9]*' "$work/import-$lines.out" | awk '{print $3}' || true)
    [[ -n "$read_rows" && "$read_rows" != "$lines" ]] && echo "  import read $read_rows rows, not $lines" >&2
  fi
  steps_after_load=0; rules_s=n/a; aggregates_s=n/a
  if [[ "$imp_s" != failed ]]; then
    rules_s=$(step_seconds "$work/import-$lines.out" runAuditRulesStep)
    aggregates_s=$(step_seconds "$work/import-$lines.out" refreshAggregatesStep)
    review_s=$(step_seconds "$work/import-$lines.out" reviewAnomaliesStep)
    steps_after_load=$(awk -v a="$rules_s" -v b="$aggregates_s" -v c="$review_s" 'BEGIN { print a + b + c }')
    load_s=$(awk -v t="$imp_s" -v s="$steps_after_load" 'BEGIN { printf "%.2f", t - s }')
    load_ratio=$(awk -v a="$load_s" -v b="$ref_s" 'BEGIN { printf "%.2f×", a / b }')
    rules_ratio=$(awk -v a="$rules_s" -v b="$ref_s" 'BEGIN { printf "%.2f×", a / b }')
    aggregates_ratio=$(awk -v a="$aggregates_s" -v b="$ref_s" 'BEGIN { printf "%.2f×", a / b }')
    steps_table+=("| $lines | $ref_s | $load_s | $load_ratio | $rules_s | $rules_ratio | $aggregates_s | $aggregates_ratio | $review_s |")
  fi
  notes+=("- $lines lines, work only: reference $(work_seconds "$work/reference-$lines.out") s, import $(work_seconds "$work/import-$lines.out") s")
  rows_table+=("| $lines | $size_mib MiB | $ref_s | $(rate "$lines" "$ref_s") | $imp_s | $(rate "$lines" "$imp_s") | $ratio | $ref_rss | $imp_rss |")
done

echo
echo "| lines | file | reference wall s | reference rows/s | import wall s | import rows/s | import/reference | reference peak RSS MiB | import peak RSS MiB |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
printf '%s\n' "${rows_table[@]}"
echo
printf '%s\n' "${notes[@]}"
echo
echo "Per stage, against the same reference (validate + load = the whole import process less the steps after it):"
echo
echo "| lines | reference wall s | validate + load s | ratio | rules + ML + scores s | ratio | 17 aggregates s | ratio | review s |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
printf '%s\n' "${steps_table[@]}"
