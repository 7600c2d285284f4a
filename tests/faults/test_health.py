"""The data folder's health check at start (services.store.health): its states, its time bound on a large
store, the rolling backups, and `ipdesk store check`."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import time

import pytest
from support import (
    IS_ROOT,
    NOBODY,
    assert_no_traceback,
    damage_data_pages,
    digest,
    missing,
    populate,
    run_in,
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
    """A store larger than the check can read in its budget: the check stops at the budget and calls the store
    healthy (unfinished). Shown with a small budget on a ~90 MB store (the default, 0.3 s, bounds a store of
    any size the same way; measured: 2 MB 2 ms, 47 MB 42 ms, 233 MB 158 ms complete, 700 MB stopped at 0.3 s)."""
    db = tmp_path / "ipdesk.sqlite3"
    _large_store(db, 40)
    budget = 0.02
    started = time.perf_counter()
    found = health.check(db, budget_s=budget)
    elapsed = time.perf_counter() - started
    assert found.state == "ok" and found.complete is False
    assert elapsed < budget + 0.25, elapsed
    populate(tmp_path / "small.sqlite3", 20)
    assert health.check(tmp_path / "small.sqlite3").complete  # a small one is checked whole


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


def test_cli_makes_a_rolling_backup_after_a_healthy_check(folder):
    db = folder / "data" / "ipdesk.sqlite3"
    populate(db, 20)
    proc = run_in(folder, "jobs")
    assert proc.returncode == 0, proc.stderr
    (copy,) = (folder / "data" / "backups").iterdir()
    assert backups.intact(copy)


def test_cli_store_check(folder):
    db = folder / "data" / "ipdesk.sqlite3"
    populate(db, 20)
    proc = run_in(folder, "store", "check")
    assert proc.returncode == 0 and "is healthy" in proc.stdout, proc.stderr
    zh = run_in(folder, "store", "check", LANG="zh_CN.UTF-8")
    assert "状态良好" in zh.stdout
    db.chmod(0o444)
    proc = run_in(folder, "store", "check")
    assert proc.returncode == 1 and "read-only" in proc.stdout
    assert_no_traceback(proc.stderr)


def test_gui_with_a_profile_checks_and_backs_up_the_paid_database(qloop, qtbot, data_dir, monkeypatch):
    """The real main window with a saved profile (its secret missing, as on a new machine): the database of
    paid answers is checked when the profile is installed and backed up (once a day); checked again with too
    little free space, the bar says so (the threshold raised above the free space)."""
    from ipdesk.services.profiles import Profile, ProfileStore
    from ipdesk.ui.app import create_main_window
    from ipdesk.ui.core.settings import QSettingsBackend, make_settings

    populate(data_dir / "ipdesk.sqlite3", 20)
    profiles = ProfileStore(QSettingsBackend(make_settings()))
    profiles.save(Profile("work", "https://connect.patsnap.com", "client_credentials", "id"))
    profiles.set_current("work")
    window = create_main_window()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.context.health() is not None and not window.context.demo, timeout=10000)
    qtbot.waitUntil(
        lambda: (data_dir / "backups").is_dir() and any((data_dir / "backups").iterdir()), timeout=10000
    )
    assert window.context.health().state == "ok" and not window.store_banner.isVisible()
    monkeypatch.setattr(health, "LOW_SPACE_BYTES", 1 << 62)  # more than any disk has free
    window.context.reopen_store()  # as "Check again" does
    qtbot.waitUntil(window.store_banner.isVisible, timeout=5000)
    assert window.context.health().state == "low_space"
    assert "MB of disk space" in window.store_banner.label.text()
    assert window.context.paid_work_refusal() is None  # low space warns; it does not stop paid work
    (copy,) = (data_dir / "backups").iterdir()
    assert backups.intact(copy)
    window.close()


def test_cli_warns_when_the_data_folder_is_nearly_full(folder):
    """The data folder on a 16 MB file system (a tmpfs the test mounts as root): commands still run and say
    how much space is left and why it matters."""
    if not IS_ROOT:
        missing("mounting a small file system needs root")
    data = folder / "data"
    options = f"size=16m,mode=0700,uid={NOBODY},gid={NOBODY}"
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(data)], capture_output=True, text=True
    )
    if mounted.returncode != 0:
        missing(f"cannot mount a tmpfs: {mounted.stderr.strip()}")
    populate(data / "ipdesk.sqlite3", 20)
    proc = run_in(folder, "jobs")
    assert proc.returncode == 0, proc.stderr
    assert_no_traceback(proc.stderr)
    assert "MB of disk space is left" in proc.stderr and "fetched (and paid for) again" in proc.stderr
    check = run_in(folder, "store", "check")
    assert check.returncode == 0 and "MB of disk space" in check.stdout
