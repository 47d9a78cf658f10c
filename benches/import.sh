#!/usr/bin/env bash
# benches/import.sh: abmctl's import and query benchmark (SPEC.md §6 quality bars).
#
# Usage: benches/import.sh [--baseline-only] [N]
#
#   N                 devices in the generated orders.csv (default: $BENCH_N, else 1000000)
#   --baseline-only   generate the file and time only the sqlite3 side (no cargo, no abmctl);
#                     checks the harness on a machine where abmctl doesn't build yet
#
# Environment:
#   BENCH_N           default for N
#   BENCH_RUNS        runs of each import, alternating sqlite3 / abmctl (default: 3)
#   BENCH_DIR         work folder, kept afterwards (default: a mktemp -d folder removed on exit);
#                     an orders.csv generated there with the same arguments is reused
#   BENCH_LIST_LIMIT  rows of the filtered-list measurement (default: 100000)
#   ABMCTL_BIN        time this binary instead of building target/release/abmctl
#   CARGO_TARGET_DIR  honoured when locating the built binary
#
# What it measures (benches/README.md explains each number and its bar):
#   1. import of N devices: `sqlite3 .import --csv` into a plain table vs `abmctl import`
#      into a fresh ledger with the suppliers linked; wall time and peak RSS, median of runs;
#   2. on the last N-device ledger: `device show`, `device list --order`, and a filtered
#      `device list` (csv, jsonl) against `sqlite3 -csv` of the same query on devices_v;
#   3. re-import of the same file into that ledger (the idempotent path).
#
# stdout carries only the Markdown summary (paste it into benches/README.md); progress and
# the commands' own output go to stderr. Any failing step stops the run (set -e): a broken
# benchmark must be noticed, not summarised.

set -Eeuo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

BASELINE_ONLY=0
N=${BENCH_N:-1000000}
while (($#)); do
  case $1 in
    --baseline-only) BASELINE_ONLY=1 ;;
    -h | --help)
      usage
      exit 0
      ;;
    -*) die "unknown option $1 (see --help)" ;;
    *) N=$1 ;;
  esac
  shift
done
[[ $N =~ ^[1-9][0-9]*$ ]] || die "N must be a positive integer, got '$N'"
RUNS=${BENCH_RUNS:-3}
[[ $RUNS =~ ^[1-9][0-9]*$ ]] || die "BENCH_RUNS must be a positive integer"
LIST_LIMIT=${BENCH_LIST_LIMIT:-100000}
[[ $LIST_LIMIT =~ ^[1-9][0-9]*$ ]] || die "BENCH_LIST_LIMIT must be a positive integer"
SHOW_RUNS=10
LIST_RUNS=3

# ---------------------------------------------------------------- tools
need_tools
# `.import --csv` appeared in sqlite3 3.32.
printf '%s\n3.32.0\n' "$SQLITE_VERSION" | sort -V -C -r ||
  die "sqlite3 $SQLITE_VERSION is too old: .import --csv needs 3.32 or later"

ABMCTL=
((BASELINE_ONLY)) || find_abmctl

# ---------------------------------------------------------------- work folder
work_dir

# fresh_ledger PATH: an empty ledger with the benchmark's five suppliers linked, so every
# device of orders.csv arrives (none pending). Not timed.
fresh_ledger() {
  rm_ledger "$1"
  link_suppliers "$1"
}

count_rows() { sqlite3 "$1" "SELECT count(*) FROM $2"; }

# ---------------------------------------------------------------- input
ORDERS="$WORK/orders.csv"
gen_input "$ORDERS" "$N devices" "$N --format csv --seed 1"

