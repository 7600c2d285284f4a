"""The app's own small state: recently opened full texts, and JSON values by key (e.g. the last job id)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ipdesk.services.store.columns import from_iso, to_iso, utc_now
from ipdesk.services.store.database import Database

RECENT_KEEP = 200  # recently opened items kept in the database


@dataclass(frozen=True)
class RecentItem:
    patent: str
    lang: str
    opened_at: datetime


class State:
    """Recent items (full-text tab) and key/value app state of the store (``store.state``)."""

    def __init__(self, database: Database) -> None:
        self._db = database

    # -- recent items (full-text tab) ---------------------------------------------------------------------------

    def add_recent(self, patent: str, lang: str) -> None:
        """Put (patent, lang) at the top of the recent list."""
        with self._db.write() as tx:
            tx.execute("DELETE FROM recent_items WHERE patent = ? AND lang = ?", (patent, lang))
            tx.execute(
                "INSERT INTO recent_items (patent, lang, opened_at) VALUES (?, ?, ?)",
                (patent, lang, to_iso(utc_now())),
            )
            tx.execute(
                "DELETE FROM recent_items WHERE id NOT IN "
                "(SELECT id FROM recent_items ORDER BY id DESC LIMIT ?)",
                (RECENT_KEEP,),
            )

    def recent(self, limit: int = 20) -> list[RecentItem]:
        """The most recently opened items, newest first."""
        with self._db.read() as tx:
            rows = tx.execute(
                "SELECT patent, lang, opened_at FROM recent_items ORDER BY id DESC LIMIT ?", (limit,)
            ).fetchall()
        return [RecentItem(p, lang, from_iso(at)) for p, lang, at in rows]

    def clear_recent(self) -> None:
        with self._db.write() as tx:
            tx.execute("DELETE FROM recent_items")

    # -- key/value app state ------------------------------------------------------------------------------------

    def get_state(self, key: str, default: Any = None) -> Any:
        """A small JSON value stored under ``key`` (e.g. the last job id), or ``default``."""
        with self._db.read() as tx:
            row = tx.execute("SELECT value FROM app_state WHERE key = ?", (key,)).fetchone()
        return default if row is None else json.loads(row[0])

    def set_state(self, key: str, value: Any) -> None:
        """Store a JSON-serialisable value under ``key`` (replacing any previous one)."""
        text = json.dumps(value, ensure_ascii=False)
        with self._db.write() as tx:
            tx.execute(
                "INSERT INTO app_state (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, text),
            )

    def delete_state(self, key: str) -> None:
        with self._db.write() as tx:
            tx.execute("DELETE FROM app_state WHERE key = ?", (key,))
