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
    assert "no country code" in result.invalid[0].reason("en")
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
    assert en in entry.reason("en") and zh in entry.reason("zh")
    assert entry.reason("zh") == entry.reason("zh") and entry.reason("en") == entry.reason("en")
    parsed = parse_patent(text)
    assert isinstance(parsed, InvalidEntry) and parsed.reason("en") == entry.reason("en")


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
_SHORT = {"DE": 10**8, "CN": 10**9}  # DE: up to 8 digits (12 in the spaced form); CN: 12-13 are applications
_numbers = st.builds(
    lambda cc, d, k: f"{cc}{max(d % _SHORT.get(cc, 10**13), 10_000)}{k}",
    _codes,
    st.integers(10_000, 10**12),
    _kinds,
)
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
        assert entry.reason("en") and entry.reason("zh")
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


# --- office formats (issue 14) ---------------------------------------------------------------------------------
# Sources. Formats: the offices' gazettes as reproduced by Espacenet (worldwide.espacenet.com) and the offices'
# registers: DPMA DEPATISnet (DE spaced form "DE 10 2015 123 456 A1"), JPO J-PlatPat (特開/特表/特許/実開/実登,
# era years), INPI-BR (PI/MU series with check digit), IMPI (PA series), UIBM (province codes), INPI-FR
# (dotted numbers in citations), USPTO (reissues "RE45,123 E", application serials "14/123,456"), CNIPA
# ZC 0006-2003 (application numbers with check character). The publication numbers below lie in ranges the
# offices allocate sequentially and have published in full (every serial in them was issued); they were
# not looked up one by one. The Chinese application numbers are taken from public pages and their check
# characters verify: 201710601862.3 (dfrtw.com/zhuanlichaxun/31487.html, the CNIPA check formula worked
# through), 97101765.4 and ZL95115608.X (chengju.com/wenhua/33720.html), 200310102344.5 (the example of
# the CNIPA standard ZC 0006-2003).
@pytest.mark.parametrize(
    ("text", "number"),
    [
        # Germany (DPMA): spaced office form, 12-digit numbers since 2004, 7/8-digit before
        ("DE 10 2015 123 456 A1", "DE102015123456A1"),
        ("DE 10 2004 012 345 B4", "DE102004012345B4"),
        ("DE 20 2015 001 234 U1", "DE202015001234U1"),
        ("DE 11 2014 004 567 T5", "DE112014004567T5"),
        ("DE 27 12 345 B1", "DE2712345B1"),
        ("DE 195 12 345 A1", "DE19512345A1"),
        ("ＤＥ　１０　２０１５　１２３　４５６　Ａ１", "DE102015123456A1"),
        # Japan (JPO): serial zero-padded to 6 digits, era years, citation forms
        ("JP 2001-2345 A", "JP2001002345A"),
        ("JP 2015-12345 A", "JP2015012345A"),
        ("JP2010-123 A", "JP2010000123A"),
        ("JP H05-12345 A", "JPH05012345A"),
        ("JPH5-12345A", "JPH05012345A"),
        ("JP 1993-12345 A", "JPH05012345A"),
        ("JP S62-123456 A", "JPS62123456A"),
        ("JP-A-2001-2345", "JP2001002345A"),
        ("JP-A-H10-123456", "JPH10123456A"),
        # kanji notations (J-PlatPat); kinds inferred, see services/jp_numbers.py
        ("特開2015-123456", "JP2015123456A"),
        ("特開2015-123456号公報", "JP2015123456A"),
        ("特開 2001-2345", "JP2001002345A"),
        ("特開平5-12345", "JPH05012345A"),
        ("特開平10-123456", "JPH10123456A"),
        ("特開平12-123456", "JP2000123456A"),
        ("特開昭62-123456", "JPS62123456A"),
        ("特開令和2-123456", "JP2020123456A"),
        ("特表2016-501234", "JP2016501234A"),
        ("特表平8-501234", "JPH08501234A"),
        ("特許第5123456号", "JP5123456B2"),
        ("特許第 6543210 号", "JP6543210B2"),
        ("特許5123456", "JP5123456B2"),
        ("実開平5-12345", "JPH05012345U"),
        ("実開昭63-123456", "JPS63123456U"),
        ("実登第3012345号", "JP3012345U"),
        ("実用新案登録第3190123号", "JP3190123U"),
        ("再表2015/123456", "JPWO2015123456A1"),
        ("特開２０１５－１２３４５６", "JP2015123456A"),
        # letters in the serial: Brazil (INPI), Mexico (IMPI), Italy (UIBM)
        ("BR PI0612345 A", "BRPI0612345A"),
        ("BR PI 0612345-6 A2", "BRPI0612345A2"),
        ("BR MU8601234 U", "BRMU8601234U"),
        ("BR 10 2012 012345-4 A2", "BR102012012345A2"),
        ("MX PA04012345 A", "MXPA04012345A"),
        ("MX PA06001234 A", "MXPA06001234A"),
        ("MX/a/2012/012345", "MX2012012345"),
        ("IT MI20121234 A1", "ITMI20121234A1"),
        ("IT TO20110123 A1", "ITTO20110123A1"),
        ("IT RM20090456 A1", "ITRM20090456A1"),
        # dots as thousands separators (INPI-FR, citations)
        ("FR 2.123.456", "FR2123456"),
        ("FR 2.987.654 A1", "FR2987654A1"),
        ("EP 1.234.567 B1", "EP1234567B1"),
        # US reissues (USPTO)
        ("RE45,123 E", "USRE45123E"),
        ("RE 44,567 E", "USRE44567E"),
        ("Re. 45,123", "USRE45123"),
        ("US RE45,123 E", "USRE45123E"),
        # doubled office code, gazette marks
        ("WO WO2019/123456", "WO2019123456"),
        ("WO WO 2019/123456 A1", "WO2019123456A1"),
        ("US US9800501B2", "US9800501B2"),
        ("EP EP1234567B1", "EP1234567B1"),
        ("KR101234567 B1*", "KR101234567B1"),
        ("KR 10-1234567 B1 *", "KR101234567B1"),
        ("US9800501B2†", "US9800501B2"),
    ],
)
def test_office_formats(text: str, number: str) -> None:
    result = normalize_patent_list(text)
    assert result.numbers == [number], result.invalid
    assert (result.invalid, result.applications) == ([], [])
    assert result.raw_text == {number: text.strip()}  # shown back normalised, as typed kept
    assert parse_patent(text) == ("patent_number", number)
    assert parse_patent(number) == ("patent_number", number)  # the normalised form is a fixed point


