"""Sandbox knobs over real HTTP: latency, QPS cap, scripted faults, injected codes, counters, request log."""

from __future__ import annotations

import http.client
import json
import socket
import threading
import time

import pytest
import requests

from ipdesk.sandbox.credentials import DEMO_API_KEY, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET
from ipdesk.sandbox.server import SandboxServer

P022 = "/high-value-data/seic-classification"
AUTH = {"Authorization": f"Bearer {DEMO_API_KEY}"}


def p022(sandbox, session=requests):
    return session.get(
        sandbox.base_url + P022, params={"patent_number": "CN110650438A"}, headers=AUTH, timeout=10
    )


def test_latency(sandbox):
    started = time.perf_counter()
    p022(sandbox)
    fast = time.perf_counter() - started
    sandbox.configure(latency_ms=250)
    started = time.perf_counter()
    assert p022(sandbox).json()["error_code"] == 0
    assert time.perf_counter() - started >= 0.25 > fast


def test_qps_cap_sliding_window():
    with SandboxServer(qps=5) as sandbox:
        session = requests.Session()
        codes = [p022(sandbox, session).json()["error_code"] for _ in range(8)]
        assert codes[:5] == [0] * 5 and codes[5:] == [67200002] * 3
        time.sleep(1.05)
        assert p022(sandbox, session).json()["error_code"] == 0
        assert sandbox.counts["P022"] == 9 and sandbox.keys_served["P022"]["CN110650438A"] == 6
        assert sandbox.refused["P022"] == 3
        sandbox.configure(qps=None)
        assert all(p022(sandbox, session).json()["error_code"] == 0 for _ in range(10))


def test_qps_under_concurrency(sandbox):
    sandbox.configure(qps=10)
    results: list[int] = []
    lock = threading.Lock()
    barrier = threading.Barrier(25)
    sessions = [requests.Session() for _ in range(25)]
    for session in sessions:  # connect first, so the burst is only requests
        session.get(sandbox.base_url + "/", timeout=10)

    def worker(session):
        barrier.wait()
        code = p022(sandbox, session).json()["error_code"]
        with lock:
            results.append(code)

    threads = [threading.Thread(target=worker, args=(s,)) for s in sessions]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - started
    assert results.count(0) + results.count(67200002) == 25
    if elapsed < 1.0:  # the whole burst inside one window: exactly the cap passes
        assert results.count(0) == 10
    else:  # a slow machine: never more than the cap per started second
        assert 10 <= results.count(0) <= 10 * (int(elapsed) + 1)


def test_fail_next_exact_sequence(sandbox):
    sandbox.configure(fail_next=[67200100, "ok", "non_json", "html_502", "http_429", "http_503", 68300008])
    session = requests.Session()
    assert p022(sandbox, session).json()["error_code"] == 67200100
    assert p022(sandbox, session).json()["error_code"] == 0
    garbage = p022(sandbox, session)
    assert garbage.status_code == 200
    with pytest.raises(json.JSONDecodeError):
        json.loads(garbage.text)
    html = p022(sandbox, session)
    assert html.status_code == 502 and html.headers["Content-Type"].startswith("text/html")
    too_many = p022(sandbox, session)
    assert too_many.status_code == 429 and too_many.headers["Retry-After"] == "1"
    assert p022(sandbox, session).status_code == 503
    assert p022(sandbox, session).json()["error_code"] == 68300008
    assert p022(sandbox, session).json()["error_code"] == 0
    assert sandbox.counts["P022"] == 8


def test_truncated_body(sandbox):
    sandbox.configure(fail_next=["truncated"])
    with pytest.raises(requests.exceptions.ChunkedEncodingError):
        p022(sandbox)
    assert p022(sandbox).json()["error_code"] == 0


def test_reset_without_answer(sandbox):
    sandbox.configure(fail_next=["reset"])
    with pytest.raises(requests.exceptions.ConnectionError):
        p022(sandbox)
    assert p022(sandbox).json()["error_code"] == 0


