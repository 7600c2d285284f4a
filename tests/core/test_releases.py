"""Release dates (1st and 16th) and freshness of risk data."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ipdesk.services.releases import (
    is_fresh,
    is_release_date,
    latest_release,
    next_release,
    release_dates_back,
    releases_between,
)

D = date


@pytest.mark.parametrize(
    ("today", "latest", "following"),
    [
        (D(2025, 3, 1), D(2025, 3, 1), D(2025, 3, 16)),
        (D(2025, 3, 2), D(2025, 3, 1), D(2025, 3, 16)),
        (D(2025, 3, 15), D(2025, 3, 1), D(2025, 3, 16)),
        (D(2025, 3, 16), D(2025, 3, 16), D(2025, 4, 1)),
        (D(2025, 3, 31), D(2025, 3, 16), D(2025, 4, 1)),
        (D(2025, 2, 28), D(2025, 2, 16), D(2025, 3, 1)),
        (D(2024, 2, 29), D(2024, 2, 16), D(2024, 3, 1)),
        (D(2025, 12, 16), D(2025, 12, 16), D(2026, 1, 1)),
        (D(2025, 12, 31), D(2025, 12, 16), D(2026, 1, 1)),
        (D(2026, 1, 1), D(2026, 1, 1), D(2026, 1, 16)),
    ],
)
def test_latest_and_next(today, latest, following):
    assert latest_release(today) == latest
    assert next_release(today) == following


def test_a_datetime_counts_as_its_date():
    assert latest_release(datetime(2025, 3, 16, 23, 59)) == D(2025, 3, 16)


def test_release_dates_back_newest_first_across_year():
    assert release_dates_back(D(2026, 1, 10), 5) == [
        D(2026, 1, 1),
        D(2025, 12, 16),
        D(2025, 12, 1),
        D(2025, 11, 16),
        D(2025, 11, 1),
    ]
    assert release_dates_back(D(2025, 3, 16), 2) == [D(2025, 3, 16), D(2025, 3, 1)]
    assert release_dates_back(D(2025, 3, 16), 0) == []
    assert len(release_dates_back(D(2025, 6, 20), 24)) == 24
    assert release_dates_back(D(2025, 6, 20), 24)[-1] == D(2024, 7, 1)
    with pytest.raises(ValueError):
        release_dates_back(D(2025, 1, 1), -1)


def test_releases_between_is_half_open():
    assert releases_between(D(2025, 12, 1), D(2026, 1, 16)) == [
        D(2025, 12, 16),
        D(2026, 1, 1),
        D(2026, 1, 16),
    ]
    assert releases_between(D(2025, 3, 2), D(2025, 3, 15)) == []
    assert releases_between(D(2025, 3, 15), D(2025, 3, 16)) == [D(2025, 3, 16)]
    assert releases_between(D(2025, 3, 16), D(2025, 3, 16)) == []
    assert releases_between(D(2025, 4, 1), D(2025, 3, 1)) == []


def _utc(y, m, d, h=12):
    return datetime(y, m, d, h, tzinfo=UTC)


@pytest.mark.parametrize(
    ("fetched", "now", "fresh"),
    [
        (_utc(2025, 3, 2), _utc(2025, 3, 15, 23), True),
        (_utc(2025, 3, 2), _utc(2025, 3, 16, 0), False),
        (_utc(2025, 3, 1), _utc(2025, 3, 1, 20), True),  # fetched on a release day: fresh that day
        (_utc(2025, 3, 15), _utc(2025, 3, 16), False),
        (_utc(2025, 3, 16), _utc(2025, 3, 31, 23), True),
        (_utc(2025, 3, 16), _utc(2025, 4, 1, 0), False),
        (_utc(2025, 12, 20), _utc(2025, 12, 31, 23), True),
        (_utc(2025, 12, 20), _utc(2026, 1, 1, 1), False),
        (_utc(2025, 3, 20), _utc(2025, 3, 10), True),  # clock went back: do not refetch on that account
        (_utc(2025, 1, 2), _utc(2025, 6, 2), False),
    ],
)
def test_is_fresh(fetched, now, fresh):
    assert is_fresh(fetched, now) is fresh


def test_is_fresh_compares_in_the_zone_of_now():
    beijing = timezone(timedelta(hours=8))
    fetched = datetime(2025, 3, 15, 20, 0, tzinfo=UTC)  # already the 16th, 04:00 in Beijing
    assert is_fresh(fetched, datetime(2025, 3, 16, 9, 0, tzinfo=beijing)) is True
    assert is_fresh(fetched, datetime(2025, 3, 16, 9, 0, tzinfo=UTC)) is False
    # naive values are taken as UTC when mixed with aware ones
    assert is_fresh(datetime(2025, 3, 15, 20, 0), datetime(2025, 3, 16, 9, 0, tzinfo=UTC)) is False


def test_is_fresh_defaults_to_now():
    assert is_fresh(datetime.now(UTC)) is True
    assert is_fresh(datetime.now(UTC) - timedelta(days=17)) is False


@given(st.dates(min_value=D(1990, 1, 1), max_value=D(2100, 12, 31)))
def test_properties(day):
    latest, following = latest_release(day), next_release(day)
    assert is_release_date(latest) and is_release_date(following)
    assert latest <= day < following
    assert (following - latest).days <= 16
    assert releases_between(latest, following) == [following]
    assert releases_between(day, following) == [following]
    back = release_dates_back(day, 3)
    assert back[0] == latest and back == sorted(back, reverse=True)
    assert all(is_release_date(r) for r in back)
    assert (
        is_fresh(
            datetime(day.year, day.month, day.day, 12),
            datetime(following.year, following.month, following.day),
        )
        is False
    )
    before = following - timedelta(days=1)
    assert (
        is_fresh(
            datetime(day.year, day.month, day.day, 12), datetime(before.year, before.month, before.day, 23)
        )
        is True
    )
