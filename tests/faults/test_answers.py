"""Answers the service (or something in its place) should not send, through the real command line: too large,
not JSON, a redirect. Each is refused with a message in words, read at most once (never bisected into per-key
calls), never stored, in bounded memory; and the CLI summary counts calls by the ledger's one rule."""

from __future__ import annotations

import pytest
from edges_support import FaultServer, cli_env, run_cli

from ipdesk.sandbox.demo import demo_patent_numbers

MB = 2**20
MEMORY_MB = 200


def api_key_env(tmp_path, base_url: str, **extra: str) -> dict[str, str]:
    return cli_env(
        tmp_path, None, **{"IPDESK_BASE_URL": base_url, "PATSNAP_API_KEY": "fault-test-key", **extra}
    )


def patents(tmp_path, count: int):
    path = tmp_path / "list.txt"
    path.write_text("\n".join(demo_patent_numbers()[:count]), encoding="utf-8")
    return path


@pytest.mark.parametrize("fault", ["huge", "huge_declared", "html"])
def test_a_200_mb_answer_is_refused_while_it_streams_and_never_stored(tmp_path, fault):
    src = patents(tmp_path, 1)
    with FaultServer(fault, 200 * MB) as server:
        env = api_key_env(tmp_path, server.base_url)
        run = run_cli(["classify", "--input", str(src)], env)
        assert run.code == 1 and not run.traceback, run.err[-2000:]
        assert "larger than IP Desk accepts (20 MB)" in run.out  # the row's error column
        assert server.requests == 1  # refused, not asked for again (a 200 MB body is not retried)
        assert server.bytes_sent < 64 * MB  # the rest was never downloaded
        assert run.max_rss_mb < MEMORY_MB, run.max_rss_mb
        again = run_cli(["classify", "--input", str(src)], env)
        assert again.code == 1 and server.requests == 2  # nothing of it was stored: asked for again


def test_a_small_non_json_answer_is_retried_no_more_than_the_usual_retries(tmp_path):
    from ipdesk.api.config import ClientConfig

    src = patents(tmp_path, 1)
    with FaultServer("html", 10_000) as server:
        run = run_cli(["classify", "--input", str(src)], api_key_env(tmp_path, server.base_url))
        assert run.code == 1 and not run.traceback, run.err[-2000:]
        assert "the answer was incomplete" in run.out, run.out
        assert server.requests == 1 + ClientConfig("http://127.0.0.1").max_retries


def test_a_redirect_is_reported_in_words_and_never_bisected(tmp_path):
    src = patents(tmp_path, 7)
    target = "https://login.example.com/sso?next=/api&ticket=abc123"
    with FaultServer("redirect", target) as server:
        run = run_cli(["classify", "--input", str(src)], api_key_env(tmp_path, server.base_url))
        zh = run_cli(
            ["classify", "--input", str(src)], api_key_env(tmp_path, server.base_url, LANG="zh_CN.UTF-8")
        )
    assert run.code == 2 and not run.traceback, run.err[-2000:]
    assert "The service address redirects to https://login.example.com/sso: check the base URL" in run.err
    assert "ticket" not in run.err and "Check the input" not in run.err
    assert server.requests == 2  # one call for the 7 keys in each run: never split into per-key calls
    assert zh.code == 2 and "服务地址被重定向到 https://login.example.com/sso" in zh.err


def test_a_refused_connection_is_not_a_call_in_the_summary_nor_in_the_ledger(tmp_path):
    import socket

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    src = patents(tmp_path, 3)
    env = api_key_env(tmp_path, f"http://127.0.0.1:{port}")
    run = run_cli(["classify", "--input", str(src)], env)
    assert run.code == 1 and not run.traceback, run.err[-2000:]
    assert f"Could not connect to 127.0.0.1:{port}: the connection was refused" in run.out  # error column
    assert "API calls made: 0," in run.err
    usage = run_cli(["usage"], env)
    assert usage.code == 0 and "No API calls recorded yet." in usage.err + usage.out


def test_the_summary_and_the_ledger_agree_on_answered_calls(sandbox, tmp_path):
    src = patents(tmp_path, 250)
    env = cli_env(tmp_path, sandbox.base_url, IPDESK_QPS="1000")
    sandbox.configure(fail_next=["reset", "non_json"])  # sent, no answer: calls all the same
    run = run_cli(["classify", "--input", str(src)], env)
    assert run.code == 0, run.err[-2000:]
    assert f"API calls made: {sandbox.counts['P022']}," in run.err  # 3 units + 2 retried attempts
    usage = run_cli(["usage"], env)
    assert f"{sandbox.counts['P022']}" in usage.out, usage.out


def test_a_wrong_address_is_not_bisected_into_per_key_calls(sandbox, tmp_path):
    src = patents(tmp_path, 7)
    from ipdesk.sandbox.credentials import DEMO_API_KEY

    env = api_key_env(tmp_path, sandbox.base_url + "/wrong/prefix", PATSNAP_API_KEY=DEMO_API_KEY)
    run = run_cli(["classify", "--input", str(src)], env)
    assert run.code == 1 and not run.traceback, run.err[-2000:]
    assert "API calls made: 1," in run.err  # one call for the 7 keys: no API at that address, for any of them
    assert "does not exist at this address" in run.out
