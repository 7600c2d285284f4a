"""Every error code documented in the endpoint documents (tests/contract, from shared/api-docs) maps to a typed exception and a bilingual message."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ipdesk.api import (
    ERROR_KEYS,
    ApiError,
    AuthError,
    BadRequestError,
    CompanyNotFoundError,
    ParseError,
    PlanError,
    QuotaError,
    RateLimitError,
    ServiceBusyError,
    TransportError,
    error_for_code,
    error_for_http,
)
from ipdesk.messages import t

API_DOCS = Path(__file__).resolve().parents[1] / "contract"  # copies of shared/api-docs (see its README)


def api_docs_dir() -> Path:
    return API_DOCS


def documented_codes() -> set[int]:
    codes: set[int] = set()
    for path in api_docs_dir().glob("*.txt"):
        codes.update(
            int(c) for c in re.findall(r"(?<!\d)(6[78][23]000\d\d|672001\d\d)(?!\d)", path.read_text("utf-8"))
        )
    return codes


EXPECTED_CLASS = {
    68300004: BadRequestError, 68300005: ServiceBusyError, 68300006: BadRequestError,
    68300007: BadRequestError, 68300008: ServiceBusyError, 68300010: BadRequestError,
    68300012: CompanyNotFoundError, 67200000: QuotaError, 67200001: QuotaError, 67200002: RateLimitError,
    67200003: AuthError, 67200004: PlanError, 67200005: QuotaError, 67200006: QuotaError,
    67200007: QuotaError, 67200008: AuthError, 67200009: AuthError, 67200012: BadRequestError,
    67200100: ServiceBusyError, 67200101: BadRequestError,
}  # fmt: skip
RETRYABLE = {67200002, 67200100, 68300005, 68300008}
NEVER_RETRIED = {67200001, 67200004, 67200005, 67200006, 67200007, 67200003, 67200009, 68300004, 68300012}


def test_docs_codes_are_all_known():
    codes = documented_codes()
    assert len(codes) >= 19, codes  # the three endpoint docs list 20 distinct codes
    assert codes <= set(ERROR_KEYS), codes - set(ERROR_KEYS)
    assert codes <= set(EXPECTED_CLASS)


@pytest.mark.parametrize("code", sorted(EXPECTED_CLASS))
def test_code_maps_to_typed_exception_and_messages(code):
    err = error_for_code(code, http_status=200, operation="P022", server_message="Quota exceeds the limit!")
    assert type(err) is EXPECTED_CLASS[code]
    assert err.code == code and err.http_status == 200 and err.operation == "P022"
    assert err.retryable is (code in RETRYABLE)
    if code in NEVER_RETRIED:
        assert not err.retryable
    english, chinese = t(ERROR_KEYS[code], "en"), t(ERROR_KEYS[code], "zh")
    assert err.message("en") == english and err.message("zh") == chinese
    assert len(english) > 40 and re.search(r"[\u4e00-\u9fff]", chinese)
    # what to do: every message carries an instruction, not only a description
    assert re.search(r"\b(check|try|top up|contact|wait|renew|use|correct|lower)\b", english, re.I), english
    assert str(code) in str(err) and "P022" in str(err)


def test_fatal_errors_stop_batches():
    assert (
        error_for_code(67200005).fatal and error_for_code(67200004).fatal and error_for_code(67200003).fatal
    )
    assert not error_for_code(68300004).fatal and not error_for_code(67200002).fatal
    assert not error_for_code(68300012).fatal


def test_specific_advice():
    assert "top up" in error_for_code(67200005).message("en").lower()
    assert "充值" in error_for_code(67200005).message("zh")
    assert "not in your plan" in error_for_code(67200004).message("en")


def test_messages_are_distinct():
    english = [t(key, "en") for key in ERROR_KEYS.values()]
    chinese = [t(key, "zh") for key in ERROR_KEYS.values()]
    assert len(set(english)) == len(english) and len(set(chinese)) == len(chinese)


@pytest.mark.parametrize(
    ("status", "cls", "retryable"),
    [(401, AuthError, False), (403, AuthError, False), (404, BadRequestError, False), (400, BadRequestError, False),
     (429, ServiceBusyError, True), (500, ServiceBusyError, True), (502, ServiceBusyError, True),
     (503, ServiceBusyError, True)],
)  # fmt: skip
def test_http_status_mapping(status, cls, retryable):
    err = error_for_http(status, operation="C027")
    assert type(err) is cls and err.retryable is retryable and err.http_status == status
    assert err.message("en") != err.message("zh")


def test_unknown_code_is_plain_api_error():
    err = error_for_code(12345678)
    assert type(err) is ApiError and not err.retryable and err.message("en")


def test_errors_without_code_have_messages():
    for err in (
        TransportError("reset"),
        ParseError(field="data.x"),
        TransportError("x", kind="tls", retryable=False),
    ):
        assert err.message("en") and err.message("zh") and err.message("en") != err.message("zh")
    assert TransportError().retryable and not TransportError(retryable=False).retryable


def test_envelope_rules():
    from ipdesk.api.transport import check_envelope

    assert check_envelope({"status": True, "error_code": 0, "data": [1]}, 200, "P022", required=True) == [1]
    with pytest.raises(ApiError) as info:  # status false is an error even with error_code 0
        check_envelope({"status": False, "error_code": 0, "data": []}, 200, "P022", required=True)
    assert info.value.http_status == 200 and not info.value.retryable
    with pytest.raises(QuotaError):  # a non-zero code is an error even with status true
        check_envelope({"status": True, "error_code": "67200005"}, 200, "C027", required=True)
    with pytest.raises(ParseError) as info:
        check_envelope({"data": []}, 200, "P022", required=True)
    assert info.value.field == "status"
