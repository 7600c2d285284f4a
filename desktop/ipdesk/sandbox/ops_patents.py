"""P022 (SEIC), P073 (description offsets), P019 (description text) and P011 (bibliography) on the demo data.

Each operation takes the query parameters and a ServeContext and returns (data, keys served with a
result); it raises OpError for envelope errors.
"""

from __future__ import annotations

from ipdesk.sandbox import demo_data
from ipdesk.sandbox.headings import CATEGORY_NAMES, utf16_index
from ipdesk.sandbox.ops_common import OpError, ServeContext, patent_keys

P073_LANGS = ("EN", "CN", "JP", "KR", "TW")


def _lookup(by: str, key: str, by_pn: dict, by_id: dict) -> dict | None:
    return by_id.get(key.lower()) if by == "patent_id" else by_pn.get(key.upper().replace(" ", ""))


def _seic_no(code: str, quirks: bool) -> str | int | float:
    if not quirks:
        return code
    return float(code) if "." in code else int(code)


def seic_classification(query: dict[str, str], ctx: ServeContext) -> tuple[list, list[str]]:
    by, keys = patent_keys(query)
    lang = (query.get("lang") or "en").strip().lower()
    if lang not in ("en", "cn"):
        raise OpError(68300004)
    db = demo_data.seic()
    data, served = [], []
    for key in keys:
        patent = _lookup(by, key, db.by_pn, db.by_id)
        if patent is None:
            continue
        entries = []
        for lv2 in patent["seic"]:
            lv1 = lv2.split(".")[0]
            entries.append(
                {
                    "seic_lv1": {"seic_no": _seic_no(lv1, ctx.quirks), "seic_desc": db.taxonomy[lv1][lang]},
                    "seic_lv2": {"seic_no": _seic_no(lv2, ctx.quirks), "seic_desc": db.taxonomy[lv2][lang]},
                }
            )
        data.append(
            {
                "pn": patent["pn"],
                "lang": lang,
                "patent_id": patent["patent_id"],
                "seic_classification": entries,
            }
        )
        served.append(patent["pn"] if by == "patent_number" else patent["patent_id"])
    return data, served


def _offset(text: str, index: int, ctx: ServeContext) -> int:
    return utf16_index(text, index) if ctx.offset_units == "utf16" else index


def description_offset(query: dict[str, str], ctx: ServeContext) -> tuple[dict, list[str]]:
    by, keys = patent_keys(query, limit=1)
    lang = (query.get("lang") or "EN").strip().upper()
    if lang not in P073_LANGS:
        raise OpError(68300004)
    db = demo_data.descriptions()
    entry = _lookup(by, keys[0], db.by_pn, db.by_id)
    if entry is None or entry.get("lang") != lang:
        data = {"lang": lang, "sections": []}
        data["pn" if by == "patent_number" else "patent_id"] = keys[0]
        if entry is not None:
            data.update(pn=entry["pn"], patent_id=entry["patent_id"])
        return data, []
    text = db.text(entry)
    name_index = 0 if lang in ("CN", "TW") else 1
    sections = []
    for section in entry["sections"]:
        category = section["category"]
        (n0, n1), (c0, c1) = section["name"], section["content"]
        sections.append(
            {
                "section_name": {
                    "text": section["text"],
                    "idx_start": _offset(text, n0, ctx),
                    "idx_end": _offset(text, n1, ctx),
                    "category_id": [category],
                    "category_name": [CATEGORY_NAMES[category][name_index]],
                },
                "section_content": {"idx_start": _offset(text, c0, ctx), "idx_end": _offset(text, c1, ctx)},
            }
        )
    data = {"pn": entry["pn"], "lang": lang, "sections": sections, "patent_id": entry["patent_id"]}
    return data, [entry["pn"] if by == "patent_number" else entry["patent_id"]]


def _texts(entry: dict) -> list[dict]:
    db = demo_data.descriptions()
    return [{"lang": entry["lang"], "text": db.text(entry), "data_format": entry["data_format"]}]


def description_data(query: dict[str, str], ctx: ServeContext) -> tuple[list, list[str]]:
    by, keys = patent_keys(query)
    replace = (query.get("replace_by_related") or "0").strip()
    if replace not in ("0", "1"):
        raise OpError(68300004)
    db = demo_data.descriptions()
    data, served = [], []
    for key in keys:
        entry = _lookup(by, key, db.by_pn, db.by_id)
        if entry is None:
            continue
        item = {"pn": entry["pn"], "patent_id": entry["patent_id"]}
        if "file" in entry:
            item["description"] = _texts(entry)
        elif replace == "1":
            related = db.by_pn[entry["pn_related"].upper()]
            item["pn_related"] = related["pn"]
            item["description"] = _texts(related)
        else:
            item["description"] = []
        data.append(item)
        if item["description"]:
            served.append(entry["pn"] if by == "patent_number" else entry["patent_id"])
    return data, served


def simple_bibliography(query: dict[str, str], ctx: ServeContext) -> tuple[list, list[str]]:
    """P011: the bibliography of up to 100 patents; keys the demo does not know are left out."""
    by, keys = patent_keys(query)
    db = demo_data.bibliography()
    data, served = [], []
    for key in keys:
        entry = _lookup(by, key, db.by_pn, db.by_id)
        if entry is None:
            continue
        data.append(entry)
        served.append(entry["pn"] if by == "patent_number" else entry["patent_id"])
    return data, served
