"""The client against the sandbox over real HTTP: every error code, every retry and no-retry path."""

from __future__ import annotations

import random
import threading
import time

import pytest

from ipdesk.api import (
    ApiError,
    AuthError,
    BadRequestError,
    ClientConfig,
    CompanyNotFoundError,
    CompanyQuery,
    ParseError,
    PatSnapClient,
    PlanError,
    QuotaError,
    RateLimiter,
    RateLimitError,
    ServiceBusyError,
    TransportError,
)
from ipdesk.api.errors import CancelledError
from ipdesk.sandbox.demo import demo_companies, demo_patent_numbers
from ipdesk.sandbox.server import SandboxServer

MAX_RETRIES = 3


@pytest.fixture
def sandbox(shared_sandbox):
    return shared_sandbox


@pytest.fixture
def records():
    return []


@pytest.fixture
def client(sandbox, demo_credentials, records):
    config = ClientConfig(
        base_url=sandbox.base_url, max_retries=MAX_RETRIES, backoff_base=0.005, backoff_max=0.02
    )
    c = PatSnapClient(
        config, demo_credentials, limiter=RateLimiter(rate=500, max_in_flight=8), on_call=records.append
    )
    yield c
    c.close()


def _p022(client):
    return client.seic_classification(demo_patent_numbers()[:3], by="patent_number")


def _attempts(records, op="P022"):
    return [r for r in records if r.operation == op]


NON_RETRIED = {
    68300004: BadRequestError, 68300006: BadRequestError, 68300007: BadRequestError, 68300010: BadRequestError,
    68300012: CompanyNotFoundError, 67200000: QuotaError, 67200001: QuotaError, 67200004: PlanError,
    67200005: QuotaError, 67200006: QuotaError, 67200007: QuotaError, 67200008: AuthError,
    67200012: BadRequestError, 67200101: BadRequestError,
}  # fmt: skip
RETRIED = {
    67200002: RateLimitError,
    67200100: ServiceBusyError,
    68300005: ServiceBusyError,
    68300008: ServiceBusyError,
}
RENEWED = (67200003, 67200009)


@pytest.mark.parametrize("code", sorted(NON_RETRIED))
def test_non_retried_codes_fail_at_once(client, sandbox, records, code):
    sandbox.configure(fail_next=[code])
    with pytest.raises(ApiError) as info:
        _p022(client)
    err = info.value
    assert type(err) is NON_RETRIED[code] and err.code == code and err.operation == "P022"
    assert not err.retryable
    assert sandbox.counts["P022"] == 1 and sandbox.counts["token"] == 1
    [attempt] = _attempts(records)
    assert (attempt.ok, attempt.error_code, attempt.http_status, attempt.results) == (False, code, 200, 0)
    assert err.message("en") != err.message("zh")
    # the next call works again: nothing is left broken
    assert len(_p022(client)) == 3


@pytest.mark.parametrize("code", sorted(RETRIED))
def test_transient_codes_are_retried_then_succeed(client, sandbox, records, code):
    sandbox.configure(fail_next=[code, code])
    results = _p022(client)
    assert len(results) == 3
    attempts = _attempts(records)
    assert [a.error_code for a in attempts] == [code, code, None]
    assert attempts[-1].ok and attempts[-1].results == 3
    assert sandbox.counts["P022"] == 3


@pytest.mark.parametrize("code", sorted(RETRIED))
def test_transient_codes_give_up_after_max_retries(client, sandbox, records, code):
    sandbox.configure(fail_next=[code] * (MAX_RETRIES + 5))
    with pytest.raises(ApiError) as info:
        _p022(client)
    assert type(info.value) is RETRIED[code] and info.value.retryable
    assert sandbox.counts["P022"] == MAX_RETRIES + 1
    assert len(_attempts(records)) == MAX_RETRIES + 1


@pytest.mark.parametrize("code", [*RENEWED, "http_401"])
def test_auth_codes_renew_the_token_once(client, sandbox, records, code):
    sandbox.configure(fail_next=[code])
    assert len(_p022(client)) == 3
    assert sandbox.counts["token"] == 2 and sandbox.counts["P022"] == 2
    assert [r.operation for r in records] == ["token", "P022", "token", "P022"]
    assert records[1].http_status == (200 if code == 67200009 else 401)


@pytest.mark.parametrize("fault", [67200003, 67200009, "http_401"])
def test_auth_failure_after_the_renewal_is_final(client, sandbox, records, fault):
    sandbox.configure(fail_next=[fault, fault, fault])
    with pytest.raises(AuthError) as info:
        _p022(client)
    assert info.value.fatal and not info.value.retryable
    assert sandbox.counts["token"] == 2 and sandbox.counts["P022"] == 2


@pytest.mark.parametrize("fault", ["truncated", "non_json", "html_502", "http_429", "http_503", "reset"])
def test_faults_are_retried(client, sandbox, records, fault):
    sandbox.configure(fail_next=[fault])
    assert len(_p022(client)) == 3
    attempts = _attempts(records)
    assert len(attempts) == 2 and not attempts[0].ok and attempts[1].ok


@pytest.mark.parametrize(
    ("fault", "cls", "status"),
    [("truncated", TransportError, None), ("non_json", TransportError, 200), ("html_502", ServiceBusyError, 502),
     ("http_429", RateLimitError, 429), ("http_503", ServiceBusyError, 503), ("reset", TransportError, None)],
)  # fmt: skip
def test_faults_exhaust_retries(client, sandbox, records, fault, cls, status):
    sandbox.configure(fail_next=[fault] * (MAX_RETRIES + 1))
    with pytest.raises(cls) as info:
        _p022(client)
    assert info.value.retryable
    assert sandbox.counts["P022"] == MAX_RETRIES + 1
    assert {a.http_status for a in _attempts(records)} == {status}


