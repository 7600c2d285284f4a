"""A damaged database (garbage in its data pages, or not a database at all) is never written to: the command
line and the GUI say so in words, and offer to restore the newest backup or start a new database, keeping the
damaged file. Real `ipdesk` processes and the real GUI start (offscreen), unprivileged."""

from __future__ import annotations

import pytest
from support import (
    assert_no_traceback,
    damage_data_pages,
    digest,
    integrity,
    populate,
    run_gui,
    run_in,
    stored_count,
)

COUNT = 300


def _damage(db, how: str) -> None:
    if how == "pages":
        damage_data_pages(db)
    else:
        db.write_bytes(b"this is a spreadsheet, not a database\n" * 2000)


def _damaged_store(base, name: str, how: str):
    """A populated store ``data/<name>``, then damaged; (its path, the damaged bytes' digest)."""
    db = base / "data" / name
    populate(db, COUNT)
    _damage(db, how)
    return db, digest(db)


def _kept(data, name):
    """The damaged files moved aside (not their -wal/-shm)."""
    return [
        p
        for p in data.iterdir()
        if p.name.startswith(f"{name}.damaged-") and not p.name.endswith(("-wal", "-shm"))
    ]


@pytest.mark.parametrize("how", ["pages", "not_a_database"])
def test_cli_says_damaged_and_writes_nothing(folder, how):
    db, before = _damaged_store(folder, "ipdesk.sqlite3", how)
    (folder / "home" / "in.txt").write_text("CN100001A\n")
    for command in (
        ["jobs"],
        ["usage"],
        ["classify", "--input", str(folder / "home" / "in.txt"), "--yes", "--base-url", "http://127.0.0.1:9"],
    ):
        proc = run_in(folder, *command, PATSNAP_API_KEY="not-a-real-key")
        assert proc.returncode == 2, (command, proc.stderr)
        assert_no_traceback(proc.stderr)
        assert "is damaged" in proc.stderr and "ipdesk store restore" in proc.stderr, proc.stderr
        assert "ipdesk store new" in proc.stderr
    assert digest(db) == before
    check = run_in(folder, "store", "check")
    assert check.returncode == 2 and "is damaged" in check.stdout


def test_cli_store_restore_brings_back_the_newest_backup(folder):
    data = folder / "data"
    db = data / "ipdesk.sqlite3"
    populate(db, COUNT)
    backup = run_in(folder, "store", "backup")
    assert backup.returncode == 0, backup.stderr
    damage_data_pages(db)
    damaged = digest(db)
    proc = run_in(folder, "store", "restore")
    assert proc.returncode == 0, proc.stderr
    assert_no_traceback(proc.stderr)
    assert "Restored" in proc.stderr
    (aside,) = _kept(data, "ipdesk.sqlite3")
    assert digest(aside) == damaged  # the damaged file is kept as it was
    assert integrity(db) == "ok" and stored_count(db) == COUNT
    jobs = run_in(folder, "jobs")
    assert jobs.returncode == 0, jobs.stderr


def test_cli_store_restore_and_new_leave_a_healthy_database(folder):
    db = folder / "data" / "ipdesk.sqlite3"
    populate(db, COUNT)
    assert run_in(folder, "store", "backup").returncode == 0
    before = digest(db)
    for action in ("restore", "new"):
        proc = run_in(folder, "store", action)
        assert proc.returncode == 2 and "is healthy: nothing was moved" in proc.stderr, proc.stderr
    assert digest(db) == before and not _kept(folder / "data", "ipdesk.sqlite3")


def test_cli_store_restore_without_backup_moves_nothing(folder):
    db = folder / "data" / "ipdesk.sqlite3"
    populate(db, COUNT)
    _damage(db, "not_a_database")
    before = digest(db)
    proc = run_in(folder, "store", "restore")
    assert proc.returncode == 2
    assert_no_traceback(proc.stderr)
    assert "no intact backup" in proc.stderr
    assert digest(db) == before


def test_cli_store_new_keeps_the_damaged_file(folder):
    db, damaged = _damaged_store(folder, "ipdesk.sqlite3", "pages")
    proc = run_in(folder, "store", "new")
    assert proc.returncode == 0, proc.stderr
    assert [digest(p) for p in _kept(folder / "data", "ipdesk.sqlite3")] == [damaged]
    jobs = run_in(folder, "jobs")
    assert jobs.returncode == 0 and "No unfinished jobs" in jobs.stderr, jobs.stderr
    assert integrity(db) == "ok"


@pytest.mark.parametrize("how", ["pages", "not_a_database"])
def test_gui_offers_restore_and_never_writes_the_damaged_file(folder, how):
    db, before = _damaged_store(folder, "demo.sqlite3", how)
    result = run_gui(folder, "classify")
    start = result["start"]
    assert start["state"] == "damaged" and start["banner"] and start["dialog"]
    assert "is damaged" in start["dialog_text"]
    assert result["classify"]["started"] is False
    (refusal,) = result["classify"]["errors"]
    assert "is damaged" in refusal and "Accounts" not in refusal
    assert_no_traceback(result["stderr"])
    assert digest(db) == before


def test_gui_restores_the_newest_backup(folder):
    data = folder / "data"
    db = data / "demo.sqlite3"
    populate(db, COUNT)
    assert run_in(folder, "--demo", "store", "backup").returncode == 0
    damage_data_pages(db)
    damaged = digest(db)
    result = run_gui(folder, "restore")
    assert result["start"]["dialog"]
    after = result["after"]
    assert after["state"] == "ok" and not after["banner"] and after["refusal"] is None
    assert integrity(db) == "ok" and stored_count(db) == COUNT
    kept = _kept(data, "demo.sqlite3")
    assert [digest(p) for p in kept] == [damaged]
    assert_no_traceback(result["stderr"])


def test_gui_starts_a_new_database(folder):
    db, damaged = _damaged_store(folder, "demo.sqlite3", "not_a_database")
    data = folder / "data"
    result = run_gui(folder, "new")
    assert result["after"]["state"] == "ok" and result["after"]["refusal"] is None
    assert integrity(db) == "ok" and stored_count(db) == 0
    kept = _kept(data, "demo.sqlite3")
    assert [digest(p) for p in kept] == [damaged]
