# shellcheck shell=bash
# benches/lib.sh: the helpers that benches/import.sh and benches/assign.sh share.
#
# This file is sourced, not run: each benchmark sets `set -Eeuo pipefail` and then sources it.
# Sourcing it
#   - exports LC_ALL=C, moves the real stdout to fd 3 (for the Markdown summary) and sends
#     everything else to stderr, and sets an ERR trap that names the failing line;
#   - sets SCRIPT_DIR (benches/), REPO_ROOT and GEN (gen_orders.py).
# It defines
#   - log, die, usage (the header comment of the running script);
#   - need_tools (sqlite3 and /usr/bin/time from apt-get if missing, python3; SQLITE_VERSION),
#     find_abmctl (ABMCTL from ABMCTL_BIN or `cargo build --release`), work_dir (WORK from
#     BENCH_DIR or a mktemp -d folder removed on exit);
#   - stamp, timed, timed_v (wall time in µs, peak RSS in KiB from `/usr/bin/time -v`);
#   - gen_input (orders file from gen_orders.py, reused when its arguments match);
#   - rm_ledger, link_suppliers (the five suppliers of the generated files);
#   - describe_run (commit, binary, machine, versions: exported for the summary);
#   - summarize (runs the script's summary in Python after the shared Python helpers).

export LC_ALL=C

# Keep the real stdout on fd 3 for the summary; everything else goes to stderr.
exec 3>&1 1>&2

