#!/usr/bin/env bash
# Import benchmark: for each ledger size, times `jaia import` against DuckDB's own CSV reader run as a bare process
# (a JVM that opens DuckDB and runs the CTAS, nothing else; median of 3 in the same run) and prints one table of ratios.
# It also measures start-up (a 1,000-line import and the server's first /health, against a bare JVM opening DuckDB
# and running one query), the incremental case (a 1,000-line import into the year just loaded, against the same
# into an empty store), peak RSS, and with --read-load the read paths under 8 concurrent clients (needs wrk).
# Expects target/jaia.jar (build it first); writes its ledgers and outputs under ops/bench/work/.
#
#   ops/bench/run.sh [--sizes=1000000,5000000] [--skip-generate] [--seed=42] [--read-load]
set -euo pipefail
cd "$(dirname "$0")/../.."

sizes=1000000,5000000
skip_generate=false
seed=42
read_load=false
for arg in "$@"; do
  case "$arg" in
    --sizes=*) sizes="${arg#--sizes=}" ;;
    --skip-generate) skip_generate=true ;;
    --seed=*) seed="${arg#--seed=}" ;;
    --read-load) read_load=true ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "unknown option: $arg" >&2; exit 2 ;;
  esac
done

jar=target/jaia.jar
work=ops/bench/work
[[ -f "$jar" ]] || { echo "no $jar: build it first (mvn -B -ntp -DskipTests package)" >&2; exit 1; }
/usr/bin/time -v true >/dev/null 2>&1 || { echo "GNU time is missing: apt-get install -y time" >&2; exit 1; }
if [[ "$read_load" == true ]] && ! command -v wrk >/dev/null; then
  echo "wrk is missing: apt-get install -y wrk (or run without --read-load)" >&2; exit 1
fi
mkdir -p "$work"
# the bare reference: JAIA's jar as a class path, no Spring context, no JAIA start-up
bare=(java -cp "$jar" -Dloader.main=com.jaia.generator.ReadCsvReference
      org.springframework.boot.loader.launch.PropertiesLauncher)

