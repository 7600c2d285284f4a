"""Patent list normalisation: formats, separators, reasons, duplicates, and properties on arbitrary input."""

from __future__ import annotations

import re
import uuid

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ipdesk.services.patents import (
    IGNORED_CHARS,
    OFFICE_CODES,
    InvalidEntry,
    normalize_patent_list,
    parse_patent,
)

PATSNAP_ID = "1e099a74-4378-4b84-9d13-f1b4ed5cb59b"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("US9800501B2", "US9800501B2"),
        ("us9800501b2", "US9800501B2"),
        ("  US9800501B2  ", "US9800501B2"),
        ("US 9,800,501 B2", "US9800501B2"),
        ("US 9 800 501 B2", "US9800501B2"),
        ("CN 110650438 A", "CN110650438A"),
        ("ＣＮ１１０６５０４３８Ａ", "CN110650438A"),
        ("ｕｓ　９，８００，５０１　ｂ２", "US9800501B2"),
        ("US20050004437A1", "US20050004437A1"),
        ("US 2005/0004437 A1", "US20050004437A1"),
        ("WO2020123456A1", "WO2020123456A1"),
        ("WO 2020/123456 A1", "WO2020123456A1"),
        ("EP1234567B1", "EP1234567B1"),
        ("EA012345B1", "EA012345B1"),
        ("AP2345A", "AP2345A"),
        ("OA12345A", "OA12345A"),
        ("JPH08123456A", "JPH08123456A"),
        ("JPS62123456A", "JPS62123456A"),
        ("JPWO2018123456A1", "JPWO2018123456A1"),
        ("JP2005-123456 A", "JP2005123456A"),
        ("JP2005A123456B2", "JP2005A123456B2"),
        ("KR1020190012345A", "KR1020190012345A"),
        ("KR101234567B1", "KR101234567B1"),
        ("USRE12345E", "USRE12345E"),
        ("USD789012S", "USD789012S"),
        ("USPP12345P2", "USPP12345P2"),
        ("TWI123456B", "TWI123456B"),
        ("DE102004012345A1", "DE102004012345A1"),
        ("SU1234567A1", "SU1234567A1"),
        ("\ufeffUS9800501B2", "US9800501B2"),
        ("US98\u200b00501B2", "US9800501B2"),
    ],
)
def test_one_number_per_line(text: str, number: str) -> None:
    result = normalize_patent_list(text)
    assert result.numbers == [number]
    assert (result.ids, result.invalid, result.duplicates) == ([], [], 0)
    assert parse_patent(text) == ("patent_number", number)


@pytest.mark.parametrize("text", [PATSNAP_ID, PATSNAP_ID.upper(), " 1E099A74-4378-4b84-9D13-f1b4ed5cb59b "])
def test_patsnap_ids_are_lowercased_and_kept_apart(text: str) -> None:
    result = normalize_patent_list(f"{text}\nUS9800501B2")
    assert result.ids == [PATSNAP_ID]
    assert result.numbers == ["US9800501B2"]
    assert parse_patent(text) == ("patent_id", PATSNAP_ID)


@pytest.mark.parametrize(
    "sep", ["\n", "\r\n", "\r", ",", "，", "、", ";", "；", "\t", " ", "　", ", ", " ; "]
)
def test_every_separator_splits(sep: str) -> None:
    items = ["US9800501B2", "CN110650438A", PATSNAP_ID, "EP1234567A1"]
    result = normalize_patent_list(sep.join(items))
    assert result.numbers == ["US9800501B2", "CN110650438A", "EP1234567A1"]
    assert result.ids == [PATSNAP_ID]
    assert result.unique == 4 and result.total_entries == 4


def test_spaced_numbers_in_a_list_on_one_line() -> None:
    result = normalize_patent_list("US 9,800,501 B2, CN 110650438 A; JP 2005-123456 A")
    assert result.numbers == ["US9800501B2", "CN110650438A", "JP2005123456A"]
    assert result.invalid == []


def test_digit_groups_join_only_in_threes() -> None:
    # "US9800501, 9800502" must not become the single bogus number US98005019800502
    result = normalize_patent_list("US9800501, 9800502")
    assert result.numbers == ["US9800501"]
    assert [(e.raw, e.line) for e in result.invalid] == [("9800502", 1)]
    assert "no country code" in result.invalid[0].reason_en
    result = normalize_patent_list("US 9,800,501, 9,800,502")
    assert result.numbers == ["US9800501"]
    assert [e.raw for e in result.invalid] == ["9,800,502"]


