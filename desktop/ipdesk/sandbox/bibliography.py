"""Demo bibliography (P011) of every demo patent (used by make_demo_data; the output is committed JSON).

Every entry is in the API's own shape (``pn``, ``patent_id``, ``bibliographic_data``), so the sandbox serves it
as it is. Titles and abstracts are synthetic, written from the patent's SEIC industry (the real US descriptions
get short descriptive titles written for the demo, the Chinese samples their own titles): English for every
patent, Chinese too for CN patents and some WO ones. Assignees come from a handful of companies, five of them
on the demo watchlist (``risk_series.COMPANIES``, the exact names); dates span the years of the numbers; the
patent type follows the kind code. ``EXTRA`` lists patents P011 knows and P022 does not (designs, a utility
model, the OpenAPI example): "known, without SEIC classification".
"""

from __future__ import annotations

import datetime
import random
import re

from ipdesk.sandbox.risk_series import COMPANIES

WATCHLIST_COMPANIES = {name for name, *_ in COMPANIES}  # the demo watchlist (risk.json)
CN_COMPANIES = (
    "小米科技有限责任公司",
    "苏州瀚川智能科技股份有限公司",
    "上海澜芯半导体股份有限公司",
    "广州穗驰新能源汽车科技有限公司",
    "合肥蓝岸储能技术有限公司",
    "青岛海岳精工机械有限公司",  # invented, not on the watchlist
)
OTHER_COMPANIES = (
    "Northwind Optics Inc.",
    "Helvetia Sensorik AG",
    "Kitano Precision Co., Ltd.",
    "Arcadia Networks LLC",
)
COMPANY_WEIGHTS = (30, 18, 14, 12, 10, 6)  # a few dominate, as in a real portfolio

