#!/usr/bin/env bash
# benches/assign.sh: abmctl's assignment benchmark (`assign --order` of 100,000 devices < 2 s).
#
# Usage: benches/assign.sh [N]
#
#   N                 devices in the one generated order (default: $BENCH_ASSIGN_N, else 100000)
#
# Environment:
#   BENCH_ASSIGN_N    default for N
#   BENCH_RUNS        runs of each measure, alternating sqlite3 / abmctl (default: 3)
#   BENCH_DIR         work folder, kept afterwards (default: a mktemp -d folder removed on exit);
#                     an assign-orders.csv generated there with the same arguments is reused
#   ABMCTL_BIN        time this binary instead of building target/release/abmctl
#   CARGO_TARGET_DIR  honoured when locating the built binary
#
# What it measures (benches/README.md, "Assignment", explains each number and its bar):
#   0. setup, not timed: one order of N devices (`gen_orders.py N --order-size N`), a ledger
#      with its suppliers and two services (A, B) linked and the order imported; kept pristine;
#   1. `abmctl assign --order ORDER --to A` on a fresh copy of that ledger vs the bare UPDATE
#      in the sqlite3 shell on another copy; wall time and peak RSS, median of runs;
#   2. the same assign with --dry-run, once;
#   3. `abmctl reassign --file serials.txt --to B` (the N serials) on a copy of the assigned
#      ledger vs sqlite3 `.import` of the list into a temp table plus the bare UPDATE.
#
# stdout carries only the Markdown summary (paste it into benches/README.md); progress and
# the commands' own output go to stderr. Any failing step stops the run (set -e): a broken
# benchmark must be noticed, not summarised.

set -Eeuo pipefail
export LC_ALL=C

# Keep the real stdout on fd 3 for the summary; everything else goes to stderr.
exec 3>&1 1>&2

log() { printf '[assign.sh] %s\n' "$*" >&2; }
die() {
  log "error: $*"
  exit 1
}
# shellcheck disable=SC2154 # rc is assigned inside the trap
trap 'rc=$?; log "FAILED (exit $rc) at line $LINENO: $BASH_COMMAND"' ERR

usage() { sed -n '2,/^$/s/^# \{0,1\}//p' "$0" >&3; }

