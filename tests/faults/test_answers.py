"""Answers the service (or something in its place) should not send, through the real command line: too large,
not JSON, a redirect. Each is refused with a message in words, read at most once (never bisected into per-key
calls), never stored, in bounded memory; and the CLI summary counts calls by the ledger's one rule."""

from __future__ import annotations

import pytest
from support import FAKE_KEY, FaultServer, child_env, patent_numbers, run_cli, write_list

MB = 2**20
MEMORY_MB = 200


def patents(tmp_path, count: int):
    return write_list(tmp_path, patent_numbers(count))


@pytest.mark.parametrize("fault", ["huge", "huge_declared", "html"])
def test_a_200_mb_answer_is_refused_while_it_streams_and_never_stored(tmp_path, fault):
    src = patents(tmp_path, 1)
    with FaultServer(fault, 200 * MB) as server:
        env = child_env(tmp_path, base_url=server.base_url, api_key=FAKE_KEY)
        run = run_cli(["classify", "--input", str(src)], env)
        assert run.returncode == 1 and not run.traceback, run.stderr[-2000:]
        assert "larger than IP Desk accepts (20 MB)" in run.stdout  # the row's error column
        assert server.requests == 1  # refused, not asked for again (a 200 MB body is not retried)
        assert server.bytes_sent < 64 * MB  # the rest was never downloaded
        assert run.max_rss_mb < MEMORY_MB, run.max_rss_mb
        again = run_cli(["classify", "--input", str(src)], env)
        assert again.returncode == 1 and server.requests == 2  # nothing of it was stored: asked for again


def test_a_small_non_json_answer_is_retried_no_more_than_the_usual_retries(tmp_path):
    from ipdesk.api.config import ClientConfig

    src = patents(tmp_path, 1)
    with FaultServer("html", 10_000) as server:
        run = run_cli(
            ["classify", "--input", str(src)], child_env(tmp_path, base_url=server.base_url, api_key=FAKE_KEY)
        )
        assert run.returncode == 1 and not run.traceback, run.stderr[-2000:]
        assert "the answer was incomplete" in run.stdout, run.stdout
        assert server.requests == 1 + ClientConfig("http://127.0.0.1").max_retries


def test_a_redirect_is_reported_in_words_and_never_bisected(tmp_path):
    src = patents(tmp_path, 7)
    target = "https://login.example.com/sso?next=/api&ticket=abc123"
    with FaultServer("redirect", target) as server:
        run = run_cli(
            ["classify", "--input", str(src)], child_env(tmp_path, base_url=server.base_url, api_key=FAKE_KEY)
        )
        zh = run_cli(
            ["classify", "--input", str(src)],
            child_env(tmp_path, base_url=server.base_url, api_key=FAKE_KEY, lang="zh_CN.UTF-8"),
        )
    assert run.returncode == 2 and not run.traceback, run.stderr[-2000:]
    assert "The service address redirects to https://login.example.com/sso: check the base URL" in run.stderr
    assert "ticket" not in run.stderr and "Check the input" not in run.stderr
    assert server.requests == 2  # one call for the 7 keys in each run: never split into per-key calls
    assert zh.returncode == 2 and "服务地址被重定向到 https://login.example.com/sso" in zh.stderr


def test_a_refused_connection_is_not_a_call_in_the_summary_nor_in_the_ledger(tmp_path):
    import socket

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    src = patents(tmp_path, 3)
    env = child_env(tmp_path, base_url=f"http://127.0.0.1:{port}", api_key=FAKE_KEY)
    run = run_cli(["classify", "--input", str(src)], env)
    assert run.returncode == 1 and not run.traceback, run.stderr[-2000:]
    assert f"Could not connect to 127.0.0.1:{port}: the connection was refused" in run.stdout  # error column
    assert "API calls made: 0," in run.stderr
    usage = run_cli(["usage"], env)
    assert usage.returncode == 0 and "No API calls recorded yet." in usage.stderr + usage.stdout


def test_the_summary_and_the_ledger_agree_on_answered_calls(sandbox, tmp_path):
    src = patents(tmp_path, 250)
    env = child_env(tmp_path, base_url=sandbox.base_url, IPDESK_QPS="1000")
    sandbox.configure(fail_next=["reset", "non_json"])  # sent, no answer: calls all the same
    run = run_cli(["classify", "--input", str(src)], env)
    assert run.returncode == 0, run.stderr[-2000:]
    assert f"API calls made: {sandbox.counts['P022']}," in run.stderr  # 3 units + 2 retried attempts
    usage = run_cli(["usage"], env)
    assert f"{sandbox.counts['P022']}" in usage.stdout, usage.stdout


def test_a_wrong_address_is_not_bisected_into_per_key_calls(sandbox, tmp_path):
    src = patents(tmp_path, 7)
    from ipdesk.sandbox.credentials import DEMO_API_KEY

    env = child_env(tmp_path, base_url=sandbox.base_url + "/wrong/prefix", api_key=DEMO_API_KEY)
    run = run_cli(["classify", "--input", str(src)], env)
    assert run.returncode == 1 and not run.traceback, run.stderr[-2000:]
    assert (
        "API calls made: 1," in run.stderr
    )  # one call for the 7 keys: no API at that address, for any of them
    assert "does not exist at this address" in run.stdout
