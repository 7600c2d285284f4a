"""Usage part of the store: the ledger of calls and results per day, profile and operation."""

from __future__ import annotations

from datetime import date, timedelta

from ipdesk.services.store.usage import UsageRow


def test_usage_ledger(store):
    today = date.today()
    yesterday = today - timedelta(days=1)
    store.usage.record_usage("default", "P022", calls=1, results=100)
    store.usage.record_usage("default", "P022", calls=2, results=150)
    store.usage.record_usage("default", "C029")
    store.usage.record_usage("work", "P019", calls=1, results=1)
    store.usage.record_usage("default", "P022", calls=5, results=5, day=yesterday)
    assert store.usage.usage(today, "default") == [
        UsageRow(today, "default", "C029", 1, 0),
        UsageRow(today, "default", "P022", 3, 250),
    ]
    assert store.usage.calls_today("default") == 4
    assert store.usage.calls_today("work") == 1
    assert store.usage.calls_today() == 5
    assert store.usage.calls_today("nobody") == 0
    everything = store.usage.usage()
    assert [r.day for r in everything] == [today, today, today, yesterday]
    assert store.usage.usage(yesterday) == [UsageRow(yesterday, "default", "P022", 5, 5)]
