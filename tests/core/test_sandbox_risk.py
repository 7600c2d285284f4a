"""C027, C028 and C029 on the sandbox over real HTTP: identifier precedence, snapshots in force at a date,
trends consistent with the snapshots, unknown values, unknown companies."""

from __future__ import annotations

import datetime

import pytest
import requests

from ipdesk.sandbox.codes import is_valid_credit_code, is_valid_org_number
from ipdesk.sandbox.credentials import DEMO_API_KEY
from ipdesk.sandbox.demo import demo_companies

BASE = "/company/enterprise-patent-risk-warning"
XIAOMI = {
    "company_name": "小米科技有限责任公司",
    "credit_code": "91110108551385082Q",
    "org_number": "55138508-2",
}


def post(sandbox, suffix, body):
    headers = {"Authorization": f"Bearer {DEMO_API_KEY}"}
    return requests.post(sandbox.base_url + BASE + suffix, json=body, headers=headers, timeout=10).json()


def test_demo_companies_have_valid_codes():
    companies = demo_companies()
    assert len(companies) >= 12
    assert {k: v for k, v in companies[0].items() if k != "name"} == {
        "credit_code": XIAOMI["credit_code"],
        "org_number": XIAOMI["org_number"],
    }
    hanchuan = next(c for c in companies if c["name"] == "苏州瀚川智能科技股份有限公司")
    assert hanchuan["org_number"] == "05669441-9" and hanchuan["credit_code"] == "913205940566944194"
    for company in companies:
        assert is_valid_credit_code(company["credit_code"]), company
        assert is_valid_org_number(company["org_number"]), company
        assert company["credit_code"][8:17] == company["org_number"].replace("-", "")
    assert len({c["credit_code"] for c in companies}) == len(companies)


@pytest.mark.parametrize(
    "body",
    [
        {"credit_code": "91110108551385082q"},
        {"org_number": "551385082"},
        {"org_number": "55138508-2"},
        {"company_name": "小米科技有限责任公司"},
        {"credit_code": "91110108551385082Q", "company_name": "不存在的公司"},
    ],
)
def test_c027_identifiers(sandbox, body):
    answer = post(sandbox, "", body)
    assert answer["error_code"] == 0
    assert {k: answer["data"][k] for k in XIAOMI} == XIAOMI


def test_precedence_and_unknown(sandbox):
    other = demo_companies()[5]
    answer = post(
        sandbox, "-trend", {"credit_code": other["credit_code"], "org_number": XIAOMI["org_number"]}
    )
    assert answer["data"]["company_name"] == other["name"]
    answer = post(sandbox, "", {"org_number": other["org_number"], "company_name": XIAOMI["company_name"]})
    assert answer["data"]["company_name"] == other["name"]
    # the preferred identifier decides even when it is unknown
    unknown_code = {**XIAOMI, "credit_code": "91110108551385000X"}
    assert post(sandbox, "", unknown_code)["error_code"] == 68300012
    assert post(sandbox, "-trend", {"company_name": "不存在的公司"})["error_code"] == 68300012
    assert post(sandbox, "", {})["error_code"] == 68300004
    assert sandbox.keys_served["C027"] == {other["credit_code"]: 1}


@pytest.mark.parametrize(
    "today", [datetime.date(2026, 11, 20), datetime.date(2031, 3, 1), datetime.date(2027, 1, 15)]
)
def test_snapshots_and_trend_are_consistent(sandbox, today):
    sandbox.configure(today=today)
    latest = today.replace(day=16 if today.day >= 16 else 1)
    previous = (
        latest.replace(day=1) if latest.day == 16 else (latest - datetime.timedelta(days=1)).replace(day=16)
    )
    for company in demo_companies():
        who = {"credit_code": company["credit_code"]}
        now = post(sandbox, "", who)["data"]
        at_latest = post(sandbox, "-backtracking", {**who, "date": latest.strftime("%Y%m%d")})["data"]
        before = post(
            sandbox,
            "-backtracking",
            {**who, "date": (latest - datetime.timedelta(days=1)).strftime("%Y%m%d")},
        )
        trend = post(sandbox, "-trend", who)["data"]
        assert at_latest.pop("date") == latest.strftime("%Y%m%d")
        assert at_latest == now
        before = before["data"]
        assert before["date"] == previous.strftime("%Y%m%d")
        for group in ("patent_count", "patent_event_count"):
            for field in set(now[group]) | set(before[group]):
                growth = trend[f"{group}_growth"].get(f"{field}_growth")
                if field in now[group] and field in before[group]:
                    assert growth == now[group][field] - before[group][field], (company, field)
                else:
                    assert growth is None


def test_c028_dates(sandbox):
    sandbox.configure(today=datetime.date(2026, 11, 20))
    who = {"org_number": "05669441-9"}
    assert post(sandbox, "-backtracking", {**who, "date": "20261115"})["data"]["date"] == "20261101"
    assert post(sandbox, "-backtracking", {**who, "date": 20251201})["data"]["date"] == "20251201"
    assert post(sandbox, "-backtracking", {**who, "date": "20271231"})["data"]["date"] == "20261116"
    dates = set()
    for months in range(12):
        for day in (1, 16):
            year, month = divmod(2026 * 12 + 10 - months, 12)
            stamp = f"{year}{month + 1:02d}{day:02d}"
            answer = post(sandbox, "-backtracking", {**who, "date": stamp})
            assert answer["error_code"] == 0, stamp
            dates.add(answer["data"]["date"])
    assert len(dates) == 24
    assert post(sandbox, "-backtracking", {**who, "date": "20200101"})["error_code"] == 68300012
    for bad in ("2026-11-01", "20261340", "", None):
        assert post(sandbox, "-backtracking", {**who, "date": bad})["error_code"] == 68300004
    assert post(sandbox, "-backtracking", who)["error_code"] == 68300004


def test_risk_signals_and_unknown_values(sandbox):
    growing = {"pledge": 0, "litigation_defendant": 0, "reexam": 0, "transfer_out": 0}
    unknown = 0
    for company in demo_companies():
        trend = post(sandbox, "-trend", {"credit_code": company["credit_code"]})["data"]
        for event in growing:
            if (trend["patent_event_count_growth"].get(f"{event}_growth") or 0) > 0:
                growing[event] += 1
        current = post(sandbox, "", {"credit_code": company["credit_code"]})["data"]
        unknown += 16 - len(current["patent_count"]) - len(current["patent_event_count"])
    assert all(n >= 2 for n in growing.values()), growing
    assert unknown >= 3
    sandbox.configure(quirks=True)
    chengdu = next(c for c in demo_companies() if c["name"].startswith("成都"))
    data = post(sandbox, "", {"credit_code": chengdu["credit_code"]})["data"]
    assert data["patent_count"]["rejected"] == "-"
    assert (
        post(sandbox, "-trend", {"credit_code": chengdu["credit_code"]})["data"]["patent_count_growth"][
            "rejected_growth"
        ]
        == "-"
    )