# The name in log lines: the script that sourced this file.
BENCH_SCRIPT=${BASH_SOURCE[1]##*/}

log() { printf '[%s] %s\n' "$BENCH_SCRIPT" "$*" >&2; }
die() {
  log "error: $*"
  exit 1
}
# shellcheck disable=SC2154 # rc is assigned inside the trap
trap 'rc=$?; log "FAILED (exit $rc) at line $LINENO: $BASH_COMMAND"' ERR

# usage: print the running script's header comment (its lines 2 up to the first blank one).
usage() { sed -n '2,/^$/s/^# \{0,1\}//p' "$0" >&3; }

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_ROOT=$(cd "$SCRIPT_DIR/.." && pwd)
GEN="$SCRIPT_DIR/gen_orders.py"

# ---------------------------------------------------------------- tools
# need_tools: install sqlite3 and time (Debian packages) if missing, check python3, and set
# SQLITE_VERSION.
need_tools() {
  local missing=() sudo=()
  command -v sqlite3 >/dev/null 2>&1 || missing+=(sqlite3)
  [[ -x /usr/bin/time ]] || missing+=(time)
  if ((${#missing[@]})); then
    log "installing ${missing[*]} (Debian packages)"
    ((EUID == 0)) || sudo=(sudo)
    "${sudo[@]}" apt-get update
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y "${missing[@]}"
  fi
  command -v python3 >/dev/null 2>&1 || die "python3 is needed (benches/gen_orders.py)"
  SQLITE_VERSION=$(sqlite3 --version | cut -d' ' -f1)
}

# find_abmctl: set ABMCTL to $ABMCTL_BIN, or build target/release/abmctl (CARGO_TARGET_DIR is
# honoured) and set it to that.
find_abmctl() {
  local target
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
}

# ---------------------------------------------------------------- work folder
# work_dir: set WORK to $BENCH_DIR (created, kept) or to a mktemp -d folder removed on exit.
work_dir() {
  if [[ -n ${BENCH_DIR:-} ]]; then
    WORK=$BENCH_DIR
    mkdir -p "$WORK"
    WORK=$(cd "$WORK" && pwd)
  else
    WORK=$(mktemp -d "${TMPDIR:-/tmp}/abmctl-bench.XXXXXX")
    trap 'rm -rf "$WORK"' EXIT
  fi
  log "work folder: $WORK"
}

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

# ---------------------------------------------------------------- input
# gen_input FILE WHAT ARGS: write FILE with `gen_orders.py ARGS` (ARGS is one string of
# words), unless FILE is there with a FILE.args holding the same ARGS. WHAT names the input
# in the log. Sets GEN_US (empty when reused) and FILE_BYTES.
# shellcheck disable=SC2034 # GEN_US and FILE_BYTES are read by the caller's summary
gen_input() {
  local file=$1 what=$2 args=$3
  GEN_US=
  if [[ -f $file && -f $file.args && $(<"$file.args") == "$args" ]]; then
    log "reusing $file ($args)"
  else
    log "generating $what: gen_orders.py $args"
    rm -f "$file.args"
    # shellcheck disable=SC2086 # args is a list of words on purpose
    timed python3 "$GEN" $args -o "$file"
    GEN_US=$LAST_US
    printf '%s\n' "$args" >"$file.args"
  fi
  FILE_BYTES=$(stat -c %s "$file")
}

# ---------------------------------------------------------------- ledgers
# rm_ledger PATH: remove a ledger (or any SQLite database) and its WAL-mode companions.
rm_ledger() { rm -f "$1" "$1-wal" "$1-shm" "$1-journal"; }

# parse_n DEFAULT ARGS...: set N from the one positional argument (else DEFAULT), answer
# -h/--help with the script's usage, refuse other options and a non-positive N.
parse_n() {
  N=$1
  shift
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
}

# link_suppliers LEDGER: create the ledger when it is missing (`abmctl init`; a binary from
# before init existed creates it on first use, and its "unknown command" is ignored), then
# link the five suppliers of gen_orders.py's files, so every device arrives as a fleet device
# (none pending). Not timed.
link_suppliers() {
  local l=$1 c
  [[ -e $l ]] || "$ABMCTL" --ledger "$l" -q init >/dev/null 2>&1 || true
  for c in 100001 100002; do
    "$ABMCTL" --ledger "$l" -q supplier link --customer-number "$c" >/dev/null
  done
  for c in R1000 R2000 R3000; do
    "$ABMCTL" --ledger "$l" -q supplier link --reseller-number "$c" >/dev/null
  done
}

# ---------------------------------------------------------------- summary
# describe_run: export what the summary says about the run: COMMIT (marked when src/ or the
# Cargo files differ from it), BIN_NOTE (when ABMCTL_BIN was timed), SQLITE_VERSION, the
# machine (NPROC, ARCH, KERNEL, CPU, MEM_GIB), DATE and PYVER.
describe_run() {
  local dirty
  COMMIT=$(git -C "$REPO_ROOT" rev-parse --short HEAD 2>/dev/null || echo "(none yet)")
  dirty=$(git -C "$REPO_ROOT" status --porcelain -- src Cargo.toml Cargo.lock 2>/dev/null || true)
  [[ $COMMIT == "(none yet)" || -z $dirty ]] || COMMIT="$COMMIT (with uncommitted changes)"
  export COMMIT SQLITE_VERSION
  export BIN_NOTE="${ABMCTL_BIN:+binary $ABMCTL_BIN (not built by this run), repository at }"
  NPROC=$(nproc)
  ARCH=$(uname -m)
  KERNEL=$(uname -sr)
  DATE=$(date -u +%Y-%m-%d)
  CPU=$(awk -F': *' '/^model name/ {print $2; exit}' /proc/cpuinfo 2>/dev/null || true)
  MEM_GIB=$(awk '/^MemTotal/ {printf "%.0f", $2 / 1048576}' /proc/meminfo 2>/dev/null || true)
  PYVER=$(python3 -c 'import platform; print(platform.python_version())')
  export NPROC ARCH KERNEL DATE CPU MEM_GIB PYVER
}

# summarize: run the Python program on stdin after the shared helpers below, with its
# output on fd 3 (the real stdout). The program reads its figures from the environment (e).
summarize() {
  {
    cat <<'PY'
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
def runs(xs, ms_digits=1):
    if not xs:
        return "–"
    if max(xs) >= 1e6:
        return " ".join(f"{x / 1e6:.2f}" for x in xs) + " s"
    return " ".join(f"{x / 1e3:.{ms_digits}f}" for x in xs) + " ms"
def rss(xs):
    return " ".join(f"{k / 1024:.1f}" for k in xs)
def machine_line():
    cpu = f", {e['CPU']}" if e.get("CPU") else ""
    mem = f", {e['MEM_GIB']} GiB" if e.get("MEM_GIB") else ""
    return f"- machine: {e['NPROC']} CPUs (nproc){cpu}{mem}, {e['ARCH']}, {e['KERNEL']}"
def built():
    if e.get("BIN_NOTE"):
        return f"{e['BIN_NOTE']}commit {e['COMMIT']}"
    return f"commit {e['COMMIT']}, `cargo build --release`"
def abmctl_line(how):
    return f"- abmctl: {how}; sqlite3 shell {e['SQLITE_VERSION']}; Python {e['PYVER']}"
def generated():
    return f", generated in {int(e['GEN_US']) / 1e6:.1f} s" if e.get("GEN_US") else ""

PY
    cat
  } | python3 - >&3
}
