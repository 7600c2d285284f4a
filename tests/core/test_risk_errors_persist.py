"""The outcome of a watched company's last refresh is stored: the error it failed with, cleared by a success."""

from __future__ import annotations

import asyncio
import datetime as dt

from ipdesk.api.errors import BadRequestError, CompanyNotFoundError
from ipdesk.sandbox.demo import demo_companies
from ipdesk.services.risk import RiskService, stored_error
from ipdesk.services.store import Store

UNKNOWN = "北京不存在科技有限公司"


class Clock:
    def __init__(self, when: dt.datetime) -> None:
        self.when = when

    def __call__(self) -> dt.datetime:
        return self.when


def test_a_not_found_company_keeps_its_error_until_a_refresh_succeeds(sandbox, client, store, data_dir):
    known = store.watchlist.add_company("credit_code", demo_companies()[0]["credit_code"])
    unknown = store.watchlist.add_company("company_name", UNKNOWN)
    assert not unknown.failed and stored_error(unknown) is None
    when = dt.datetime(2025, 3, 20, 9, 30, tzinfo=dt.UTC)
    service = RiskService(client, store, now=Clock(when))
    outcome = asyncio.run(service.refresh([known.key, unknown.key]))
    assert outcome.companies[1].error.code == 68300012

    entry = store.watchlist.get_company(unknown.id)
    assert (entry.last_error_code, entry.last_error_kind, entry.last_error_at) == (68300012, None, when)
    assert entry.failed and entry.last_refreshed is None
    error = stored_error(entry)
    assert isinstance(error, CompanyNotFoundError) and error.code == 68300012
    assert error.message("zh") == outcome.companies[1].error.message("zh")
    assert not store.watchlist.get_company(known.id).failed  # the company that succeeded has no error
    assert stored_error(store.watchlist.get_company(known.id)) is None

    # kept across a reopen of the database (a restart)
    store.close()
    with Store(data_dir / "store.sqlite3") as reopened:
        assert reopened.watchlist.get_company(unknown.id).last_error_code == 68300012


def test_a_successful_refresh_clears_the_stored_error(sandbox, client, store):
    company = store.watchlist.add_company("credit_code", demo_companies()[1]["credit_code"])
    service = RiskService(client, store)
    sandbox.configure(fail_next=[68300004], inject_ops={"C029"})
    (risk,) = asyncio.run(service.refresh([company.key])).companies
    assert isinstance(risk.error, BadRequestError)
    entry = store.watchlist.get_company(company.id)
    assert entry.last_error_code == 68300004 and isinstance(stored_error(entry), BadRequestError)

    (risk,) = asyncio.run(service.refresh([company.key])).companies
    assert risk.error is None and risk.trend is not None
    entry = store.watchlist.get_company(company.id)
    assert (entry.last_error_code, entry.last_error_kind, entry.last_error_at) == (None, None, None)
    assert entry.last_refreshed is not None


def test_a_result_served_from_the_store_also_clears_it(sandbox, client, store):
    company = store.watchlist.add_company("credit_code", demo_companies()[2]["credit_code"])
    service = RiskService(client, store)
    asyncio.run(service.refresh([company.key]))
    sandbox.configure(fail_next=[68300004], inject_ops={"C029"})
    asyncio.run(service.refresh([company.key], force=True))
    assert store.watchlist.get_company(company.id).last_error_code == 68300004
    calls = sandbox.counts["C029"]
    (risk,) = asyncio.run(service.refresh([company.key])).companies  # fresh stored answers: no call
    assert risk.from_store and risk.error is None and sandbox.counts["C029"] == calls
    assert not store.watchlist.get_company(company.id).failed


def test_an_error_without_a_code_is_stored_by_its_kind(sandbox, client, store):
    company = store.watchlist.add_company("credit_code", demo_companies()[3]["credit_code"])
    sandbox.configure(fail_next=["non_json"] * 10, inject_ops={"C029"})
    (risk,) = asyncio.run(RiskService(client, store).refresh([company.key])).companies
    assert risk.error is not None and risk.error.code is None
    entry = store.watchlist.get_company(company.id)
    assert (entry.last_error_code, entry.last_error_kind) == (None, risk.error.kind)
    assert stored_error(entry).message("en") == risk.error.message("en")


def test_a_fatal_error_is_not_stored_on_the_companies(sandbox, client, store):
    companies = [store.watchlist.add_company("credit_code", c["credit_code"]) for c in demo_companies()[:3]]
    sandbox.configure(fail_next=[67200005], inject_ops={"C029"})
    outcome = asyncio.run(RiskService(client, store, max_workers=1).refresh([c.key for c in companies]))
    assert outcome.fatal is not None and outcome.fatal.code == 67200005
    assert not any(c.failed for c in store.watchlist.list_companies())


def test_unwatched_keys_store_nothing(sandbox, client, store):
    outcome = asyncio.run(RiskService(client, store).refresh([f"company_name:{UNKNOWN}"]))
    assert outcome.companies[0].error.code == 68300012
    assert store.watchlist.list_companies() == []