@pytest.mark.parametrize(
    ("text", "shown", "check_ok"),
    [
        ("201710601862.3", "CN201710601862.3", True),
        ("CN201710601862.3", "CN201710601862.3", True),
        ("ZL 2017 1 0601862.3", "CN201710601862.3", True),
        ("ZL201710601862.3", "CN201710601862.3", True),
        ("ＺＬ２０１７１０６０１８６２．３", "CN201710601862.3", True),
        ("200310102344.5", "CN200310102344.5", True),
        ("ZL 2003 1 0102344.5", "CN200310102344.5", True),
        ("97101765.4", "CN97101765.4", True),
        ("ZL 97 1 01765.4", "CN97101765.4", True),
        ("ZL95115608.X", "CN95115608.X", True),
        ("ZL 95 1 15608.x", "CN95115608.X", True),
        ("201710601862.4", "CN201710601862.4", False),  # check character typed wrong
        ("CN2021100123456", "CN202110012345.6", False),  # 13 digits: application + check character
        ("CN201710601862", "CN201710601862", True),  # no check character: nothing to verify
        ("US 14/123,456", "US14/123,456", True),
        ("14/123,456", "US14/123,456", True),
        ("US 16/987,654", "US16/987,654", True),
        ("US 29/654,321", "US29/654,321", True),
        ("PCT/CN2015/012345", "PCT/CN2015/012345", True),
        ("PCT/US99/12345", "PCT/US99/12345", True),
        ("EP 15 123 456.7", "EP15123456.7", True),
        ("特願2015-123456", "JP2015-123456", True),
        ("特願平5-12345", "JPH05-012345", True),
    ],
)
def test_application_numbers_are_reported_apart(text: str, shown: str, check_ok: bool) -> None:
    result = normalize_patent_list(f"US9800501B2\n{text}")
    assert result.numbers == ["US9800501B2"]  # never sent as a publication number
    assert len(result.invalid) == 1 and result.applications == result.invalid
    entry = result.invalid[0]
    assert (entry.raw, entry.line, entry.kind, entry.normalized) == (text, 2, "application", shown)
    assert "application number: PatSnap needs the publication number" in entry.reason("en")
    assert "申请号：PatSnap 需要公开（公告）号" in entry.reason("zh")
    assert shown in entry.reason("en") and shown in entry.reason("zh")
    assert ("check character" in entry.reason("en")) is (not check_ok)
    parsed = parse_patent(text)
    assert isinstance(parsed, InvalidEntry) and parsed.kind == "application" and parsed.normalized == shown


