"""The release monitor's decisions (no Qt): which watched companies are due for which release, and what a
monitoring refresh found.

PatSnap publishes risk data on the 1st and the 16th. A company is *due* when its last checked release is older
than the latest release on or before today, so each company is refreshed at most once per release (a company the
service does not know, 68300012, or refuses, counts as checked for that release too, whichever refresh failed:
it is asked again only on an explicit refresh or at the next release). After a monitoring
refresh, the companies whose flags appeared or grew since their previous check are the news to announce.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from ipdesk.api.errors import BadRequestError, CompanyNotFoundError
from ipdesk.services import releases
from ipdesk.services.risk import stored_error
from ipdesk.services.watchlist import watch_name

PERMANENT_ERRORS = (CompanyNotFoundError, BadRequestError)  # asking again the same release cannot help


def failed_for_good(company, release: date) -> bool:
    """The company's last refresh failed with a permanent error on or after ``release`` (not found, refused)."""
    when = company.last_error_at
    return isinstance(stored_error(company), PERMANENT_ERRORS) and when is not None and when.date() >= release


def due_companies(companies: Sequence, today: date) -> list:
    """The watched companies not checked for the latest release on or before ``today`` (a permanent failure
    since that release counts as checked)."""
    latest = releases.latest_release(today)
    return [
        c
        for c in companies
        if (c.last_release_checked is None or c.last_release_checked < latest)
        and not failed_for_good(c, latest)
    ]


@dataclass(frozen=True)
class News:
    name: str
    flags: dict[str, int]  # flag -> growth, the flags that appeared or grew


@dataclass
class MonitorOutcome:
    checked: list = field(default_factory=list)  # WatchedCompany entries marked checked (not found, refused)
    news: list[News] = field(default_factory=list)


def after_refresh(
    store, companies: Sequence, previous_checks: Mapping[str, object], today: date
) -> MonitorOutcome:
    """Count the companies the service does not know or refuses as checked for today's release, and list the
    news: flags that appeared or grew at a company checked before (blocking: store writes)."""
    release = releases.latest_release(today)
    watched = {c.key: c for c in store.watchlist.list_companies()}
    outcome = MonitorOutcome()
    for risk in companies:
        company = watched.get(risk.key)
        if company is None:
            continue
        if isinstance(risk.error, PERMANENT_ERRORS):
            outcome.checked.append(store.watchlist.update_company(company.id, last_release_checked=release))
        if risk.new and previous_checks.get(risk.key) is not None:
            flags = {flag: risk.flags[flag] for flag in sorted(risk.new)}
            outcome.news.append(News(watch_name(company, risk.trend), flags))
    return outcome
