#!/usr/bin/env bash
# benches/memory.sh: peak memory of `abmctl import` on large, huge and endless inputs (SPEC.md §6:
# under 64 MiB whatever the file; issue 8 item 14).
#
# Usage: benches/memory.sh [N]
#
#   N                 devices in the generated order file (default: $BENCH_N, else 1000000)
#
# Environment:
#   BENCH_N           default for N
#   BENCH_JSON_N      devices in the generated api-json dump (default: 200000)
#   BENCH_DIR         work folder, kept afterwards (default: a mktemp -d folder removed on exit);
#                     files generated there with the same arguments are reused
#   ABMCTL_BIN        measure this binary instead of building target/release/abmctl
#   CARGO_TARGET_DIR  honoured when locating the built binary
#
# Each input is imported once under `/usr/bin/time -v` (Debian's `time` package: the script
# installs it, and sqlite3, with apt-get when missing; by hand: `apt-get install time`), into a
# fresh ledger with the generated files' suppliers linked, and its peak resident set size and
# exit status are read from time's report:
#   1. N devices as csv (gen_orders.py), imported: exit 0;
#   2. the same N rows with every purchase source type made invalid: refused, exit 1 (every
#      row is a problem; the result lists the first 10,000 and counts the rest);
#   3. N_JSON devices as an api-json array of pages, imported: exit 0;
#   4. a csv file whose second line is 20 MB, and the same 200 MB long streamed through stdin
#      from a generator: refused at the 1 MiB row bound, exit 1;
#   5. an api-json page whose one device resource is 20 MB: refused at the 1 MiB bound, exit 1;
#   6. /dev/zero as a file, on stdin, and forced as api-json: refused at the bound, exit 1.
#
# stdout carries only the Markdown summary (paste it into benches/README.md); progress goes to
# stderr. A wrong exit status stops the run.

set -Eeuo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

parse_n "${BENCH_N:-1000000}" "$@"
JSON_N=${BENCH_JSON_N:-200000}
[[ $JSON_N =~ ^[1-9][0-9]*$ ]] || die "BENCH_JSON_N must be a positive integer"
LIMIT_KIB=$((64 * 1024))
# N and N_JSON with thousands separators, for the summary.
N_TEXT=$(python3 -c "print(f'{$N:,}')")
JSON_N_TEXT=$(python3 -c "print(f'{$JSON_N:,}')")

need_tools
find_abmctl
work_dir
describe_run

# measure LABEL WANT_EXIT INPUT_NOTE CMD...: run CMD under `/usr/bin/time -v` (stdin is the
# caller's), check its exit status, and append "label|note|exit|KiB|µs" to $WORK/results.
measure() {
  local label=$1 want=$2 note=$3 t0 status kib
  shift 3
  sync
  stamp
  t0=$_T
  /usr/bin/time -v -o "$WORK/$label.time" "$@" >"$WORK/$label.out" 2>"$WORK/$label.err" || true
  stamp
  status=$(awk -F': *' '/Exit status/ {print $2}' "$WORK/$label.time")
  kib=$(awk -F': *' '/Maximum resident set size/ {print $2}' "$WORK/$label.time")
  [[ -n $kib ]] || die "$label: no peak RSS in $WORK/$label.time"
  [[ $status == "$want" ]] || die "$label: exit $status, expected $want: $(head -c 400 "$WORK/$label.err")"
  log "$label: exit $status, peak RSS $((kib / 1024)) MiB"
  printf '%s|%s|%s|%s|%s\n' "$label" "$note" "$status" "$kib" "$((_T - t0))" >>"$WORK/results"
}

# fresh: a new ledger with the generated files' suppliers linked; sets LEDGER.
fresh() {
  LEDGER="$WORK/ledger.sqlite3"
  rm_ledger "$LEDGER"
  link_suppliers "$LEDGER"
}

: >"$WORK/results"

# 1-2: N devices as csv, valid and all invalid.
gen_input "$WORK/orders.csv" "$N-row csv" "$N --format csv --seed 1"
ORDERS_BYTES=$FILE_BYTES
fresh
measure csv-ok 0 "$N_TEXT devices, csv (\`gen_orders.py $N\`), $(python3 -c "print(f'{$ORDERS_BYTES / 1048576:.0f}')") MiB" \
  "$ABMCTL" --ledger "$LEDGER" -q import "$WORK/orders.csv"