def test_duplicates_counted_first_seen_order_kept() -> None:
    text = (
        "CN110650438A\nUS9800501B2\nus 9,800,501 b2\ncn110650438a\n" + PATSNAP_ID + "\n" + PATSNAP_ID.upper()
    )
    result = normalize_patent_list(text + "\nEP1234567A1")
    assert result.numbers == ["CN110650438A", "US9800501B2", "EP1234567A1"]
    assert result.ids == [PATSNAP_ID]
    assert result.duplicates == 3
    assert result.unique == 4 and result.total_entries == 7


@pytest.mark.parametrize(
    ("text", "en", "zh"),
    [
        ("XX1234567", "unknown country code 'XX'", "未知的国家/地区代码“XX”"),
        ("QQ1234567B1", "unknown country code 'QQ'", "QQ"),
        ("Patent Number", "no digits", "没有数字"),
        ("USB", "no digits", "没有数字"),
        ("9800501", "no country code", "缺少国家/地区代码"),
        ("U9800501", "two letters", "两个字母"),
        ("US12", "too few digits", "数字太少"),
        ("US12345678901234567", "too many digits", "数字太多"),
        ("US9800501#B2", "'#'", "'#'"),
        ("US9800501ABC", "not in the form", "格式"),
        ("1e099a74-4378-4b84-9d13-f1b4ed5cb59", "patent id", "专利 ID"),
    ],
)
def test_invalid_entries_say_what_is_wrong(text: str, en: str, zh: str) -> None:
    result = normalize_patent_list(f"US9800501B2\n\n{text}")
    assert result.numbers == ["US9800501B2"]
    assert len(result.invalid) == 1
    entry = result.invalid[0]
    assert (entry.raw, entry.line) == (text, 3)
    assert en in entry.reason_en and zh in entry.reason_zh
    assert entry.reason("zh") == entry.reason_zh and entry.reason("en") == entry.reason_en
    parsed = parse_patent(text)
    assert isinstance(parsed, InvalidEntry) and parsed.reason_en == entry.reason_en


def test_invalid_text_between_numbers_on_one_line() -> None:
    result = normalize_patent_list("see US9800501B2 and CN 110650438 A, XX123456")
    assert result.numbers == ["US9800501B2", "CN110650438A"]
    assert [(e.raw, e.line) for e in result.invalid] == [("see", 1), ("and", 1), ("XX123456", 1)]


def test_office_codes_data() -> None:
    assert {"US", "CN", "EP", "WO", "JP", "KR", "EA", "AP", "OA", "DE", "TW", "SU", "DD"} <= OFFICE_CODES
    assert "XX" not in OFFICE_CODES
    assert all(len(code) == 2 and code.isalpha() and code.isupper() for code in OFFICE_CODES)


def test_empty_and_blank_input() -> None:
    for text in ["", "\n\n", " ,;、\t\n\u200b"]:
        result = normalize_patent_list(text)
        assert result.total_entries == 0
    assert isinstance(parse_patent("  "), InvalidEntry)


# --- properties ---------------------------------------------------------------------------------------------

_SEP_CHARS = " \t\n\r,，﹐;；﹔、､﹑\u3000\xa0\u2028\x0b\x0c"
_TOKEN = re.compile(r"[^\s,，﹐;；﹔、､﹑]+")
_DROP = dict.fromkeys(map(ord, IGNORED_CHARS))

_codes = st.sampled_from(sorted(OFFICE_CODES))
_kinds = st.sampled_from(["", "A", "B1", "B2", "A1", "U", "C"])
_numbers = st.builds(lambda cc, d, k: f"{cc}{d}{k}", _codes, st.integers(10_000, 10**12), _kinds)
_ids = st.uuids().map(str)


def _render_number(number: str, style: int) -> str:
    if style == 1:
        return number.lower()
    if style == 2:  # full width
        return "".join(chr(ord(c) + 0xFEE0) for c in number)
    return number


_rendered_numbers = st.tuples(_numbers, st.integers(0, 2)).map(lambda t: (t[0], _render_number(*t)))
_rendered_ids = st.tuples(_ids, st.booleans()).map(lambda t: (t[0], t[0].upper() if t[1] else t[0]))
_junk = st.sampled_from(["XX123456", "hello", "9800501", "US12", "ＱＱ123456", "#", "US9800501??"])


