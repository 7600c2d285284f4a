"""Company risk service: C029 + C027 refresh (cached until the next release), C028 history and backfill.

Risk flags come from the C029 growth figures (growth since the previous release). A flag is raised when the
patent-count growth or the event-count growth of its indicator is above zero:

    pledge (new pledges), litigation_defendant (litigation as defendant), reexam (invalidation requests),
    transfer_out (transfers out), rejected (rejections)

Unknown values ("-", null) raise nothing and stay unknown. Risk score = sum over raised flags of
``FLAG_WEIGHTS[flag] * growth`` (growth = the larger of the two figures), so litigation and invalidation weigh
most. "New since last check": a flag whose growth is above what the previously stored C029 answer showed
(or that it did not show at all); nothing is new at a company's first check.

The outcome of a watched company's last refresh is kept on its watchlist entry: the error it failed with (e.g.
68300012 "company not found") is stored by the worker that made the call, and cleared when a refresh succeeds;
``stored_error`` rebuilds it as an ApiError so that it is shown after a restart as a live failure is.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from ipdesk.api.errors import ApiError, error_for_code
from ipdesk.api.models import RiskCounts, RiskTrend, parse_risk_counts, parse_risk_trend
from ipdesk.services import releases
from ipdesk.services.batch import BatchOutcome, BatchRunner, Progress, Unit

TREND_OP, CURRENT_OP, HISTORY_OP = "C029", "C027", "C028"
FLAG_FIELDS: dict[str, tuple[str, ...]] = {
    "pledge": ("patent_pledge_growth", "pledge_growth"),
    "litigation_defendant": ("patent_litigation_defendant_growth", "litigation_defendant_growth"),
    "reexam": ("patent_reexam_growth", "reexam_growth"),
    "transfer_out": ("patent_transfer_out_growth", "transfer_out_growth"),
    "rejected": ("rejected_growth",),
}
FLAGS = tuple(FLAG_FIELDS)
FLAG_WEIGHTS = {"litigation_defendant": 3, "reexam": 3, "pledge": 2, "transfer_out": 2, "rejected": 1}
POSITIVE_FIELDS = ("apno_cnt_growth", "granted_invention_cnt_growth")


def company_key(query) -> str:
    """The results-cache key of a company query ("credit_code:9111...", as WatchedCompany.key)."""
    return f"{query.kind}:{query.value}"


def query_from_key(key: str):
    from ipdesk.api.client import CompanyQuery

    kind, _, value = key.partition(":")
    return CompanyQuery(kind=kind, value=value)  # type: ignore[arg-type]


def _growth(trend: RiskTrend, name: str) -> int | None:
    if name in trend.count_growth:
        return trend.count_growth[name]
    return trend.event_growth.get(name)


def flag_values(trend: RiskTrend) -> dict[str, int | None]:
    """flag -> growth (the largest known figure), None when every figure is unknown."""
    out: dict[str, int | None] = {}
    for flag, names in FLAG_FIELDS.items():
        known = [v for v in (_growth(trend, n) for n in names) if v is not None]
        out[flag] = max(known) if known else None
    return out


def raised_flags(trend: RiskTrend) -> dict[str, int]:
    """The flags raised (growth > 0) with their growth."""
    return {flag: value for flag, value in flag_values(trend).items() if value is not None and value > 0}


def positive_signals(trend: RiskTrend) -> dict[str, int | None]:
    return {name: trend.count_growth.get(name) for name in POSITIVE_FIELDS}


def risk_score(trend: RiskTrend) -> int:
    return sum(FLAG_WEIGHTS[flag] * value for flag, value in raised_flags(trend).items())


def new_flags(previous: RiskTrend | None, current: RiskTrend) -> set[str]:
    """Flags raised now that were not raised before, or whose growth is higher than before.

    Nothing is "new" at the first check of a company (there is no earlier answer to compare with)."""
    if previous is None:
        return set()
    before = raised_flags(previous)
    return {flag for flag, value in raised_flags(current).items() if value > before.get(flag, 0)}


@dataclass
class CompanyRisk:
    key: str
    trend: RiskTrend | None = None
    current: RiskCounts | None = None
    new: set[str] = field(default_factory=set)
    from_store: bool = False
    error: ApiError | None = None

    @property
    def flags(self) -> dict[str, int]:
        return raised_flags(self.trend) if self.trend is not None else {}

    @property
    def score(self) -> int:
        return risk_score(self.trend) if self.trend is not None else 0


@dataclass
class RiskOutcome:
    companies: list[CompanyRisk]
    batch: BatchOutcome

    @property
    def fatal(self) -> ApiError | None:
        return self.batch.fatal


@dataclass(frozen=True)
class RefreshPlan:
    """What a refresh of ``keys`` will cost: ``calls`` paid calls (C029 + C027 not answered fresh by the
    store), ``stored`` companies answered wholly from the store (they cost nothing)."""

    keys: tuple[str, ...]
    calls: int
    stored: int


_NO_ERROR = {"last_error_code": None, "last_error_kind": None, "last_error_at": None}


def stored_error(company) -> ApiError | None:
    """The error a watched company's last refresh failed with (stored on the WatchedCompany), rebuilt as the
    ApiError a live failure would be, so it is shown the same way; None when it succeeded or never ran."""
    if company.last_error_code is not None:
        return error_for_code(company.last_error_code)
    if company.last_error_kind is not None:
        return ApiError(kind=company.last_error_kind)
    return None


def _utc_now() -> datetime:
    return datetime.now(UTC)


class RiskService:
    """Refresh, history and backfill for companies; blocking calls run on the batch runner's thread pool."""

    def __init__(
        self,
        client,
        store,
        *,
        profile: str = "",
        max_workers: int = 8,
        now: Callable[[], datetime] = _utc_now,
    ) -> None:
        self.client = client
        self.store = store
        self.profile = profile
        self.max_workers = max_workers
        self.now = now

    # -- reading the store ----------------------------------------------------------------------------------------

    def stored(self, key: str, *, fresh_only: bool = True) -> CompanyRisk | None:
        """The stored C029 + C027 of a company (fresh ones only by default), or None when either is missing."""
        now = self.now()
        trend = self.store.results.get_result(TREND_OP, key, fresh_only=fresh_only, now=now)
        current = self.store.results.get_result(CURRENT_OP, key, fresh_only=fresh_only, now=now)
        if trend is None or current is None:
            return None
        return CompanyRisk(
            key, parse_risk_trend(trend.payload), parse_risk_counts(current.payload), from_store=True
        )

    def history(self, key: str) -> list[RiskCounts]:
        """Stored C028 snapshots of a company, oldest first."""
        return [parse_risk_counts(r.payload) for r in self.store.results.results_for_key(HISTORY_OP, key)]

    def history_points(self, key: str) -> list[tuple[date, RiskCounts]]:
        """Stored C028 snapshots plus the current C027 counts (at the release they were fetched in), by day."""
        points: dict[date, RiskCounts] = {}
        for counts in self.history(key):
            if counts.date:
                day = date(int(counts.date[:4]), int(counts.date[4:6]), int(counts.date[6:8]))
                points[day] = counts
        current = self.store.results.get_result(CURRENT_OP, key)
        if current is not None:
            day = releases.latest_release(current.fetched_at.date())
            points.setdefault(day, parse_risk_counts(current.payload))
        return sorted(points.items())

    def refresh_plan(self, keys: Iterable[str], *, force: bool = False) -> RefreshPlan:
        """The calls ``refresh(keys, force=force)`` will make, counted from the fresh answers the store holds
        (the same freshness ``refresh`` uses): the number the one rule for paid work (``services.cost``) needs."""
        keys = tuple(dict.fromkeys(keys))
        if force:
            return RefreshPlan(keys, 2 * len(keys), 0)
        now = self.now()
        calls = stored = 0
        for key in keys:
            missing = sum(
                self.store.results.get_result(op, key, fresh_only=True, now=now) is None
                for op in (TREND_OP, CURRENT_OP)
            )
            calls += missing
            stored += missing == 0
        return RefreshPlan(keys, calls, stored)

    def backfill_plan(self, keys: Iterable[str], releases_back: int, today: date | None = None) -> list[str]:
        """The (company, date) units not stored yet for the last ``releases_back`` release dates: one call each.

        Returned as "key@YYYYMMDD" strings; ``len(plan)`` is the number of calls ``backfill`` will make."""
        today = today or self.now().date()
        dates = [d.strftime("%Y%m%d") for d in releases.release_dates_back(today, releases_back)]
        plan = []
        for key in keys:
            have = set(self.store.results.variants(HISTORY_OP, key))
            plan.extend(f"{key}@{d}" for d in sorted(dates) if d not in have)
        return plan

    # -- worker threads -----------------------------------------------------------------------------------------

    def _refresh_one(self, unit: Unit, cancel: threading.Event, force: bool) -> CompanyRisk:
        key = unit.keys[0]
        query = query_from_key(key)
        now = self.now()
        old = self.store.results.get_result(TREND_OP, key)
        previous = parse_risk_trend(old.payload) if old is not None else None
        fresh = None if force or old is None or not old.is_fresh(now) else previous
        if fresh is None:
            trend = self.client.risk_trend(query, cancel=cancel)
            self.store.results.put_result(TREND_OP, key, trend.raw, "", self.profile, fetched_at=now)
        else:
            trend, previous = fresh, None
        hit = None if force else self.store.results.get_result(CURRENT_OP, key, fresh_only=True, now=now)
        if hit is not None:
            current = parse_risk_counts(hit.payload)
        else:
            current = self.client.risk_warning(query, cancel=cancel)
            self.store.results.put_result(CURRENT_OP, key, current.raw, "", self.profile, fetched_at=now)
        new = new_flags(previous, trend) if fresh is None else set()
        risk = CompanyRisk(key, trend, current, new, from_store=fresh is not None and hit is not None)
        self._after_refresh(risk, now)
        return risk

    def _watched(self, key: str):
        kind, _, value = key.partition(":")
        return self.store.watchlist.find_company(kind, value)

    def _after_refresh(self, risk: CompanyRisk, now: datetime) -> None:
        """Record the refresh on the watchlist entry, if the company is watched (a stored error is cleared)."""
        watched = self._watched(risk.key)
        if watched is None:
            return
        if risk.from_store:
            self._clear_error(watched)
            return
        fields = {"last_refreshed": now, "last_release_checked": releases.latest_release(now.date())}
        fields.update(_NO_ERROR)
        if risk.new:
            fields["flags_new"] = True
        self.store.watchlist.update_company(watched.id, **fields)

    def _clear_error(self, watched) -> None:
        if watched is not None and watched.failed:
            self.store.watchlist.update_company(watched.id, **_NO_ERROR)

    def _record_failure(self, unit: Unit, error: ApiError) -> None:
        """Store the error a watched company's refresh failed with (worker thread; not for fatal errors)."""
        watched = self._watched(unit.keys[0])
        if watched is not None:
            kind = None if error.code is not None else error.kind  # the code says it all when there is one
            self.store.watchlist.update_company(
                watched.id, last_error_code=error.code, last_error_kind=kind, last_error_at=self.now()
            )

    def _backfill_one(self, unit: Unit, cancel: threading.Event) -> RiskCounts:
        key, _, day = unit.keys[0].rpartition("@")
        counts = self.client.risk_backtracking(query_from_key(key), day, cancel=cancel)
        self.store.results.put_result(HISTORY_OP, key, counts.raw, day, self.profile)
        return counts

    # -- event loop ---------------------------------------------------------------------------------------------

    async def refresh(
        self,
        keys: Sequence[str],
        *,
        force: bool = False,
        on_progress: Callable[[Progress], None] | None = None,
        on_company: Callable[[CompanyRisk], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> RiskOutcome:
        """C029 + C027 for each company key; fresh stored answers are used unless ``force``."""
        keys = list(dict.fromkeys(keys))
        results: dict[str, CompanyRisk] = {}

        def done(unit: Unit, risk: CompanyRisk) -> None:
            results[risk.key] = risk
            if on_company is not None:
                on_company(risk)

        todo = []
        for key in keys:
            hit = None if force else self.stored(key)
            if hit is not None:
                results[key] = hit
                if not self.store.read_only:  # (a read-only store is browsed: nothing recorded)
                    self._clear_error(self._watched(key))  # shown as succeeded: not failed after a restart
            else:
                todo.append(key)
        runner = BatchRunner(
            lambda unit, ev: self._refresh_one(unit, ev, force),
            record_failure=self._record_failure,
            max_workers=self.max_workers,
            on_progress=on_progress,
            on_unit_done=done,
            cancel=cancel,
            bisect=False,
        )
        outcome = await runner.run([Unit("company", (key,)) for key in todo])
        companies = []
        for key in keys:
            risk = results.get(key) or CompanyRisk(key, error=outcome.failures.get(key))
            companies.append(risk)
        return RiskOutcome(companies, outcome)

    async def backfill(
        self,
        plan: Sequence[str],
        *,
        on_progress: Callable[[Progress], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> BatchOutcome:
        """Fetch the C028 snapshots of a ``backfill_plan`` (exactly one call per entry when nothing fails)."""
        runner = BatchRunner(
            self._backfill_one,
            max_workers=self.max_workers,
            on_progress=on_progress,
            cancel=cancel,
            bisect=False,
        )
        return await runner.run([Unit("C028", (entry,)) for entry in plan])


def growth_record(risk: CompanyRisk, lang: str = "en") -> dict[str, object]:
    """A flat record of a company's C029 figures, flags and score (CLI output, exports); the error in `lang`."""
    record: dict[str, object] = {"company": risk.key}
    trend = risk.trend
    if trend is not None:
        ident = trend.company
        record.update(
            company_name=ident.company_name, credit_code=ident.credit_code, org_number=ident.org_number
        )
        record.update(_as_dict(trend.count_growth))
        record.update(_as_dict(trend.event_growth))
    record["flags"] = ",".join(sorted(risk.flags))
    record["new_flags"] = ",".join(sorted(risk.new))
    record["score"] = risk.score
    record["error"] = risk.error.message(lang) if risk.error is not None else ""
    return record


def _as_dict(values: Mapping[str, int | None]) -> dict[str, int | None]:
    return dict(values)