# ---------------------------------------------------------------- 1. import
BASE_DB="$WORK/base.db"
base_us=() base_rss=() abm_us=() abm_rss=()
LEDGER=
for ((run = 1; run <= RUNS; run++)); do
  log "import run $run/$RUNS: sqlite3 .import --csv"
  rm_ledger "$BASE_DB"
  timed_v "sqlite-import-$run" sqlite3 "$BASE_DB" ".import --csv \"$ORDERS\" devices_plain"
  base_us+=("$LAST_US") base_rss+=("$LAST_RSS")
  got=$(count_rows "$BASE_DB" devices_plain)
  [[ $got == "$N" ]] || die "sqlite3 imported $got rows, expected $N"
  log "  $((LAST_US / 1000)) ms, peak RSS $LAST_RSS KiB"

  ((BASELINE_ONLY)) && continue
  [[ -n $LEDGER ]] && rm_ledger "$LEDGER"
  LEDGER="$WORK/ledger-$run.sqlite3"
  fresh_ledger "$LEDGER"
  log "import run $run/$RUNS: abmctl import"
  timed_v "abmctl-import-$run" "$ABMCTL" --ledger "$LEDGER" -q import "$ORDERS"
  abm_us+=("$LAST_US") abm_rss+=("$LAST_RSS")
  got=$(count_rows "$LEDGER" devices_v)
  [[ $got == "$N" ]] || die "abmctl's ledger has $got devices in devices_v, expected $N"
  log "  $((LAST_US / 1000)) ms, peak RSS $LAST_RSS KiB"
done
BASE_DB_BYTES=$(stat -c %s "$BASE_DB")

# ---------------------------------------------------------------- 2. queries
show_us=() order_us=() sql_us=() csv_us=() jsonl_us=()
SERIAL='' ORDER_NO='' ORDER_ROWS='' LIST_ROWS='' LEDGER_BYTES='' REIMPORT_US='' REIMPORT_RSS=''
REIMPORT_COUNTS=''
FAMILY=iPad
if ((BASELINE_ONLY)); then
  # Stand-in for the devices_v query, so the harness's list timing is exercised too.
  QUERY="SELECT * FROM devices_plain WHERE productFamily = '$FAMILY' LIMIT $LIST_LIMIT"
  log "list baseline on the plain table ($LIST_RUNS runs)"
  for ((run = 1; run <= LIST_RUNS; run++)); do
    timed sqlite3 -csv -header "$BASE_DB" "$QUERY"
    sql_us+=("$LAST_US")
  done
  LIST_ROWS=$(($(sqlite3 -csv -header "$BASE_DB" "$QUERY" | wc -l) - 1))