# pn, patent_id, type, loc classes: known to P011 only (P022 leaves them out)
EXTRA = (
    ("US11205304B2", "718ead9c-4f3c-4674-8f5a-24e126827269", "PATENT", ()),  # the OpenAPI example
    ("CN306123456S", "5c1e3b1a-8d7e-4c52-9a41-0f3e2d6b7a90", "DESIGN", ("14-03",)),
    ("USD912345S", "a7d2c4e6-1b3f-4a58-8c9d-2e4f6a8b0c1d", "DESIGN", ("12-10",)),
    ("CN215678901U", "3f9b2d71-6c4e-4e8a-b5d3-7a1c9e0f2b46", "UTILITY", ()),
)
# the described patents: (en title, cn title | None, application date, publication date)
FIXTURES = {
    "CN110650438A": (
        "Beam management method and device in a millimetre-wave communication system",
        "一种毫米波通信系统中的波束管理方法及装置",
        "20190827",
        "20200103",
    ),
    "CN116420141A": (
        "Thermal runaway early-warning method and system for lithium-ion batteries based on multi-sensor fusion",
        "一种基于多传感器融合的锂离子电池热失控预警方法及系统",
        "20220708",
        "20230711",
    ),
    "WO2023284221A1": (
        "Thermal runaway early warning for lithium-ion batteries by multi-sensor fusion",
        "基于多传感器融合的锂离子电池热失控预警",
        "20220711",
        "20230119",
    ),
    "US3932709A": ("Electronic business telephone terminal", None, "19740412", "19760113"),
    "US3937375A": ("Bumper support for a boat loading device", None, "19740808", "19760210"),
    "US6336130B1": ("Automatic conversion of network messages between formats", None, "19991001", "20020101"),
    "US6337117B1": (
        "Optical memory device with a multi-layer recording medium",
        None,
        "19990624",
        "20020108",
    ),
    "US6859910B2": ("Method for locating and reporting a position of a device", None, "20010410", "20050222"),
    "US7272630B2": ("Locating a mobile station in a communication network", None, "20021210", "20070918"),
    "US8927118B2": ("Organic electroluminescent element and display", None, "20120622", "20150106"),
    "US8930553B2": (
        "Session Initiation Protocol call handling in a computer network",
        None,
        "20120723",
        "20150106",
    ),
    "US20010009014A1": ("Real-time multimedia conferencing over a network", None, "20000315", "20010719"),
    "US20050004437A1": ("Sensor system for monitoring physiological signals", None, "20040421", "20050106"),
}
# level-1 industry -> (topic en, topic cn) and IPC classes
TOPICS = {
    "1": (
        [
            ("data transmission in a wireless network", "无线网络数据传输"),
            ("edge computing task scheduling", "边缘计算任务调度"),
            ("image recognition with a neural network", "基于神经网络的图像识别"),
            ("semiconductor chip packaging", "半导体芯片封装"),
        ],
        ["H04L67/12", "H04W72/04", "G06N3/08", "G06F9/50", "H01L23/31"],
    ),
    "2": (
        [
            ("robotic assembly of workpieces", "工件的机器人装配"),
            ("visual inspection on a production line", "生产线视觉检测"),
            ("laser cutting head control", "激光切割头控制"),
        ],
        ["B25J9/16", "G05B19/418", "B23K26/38", "G01N21/88"],
    ),
    "3": (
        [
            ("a high-strength composite material", "高强度复合材料"),
            ("coating a metal alloy surface", "金属合金表面涂层"),
            ("preparing graphene films", "石墨烯薄膜制备"),
        ],
        ["C08J5/04", "C23C14/06", "C01B32/184", "C22C21/00"],
    ),
    "4": (
        [
            ("detecting a biomarker in a blood sample", "血液样本生物标志物检测"),
            ("a sustained-release drug carrier", "缓释药物载体"),
            ("gene editing of plant cells", "植物细胞基因编辑"),
        ],
        ["A61K9/16", "G01N33/53", "C12N15/82", "A61B5/00"],
    ),
    "5": (
        [
            ("battery pack thermal management of an electric vehicle", "电动汽车电池包热管理"),
            ("charging pile power distribution", "充电桩功率分配"),
            ("motor controller of an electric vehicle", "电动汽车电机控制器"),
        ],
        ["B60L58/26", "H01M10/613", "B60L53/62", "H02P21/00"],
    ),
    "6": (
        [
            ("photovoltaic module power tracking", "光伏组件功率跟踪"),
            ("energy storage scheduling in a smart grid", "智能电网储能调度"),
            ("wind turbine blade pitch control", "风机叶片变桨控制"),
        ],
        ["H02J3/32", "H02S40/32", "F03D7/02", "H02J3/38"],
    ),
    "7": (
        [
            ("waste heat recovery", "余热回收"),
            ("treating industrial wastewater", "工业废水处理"),
            ("recycling spent batteries", "废旧电池回收"),
        ],
        ["F27D17/00", "C02F9/00", "H01M10/54", "B01D53/86"],
    ),
    "8": (
        [
            ("rendering a virtual reality scene", "虚拟现实场景渲染"),
            ("interactive digital content creation", "交互式数字内容创作"),
        ],
        ["G06T19/00", "G06F3/01", "H04N21/431"],
    ),
    "9": (
        [
            ("managing an innovation service platform", "创新服务平台管理"),
            ("technology transfer evaluation", "技术转移评估"),
        ],
        ["G06Q10/06", "G06Q50/18"],
    ),
}
FORMS = (("Method", "方法"), ("System", "系统"), ("Device", "装置"), ("Method and system", "方法及系统"))
CN_SURNAMES = "王李张刘陈杨黄赵周吴徐孙马朱胡郭何林高罗"
CN_GIVEN = (
    "伟",
    "芳",
    "娜",
    "敏",
    "静",
    "磊",
    "洋",
    "勇",
    "艳",
    "杰",
    "涛",
    "明",
    "超",
    "秀英",
    "志强",
    "建华",
)
EN_FIRST = (
    "James",
    "Maria",
    "Akira",
    "Anna",
    "Thomas",
    "Yuki",
    "Daniel",
    "Sofia",
    "Lukas",
    "Emily",
    "Min-jun",
)
EN_LAST = ("Smith", "Keller", "Tanaka", "Garcia", "Brown", "Suzuki", "Muller", "Kim", "Rossi", "Clark")
_PN = re.compile(r"^([A-Z]{2})(D?)(\d+)([A-Z]\d?)$")


