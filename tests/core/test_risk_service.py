"""Company risk service against the sandbox: C029 + C027 refresh with caching per release, flags, backfill."""

from __future__ import annotations

import asyncio
import datetime as dt

from ipdesk.api.client import CompanyQuery
from ipdesk.api.models import CompanyIdentity, RiskTrend, parse_risk_trend
from ipdesk.sandbox.demo import demo_companies
from ipdesk.services import releases
from ipdesk.services.risk import (
    RiskService,
    company_key,
    flag_values,
    growth_record,
    new_flags,
    raised_flags,
    risk_score,
)


class Clock:
    def __init__(self, when: dt.datetime) -> None:
        self.when = when

    def __call__(self) -> dt.datetime:
        return self.when


def keys_of(n: int) -> list[str]:
    return [company_key(CompanyQuery("credit_code", c["credit_code"])) for c in demo_companies()[:n]]


def trend(**growth) -> RiskTrend:
    ident = CompanyIdentity("X", None, None, False)
    counts = {
        k: growth.get(k)
        for k in (
            "patent_pledge_growth",
            "rejected_growth",
            "apno_cnt_growth",
            "patent_litigation_defendant_growth",
            "patent_reexam_growth",
        )
    }
    events = {k: growth.get(k) for k in ("pledge_growth", "litigation_defendant_growth")}
    return RiskTrend(ident, counts, events)


def test_flags_score_and_unknown_values():
    t = trend(
        patent_pledge_growth=2,
        pledge_growth=3,
        rejected_growth=None,
        patent_reexam_growth=0,
        patent_litigation_defendant_growth=None,
        litigation_defendant_growth=1,
    )
    values = flag_values(t)
    assert values["pledge"] == 3 and values["rejected"] is None and values["reexam"] == 0
    assert raised_flags(t) == {"pledge": 3, "litigation_defendant": 1}
    assert risk_score(t) == 2 * 3 + 3 * 1
    assert new_flags(None, t) == set()  # first check: nothing to compare with
    assert new_flags(trend(patent_pledge_growth=3), t) == {"litigation_defendant"}
    assert new_flags(trend(patent_pledge_growth=1), t) == {"pledge", "litigation_defendant"}
    assert new_flags(t, trend()) == set()


def test_refresh_caches_until_the_next_release(sandbox, client, store):
    today = dt.date.today()
    clock = Clock(dt.datetime.now(dt.UTC))
    service = RiskService(client, store, now=clock)
    keys = keys_of(3)
    outcome = asyncio.run(service.refresh(keys))
    assert outcome.fatal is None and all(
        c.trend is not None and c.current is not None for c in outcome.companies
    )
    assert sandbox.counts["C029"] == 3 and sandbox.counts["C027"] == 3
    first = {c.key: growth_record(c) for c in outcome.companies}

    again = asyncio.run(service.refresh(keys))
    assert sandbox.counts["C029"] == 3 and sandbox.counts["C027"] == 3  # fresh: from the store
    assert all(c.from_store for c in again.companies)
    assert {c.key: growth_record(c) for c in again.companies} == first

    asyncio.run(service.refresh(keys[:1], force=True))
    assert sandbox.counts["C029"] == 4 and sandbox.counts["C027"] == 4

    clock.when = dt.datetime.combine(releases.next_release(today), dt.time(12), dt.UTC)
    asyncio.run(service.refresh(keys))
    assert sandbox.counts["C029"] == 7 and sandbox.counts["C027"] == 7  # a new release: stale, fetched again


def test_new_flags_are_recorded_on_the_watchlist(sandbox, client, store):
    company = demo_companies()[0]
    watched = store.watchlist.add_company("credit_code", company["credit_code"])
    release = releases.latest_release(dt.date.today())
    earlier = releases.previous_release(releases.previous_release(release))
    sandbox.configure(today=earlier)
    clock = Clock(dt.datetime.combine(earlier, dt.time(12), dt.UTC))
    service = RiskService(client, store, now=clock)
    asyncio.run(service.refresh([watched.key]))
    before = parse_risk_trend(store.results.get_result("C029", watched.key).payload)
    assert store.watchlist.get_company(watched.id).last_release_checked == earlier

    sandbox.configure(today=release)
    clock.when = dt.datetime.combine(release, dt.time(12), dt.UTC)
    (risk,) = asyncio.run(service.refresh([watched.key])).companies
    assert risk.new == new_flags(before, risk.trend)
    entry = store.watchlist.get_company(watched.id)
    assert entry.last_release_checked == release and entry.flags_new == bool(risk.new)


def test_unknown_company_fails_in_place(sandbox, client, store):
    keys = keys_of(2) + ["company_name:没有这家公司有限公司"]
    outcome = asyncio.run(RiskService(client, store).refresh(keys))
    assert [c.error is None for c in outcome.companies] == [True, True, False]
    assert outcome.companies[2].error.code == 68300012 and outcome.fatal is None


def test_quota_error_stops_the_refresh(sandbox, client, store):
    sandbox.configure(fail_next=[67200005], inject_ops={"C029"})
    outcome = asyncio.run(RiskService(client, store, max_workers=1).refresh(keys_of(5)))
    assert outcome.fatal is not None and outcome.fatal.code == 67200005
    assert sandbox.counts["C029"] == 1 and sandbox.counts["C027"] == 0


def test_backfill_makes_exactly_the_announced_calls_and_none_twice(sandbox, client, store):
    service = RiskService(client, store)
    keys = keys_of(2)
    plan = service.backfill_plan(keys, 4)
    assert len(plan) == 8
    outcome = asyncio.run(service.backfill(plan))
    assert outcome.done == 8 and sandbox.counts["C028"] == 8
    assert service.backfill_plan(keys, 4) == []
    more = service.backfill_plan(keys, 6)
    assert len(more) == 4
    asyncio.run(service.backfill(more))
    assert sandbox.counts["C028"] == 12
    history = service.history(keys[0])
    assert [h.date for h in history] == sorted(h.date for h in history) and len(history) == 6
