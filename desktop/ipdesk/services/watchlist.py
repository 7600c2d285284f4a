"""The company watchlist as front-ends use it: read with the last stored figures, add, import, remove, update.

Blocking store calls, written once for every front-end (the GUI runs them on a task-layer worker, never on its
own thread). The risk figures themselves come from ``RiskService``; this module only keeps the list.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ipdesk.api.errors import ApiError
from ipdesk.api.models import RiskCounts, RiskTrend
from ipdesk.services.companies import classify_company
from ipdesk.services.risk import RiskService, stored_error


def watch_name(company, trend: RiskTrend | None) -> str:
    """The name a watched company is shown by: the user's name for it, else the name in its C029 answer."""
    if company.display_name:
        return company.display_name
    ident = trend.company if trend is not None else None
    if ident is not None and ident.company_name:
        return ident.company_name
    return company.value


@dataclass
class WatchEntry:
    """A watched company with its last stored figures (either may be None) and the error its last refresh
    failed with (rebuilt from the store, no call made)."""

    company: object  # WatchedCompany
    trend: RiskTrend | None = None
    current: RiskCounts | None = None
    error: ApiError | None = None


@dataclass
class ImportOutcome:
    companies: list = field(default_factory=list)  # WatchedCompany, in the order given (already watched too)
    skipped: list[str] = field(default_factory=list)  # codes failing their check character, as shown


class WatchlistService:
    def __init__(self, store) -> None:
        self.store = store

    def entries(self, risk: RiskService, *, samples: Sequence[str] = ()) -> list[WatchEntry]:
        """The watchlist with the last stored figures (stale ones too). An empty watchlist gets ``samples``
        (credit codes: the demo sandbox's sample companies, given by the front-end in demo mode) first."""
        companies = self.store.watchlist.list_companies()
        if not companies and samples:
            for code in samples:
                self.store.watchlist.add_company("credit_code", code)
            companies = self.store.watchlist.list_companies()
        entries = []
        for company in companies:
            stored = risk.stored(company.key, fresh_only=False)
            trend, current = (stored.trend, stored.current) if stored else (None, None)
            entries.append(WatchEntry(company, trend, current, stored_error(company)))
        return entries

    def entry(self, kind: str, value: str, *, verify_override: bool = False) -> WatchEntry:
        """Add one company (an already watched one is returned unchanged), without its figures."""
        company = self.store.watchlist.add_company(kind, value, verify_override=verify_override)
        return WatchEntry(company, error=stored_error(company))

    def add_values(self, values: Iterable[str]) -> ImportOutcome:
        """Add companies as typed in a list (no call is made); codes failing their check are skipped."""
        outcome = ImportOutcome()
        for value in values:
            entry = classify_company(value)
            if not entry.value:
                continue
            if entry.check is not None and not entry.check.ok:
                outcome.skipped.append(entry.display)
                continue
            outcome.companies.append(self.store.watchlist.add_company(entry.kind, entry.value))
        return outcome

    def remove(self, company_ids: Iterable[int]) -> None:
        for company_id in company_ids:
            self.store.watchlist.remove_company(company_id)

    def update(self, company_id: int, **fields) -> object:
        """Change a watched company's fields (note, tags, flags_new, last_release_checked...); the new entry."""
        return self.store.watchlist.update_company(company_id, **fields)