def test_chinese_check_character() -> None:
    from ipdesk.services.app_numbers import cn_check_char

    assert cn_check_char("201710601862") == "3"
    assert cn_check_char("200310102344") == "5"
    assert cn_check_char("97101765") == "4"
    assert cn_check_char("95115608") == "X"  # remainder 10
    with pytest.raises(ValueError):
        cn_check_char("2017106018")
    entry = normalize_patent_list("201710601862.4").applications[0]
    assert "'4' where '3' was expected" in entry.reason("en") and "应为“3”" in entry.reason("zh")


def test_applications_listed_apart_in_a_mixed_paste() -> None:
    text = "CN 110650438 A, ZL 2017 1 0601862.3; US 14/123,456\nDE 10 2015 123 456 A1, 特開平5-12345"
    result = normalize_patent_list(text)
    assert result.numbers == ["CN110650438A", "DE102015123456A1", "JPH05012345A"]
    assert [(e.raw, e.line, e.normalized) for e in result.applications] == [
        ("ZL 2017 1 0601862.3", 1, "CN201710601862.3"),
        ("US 14/123,456", 1, "US14/123,456"),
    ]
    assert result.invalid == result.applications and result.total_entries == 5
    assert result.raw_text["DE102015123456A1"] == "DE 10 2015 123 456 A1"


@pytest.mark.parametrize(
    ("text", "en", "zh"),
    [
        ("DE1234567890", "a German number has at most 8 digits", "德国专利号最多 8 位数字"),
        ("特公平7-12345", "kanji notation not recognised", "汉字写法"),
        ("特開2015-1234567", "kanji notation not recognised", "汉字写法"),
        ("JP H40-12345 A", "not in the form", "格式"),
    ],
)
def test_new_reasons(text: str, en: str, zh: str) -> None:
    result = normalize_patent_list(text)
    assert result.numbers == [] and len(result.invalid) == 1 and result.applications == []
    assert en in result.invalid[0].reason("en") and zh in result.invalid[0].reason("zh")


def test_reunion_is_not_an_office() -> None:
    assert "RE" not in OFFICE_CODES
    assert parse_patent("RE12345") == ("patent_number", "USRE12345")


# --- properties of the office formats ---------------------------------------------------------------------------
_OFFICE_PREFIX = re.compile(r"[A-Z]{2}")


def _assert_clean(number: str) -> None:
    assert not any(c in number for c in " ./,-"), number
    assert number.isascii() and number == number.upper()
    assert number[:2] != number[2:4], number  # no doubled office code (WOWO..., USUS...)


def _spaced(digits: str, groups: list[int]) -> str:
    out, k = [], 0
    for g in groups:
        out.append(digits[k : k + g])
        k += g
    return " ".join(out)


_year = st.integers(2000, 2030)
_serial = st.integers(1, 999_999)
_kind = st.sampled_from(["", "A", "A1", "B1", "B2", "U"])
_sep = st.sampled_from([" ", "  ", "\u3000", ""])
_mark = st.sampled_from(["", "*", " *", "†", " ‡"])


