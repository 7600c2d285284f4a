"""The usage ledger: API calls and results per day (local date), profile and operation."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ipdesk.services.store.columns import where_equal
from ipdesk.services.store.database import Database


@dataclass(frozen=True)
class UsageRow:
    day: date
    profile: str
    op: str
    calls: int
    results: int


class Usage:
    """The usage ledger of the store (``store.usage``)."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def record_usage(
        self, profile: str, op: str, calls: int = 1, results: int = 0, day: date | None = None
    ) -> None:
        """Add calls and results to the ledger of ``day`` (default: today, local date)."""
        day = day or date.today()
        with self._db.write() as tx:
            tx.execute(
                "INSERT INTO usage (day, profile, op, calls, results) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (day, profile, op) DO UPDATE SET "
                "calls = usage.calls + excluded.calls, results = usage.results + excluded.results",
                (day.isoformat(), profile, op, int(calls), int(results)),
            )

    def usage(self, day: date | None = None, profile: str | None = None) -> list[UsageRow]:
        """Ledger rows (all days when ``day`` is None), newest day first, then profile and operation."""
        where, params = where_equal(day=None if day is None else day.isoformat(), profile=profile)
        with self._db.read() as tx:
            rows = tx.execute(
                f"SELECT day, profile, op, calls, results FROM usage{where} ORDER BY day DESC, profile, op",
                params,
            ).fetchall()
        return [UsageRow(date.fromisoformat(d), p, o, c, r) for d, p, o, c, r in rows]

    def calls_today(self, profile: str | None = None) -> int:
        """Calls recorded today (local date), for one profile or all."""
        return sum(row.calls for row in self.usage(date.today(), profile))
