"""Typed models: the docs' own examples, their quirks, and arbitrary JSON (only ParseError may escape)."""

from __future__ import annotations

import copy
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ipdesk.api import (
    RISK_COUNT_FIELDS,
    RISK_EVENT_FIELDS,
    ApiError,
    ParseError,
    parse_description,
    parse_description_offset,
    parse_risk_counts,
    parse_risk_trend,
    parse_seic,
    parse_token_response,
)
from ipdesk.api.transport import check_envelope

# --- examples copied from the endpoint docs (shared/api-docs) -----------------------------------
P022_EXAMPLE = json.loads("""[{"pn": "CN110650438A", "lang": "en", "patent_id": "1e099a74-4378-4b84-9d13-f1b4ed5cb59b",
  "seic_classification": [{"seic_lv1": {"seic_no": 1.1, "seic_desc": "下一代信息网络产业"},
                           "seic_lv2": {"seic_no": 1.1, "seic_desc": "下一代信息网络产业"}}]}]""")
P073_EXAMPLE = json.loads("""{"pn": "CN116420141A", "lang": "CN", "sections": [{"section_name": {"text": "技术领域",
  "idx_end": 31, "idx_start": 0, "category_id": ["1"], "category_name": ["技术领域"]},
  "section_content": {"idx_end": 31, "idx_start": 0}}], "patent_id": "fdbca633-63df-4c0b-8597-3f6c5e3a2748"}""")
P019_EXAMPLE = [
    {
        "pn": "JP1999068462A",
        "patent_id": "1a47a70d-6b54-4709-a72a-ed552781fcac",
        "pn_related": "JP2004266582A",
        "description": [
            {
                "lang": "JP",
                "text": '<b class="d_n">【0001】</b>【発明の属する技術分野】V<sub>BE</sub>',
                "data_format": "ORIGINAL",
            }
        ],
    }
]
C027_EXAMPLE = {
    "org_number": "05669441-9",
    "credit_code": 913205940566944300,
    "company_name": "苏州瀚川智能科技股份有限公司",
    "patent_count": {"apno_cnt": 481, "rejected": 0, "patent_pledge": 0, "patent_reexam": 0, "patent_transfer": 21,
                     "patent_transfer_out": 0, "active_invention_cnt": 25, "granted_invention_cnt": 25,
                     "patent_litigation_defendant": 0, "patent_litigation_plaintiff": 0},
    "patent_event_count": {"pledge": 0, "reexam": 0, "transfer": 21, "transfer_out": 0, "litigation_defendant": 0,
                           "litigation_plaintiff": 0},
}  # fmt: skip
C028_EXAMPLE = {**C027_EXAMPLE, "date": 20221216}
C029_EXAMPLE = json.loads("""{"org_number": "05669441-9", "credit_code": 913205940566944300,
  "company_name": "苏州瀚川智能科技股份有限公司",
  "patent_count_growth": {"apno_cnt_growth": 14, "rejected_growth": "-", "patent_pledge_growth": null,
    "active_invention_cnt_growth": 1, "granted_invention_cnt_growth": "1", "patent_litigation_plaintiff_growth": -2},
  "patent_event_count_growth": {"pledge_growth": 0, "transfer_growth": "-"}, "extra_field": {"x": 1}}""")


def test_seic_example_with_number_codes():
    [result] = parse_seic(P022_EXAMPLE)
    assert result.pn == "CN110650438A" and result.lang == "en"
    assert result.patent_id == "1e099a74-4378-4b84-9d13-f1b4ed5cb59b"
    [entry] = result.classifications
    assert entry.lv1.no == "1.1" and entry.lv2.no == "1.1"
    assert entry.lv2.desc == "下一代信息网络产业"
    assert result.raw is P022_EXAMPLE[0]


def test_seic_missing_arrays_and_nulls():
    assert parse_seic(None) == []
    assert parse_seic([]) == []
    [r] = parse_seic([{"pn": "X1", "seic_classification": None}])
    assert r.classifications == () and r.patent_id is None
    [r] = parse_seic(
        [{"pn": "X1", "seic_classification": [{"seic_lv1": {"seic_no": "2", "seic_desc": "高端装备"}}]}]
    )
    assert r.classifications[0].lv1.no == "2" and r.classifications[0].lv2 is None


def test_seic_wrong_shape_names_the_field():
    with pytest.raises(ParseError) as info:
        parse_seic([{"seic_classification": [{"seic_lv1": {"seic_no": [1]}}]}])
    assert info.value.field == "data[0].seic_classification[0].seic_lv1.seic_no"
    with pytest.raises(ParseError) as info:
        parse_seic({"pn": "x"})
    assert info.value.field == "data"


def test_offsets_example():
    offsets = parse_description_offset(P073_EXAMPLE)
    assert offsets.pn == "CN116420141A" and offsets.lang == "CN"
    [section] = offsets.sections
    assert section.name.text == "技术领域"
    assert (section.name.idx_start, section.name.idx_end) == (0, 31)
    assert section.name.category_ids == ("1",) and section.name.category_names == ("技术领域",)
    assert (section.content_start, section.content_end) == (0, 31)


def test_offsets_unknown_indexes_are_none_not_zero():
    offsets = parse_description_offset(
        {"sections": [{"section_name": {"text": "背景技术", "idx_start": "-"}}]}
    )
    [section] = offsets.sections
    assert section.name.idx_start is None and section.name.idx_end is None
    assert section.content_start is None and section.name.category_ids == ()
    assert parse_description_offset(None).sections == ()
    with pytest.raises(ParseError) as info:
        parse_description_offset({"sections": [{"section_content": {"idx_end": "late"}}]})
    assert info.value.field == "data.sections[0].section_content.idx_end"