def _de(t):
    prefix, year, serial, kind, mark = t
    digits = f"{prefix}{year}{serial:06d}"
    typed = f"DE {_spaced(digits, [2, 4, 3, 3])}{' ' + kind if kind else ''}{mark}"
    return typed, f"DE{digits}{kind}"


def _jp(t):
    year, serial, kind, mark = t
    typed = f"JP {year}-{serial}{' ' + kind if kind else ''}{mark}"
    return typed, f"JP{year}{serial:06d}{kind}"


def _jp_era(t):
    era, year, serial, kanji = t
    offset = {"S": 1925, "H": 1988}[era]
    western = year + offset
    body = f"{western}{serial:06d}" if western >= 2000 else f"{era}{year:02d}{serial:06d}"
    typed = f"特開{'昭' if era == 'S' else '平'}{year}-{serial}" if kanji else f"JP{era}{year}-{serial}A"
    return typed, f"JP{body}A"


def _doubled(t):
    code, digits, kind, sep, slash = t
    body = f"{digits[:4]}/{digits[4:]}" if slash else digits
    return f"{code}{sep}{code}{body}{kind}", f"{code}{digits}{kind}"


def _dotted(t):
    code, number, kind = t
    typed = f"{code} {number:,}".replace(",", ".") + (f" {kind}" if kind else "")
    return typed, f"{code}{number}{kind}"


def _reissue(t):
    number, us, kind = t
    return f"{'US ' if us else ''}RE{number:,} {kind}".strip(), f"USRE{number}{kind}"


_messy = st.one_of(
    st.tuples(st.sampled_from(["10", "11", "20"]), _year, _serial, _kind, _mark).map(_de),
    st.tuples(_year, _serial, _kind, _mark).map(_jp),
    st.tuples(st.sampled_from(["S", "H"]), st.integers(1, 30), _serial, st.booleans()).map(_jp_era),
    st.tuples(
        st.sampled_from(["WO", "US", "EP", "CN", "KR"]),
        st.integers(10**7, 10**10 - 1).map(str),
        _kind,
        _sep,
        st.booleans(),
    ).map(_doubled),
    st.tuples(st.sampled_from(["FR", "EP", "US"]), st.integers(1_000_000, 9_999_999), _kind).map(_dotted),
    st.tuples(st.integers(30_000, 49_999), st.booleans(), st.sampled_from(["", "E"])).map(_reissue),
)


def _render(text: str, style: int) -> str:
    if style == 1:
        return text.lower()
    if style == 2:  # full width (ASCII letters, digits and punctuation)
        return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)
    return text


@settings(max_examples=300, deadline=None)
@given(_messy, st.integers(0, 2))
def test_messy_office_formats_normalise_clean(case, style: int) -> None:
    typed, expected = case
    typed = _render(typed, style)
    result = normalize_patent_list(typed)
    assert result.numbers == [expected], (typed, result.invalid)
    _assert_clean(expected)
    assert result.raw_text == {expected: typed.strip()}


@settings(max_examples=100, deadline=None)
@given(st.lists(_messy, min_size=1, max_size=12), st.sampled_from(["\n", ";", "; ", "\t", "、"]))
def test_messy_office_formats_in_lists(cases, sep: str) -> None:
    result = normalize_patent_list(sep.join(typed for typed, _ in cases))
    assert result.numbers == list(dict.fromkeys(expected for _, expected in cases))
    assert result.invalid == []
    for number in result.numbers:
        _assert_clean(number)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.text(alphabet=" .,/-*†0123456789DEJPWOUSRECNZL特開平号", max_size=16),
            _messy.map(lambda c: c[0]),
            _numbers,
        ),
        max_size=12,
    ).map(" ".join)
)
def test_no_normalised_number_has_spaces_dots_slashes_or_doubled_codes(text: str) -> None:
    result = normalize_patent_list(text)
    for number in result.numbers:
        _assert_clean(number)
        assert parse_patent(number) == ("patent_number", number)
    for entry in result.applications:
        assert entry.kind == "application" and entry in result.invalid and entry.normalized
    _check_invariants(text)