wall_seconds() {  # GNU time's "Elapsed (wall clock) time (h:mm:ss or m:ss): 1:02.03"
  grep 'Elapsed (wall clock)' "$1" | awk '{print $NF}' \
    | awk -F: '{ if (NF == 3) print $1 * 3600 + $2 * 60 + $3; else print $1 * 60 + $2 }'
}
peak_mib() { grep 'Maximum resident set size' "$1" | awk '{printf "%.0f", $NF / 1024}'; }
tree_mib() { awk '{ printf "%.0f", $1 / 1024 }' "$1"; }
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a ~ /^[0-9.]+$/ && b + 0 > 0) printf "%.2f×", a / b; else print "n/a" }'; }
step_seconds() {  # the seconds the import summary reports for one step ("step NAME: S s")
  local s; s=$(grep -m1 -o "step $2: [0-9.]* s" "$1" 2>/dev/null | awk '{print $3}' || true); echo "${s:-0}"
}
work_seconds() {  # the "elapsed: S s" a command prints for its own work
  local s; s=$(grep -m1 -o 'elapsed: [0-9.]* s' "$1" 2>/dev/null | awk '{print $2}' || true); echo "${s:-n/a}"
}
# the summed resident memory of a process and all its descendants (`java -jar` runs the work in a child JVM with a
# bounded heap: GNU time's maximum is the larger of the two, not their sum), sampled until it ends; the peak in KiB
tree_peak_kib() {
  local root=$1 peak=0 sum pids p r
  while kill -0 "$root" 2>/dev/null; do
    pids=$(ps -eo pid=,ppid= | awk -v root="$root" '{ parent[$1] = $2 }
      END { for (p in parent) { q = p; while (q in parent && q != root && q > 1) q = parent[q]; if (q == root) print p } }')
    sum=0
    for p in $root $pids; do
      r=$(awk '/^VmRSS/ { print $2 }' "/proc/$p/status" 2>/dev/null || true); sum=$((sum + ${r:-0}))
    done
    (( sum > peak )) && peak=$sum
    sleep 0.2
  done
  echo "$peak"
}
# runs a command as a whole process under GNU time; prints its wall seconds, or "failed"; the process tree's peak
# resident memory goes to $work/NAME.tree (KiB)
timed() {
  local name=$1 pid rc=0; shift
  /usr/bin/time -v -o "$work/$name.time" "$@" > "$work/$name.out" 2> "$work/$name.err" &
  pid=$!
  tree_peak_kib "$pid" > "$work/$name.tree"
  wait "$pid" || rc=$?
  if [[ $rc -eq 0 ]]; then
    wall_seconds "$work/$name.time"
  else
    echo failed
  fi
}
# jaia COMMAND with DATA_DIR=$data
jaia() { DATA_DIR="$data" java -jar "$jar" "$@"; }
# seconds from starting the server on $data until /health answers 200 (the server is stopped after)
server_start_seconds() {
  local port=$1 started pid s
  started=$(date +%s.%N)
  DATA_DIR="$data" PORT="$port" java -jar "$jar" > "$work/server-$port.out" 2>&1 &
  pid=$!
  for _ in $(seq 1 1200); do
    if curl -fs -o /dev/null "http://127.0.0.1:$port/health"; then
      s=$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f", b - a }')
      break
    fi
    sleep 0.05
  done
  kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
  echo "${s:-failed}"
}
# a 1,000-line ledger of the same fiscal year whose journal and line ids do not collide with the big one's
small_ledger() {
  local out=$work/ledger-1000-extra.csv
  if [[ ! -f "$out" ]]; then
    java -jar "$jar" generate --lines=1000 --seed=$((seed + 1)) --out="$work/ledger-1000.csv" >&2
    sed 's/JE\([0-9]\{4\}\)-/JI\1-/g' "$work/ledger-1000.csv" > "$out"
  fi
  echo "$out"
}

echo "probe: a bare JVM opening DuckDB and running one query (3 runs)" >&2
probes=()
for i in 1 2 3; do probes+=("$(timed "probe-$i" "${bare[@]}" --probe)"); done
probe_s=$(median "${probes[@]}")

echo "start-up: a 1,000-line import into an empty store and the server's first /health (3 runs each)" >&2
small=$(small_ledger)
small_imports=(); small_jobs=(); health=()
for i in 1 2 3; do
  data=$(mktemp -d "$work/data-XXXXXX")
  small_imports+=("$(timed "small-import-$i" env DATA_DIR="$data" java -jar "$jar" import "$small")")
  small_jobs+=("$(work_seconds "$work/small-import-$i.out")")
  health+=("$(server_start_seconds $((18100 + i)))")
  rm -rf "$data"
done
small_import_s=$(median "${small_imports[@]}")
small_job_empty_s=$(median "${small_jobs[@]}")
health_s=$(median "${health[@]}")

rows=()
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

  echo "reference: DuckDB read_csv on $ledger as a bare process (3 runs)" >&2
  refs=(); ref_rss=()
  for i in 1 2 3; do
    refs+=("$(timed "reference-$lines-$i" "${bare[@]}" "$ledger")")
    ref_rss+=("$(peak_mib "$work/reference-$lines-$i.time")")
  done
  ref_s=$(median "${refs[@]}")

  echo "import: jaia import $ledger (masters loaded first, untimed)" >&2
  data=$(mktemp -d "$work/data-XXXXXX")
  jaia masters "$masters_dir" > "$work/import-$lines.masters.out" 2>&1
  imp_s=$(timed "import-$lines" env DATA_DIR="$data" java -jar "$jar" import "$ledger")
  out="$work/import-$lines.out"
  if [[ "$imp_s" == failed ]]; then
    echo "  import failed: see $work/import-$lines.err" >&2
    rows+=("| $lines lines ($size_mib MiB) | import failed | | | |")
    rm -rf "$data"; continue
  fi
  imp_rss=$(tree_mib "$work/import-$lines.tree")
  validate_s=$(step_seconds "$out" validateJournalStep)
  load_s=$(step_seconds "$out" loadJournalStep)
  rules_s=$(step_seconds "$out" runAuditRulesStep)
  ml_s=$(step_seconds "$out" scoreAnomaliesStep)
  aggregates_s=$(step_seconds "$out" refreshAggregatesStep)
  review_s=$(step_seconds "$out" reviewAnomaliesStep)
  later_s=$(awk -v a="$rules_s" -v b="$ml_s" -v c="$aggregates_s" -v d="$review_s" 'BEGIN { print a + b + c + d }')
  vl_wall_s=$(awk -v t="$imp_s" -v s="$later_s" 'BEGIN { printf "%.2f", t - s }')
  vl_steps_s=$(awk -v a="$validate_s" -v b="$load_s" 'BEGIN { printf "%.2f", a + b }')
  scoring_s=$(awk -v a="$rules_s" -v b="$ml_s" 'BEGIN { printf "%.2f", a + b }')
  no_llm_s=$(awk -v t="$imp_s" -v r="$review_s" 'BEGIN { printf "%.2f", t - r }')

  echo "incremental: a 1,000-line import into the year just loaded" >&2
  timed "incremental-$lines" env DATA_DIR="$data" java -jar "$jar" import "$small" > /dev/null
  incr_job_s=$(work_seconds "$work/incremental-$lines.out")

  read_rows=""
  if [[ "$read_load" == true ]]; then
    read_rows=$(ops/bench/read-load.sh "$data" "$work/read-load-$lines" 2>>"$work/read-load-$lines.err" || true)
  fi
  rm -rf "$data"

  rows+=("| **$lines lines ($size_mib MiB)** | | | |")
  rows+=("| DuckDB \`read_csv\` CTAS, bare process (median of ${refs[*]}) | $ref_s | 1× | $(median "${ref_rss[@]}") |")
  rows+=("| validate + load: import wall less the later steps (start-up included) | $vl_wall_s | $(ratio "$vl_wall_s" "$ref_s") | |")
  rows+=("| validate + load: the two steps alone | $vl_steps_s | $(ratio "$vl_steps_s" "$ref_s") | |")
  rows+=("| rules + ML + scoring | $scoring_s | $(ratio "$scoring_s" "$ref_s") | |")
  rows+=("| 17 aggregates | $aggregates_s | $(ratio "$aggregates_s" "$ref_s") | |")
  rows+=("| review (no provider) | $review_s | | |")
  rows+=("| whole import, no LLM (wall less review) | $no_llm_s | $(ratio "$no_llm_s" "$ref_s") | $imp_rss |")
  rows+=("| incremental: 1,000-line import job into this year, vs $small_job_empty_s s into an empty store | $incr_job_s | $(ratio "$incr_job_s" "$small_job_empty_s") of empty | |")
  [[ -n "$read_rows" ]] && rows+=("$read_rows")
done

echo
echo "| what | s | ratio | peak RSS MiB |"
echo "|---|---:|---:|---:|"
echo "| bare JVM opening DuckDB, one query (median of ${probes[*]}) | $probe_s | 1× (start-up floor) | |"
echo "| 1,000-line \`import\`, whole process (median of ${small_imports[*]}) | $small_import_s | $(ratio "$small_import_s" "$probe_s") of floor | $(tree_mib "$work/small-import-1.tree") |"
echo "| server start to first \`/health\` 200 (median of ${health[*]}) | $health_s | $(ratio "$health_s" "$probe_s") of floor | |"
printf '%s\n' "${rows[@]}"