def test_description_example_and_lookup():
    desc = parse_description(P019_EXAMPLE)
    assert desc.pn == "JP1999068462A" and desc.pn_related == "JP2004266582A"
    assert desc.text_for("jp").text.startswith('<b class="d_n">')
    assert desc.text_for("EN") is None
    assert desc.text_for(None).data_format == "ORIGINAL"
    assert parse_description([]) is None
    assert parse_description(None) is None
    assert parse_description([{"pn": "US1", "description": None}]) is None


def test_risk_counts_example_credit_code_number():
    counts = parse_risk_counts(C027_EXAMPLE)
    assert counts.company.credit_code == "913205940566944300"
    assert counts.company.credit_code_was_number is True
    assert counts.date is None
    assert set(counts.patent_count) == set(RISK_COUNT_FIELDS)
    assert set(counts.event_count) == set(RISK_EVENT_FIELDS)
    assert counts.patent_count["apno_cnt"] == 481 and counts.event_count["transfer"] == 21
    back = parse_risk_counts(C028_EXAMPLE)
    assert back.date == "20221216"


def test_risk_counts_unknown_is_none():
    counts = parse_risk_counts(
        {"credit_code": "91110108551385082Q", "patent_count": {"apno_cnt": "-", "rejected": None}}
    )
    assert counts.company.credit_code_was_number is False
    assert counts.patent_count["apno_cnt"] is None and counts.patent_count["rejected"] is None
    assert counts.patent_count["patent_transfer"] is None  # missing
    assert all(v is None for v in counts.event_count.values())  # missing object
    with pytest.raises(ParseError) as info:
        parse_risk_counts(None)
    assert info.value.field == "data"


def test_risk_trend_example_with_dashes_and_strings():
    trend = parse_risk_trend(C029_EXAMPLE)
    assert set(trend.count_growth) == {f"{k}_growth" for k in RISK_COUNT_FIELDS}
    assert set(trend.event_growth) == {f"{k}_growth" for k in RISK_EVENT_FIELDS}
    assert trend.count_growth["apno_cnt_growth"] == 14
    assert trend.count_growth["rejected_growth"] is None  # "-"
    assert trend.count_growth["patent_pledge_growth"] is None  # null
    assert trend.count_growth["patent_reexam_growth"] is None  # missing
    assert trend.count_growth["granted_invention_cnt_growth"] == 1  # numeric string
    assert trend.count_growth["patent_litigation_plaintiff_growth"] == -2
    assert trend.event_growth["pledge_growth"] == 0 and trend.event_growth["transfer_growth"] is None
    with pytest.raises(ParseError) as info:
        parse_risk_trend({"patent_count_growth": {"apno_cnt_growth": 1.5}})
    assert info.value.field == "data.patent_count_growth.apno_cnt_growth"


def test_parse_error_is_an_api_error_with_bilingual_message():
    with pytest.raises(ParseError) as info:
        parse_risk_trend({"patent_count_growth": []})
    err = info.value
    assert isinstance(err, ApiError) and err.field == "data.patent_count_growth"
    assert "data.patent_count_growth" in str(err)
    assert err.message("en") and err.message("zh") != err.message("en")


# --- property tests -------------------------------------------------------------------------------
json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**30), max_value=10**30)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=12)
    | st.sampled_from(["-", "", "1.1", "12", "-3", "NaN", "1e400", "null"])
)
json_values = st.recursive(
    json_scalars,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=12,
)

PARSERS = [
    (parse_seic, P022_EXAMPLE),
    (parse_description_offset, P073_EXAMPLE),
    (parse_description, P019_EXAMPLE),
    (parse_risk_counts, C027_EXAMPLE),
    (parse_risk_counts, C028_EXAMPLE),
    (parse_risk_trend, C029_EXAMPLE),
    (
        parse_token_response,
        {"data": {"access_token": "abc.def", "expires_in": "1800", "issued_at": 1700000000000}},
    ),
]


def _paths(value, prefix=()):
    """Every path (tuple of keys/indexes) inside a JSON value, the root included."""
    yield prefix
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from _paths(child, (*prefix, index))


def _replace(value, path, new):
    if not path:
        return new
    copied = copy.deepcopy(value)
    target = copied
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = new
    return copied


def _only_parse_errors(parser, value):
    try:
        parser(value)
    except ParseError as exc:
        assert isinstance(exc.field, str) and exc.field
        str(exc), repr(exc), exc.message("zh")  # rendering never fails


@pytest.mark.parametrize(("parser", "example"), PARSERS, ids=lambda p: getattr(p, "__name__", ""))
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_arbitrary_json_in_every_field_only_raises_parse_error(parser, example, data):
    path = data.draw(st.sampled_from(list(_paths(example))))
    value = data.draw(json_values)
    _only_parse_errors(parser, _replace(example, path, value))


@pytest.mark.parametrize(("parser", "example"), PARSERS, ids=lambda p: getattr(p, "__name__", ""))
@settings(max_examples=100, deadline=None)
@given(value=json_values)
def test_arbitrary_json_as_a_whole_only_raises_parse_error(parser, example, value):
    _only_parse_errors(parser, value)


@settings(max_examples=200, deadline=None)
@given(value=json_values)
def test_arbitrary_envelope_only_raises_api_errors(value):
    try:
        check_envelope(value, 200, "P022", required=True)
    except ApiError as exc:
        str(exc), exc.message("en"), exc.message("zh")
