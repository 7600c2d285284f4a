"""Release dates of PatSnap's company risk data (pure functions, standard library only).

The risk-warning data (C027/C028/C029) is updated twice a month, on the 1st and the 16th. A stored answer stays
fresh until the first release date after the (calendar) day it was fetched: data fetched on the 16th is fresh up to
and including the last day of that month, and stale from the 1st of the next month on.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

RELEASE_DAYS = (1, 16)


def is_release_date(day: date) -> bool:
    return day.day in RELEASE_DAYS


def latest_release(today: date) -> date:
    """The most recent release date on or before ``today``."""
    today = _as_date(today)
    return today.replace(day=16 if today.day >= 16 else 1)


def next_release(today: date) -> date:
    """The first release date strictly after ``today``."""
    today = _as_date(today)
    if today.day < 16:
        return today.replace(day=16)
    if today.month == 12:
        return date(today.year + 1, 1, 1)
    return date(today.year, today.month + 1, 1)


def previous_release(day: date) -> date:
    """The last release date strictly before ``day``."""
    return latest_release(_as_date(day) - timedelta(days=1))


def _backwards(today: date) -> Iterator[date]:
    current = latest_release(today)
    while True:
        yield current
        current = previous_release(current)


def release_dates_back(today: date, n: int) -> list[date]:
    """The ``n`` most recent release dates on or before ``today``, newest first."""
    if n < 0:
        raise ValueError(f"n must not be negative, got {n}")
    out: list[date] = []
    for release in _backwards(today):
        if len(out) >= n:
            break
        out.append(release)
    return out


def releases_between(a: date, b: date) -> list[date]:
    """Release dates ``r`` with ``a < r <= b``, oldest first (empty when ``b <= a``).

    These are the releases published after ``a`` and by ``b``: "has new data come out since I last looked?".
    """
    a, b = _as_date(a), _as_date(b)
    out: list[date] = []
    for release in _backwards(b):
        if release <= a:
            break
        out.append(release)
    out.reverse()
    return out


def is_fresh(fetched_at: datetime, now: datetime | None = None) -> bool:
    """True while no release date has come since the day ``fetched_at`` falls on.

    Both times are compared in the time zone of ``now`` (when one side is naive, it is taken as UTC).
    ``now`` defaults to the current UTC time. A fetch "in the future" (clock changes) counts as fresh.
    """
    if now is None:
        now = datetime.now(UTC)
    fetched_at, now = _same_zone(fetched_at, now)
    return now.date() < next_release(fetched_at.date())


def _same_zone(a: datetime, b: datetime) -> tuple[datetime, datetime]:
    if (a.tzinfo is None) != (b.tzinfo is None):
        if a.tzinfo is None:
            a = a.replace(tzinfo=UTC)
        else:
            b = b.replace(tzinfo=UTC)
    if b.tzinfo is not None:
        a = a.astimezone(b.tzinfo)
    return a, b


def _as_date(value: date) -> date:
    """Accept a datetime where a date is expected (its calendar date)."""
    return value.date() if isinstance(value, datetime) else value
