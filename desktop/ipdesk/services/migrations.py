"""Versioned schema of the IP Desk database.

The schema version lives in ``PRAGMA user_version``. ``MIGRATIONS[i]`` takes a database from version ``i`` to
``i + 1``; a new version appends a function here and never edits an old one. Before an existing database is
migrated, a copy is written next to it (``<file>.v<old>.bak``) with SQLite's online backup API.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

log = logging.getLogger(__name__)


class StoreError(Exception):
    """The database cannot be used (damaged, not an IP Desk database, closed)."""


class StoreVersionError(StoreError):
    """The database was written by a newer IP Desk than this one."""

    def __init__(self, path: str | os.PathLike[str], found: int, supported: int) -> None:
        self.path = str(path)
        self.found = found
        self.supported = supported
        super().__init__(
            f"The IP Desk database {self.path} has schema version {found}, but this version of IP Desk only "
            f"supports schema versions up to {supported}: it was written by a newer IP Desk. "
            f"Update IP Desk to the latest version to open it. The file has not been changed."
        )


def _execute_all(conn: sqlite3.Connection, script: str) -> None:
    """Run the statements of ``script`` one by one inside the open transaction.

    (``Connection.executescript`` would COMMIT the surrounding transaction first.) The scripts of this module
    hold no ';' other than between statements.
    """
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)


def _v1(conn: sqlite3.Connection) -> None:
    """Results cache, batch jobs, usage ledger and key/value app state."""
    _execute_all(
        conn,
        """
        CREATE TABLE results (
            op TEXT NOT NULL,
            key TEXT NOT NULL,
            variant TEXT NOT NULL DEFAULT '',
            payload TEXT NOT NULL,
            fetched_at TEXT NOT NULL,
            profile TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (op, key, variant)
        ) WITHOUT ROWID;
        CREATE TABLE jobs (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            params TEXT NOT NULL DEFAULT '{}',
            status TEXT NOT NULL DEFAULT 'pending',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE job_items (
            job_id INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            seq INTEGER NOT NULL,
            state TEXT NOT NULL DEFAULT 'pending',
            error_code,
            error_message TEXT,
            PRIMARY KEY (job_id, key)
        ) WITHOUT ROWID;
        CREATE INDEX job_items_by_state ON job_items (job_id, state, seq);
        CREATE TABLE usage (
            day TEXT NOT NULL,
            profile TEXT NOT NULL,
            op TEXT NOT NULL,
            calls INTEGER NOT NULL DEFAULT 0,
            results INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (day, profile, op)
        ) WITHOUT ROWID;
        CREATE TABLE app_state (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        """,
    )


def _v2(conn: sqlite3.Connection) -> None:
    """Risk watchlist and the recently opened full texts."""
    _execute_all(
        conn,
        """
        CREATE TABLE watchlist (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('credit_code', 'org_number', 'company_name')),
            value TEXT NOT NULL,
            display_name TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            tags TEXT NOT NULL DEFAULT '[]',
            added_at TEXT NOT NULL,
            last_refreshed TEXT,
            last_release_checked TEXT,
            flags_new INTEGER NOT NULL DEFAULT 0,
            verify_override INTEGER NOT NULL DEFAULT 0,
            UNIQUE (kind, value)
        );
        CREATE TABLE recent_items (
            id INTEGER PRIMARY KEY,
            patent TEXT NOT NULL,
            lang TEXT NOT NULL,
            opened_at TEXT NOT NULL,
            UNIQUE (patent, lang)
        );
        """,
    )


def _v3(conn: sqlite3.Connection) -> None:
    """The outcome of each watched company's last refresh: the error it failed with (all NULL = it succeeded,
    or no refresh happened yet). ``last_error_code`` is the service's error code, ``last_error_kind`` the kind
    of a failure that carried none (e.g. "transport"), ``last_error_at`` when it failed (ISO, UTC)."""
    _execute_all(
        conn,
        """
        ALTER TABLE watchlist ADD COLUMN last_error_code INTEGER;
        ALTER TABLE watchlist ADD COLUMN last_error_kind TEXT;
        ALTER TABLE watchlist ADD COLUMN last_error_at TEXT
        """,
    )


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_v1, _v2, _v3]
SCHEMA_VERSION = len(MIGRATIONS)


def user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def backup_path(path: Path, version: int) -> Path:
    """``<file>.v<version>.bak``, or with a time stamp when that name is taken."""
    candidate = path.with_name(f"{path.name}.v{version}.bak")
    if candidate.exists():
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        candidate = path.with_name(f"{path.name}.v{version}.{stamp}.bak")
    return candidate


def backup(conn: sqlite3.Connection, target: Path) -> Path:
    """Copy the whole database to ``target`` (created with mode 0o600) with SQLite's backup API."""
    os.close(os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    dest = sqlite3.connect(target)
    try:
        conn.backup(dest)
    finally:
        dest.close()
    return target


def check_not_newer(conn: sqlite3.Connection, path: Path) -> int:
    """The schema version of the database; StoreVersionError if it is newer than this IP Desk knows."""
    found = user_version(conn)
    if found > SCHEMA_VERSION:
        raise StoreVersionError(path, found, SCHEMA_VERSION)
    return found


def migrate(conn: sqlite3.Connection, path: Path) -> int:
    """Bring the database at ``path`` (open as ``conn``, autocommit mode) to SCHEMA_VERSION.

    Returns the version found. Raises StoreVersionError for a newer database (nothing is written then).
    """
    found = check_not_newer(conn, path)
    if found == SCHEMA_VERSION:
        return found
    if found > 0:
        target = backup(conn, backup_path(path, found))
        log.info("backed up the database (schema %d) to %s before migrating", found, target)
    conn.execute("BEGIN IMMEDIATE")
    try:
        current = user_version(conn)  # another process may have migrated meanwhile
        if current > SCHEMA_VERSION:
            raise StoreVersionError(path, current, SCHEMA_VERSION)
        for version in range(current, SCHEMA_VERSION):
            MIGRATIONS[version](conn)
            conn.execute(f"PRAGMA user_version = {version + 1}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    log.info("migrated the database %s from schema %d to %d", path, found, SCHEMA_VERSION)
    return found
