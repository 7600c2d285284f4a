"""The usage ledger as the Usage window shows it: every row (day, profile, operation) and the calls of each of
the last days, zero-filled, for the chart. Qt-free; read on a worker."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from ipdesk.services.store.usage import UsageRow

CHART_DAYS = 30


@dataclass(frozen=True)
class DayTotal:
    day: date
    calls: int
    results: int


@dataclass(frozen=True)
class UsageReport:
    rows: list[UsageRow]  # newest day first, then profile and operation (as ``store.usage.usage()``)
    days: list[DayTotal]  # the last ``CHART_DAYS`` days, oldest first, every day present (0 when no call)

    @property
    def total_calls(self) -> int:
        return sum(day.calls for day in self.days)


def daily_totals(
    rows: Iterable[UsageRow], days: int = CHART_DAYS, today: date | None = None
) -> list[DayTotal]:
    """Calls and results summed over profiles and operations for each of the ``days`` days ending ``today``."""
    today = today or date.today()
    first = today - timedelta(days=days - 1)
    calls = dict.fromkeys((first + timedelta(days=i) for i in range(days)), 0)
    results = dict(calls)
    for row in rows:
        if row.day in calls:
            calls[row.day] += row.calls
            results[row.day] += row.results
    return [DayTotal(day, calls[day], results[day]) for day in calls]


def usage_report(store, days: int = CHART_DAYS, today: date | None = None) -> UsageReport:
    """The whole ledger of ``store`` (a ``services.store.Store``) and its last ``days`` days."""
    rows = store.usage.usage()
    return UsageReport(rows, daily_totals(rows, days, today))
