"""Results cache: every answer already paid for, per (operation, key, variant).

- ``op``: "P022", "P073", "P019", "P011", "C027", "C028", "C029";
- ``key``: the patent (number or id) or the company key ("credit_code:91110108551385082Q" style);
- ``variant``: the language for patent operations, the date (YYYYMMDD) for C028, "" otherwise.

The payload is any JSON value (typically the ``raw`` data of an API model); ``null`` is a valid payload (e.g. "no
SEIC classification for this patent"), distinct from "not stored" (``None`` from ``get_result``).

Freshness: patent data (P022/P073/P019/P011) and C028 snapshots (a past date's figures) never expire; C027 and C029
are fresh until the next release date after the fetch (see ``releases.is_fresh``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from ipdesk.services import releases
from ipdesk.services.store.columns import chunks, from_iso, to_iso, utc_now, where_equal
from ipdesk.services.store.database import Database
from ipdesk.services.store.jobs import ITEM_DONE, set_items_state

PATENT_OPS = frozenset({"P022", "P073", "P019", "P011"})
RISK_OPS = frozenset({"C027", "C028", "C029"})
OPS = PATENT_OPS | RISK_OPS
EXPIRING_OPS = frozenset({"C027", "C029"})


@dataclass(frozen=True)
class CachedResult:
    op: str
    key: str
    variant: str
    payload: Any = field(repr=False)
    fetched_at: datetime  # aware, UTC
    profile: str

    def is_fresh(self, now: datetime | None = None) -> bool:
        """Patent data and C028 snapshots never expire; C027/C029 until the next release date."""
        return is_result_fresh(self.op, self.fetched_at, now)


def is_result_fresh(op: str, fetched_at: datetime, now: datetime | None = None) -> bool:
    if op not in EXPIRING_OPS:
        return True
    return releases.is_fresh(fetched_at, now)


def _check_op(op: str) -> None:
    if op not in OPS:
        raise ValueError(f"unknown operation {op!r}; expected one of {sorted(OPS)}")


def _row_to_result(row: tuple) -> CachedResult:
    op, key, variant, payload, fetched_at, profile = row
    return CachedResult(op, key, variant, json.loads(payload), from_iso(fetched_at), profile)


_COLUMNS = "op, key, variant, payload, fetched_at, profile"


class Results:
    """The results cache of the store (``store.results``)."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def get_result(
        self, op: str, key: str, variant: str = "", *, fresh_only: bool = False, now: datetime | None = None
    ) -> CachedResult | None:
        """The stored answer, or None. ``fresh_only`` drops a stale C027/C029 answer."""
        _check_op(op)
        with self._db.read() as tx:
            row = tx.execute(
                f"SELECT {_COLUMNS} FROM results WHERE op = ? AND key = ? AND variant = ?", (op, key, variant)
            ).fetchone()
        if row is None:
            return None
        result = _row_to_result(row)
        if fresh_only and not result.is_fresh(now):
            return None
        return result

    def get_results(
        self,
        op: str,
        keys: Iterable[str],
        variant: str = "",
        *,
        fresh_only: bool = False,
        now: datetime | None = None,
    ) -> dict[str, CachedResult]:
        """The stored answers for ``keys`` (only the keys found), by key."""
        _check_op(op)
        wanted = list(dict.fromkeys(keys))
        found: dict[str, CachedResult] = {}
        with self._db.read() as tx:
            for part in chunks(wanted):
                marks = ",".join("?" * len(part))
                rows = tx.execute(
                    f"SELECT {_COLUMNS} FROM results WHERE op = ? AND variant = ? AND key IN ({marks})",
                    (op, variant, *part),
                ).fetchall()
                for row in rows:
                    result = _row_to_result(row)
                    if not fresh_only or result.is_fresh(now):
                        found[result.key] = result
        return found

    def put_result(
        self,
        op: str,
        key: str,
        payload: Any,
        variant: str = "",
        profile: str = "",
        fetched_at: datetime | None = None,
    ) -> None:
        """Store (or replace) one answer; committed when this returns."""
        self.put_results(op, {key: payload}, variant, profile, fetched_at=fetched_at)

    def put_results(
        self,
        op: str,
        items: Mapping[str, Any] | Iterable[tuple[str, Any]],
        variant: str = "",
        profile: str = "",
        *,
        fetched_at: datetime | None = None,
        job_id: int | None = None,
    ) -> int:
        """Store (or replace) many answers in one transaction; returns how many.

        With ``job_id``, the same keys are marked done in that job within the same transaction, so a result
        and its "done" mark are never separated by a crash.
        """
        _check_op(op)
        pairs = list(items.items()) if isinstance(items, Mapping) else list(items)
        stamp = to_iso(fetched_at or utc_now())
        rows = [
            (op, key, variant, json.dumps(payload, ensure_ascii=False, separators=(",", ":")), stamp, profile)
            for key, payload in pairs
        ]
        with self._db.write() as tx:
            tx.executemany(
                f"INSERT INTO results ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (op, key, variant) DO UPDATE SET "
                "payload = excluded.payload, fetched_at = excluded.fetched_at, profile = excluded.profile",
                rows,
            )
            if job_id is not None:
                set_items_state(tx, job_id, [(key, None, None) for key, _ in pairs], ITEM_DONE)
        return len(rows)

    def variants(self, op: str, key: str) -> list[str]:
        """The variants stored for a key (languages for patent data, dates for C028), sorted."""
        _check_op(op)
        with self._db.read() as tx:
            rows = tx.execute(
                "SELECT variant FROM results WHERE op = ? AND key = ? ORDER BY variant", (op, key)
            ).fetchall()
        return [row[0] for row in rows]

    def results_for_key(self, op: str, key: str) -> list[CachedResult]:
        """Every stored answer for a key, ordered by variant (e.g. a company's C028 history by date)."""
        _check_op(op)
        with self._db.read() as tx:
            rows = tx.execute(
                f"SELECT {_COLUMNS} FROM results WHERE op = ? AND key = ? ORDER BY variant", (op, key)
            ).fetchall()
        return [_row_to_result(row) for row in rows]

    def delete_results(self, op: str | None = None, key: str | None = None) -> int:
        """Forget stored answers (all, one operation's, or one key's); returns how many were removed."""
        if op is not None:
            _check_op(op)
        where, params = where_equal(op=op, key=key)
        with self._db.write() as tx:
            return tx.execute(f"DELETE FROM results{where}", params).rowcount

    def count_results(self, op: str | None = None) -> int:
        with self._db.read() as tx:
            if op is None:
                return tx.execute("SELECT COUNT(*) FROM results").fetchone()[0]
            return tx.execute("SELECT COUNT(*) FROM results WHERE op = ?", (op,)).fetchone()[0]