rows=$(sqlite3 "$LEDGER" 'SELECT count(*) FROM devices_v')
[[ $rows == "$N" ]] || die "csv-ok: the ledger holds $rows devices, expected $N"
sed '2,$ s/,APPLE,/,BOGUS,/; 2,$ s/,RESELLER,/,BOGUS,/' "$WORK/orders.csv" >"$WORK/bad.csv"
fresh
measure csv-bad 1 "the same $N_TEXT rows, every one invalid" \
  "$ABMCTL" --ledger "$LEDGER" -q -o json import "$WORK/bad.csv"

# 3: an api-json dump.
gen_input "$WORK/dump.json" "$JSON_N-device api-json" "$JSON_N --format api-json --seed 1"
JSON_BYTES=$FILE_BYTES
fresh
measure json-ok 0 "$JSON_N_TEXT devices, api-json (\`gen_orders.py $JSON_N --format api-json\`), $(python3 -c "print(f'{$JSON_BYTES / 1048576:.0f}')") MiB, pages of 1000" \
  "$ABMCTL" --ledger "$LEDGER" -q import "$WORK/dump.json"
rows=$(sqlite3 "$LEDGER" 'SELECT count(*) FROM devices_v')
[[ $rows == "$JSON_N" ]] || die "json-ok: the ledger holds $rows devices, expected $JSON_N"

# 4-5: one huge line or resource.
HEADER="serialNumber,productFamily,deviceModel,orderNumber,purchaseSourceType,purchaseSourceId"
{
  printf '%s\nAAAA111111,Mac,' "$HEADER"
  head -c 20000000 /dev/zero | tr '\0' x
  printf ',O1,APPLE,100001\n'
} >"$WORK/line-20mb.csv"
fresh
measure csv-line-20mb 1 "csv, a 20 MB second line (file)" \
  "$ABMCTL" --ledger "$LEDGER" -q import "$WORK/line-20mb.csv"
fresh
{
  printf '%s\nAAAA111111,Mac,' "$HEADER"
  head -c 200000000 /dev/zero | tr '\0' x
} | measure csv-line-200mb 1 "csv, a 200 MB second line (stdin, from a generator)" \
  "$ABMCTL" --ledger "$LEDGER" -q import - || true
grep -q '^csv-line-200mb|' "$WORK/results" || die "csv-line-200mb was not measured"
{
  printf '{"data":[{"type":"orgDevices","id":"AAAA111111","attributes":{"deviceModel":"'
  head -c 20000000 /dev/zero | tr '\0' x
  printf '"}}]}'
} >"$WORK/resource-20mb.json"
fresh
measure json-resource-20mb 1 "api-json, one 20 MB device resource (file)" \
  "$ABMCTL" --ledger "$LEDGER" -q import "$WORK/resource-20mb.json"

# 6: endless input.
fresh
measure zero-file 1 "\`import /dev/zero\`" "$ABMCTL" --ledger "$LEDGER" -q import /dev/zero
measure zero-stdin 1 "\`import - < /dev/zero\`" "$ABMCTL" --ledger "$LEDGER" -q import - </dev/zero
measure zero-json 1 "\`import --format api-json /dev/zero\`" \
  "$ABMCTL" --ledger "$LEDGER" -q import --format api-json /dev/zero

export RESULTS="$WORK/results" LIMIT_KIB N JSON_N
summarize <<'PY'
rows = [line.split("|") for line in open(e["RESULTS"]).read().splitlines()]
limit = int(e["LIMIT_KIB"])
print(f"### {e['DATE']}: peak memory of import (N = {int(e['N']):,})")
print()
print("Reproduce with `benches/memory.sh` (about 2 minutes plus the build).")
print()
print(machine_line())
print(abmctl_line(built()))
print("- each input is imported once under `/usr/bin/time -v` into a fresh ledger with its suppliers linked")
print()
print("| input | exit | peak RSS | wall | bar | result |")
print("|---|---:|---:|---:|---|---|")
worst = 0
for label, note, status, kib, wall in rows:
    kib, wall = int(kib), int(wall)
    worst = max(worst, kib)
    print(f"| {note} | {status} | {mib(kib)} | {s(wall)} | < 64 MiB | {verdict(kib < limit)} |")
print()
print(f"Largest peak: {mib(worst)}.")
PY
