"""Company identifiers: credit codes, organisation codes, names; check characters and the query mapping."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ipdesk.services.companies import (
    CREDIT_CODE_CHARS,
    CompanyEntry,
    UnverifiedCodeError,
    classify_company,
    classify_company_lines,
    credit_code_check_char,
    org_code_check_char,
    query_fields,
    to_query,
)

ORG_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("91110108551385082Q", "credit_code", "91110108551385082Q"),
        ("91110000600037341L", "credit_code", "91110000600037341L"),
        ("91350100M000100Y43", "credit_code", "91350100M000100Y43"),
        ("91110108551385082q", "credit_code", "91110108551385082Q"),
        ("９１１１０１０８５５１３８５０８２Ｑ", "credit_code", "91110108551385082Q"),
        (" 9111 0108 5513 8508 2Q ", "credit_code", "91110108551385082Q"),
        ("911101085513-85082Q", "credit_code", "91110108551385082Q"),
        ("55138508-2", "org_number", "55138508-2"),
        ("551385082", "org_number", "55138508-2"),
        ("55138508 - 2", "org_number", "55138508-2"),
        ("０５６６９４４１－９", "org_number", "05669441-9"),
        ("05669441-9", "org_number", "05669441-9"),
        ("MA5F3K2L-5", "org_number", "MA5F3K2L-5"),
        ("ma5f3k2l5", "org_number", "MA5F3K2L-5"),
        ("91440305MA5F3K2L5F", "credit_code", "91440305MA5F3K2L5F"),
        ("9161013171093385X4", "credit_code", "9161013171093385X4"),
        ("71093385-x", "org_number", "71093385-X"),
    ],
)
def test_valid_codes(text: str, kind: str, value: str) -> None:
    entry = classify_company(text)
    assert (entry.kind, entry.value, entry.display) == (kind, value, value)
    assert entry.check is not None and entry.check.ok
    assert query_fields(entry) == (kind, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("小米科技有限责任公司", "小米科技有限责任公司"),
        ("  苏州瀚川智能科技股份有限公司 ", "苏州瀚川智能科技股份有限公司"),
        ("小米科技(北京)有限公司", "小米科技（北京）有限公司"),
        ("小米科技（北京）有限公司", "小米科技（北京）有限公司"),
        ("小米科技 ( 北京 ) 有限公司", "小米科技（北京）有限公司"),
        ("小米 科技\u3000有限责任公司", "小米科技有限责任公司"),
        ("Huawei   Technologies Co., Ltd.", "Huawei Technologies Co., Ltd."),
        ("Apple (China) Co.", "Apple （China） Co."),
        ("ＴＣＬ科技集团股份有限公司", "TCL科技集团股份有限公司"),
        ("Microsoft", "Microsoft"),
        ("3M", "3M"),
        ("3M Company", "3M Company"),
        ("Microsoft", "Microsoft"),
        ("ABCDEFGHIJKLMNOPQR", "ABCDEFGHIJKLMNOPQR"),
    ],
)
def test_names_normalised(text: str, value: str) -> None:
    entry = classify_company(text)
    assert (entry.kind, entry.value, entry.check) == ("company_name", value, None)
    assert classify_company(entry.value) == entry  # idempotent


def test_wrong_credit_check_character_says_which_and_what() -> None:
    check = classify_company("91110108551385082A").check
    assert check is not None and not check.ok
    assert (check.position, check.found, check.expected) == (18, "A", "Q")
    assert check.message("en") == (
        "Character 18 of the credit code is 'A' but the check character should be 'Q'. "
        "Check the code, or choose Query anyway to send it as typed."
    )
    assert (
        "第 18 位" in check.message("zh")
        and "“Q”" in check.message("zh")
        and "仍然查询" in check.message("zh")
    )
    assert "Query anyway" not in check.detail("en") and check.detail("en") in check.message("en")


@pytest.mark.parametrize(
    ("text", "position", "found", "expected"),
    [
        ("91110108551385O82Q", 15, "O", "0"),
        ("9111010855I385082Q", 11, "I", "1"),
        ("S1110108551385082Q", 1, "S", "5"),
        ("91110108551385082Z", 18, "Z", "2"),
        ("91110108V51385082Q", 9, "V", None),
    ],
)
def test_credit_code_letters_outside_the_set(text: str, position: int, found: str, expected) -> None:
    entry = classify_company(text)
    assert entry.kind == "credit_code"
    check = entry.check
    assert check is not None and not check.ok
    assert (check.position, check.found, check.expected) == (position, found, expected)
    assert f"Character {position} of the credit code is '{found}'" in check.message("en")
    assert "I, O, S, V or Z" in check.message("en") and "I、O、S、V、Z" in check.message("zh")


def test_wrong_org_check_character() -> None:
    check = classify_company("55138508-3").check
    assert check is not None and not check.ok
    assert (check.position, check.found, check.expected) == (9, "3", "2")
    assert "Character 9 of the organisation code is '3'" in check.message("en")
    assert "第 9 位" in check.message("zh")


@pytest.mark.parametrize(
    ("text", "kind"), [("5513850T82", "org_number"), ("9111010855138508Q", "credit_code")]
)
def test_wrong_length_codes_are_stopped(text: str, kind: str) -> None:
    entry = classify_company(text)
    assert entry.kind == kind and entry.value == text
    check = entry.check
    assert check is not None and not check.ok and check.position is None
    assert f"has {len(text)} characters" in check.message("en") and "18" in check.message("zh")


def test_org_check_value_ten_and_eleven() -> None:
    assert org_code_check_char("55138508") == "2"
    assert org_code_check_char("05669441") == "9"
    # find bodies whose check value is 10 ("X") and 11 ("0") and confirm they classify as valid
    seen = {}
    for n in range(20000, 20200):
        body = f"{n:08d}"
        seen.setdefault(org_code_check_char(body), body)
    for char in ("X", "0"):
        body = seen[char]
        total = sum(int(c) * w for c, w in zip(body, (3, 7, 9, 10, 5, 8, 4, 2), strict=True))
        assert 11 - total % 11 == {"X": 10, "0": 11}[char]
        assert classify_company(body + char).check.ok


def test_check_functions_reject_bad_bodies() -> None:
    assert credit_code_check_char("91110108551385082") == "Q"
    with pytest.raises(ValueError):
        credit_code_check_char("9111010855138508I")
    with pytest.raises(ValueError):
        credit_code_check_char("123")
    with pytest.raises(ValueError):
        org_code_check_char("5513850")


def test_empty_entry_is_not_sent() -> None:
    entry = classify_company("  \u3000 ")
    assert entry.value == "" and entry.check is not None and not entry.check.ok
    with pytest.raises(ValueError):
        query_fields(entry, allow_unverified=True)


def test_failed_check_blocks_query_unless_allowed() -> None:
    entry = classify_company("91110108551385082A")
    with pytest.raises(UnverifiedCodeError) as info:
        query_fields(entry)
    assert info.value.entry is entry and "should be 'Q'" in str(info.value)
    assert query_fields(entry, allow_unverified=True) == ("credit_code", "91110108551385082A")


def test_to_query_builds_company_query() -> None:
    from ipdesk.api.client import CompanyQuery

    query = to_query(classify_company("55138508 2"))
    assert isinstance(query, CompanyQuery)
    assert (query.kind, query.value) == ("org_number", "55138508-2")
    with pytest.raises(UnverifiedCodeError):
        to_query(classify_company("5513850T82"))
    assert to_query(classify_company("5513850T82"), allow_unverified=True).value == "5513850T82"


def test_company_lines() -> None:
    text = (
        "小米科技有限责任公司\n\n91110108551385082q\nHuawei Technologies Co., Ltd.\n9111 0108 5513 8508 2Q\n"
    )
    entries = classify_company_lines(text)
    assert [(e.kind, e.value) for e in entries] == [
        ("company_name", "小米科技有限责任公司"),
        ("credit_code", "91110108551385082Q"),
        ("company_name", "Huawei Technologies Co., Ltd."),
    ]


# --- check characters from random bodies --------------------------------------------------------------------

_credit_bodies = st.text(alphabet=CREDIT_CODE_CHARS, min_size=17, max_size=17).filter(
    lambda b: 3 * sum(c.isdigit() for c in b) >= 18  # looks like a code (at least a third digits)
)


@settings(max_examples=200, deadline=None)
@given(_credit_bodies, st.integers(0, 17), st.integers(1, 30), st.booleans())
def test_credit_code_single_substitution_always_caught(body: str, pos: int, shift: int, lower: bool) -> None:
    code = body + credit_code_check_char(body)
    typed = code.lower() if lower else code
    assert classify_company(typed).check.ok
    new_char = CREDIT_CODE_CHARS[(CREDIT_CODE_CHARS.index(code[pos]) + shift) % 31]
    wrong = code[:pos] + new_char + code[pos + 1 :]
    entry = classify_company(wrong)
    if entry.kind != "credit_code":  # the flip made it letter-heavy: then it is a name, never a valid code
        assert entry.kind == "company_name"
        return
    check = entry.check
    assert not check.ok
    assert check.position == 18
    assert check.found == wrong[17]
    assert check.expected == credit_code_check_char(wrong[:17]) != wrong[17]


_org_bodies = st.text(alphabet=ORG_CHARS, min_size=8, max_size=8).filter(
    lambda b: 3 * sum(c.isdigit() for c in b) >= 9
)


@settings(max_examples=200, deadline=None)
@given(_org_bodies, st.integers(0, 7), st.integers(1, 9), st.booleans())
def test_org_code_single_substitution(body: str, pos: int, shift: int, hyphen: bool) -> None:
    code = body + org_code_check_char(body)
    typed = f"{code[:8]}-{code[8]}" if hyphen else code
    assert classify_company(typed).check.ok
    old = body[pos]
    if not old.isdigit():
        return
    new = str((int(old) + shift) % 10)  # digit for digit: the difference is 1..9, never a multiple of 11
    wrong = code[:pos] + new + code[pos + 1 :]
    check = classify_company(wrong).check
    assert not check.ok and check.position == 9
    assert check.expected == org_code_check_char(wrong[:8])


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_arbitrary_unicode_never_raises(text: str) -> None:
    entry = classify_company(text)
    assert isinstance(entry, CompanyEntry)
    assert entry.kind in ("credit_code", "org_number", "company_name")
    assert entry.value == entry.value.strip()
    if entry.kind == "company_name":
        assert "  " not in entry.value and "(" not in entry.value and ")" not in entry.value
        assert entry.check is None or entry.value == ""
    else:
        assert entry.check is not None and entry.value.isascii()
        assert classify_company(entry.value) == entry  # idempotent


def test_demo_companies_codes_all_verify() -> None:
    from ipdesk.sandbox.demo import demo_companies

    companies = demo_companies()
    assert len(companies) >= 12
    for company in companies:
        assert classify_company(company["name"]).kind == "company_name"
        for kind in ("credit_code", "org_number"):
            if company.get(kind):
                entry = classify_company(company[kind])
                assert (entry.kind, entry.value) == (kind, company[kind])
                assert entry.check.ok, entry.check.message("en")


# --- organisation codes with letters, registration numbers (issue 14) -----------------------------------------
# M000100Y-4 is the organisation-code body of 91350100M000100Y43 (the reference notes on Chinese company-code formats,
# both check characters verify). The letter-heavy MA codes below are constructed (body + computed GB 11714
# check character), in the shape of codes issued since 2015. 110108012660422 is a 15-digit business
# registration number (its ISO 7064 MOD 11,10 check digit verifies).
def _org(body: str) -> str:
    return body + org_code_check_char(body)


@pytest.mark.parametrize(
    "text",
    [
        "M000100Y-4",
        "m000100y4",
        "M000100Y 4",
        _org("MA5DCQBK"),
        _org("MA01XKQR"),
        "MAXQBKLZ-" + org_code_check_char("MAXQBKLZ"),
    ],
)
def test_organisation_codes_with_letters(text: str) -> None:
    entry = classify_company(text)
    compact = text.upper().replace("-", "").replace(" ", "")
    assert (entry.kind, entry.value, entry.display) == (
        "org_number",
        f"{compact[:8]}-{compact[8]}",
        entry.value,
    )
    assert entry.check.ok and query_fields(entry) == ("org_number", entry.value)


@pytest.mark.parametrize("hyphen", [True, False])
def test_letter_heavy_org_code_failing_its_check_gets_query_anyway(hyphen: bool) -> None:
    body = "MA5DCQBK"
    wrong = str((int(org_code_check_char(body)) + 1) % 10) if org_code_check_char(body) != "X" else "0"
    entry = classify_company(f"{body}-{wrong}" if hyphen else f"{body}{wrong}")
    assert entry.kind == "org_number" and not entry.check.ok and entry.check.position == 9
    assert "Query anyway" in entry.check.message("en") and "仍然查询" in entry.check.message("zh")
    with pytest.raises(UnverifiedCodeError):
        query_fields(entry)
    assert query_fields(entry, allow_unverified=True) == ("org_number", f"{body}-{wrong}")


@pytest.mark.parametrize("text", ["Microsoft", "ABCDEFGH1", "Samsung12", "Lenovo Group"])
def test_nine_letter_names_stay_names(text: str) -> None:
    assert classify_company(text).kind == "company_name"


@pytest.mark.parametrize("text", ["110108012660422", "1101 0801 2660 422", "１１０１０８０１２６６０４２２"])
def test_registration_number_recognised_and_explained(text: str) -> None:
    entry = classify_company(text)
    assert entry.registration_number and entry.value == "110108012660422"
    check = entry.check
    assert not check.ok and check.position is None
    assert "registration number" in check.message("en") and "not a credit code" in check.message("en")
    assert "by its name" in check.message("en") and "Query anyway" in check.message("en")
    assert "工商注册号" in check.message("zh") and "按企业名称查询" in check.message("zh")
    with pytest.raises(UnverifiedCodeError):
        query_fields(entry)
    assert query_fields(entry, allow_unverified=True)[1] == "110108012660422"
    assert not classify_company("91110108551385082Q").registration_number


_letter_org_bodies = st.text(alphabet=ORG_CHARS, min_size=8, max_size=8).map(lambda b: "MA" + b[2:])


@settings(max_examples=200, deadline=None)
@given(_letter_org_bodies, st.booleans(), st.booleans())
def test_ma_org_codes_with_or_without_hyphen(body: str, hyphen: bool, lower: bool) -> None:
    code = body + org_code_check_char(body)
    typed = f"{code[:8]}-{code[8]}" if hyphen else code
    entry = classify_company(typed.lower() if lower else typed)
    if not hyphen and not any(c.isdigit() for c in body):
        return  # "MAXQBKLZ1" without the hyphen and without a digit in the body could be a name
    assert (entry.kind, entry.value) == ("org_number", f"{code[:8]}-{code[8]}")
    assert entry.check.ok
