#!/usr/bin/env python3
"""Concurrency harness (issue 12 §2): a cron sync and an admin on one ledger at once.

    python3 tests/reliability/concurrency.py [--seed S] [--full] [--bin PATH] [--keep DIR]

One ledger, synced once from a sandbox with --latency (so each sync is long). Then, at once:
  - process A runs `sync` again and again until the others are done (at least one);
  - process B makes assignment changes, one command per change (assign / reassign /
    unassign of one device, drawn from the seeded generator over the devices' current states);
  - process C imports a generated CSV (benches/gen_orders.py) of new devices, started part-way.
Then one last `sync`.

Checks: every command exits 0 and no stderr mentions a locked or busy database; every change
has its activity (the id each command printed, with its counts); the devices end as a serial
replay of the same commands and import on a copy of the ledger taken before (no sync) leaves
them; after the last sync nothing is pending and the sandbox ("Apple") has every device it
lists as the ledger has it; no activity was created twice.

A sync that exits 3 only because of the known bug rechanged-during-sync (a device changed again
locally while the sync that sent its previous change runs is reported failed) fails the run,
unless --xfail-known (used by CI) is given; it is counted either way.

Default: 200 changes, a 10,000-row import, 2,000 devices. --full: 1,000 changes, a 100,000-row
import, 10,000 devices. Exit 0 when every check passed.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import (  # noqa: E402
    ROOT,
    Abm,
    Sandbox,
    copy_ledger,
    checkpoint,
    find_binary,
    free_port,
    integrity,
    query,
    sandbox_states,
    table,
)

SIZES = {
    "short": dict(changes=200, import_rows=10_000, devices=2_000, latency=150),
    "full": dict(changes=1_000, import_rows=100_000, devices=10_000, latency=300),
}
# A bug this harness found (RELIABILITY.md, "Known failures"): a device changed again locally
# while the sync that sent its previous change runs is reported failed (exit 3), though Apple
# did what was asked and the new change is only queued (the next sync sends it).
KNOWN_BUG = "rechanged-during-sync"
LOCKED = ("database is locked", "database is busy", "SQLITE_BUSY", "locked")


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def plan_changes(client, n, rng):
    """n commands, each valid when run in order: (verb, serial, service or None)."""
    rows = query(client, "SELECT d.serial_number, d.status, coalesce(s.name, '') FROM devices d "
                         "LEFT JOIN services s ON s.id = d.service_id "
                         "WHERE d.status IN ('ASSIGNED', 'UNASSIGNED') AND d.enrollment_status "
                         "IS NULL ORDER BY 1")
    services = sorted({r[2] for r in rows if r[2]})
    state = {r[0]: r[2] or None for r in rows}
    serials = sorted(state)
    out = []
    for _ in range(n):
        serial = rng.choice(serials)
        on = state[serial]
        if on is None:
            to = rng.choice(services)
            out.append(("assign", serial, to))
        elif rng.random() < 0.35:
            to = None
            out.append(("unassign", serial, None))
        else:
            to = rng.choice([s for s in services if s != on])
            out.append(("reassign", serial, to))
        state[serial] = to
    return out


def known_race(client, p) -> bool:
    """A sync that exited 3 only because of KNOWN_BUG: every problem is a device that Apple did
    as asked ("reported no failure, but …") and that a local command changed while it ran."""
    if p.returncode != 3:
        return False
    try:
        doc = json.loads(p.stdout)
        problems = doc["problems"]
    except (ValueError, KeyError):
        return False
    started = query(client, "SELECT started_at FROM sync_runs "
                            "WHERE json_extract(summary, '$.activityId') = ?", (doc["activityId"],))
    if not started:
        return False
    for x in problems:
        serial = x.get("serialNumber")
        if not serial or not x["message"].startswith("Apple Business reported no failure, but"):
            return False
        # a local change of the device made while this sync ran (timestamps are to the second)
        later = query(client, """
            SELECT count(*) FROM activity_items i JOIN activities a ON a.id = i.activity_id
            WHERE i.serial_number = ? AND a.action IN ('assign', 'reassign', 'unassign')
            AND a.created_at >= ?""", (serial, started[0][0]))
        if later[0][0] == 0:
            return False
    return bool(problems)


def command_args(change):
    verb, serial, to = change
    return ["-o", "json", verb, serial] + (["--to", to] if to else [])


def device_states(ledger):
    return query(ledger, "SELECT d.serial_number, d.status, coalesce(s.name, '-') FROM devices d "
                         "LEFT JOIN services s ON s.id = d.service_id ORDER BY 1")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("--full", action="store_true")
    ap.add_argument("--bin")
    ap.add_argument("--keep")
    ap.add_argument("--xfail-known", action="store_true",
                    help=f"do not fail on a sync's exit 3 caused by the known bug {KNOWN_BUG} (CI)")
    args = ap.parse_args()
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(1, 1_000_000)
    size = "full" if args.full else "short"
    s = SIZES[size]
    print(f"concurrency harness: seed {seed} (re-run with --seed {seed}), {size} run: "
          f"{s['changes']} changes, import of {s['import_rows']} rows, {s['devices']} devices, "
          f"latency {s['latency']} ms", flush=True)
    abm = Abm(find_binary(args.bin))
    rng = random.Random(seed)
    work = Path(args.keep or tempfile.mkdtemp(prefix="abmctl-concurrency-"))
    work.mkdir(parents=True, exist_ok=True)
    problems: list[str] = []

    csv_file = work / "import.csv"
    subprocess.run([sys.executable, str(ROOT / "benches" / "gen_orders.py"), str(s["import_rows"]),
                    "--format", "csv", "--seed", str(seed), "--start-index", "30000000",
                    "-o", str(csv_file)], check=True)
    sb = Sandbox(abm, work / "apple.sqlite3", free_port(), devices=s["devices"], seed=seed,
                 extra=["--latency", s["latency"], "--activity-delay", 100])
    try:
        client = work / "client.sqlite3"
        abm.run(client, "-q", "init")
        abm.run(client, "-q", *sb.remote_set_args())
        for c in ("100001", "100002"):
            abm.run(client, "-q", "supplier", "link", "--customer-number", c)
        for c in ("R1000", "R2000", "R3000"):
            abm.run(client, "-q", "supplier", "link", "--reseller-number", c)
        t = time.monotonic()
        abm.run(client, "-q", "sync")
        log(f"first sync: {time.monotonic() - t:.1f} s")
        checkpoint(client)
        replay = work / "replay.sqlite3"
        copy_ledger(client, replay)
        changes = plan_changes(client, s["changes"], rng)
        created_before = sb.activities_created()

        # ---------------------------------------------------------------- at once
        results = {"sync": [], "changes": [], "import": []}
        done = threading.Event()

        def syncs():
            while True:
                p = abm.run(client, "-o", "json", "sync", check=False)
                results["sync"].append(p)
                if done.is_set():
                    break

        def admin():
            for i, change in enumerate(changes):
                results["changes"].append(abm.run(client, *command_args(change), check=False))
                if i == len(changes) // 3:
                    importer.start()

        def do_import():
            results["import"].append(abm.run(client, "-o", "json", "import", csv_file,
                                             check=False))

        importer = threading.Thread(target=do_import)
        a = threading.Thread(target=syncs)
        b = threading.Thread(target=admin)
        t = time.monotonic()
        a.start()
        time.sleep(0.3)
        b.start()
        b.join()
        importer.join()
        done.set()
        a.join()
        concurrent_secs = time.monotonic() - t
        last = abm.run(client, "-o", "json", "sync", check=False)
        results["sync"].append(last)

        # ---------------------------------------------------------------- checks
        every = [("sync", p) for p in results["sync"]] + \
                [("change", p) for p in results["changes"]] + \
                [("import", p) for p in results["import"]]
        known = [p for p in results["sync"] if known_race(client, p)]
        failed = [(k, p) for k, p in every if p.returncode != 0 and
                  not (args.xfail_known and any(p is q for q in known))]
        locked = [(k, p) for k, p in every if any(x in p.stderr for x in LOCKED)]
        for k, p in failed[:5]:
            problems.append(f"{k} exited {p.returncode}: {p.stderr.strip()[:200]}")
        for k, p in locked[:5]:
            problems.append(f"{k} printed a lock error: {p.stderr.strip()[:200]}")
        # every change has its activity
        missing = 0
        for change, p in zip(changes, results["changes"]):
            if p.returncode != 0:
                continue
            doc = json.loads(p.stdout)
            row = query(client, "SELECT action, changed, queued FROM activities WHERE id = ?",
                        (doc["activityId"],))
            if row != [(change[0], doc["changed"], doc["queued"])] or \
                    doc["changed"] + doc["queued"] != 1:
                missing += 1
                if missing <= 3:
                    problems.append(f"{change}: activity {doc['activityId']} is {row}, "
                                    f"result {doc['changed']} changed, {doc['queued']} queued")
        # serial replay on the copy taken before
        for change in changes:
            abm.run(replay, *command_args(change))
        abm.run(replay, "-q", "import", csv_file)
        got, want = device_states(client), device_states(replay)
        lost = sum(1 for x, y in zip(got, want) if x != y) + abs(len(got) - len(want))
        if lost:
            diff = [(x, y) for x, y in zip(got, want) if x != y][:3]
            problems.append(f"{lost} devices differ from the serial replay, e.g. {diff}")
        pending = query(client, "SELECT count(*) FROM devices WHERE pending_sync = 1")[0][0]
        if pending:
            problems.append(f"{pending} devices still pending after the last sync")
        mine = {r[0]: r for r in got}
        disagree = [r for r in sandbox_states(sb.ledger)
                    if r[1] != "RELEASED" and mine.get(r[0]) != r]
        if disagree:
            problems.append(f"the sandbox disagrees on {len(disagree)} devices, e.g. {disagree[0]}")
        problems += integrity(client)
        created = sb.activities_created() - created_before
        pushes = []
        for p in results["sync"]:
            if p.returncode in (0, 3):
                doc = json.loads(p.stdout)
                pushes.append((doc["push"]["activities"], doc["push"]["devices"],
                               doc["push"]["confirmed"]))
        sent = sum(x[0] for x in pushes)
        if created != sent:
            problems.append(f"the sandbox created {created} activities, the syncs sent {sent}")
        changed = sum(json.loads(p.stdout)["queued"] for p in results["changes"]
                      if p.returncode == 0)
        print(table(
            ["what", "runs", "exit 0", "lock errors", "figures"],
            [("sync", len(results["sync"]), sum(p.returncode == 0 for p in results["sync"]),
              sum(1 for k, p in locked if k == "sync"),
              f"{sent} activities for {sum(x[1] for x in pushes)} devices; last sync pending "
              f"{pending}; exit 3 by the known bug {KNOWN_BUG}: {len(known)}"),
             ("assign/reassign/unassign", len(changes),
              sum(p.returncode == 0 for p in results["changes"]),
              sum(1 for k, p in locked if k == "change"),
              f"{changed} changes queued; {missing} without their activity"),
             ("import", 1, sum(p.returncode == 0 for p in results["import"]),
              sum(1 for k, p in locked if k == "import"), f"{s['import_rows']} rows")]))
        print(f"concurrent phase {concurrent_secs:.1f} s; devices differing from the serial "
              f"replay: {lost}; sandbox disagreeing: {len(disagree)}; activities created "
              f"{created} (sent {sent})")
    finally:
        sb.stop()
    for p in problems:
        print(f"FAILED: {p}")
    print("concurrency: " + ("PASS" if not problems else "FAIL") + f" (work dir {work})")
    if not problems and not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    sys.exit(0 if not problems else 1)


if __name__ == "__main__":
    main()
