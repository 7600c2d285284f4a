"""The risk watchlist: companies the analyst monitors, with note, tags and monitoring state.

A company is identified by the kind of identifier the user meant (``credit_code``, ``org_number`` or
``company_name``) and its value; adding the same kind + value twice keeps one entry. Its results-cache key is
``WatchedCompany.key`` ("credit_code:91110108551385082Q").
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from ipdesk.services.store.columns import date_from_iso, from_iso, to_iso, utc_now
from ipdesk.services.store.database import Database, Transaction

COMPANY_KINDS = ("credit_code", "org_number", "company_name")
UPDATABLE_FIELDS = (
    "display_name",
    "note",
    "tags",
    "last_refreshed",
    "last_release_checked",
    "flags_new",
    "verify_override",
    "last_error_code",
    "last_error_kind",
    "last_error_at",
)


@dataclass(frozen=True)
class WatchedCompany:
    id: int
    kind: str
    value: str
    display_name: str
    note: str
    tags: tuple[str, ...]
    added_at: datetime
    last_refreshed: datetime | None
    last_release_checked: date | None  # the release date the company was last refreshed for
    flags_new: bool  # "new since last check": flags appeared or grew and the user has not seen them yet
    verify_override: bool  # query anyway although the code fails its check character
    # the error the last refresh failed with (all None: it succeeded, or none happened yet)
    last_error_code: int | None = None  # the service's error code, e.g. 68300012 "company not found"
    last_error_kind: str | None = None  # ApiError.kind, for a failure that carried no code (e.g. "transport")
    last_error_at: datetime | None = None

    @property
    def failed(self) -> bool:
        """True when the last refresh of the company failed."""
        return self.last_error_code is not None or self.last_error_kind is not None

    @property
    def key(self) -> str:
        """The results-cache key, e.g. "credit_code:91110108551385082Q"."""
        return f"{self.kind}:{self.value}"


_COLUMNS = (
    "id, kind, value, display_name, note, tags, added_at, last_refreshed, last_release_checked, "
    "flags_new, verify_override, last_error_code, last_error_kind, last_error_at"
)


def _row_to_company(row: tuple) -> WatchedCompany:
    cid, kind, value, display, note, tags, added, refreshed, checked, flags_new, override = row[:11]
    error_code, error_kind, error_at = row[11:]
    return WatchedCompany(
        cid,
        kind,
        value,
        display,
        note,
        tuple(json.loads(tags)),
        from_iso(added),
        from_iso(refreshed),
        date_from_iso(checked),
        bool(flags_new),
        bool(override),
        None if error_code is None else int(error_code),
        error_kind,
        from_iso(error_at),
    )


def _clean_tags(tags: Iterable[str]) -> list[str]:
    if isinstance(tags, str):
        raise TypeError("tags must be a list of strings, not a string")
    return list(dict.fromkeys(t.strip() for t in tags if t and t.strip()))


def _column_value(name: str, value: Any) -> Any:
    if name == "tags":
        return json.dumps(_clean_tags(value), ensure_ascii=False)
    if name in ("last_refreshed", "last_error_at"):
        return None if value is None else to_iso(value)
    if name == "last_error_code":
        return None if value is None else int(value)
    if name == "last_error_kind":
        return None if value is None else str(value)
    if name == "last_release_checked":
        return None if value is None else value.isoformat()
    if name in ("flags_new", "verify_override"):
        return int(bool(value))
    return "" if value is None else str(value)


class Watchlist:
    """The risk watchlist of the store (``store.watchlist``)."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def add_company(
        self,
        kind: str,
        value: str,
        display_name: str = "",
        note: str = "",
        tags: Iterable[str] = (),
        verify_override: bool = False,
    ) -> WatchedCompany:
        """Add a company; when kind + value is already watched, the existing entry is returned unchanged."""
        if kind not in COMPANY_KINDS:
            raise ValueError(f"unknown company identifier kind {kind!r}; expected one of {COMPANY_KINDS}")
        value = value.strip()
        if not value:
            raise ValueError("empty company identifier")
        with self._db.write() as tx:
            tx.execute(
                "INSERT INTO watchlist (kind, value, display_name, note, tags, added_at, verify_override) "
                "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (kind, value) DO NOTHING",
                (
                    kind,
                    value,
                    display_name or "",
                    note or "",
                    _column_value("tags", tags),
                    to_iso(utc_now()),
                    int(verify_override),
                ),
            )
            row = tx.execute(
                f"SELECT {_COLUMNS} FROM watchlist WHERE kind = ? AND value = ?", (kind, value)
            ).fetchone()
        return _row_to_company(row)

    def find_company(self, kind: str, value: str) -> WatchedCompany | None:
        with self._db.read() as tx:
            row = tx.execute(
                f"SELECT {_COLUMNS} FROM watchlist WHERE kind = ? AND value = ?", (kind, value.strip())
            ).fetchone()
        return None if row is None else _row_to_company(row)

    def get_company(self, company_id: int) -> WatchedCompany | None:
        with self._db.read() as tx:
            row = tx.execute(f"SELECT {_COLUMNS} FROM watchlist WHERE id = ?", (company_id,)).fetchone()
        return None if row is None else _row_to_company(row)

    def remove_company(self, company_id: int) -> bool:
        """Remove from the watchlist (stored results are kept); True if it was there."""
        with self._db.write() as tx:
            return tx.execute("DELETE FROM watchlist WHERE id = ?", (company_id,)).rowcount > 0

    def update_company(self, company_id: int, **fields: Any) -> WatchedCompany:
        """Change fields among UPDATABLE_FIELDS; returns the updated entry. KeyError for an unknown id."""
        unknown = set(fields) - set(UPDATABLE_FIELDS)
        if unknown:
            raise ValueError(f"cannot update {sorted(unknown)}; updatable fields are {UPDATABLE_FIELDS}")
        with self._db.write() as tx:
            if fields:
                assignments = ", ".join(f"{name} = ?" for name in fields)
                values = [_column_value(name, value) for name, value in fields.items()]
                tx.execute(f"UPDATE watchlist SET {assignments} WHERE id = ?", (*values, company_id))
            row = _select_one(tx, company_id)
        if row is None:
            raise KeyError(f"no watched company with id {company_id}")
        return _row_to_company(row)

    def list_companies(self, tag: str | None = None) -> list[WatchedCompany]:
        """The watchlist in the order added, optionally only the companies with ``tag``."""
        with self._db.read() as tx:
            rows = tx.execute(f"SELECT {_COLUMNS} FROM watchlist ORDER BY id").fetchall()
        companies = [_row_to_company(row) for row in rows]
        if tag is not None:
            companies = [c for c in companies if tag in c.tags]
        return companies

    def all_tags(self) -> list[str]:
        """Every tag in use, sorted."""
        return sorted({tag for company in self.list_companies() for tag in company.tags})


def _select_one(tx: Transaction, company_id: int) -> tuple | None:
    return tx.execute(f"SELECT {_COLUMNS} FROM watchlist WHERE id = ?", (company_id,)).fetchone()
