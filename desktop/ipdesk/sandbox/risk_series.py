"""Demo companies and their risk-count series (used by make_demo_data; the output is committed JSON).

Every company has valid identifiers (check characters computed, not typed). Except for 小米科技有限责任公司
and 苏州瀚川智能科技股份有限公司 (the two companies in the PatSnap docs) the names are invented, and ALL the
numbers are synthetic demo data. Series index 0 is the latest release, index i is i releases (1st/16th)
earlier; the sandbox anchors index 0 to the latest release on or before its `today`.
"""

from __future__ import annotations

import random

from ipdesk.api.models import RISK_COUNT_FIELDS as COUNT_FIELDS
from ipdesk.api.models import RISK_EVENT_FIELDS as EVENT_FIELDS
from ipdesk.sandbox.codes import credit_check_char, org_check_char

RELEASES = 26
# event field -> the patent-count field that moves with it
_EVENT_TO_COUNT = {
    "pledge": "patent_pledge",
    "reexam": "patent_reexam",
    "transfer": "patent_transfer",
    "transfer_out": "patent_transfer_out",
    "litigation_defendant": "patent_litigation_defendant",
    "litigation_plaintiff": "patent_litigation_plaintiff",
}

# name, division code, org body (None = the fixed codes from the docs), size (patent applications),
# events growing at the latest release, fields unknown throughout, fields unknown at the latest release only
COMPANIES: tuple[tuple[str, str, str, int, tuple[str, ...], tuple[str, ...], tuple[str, ...]], ...] = (
    ("小米科技有限责任公司", "110108", "55138508", 52000, ("litigation_plaintiff",), (), ()),
    ("苏州瀚川智能科技股份有限公司", "320594", "05669441", 481, (), (), ()),
    ("深圳市澄星微电子有限公司", "440305", "MA5F3K2L", 1260, ("pledge",), (), ()),
    ("杭州栖云数智科技有限公司", "330106", "MA2H7Q1B", 860, (), ("patent_litigation_plaintiff",), ()),
    ("上海澜芯半导体股份有限公司", "310115", "32415876", 2310, ("transfer_out",), (), ()),
    ("北京知衡视觉技术有限公司", "110108", "MA01C8N4", 640, ("litigation_defendant",), (), ()),
    (
        "广州穗驰新能源汽车科技有限公司",
        "440112",
        "MA9W2R6T",
        3120,
        ("pledge", "litigation_defendant"),
        (),
        (),
    ),
    ("成都锦弦通信技术有限公司", "510107", "69874512", 1480, ("reexam",), (), ("rejected",)),
    ("武汉珞瑜激光装备股份有限公司", "420111", "77756432", 920, ("reexam", "transfer_out"), (), ()),
    ("南京栖霞湾生物医药科技有限公司", "320113", "MA1X4D7E", 310, (), ("active_invention_cnt",), ()),
    ("合肥蓝岸储能技术有限公司", "340104", "MA2T6U8P", 540, ("pledge",), (), ("patent_transfer",)),
    ("西安鸿渐航空材料有限公司", "610131", "71093385", 410, (), ("patent_reexam", "reexam"), ()),
    ("东莞松湖协作机器人有限公司", "441900", "MA4W9K3C", 275, ("transfer_out",), (), ()),
    ("天津澜港云计算服务有限公司", "120116", "MA06B2L5", 150, (), (), ()),
)


def identifiers(division: str, org_body: str) -> tuple[str, str]:
    """(credit code, org number 'XXXXXXXX-X') of an enterprise (type 91) in a division."""
    org_check = org_check_char(org_body)
    body17 = "91" + division + org_body + org_check
    return body17 + credit_check_char(body17), f"{org_body}-{org_check}"


def _series(rng: random.Random, size: int, growing: tuple[str, ...]) -> dict[str, list[int]]:
    """Cumulative series, oldest first, then reversed so index 0 is the latest release."""
    per_release = max(1, size // 120)
    apno = size - per_release * RELEASES
    granted = int(apno * rng.uniform(0.25, 0.45))
    active = int(granted * rng.uniform(0.75, 0.95))
    rejected = int(apno * rng.uniform(0.02, 0.06))
    events = {e: rng.randint(0, max(1, size // 400)) for e in EVENT_FIELDS}
    counts = {c: events[e] * rng.randint(1, 3) for e, c in _EVENT_TO_COUNT.items()}
    out: dict[str, list[int]] = {f: [] for f in COUNT_FIELDS + EVENT_FIELDS}
    for step in range(RELEASES):
        latest = step == RELEASES - 1
        new_apps = rng.randint(per_release // 2, per_release * 3 // 2 + 1)
        apno += new_apps
        new_grants = rng.randint(0, max(1, new_apps // 3))
        granted += new_grants
        active = min(granted, active + new_grants - rng.randint(0, max(1, new_grants // 4)))
        rejected += rng.randint(0, max(1, new_apps // 15))
        for event, count_field in _EVENT_TO_COUNT.items():
            bump = rng.random() < 0.12
            if latest:
                bump = event in growing
            if bump:
                n = rng.randint(1, 2)
                events[event] += n
                counts[count_field] += n * rng.randint(1, 3)
            elif event == "pledge" and counts[count_field] > 0 and rng.random() < 0.1:
                counts[count_field] -= 1  # a pledge released: pledged patents can go down
        values = {"apno_cnt": apno, "rejected": rejected, "active_invention_cnt": active}
        values["granted_invention_cnt"] = granted
        for field in COUNT_FIELDS + EVENT_FIELDS:
            out[field].append(values.get(field, counts.get(field, events.get(field, 0))))
    return {field: list(reversed(values)) for field, values in out.items()}


def build_companies(seed: int) -> list[dict]:
    rng = random.Random(seed)
    companies = []
    for name, division, org_body, size, growing, unknown, unknown_latest in COMPANIES:
        credit, org = identifiers(division, org_body)
        series = _series(rng, size, growing)
        for field in unknown:
            series[field] = [None] * RELEASES
        for field in unknown_latest:
            series[field][0] = None
        companies.append(
            {
                "company_name": name,
                "credit_code": credit,
                "org_number": org,
                "patent_count": {f: series[f] for f in COUNT_FIELDS},
                "patent_event_count": {f: series[f] for f in EVENT_FIELDS},
            }
        )
    return companies
