"""P022, P073 and P019 on the sandbox over real HTTP: parameters, limits, offsets, markup, related text."""

from __future__ import annotations

import requests

from ipdesk.sandbox import demo_data
from ipdesk.sandbox.credentials import DEMO_API_KEY
from ipdesk.sandbox.demo import demo_description_patents, demo_patent_ids, demo_patent_numbers

P022 = "/high-value-data/seic-classification"
P073 = "/basic-patent-data/description-offset"
P019 = "/basic-patent-data/description-data"


def get(sandbox, path, **params):
    headers = {"Authorization": f"Bearer {DEMO_API_KEY}"}
    return requests.get(sandbox.base_url + path, params=params, headers=headers, timeout=10).json()


def test_p022_batch_charges_per_result(sandbox):
    numbers = demo_patent_numbers()[:98] + ["ZZ123A", "ZZ124A"]
    answer = get(sandbox, P022, patent_number=",".join(numbers), lang="en")
    assert answer["error_code"] == 0
    assert [item["pn"] for item in answer["data"]] == numbers[:98]
    assert sum(sandbox.keys_served["P022"].values()) == 98
    assert sandbox.counts["P022"] == 1


def test_p022_limits_and_parameters(sandbox):
    numbers = demo_patent_numbers()
    assert get(sandbox, P022, patent_number=",".join(numbers[:101]))["error_code"] == 68300004
    assert get(sandbox, P022)["error_code"] == 68300004
    assert get(sandbox, P022, patent_number=" , ")["error_code"] == 68300004
    assert get(sandbox, P022, patent_number=numbers[0], lang="de")["error_code"] == 68300004
    assert sum(sandbox.keys_served["P022"].values()) == 0
    # duplicates are answered (and charged) once
    assert len(get(sandbox, P022, patent_number=f"{numbers[0]},{numbers[0]}")["data"]) == 1


def test_p022_texts_and_shapes(sandbox):
    seic = demo_data.seic()
    none = next(p for p in seic.patents if not p["seic"])
    two = next(p for p in seic.patents if len(p["seic"]) == 2)
    ids = f"{none['patent_id']},{two['patent_id']}"
    en = get(sandbox, P022, patent_id=ids, lang="en")["data"]
    cn = get(sandbox, P022, patent_id=ids, lang="cn")["data"]
    assert en[0]["seic_classification"] == [] and en[0]["pn"] == none["pn"]
    assert len(en[1]["seic_classification"]) == 2
    lv2 = cn[1]["seic_classification"][0]["seic_lv2"]
    assert lv2["seic_no"] == two["seic"][0] and lv2["seic_desc"] == seic.taxonomy[two["seic"][0]]["cn"]
    assert en[1]["seic_classification"][0]["seic_lv1"]["seic_no"] == two["seic"][0].split(".")[0]
    assert all(item["lang"] == "en" for item in en) and all(item["lang"] == "cn" for item in cn)
    docs = get(sandbox, P022, patent_number="CN110650438A", lang="cn")["data"][0]["seic_classification"][0]
    assert docs == {
        "seic_lv1": {"seic_no": "1", "seic_desc": "新一代信息技术产业"},
        "seic_lv2": {"seic_no": "1.1", "seic_desc": "下一代信息网络产业"},
    }


def test_p022_patent_id_wins(sandbox):
    ids = demo_patent_ids()
    answer = get(sandbox, P022, patent_id=ids[7], patent_number=demo_patent_numbers()[3])
    assert [item["patent_id"] for item in answer["data"]] == [ids[7]]


def _slice16(text: str, start: int, end: int) -> str:
    units = text.encode("utf-16-le")
    return units[start * 2 : end * 2].decode("utf-16-le")


def test_p073_offsets_land_on_the_headings(sandbox):
    for pn in demo_description_patents()[:-1]:
        lang = "CN" if pn.startswith("CN") else "EN"
        text = get(sandbox, P019, patent_number=pn)["data"][0]["description"][0]["text"]
        sections = get(sandbox, P073, patent_number=pn, lang=lang)["data"]["sections"]
        assert bool(sections) == (pn != "US3937375A"), pn
        for section in sections:
            name, content = section["section_name"], section["section_content"]
            assert text[name["idx_start"] : name["idx_end"]] == name["text"], pn
            assert name["idx_end"] < content["idx_start"] <= content["idx_end"] <= len(text)
            assert name["category_id"][0] in {"1", "2", "3", "4", "5", "6"}


def test_p073_chinese_sample_categories_and_utf16(sandbox):
    sections = get(sandbox, P073, patent_number="CN116420141A", lang="CN")["data"]["sections"]
    assert [(s["section_name"]["text"], s["section_name"]["category_id"]) for s in sections] == [
        ("技术领域", ["1"]),
        ("背景技术", ["2"]),
        ("发明内容", ["3"]),
        ("附图说明", ["4"]),
        ("具体实施方式", ["5"]),
    ]
    assert sections[0]["section_name"]["category_name"] == ["技术领域"]
    text = get(sandbox, P019, patent_number="CN116420141A")["data"][0]["description"][0]["text"]
    assert text.startswith("示例文本") and any(ord(c) > 0xFFFF for c in text)
    sandbox.configure(offset_units="utf16")
    units = get(sandbox, P073, patent_number="CN116420141A", lang="CN")["data"]["sections"]
    assert units[0] == sections[0]  # before the first astral character both agree
    assert units[-1]["section_name"]["idx_start"] > sections[-1]["section_name"]["idx_start"]
    for section in units:
        name = section["section_name"]
        assert _slice16(text, name["idx_start"], name["idx_end"]) == name["text"]


def test_p073_patent_id_wins_and_lang(sandbox):
    entry = demo_data.descriptions().by_pn["US8930553B2"]
    answer = get(sandbox, P073, patent_id=entry["patent_id"], patent_number="CN116420141A")["data"]
    assert answer["pn"] == "US8930553B2" and answer["lang"] == "EN"
    assert answer["sections"][0]["section_name"]["category_name"] == ["Technical Field"]
    assert get(sandbox, P073, patent_number="US8930553B2", lang="JP")["data"]["sections"] == []
    assert get(sandbox, P073, patent_number="US8930553B2", lang="FR")["error_code"] == 68300004
    assert sandbox.keys_served["P073"] == {entry["patent_id"]: 1}


def test_p019_markup_and_offsets_on_the_marked_up_text(sandbox):
    text = get(sandbox, P019, patent_number="CN110650438A")["data"][0]["description"][0]["text"]
    for tag in ('<b class="d_n">【0001】</b>', "<sub>", "<sup>", "<br>"):
        assert tag in text
    sections = get(sandbox, P073, patent_number="CN110650438A", lang="CN")["data"]["sections"]
    content = sections[0]["section_content"]
    assert text[content["idx_start"] :].startswith('<b class="d_n">【0001】</b>本发明涉及')


def test_p019_replace_by_related(sandbox):
    plain = get(sandbox, P019, patent_number="WO2023284221A1")["data"]
    assert plain[0]["description"] == [] and "pn_related" not in plain[0]
    related = get(sandbox, P019, patent_number="WO2023284221A1", replace_by_related=1)["data"][0]
    assert related["pn_related"] == "CN116420141A"
    assert (
        related["description"][0]["lang"] == "CN" and related["description"][0]["data_format"] == "original"
    )
    assert get(sandbox, P019, patent_number="WO2023284221A1", replace_by_related=2)["error_code"] == 68300004
    assert get(sandbox, P019, patent_number="NOPE123A")["data"] == []
    assert sandbox.keys_served["P019"] == {"WO2023284221A1": 1}
