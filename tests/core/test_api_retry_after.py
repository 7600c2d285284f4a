"""Retry-After (RFC 9110 §10.2.3) over real HTTP: the client waits for it, caps it, and stays cancellable."""

from __future__ import annotations

import datetime
import threading
import time

import pytest
import requests

from ipdesk.api import (
    BadRequestError,
    ClientConfig,
    PatSnapClient,
    QuotaError,
    RateLimiter,
    RateLimitError,
    ServiceBusyError,
)
from ipdesk.api.errors import CancelledError
from ipdesk.api.transport import RETRY_AFTER_CEILING, RETRY_AFTER_MAX, parse_retry_after
from ipdesk.sandbox.demo import demo_patent_numbers

UTC = datetime.UTC
MAX_RETRIES = 3


@pytest.fixture
def records():
    return []


def _client(sandbox, credentials, records, **config) -> PatSnapClient:
    config = {"max_retries": MAX_RETRIES, "backoff_base": 0.005, "backoff_max": 0.02, **config}
    return PatSnapClient(
        ClientConfig(base_url=sandbox.base_url, **config),
        credentials,
        limiter=RateLimiter(rate=500, max_in_flight=8),
        on_call=records.append,
    )


@pytest.fixture
def client(sandbox, demo_credentials, records):
    c = _client(sandbox, demo_credentials, records)
    c.test_connection()  # the token first: the timings below measure P022 only
    yield c
    c.close()


def _p022(client, cancel=None):
    return client.seic_classification(demo_patent_numbers()[:3], by="patent_number", cancel=cancel)


def _p022_times(sandbox) -> list[float]:
    """When the sandbox received each P022 request (its request log)."""
    return [entry["time"] for entry in sandbox.requests_log if entry["op"] == "P022"]


# ------------------------------------------------------------------ honoured


@pytest.mark.parametrize(("fault", "knob"), [("http_429", None), (67200100, "1")])
def test_delay_seconds_is_honoured(client, sandbox, records, fault, knob):
    # the sandbox's http_429 carries "Retry-After: 1" by default; a code fault (HTTP 200) carries it on request
    sandbox.configure(fail_next=[fault], retry_after=knob)
    started = time.monotonic()
    assert len(_p022(client)) == 3
    elapsed = time.monotonic() - started
    first, second = _p022_times(sandbox)
    assert sandbox.counts["P022"] == 2
    assert second - first >= 0.95  # the backoff alone is at most 0.005 s here
    assert 0.95 <= elapsed < 3.0
    assert [r.ok for r in records if r.operation == "P022"] == [False, True]


def test_http_date_is_honoured(client, sandbox):
    # measured against the answer's Date header (both have one-second resolution): a wait of 1 or 2 s
    sandbox.configure(
        fail_next=["http_503"], retry_after=datetime.datetime.now(UTC) + datetime.timedelta(seconds=2)
    )
    started = time.monotonic()
    assert len(_p022(client)) == 3
    elapsed = time.monotonic() - started
    first, second = _p022_times(sandbox)
    assert second - first >= 0.95 and 0.95 <= elapsed < 3.5
    assert sandbox.counts["P022"] == 2


@pytest.mark.parametrize(
    "value", ["soon", "-5", "0", "1.5", "", "Wed, 21 Oct 2015 07:28:00 GMT", "Wed, 99 Foo 2015 07:28:00 GMT"]
)
def test_unusable_values_fall_back_to_the_backoff(client, sandbox, value):
    sandbox.configure(fail_next=["http_503", "http_429"], retry_after=value)
    started = time.monotonic()
    assert len(_p022(client)) == 3
    assert time.monotonic() - started < 0.8  # the backoff (<= 0.02 s each), not a 1 s (or longer) wait
    assert sandbox.counts["P022"] == 3


# ------------------------------------------------------------------ the cap


