"""Versioned schema of the IP Desk database (the SQLite one, ``database.SQLiteDatabase``).

The schema version lives in ``PRAGMA user_version``. ``MIGRATIONS[i]`` takes a database from version ``i`` to
``i + 1`` inside the transaction it is given; a new version appends a function here and never edits an old one.
``database.migrate`` runs them, after writing a copy of an existing database next to it (``<file>.v<old>.bak``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ipdesk.services.store.database import Transaction


def _execute_all(tx: Transaction, script: str) -> None:
    """Run the statements of ``script`` one by one inside the open transaction.

    (``Connection.executescript`` would COMMIT the surrounding transaction first.) The scripts of this module
    hold no ';' other than between statements.
    """
    for statement in script.split(";"):
        if statement.strip():
            tx.execute(statement)


def _v1(tx: Transaction) -> None:
    """Results cache, batch jobs, usage ledger and key/value app state."""
    _execute_all(
        tx,
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


def _v2(tx: Transaction) -> None:
    """Risk watchlist and the recently opened full texts."""
    _execute_all(
        tx,
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


def _v3(tx: Transaction) -> None:
    """The outcome of each watched company's last refresh: the error it failed with (all NULL = it succeeded,
    or no refresh happened yet). ``last_error_code`` is the service's error code, ``last_error_kind`` the kind
    of a failure that carried none (e.g. "transport"), ``last_error_at`` when it failed (ISO, UTC)."""
    _execute_all(
        tx,
        """
        ALTER TABLE watchlist ADD COLUMN last_error_code INTEGER;
        ALTER TABLE watchlist ADD COLUMN last_error_kind TEXT;
        ALTER TABLE watchlist ADD COLUMN last_error_at TEXT
        """,
    )


def _v4(tx: Transaction) -> None:
    """Work claimed across processes (``store.claims``): who is fetching which key (or running which job) now.
    ``holder`` is one run's identity (host, process id and a random token), ``pid`` and ``host`` let another
    process on the same host see at once that the holder died, ``expires_at`` (Unix time) ends the lease of a
    holder that stopped renewing it."""
    _execute_all(
        tx,
        """
        CREATE TABLE claims (
            op TEXT NOT NULL,
            key TEXT NOT NULL,
            variant TEXT NOT NULL DEFAULT '',
            holder TEXT NOT NULL,
            pid INTEGER NOT NULL,
            host TEXT NOT NULL,
            expires_at REAL NOT NULL,
            PRIMARY KEY (op, key, variant)
        ) WITHOUT ROWID;
        CREATE INDEX claims_by_holder ON claims (holder)
        """,
    )


MIGRATIONS: list[Callable[[Transaction], None]] = [_v1, _v2, _v3, _v4]
SCHEMA_VERSION = len(MIGRATIONS)
