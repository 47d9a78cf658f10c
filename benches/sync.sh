#!/usr/bin/env bash
# benches/sync.sh: abmctl's sync benchmark (issue 11 §9 and its bars; SPEC.md §6).
#
# Usage: benches/sync.sh [N]
#
#   N                       devices in the sandbox of the full pull (default: $BENCH_SYNC_N,
#                           else 100000)
#
# Environment:
#   BENCH_SYNC_N            default for N
#   BENCH_SYNC_LIMITS_N     devices in the Apple-limits sandbox (default: 20000)
#   BENCH_SYNC_SKIP_LIMITS  1: skip the Apple-limits pull (part 4; it takes a minute or more)
#   BENCH_RUNS              runs of parts 1–3, curl and abmctl alternating (default: 3)
#   BENCH_DIR               work folder, kept afterwards (default: a mktemp -d folder removed
#                           on exit)
#   ABMCTL_BIN              time this binary instead of building target/release/abmctl
#   CARGO_TARGET_DIR        honoured when locating the built binary
#
# What it measures, in one run (benches/README.md, "Sync", explains each number and its bar):
#   1. a sandbox of N devices (`sandbox serve --devices N --seed 1`, in the background, not
#      timed), and the baseline: curl fetching every page of /v1/orgDevices?limit=1000 in
#      sequence, following meta.paging.nextCursor, with a token bought by an ES256 assertion
#      that openssl signs (as benches/sandbox.sh does); wall time of the loop. A second loop
#      fetches what else a pull reads (/v1/mdmServers and each service's
#      relationships/devices pages), so the pull can also be set against all its pages;
#   2. a full pull into a fresh client ledger: `abmctl init`, the sandbox's printed
#      `remote set …` line, then `abmctl -o json sync` under `/usr/bin/time -v`: wall time,
#      peak RSS, the result's `requests` and `pull`, and the sandbox's own count of the
#      requests by route (`GET /__sandbox/stats`), against the minimum the data needs;
#      parts 1 and 2 alternate BENCH_RUNS times on the same sandbox (medians reported);
#   3. the same `sync` again (BENCH_RUNS times), nothing having changed: wall time,
#      requests, and its counts (0 added, updated, released);
#   4. a pull of BENCH_SYNC_LIMITS_N devices from a second sandbox started with
#      `--apple-limits` (20 GET a minute, 10 POST an hour, 20 tokens an hour): wall time
#      against the least the limits allow for the GET requests the pull needed (k GETs in a
#      sliding 60 s window of 20: floor((k - 1) / 20) × 60 s), the 429s, and whether any
#      request was refused twice (from the client's `-v` trace, and from the counts).
#
# stdout carries only the Markdown summary (paste it into benches/README.md); progress and
# the commands' own output go to stderr. Any failing step stops the run (set -e): a broken
# benchmark must be noticed, not summarised. Sandboxes are stopped on exit.

set -Eeuo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

parse_n "${BENCH_SYNC_N:-100000}" "$@"
LIMITS_N=${BENCH_SYNC_LIMITS_N:-20000}
[[ $LIMITS_N =~ ^[1-9][0-9]*$ ]] || die "BENCH_SYNC_LIMITS_N must be a positive integer"
SKIP_LIMITS=0
RUNS=${BENCH_RUNS:-3}
[[ $RUNS =~ ^[1-9][0-9]*$ ]] || die "BENCH_RUNS must be a positive integer"
[[ ${BENCH_SYNC_SKIP_LIMITS:-0} == 1 ]] && SKIP_LIMITS=1

# ---------------------------------------------------------------- tools
need_tools
for tool in curl openssl jq; do
  command -v "$tool" >/dev/null 2>&1 || die "$tool is needed"
done
find_abmctl