@pytest.mark.parametrize(
    ("fault", "cls", "value", "seconds"),
    [
        ("http_503", ServiceBusyError, "3600", 3600),
        ("http_429", RateLimitError, "3600", 3600),
        (67200100, ServiceBusyError, str(int(RETRY_AFTER_MAX) + 1), RETRY_AFTER_MAX + 1),
        ("http_503", ServiceBusyError, "9" * 40, RETRY_AFTER_CEILING),
        ("http_503", ServiceBusyError, "date+2h", 7200),
    ],
)
def test_beyond_the_cap_stops_with_when_to_try_again(client, sandbox, fault, cls, value, seconds):
    if value == "date+2h":
        value = datetime.datetime.now(UTC) + datetime.timedelta(hours=2)
    sandbox.configure(fail_next=[fault] * 3, retry_after=value)
    asked = datetime.datetime.now(UTC)
    started = time.monotonic()
    with pytest.raises(cls) as info:
        _p022(client)
    assert time.monotonic() - started < 0.5  # no wait, no retry
    assert sandbox.counts["P022"] == 1 and len(_p022_times(sandbox)) == 1
    err = info.value
    assert err.retryable and err.operation == "P022"
    assert err.fatal  # a job stops here instead of calling on during the pause
    assert err.retry_after == pytest.approx(seconds, abs=2)
    assert abs((err.retry_at - asked).total_seconds() - seconds) < 3
    clock = err.retry_at.astimezone().strftime("%H:%M")  # local time, as the user reads it
    english, chinese = err.message("en"), err.message("zh")
    assert english.startswith(cls(code=err.code, http_status=err.http_status).message("en"))
    assert "try again after" in english and clock in english
    assert "之后重试" in chinese and clock in chinese and "服务要求" in chinese
    assert "try again after" in str(err)
    if seconds == 3600:
        assert "wait 60 min" in english and "等待 60 分钟" in chinese
    if seconds == 7200:
        assert "wait 2 h 0 min" in english and "2 小时 0 分钟" in chinese


def test_token_endpoint_honours_the_cap(sandbox, demo_credentials, records):
    client = _client(sandbox, demo_credentials, records)
    sandbox.configure(fail_next=["http_503"] * 2, inject_ops={"token"}, retry_after="7200")
    with pytest.raises(ServiceBusyError) as info:
        client.test_connection()
    assert info.value.operation == "token" and info.value.retry_after == 7200
    assert "try again after" in info.value.message("en")
    assert sandbox.counts["token"] == 1
    client.close()


def test_closing_the_client_ends_a_token_retry_wait_at_once(sandbox, demo_credentials, records):
    client = _client(sandbox, demo_credentials, records)
    sandbox.configure(fail_next=["http_503"] * 3, inject_ops={"token"}, retry_after="30")
    failures = []

    def connect() -> None:
        try:
            client.test_connection()
        except Exception as exc:  # noqa: BLE001 - what the worker sees
            failures.append(exc)

    worker = threading.Thread(target=connect)
    worker.start()
    time.sleep(0.3)  # the worker waits out the Retry-After holding the token lock
    started = time.monotonic()
    client.close()  # the GUI thread at quit
    assert time.monotonic() - started < 1.0
    worker.join(2)
    assert not worker.is_alive() and len(failures) == 1
    assert sandbox.counts["token"] == 1


def test_exhausted_retries_say_when_to_try_again(sandbox, demo_credentials, records):
    client = _client(sandbox, demo_credentials, records, max_retries=1)
    client.test_connection()
    sandbox.configure(fail_next=["http_503"] * 3, retry_after="1")
    with pytest.raises(ServiceBusyError) as info:
        _p022(client)
    first, second = _p022_times(sandbox)
    assert second - first >= 0.95
    assert sandbox.counts["P022"] == 2  # max_retries=1: two requests, then the error
    assert info.value.retry_after == 1 and "wait 1 s" in info.value.message("en")
    assert "等待 1 秒" in info.value.message("zh")
    client.close()


@pytest.mark.parametrize(("code", "cls"), [(68300004, BadRequestError), (67200005, QuotaError)])
def test_non_retryable_answers_are_not_retried_whatever_they_say(client, sandbox, code, cls):
    sandbox.configure(fail_next=[code], retry_after="1")
    started = time.monotonic()
    with pytest.raises(cls) as info:
        _p022(client)
    assert time.monotonic() - started < 0.5
    assert sandbox.counts["P022"] == 1
    assert info.value.retry_after is None and "try again after" not in info.value.message("en")