def _split(pn: str) -> tuple[str, str, str]:
    """(office, number, kind) of a publication number."""
    match = _PN.match(pn)
    if match is None:
        raise ValueError(f"not a demo publication number: {pn}")
    office, design, number, kind = match.groups()
    return office, design + number, kind


def patent_type(pn: str) -> str:
    """The P011 patent type of a publication number, from its kind code."""
    office, number, kind = _split(pn)
    if kind == "S":
        return "DESIGN"
    if kind == "U":
        return "UTILITY"
    if office == "US" and kind == "A" and len(number) <= 7:
        return "PATENT"  # before 2001 a US patent was published once, granted, with kind A
    return "PATENT" if kind.startswith(("B", "C")) else "APPLICATION"


def _day(rng: random.Random, year: int) -> datetime.date:
    return datetime.date(year, 1, 1) + datetime.timedelta(days=rng.randrange(365))


def _dates(pn: str, kind: str, rng: random.Random) -> tuple[datetime.date, datetime.date]:
    """(application, publication) dates: from the number's year where it has one, else 2012-2023."""
    office, number, _ = _split(pn)
    year_in_number = office in ("US", "WO", "JP") and len(number) >= 10 and number[:2] in ("19", "20")
    delay = {"APPLICATION": (420, 640), "PATENT": (700, 1500)}.get(kind, (180, 360))
    if year_in_number:
        published = _day(rng, int(number[:4]))
        return published - datetime.timedelta(days=rng.randint(*delay)), published
    filed = _day(rng, rng.randint(2012, 2022))
    return filed, filed + datetime.timedelta(days=rng.randint(*delay))


def _int_date(day: datetime.date) -> int:
    return int(day.strftime("%Y%m%d"))


def _person(name: str, sequence: int) -> dict:
    lang = "CN" if re.search(r"[\u4e00-\u9fff]", name) else "EN"
    return {"lang": lang, "name": name, "sequence": sequence}


def _inventors(rng: random.Random, chinese: bool) -> list[str]:
    names = []
    for _ in range(rng.randint(1, 3)):
        if chinese:
            names.append(rng.choice(CN_SURNAMES) + rng.choice(CN_GIVEN))
        else:
            names.append(f"{rng.choice(EN_FIRST)} {rng.choice(EN_LAST)}")
    return list(dict.fromkeys(names))


def _owners(pn: str, rng: random.Random) -> tuple[list[str], list[str]]:
    """(applicants, assignees): mostly one company that still owns the patent; some transferred, some with two
    applicants, some with no assignee recorded (then the applicant stands for it)."""
    chinese = pn.startswith("CN") or (pn.startswith("WO") and rng.random() < 0.4)
    pool = CN_COMPANIES if chinese else OTHER_COMPANIES
    weights = COMPANY_WEIGHTS[: len(pool)]
    applicant = rng.choices(pool, weights)[0]
    applicants = [applicant]
    if rng.random() < 0.06:
        applicants.append(rng.choice([c for c in pool if c != applicant]))
    roll = rng.random()
    if roll < 0.08:
        assignees: list[str] = []
    elif roll < 0.22:
        assignees = [rng.choices(pool, weights)[0]]  # transferred (or kept, when the draw is the same)
    else:
        assignees = list(applicants)
    return applicants, assignees


def _texts(pn: str, industry: str, form: int, rng: random.Random) -> tuple[dict, dict]:
    topics, _ = TOPICS[industry]
    (topic_en, topic_cn), (form_en, form_cn) = rng.choice(topics), FORMS[form]
    fixture = FIXTURES.get(pn)
    title_en = fixture[0] if fixture else f"{form_en} for {topic_en}"
    title_cn = fixture[1] if fixture else f"一种{topic_cn}{form_cn}"
    if fixture:  # the abstract speaks of what the description is about
        topic_en, topic_cn = title_en[0].lower() + title_en[1:], (fixture[1] or "").removeprefix("一种")
    abstract_en = (
        f"The invention relates to {topic_en}. {title_en} is disclosed, which improves reliability and lowers "
        f"cost compared with known solutions; an embodiment and its use are described."
    )
    abstract_cn = f"本发明涉及{topic_cn}技术领域，公开了{title_cn}，与现有方案相比提高了可靠性并降低了成本，并描述了实施例及其应用。"
    chinese = pn.startswith("CN") or (pn.startswith("WO") and (fixture or rng.random() < 0.3))
    if fixture and fixture[1] is None:
        chinese = False
    titles, abstracts = {"EN": title_en}, {"EN": abstract_en}
    if chinese:
        titles = {"CN": title_cn, **titles}
        abstracts = {"CN": abstract_cn, **abstracts}
    return titles, abstracts


