"""Shared helpers of the reliability harnesses (Python 3 standard library only).

They run the real `abmctl` binary: ledgers are copied, commands are run as child processes,
sandboxes (`abmctl sandbox serve`) are started on loopback and stopped, and ledgers are read
read-only with the `sqlite3` module (the `sqlite3` shell is used for the integrity checks when it
is installed, as an admin would run them).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent


def find_binary(given: str | None) -> str:
    """The abmctl to test: --bin, $ABMCTL_BIN, else the release build, else the debug one."""
    for candidate in (given, os.environ.get("ABMCTL_BIN")):
        if candidate:
            return str(Path(candidate).resolve())
    for profile in ("release", "debug"):
        p = ROOT / "target" / profile / "abmctl"
        if p.exists():
            return str(p)
    sys.exit("abmctl binary not found: build it (cargo build --release) or pass --bin")


def base_env() -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ABMCTL_")}
    env["NO_COLOR"] = "1"
    env["ABMCTL_ACTOR"] = "reliability"
    return env


class Abm:
    """Runs one abmctl binary with a clean environment."""

    def __init__(self, binary: str):
        self.bin = binary
        self.env = base_env()

    def run(self, ledger, *args, env=None, check=True, timeout=600):
        e = dict(self.env)
        if env:
            e.update(env)
        p = subprocess.run(
            [self.bin, "--ledger", str(ledger), *map(str, args)],
            env=e,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            timeout=timeout,
        )
        if check and p.returncode != 0:
            raise RuntimeError(
                f"abmctl {' '.join(map(str, args))} exited {p.returncode}: {p.stderr.strip()}"
            )
        return p

    def popen(self, ledger, *args, env=None):
        e = dict(self.env)
        if env:
            e.update(env)
        return subprocess.Popen(
            [self.bin, "--ledger", str(ledger), *map(str, args)],
            env=e,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Sandbox:
    """`abmctl --ledger LEDGER sandbox serve` on 127.0.0.1:PORT, stopped by stop()."""

    def __init__(self, abm: Abm, ledger, port: int, extra=(), devices=None, seed=None):
        args = ["sandbox", "serve", "-o", "jsonl", "--listen", f"127.0.0.1:{port}"]
        if devices is not None:
            args += ["--devices", str(devices), "--seed", str(seed or 1)]
        args += list(map(str, extra))
        self.ledger = Path(ledger)
        deadline = time.time() + 20
        # The request log (one line per request) goes to a file beside the ledger.
        self.log = Path(str(ledger) + ".log")
        while True:
            with open(self.log, "w") as errors:
                self.proc = subprocess.Popen(
                    [abm.bin, "--ledger", str(ledger), *args],
                    env=abm.env,
                    stdout=subprocess.PIPE,
                    stderr=errors,
                    text=True,
                )
            line = self.proc.stdout.readline()
            if line.strip():
                break
            # The port may still be held by the previous sandbox: try again shortly.
            self.proc.wait()
            if time.time() > deadline:
                raise RuntimeError("the sandbox did not start: " + self.log.read_text()[-500:])
            time.sleep(0.3)
        self.start = json.loads(line)
        # Keep draining stdout so that the server never blocks on a full pipe.
        threading.Thread(target=self.proc.stdout.read, daemon=True).start()
        self.base_url = self.start["baseUrl"]

    def remote_set_args(self):
        words = self.start["remoteSet"].split()
        assert words[:3] == ["abmctl", "remote", "set"], words
        return words[1:]

    def stats(self) -> dict:
        with urllib.request.urlopen(self.base_url + "/__sandbox/stats", timeout=30) as r:
            return json.loads(r.read())

    def activities_created(self) -> int:
        return self.stats()["byRoute"].get("POST /v1/orgDeviceActivities", {}).get("201", 0)

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def copy_ledger(src, dst):
    """Copies a ledger (and its -wal, if any) as it is on disk."""
    src, dst = Path(src), Path(dst)
    for suffix in ("-wal", "-shm", "-journal"):
        Path(str(dst) + suffix).unlink(missing_ok=True)
    shutil.copyfile(src, dst)
    for suffix in ("-wal",):
        if Path(str(src) + suffix).exists():
            shutil.copyfile(str(src) + suffix, str(dst) + suffix)


def checkpoint(ledger):
    """Folds the WAL into the main file, so that a plain file copy is the whole ledger."""
    c = sqlite3.connect(str(ledger), timeout=60)
    c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    c.close()


def query(ledger, sql, params=()):
    c = sqlite3.connect(str(ledger), timeout=60)
    try:
        return c.execute(sql, params).fetchall()
    finally:
        c.close()


def integrity(ledger) -> list[str]:
    """Problems found by PRAGMA integrity_check and foreign_key_check (empty when clean)."""
    problems = []
    if shutil.which("sqlite3"):
        p = subprocess.run(
            ["sqlite3", str(ledger), "PRAGMA integrity_check", "PRAGMA foreign_key_check"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        lines = p.stdout.split("\n")
        if p.returncode != 0 or not lines or lines[0] != "ok":
            problems.append(f"integrity_check: {p.stdout[:300]}{p.stderr[:300]}")
        elif any(x.strip() for x in lines[1:]):
            problems.append(f"foreign_key_check: {' '.join(lines[1:])[:300]}")
        return problems
    rows = query(ledger, "PRAGMA integrity_check")
    if rows != [("ok",)]:
        problems.append(f"integrity_check: {rows[:5]}")
    fk = query(ledger, "PRAGMA foreign_key_check")
    if fk:
        problems.append(f"foreign_key_check: {fk[:5]}")
    return problems


DEVICE_STATE = """
SELECT d.serial_number, d.status, coalesce(s.name, '-'), coalesce(d.enrollment_status, '-'),
       d.pending_sync
FROM devices d LEFT JOIN services s ON s.id = d.service_id ORDER BY d.serial_number"""


def device_rows(ledger, pending=True):
    rows = query(ledger, DEVICE_STATE)
    if not pending:
        rows = [r[:4] for r in rows]
    return rows


def digest(rows) -> str:
    h = hashlib.sha256()
    for r in rows:
        h.update("\x1f".join(map(str, r)).encode())
        h.update(b"\n")
    return h.hexdigest()[:16]


def activity_rows(ledger):
    """(action, requested, changed, queued) of every activity that changed something."""
    return query(
        ledger,
        "SELECT action, requested, changed, queued FROM activities "
        "WHERE changed > 0 OR queued > 0 ORDER BY id",
    )


def sandbox_states(ledger):
    """What "Apple" has: serial, status, service of every device of a sandbox ledger."""
    return query(
        ledger,
        "SELECT d.serial_number, d.status, coalesce(s.name, '-') FROM devices d "
        "LEFT JOIN services s ON s.id = d.service_id ORDER BY 1",
    )


def table(headers, rows) -> str:
    widths = [len(h) for h in headers]
    for r in rows:
        for i, v in enumerate(r):
            widths[i] = max(widths[i], len(str(v)))
    out = ["  ".join(h.ljust(widths[i]) for i, h in enumerate(headers))]
    out.append("  ".join("-" * w for w in widths))
    for r in rows:
        out.append("  ".join(str(v).ljust(widths[i]) for i, v in enumerate(r)))
    return "\n".join(out)