# ---------------------------------------------------------------- work folder
work_dir
# Stop the sandboxes on every exit (then remove the work folder, as work_dir's trap did).
SANDBOX_PIDS=()
cleanup() {
  local pid
  for pid in "${SANDBOX_PIDS[@]}"; do
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  [[ -n ${BENCH_DIR:-} ]] || rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

load() { cut -d' ' -f1-3 /proc/loadavg; }

# ---------------------------------------------------------------- sandboxes
# start_sandbox NAME ARGS...: `sandbox serve ARGS` on the ledger $WORK/NAME.sqlite3 (made
# afresh), in the background; waits for its start record and sets SB_PID, SB_BASE,
# SB_TOKEN_URL, SB_CLIENT, SB_KID, SB_KEY, SB_REMOTE_SET and SB_MADE_US (start-up time).
start_sandbox() {
  local name=$1 ledger t0
  shift
  ledger="$WORK/$name.sqlite3"
  rm_ledger "$ledger"
  rm -f "$ledger".api-*
  stamp
  t0=$_T
  "$ABMCTL" --ledger "$ledger" -o jsonl sandbox serve "$@" \
    >"$WORK/$name.start.json" 2>"$WORK/$name.serve.log" &
  SB_PID=$!
  SANDBOX_PIDS+=("$SB_PID")
  for _ in $(seq 1 3000); do
    [[ -s $WORK/$name.start.json ]] && break
    kill -0 "$SB_PID" 2>/dev/null || {
      cat "$WORK/$name.serve.log" >&2
      die "sandbox $name stopped before it served"
    }
    sleep 0.1
  done
  [[ -s $WORK/$name.start.json ]] || die "sandbox $name printed nothing in 300 s"
  stamp
  SB_MADE_US=$((_T - t0))
  SB_BASE=$(jq -r .baseUrl "$WORK/$name.start.json")
  SB_TOKEN_URL=$(jq -r .tokenUrl "$WORK/$name.start.json")
  SB_CLIENT=$(jq -r .clientId "$WORK/$name.start.json")
  SB_KID=$(jq -r .keyId "$WORK/$name.start.json")
  SB_KEY=$(jq -r .privateKey "$WORK/$name.start.json")
  SB_REMOTE_SET=$(jq -r .remoteSet "$WORK/$name.start.json")
}

# stats BASE FILE: the sandbox's request counts (GET /__sandbox/stats, itself not counted).
stats() { curl -sf "$1/__sandbox/stats" >"$2" || die "no stats from $1"; }

# ---------------------------------------------------------------- curl
# shellcheck source-path=SCRIPTDIR source=token.sh
source "$(dirname "${BASH_SOURCE[0]}")/token.sh"

# curl_token: set TOKEN from the sandbox's token endpoint (benches/token.sh).
curl_token() {
  TOKEN=$(sandbox_token "$SB_KID" "$SB_CLIENT" "$SB_KEY" "$SB_TOKEN_URL")
  [[ -n $TOKEN && $TOKEN != null ]] || die "the sandbox gave curl no token"
}

# curl_pull: fetch every page of /v1/orgDevices?limit=1000 in sequence with curl; sets
# CURL_US (wall time of the loop), CURL_PAGES and CURL_DEVICES.
curl_pull() {
  local cursor="" url last t0
  CURL_PAGES=0
  stamp
  t0=$_T
  while :; do
    url="$SB_BASE/v1/orgDevices?limit=1000${cursor:+&cursor=$cursor}"
    curl -sf -o "$WORK/page.json" -H "Authorization: Bearer $TOKEN" "$url"
    CURL_PAGES=$((CURL_PAGES + 1))
    # meta comes last: the cursor is in the body's tail (grep over a whole 1 MB line is slow).
    cursor=$(tail -c 400 "$WORK/page.json" | grep -o '"nextCursor":"[^"]*"' | cut -d'"' -f4 || true)
    [[ -n $cursor ]] || break
  done
  stamp
  CURL_US=$((_T - t0))
  last=$(jq '.data | length' "$WORK/page.json")
  CURL_DEVICES=$(((CURL_PAGES - 1) * 1000 + last))
}

# curl_links: fetch what else a pull reads, in sequence with curl: /v1/mdmServers?limit=1000,
# then every page of each service's relationships/devices?limit=1000. Sets CURL_LINK_US (wall
# time) and CURL_LINK_PAGES (linkage pages).
curl_links() {
  local id cursor url t0 ids=()
  CURL_LINK_PAGES=0
  stamp
  t0=$_T
  curl -sf -o "$WORK/servers.json" -H "Authorization: Bearer $TOKEN" "$SB_BASE/v1/mdmServers?limit=1000"
  mapfile -t ids < <(jq -r '.data[].id' "$WORK/servers.json")
  for id in "${ids[@]}"; do
    cursor=""
    while :; do
      url="$SB_BASE/v1/mdmServers/$id/relationships/devices?limit=1000${cursor:+&cursor=$cursor}"
      curl -sf -o "$WORK/page.json" -H "Authorization: Bearer $TOKEN" "$url"
      CURL_LINK_PAGES=$((CURL_LINK_PAGES + 1))
      cursor=$(tail -c 400 "$WORK/page.json" | grep -o '"nextCursor":"[^"]*"' | cut -d'"' -f4 || true)
      [[ -n $cursor ]] || break
    done
  done
  stamp
  CURL_LINK_US=$((_T - t0))
}

# ---------------------------------------------------------------- the client
# client_ledger PATH: a fresh client ledger (`abmctl init`) with the remote the sandbox
# printed (its `abmctl remote set …` line, split as a shell would). Not timed.
client_ledger() {
  local l=$1 words=()
  rm_ledger "$l"
  rm -f "$l.sync-lock"
  "$ABMCTL" --ledger "$l" -q init >/dev/null
  mapfile -d '' -t words < <(python3 -c '
import shlex, sys
sys.stdout.write("".join(w + "\0" for w in shlex.split(sys.argv[1])))' "$SB_REMOTE_SET")
  [[ ${#words[@]} -gt 3 && ${words[0]} == abmctl && ${words[1]} == remote && ${words[2]} == set ]] ||
    die "the sandbox's remote set line is not one: $SB_REMOTE_SET"
  "$ABMCTL" --ledger "$l" -q "${words[@]:1}" >/dev/null
}

# run_sync LABEL LEDGER [OPTION...]: `abmctl --ledger LEDGER OPTION... -o json sync` under
# `/usr/bin/time -v`; the result document goes to $WORK/LABEL.json, stderr to
# $WORK/LABEL.err. Sets LAST_US and LAST_RSS (KiB). A non-zero exit stops the benchmark,
# with the result and the end of stderr shown.
run_sync() {
  local label=$1 ledger=$2 t0 rc=0
  shift 2
  sync # don't let earlier runs' dirty pages flush during this one
  stamp
  t0=$_T
  /usr/bin/time -v -o "$WORK/$label.time" "$ABMCTL" --ledger "$ledger" "$@" -o json sync \
    >"$WORK/$label.json" 2>"$WORK/$label.err" || rc=$?
  stamp
  LAST_US=$((_T - t0))
  if ((rc != 0)); then
    cat "$WORK/$label.json" >&2
    tail -n 20 "$WORK/$label.err" >&2
    die "abmctl sync ($label) exited $rc"
  fi
  LAST_RSS=$(awk -F': *' '/Maximum resident set size/ {print $2}' "$WORK/$label.time")
  [[ -n $LAST_RSS ]] || die "no peak RSS in $WORK/$label.time"
}

count_devices() { sqlite3 "$1" "SELECT count(*) FROM devices_v WHERE status <> 'RELEASED'"; }

# per_service LEDGER: the sandbox's assigned devices by service, one count a line (the
# linkage pages a pull needs are ceil(count / 1000) per service, at least 1).
per_service() {
  sqlite3 "$1" "SELECT count(*) FROM devices_v WHERE status = 'ASSIGNED' GROUP BY assignedServer"
}

# ---------------------------------------------------------------- 1. sandbox and curl
LOAD_START=$(load)
log "making a sandbox of $N devices (load average $LOAD_START)"
start_sandbox apple --devices "$N" --seed 1
BIG_BASE=$SB_BASE MADE_US=$SB_MADE_US
APPLE_LISTED=$(count_devices "$WORK/apple.sqlite3")
SERVICE_COUNTS=$(per_service "$WORK/apple.sqlite3" | tr '\n' ' ')
log "  made in $((MADE_US / 1000)) ms; it lists $APPLE_LISTED devices"

curl_token
full_load=() client_devices=() curl_us=() link_us=() full_us=() full_rss=() full_req=() again_us=() again_rss=() again_req=()
LOAD_CURL=$(load)
CLIENT=
for ((run = 1; run <= RUNS; run++)); do
  log "run $run/$RUNS: curl, every page of /v1/orgDevices?limit=1000 in sequence (load average $(load))"
  curl_pull
  curl_us+=("$CURL_US")
  log "  $CURL_PAGES pages, $CURL_DEVICES devices in $((CURL_US / 1000)) ms"
  [[ $CURL_DEVICES == "$APPLE_LISTED" ]] ||
    die "curl listed $CURL_DEVICES devices, the sandbox's ledger has $APPLE_LISTED not released"
  curl_links
  link_us+=("$CURL_LINK_US")
  log "  and /v1/mdmServers with $CURL_LINK_PAGES linkage pages in $((CURL_LINK_US / 1000)) ms"

  # ---------------------------------------------------------------- 2. full pull
  [[ -n $CLIENT ]] && rm_ledger "$CLIENT" && rm -f "$CLIENT.sync-lock"
  CLIENT="$WORK/client-$run.sqlite3"
  client_ledger "$CLIENT"
  full_load+=("$(load)")
  log "run $run/$RUNS: full pull, abmctl -o json sync into a fresh ledger (load average ${full_load[-1]})"
  stats "$BIG_BASE" "$WORK/stats-full-$run.0.json"
  run_sync "sync-full-$run" "$CLIENT"
  stats "$BIG_BASE" "$WORK/stats-full-$run.1.json"
  full_us+=("$LAST_US") full_rss+=("$LAST_RSS")
  full_req+=("$(jq .requests "$WORK/sync-full-$run.json")")
  CLIENT_DEVICES=$(count_devices "$CLIENT")
  client_devices+=("$CLIENT_DEVICES")
  [[ $CLIENT_DEVICES == "$APPLE_LISTED" ]] ||
    log "  WRONG: the client ledger has $CLIENT_DEVICES devices, the sandbox lists $APPLE_LISTED"
  log "  $((LAST_US / 1000)) ms, peak RSS $LAST_RSS KiB, $CLIENT_DEVICES devices in the client ledger"
done
CURL_PAGES_N=$CURL_PAGES CURL_DEVICES_N=$CURL_DEVICES

# ---------------------------------------------------------------- 3. re-sync
again_load=()
for ((run = 1; run <= RUNS; run++)); do
  again_load+=("$(load)")
  log "re-sync $run/$RUNS, nothing changed (load average ${again_load[-1]})"
  stats "$BIG_BASE" "$WORK/stats-again-$run.0.json"
  run_sync "sync-again-$run" "$CLIENT"
  stats "$BIG_BASE" "$WORK/stats-again-$run.1.json"
  again_us+=("$LAST_US") again_rss+=("$LAST_RSS")
  again_req+=("$(jq .requests "$WORK/sync-again-$run.json")")
  log "  $((LAST_US / 1000)) ms, peak RSS $LAST_RSS KiB"
done

# ---------------------------------------------------------------- 4. Apple limits
LIMITS_US='' LIMITS_RSS='' LIMITS_MADE_US='' LOAD_LIMITS=''
if ((SKIP_LIMITS)); then
  log "skipping the Apple-limits pull (BENCH_SYNC_SKIP_LIMITS=1)"
else
  log "making a sandbox of $LIMITS_N devices with --apple-limits"
  start_sandbox apple-limits --devices "$LIMITS_N" --seed 1 --apple-limits
  LIMITS_BASE=$SB_BASE LIMITS_MADE_US=$SB_MADE_US
  LIMITS_LISTED=$(count_devices "$WORK/apple-limits.sqlite3")
  LIMITS_CLIENT="$WORK/client-limits.sqlite3"
  client_ledger "$LIMITS_CLIENT"
  LOAD_LIMITS=$(load)
  log "pull under Apple's limits: abmctl -v -o json sync (takes minutes; load average $LOAD_LIMITS)"
  run_sync sync-limits "$LIMITS_CLIENT" -v
  LIMITS_US=$LAST_US LIMITS_RSS=$LAST_RSS
  stats "$LIMITS_BASE" "$WORK/stats-limits.json"
  LIMITS_CLIENT_DEVICES=$(count_devices "$LIMITS_CLIENT")
  log "  $((LIMITS_US / 1000)) ms, $LIMITS_CLIENT_DEVICES devices in the client ledger"
  export LIMITS_LISTED LIMITS_CLIENT_DEVICES
fi

# ---------------------------------------------------------------- summary
describe_run
export N RUNS LIMITS_N SKIP_LIMITS WORK MADE_US APPLE_LISTED SERVICE_COUNTS CURL_PAGES_N \
  CURL_DEVICES_N CURL_LINK_PAGES LIMITS_US LIMITS_RSS LIMITS_MADE_US LOAD_START LOAD_CURL \
  LOAD_LIMITS LIMITS_LISTED LIMITS_CLIENT_DEVICES
export CURL_US_RUNS="${curl_us[*]}" LINK_US_RUNS="${link_us[*]}" FULL_US_RUNS="${full_us[*]}" \
  FULL_RSS_RUNS="${full_rss[*]}" FULL_REQ_RUNS="${full_req[*]}" AGAIN_US_RUNS="${again_us[*]}" \
  AGAIN_RSS_RUNS="${again_rss[*]}" AGAIN_REQ_RUNS="${again_req[*]}" \
  CLIENT_DEVICES_RUNS="${client_devices[*]}"
FULL_LOADS=$(printf '%s; ' "${full_load[@]}")
AGAIN_LOADS=$(printf '%s; ' "${again_load[@]}")
export FULL_LOADS AGAIN_LOADS

# The shared helpers (us, med, s, mib, ratio, verdict, runs, rss, ...) are in lib.sh.
summarize <<'PY'
import json, math, re

def load(name):
    with open(os.path.join(e["WORK"], name)) as f:
        return json.load(f)

def routes(st):
    return {r: dict(c) for r, c in st.get("byRoute", {}).items()}

def delta(after, before):
    """Requests by route and status between two stats snapshots."""
    a, b = routes(load(after)), routes(load(before))
    out = {}
    for r, codes in a.items():
        for code, k in codes.items():
            d = k - b.get(r, {}).get(code, 0)
            if d:
                out.setdefault(r, {})[code] = d
    return out

def count(d, route, code=None):
    c = d.get(route, {})
    return sum(c.values()) if code is None else c.get(code, 0)

def total(d):
    return sum(sum(c.values()) for c in d.values())

def n_(x):
    return f"{x:,}"

def ints(name):
    return [int(x) for x in e.get(name, "").split()]

DEV, SRV, LNK, TOK = ("GET /v1/orgDevices", "GET /v1/mdmServers",
                      "GET /v1/mdmServers/{id}/relationships/devices", "POST /auth/oauth2/token")

def breakdown(d):
    known = {DEV, SRV, LNK, TOK}
    other = {r: c for r, c in d.items() if r not in known}
    parts = [f"token {count(d, TOK)}", f"mdmServers {count(d, SRV)}",
             f"linkage pages {count(d, LNK)}", f"device pages {count(d, DEV)}"]
    if other:
        parts.append("other " + ", ".join(f"{r} {c}" for r, c in sorted(other.items())))
    return ", ".join(parts)

def non200(d):
    bad = [f"{r} → {code}: {k}" for r, c in sorted(d.items()) for code, k in c.items() if code != "200"]
    return "; ".join(bad) if bad else "none"

n, nruns = int(e["N"]), int(e["RUNS"])
curl, link = us("CURL_US_RUNS"), us("LINK_US_RUNS")
full, full_rss, full_req = us("FULL_US_RUNS"), ints("FULL_RSS_RUNS"), ints("FULL_REQ_RUNS")
again, again_rss, again_req = us("AGAIN_US_RUNS"), ints("AGAIN_RSS_RUNS"), ints("AGAIN_REQ_RUNS")
both = [c + l for c, l in zip(curl, link)]
mc, mboth, mf, ma = med(curl), med(both), med(full), med(again)
listed = int(e["APPLE_LISTED"])
per_service = [int(x) for x in e["SERVICE_COUNTS"].split()]
results = [load(f"sync-full-{k}.json") for k in range(1, nruns + 1)]
agains = [load(f"sync-again-{k}.json") for k in range(1, nruns + 1)]
d_full = [delta(f"stats-full-{k}.1.json", f"stats-full-{k}.0.json") for k in range(1, nruns + 1)]
d_again = [delta(f"stats-again-{k}.1.json", f"stats-again-{k}.0.json") for k in range(1, nruns + 1)]
services = results[-1]["pull"]["services"]
# The least a pull can ask: a token, one page of services, each service's linkages in pages
# of 1000 (at least one page, even empty), the devices in pages of 1000.
min_device_pages = max(1, math.ceil(listed / 1000))
min_link_pages = sum(max(1, math.ceil(c / 1000)) for c in per_service) + max(0, services - len(per_service))
min_requests = 1 + 1 + min_link_pages + min_device_pages

def minimal(d, result):
    return (count(d, DEV) == min_device_pages and count(d, LNK) == min_link_pages
            and count(d, SRV) == 1 and count(d, TOK) == 1 and total(d) == result["requests"]
            == min_requests)
req_ok = all(minimal(d, r) for d, r in zip(d_full, results))
client_devices = ints("CLIENT_DEVICES_RUNS")
devices_ok = all(r["pull"]["devices"] == listed for r in results) and all(c == listed for c in client_devices)
unchanged = [(a["pull"]["added"], a["pull"]["updated"], a["pull"]["released"]) for a in agains]
unchanged_ok = all(u == (0, 0, 0) for u in unchanged)

ab = "`abmctl --ledger client.sqlite3 -o json sync`"
sb = f"`abmctl --ledger apple.sqlite3 -o jsonl sandbox serve --devices {n} --seed 1`"
med_of = f"median of {nruns}" if nruns > 1 else "1 run"

out = []
p = out.append
p(f"### {e['DATE']}: sync, N = {n_(n)}")
p("")
p(machine_line())
p(abmctl_line(built()))
p(f"- load average (1, 5, 15 min): at the start {e['LOAD_START']}; before each full pull "
  f"{e['FULL_LOADS'].rstrip('; ')}; before each re-sync {e['AGAIN_LOADS'].rstrip('; ')}"
  + (f"; before the Apple-limits pull {e['LOAD_LIMITS']}" if e.get("LOAD_LIMITS") else ""))
p(f"- sandbox: {sb}, made in {int(e['MADE_US']) / 1e6:.1f} s (not timed); it lists {n_(listed)} "
  f"devices (the seed releases the rest), {', '.join(n_(c) for c in per_service)} of them "
  f"assigned to its {services} services")
p(f"- curl and abmctl alternate on the same sandbox, {nruns} run{'s' if nruns != 1 else ''} each; "
  "times are medians, whole process, wall clock; peak RSS from `/usr/bin/time -v`, the largest of the runs")
if n != 100_000:
    p("- the bars are set for N = 100,000: at this N the verdicts are only indicative")
p("")
p("| measure | value | bar | result | reproduce |")
p("|---|---:|---|---|---|")
p(f"| curl: every page of `/v1/orgDevices?limit=1000` in sequence ({e['CURL_PAGES_N']} pages, "
  f"{n_(int(e['CURL_DEVICES_N']))} devices; {med_of}) | {s(mc)} | | | {sb}, then the loop of "
  f"`benches/sandbox.sh` (openssl-signed assertion, one `curl` per page) |")
p(f"| curl: those pages plus `/v1/mdmServers` and the {e['CURL_LINK_PAGES']} linkage pages "
  f"(`relationships/devices?limit=1000`), i.e. every page the pull reads | {s(mboth)} | | "
  f"| the same loop over `/v1/mdmServers/{{id}}/relationships/devices` |")
p(f"| full pull into a fresh ledger: wall time ({med_of}) | {s(mf)} | < 15 s | {verdict(mf < 15e6)} "
  f"| `abmctl --ledger client.sqlite3 init`, the sandbox's `remote set …` line, "
  f"`/usr/bin/time -v` {ab} |")
p(f"| full pull ÷ curl of the device pages | {ratio(mf, mc)} | ≤ 1.5× | {verdict(mf <= 1.5 * mc)} "
  f"| (rows 1 and 3) |")
p(f"| full pull ÷ curl of every page it reads | {ratio(mf, mboth)} | (reported) | | (rows 2 and 3) |")
p(f"| full pull: requests (result `requests`, each run) | {' '.join(map(str, full_req))} "
  f"| {min_requests} = token 1 + mdmServers 1 + linkage pages {min_link_pages} + device pages "
  f"{min_device_pages} | {verdict(req_ok)} | {ab} |")
p(f"| full pull: requests by route (sandbox stats, last run) | {breakdown(d_full[-1])} | | "
  f"| `curl $BASE/__sandbox/stats` before and after |")
p(f"| full pull: result `pull.pages` / `pull.devices` (last run); devices in the client ledger "
  f"| {results[-1]['pull']['pages']} / {n_(results[-1]['pull']['devices'])}; "
  f"{' '.join(n_(c) for c in client_devices)} | – / {n_(listed)}; {n_(listed)} | {verdict(devices_ok)} | {ab} |")
p(f"| full pull: peak RSS (largest of the runs) | {mib(max(full_rss))} | < 100 MiB "
  f"| {verdict(max(full_rss) < 100 * 1024)} | {ab} |")
p(f"| re-sync, nothing changed: wall time ({med_of}) | {s(ma)} | (reported) | | {ab} again |")
p(f"| re-sync: requests (result `requests`, each run) | {' '.join(map(str, again_req))} | | "
  f"| {ab} again |")
p(f"| re-sync: requests by route (last run) | {breakdown(d_again[-1])} | | | `curl $BASE/__sandbox/stats` |")
p(f"| re-sync: added / updated / released (each run) | "
  f"{'; '.join(' / '.join(map(str, u)) for u in unchanged)} | 0 / 0 / 0 | {verdict(unchanged_ok)} "
  f"| {ab} again |")
p(f"| re-sync: peak RSS (largest) | {mib(max(again_rss))} | | | {ab} again |")

lim = None
if e["SKIP_LIMITS"] != "1":
    lim = load("sync-limits.json")
    dl = routes(load("stats-limits.json"))
    lim_us = int(e["LIMITS_US"])
    ln = int(e["LIMITS_N"])
    llisted = int(e["LIMITS_LISTED"])
    # GETs the pull needed: those the limit let through (a 429 is not counted in the window).
    gets = sum(k for r, c in dl.items() if r.startswith("GET /v1/") for code, k in c.items() if code != "429")
    r429 = sum(c.get("429", 0) for c in dl.values())
    min_s = (gets - 1) // 20 * 60 if gets else 0
    min_refusals = (gets - 1) // 20 if gets else 0
    # The client's -v trace: one "METHOD path → STATUS (ms)" line per response, in order. The
    # client sends one request at a time and sends the same one again after a 429, so two
    # 429s in a row are one request refused twice.
    statuses, waits = [], []
    with open(os.path.join(e["WORK"], "sync-limits.err"), encoding="utf-8", errors="replace") as f:
        for line in f:
            m = re.search(r" → (\d{3}) \(\d+ ms\)$", line.rstrip("\n"))
            if m:
                statuses.append(m.group(1))
            m = re.search(r"rate limited; waiting ([0-9.]+) s", line)
            if m:
                waits.append(float(m.group(1)))
    twice = sum(1 for a, b in zip(statuses, statuses[1:]) if a == b == "429")
    waited = lim["waitedSeconds"]
    lb = f"`abmctl --ledger apple-limits.sqlite3 sandbox serve --devices {ln} --seed 1 --apple-limits`"
    la = "`abmctl --ledger client-limits.sqlite3 -v -o json sync`"
    p("")
    p(f"Apple-limits pull (1 run): {lb} (made in {int(e['LIMITS_MADE_US']) / 1e6:.1f} s, not timed; "
      f"it lists {n_(llisted)} devices), then a fresh client ledger (`init`, `remote set …`) and {la}.")
    p("")
    p("| measure | value | bar | result | reproduce |")
    p("|---|---:|---|---|---|")
    p(f"| GET requests the pull needed (answered, not 429) = k | {gets} | | | `curl $BASE/__sandbox/stats` |")
    p(f"| least time the limits allow: floor((k − 1) / 20) × 60 s | {min_s} s | | | |")
    if min_s:
        p(f"| pull wall time ÷ that least | {s(lim_us)} ÷ {min_s} s = {lim_us / 1e6 / min_s:.2f}× "
          f"| ≤ 1.2× | {verdict(lim_us / 1e6 <= 1.2 * min_s)} | {lb}, then {la} |")
    else:
        p(f"| pull wall time (k ≤ 20: the limits cost nothing) | {s(lim_us)} | | | {la} |")
    p(f"| requests (result `requests`; the sandbox counted {total(dl)}) | {lim['requests']} | | | {la} |")
    p(f"| requests by route | {breakdown(dl)} | | | `curl $BASE/__sandbox/stats` |")
    p(f"| 429s (sandbox) / `rateLimitWaits` (result) / least possible without a client pace "
      f"(one per window crossed) | {r429} / {lim['rateLimitWaits']} / {min_refusals} | | | |")
    p(f"| requests refused twice (two 429s in a row in the `-v` trace) | {twice} | 0 "
      f"| {verdict(twice == 0 and r429 == lim['rateLimitWaits'])} | {la} |")
    p(f"| time waited: `waitedSeconds` / sum of Retry-After waits in the trace | {waited:.1f} s / "
      f"{sum(waits):.0f} s ({len(waits)} wait{'s' if len(waits) != 1 else ''}) | | | |")
    p(f"| wall time not spent waiting | {s(lim_us - waited * 1e6)} | | | |")
    p(f"| result `pull.devices` / client ledger | {n_(lim['pull']['devices'])} / "
      f"{n_(int(e['LIMITS_CLIENT_DEVICES']))} | {n_(llisted)} "
      f"| {verdict(lim['pull']['devices'] == llisted == int(e['LIMITS_CLIENT_DEVICES']))} | |")
    p(f"| peak RSS | {mib(int(e['LIMITS_RSS']))} | | | |")
else:
    p("")
    p("The Apple-limits pull was skipped (`BENCH_SYNC_SKIP_LIMITS=1`).")
p("")
p("Runs, in order:")
p("")
p(f"- curl, device pages: {runs(curl)}; curl, mdmServers and linkage pages: {runs(link)}")
p(f"- full pull: {runs(full)}; peak RSS (MiB): {rss(full_rss)}")
p(f"- re-sync: {runs(again)}; peak RSS (MiB): {rss(again_rss)}")
r, pf = results[-1], results[-1]["pull"]
p(f"- full pull result (last run): requests {r['requests']}, tokenRequests {r['tokenRequests']}, "
  f"retries {r['retries']}, rateLimitWaits {r['rateLimitWaits']}, waitedSeconds "
  f"{r['waitedSeconds']}; pull: services {pf['services']}, pages {pf['pages']}, devices "
  f"{n_(pf['devices'])}, added {n_(pf['added'])}, updated {pf['updated']}, released {pf['released']}, "
  f"localOnly {pf['localOnly']}, complete {str(pf['complete']).lower()}; problems {len(r.get('problems', []))}")
p(f"- non-200 answers: full pulls {'; '.join(non200(d) for d in d_full)}; re-syncs "
  f"{'; '.join(non200(d) for d in d_again)}")
a, pa = agains[-1], agains[-1]["pull"]
p(f"- re-sync result (last run): requests {a['requests']}, tokenRequests {a['tokenRequests']}; pull: pages "
  f"{pa['pages']}, devices {n_(pa['devices'])}, added {pa['added']}, updated {pa['updated']}, "
  f"released {pa['released']}, complete {str(pa['complete']).lower()}")
if lim is not None:
    pl = lim["pull"]
    p(f"- Apple-limits result: requests {lim['requests']}, tokenRequests {lim['tokenRequests']}, "
      f"retries {lim['retries']}, rateLimitWaits {lim['rateLimitWaits']}, waitedSeconds "
      f"{lim['waitedSeconds']}; pull: pages {pl['pages']}, devices {n_(pl['devices'])}; "
      f"non-200 answers {non200(dl)}")
print("\n".join(out))
PY
log "done"