def build_entry(
    pn: str, patent_id: str, industry: str, rng: random.Random, *, kind: str | None = None, loc=(), cited=()
) -> dict:
    """One patent's bibliography in the API's shape."""
    kind = kind or patent_type(pn)
    office, number, kind_code = _split(pn)
    titles, abstracts = _texts(pn, industry, rng.randrange(len(FORMS)), rng)
    if pn in FIXTURES:
        filed = datetime.datetime.strptime(FIXTURES[pn][2], "%Y%m%d").date()
        published = datetime.datetime.strptime(FIXTURES[pn][3], "%Y%m%d").date()
    else:
        filed, published = _dates(pn, kind, rng)
    priority = filed - datetime.timedelta(days=rng.randint(30, 360)) if rng.random() < 0.4 else filed
    applicants, assignees = _owners(pn, rng)
    _, classes = TOPICS[industry]
    ipc = rng.sample(classes, min(len(classes), rng.randint(1, 3))) if kind != "DESIGN" else []
    chinese_people = any(_person(a, 1)["lang"] == "CN" for a in applicants)
    apno_year = filed.year
    apno = (
        f"CN{apno_year}{rng.randint(10000000, 19999999)}.{rng.randint(0, 9)}"
        if office == "CN"
        else f"{office}{apno_year}{rng.randint(100000, 999999)}"
    )
    classification: dict = {}
    if ipc:
        classification["classification_ipcr"] = {"main": ipc[0], "further": ipc[1:]}
        if office in ("US", "EP", "WO"):
            classification["classification_cpc"] = {"main": ipc[0], "further": ipc[1:]}
    if loc:
        classification["classification_loc"] = list(loc)
    data: dict = {
        "patent_type": kind,
        "invention_title": [{"lang": lang, "text": text} for lang, text in titles.items()],
        "abstracts": [{"lang": lang, "text": text} for lang, text in abstracts.items()],
        "parties": {
            "applicants": [_person(name, i) for i, name in enumerate(applicants, 1)],
            "assignees": [_person(name, i) for i, name in enumerate(assignees, 1)],
            "inventors": [_person(name, i) for i, name in enumerate(_inventors(rng, chinese_people), 1)],
        },
        "application_reference": {"apno": apno, "date": _int_date(filed)},
        "publication_reference": {
            "country": office,
            "doc_number": number,
            "kind": kind_code,
            "date": _int_date(published),
        },
        "priority_claims": [{"country": office, "doc_number": apno[2:], "date": _int_date(priority)}],
        "classification_data": classification,
        "reference_cited": {"cited_patents": list(cited)},
    }
    if kind == "PATENT":
        data["dates_of_public_availability"] = {"printed_with_granted": _int_date(published)}
    return {"pn": pn, "patent_id": patent_id, "bibliographic_data": data}


def build_bibliography(seic_patents: list[dict], seed: int) -> dict:
    """The bibliography of every P022 demo patent, then of the P011-only ``EXTRA`` patents."""
    rng = random.Random(seed)
    entries = []
    numbers = [p["pn"] for p in seic_patents]
    for index, patent in enumerate(seic_patents):
        industry = patent["seic"][0].split(".")[0] if patent["seic"] else rng.choice(sorted(TOPICS))
        earlier = numbers[max(0, index - 40) : index]
        cited = rng.sample(earlier, min(len(earlier), rng.randint(0, 3)))
        entries.append(build_entry(patent["pn"], patent["patent_id"], industry, rng, cited=cited))
    for pn, patent_id, kind, loc in EXTRA:
        entries.append(build_entry(pn, patent_id, rng.choice(sorted(TOPICS)), rng, kind=kind, loc=loc))
    return {
        "note": "Synthetic demo bibliography (deterministic), in the P011 answer's shape.",
        "patents": entries,
    }