def test_truncated_raw_content_length(sandbox):
    sandbox.configure(fail_next=["truncated"])
    host, port = sandbox.base_url.removeprefix("http://").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=5)
    connection.request("GET", P022 + "?patent_number=CN110650438A", headers=AUTH)
    response = connection.getresponse()
    declared = int(response.headers["Content-Length"])
    with pytest.raises(http.client.IncompleteRead) as info:
        response.read()
    assert len(info.value.partial) < declared
    connection.close()


def test_fail_next_targets_operations(sandbox):
    sandbox.configure(fail_next=[67200005], inject_ops={"C027"})
    assert p022(sandbox).json()["error_code"] == 0
    answer = requests.post(
        sandbox.base_url + "/company/enterprise-patent-risk-warning",
        json={"company_name": "小米科技有限责任公司"},
        headers=AUTH,
        timeout=10,
    ).json()
    assert answer["error_code"] == 67200005
    sandbox.configure(fail_next=["html_502"], inject_ops={"token"})
    refused = requests.post(
        sandbox.base_url + "/oauth/token",
        auth=(DEMO_CLIENT_ID, DEMO_CLIENT_SECRET),
        data={"grant_type": "client_credentials"},
        timeout=10,
    )
    assert refused.status_code == 502


def test_inject_at_rate(sandbox):
    sandbox.configure(inject={67200100: 0.5}, seed=7)
    session = requests.Session()
    codes = [p022(sandbox, session).json()["error_code"] for _ in range(200)]
    assert 60 <= codes.count(67200100) <= 140 and set(codes) == {0, 67200100}
    sandbox.configure(inject={67200100: 1.0}, inject_ops={"P073"})
    assert p022(sandbox, session).json()["error_code"] == 0
    sandbox.configure(inject={}, inject_ops=None)
    assert p022(sandbox, session).json()["error_code"] == 0


def test_bad_knobs_are_refused(sandbox):
    with pytest.raises(TypeError):
        sandbox.configure(latency=5)
    with pytest.raises(ValueError):
        sandbox.configure(fail_next=["explode"])
    with pytest.raises(ValueError):
        sandbox.configure(token_shape="jwt")


def test_counts_log_and_reset(sandbox):
    p022(sandbox)
    requests.post(
        sandbox.base_url + "/company/enterprise-patent-risk-warning-trend",
        json={"org_number": "x"},
        timeout=10,
    )
    assert sandbox.counts == {"P022": 1, "C029": 1}
    log = sandbox.requests_log
    assert log[0]["query"] == {"patent_number": "CN110650438A"} and log[0]["method"] == "GET"
    assert log[1]["json"] == {"org_number": "x"} and log[1]["path"].endswith("-trend")
    sandbox.reset_counts()
    assert sandbox.counts == {} and sum(sandbox.keys_served["P022"].values()) == 0


def test_request_log_is_bounded():
    with SandboxServer(log_size=5) as sandbox:
        session = requests.Session()
        for _ in range(8):
            p022(sandbox, session)
        assert len(sandbox.requests_log) == 5


def test_stop_with_idle_keep_alive_and_disconnecting_clients(capfd):
    sandbox = SandboxServer().start()
    base_url = sandbox.base_url
    session = requests.Session()
    p022(sandbox, session)  # leaves an idle keep-alive connection
    sandbox.configure(fail_next=["reset"])
    with pytest.raises(requests.exceptions.ConnectionError):
        p022(sandbox)
    raw = socket.create_connection(("127.0.0.1", sandbox.port))
    raw.sendall(b"GET " + P022.encode() + b"?patent_number=CN110650438A HTTP/1.1\r\nHost: x\r\n")
    raw.close()  # the client goes away before reading the answer
    started = time.perf_counter()
    sandbox.stop()
    assert time.perf_counter() - started < 2
    with pytest.raises(requests.exceptions.ConnectionError):
        session.get(base_url + P022, headers=AUTH, timeout=5)
    captured = capfd.readouterr()
    assert "Traceback" not in captured.err and "Exception" not in captured.err