def _lines(text: str) -> list[str]:
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def _check_invariants(text: str) -> None:
    result = normalize_patent_list(text)
    assert len(set(result.numbers)) == len(result.numbers)
    assert len(set(result.ids)) == len(result.ids)
    for number in result.numbers:
        assert parse_patent(number) == ("patent_number", number)
    for patent_id in result.ids:
        assert str(uuid.UUID(patent_id)) == patent_id
    lines = _lines(text)
    for entry in result.invalid:
        assert 1 <= entry.line <= len(lines)
        assert entry.raw.strip() and entry.raw in lines[entry.line - 1].translate(_DROP)
        assert entry.reason_en and entry.reason_zh
    tokens = len(_TOKEN.findall(text.translate(_DROP)))
    assert result.total_entries == result.unique + result.duplicates + len(result.invalid)
    assert (result.total_entries == 0) == (tokens == 0)
    assert result.total_entries <= tokens
    for sep in ("\n", ", ", " ", ";"):  # idempotent: the output normalises to itself
        again = normalize_patent_list(sep.join(result.numbers + result.ids))
        assert (again.numbers, again.ids, again.duplicates, again.invalid) == (
            result.numbers,
            result.ids,
            0,
            [],
        )


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_arbitrary_unicode_never_raises_and_holds_invariants(text: str) -> None:
    _check_invariants(text)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.one_of(st.text(alphabet=_SEP_CHARS + "US0123456789-/Aa", max_size=12), _numbers, _ids, _junk),
        max_size=20,
    ).map(" ".join)
)
def test_near_miss_text_holds_invariants(text: str) -> None:
    _check_invariants(text)


_item = st.one_of(
    _rendered_numbers.map(lambda t: ("patent_number", *t)),
    _rendered_ids.map(lambda t: ("patent_id", *t)),
    _junk.map(lambda j: ("invalid", j, j)),
)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(_item, st.sampled_from(["\n", "\r\n", ";", "；", "、", "\t", " ; ", "\n\n"])), max_size=40
    )
)
def test_known_mix_is_counted_exactly(items) -> None:
    text = "".join(rendered + sep for (_, _, rendered), sep in items)
    result = normalize_patent_list(text)
    expected_numbers: list[str] = []
    expected_ids: list[str] = []
    duplicates = invalid = 0
    for kind, value, _ in (item for item, _ in items):
        target = {"patent_number": expected_numbers, "patent_id": expected_ids}.get(kind)
        if target is None:
            invalid += 1
        elif value in target:
            duplicates += 1
        else:
            target.append(value)
    assert result.numbers == expected_numbers
    assert result.ids == expected_ids
    assert result.duplicates == duplicates
    assert len(result.invalid) == invalid
    assert result.total_entries == len(items)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.one_of(_numbers, _ids), max_size=30), st.sampled_from([" ", ",", ", ", "，", "\t", " , "]))
def test_compact_entries_never_merge_across_soft_separators(entries: list[str], sep: str) -> None:
    result = normalize_patent_list(sep.join(entries))
    assert result.total_entries == len(entries) and result.invalid == []
    assert result.numbers == list(dict.fromkeys(e for e in entries if "-" not in e))


def test_demo_patents_all_accepted() -> None:
    from ipdesk.sandbox.demo import demo_patent_ids, demo_patent_numbers

    numbers, ids = demo_patent_numbers(), demo_patent_ids()
    result = normalize_patent_list("\n".join(numbers + ids))
    assert (result.numbers, result.ids, result.invalid) == (
        list(dict.fromkeys(numbers)),
        list(dict.fromkeys(ids)),
        [],
    )


# --- the entry as typed (the "input" column of results) -------------------------------------------------------
def test_raw_text_keeps_the_first_occurrence_as_typed():
    text = "US 9,800,501 B2\nCN 110650438 A，us9800501b2、 ＣＮ１１６４２０１４１Ａ\n1E099A74-4378-4B84-9D13-F1B4ED5CB59B"
    result = normalize_patent_list(text)
    assert result.numbers == ["US9800501B2", "CN110650438A", "CN116420141A"]
    assert result.raw_text == {
        "US9800501B2": "US 9,800,501 B2",  # not the later "us9800501b2"
        "CN110650438A": "CN 110650438 A",
        "CN116420141A": "ＣＮ１１６４２０１４１Ａ",
        "1e099a74-4378-4b84-9d13-f1b4ed5cb59b": "1E099A74-4378-4B84-9D13-F1B4ED5CB59B",
    }
    assert result.raw_of("CN110650438A") == "CN 110650438 A" and result.raw_of("EP1A") == "EP1A"
    split = normalize_patent_list("US9800501, 9800502; JP2005-123456 A")  # pieces of one part, each as typed
    assert split.raw_text == {"US9800501": "US9800501", "JP2005123456A": "JP2005-123456 A"}


@settings(max_examples=400, deadline=None)
@given(st.text())
def test_raw_text_of_arbitrary_input_parses_back_to_its_key(text):
    result = normalize_patent_list(text)
    assert set(result.raw_text) == set(result.numbers) | set(result.ids)
    assert [k for k in result.raw_text if k in set(result.numbers)] == result.numbers  # input order
    for key, raw in result.raw_text.items():
        assert parse_patent(raw)[1] == key
