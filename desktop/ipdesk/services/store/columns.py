"""What the parts share to write their SQL and their values: times as ISO text, ``IN`` lists in chunks, simple
``WHERE`` clauses. Nothing here knows which database engine is under the store."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime

IN_CHUNK = 500  # keys per "IN (...)" list, well under SQLite's variable limit


def utc_now() -> datetime:
    return datetime.now(UTC)


def to_iso(moment: datetime) -> str:
    """UTC ISO 8601 text (a naive datetime is taken as UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def from_iso(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


def date_from_iso(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def chunks(items: list, size: int = IN_CHUNK) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def where_equal(**conditions: object) -> tuple[str, list]:
    """A `` WHERE a = ? AND b = ?`` clause (or "") and its parameters, for the conditions that are not None."""
    given = [(column, value) for column, value in conditions.items() if value is not None]
    if not given:
        return "", []
    return " WHERE " + " AND ".join(f"{column} = ?" for column, _ in given), [value for _, value in given]