N=${BENCH_ASSIGN_N:-100000}
while (($#)); do
  case $1 in
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
BAR_US=2000000 # the issue's bar: assign --order of 100,000 devices under 2 s

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_ROOT=$(cd "$SCRIPT_DIR/.." && pwd)
GEN="$SCRIPT_DIR/gen_orders.py"

# ---------------------------------------------------------------- tools
missing=()
command -v sqlite3 >/dev/null 2>&1 || missing+=(sqlite3)
[[ -x /usr/bin/time ]] || missing+=(time)
if ((${#missing[@]})); then
  log "installing ${missing[*]} (Debian packages)"
  sudo=()
  ((EUID == 0)) || sudo=(sudo)
  "${sudo[@]}" apt-get update
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y "${missing[@]}"
fi
command -v python3 >/dev/null 2>&1 || die "python3 is needed (benches/gen_orders.py)"
SQLITE_VERSION=$(sqlite3 --version | cut -d' ' -f1)

if [[ -n ${ABMCTL_BIN:-} ]]; then
  ABMCTL=$ABMCTL_BIN
else
  log "building abmctl (cargo build --release)"
  (cd "$REPO_ROOT" && cargo build --release)
  target=${CARGO_TARGET_DIR:-target}
  [[ $target == /* ]] || target="$REPO_ROOT/$target"
  ABMCTL="$target/release/abmctl"
fi
[[ -x $ABMCTL ]] || die "no abmctl binary at $ABMCTL"

# ---------------------------------------------------------------- work folder
if [[ -n ${BENCH_DIR:-} ]]; then
  WORK=$BENCH_DIR
  mkdir -p "$WORK"
  WORK=$(cd "$WORK" && pwd)
else
  WORK=$(mktemp -d "${TMPDIR:-/tmp}/abmctl-bench.XXXXXX")
  trap 'rm -rf "$WORK"' EXIT
fi
log "work folder: $WORK"

# ---------------------------------------------------------------- timing helpers
# stamp: set _T to the wall clock in integer microseconds, without forking when bash
# has EPOCHREALTIME (5.0+), so short commands are timed without the harness's own cost.
stamp() {
  if [[ -n ${EPOCHREALTIME:-} ]]; then
    _T=${EPOCHREALTIME//[!0-9]/}
  else
    _T=$(date +%s%6N)
  fi
}

# timed_v LABEL CMD...: run CMD under `/usr/bin/time -v`, stdout to $WORK/LABEL.out;
# sets LAST_US (wall time, µs) and LAST_RSS (peak resident set, KiB).
timed_v() {
  local label=$1 t0
  shift
  sync # don't let the previous run's dirty pages flush during this one
  stamp
  t0=$_T
  local rc=0
  /usr/bin/time -v -o "$WORK/$label.time" "$@" >"$WORK/$label.out" || rc=$?
  ((rc == 0)) || die "exit $rc from: $*"
  stamp
  LAST_US=$((_T - t0))
  LAST_RSS=$(awk -F': *' '/Maximum resident set size/ {print $2}' "$WORK/$label.time")
  [[ -n $LAST_RSS ]] || die "no peak RSS in $WORK/$label.time"
}

# timed CMD...: run CMD once with stdout to /dev/null; sets LAST_US.
timed() {
  local t0
  stamp
  t0=$_T
  local rc=0
  "$@" >/dev/null || rc=$?
  ((rc == 0)) || die "exit $rc from: $*"
  stamp
  LAST_US=$((_T - t0))
}

# rm_ledger PATH: remove a ledger and its WAL-mode companions.
rm_ledger() { rm -f "$1" "$1-wal" "$1-shm" "$1-journal"; }

# checkpoint PATH: fold the WAL into the main file and truncate it, so a copy of the main
# file alone is the whole ledger.
checkpoint() {
  sqlite3 "$1" 'PRAGMA wal_checkpoint(TRUNCATE)' >/dev/null
  [[ ! -s $1-wal ]] || die "$1-wal is not empty after a checkpoint"
}

# copy_ledger SRC DST: a fresh copy of the ledger SRC (with its -wal/-shm if present). Not timed.
copy_ledger() {
  local src=$1 dst=$2 x
  rm_ledger "$dst"
  cp "$src" "$dst"
  for x in wal shm; do
    [[ ! -f $src-$x ]] || cp "$src-$x" "$dst-$x"
  done
}

# count_on LEDGER SERVICE: devices assigned to SERVICE in LEDGER.
count_on() {
  sqlite3 "$1" "SELECT count(*) FROM devices d JOIN services s ON s.id = d.service_id
    WHERE s.name = '$2' AND d.status = 'ASSIGNED'"
}

# ---------------------------------------------------------------- input
ORDERS="$WORK/assign-orders.csv"
SERIALS="$WORK/serials.txt"
GEN_ARGS="$N --format csv --seed 1 --order-size $N"
GEN_US=
if [[ -f $ORDERS && -f $ORDERS.args && $(<"$ORDERS.args") == "$GEN_ARGS" ]]; then
  log "reusing $ORDERS ($GEN_ARGS)"
else
  log "generating one order of $N devices: gen_orders.py $GEN_ARGS"
  rm -f "$ORDERS.args"
  # shellcheck disable=SC2086 # GEN_ARGS is a list of words on purpose
  timed python3 "$GEN" $GEN_ARGS -o "$ORDERS"
  GEN_US=$LAST_US
  printf '%s\n' "$GEN_ARGS" >"$ORDERS.args"
fi
FILE_BYTES=$(stat -c %s "$ORDERS")

# The order number, from the file, and the serials (one a line, in file order) for reassign.
read -r ORDER_NO ORDER_COUNT ROWS < <(python3 - "$ORDERS" "$SERIALS" <<'PY'
import csv, sys
orders, rows = [], 0
with open(sys.argv[1], newline="") as f, open(sys.argv[2], "w") as out:
    for r in csv.DictReader(f):
        rows += 1
        out.write(r["serialNumber"] + "\n")
        if not orders or orders[-1] != r["orderNumber"]:
            orders.append(r["orderNumber"])
print(orders[0] if orders else "", len(set(orders)), rows)
PY
)
[[ ${ORDER_NO:-} =~ ^[0-9]+$ ]] || die "could not read an order number from $ORDERS"
[[ $ORDER_COUNT == 1 ]] || die "$ORDERS holds $ORDER_COUNT orders, expected 1"
[[ $ROWS == "$N" ]] || die "$ORDERS holds $ROWS devices, expected $N"
[[ $(wc -l <"$SERIALS") == "$N" ]] || die "$SERIALS does not hold $N serials"
log "order $ORDER_NO: $N devices; serials in $SERIALS"

# ---------------------------------------------------------------- 0. setup (not timed)
PRISTINE="$WORK/pristine.sqlite3"
rm_ledger "$PRISTINE"
log "setup: suppliers, services A and B, import of $ORDERS (not timed)"
for c in 100001 100002; do
  "$ABMCTL" --ledger "$PRISTINE" -q supplier link --customer-number "$c" >/dev/null
done
for c in R1000 R2000 R3000; do
  "$ABMCTL" --ledger "$PRISTINE" -q supplier link --reseller-number "$c" >/dev/null
done
"$ABMCTL" --ledger "$PRISTINE" -q mdm link A >/dev/null
"$ABMCTL" --ledger "$PRISTINE" -q mdm link B >/dev/null
"$ABMCTL" --ledger "$PRISTINE" -q import "$ORDERS" >/dev/null
checkpoint "$PRISTINE"
got=$(sqlite3 "$PRISTINE" "SELECT count(*) FROM devices
  WHERE order_number = '$ORDER_NO' AND status = 'UNASSIGNED'")
[[ $got == "$N" ]] || die "the pristine ledger has $got unassigned devices of $ORDER_NO, expected $N"
PRISTINE_BYTES=$(stat -c %s "$PRISTINE")

SQL_ASSIGN="UPDATE devices SET status = 'ASSIGNED',
    service_id = (SELECT id FROM services WHERE name = 'A'),
    assigned_at = '2026-01-01T00:00:00Z'
  WHERE order_number = '$ORDER_NO' AND status = 'UNASSIGNED'"
SQL_REASSIGN="UPDATE devices SET service_id = (SELECT id FROM services WHERE name = 'B'),
    assigned_at = '2026-01-01T00:00:00Z'
  WHERE serial_number IN (SELECT serial FROM t)"

# last_activity LEDGER: "action changed" of the ledger's last activity.
last_activity() {
  sqlite3 -separator ' ' "$1" 'SELECT action, changed FROM activities ORDER BY id DESC LIMIT 1'
}

# ---------------------------------------------------------------- 1. assign --order
BASE="$WORK/base.sqlite3"
LEDGER="$WORK/ledger.sqlite3"
base_us=() base_rss=() abm_us=() abm_rss=()
for ((run = 1; run <= RUNS; run++)); do
  log "assign run $run/$RUNS: sqlite3 bare UPDATE"
  copy_ledger "$PRISTINE" "$BASE"
  timed_v "sqlite-assign-$run" sqlite3 "$BASE" "$SQL_ASSIGN" 'SELECT changes()'
  base_us+=("$LAST_US") base_rss+=("$LAST_RSS")
  got=$(<"$WORK/sqlite-assign-$run.out")
  [[ $got == "$N" ]] || die "sqlite3's UPDATE changed $got rows, expected $N"
  got=$(count_on "$BASE" A)
  [[ $got == "$N" ]] || die "after sqlite3's UPDATE $got devices are on A, expected $N"
  log "  $((LAST_US / 1000)) ms, peak RSS $LAST_RSS KiB"

  log "assign run $run/$RUNS: abmctl assign --order $ORDER_NO --to A"
  copy_ledger "$PRISTINE" "$LEDGER"
  timed_v "abmctl-assign-$run" "$ABMCTL" --ledger "$LEDGER" -q assign --order "$ORDER_NO" --to A
  abm_us+=("$LAST_US") abm_rss+=("$LAST_RSS")
  got=$(count_on "$LEDGER" A)
  [[ $got == "$N" ]] || die "after abmctl assign $got devices are on A, expected $N"
  got=$(last_activity "$LEDGER")
  [[ $got == "assign $N" ]] || die "abmctl's last activity is '$got', expected 'assign $N'"
  log "  $((LAST_US / 1000)) ms, peak RSS $LAST_RSS KiB"
done

# The ledger after the last abmctl assign is the starting point of the reassign runs.
ASSIGNED="$WORK/assigned.sqlite3"
checkpoint "$LEDGER"
copy_ledger "$LEDGER" "$ASSIGNED"
ASSIGNED_BYTES=$(stat -c %s "$ASSIGNED")

# ---------------------------------------------------------------- 2. assign --dry-run
log "abmctl assign --order $ORDER_NO --to A --dry-run (1 run)"
copy_ledger "$PRISTINE" "$LEDGER"
# -o json: the result's counts show that the dry run did the whole job before rolling back.
timed_v abmctl-assign-dry "$ABMCTL" --ledger "$LEDGER" -q -o json assign --order "$ORDER_NO" \
  --to A --dry-run
DRY_US=$LAST_US DRY_RSS=$LAST_RSS
DRY_COUNTS=$(python3 -c '
import json, sys
r = json.load(open(sys.argv[1]))
dry = {True: "true", False: "false"}.get(r.get("dryRun"), "absent")
print(", ".join(f"{k} {r[k]:,}" for k in ("changed", "unchanged", "failed", "skipped") if k in r)
      + f"; dryRun {dry}")
' "$WORK/abmctl-assign-dry.out" 2>/dev/null || echo "counts unreadable: see abmctl-assign-dry.out")
got=$(sqlite3 "$LEDGER" "SELECT count(*) FROM devices WHERE status = 'ASSIGNED'")
[[ $got == 0 ]] || die "the dry run left $got devices assigned"
log "  $((LAST_US / 1000)) ms, peak RSS $LAST_RSS KiB ($DRY_COUNTS)"

# ---------------------------------------------------------------- 3. reassign --file
rbase_us=() rbase_rss=() rabm_us=() rabm_rss=()
for ((run = 1; run <= RUNS; run++)); do
  log "reassign run $run/$RUNS: sqlite3 .import of the serials + bare UPDATE"
  copy_ledger "$ASSIGNED" "$BASE"
  timed_v "sqlite-reassign-$run" sqlite3 "$BASE" 'CREATE TEMP TABLE t (serial TEXT)' \
    ".import \"$SERIALS\" t" "$SQL_REASSIGN" 'SELECT changes()'
  rbase_us+=("$LAST_US") rbase_rss+=("$LAST_RSS")
  got=$(<"$WORK/sqlite-reassign-$run.out")
  [[ $got == "$N" ]] || die "sqlite3's UPDATE changed $got rows, expected $N"
  got=$(count_on "$BASE" B)
  [[ $got == "$N" ]] || die "after sqlite3's UPDATE $got devices are on B, expected $N"
  log "  $((LAST_US / 1000)) ms, peak RSS $LAST_RSS KiB"

  log "reassign run $run/$RUNS: abmctl reassign --file serials.txt --to B"
  copy_ledger "$ASSIGNED" "$LEDGER"
  timed_v "abmctl-reassign-$run" "$ABMCTL" --ledger "$LEDGER" -q reassign --file "$SERIALS" --to B
  rabm_us+=("$LAST_US") rabm_rss+=("$LAST_RSS")
  got=$(count_on "$LEDGER" B)
  [[ $got == "$N" ]] || die "after abmctl reassign $got devices are on B, expected $N"
  got=$(last_activity "$LEDGER")
  [[ $got == "reassign $N" ]] || die "abmctl's last activity is '$got', expected 'reassign $N'"
  log "  $((LAST_US / 1000)) ms, peak RSS $LAST_RSS KiB"
done

# ---------------------------------------------------------------- summary
COMMIT=$(git -C "$REPO_ROOT" rev-parse --short HEAD 2>/dev/null || echo "(none yet)")
DIRTY=$(git -C "$REPO_ROOT" status --porcelain -- src Cargo.toml Cargo.lock 2>/dev/null || true)
[[ $COMMIT == "(none yet)" || -z $DIRTY ]] || COMMIT="$COMMIT (with uncommitted changes)"

export N RUNS BAR_US ORDER_NO GEN_US FILE_BYTES PRISTINE_BYTES ASSIGNED_BYTES DRY_US DRY_RSS \
  DRY_COUNTS COMMIT SQLITE_VERSION
export BIN_NOTE="${ABMCTL_BIN:+binary $ABMCTL_BIN (not built by this run), repository at }"
export BASE_US="${base_us[*]}" BASE_RSS="${base_rss[*]}" ABM_US="${abm_us[*]}" \
  ABM_RSS="${abm_rss[*]}" RBASE_US="${rbase_us[*]}" RBASE_RSS="${rbase_rss[*]}" \
  RABM_US="${rabm_us[*]}" RABM_RSS="${rabm_rss[*]}"
NPROC=$(nproc)
ARCH=$(uname -m)
KERNEL=$(uname -sr)
DATE=$(date -u +%Y-%m-%d)
CPU=$(awk -F': *' '/^model name/ {print $2; exit}' /proc/cpuinfo 2>/dev/null || true)
MEM_GIB=$(awk '/^MemTotal/ {printf "%.0f", $2 / 1048576}' /proc/meminfo 2>/dev/null || true)
PYVER=$(python3 -c 'import platform; print(platform.python_version())')
export NPROC ARCH KERNEL DATE CPU MEM_GIB PYVER

python3 - >&3 <<'PY'
import os, statistics

e = os.environ
def us(name):
    return [int(x) for x in e.get(name, "").split()]
def med(xs):
    return statistics.median(xs) if xs else None
def s(v):
    if v is None:
        return "–"
    return f"{v / 1e6:.2f} s" if v >= 1e6 else f"{v / 1e3:.0f} ms"
def mib(kib):
    return f"{kib / 1024:.1f} MiB"
def size(b):
    return f"{int(b) / 1048576:.0f} MiB" if b else "–"
def ratio(a, b):
    return f"{a / b:.2f}×" if a is not None and b else "–"
def verdict(ok):
    return "pass" if ok else "**FAIL**"
def runs(xs):
    if not xs:
        return "–"
    if max(xs) >= 1e6:
        return " ".join(f"{x / 1e6:.2f}" for x in xs) + " s"
    return " ".join(f"{x / 1e3:.0f}" for x in xs) + " ms"
def rss(xs):
    return " ".join(f"{k / 1024:.1f}" for k in xs)

n = int(e["N"])
bar = int(e["BAR_US"])
base, abm = us("BASE_US"), us("ABM_US")
base_rss, abm_rss = us("BASE_RSS"), us("ABM_RSS")
rbase, rabm = us("RBASE_US"), us("RABM_US")
rbase_rss, rabm_rss = us("RBASE_RSS"), us("RABM_RSS")
mb, ma, mrb, mra = med(base), med(abm), med(rbase), med(rabm)
dry, dry_rss = int(e["DRY_US"]), int(e["DRY_RSS"])
order = e["ORDER_NO"]

out = []
p = out.append
p(f"### {e['DATE']}: assignment of {n:,} devices")
p("")
cpu = f", {e['CPU']}" if e.get("CPU") else ""
mem = f", {e['MEM_GIB']} GiB" if e.get("MEM_GIB") else ""
p(f"- machine: {e['NPROC']} CPUs (nproc){cpu}{mem}, {e['ARCH']}, {e['KERNEL']}")
if e.get("BIN_NOTE"):
    built = f"{e['BIN_NOTE']}commit {e['COMMIT']}"
else:
    built = f"commit {e['COMMIT']}, `cargo build --release`"
p(f"- abmctl: {built}; sqlite3 shell {e['SQLITE_VERSION']}; Python {e['PYVER']}")
gen = f", generated in {int(e['GEN_US']) / 1e6:.1f} s" if e.get("GEN_US") else ""
p(f"- input: `gen_orders.py {n} --format csv --seed 1 --order-size {n}` (one order, {order}), "
  f"{size(e['FILE_BYTES'])}{gen}; imported into a ledger with its suppliers and services A, B")
nruns = int(e["RUNS"])
p(f"- each run starts from a fresh copy of the ledger; sqlite3 / abmctl alternate, {nruns} "
  f"run{'s' if nruns != 1 else ''} each; times are medians, whole process, wall clock")
if n != 100_000:
    p("- the bar is set for 100,000 devices: at this N the verdict is only indicative")
p("")
p("| measure | abmctl | sqlite3 | ratio | bar | result |")
p("|---|---:|---:|---:|---|---|")
p(f"| `assign --order {order} --to A`, {n:,} devices | {s(ma)} | {s(mb)} | {ratio(ma, mb)} "
  f"| < {bar / 1e6:g} s | {verdict(ma < bar)} |")
p(f"| assign peak RSS (max of runs) | {mib(max(abm_rss))} | {mib(max(base_rss))} | | | |")
p(f"| same with `--dry-run` (1 run; ratio to the real run) | {s(dry)} | | {ratio(dry, ma)} "
  "| (reported) | |")
p(f"| `reassign --file serials.txt --to B`, {n:,} serials (sqlite3: `.import` + UPDATE) "
  f"| {s(mra)} | {s(mrb)} | {ratio(mra, mrb)} | (reported) | |")
p(f"| reassign peak RSS (max of runs) | {mib(max(rabm_rss))} | {mib(max(rbase_rss))} | | | |")
p("")
p("Runs, in order:")
p("")
p(f"- sqlite3 assign UPDATE: {runs(base)}; peak RSS (MiB): {rss(base_rss)}")
p(f"- abmctl assign: {runs(abm)}; peak RSS (MiB): {rss(abm_rss)}")
p(f"- abmctl assign --dry-run: {runs([dry])}; peak RSS {mib(dry_rss)}; result: {e['DRY_COUNTS']}")
p(f"- sqlite3 .import + reassign UPDATE: {runs(rbase)}; peak RSS (MiB): {rss(rbase_rss)}")
p(f"- abmctl reassign: {runs(rabm)}; peak RSS (MiB): {rss(rabm_rss)}")
p(f"- files: order CSV {size(e['FILE_BYTES'])}, ledger {size(e['PRISTINE_BYTES'])} after the "
  f"import, {size(e['ASSIGNED_BYTES'])} after the assign")
print("\n".join(out))
PY
log "done"
