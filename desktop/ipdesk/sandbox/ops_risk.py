"""C027 (current risk counts), C028 (snapshot at a date) and C029 (growth at the latest release).

Releases are on the 1st and 16th. The stored series are relative: index 0 is the latest release on or
before the serve context's `today`, index i is i releases earlier, so the data stays sensible whatever
the date. Unknown values (null in the data) are omitted, or sent as null or "-" (see ServeContext).
"""

from __future__ import annotations

import datetime
import re
from decimal import Decimal
from typing import Any

from ipdesk.sandbox import demo_data
from ipdesk.sandbox.codes import normalize_identifier
from ipdesk.sandbox.ops_common import OpError, ServeContext


def latest_release(day: datetime.date) -> datetime.date:
    return day.replace(day=16 if day.day >= 16 else 1)


def previous_release(release: datetime.date) -> datetime.date:
    if release.day == 16:
        return release.replace(day=1)
    last_month = release - datetime.timedelta(days=1)
    return last_month.replace(day=16)


def releases_between(newer: datetime.date, older: datetime.date) -> int:
    """Number of release steps from release `older` up to release `newer`."""
    months = (newer.year - older.year) * 12 + newer.month - older.month
    return months * 2 + (newer.day == 16) - (older.day == 16)


def find_company(body: Any) -> dict:
    if not isinstance(body, dict):
        raise OpError(68300004)
    for field in ("credit_code", "org_number", "company_name"):
        value = body.get(field)
        if value is None or str(value).strip() == "":
            continue
        wanted = str(value).strip() if field == "company_name" else normalize_identifier(str(value))
        for company in demo_data.risk()["companies"]:
            have = company[field] if field == "company_name" else normalize_identifier(company[field])
            if have == wanted:
                return company
        raise OpError(68300012)
    raise OpError(68300004)


def _identity(company: dict, ctx: ServeContext) -> dict:
    credit: str | int = company["credit_code"]
    if ctx.quirks and credit.isdigit():  # as in the docs' example: a JSON number that lost digits
        credit = int(Decimal(repr(float(credit))))
    return {
        "org_number": company["org_number"],
        "credit_code": credit,
        "company_name": company["company_name"],
    }


def _put(target: dict, key: str, value: int | None, ctx: ServeContext) -> None:
    if value is not None:
        target[key] = value
    elif ctx.unknown_as == "null":
        target[key] = None
    elif ctx.unknown_as == "dash":
        target[key] = "-"


def _snapshot(company: dict, index: int, ctx: ServeContext) -> dict:
    data = _identity(company, ctx)
    for group in ("patent_count", "patent_event_count"):
        data[group] = {}
        for field, series in company[group].items():
            _put(data[group], field, series[index], ctx)
    return data


def risk_warning(body: Any, ctx: ServeContext) -> tuple[dict, list[str]]:
    company = find_company(body)
    return _snapshot(company, 0, ctx), [company["credit_code"]]


def _parse_date(value: Any) -> datetime.date:
    text = str(value).strip() if isinstance(value, (str, int)) and not isinstance(value, bool) else ""
    if not re.fullmatch(r"\d{8}", text):
        raise OpError(68300004)
    try:
        return datetime.date(int(text[:4]), int(text[4:6]), int(text[6:]))
    except ValueError as exc:
        raise OpError(68300004) from exc


def risk_backtracking(body: Any, ctx: ServeContext) -> tuple[dict, list[str]]:
    if not isinstance(body, dict) or "date" not in body:
        raise OpError(68300004)
    wanted = _parse_date(body["date"])
    company = find_company(body)
    newest = latest_release(ctx.today)
    in_force = latest_release(min(wanted, ctx.today))
    index = releases_between(newest, in_force)
    if index >= len(company["patent_count"]["apno_cnt"]):
        raise OpError(68300012, "No snapshot for that date")
    data = _snapshot(company, index, ctx)
    stamp = in_force.strftime("%Y%m%d")
    data = {"date": int(stamp) if ctx.quirks else stamp, **data}
    return data, [company["credit_code"]]


def risk_trend(body: Any, ctx: ServeContext) -> tuple[dict, list[str]]:
    company = find_company(body)
    data = _identity(company, ctx)
    for group in ("patent_count", "patent_event_count"):
        growth: dict[str, Any] = {}
        for field, series in company[group].items():
            latest, previous = series[0], series[1]
            value = None if latest is None or previous is None else latest - previous
            _put(growth, f"{field}_growth", value, ctx)
        data[f"{group}_growth"] = growth
    return data, [company["credit_code"]]