def test_http_403_and_404_are_not_retried(client, sandbox):
    sandbox.configure(fail_next=["http_403"])
    with pytest.raises(PlanError):
        _p022(client)
    sandbox.configure(fail_next=["http_404"])
    with pytest.raises(BadRequestError):
        _p022(client)
    assert sandbox.counts["P022"] == 2


def test_read_timeout_is_retried_then_reported(sandbox, demo_credentials, records):
    config = ClientConfig(base_url=sandbox.base_url, read_timeout=0.15, max_retries=1, backoff_base=0.001)
    client = PatSnapClient(config, demo_credentials, limiter=RateLimiter(rate=500), on_call=records.append)
    client.test_connection()
    sandbox.configure(latency_ms=400)
    with pytest.raises(TransportError) as info:
        _p022(client)
    assert "Timeout" in str(info.value) and info.value.retryable
    assert len(_attempts(records)) == 2
    sandbox.configure(latency_ms=0)
    assert len(_p022(client)) == 3  # and it works again
    client.close()


def test_connection_refused_is_a_transport_error(demo_credentials, records):
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    config = ClientConfig(base_url=f"http://127.0.0.1:{port}", max_retries=1, backoff_base=0.001)
    client = PatSnapClient(config, demo_credentials, limiter=RateLimiter(rate=500), on_call=records.append)
    with pytest.raises(TransportError):
        client.test_connection()
    assert [r.operation for r in records] == ["token", "token"]


def expected_injections(seed: int, rate: float, calls: int, attempts_per_call: int) -> list[int | None]:
    """The error codes the sandbox's injection RNG (one draw per attempt) gives a retrying client."""
    rng, codes = random.Random(seed), []
    for _ in range(calls):
        for _ in range(attempts_per_call):
            failed = rng.random() < rate
            codes.append(67200100 if failed else None)
            if not failed:
                break
    return codes


def test_injected_errors_at_a_rate_are_absorbed(demo_credentials, records):
    # A server of its own: on the module's shared server, a request a client of an earlier test had given up
    # on (read timeout) could still be handled during this test and take a draw from the injection RNG,
    # shifting the sequence (it failed once that way on a loaded machine).
    with SandboxServer(inject={67200100: 0.3}, seed=7) as own:
        config = ClientConfig(
            base_url=own.base_url, max_retries=MAX_RETRIES, backoff_base=0.005, backoff_max=0.02
        )
        client = PatSnapClient(
            config, demo_credentials, limiter=RateLimiter(rate=500), on_call=records.append
        )
        for _ in range(15):
            assert len(_p022(client)) == 3
        client.close()
        codes = [r.error_code for r in _attempts(records)]
        assert codes == expected_injections(7, 0.3, 15, MAX_RETRIES + 1)
        assert codes.count(67200100) >= 3 and own.counts["P022"] == len(codes)


def test_company_errors(client, sandbox):
    with pytest.raises(CompanyNotFoundError) as info:
        client.risk_warning(CompanyQuery("company_name", "不存在的测试公司"))
    assert "68300012" in str(info.value) and "企业" in info.value.message("zh")
    with pytest.raises(BadRequestError):
        client.risk_backtracking(CompanyQuery("company_name", demo_companies()[0]["name"]), "2024-01-01")
    assert sandbox.counts["C028"] == 0  # refused before sending


def test_client_side_validation(client, sandbox):
    with pytest.raises(BadRequestError):
        client.seic_classification(["CN1"] * 101, by="patent_number")
    with pytest.raises(BadRequestError):
        client.seic_classification(["CN1,CN2"], by="patent_number")
    with pytest.raises(BadRequestError):
        client.description_offset("CN1", by="pn")
    with pytest.raises(BadRequestError):
        client.seic_classification(["CN1"], by="patent_number", lang="de")
    assert client.seic_classification([], by="patent_id") == []
    assert sum(sandbox.counts.values()) == 0


def test_error_code_under_http_200_is_an_error(client, sandbox):
    # the sandbox answers the 100-limit with 68300004 under HTTP 200: an error despite the status line
    with pytest.raises(BadRequestError) as info:
        client._call("P022", params={"patent_number": ",".join(f"CN{i}A" for i in range(101))})
    assert info.value.http_status == 200 and info.value.code == 68300004


def test_cancel_stops_retrying(client, sandbox):
    sandbox.configure(fail_next=[67200100] * 10)
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(CancelledError):
        client.seic_classification(["CN110650438A"], by="patent_number", cancel=cancel)
    slow = PatSnapClient(
        ClientConfig(base_url=sandbox.base_url, backoff_base=5, backoff_max=5, max_retries=5),
        client._credentials,
        limiter=RateLimiter(rate=500),
    )
    cancel = threading.Event()
    threading.Timer(0.3, cancel.set).start()
    started = time.monotonic()
    with pytest.raises(CancelledError):
        slow.seic_classification(["CN110650438A"], by="patent_number", cancel=cancel)
    assert time.monotonic() - started < 2.0  # not the 5 s backoff: the wait ends with the cancel
    slow.close()


def test_parse_error_from_the_wire_names_operation_and_field(client, sandbox):
    sandbox.configure(quirks=True)
    # quirks are tolerated ...
    [result] = client.seic_classification(["CN110650438A"], by="patent_number")
    assert result.classifications and all(e.lv2.no.count(".") == 1 for e in result.classifications)
    # ... and a wrong shape is a ParseError (the envelope itself here)
    with pytest.raises(ParseError) as info:
        from ipdesk.api.transport import check_envelope

        check_envelope({"status": True, "error_code": [0]}, 200, "P022", required=True)
    assert info.value.field == "error_code"
