#!/usr/bin/env bash
# benches/sandbox.sh: how fast `sandbox serve` hands a full pull to curl (issue 10: 100 pages of
# 1000 devices in sequence in under 5 s; the sync benchmark compares against this).
#
# Usage: benches/sandbox.sh [N]
#
#   N            devices in the sandbox (default: $BENCH_SANDBOX_N, else 100000)
#
# Environment:
#   BENCH_DIR    work folder, kept afterwards (default: a mktemp -d folder removed on exit)
#   ABMCTL_BIN   time this binary instead of building target/release/abmctl
#
# What it does: makes a sandbox of N devices (`sandbox serve --devices N --seed 1`, not timed),
# gets a token with an ES256 assertion made by openssl (an independent client: the printed key
# and ids are all it uses), then fetches every page of /v1/orgDevices?limit=1000 with curl, one
# after the other, following meta.paging.nextCursor. It prints the wall time of that loop and
# the sum of curl's own time_total, and checks the page and device counts and that
# /__sandbox/stats counted exactly those requests. stdout is only the Markdown summary.

set -Eeuo pipefail

N=${1:-${BENCH_SANDBOX_N:-100000}}
root=$(cd "$(dirname "$0")/.." && pwd)
log() { printf '[sandbox.sh] %s\n' "$*" >&2; }
for tool in curl openssl jq python3; do
    command -v "$tool" >/dev/null || { log "needs $tool"; exit 1; }
done
if [[ -n ${ABMCTL_BIN:-} ]]; then
    bin=$ABMCTL_BIN
else
    (cd "$root" && cargo build --release >&2)
    bin=${CARGO_TARGET_DIR:-$root/target}/release/abmctl
fi
if [[ -n ${BENCH_DIR:-} ]]; then
    dir=$BENCH_DIR
    mkdir -p "$dir"
else
    dir=$(mktemp -d)
    trap 'kill "${pid:-0}" 2>/dev/null || true; rm -rf "$dir"' EXIT
fi
ledger=$dir/sandbox-$N.sqlite3
rm -f "$ledger" "$ledger"-wal "$ledger"-shm "$ledger".api-*

log "making a sandbox of $N devices"
made_at=$(date +%s.%N)
"$bin" --ledger "$ledger" -o jsonl sandbox serve --devices "$N" --seed 1 \
    >"$dir/start.json" 2>"$dir/serve.log" &
pid=$!
for _ in $(seq 1 600); do
    [[ -s $dir/start.json ]] && break
    sleep 0.1
done
[[ -s $dir/start.json ]] || { cat "$dir/serve.log" >&2; exit 1; }
made=$(echo "$(date +%s.%N) - $made_at" | bc)
start=$(cat "$dir/start.json")
base=$(jq -r .baseUrl <<<"$start")
token_url=$(jq -r .tokenUrl <<<"$start")
client=$(jq -r .clientId <<<"$start")
kid=$(jq -r .keyId <<<"$start")
key=$(jq -r .privateKey <<<"$start")

# The token, as an independent client gets it (openssl signs the assertion, curl posts it).
# shellcheck source-path=SCRIPTDIR source=token.sh
source "$root/benches/token.sh"
token=$(sandbox_token "$kid" "$client" "$key" "$token_url")
[[ -n $token && $token != null ]] || { log "the sandbox gave curl no token"; exit 1; }

log "fetching every page with curl"
pages=0 devices=0 curl_total=0 cursor=""
t0=$(date +%s.%N)
while :; do
    url="$base/v1/orgDevices?limit=1000${cursor:+&cursor=$cursor}"
    curl -sf -o "$dir/page.json" -w '%{time_total}\n' -H "Authorization: Bearer $token" "$url" \
        >>"$dir/times.txt"
    pages=$((pages + 1))
    # meta comes last: the cursor is in the body's tail (grep over a whole 1 MB line is slow).
    cursor=$(tail -c 400 "$dir/page.json" | grep -o '"nextCursor":"[^"]*"' | cut -d'"' -f4 || true)
    [[ -n $cursor ]] || break
done
t1=$(date +%s.%N)
devices=$(jq '.data | length' "$dir/page.json")
devices=$(( (pages - 1) * 1000 + devices ))
wall=$(echo "$t1 - $t0" | bc)
curl_total=$(paste -sd+ "$dir/times.txt" | bc)
counted=$(curl -sf "$base/__sandbox/stats" | jq '.byRoute["GET /v1/orgDevices"]["200"]')
kill "$pid"
wait "$pid" 2>/dev/null || true

[[ $counted == "$pages" ]] || { log "stats counted $counted pages, curl fetched $pages"; exit 1; }
cat <<SUMMARY
### sandbox serve: a full pull by curl ($(date -u +%Y-%m-%d), $(git -C "$root" rev-parse --short HEAD))

| measure | value |
|---|---|
| devices in the sandbox (N) | $N, of which $devices listed (the rest released) |
| making the sandbox (\`--devices $N --seed 1\`, not in the pull) | ${made%.*}.$(printf '%s' "${made#*.}" | cut -c1-1) s |
| pages of 1000 fetched in sequence | $pages (stats counted $counted) |
| wall time of the curl loop | $(printf '%.2f' "$wall") s |
| sum of curl's time_total | $(printf '%.2f' "$curl_total") s |
| per page (curl time_total) | $(echo "scale=1; $curl_total * 1000 / $pages" | bc) ms |
SUMMARY