# ------------------------------------------------------------------ cancel


def test_cancel_during_the_retry_after_wait(client, sandbox):
    sandbox.configure(fail_next=["http_503"], retry_after=str(int(RETRY_AFTER_MAX) - 10))
    cancel = threading.Event()
    timer = threading.Timer(0.3, cancel.set)
    timer.start()
    started = time.monotonic()
    with pytest.raises(CancelledError):
        _p022(client, cancel)
    elapsed = time.monotonic() - started
    timer.join()
    assert 0.25 <= elapsed < 1.0  # the wait ended with the cancel, not after 50 s
    time.sleep(0.1)  # nothing is sent after the cancel
    assert sandbox.counts["P022"] == 1


# ------------------------------------------------------------------ the parser and the sandbox knob


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("120", 120.0), (" 7 ", 7.0), ("00012", 12.0), ("9" * 30, RETRY_AFTER_CEILING),
        ("0", None), ("000", None), ("-1", None), ("1.5", None), ("1e3", None), ("soon", None), ("", None),
        (None, None), ("\u0663", None),  # an Arabic-Indic digit: not delay-seconds
    ],
)  # fmt: skip
def test_parse_delay_seconds(value, expected):
    assert parse_retry_after(value) == expected


def test_parse_http_date():
    now = datetime.datetime(2015, 10, 21, 7, 26, tzinfo=UTC)
    date = "Wed, 21 Oct 2015 07:28:00 GMT"
    assert parse_retry_after(date, now=now) == 120
    # the answer's Date header wins over the local clock (a computer set to the wrong time)
    assert parse_retry_after(date, date="Wed, 21 Oct 2015 07:27:30 GMT", now=now) == 30
    assert parse_retry_after(date, date="not a date", now=now) == 120
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 -0000", now=now) == 120  # no zone: UTC
    assert parse_retry_after("Wed, 21 Oct 2015 09:28:00 +0200", now=now) == 120
    assert parse_retry_after(date, now=now + datetime.timedelta(minutes=2)) is None  # now: no wait
    assert parse_retry_after(date, now=now + datetime.timedelta(hours=1)) is None  # past
    assert parse_retry_after("Fri, 31 Dec 9999 23:59:59 GMT", now=now) == RETRY_AFTER_CEILING
    assert parse_retry_after(date) is None  # 2015 is in the past for the real clock


def test_sandbox_retry_after_knob(sandbox):
    session = requests.Session()

    def answer():
        return session.get(sandbox.base_url + "/high-value-data/seic-classification", params={"apikey": "x"})

    sandbox.configure(fail_next=["http_429", "http_503", 67200100])
    assert [answer().headers.get("Retry-After") for _ in range(3)] == ["1", None, None]  # the default
    sandbox.configure(fail_next=["http_429"], retry_after="")
    assert "Retry-After" not in answer().headers
    sandbox.configure(fail_next=["http_503", 67200100, "html_502", "non_json"], retry_after=120)
    assert [answer().headers.get("Retry-After") for _ in range(4)] == ["120"] * 4
    when = datetime.datetime(2015, 10, 21, 9, 28, tzinfo=datetime.timezone(datetime.timedelta(hours=2)))
    sandbox.configure(fail_next=["http_503"], retry_after=when)
    assert answer().headers["Retry-After"] == "Wed, 21 Oct 2015 07:28:00 GMT"
    normal = answer()  # not a fault: refused for its fake credentials, without Retry-After
    assert normal.status_code == 401 and "Retry-After" not in normal.headers
    for bad in (True, object(), ["1"]):
        with pytest.raises(ValueError):
            sandbox.configure(retry_after=bad)
    session.close()


def test_a_retry_after_holds_back_every_call_sharing_the_limiter():
    from ipdesk.api.ratelimit import RateLimiter

    limiter = RateLimiter(rate=1000, max_in_flight=4)
    limiter.pause(0.5)
    started = time.monotonic()
    with limiter.slot():
        pass
    assert time.monotonic() - started >= 0.45
