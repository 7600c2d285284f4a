"""The fault matrix (issue 15): real ``ipdesk`` processes (and the GUI offscreen) against the sandbox's request
log. Each test asserts the exit code or message, no traceback, no key paid twice, no paid answer lost and an intact
database (``PRAGMA integrity_check``), and reports its numbers (``bench_report``, shown in the terminal summary).

- ``test_concurrency.py``: several processes on one data folder fetch every key once; a list started twice
  follows the first run.
- ``test_disk_full.py``: the data folder on a 2 MB file system (tmpfs mounted by the test as root; under
  CI=true a machine where it cannot be mounted is a failure, not a skip).
- ``test_interrupts.py``: one and two SIGINTs to ``ipdesk classify`` during slow answers.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from ipdesk.sandbox.credentials import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET
from ipdesk.sandbox.server import SandboxServer


def cli_env(server: SandboxServer, data_dir: Path, **extra: str) -> dict[str, str]:
    env = dict(
        os.environ,
        IPDESK_BASE_URL=server.base_url,
        PATSNAP_CLIENT_ID=DEMO_CLIENT_ID,
        PATSNAP_CLIENT_SECRET=DEMO_CLIENT_SECRET,
        IPDESK_DATA_DIR=str(data_dir),
        LANG="C",
    )
    env.update(extra)
    return env


def classify_command(src: Path, out: Path) -> list[str]:
    return [sys.executable, "-m", "ipdesk", "classify", "--input", str(src), "--output", str(out), "--yes"]


def start_cli(server, data_dir, src, out, **extra) -> subprocess.Popen:
    return subprocess.Popen(
        classify_command(src, out),
        env=cli_env(server, data_dir, **extra),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )


def requested_keys(server: SandboxServer, since: float = 0.0, op: str = "P022") -> Counter:
    """How many times each key was sent in a call of ``op`` (the sandbox's request log)."""
    keys: Counter = Counter()
    for entry in server.requests_log:
        if entry["op"] == op and entry["time"] >= since:
            for name in ("patent_number", "patent_id"):
                value = entry["query"].get(name)
                if value:
                    keys.update(value.split(","))
    return keys


def stored_keys(db: Path) -> set[str]:
    with sqlite3.connect(db) as conn:
        return {row[0] for row in conn.execute("SELECT key FROM results WHERE op = 'P022'")}


def integrity(db: Path) -> str:
    with sqlite3.connect(db) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]


def synthetic_keys(n: int, start: int = 0) -> list[str]:
    return [f"US{30000000 + i}B2" for i in range(start, start + n)]


def p022_calls(server: SandboxServer) -> int:
    return sum(1 for e in server.requests_log if e["op"] == "P022")


def wait_for_calls(
    server: SandboxServer, calls: int, proc: subprocess.Popen | None = None, timeout: float = 30
):
    """Wait until the sandbox has received ``calls`` P022 calls (the process ``proc`` must still run)."""
    deadline = time.monotonic() + timeout
    while p022_calls(server) < calls:
        if proc is not None:
            assert proc.poll() is None, proc.stderr.read()
        assert time.monotonic() < deadline, "the run did not make its calls"
        time.sleep(0.02)


def write_list(folder: Path, keys: list[str], name: str = "list.txt") -> Path:
    path = folder / name
    path.write_text("\n".join(keys), encoding="utf-8")
    return path


def type_list(tab, qtbot, keys: list[str]) -> None:
    """Put the list in a Classification tab and wait for its counts (nothing is sent)."""
    tab.input.set_text("\n".join(keys))
    qtbot.waitUntil(
        lambda: tab.input.parsed is not None and tab.input.parsed.unique == len(keys), timeout=20000
    )
    qtbot.waitUntil(lambda: not tab.input.pending(), timeout=20000)