else
  # A device from the middle of the file, and its order (with its expected size).
  read -r SERIAL ORDER_NO ORDER_ROWS < <(python3 - "$ORDERS" $(((N + 1) / 2)) <<'PY'
import csv, sys
path, row = sys.argv[1], int(sys.argv[2])
with open(path, newline="") as f:
    serial = target = current = None
    count = 0
    for k, r in enumerate(csv.DictReader(f), 1):
        order = r["orderNumber"]
        if order != current:  # an order's devices are contiguous in the generated file
            if target is not None:
                break
            current, count = order, 0
        count += 1
        if k == row:
            serial, target = r["serialNumber"], order
print(serial, target, count)
PY
  )
  [[ -n $SERIAL && -n $ORDER_NO ]] || die "could not pick a device from $ORDERS"
  LEDGER_BYTES=0
  for f in "$LEDGER" "$LEDGER-wal"; do
    [[ -f $f ]] && LEDGER_BYTES=$((LEDGER_BYTES + $(stat -c %s "$f")))
  done

  log "device show $SERIAL ($SHOW_RUNS runs after a warm-up)"
  "$ABMCTL" --ledger "$LEDGER" device show "$SERIAL" -o json >"$WORK/show.json"
  grep -q "\"$SERIAL\"" "$WORK/show.json" || die "device show did not print $SERIAL"
  for ((run = 1; run <= SHOW_RUNS; run++)); do
    timed "$ABMCTL" --ledger "$LEDGER" device show "$SERIAL" -o json
    show_us+=("$LAST_US")
  done

  log "device list --order $ORDER_NO ($SHOW_RUNS runs after a warm-up)"
  got=$("$ABMCTL" --ledger "$LEDGER" device list --order "$ORDER_NO" -o csv | wc -l)
  [[ $got == $((ORDER_ROWS + 1)) ]] ||
    die "device list --order $ORDER_NO printed $got lines, expected a header and $ORDER_ROWS rows"
  for ((run = 1; run <= SHOW_RUNS; run++)); do
    timed "$ABMCTL" --ledger "$LEDGER" device list --order "$ORDER_NO" -o csv
    order_us+=("$LAST_US")
  done

  QUERY="SELECT * FROM devices_v WHERE productFamily = '$FAMILY' LIMIT $LIST_LIMIT"
  log "filtered list: --family $FAMILY --limit $LIST_LIMIT vs sqlite3 -csv ($LIST_RUNS runs each)"
  LIST_ROWS=$(($(sqlite3 -csv -header "$LEDGER" "$QUERY" | wc -l) - 1))
  got=$("$ABMCTL" --ledger "$LEDGER" device list --family "$FAMILY" --limit "$LIST_LIMIT" -o csv | wc -l)
  [[ $got == $((LIST_ROWS + 1)) ]] ||
    die "device list --family $FAMILY -o csv printed $got lines, sqlite3 $((LIST_ROWS + 1))"
  got=$("$ABMCTL" --ledger "$LEDGER" device list --family "$FAMILY" --limit "$LIST_LIMIT" -o jsonl | wc -l)
  [[ $got == "$LIST_ROWS" ]] ||
    die "device list --family $FAMILY -o jsonl printed $got lines, expected $LIST_ROWS"
  for ((run = 1; run <= LIST_RUNS; run++)); do
    timed sqlite3 -csv -header "$LEDGER" "$QUERY"
    sql_us+=("$LAST_US")
    timed "$ABMCTL" --ledger "$LEDGER" device list --family "$FAMILY" --limit "$LIST_LIMIT" -o csv
    csv_us+=("$LAST_US")
    timed "$ABMCTL" --ledger "$LEDGER" device list --family "$FAMILY" --limit "$LIST_LIMIT" -o jsonl
    jsonl_us+=("$LAST_US")
  done

  # ------------------------------------------------------------ 3. re-import
  log "re-import of the same file into the $N-device ledger (1 run)"
  # -o json: the result's counts show whether the re-import really changed nothing.
  timed_v abmctl-reimport "$ABMCTL" --ledger "$LEDGER" -q -o json import "$ORDERS"
  REIMPORT_US=$LAST_US REIMPORT_RSS=$LAST_RSS
  REIMPORT_COUNTS=$(python3 -c '
import json, sys
r = json.load(open(sys.argv[1]))
print(", ".join(f"{k} {r[k]:,}" for k in ("changed", "unchanged", "failed", "skipped") if k in r))
' "$WORK/abmctl-reimport.out" 2>/dev/null || echo "counts unreadable: see abmctl-reimport.out")
  got=$(count_rows "$LEDGER" devices_v)
  [[ $got == "$N" ]] || die "after the re-import devices_v has $got devices, expected $N"
fi

# ---------------------------------------------------------------- summary
describe_run
export N RUNS BASELINE_ONLY SHOW_RUNS LIST_RUNS LIST_LIMIT FAMILY SERIAL ORDER_NO ORDER_ROWS \
  LIST_ROWS GEN_US FILE_BYTES BASE_DB_BYTES LEDGER_BYTES REIMPORT_US REIMPORT_RSS \
  REIMPORT_COUNTS
export BASE_US="${base_us[*]}" BASE_RSS="${base_rss[*]}" ABM_US="${abm_us[*]}" \
  ABM_RSS="${abm_rss[*]}" SHOW_US="${show_us[*]}" ORDER_US="${order_us[*]}" \
  SQL_US="${sql_us[*]}" CSV_US="${csv_us[*]}" JSONL_US="${jsonl_us[*]}"

# The shared helpers (us, med, s, mib, size, ratio, verdict, runs, rss, ...) are in lib.sh.
summarize <<'PY'
def ms(v):
    return "–" if v is None else f"{v / 1e3:.1f} ms"

n = int(e["N"])
base, abm = us("BASE_US"), us("ABM_US")
base_rss, abm_rss = us("BASE_RSS"), us("ABM_RSS")
show, order = us("SHOW_US"), us("ORDER_US")
sql, csv_, jsonl = us("SQL_US"), us("CSV_US"), us("JSONL_US")
mb, ma = med(base), med(abm)
msq, mc, mj = med(sql), med(csv_), med(jsonl)
limit = int(e["LIST_LIMIT"])
fam = e["FAMILY"]
only = e["BASELINE_ONLY"] == "1"

out = []
p = out.append
p(f"### {e['DATE']}: N = {n:,}" + (" (baseline only)" if only else ""))
p("")
p(machine_line())
p(abmctl_line("not built (--baseline-only)" if only else built()))
p(f"- input: `gen_orders.py {n} --format csv --seed 1`, {size(e['FILE_BYTES'])}{generated()}")
nruns = int(e["RUNS"])
p(f"- imports alternate sqlite3 / abmctl, {nruns} run{'s' if nruns != 1 else ''} each; "
  "times are medians, whole process, wall clock")
if n != 1_000_000:
    p("- the bars are set for N = 1,000,000: at this N the verdicts are only indicative")
p("")
p("| measure | abmctl | sqlite3 | ratio | bar | result |")
p("|---|---:|---:|---:|---|---|")
if not only:
    p(f"| import {n:,}-row CSV into a fresh ledger | {s(ma)} | {s(mb)} | {ratio(ma, mb)} "
      f"| ≤ 1.5× | {verdict(ma <= 1.5 * mb)} |")
    p(f"| import peak RSS (max of runs) | {mib(max(abm_rss))} | {mib(max(base_rss))} | | < 64 MiB "
      f"| {verdict(max(abm_rss) < 64 * 1024)} |")
    p(f"| `device show SERIAL -o json` (median of {e['SHOW_RUNS']}) | {ms(med(show))} | | | < 10 ms "
      f"| {verdict(med(show) < 10_000)} |")
    p(f"| `device list --order N -o csv`, {int(e['ORDER_ROWS']):,} rows (median of {e['SHOW_RUNS']}) "
      f"| {ms(med(order))} | | | | |")
    p(f"| `device list --family {fam} --limit {limit} -o csv`, {int(e['LIST_ROWS']):,} rows "
      f"(median of {e['LIST_RUNS']}) | {s(mc)} | {s(msq)} | {ratio(mc, msq)} | ≤ 2× "
      f"| {verdict(mc <= 2 * msq)} |")
    p(f"| same, `-o jsonl` | {s(mj)} | {s(msq)} | {ratio(mj, msq)} | ≤ 2× "
      f"| {verdict(mj <= 2 * msq)} |")
    p(f"| re-import of the same file (1 run; changes nothing) | {s(int(e['REIMPORT_US']))} "
      f"| {s(mb)} | {ratio(int(e['REIMPORT_US']), mb)} | (reported) | |")
    p(f"| re-import peak RSS | {mib(int(e['REIMPORT_RSS']))} | | | < 64 MiB "
      f"| {verdict(int(e['REIMPORT_RSS']) < 64 * 1024)} |")
else:
    p(f"| `sqlite3 .import --csv` of {n:,} rows | | {s(mb)} | | | |")
    p(f"| sqlite3 .import peak RSS (max of runs) | | {mib(max(base_rss))} | | | |")
    p(f"| `sqlite3 -csv` of `{fam}` rows, plain table, {int(e['LIST_ROWS']):,} rows "
      f"(median of {e['LIST_RUNS']}) | | {s(msq)} | | | |")
p("")
p("Runs, in order:")
p("")
p(f"- sqlite3 import: {runs(base)}; peak RSS (MiB): {rss(base_rss)}")
if not only:
    p(f"- abmctl import: {runs(abm)}; peak RSS (MiB): {rss(abm_rss)}")
    p(f"- device show: {runs(show)}")
    p(f"- device list --order: {runs(order)}")
    p(f"- filtered list: sqlite3 -csv {runs(sql)}; abmctl csv {runs(csv_)}; "
      f"abmctl jsonl {runs(jsonl)}")
    p(f"- re-import result: {e['REIMPORT_COUNTS']}")
    p(f"- files: orders.csv {size(e['FILE_BYTES'])}, sqlite3 plain-table db "
      f"{size(e['BASE_DB_BYTES'])}, abmctl ledger {size(e['LEDGER_BYTES'])} (after its first import)")
else:
    p(f"- sqlite3 -csv list: {runs(sql)}")
    p(f"- files: orders.csv {size(e['FILE_BYTES'])}, sqlite3 plain-table db {size(e['BASE_DB_BYTES'])}")
print("\n".join(out))
PY
log "done"
