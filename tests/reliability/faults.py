#!/usr/bin/env python3
"""Fault harness (issue 12 §3): sync against a sandbox with every fault on at once.

    python3 tests/reliability/faults.py [--seed S] [--runs N] [--full] [--bin PATH] [--keep DIR]

Set-up (once): a sandbox ledger ("Apple") and a client ledger that pulled it cleanly. Per run
(its fault seed is S, S+1, …): the client queues local changes drawn from that seed (assign,
reassign, unassign of about a tenth of the devices); a clean sandbox copy shows what a clean
`sync` makes of them (the reference); then a copy served with every fault flag at once —
--error-rate, --drop-rate, --truncate-rate, --malformed-rate, --repeat-cursor, --latency,
--activity-error-rate, --token-lifetime 5 and --rate-limit-get (429 with Retry-After) —
gets `sync` again and again (at most 10 times) until one exits 0 with nothing pending.

Checks per run: every exit is 0, 3, 4 or 5; the run converges; the client's devices and the
sandbox's then equal the clean sync's. Unsure POSTs (dropped connections) settle after 2 s here
(ABMCTL_INTENT_SETTLE_SECS; Apple's default 900 s would stall a test).

Default: 5 runs over 1,500 devices (--rate-limit-get 150). --full: 24 runs over 3,000 devices
(--rate-limit-get 60). Exit 0 when all pass.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sqlite3
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import (  # noqa: E402
    Abm,
    Sandbox,
    checkpoint,
    copy_ledger,
    device_rows,
    find_binary,
    free_port,
    integrity,
    query,
    sandbox_states,
    table,
)

FAULTS = ["--error-rate", 0.05, "--drop-rate", 0.03, "--truncate-rate", 0.03,
          "--malformed-rate", 0.03, "--repeat-cursor", "--latency", 10,
          "--activity-error-rate", 0.1, "--token-lifetime", 5]
# 429s with Retry-After: the full run's limit is low enough to be met, the short one's seldom.
RATE_LIMIT_GET = {"short": 150, "full": 60}
ENV = {"ABMCTL_INTENT_SETTLE_SECS": "2"}
MAX_RUNS = 10


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def queue(abm, client, rng, work):
    rows = query(client, "SELECT d.serial_number, d.status, coalesce(s.name, '') FROM devices d "
                         "LEFT JOIN services s ON s.id = d.service_id "
                         "WHERE d.status IN ('ASSIGNED', 'UNASSIGNED') ORDER BY 1")
    services = sorted({r[2] for r in rows if r[2]})
    rng.shuffle(rows)
    plan = {}
    for serial, status, on in rows[: len(rows) // 10]:
        if status == "UNASSIGNED":
            key = ("assign", rng.choice(services))
        elif rng.random() < 0.3:
            key = ("unassign", "")
        else:
            key = ("reassign", rng.choice([x for x in services if x != on]))
        plan.setdefault(key, []).append(serial)
    n = 0
    for (verb, to), serials in sorted(plan.items()):
        f = work / f"queue-{verb}-{to}.txt"
        f.write_text("\n".join(serials) + "\n")
        abm.run(client, "-q", verb, "--file", f, *(["--to", to] if to else []))
        n += len(serials)
    return n


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("--runs", type=int, default=None)
    ap.add_argument("--full", action="store_true")
    ap.add_argument("--bin")
    ap.add_argument("--keep")
    args = ap.parse_args()
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(1, 1_000_000)
    runs = args.runs or (24 if args.full else 5)
    devices = 3000 if args.full else 1500
    faults = FAULTS + ["--rate-limit-get", RATE_LIMIT_GET["full" if args.full else "short"]]
    print(f"fault harness: seed {seed} (re-run with --seed {seed}), {runs} runs over {devices} "
          f"devices, faults: {' '.join(map(str, faults))}", flush=True)
    abm = Abm(find_binary(args.bin))
    work = Path(args.keep or tempfile.mkdtemp(prefix="abmctl-faults-"))
    work.mkdir(parents=True, exist_ok=True)
    port = free_port()
    apple_base = work / "apple.sqlite3"
    sb = Sandbox(abm, apple_base, port, devices=devices, seed=seed)
    client_base = work / "client.sqlite3"
    abm.run(client_base, "-q", "init")
    abm.run(client_base, "-q", *sb.remote_set_args())
    abm.run(client_base, "-q", "sync")
    sb.stop()
    checkpoint(client_base)
    checkpoint(apple_base)

    def world(d):
        apple = d / "apple.sqlite3"
        copy_ledger(apple_base, apple)
        for side in (".api-key.pem", ".api-account.json"):
            shutil.copy2(str(apple_base) + side, str(apple) + side)
        return apple

    report, failures = [], []
    totals = Counter()
    for i in range(runs):
        fseed = seed + i
        d = work / f"run-{fseed}"
        d.mkdir(exist_ok=True)
        problems = []
        client = d / "client.sqlite3"
        copy_ledger(client_base, client)
        queued = queue(abm, client, random.Random(fseed), d)
        # Forget the cached access token (issued for an hour by the set-up's clean sandbox), so
        # that the faulty sandbox's short-lived tokens are the ones used.
        c = sqlite3.connect(str(client))
        c.execute("UPDATE remote SET access_token = NULL, token_fetched_at = NULL, "
                  "token_expires_at = NULL")
        c.commit()
        c.close()
        checkpoint(client)
        # the reference: a clean sync of the same queue
        ref = d / "ref.sqlite3"
        copy_ledger(client, ref)
        sb = Sandbox(abm, world(d), port, extra=["--activity-delay", 100])
        abm.run(ref, "-q", "sync")
        want_client, want_apple = device_rows(ref), sandbox_states(sb.ledger)
        clean_created = sb.activities_created()
        sb.stop()
        # the faulty runs
        sb = Sandbox(abm, world(d), port,
                     extra=["--activity-delay", 100, "--fault-seed", fseed, *faults])
        codes = []
        try:
            for _ in range(MAX_RUNS):
                p = abm.run(client, "-o", "json", "sync", "--max-wait", 120, env=ENV,
                            check=False)
                codes.append(p.returncode)
                if p.returncode not in (0, 3, 4, 5):
                    problems.append(f"sync exited {p.returncode}: {p.stderr.strip()[-300:]}")
                    break
                pending = query(client, "SELECT count(*) FROM devices WHERE pending_sync = 1")
                if p.returncode == 0 and pending[0][0] == 0:
                    break
                time.sleep(2.2)
            else:
                problems.append(f"not converged after {MAX_RUNS} syncs")
            stats = sb.stats()["byRoute"]
        finally:
            sb.stop()
        statuses = Counter()
        for by in stats.values():
            for status, n in by.items():
                statuses[status] += n
        requests = sum(statuses.values())
        injected = {k: v for k, v in statuses.items() if k not in ("200", "201")}
        created = stats.get("POST /v1/orgDeviceActivities", {}).get("201", 0)
        tokens = sum(stats.get("POST /auth/oauth2/token", {}).values())
        totals["tokens"] += tokens
        if device_rows(client) != want_client:
            problems.append("the client's devices differ from the clean sync's")
        if sandbox_states(sb.ledger) != want_apple:
            problems.append("the sandbox's devices differ from the clean sync's")
        problems += integrity(client)
        converged = not problems
        totals["runs"] += 1
        totals["converged"] += converged
        totals["syncs"] += len(codes)
        totals["requests"] += requests
        for k, v in injected.items():
            totals[f"status {k}"] += v
        report.append((fseed, queued, len(codes), " ".join(map(str, codes)), requests, tokens,
                       " ".join(f"{k}:{v}" for k, v in sorted(injected.items())),
                       f"{created} ({clean_created})", "yes" if converged else "NO"))
        log(f"fault seed {fseed}: syncs {codes}, {requests} requests, non-2xx {injected}, "
            f"{'converged' if converged else 'FAILED: ' + '; '.join(problems)}")
        if problems:
            failures.append((fseed, problems))
        elif not args.keep:
            shutil.rmtree(d, ignore_errors=True)
    print(table(["fault seed", "queued", "syncs", "exit codes", "requests", "tokens",
                 "non-2xx answers", "activities (clean)", "converged"], report))
    print(f"{totals['converged']}/{totals['runs']} runs converged in {totals['syncs']} syncs; "
          f"{totals['requests']} requests ({totals['tokens']} token requests); non-2xx answers "
          "('none' = connection dropped): "
          + ", ".join(f"{k[7:]}: {v}" for k, v in sorted(totals.items()) if k.startswith("status"))
          + " (truncated and malformed bodies are answered 200)")
    for fseed, problems in failures:
        print(f"FAILED fault seed {fseed}: " + "; ".join(problems))
    if not failures and not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    sys.exit(0 if not failures else 1)


if __name__ == "__main__":
    main()
