"""The SQLite database under the store: file creation, pragmas, permissions, migrations and their backups,
newer-version refusal, damaged files."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
import sys

import pytest

from ipdesk.services.store import Store, StoreError, StoreVersionError
from ipdesk.services.store.migrations import SCHEMA_VERSION

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def _tables(path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        conn.close()


def test_new_database_is_current_and_in_wal_mode(tmp_path):
    with Store(tmp_path / "new.sqlite3") as store:
        assert store.database.pragma("user_version") == SCHEMA_VERSION
        assert store.database.pragma("journal_mode") == "wal"
        assert store.database.pragma("synchronous") == 1  # NORMAL
        assert store.database.pragma("busy_timeout") > 0
        assert store.database.found_version == 0
    assert {"results", "jobs", "job_items", "usage", "app_state", "watchlist", "recent_items"} <= _tables(
        tmp_path / "new.sqlite3"
    )


def test_migrates_an_empty_file(tmp_path):
    path = tmp_path / "empty.sqlite3"
    path.touch()
    with Store(path) as store:
        assert store.database.pragma("user_version") == SCHEMA_VERSION
        store.state.set_state("x", 1)
        assert store.state.get_state("x") == 1
    assert not list(tmp_path.glob("*.bak"))  # nothing worth backing up


@posix_only
def test_files_are_private_even_with_a_permissive_umask(tmp_path):
    old = os.umask(0)
    try:
        folder = tmp_path / "fresh"
        with Store(folder / "db.sqlite3") as store:
            store.results.put_result("P022", "US1", {"x": 1}, "en")
            files = [folder / "db.sqlite3", folder / "db.sqlite3-wal", folder / "db.sqlite3-shm"]
            for f in files:
                assert f.exists()
                assert _mode(f) == 0o600, f
        assert _mode(folder) == 0o700
    finally:
        os.umask(old)


def _make_v1_database(path) -> None:
    """A database as IP Desk schema version 1 wrote it (spelled out here, independent of migrations.py)."""
    conn = sqlite3.connect(path)
    conn.executescript(
        """
        CREATE TABLE results (op TEXT NOT NULL, key TEXT NOT NULL, variant TEXT NOT NULL DEFAULT '',
            payload TEXT NOT NULL, fetched_at TEXT NOT NULL, profile TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (op, key, variant)) WITHOUT ROWID;
        CREATE TABLE jobs (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, params TEXT NOT NULL DEFAULT '{}',
            status TEXT NOT NULL DEFAULT 'pending', created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
        CREATE TABLE job_items (job_id INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
            key TEXT NOT NULL, seq INTEGER NOT NULL, state TEXT NOT NULL DEFAULT 'pending', error_code,
            error_message TEXT, PRIMARY KEY (job_id, key)) WITHOUT ROWID;
        CREATE INDEX job_items_by_state ON job_items (job_id, state, seq);
        CREATE TABLE usage (day TEXT NOT NULL, profile TEXT NOT NULL, op TEXT NOT NULL,
            calls INTEGER NOT NULL DEFAULT 0, results INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (day, profile, op)) WITHOUT ROWID;
        CREATE TABLE app_state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        INSERT INTO results VALUES ('P022', 'CN110650438A', 'cn', '[{"pn": "CN110650438A"}]',
            '2025-03-02T08:00:00.000000+00:00', 'work');
        INSERT INTO jobs VALUES (7, 'classify', '{"lang": "cn"}', 'paused',
            '2025-03-02T08:00:00.000000+00:00', '2025-03-02T08:00:00.000000+00:00');
        INSERT INTO job_items VALUES (7, 'CN110650438A', 0, 'done', NULL, NULL);
        INSERT INTO job_items VALUES (7, 'US9800501B2', 1, 'pending', NULL, NULL);
        INSERT INTO usage VALUES ('2025-03-02', 'work', 'P022', 1, 1);
        INSERT INTO app_state VALUES ('last_job', '7');
        PRAGMA user_version = 1;
        """
    )
    conn.close()


@contextlib.contextmanager
def _backup(path, version: int):
    """The backup made before migrating a schema-`version` database (it must still be at that version)."""
    backup = path.with_name(f"{path.name}.v{version}.bak")
    assert backup.exists()
    conn = sqlite3.connect(backup)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == version
        yield conn
    finally:
        conn.close()


def test_migrates_v1_to_current_with_a_backup(tmp_path):
    path = tmp_path / "ipdesk.sqlite3"
    _make_v1_database(path)
    with Store(path) as store:
        assert store.database.found_version == 1
        assert store.database.pragma("user_version") == SCHEMA_VERSION
        cached = store.results.get_result("P022", "CN110650438A", "cn")
        assert cached.payload == [{"pn": "CN110650438A"}] and cached.profile == "work"
        job = store.jobs.job(7)
        assert (job.kind, job.status, job.params, job.total, job.done) == (
            "classify",
            "paused",
            {"lang": "cn"},
            2,
            1,
        )
        assert store.jobs.pending_keys(7) == ["US9800501B2"]
        assert store.state.get_state("last_job") == 7
        assert [(u.profile, u.calls) for u in store.usage.usage()] == [("work", 1)]
        # the tables added after v1 work
        company = store.watchlist.add_company("company_name", "苏州瀚川智能科技股份有限公司")
        assert store.watchlist.list_companies() == [company]
        store.state.add_recent("US9800501B2", "EN")
        assert store.state.recent()[0].patent == "US9800501B2"
    with _backup(path, 1) as conn:
        assert conn.execute("SELECT COUNT(*) FROM job_items").fetchone()[0] == 2
        assert "watchlist" not in {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    if sys.platform != "win32":
        assert _mode(tmp_path / "ipdesk.sqlite3.v1.bak") == 0o600
    # opening again neither migrates nor backs up again
    with Store(path) as store:
        assert store.database.found_version == SCHEMA_VERSION
    assert [p.name for p in tmp_path.glob("*.bak")] == ["ipdesk.sqlite3.v1.bak"]


def _make_v2_database(path) -> None:
    """A v1 database plus the schema-2 tables as IP Desk wrote them, with two watched companies."""
    _make_v1_database(path)
    conn = sqlite3.connect(path)
    conn.executescript(
        """
        CREATE TABLE watchlist (id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('credit_code', 'org_number', 'company_name')),
            value TEXT NOT NULL, display_name TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '',
            tags TEXT NOT NULL DEFAULT '[]', added_at TEXT NOT NULL, last_refreshed TEXT,
            last_release_checked TEXT, flags_new INTEGER NOT NULL DEFAULT 0,
            verify_override INTEGER NOT NULL DEFAULT 0, UNIQUE (kind, value));
        CREATE TABLE recent_items (id INTEGER PRIMARY KEY, patent TEXT NOT NULL, lang TEXT NOT NULL,
            opened_at TEXT NOT NULL, UNIQUE (patent, lang));
        INSERT INTO watchlist VALUES (3, 'credit_code', '91110108551385082Q', '小米', 'supplier',
            '["supplier"]', '2025-03-02T08:00:00.000000+00:00', '2025-03-02T09:00:00.000000+00:00',
            '2025-03-01', 1, 0);
        INSERT INTO watchlist VALUES (5, 'company_name', '北京不存在科技有限公司', '', '', '[]',
            '2025-03-02T08:00:00.000000+00:00', NULL, '2025-03-01', 0, 0);
        INSERT INTO recent_items VALUES (1, 'US9800501B2', 'EN', '2025-03-02T08:00:00.000000+00:00');
        PRAGMA user_version = 2;
        """
    )
    conn.close()


def test_migrates_v2_to_current_keeping_the_watchlist(tmp_path):
    path = tmp_path / "ipdesk.sqlite3"
    _make_v2_database(path)
    with Store(path) as store:
        assert store.database.found_version == 2
        assert store.database.pragma("user_version") == SCHEMA_VERSION
        xiaomi, missing = store.watchlist.list_companies()
        assert (xiaomi.id, xiaomi.kind, xiaomi.value, xiaomi.display_name, xiaomi.note) == (
            3,
            "credit_code",
            "91110108551385082Q",
            "小米",
            "supplier",
        )
        assert xiaomi.tags == ("supplier",) and xiaomi.flags_new and xiaomi.last_refreshed is not None
        assert str(xiaomi.last_release_checked) == "2025-03-01"
        assert (missing.id, missing.kind, missing.value) == (5, "company_name", "北京不存在科技有限公司")
        # a company migrated from v2 has no stored refresh error; one can be recorded now
        assert not xiaomi.failed and not missing.failed and missing.last_error_at is None
        store.watchlist.update_company(missing.id, last_error_code=68300012, last_error_at=xiaomi.added_at)
        assert store.watchlist.get_company(missing.id).last_error_code == 68300012
        assert store.state.recent()[0].patent == "US9800501B2"
        assert store.state.get_state("last_job") == 7
    with _backup(path, 2) as conn:
        assert conn.execute("SELECT COUNT(*) FROM watchlist").fetchone()[0] == 2
        assert "last_error_code" not in {r[1] for r in conn.execute("PRAGMA table_info(watchlist)")}
    with Store(path) as store:  # opening again neither migrates nor backs up again
        assert store.database.found_version == SCHEMA_VERSION
        assert store.watchlist.get_company(5).last_error_code == 68300012
    assert [p.name for p in tmp_path.glob("*.bak")] == ["ipdesk.sqlite3.v2.bak"]


def test_a_failing_migration_changes_nothing(tmp_path):
    path = tmp_path / "ipdesk.sqlite3"
    _make_v1_database(path)
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recent_items (x)")  # collides with what the v2 migration creates
    conn.commit()
    conn.close()
    with pytest.raises(StoreError):
        Store(path)
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert "watchlist" not in names  # created by the same migration step before the failure: rolled back
        assert conn.execute("SELECT COUNT(*) FROM job_items").fetchone()[0] == 2
    finally:
        conn.close()
    assert (tmp_path / "ipdesk.sqlite3.v1.bak").exists()


def test_newer_database_is_refused_with_a_clear_message(tmp_path):
    path = tmp_path / "future.sqlite3"
    newer = SCHEMA_VERSION + 3
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE something_new (x)")
    conn.execute(f"PRAGMA user_version = {newer}")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreVersionError) as caught:
        Store(path)
    message = str(caught.value)
    assert str(newer) in message and str(SCHEMA_VERSION) in message
    assert "Update IP Desk" in message and str(path) in message
    assert (caught.value.found, caught.value.supported) == (newer, SCHEMA_VERSION)
    assert isinstance(caught.value, StoreError)
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("*.bak"))


def test_a_file_that_is_not_a_database_gives_a_store_error(tmp_path):
    path = tmp_path / "garbage.sqlite3"
    path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError, match="not an IP Desk database or is damaged"):
        Store(path)
