"""The IP Desk local store: one SQLite file holding everything already paid for and the app's own state.

``Store(path)`` or ``Store.open_default()`` (``paths.database_path()``). Thread-safe: one connection guarded by a
lock, WAL mode; every write method commits before it returns. Contents, one module each:

- results cache (``results_store``): ``get_result``, ``get_results``, ``put_result``, ``put_results``,
  ``variants``, ``results_for_key``, ``delete_results``;
- batch jobs (``jobs_store``): ``create_job``, ``job``, ``list_jobs``, ``pending_keys``, ``failed_items``,
  ``mark_done``, ``mark_failed``, ``reset_failed``, ``set_job_status``, ``delete_job``;
- risk watchlist (``watchlist_store``): ``add_company``, ``remove_company``, ``update_company``,
  ``list_companies``;
- here: the usage ledger, recently opened full texts, and small key/value app state.

Schema versions and migrations: ``migrations``. Opening a database written by a newer IP Desk raises
``StoreVersionError`` (a ``StoreError``) with a message for the user.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from ipdesk.services import paths
from ipdesk.services.jobs_store import JOB_STATUSES, JobRecord, JobsMixin
from ipdesk.services.migrations import SCHEMA_VERSION, StoreError, StoreVersionError
from ipdesk.services.results_store import OPS, CachedResult, ResultsMixin, is_result_fresh
from ipdesk.services.store_base import StoreBase, from_iso, to_iso, utc_now
from ipdesk.services.watchlist_store import COMPANY_KINDS, WatchedCompany, WatchlistMixin

__all__ = [
    "COMPANY_KINDS",
    "JOB_STATUSES",
    "OPS",
    "SCHEMA_VERSION",
    "CachedResult",
    "JobRecord",
    "RecentItem",
    "Store",
    "StoreError",
    "StoreVersionError",
    "UsageRow",
    "WatchedCompany",
    "is_result_fresh",
]

RECENT_KEEP = 200  # recently opened items kept in the database


@dataclass(frozen=True)
class UsageRow:
    day: date
    profile: str
    op: str
    calls: int
    results: int


@dataclass(frozen=True)
class RecentItem:
    patent: str
    lang: str
    opened_at: datetime


class Store(ResultsMixin, JobsMixin, WatchlistMixin, StoreBase):
    """The local database. See the module documentation for what it holds."""

    @classmethod
    def open_default(cls) -> Store:
        """The user's database (``$IPDESK_DATA_DIR`` or the platform data folder)."""
        return cls(paths.database_path())

    # -- usage ledger ---------------------------------------------------------------------------------------------

    def record_usage(
        self, profile: str, op: str, calls: int = 1, results: int = 0, day: date | None = None
    ) -> None:
        """Add calls and results to the ledger of ``day`` (default: today, local date)."""
        day = day or date.today()
        with self._write() as conn:
            conn.execute(
                "INSERT INTO usage (day, profile, op, calls, results) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (day, profile, op) DO UPDATE SET "
                "calls = calls + excluded.calls, results = results + excluded.results",
                (day.isoformat(), profile, op, int(calls), int(results)),
            )

    def usage(self, day: date | None = None, profile: str | None = None) -> list[UsageRow]:
        """Ledger rows (all days when ``day`` is None), newest day first, then profile and operation."""
        clauses, params = [], []
        if day is not None:
            clauses.append("day = ?")
            params.append(day.isoformat())
        if profile is not None:
            clauses.append("profile = ?")
            params.append(profile)
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        with self._read() as conn:
            rows = conn.execute(
                f"SELECT day, profile, op, calls, results FROM usage{where} ORDER BY day DESC, profile, op",
                params,
            ).fetchall()
        return [UsageRow(date.fromisoformat(d), p, o, c, r) for d, p, o, c, r in rows]

    def calls_today(self, profile: str | None = None) -> int:
        """Calls recorded today (local date), for one profile or all."""
        return sum(row.calls for row in self.usage(date.today(), profile))

    # -- recent items (full-text tab) ---------------------------------------------------------------------------

    def add_recent(self, patent: str, lang: str) -> None:
        """Put (patent, lang) at the top of the recent list."""
        with self._write() as conn:
            conn.execute("DELETE FROM recent_items WHERE patent = ? AND lang = ?", (patent, lang))
            conn.execute(
                "INSERT INTO recent_items (patent, lang, opened_at) VALUES (?, ?, ?)",
                (patent, lang, to_iso(utc_now())),
            )
            conn.execute(
                "DELETE FROM recent_items WHERE id NOT IN "
                "(SELECT id FROM recent_items ORDER BY id DESC LIMIT ?)",
                (RECENT_KEEP,),
            )

    def recent(self, limit: int = 20) -> list[RecentItem]:
        """The most recently opened items, newest first."""
        with self._read() as conn:
            rows = conn.execute(
                "SELECT patent, lang, opened_at FROM recent_items ORDER BY id DESC LIMIT ?", (limit,)
            ).fetchall()
        return [RecentItem(p, lang, from_iso(at)) for p, lang, at in rows]

    def clear_recent(self) -> None:
        with self._write() as conn:
            conn.execute("DELETE FROM recent_items")

    # -- key/value app state ------------------------------------------------------------------------------------

    def get_state(self, key: str, default: Any = None) -> Any:
        """A small JSON value stored under ``key`` (e.g. the last job id), or ``default``."""
        with self._read() as conn:
            row = conn.execute("SELECT value FROM app_state WHERE key = ?", (key,)).fetchone()
        return default if row is None else json.loads(row[0])

    def set_state(self, key: str, value: Any) -> None:
        """Store a JSON-serialisable value under ``key`` (replacing any previous one)."""
        text = json.dumps(value, ensure_ascii=False)
        with self._write() as conn:
            conn.execute("INSERT OR REPLACE INTO app_state (key, value) VALUES (?, ?)", (key, text))

    def delete_state(self, key: str) -> None:
        with self._write() as conn:
            conn.execute("DELETE FROM app_state WHERE key = ?", (key,))
