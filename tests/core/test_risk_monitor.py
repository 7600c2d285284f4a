"""The release monitor's decisions and the watchlist service, without Qt: due companies per release, a
not-found company counted as checked, the news of flags that grew, import skipping bad check characters."""

from __future__ import annotations

from datetime import date

from ipdesk.api.errors import error_for_code
from ipdesk.api.models import CompanyIdentity, RiskTrend
from ipdesk.services.monitor import after_refresh, due_companies
from ipdesk.services.risk import CompanyRisk
from ipdesk.services.watchlist import WatchlistService

XIAOMI = "91110108551385082Q"


def _trend(name: str, rejected: int) -> RiskTrend:
    return RiskTrend(CompanyIdentity(name, None, None, False), {"rejected_growth": rejected}, {})


def test_a_company_is_due_once_per_release(store):
    company = store.watchlist.add_company("credit_code", XIAOMI)
    assert due_companies([company], date(2026, 3, 10)) == [company]  # never checked
    checked = store.watchlist.update_company(company.id, last_release_checked=date(2026, 3, 1))
    assert due_companies([checked], date(2026, 3, 15)) == []
    assert due_companies([checked], date(2026, 3, 16)) == [checked]  # the 16 March release is out


def test_after_refresh_marks_unknown_companies_checked_and_lists_what_grew(store):
    xiaomi = store.watchlist.add_company("credit_code", XIAOMI)
    missing = store.watchlist.add_company("company_name", "北京不存在科技有限公司")
    grown = CompanyRisk(xiaomi.key, trend=_trend("小米科技有限责任公司", 25), new={"rejected"})
    first = CompanyRisk(missing.key, error=error_for_code(68300012))
    outcome = after_refresh(store, [grown, first], {xiaomi.key: date(2026, 3, 1)}, date(2026, 3, 20))
    assert [c.key for c in outcome.checked] == [missing.key]
    assert store.watchlist.get_company(missing.id).last_release_checked == date(2026, 3, 16)
    assert [(n.name, n.flags) for n in outcome.news] == [("小米科技有限责任公司", {"rejected": 25})]
    # a company's first check has nothing to compare with: no news
    again = after_refresh(store, [grown], {xiaomi.key: None}, date(2026, 3, 20))
    assert again.news == []


def test_watchlist_service_adds_skips_bad_codes_and_removes(store):
    service = WatchlistService(store)
    outcome = service.add_values([XIAOMI, "91110108551385082R", "", XIAOMI])
    assert [c.value for c in outcome.companies] == [XIAOMI, XIAOMI]  # already watched: the same entry
    assert outcome.skipped == ["91110108551385082R"]
    (company,) = store.watchlist.list_companies()
    assert service.update(company.id, tags=["supplier"]).tags == ("supplier",)
    service.remove([company.id])
    assert store.watchlist.list_companies() == []


def test_a_permanent_failure_is_not_due_again_until_the_next_release(store):
    from datetime import UTC, datetime

    missing = store.watchlist.add_company("company_name", "北京不存在科技有限公司")
    flaky = store.watchlist.add_company("credit_code", XIAOMI)
    failed_at = datetime(2026, 3, 20, 9, 0, tzinfo=UTC)
    missing = store.watchlist.update_company(missing.id, last_error_code=68300012, last_error_at=failed_at)
    flaky = store.watchlist.update_company(flaky.id, last_error_kind="transport", last_error_at=failed_at)
    # not found since the 16 March release: not asked again for it; a transport failure is retried
    assert due_companies([missing, flaky], date(2026, 3, 25)) == [flaky]
    assert due_companies([missing], date(2026, 4, 1)) == [missing]  # the 1 April release is out
