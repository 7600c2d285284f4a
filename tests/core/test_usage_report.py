"""services.usage_report: the ledger per day for the Usage window's chart."""

from __future__ import annotations

from datetime import date, timedelta

from ipdesk.services.axis import nice_axis
from ipdesk.services.usage_report import daily_totals, usage_report


def test_last_30_days_summed_over_profiles_and_operations(store):
    today = date(2026, 3, 10)
    store.usage.record_usage("default", "P022", calls=3, results=30, day=today)
    store.usage.record_usage("work", "P019", calls=2, results=2, day=today)
    store.usage.record_usage("default", "C029", calls=4, day=today - timedelta(days=29))
    store.usage.record_usage("default", "P022", calls=9, day=today - timedelta(days=30))  # outside the chart
    report = usage_report(store, today=today)
    assert report.rows == store.usage.usage()  # the table: every row of the ledger
    assert len(report.days) == 30
    assert report.days[0].day == today - timedelta(days=29) and report.days[-1].day == today
    assert (report.days[0].calls, report.days[-1].calls, report.days[-1].results) == (4, 5, 32)
    assert sum(d.calls for d in report.days[1:-1]) == 0
    assert report.total_calls == 9


def test_daily_totals_of_an_empty_ledger():
    days = daily_totals([], days=7, today=date(2026, 1, 3))
    assert [d.day for d in days][:3] == [date(2025, 12, 28), date(2025, 12, 29), date(2025, 12, 30)]
    assert all(d.calls == 0 for d in days)


def test_nice_axis_labels_sit_on_whole_grid_lines():
    assert nice_axis(6) == (8, 2)
    assert nice_axis(27) == (30, 5)
    assert nice_axis(0) == (2, 1)
