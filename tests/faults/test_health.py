"""The data folder's health check at start (services.store.health): its states, its time bound on a large
store, the rolling backups, and `ipdesk store check`."""

from __future__ import annotations

import os
import sqlite3
import time

import pytest
from health_support import (
    assert_no_traceback,
    damage_data_pages,
    digest,
    folder,  # noqa: F401 - fixture
    populate,
    run_cli,
)

from ipdesk.services.store import Store, StoreError, backups, health


def test_states(tmp_path, monkeypatch):
    db = tmp_path / "data" / "ipdesk.sqlite3"
    assert health.check(db).state == "ok"  # not made yet: it will be
    populate(db, 50)
    found = health.check(db)
    assert (found.state, found.complete, found.writable) == ("ok", True, True)
    monkeypatch.setattr(health, "LOW_SPACE_BYTES", found.free_bytes * 2)
    low = health.check(db)
    assert low.state == "low_space" and low.writable and "MB of disk space" in low.message()
    monkeypatch.undo()
    damage_data_pages(db)
    before = digest(db)
    assert health.check(db).state == "damaged" and digest(db) == before
    db.unlink()
    db.mkdir()
    assert health.check(db).state == "unopenable"
    assert "是文件夹" in health.check(db).message("zh")


def test_open_checked_opens_what_the_state_allows(tmp_path):
    db = tmp_path / "ipdesk.sqlite3"
    populate(db, 10)
    read_only = health.Health("read_only", db, "permission denied on x")
    with health.open_checked(db, paid_work=False, health=read_only) as store:
        assert store.read_only and store.results.count_results() == 10
        with pytest.raises(StoreError, match="read-only"):  # nothing can be written
            store.state.add_recent("CN100001A", "CN")
    with pytest.raises(health.StoreHealthError) as caught:
        health.open_checked(db, paid_work=True, health=read_only)
    assert "paid work is off" in caught.value.message()


def _large_store(path, megabytes: int) -> None:
    """A store of about `megabytes` MB of stored answers, written directly (fast)."""
    Store(path).close()
    conn = sqlite3.connect(path)
    payload = "x" * 2000
    rows = megabytes * 1024 * 1024 // 2100
    conn.executemany(
        "INSERT INTO results (op, key, variant, payload, fetched_at, profile) VALUES ('C027', ?, 'en', ?, "
        "'2026-01-01T00:00:00+00:00', '')",
        ((f"CN{i}A", payload) for i in range(rows)),
    )
    conn.commit()
    conn.close()


def test_quick_check_is_bounded_on_a_large_store(tmp_path):
    db = tmp_path / "ipdesk.sqlite3"
    _large_store(db, 300)
    os.system(f"cat {db} > /dev/null")  # warm cache, as after the first start
    started = time.perf_counter()
    found = health.check(db)
    elapsed = time.perf_counter() - started
    print(
        f"health check of a {db.stat().st_size / 1e6:.0f} MB store: {elapsed * 1000:.0f} ms, complete={found.complete}"
    )
    assert found.state == "ok"
    assert elapsed < health.QUICK_CHECK_BUDGET_S + 0.3


def test_rolling_backups_once_a_day_keeping_the_newest(tmp_path, monkeypatch):
    db = tmp_path / "ipdesk.sqlite3"
    populate(db, 20)
    first = backups.rolling_backup(db)
    assert first is not None and oct(first.stat().st_mode & 0o777) == "0o600"
    assert backups.rolling_backup(db) is None  # not twice a day
    made = [first]
    for i in range(backups.KEEP + 2):
        for old in backups.rolling_backups(db):  # a day older, each
            stamp = old.stat().st_mtime - backups.INTERVAL_S - 10
            os.utime(old, (stamp, stamp))
        made.append(backups.rolling_backup(db))
        assert made[-1] is not None, i
    kept = backups.rolling_backups(db)
    assert len(kept) == backups.KEEP and kept[0] == made[-1]
    assert all(backups.intact(p) for p in kept)


def test_cli_makes_a_rolling_backup_after_a_healthy_check(folder):  # noqa: F811
    db = folder / "data" / "ipdesk.sqlite3"
    populate(db, 20)
    proc = run_cli(folder, "jobs")
    assert proc.returncode == 0, proc.stderr
    (copy,) = (folder / "data" / "backups").iterdir()
    assert backups.intact(copy)


def test_cli_store_check(folder):  # noqa: F811
    db = folder / "data" / "ipdesk.sqlite3"
    populate(db, 20)
    proc = run_cli(folder, "store", "check")
    assert proc.returncode == 0 and "is healthy" in proc.stdout, proc.stderr
    zh = run_cli(folder, "store", "check", LANG="zh_CN.UTF-8")
    assert "状态良好" in zh.stdout
    db.chmod(0o444)
    proc = run_cli(folder, "store", "check")
    assert proc.returncode == 1 and "read-only" in proc.stdout
    assert_no_traceback(proc.stderr)
