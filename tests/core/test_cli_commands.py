"""`ipdesk risk`, `outline`, `sandbox`, `usage`, `jobs`, `credentials` and global options, against real parts."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys

import pytest
import requests

from ipdesk.cli.main import main
from ipdesk.sandbox.credentials import DEMO_API_KEY, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET
from ipdesk.sandbox.demo import demo_companies, demo_description_patents


@pytest.fixture
def env(sandbox, monkeypatch):
    monkeypatch.setenv("IPDESK_BASE_URL", sandbox.base_url)
    monkeypatch.setenv("PATSNAP_API_KEY", DEMO_API_KEY)
    return sandbox


def test_risk_wrong_check_character_is_stopped_before_any_call(env, capsys):
    good = demo_companies()[0]["credit_code"]
    wrong = good[:-1] + ("A" if good[-1] != "A" else "B")
    assert main(["risk", wrong]) == 2
    err = capsys.readouterr().err
    assert "18" in err and good[-1] in err and "--no-verify" in err
    assert sum(env.counts.values()) == 0

    assert (
        main(["risk", wrong, "--no-verify", "--format", "json"]) == 1
    )  # sent: the service knows no such code
    assert env.counts["C029"] == 1
    (record,) = json.loads(capsys.readouterr().out)
    assert record["error"] and record["company"] == f"credit_code:{wrong}"


def test_risk_records_history_and_formats(env, capsys):
    companies = demo_companies()[:2]
    args = [companies[0]["credit_code"], companies[1]["name"]]
    assert main(["risk", *args, "--history", "--releases", "2", "--format", "json"]) == 0
    out = capsys.readouterr()
    records = json.loads(out.out)
    assert [r["company_name"] for r in records] == [c["name"] for c in companies]
    assert all("flags" in r and "score" in r and "pledge_growth" in r for r in records)
    assert all(len(r["history"]) == 2 for r in records)
    assert "4 C028 calls" in out.err and env.counts["C028"] == 4
    assert env.counts["C029"] == 2 and env.counts["C027"] == 2

    assert main(["risk", *args, "--history", "--releases", "2", "--format", "csv"]) == 0
    out = capsys.readouterr()
    assert out.out.startswith("\ufeffcompany,") and "0 C028 calls" in out.err
    assert env.counts["C028"] == 4 and env.counts["C029"] == 2  # all from the store

    assert main(["risk", args[0]]) == 0
    text = capsys.readouterr().out
    assert companies[0]["name"] in text and "flags:" in text and "apno_cnt_growth" in text


def test_outline_sections_and_text(env, capsys):
    patent = demo_description_patents()[0]
    lang = "CN" if patent.startswith("CN") else "EN"
    assert main(["outline", patent, "--lang", lang, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["sections"] and all(s["start"] is not None for s in data["sections"])
    assert env.counts["P073"] == 1 and env.counts["P019"] == 1

    assert main(["outline", patent, "--lang", lang, "--format", "text"]) == 0
    text = capsys.readouterr().out
    for section in data["sections"]:
        assert f"## {section['name']}" in text
    assert main(["outline", patent, "--lang", lang]) == 0
    table = capsys.readouterr().out
    assert all(s["name"] in table for s in data["sections"])
    assert env.counts["P073"] == 1 and env.counts["P019"] == 1  # the store answered

    assert main(["outline", "not-a-patent"]) == 2


def test_usage_lists_the_ledger(env, tmp_path, capsys):
    src = tmp_path / "l.txt"
    src.write_text("CN110650438A\nUS9800501B2\n", encoding="utf-8")
    assert main(["classify", "--input", str(src)]) == 0
    capsys.readouterr()
    assert main(["usage"]) == 0
    out = capsys.readouterr().out
    line = next(row for row in out.splitlines() if " P022 " in row)
    assert line.split()[-2:] == ["1", "2"]  # one call, two results


def test_jobs_lists_what_is_left_to_finish(env, tmp_path, capsys):
    from ipdesk.services.session import database_path
    from ipdesk.services.store import Store

    src = tmp_path / "l.txt"
    src.write_text("CN110650438A\nUS9800501B2\n", encoding="utf-8")
    assert main(["classify", "--input", str(src)]) == 0  # finished
    with Store(database_path(False)) as store:  # a run stopped after one of three keys
        job = store.jobs.create_job("classify", {"lang": "cn"}, ["CN1", "CN2", "CN3"])
        store.jobs.mark_done(job, ["CN1"])
        biblio = store.jobs.create_job("classify", {"lang": "en", "with_biblio": True}, ["CN4"])
    capsys.readouterr()
    assert main(["jobs"]) == 0
    out = capsys.readouterr()
    rows = [line.split() for line in out.out.splitlines()[1:]]
    assert [(r[0], r[1], r[-5:]) for r in rows] == [
        (str(biblio), "classify", ["en+P011", "1", "0", "0", "1"]),  # a list classified with bibliography
        (str(job), "classify", ["cn", "3", "1", "0", "2"]),
    ]
    assert "ipdesk classify" in out.err
    assert main(["jobs", "--all"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 4  # header, the finished job and the open ones


def test_sandbox_command_serves_until_stopped(tmp_path):
    proc = subprocess.Popen(
        [sys.executable, "-m", "ipdesk", "sandbox", "--port", "0", "--latency-ms", "5", "--qps", "50"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=dict(os.environ),
    )
    try:
        first = proc.stdout.readline()
        assert "http://127.0.0.1:" in first
        base = first.split()[-1]
        rest = [proc.stdout.readline() for _ in range(3)]
        assert DEMO_CLIENT_ID in rest[0] and DEMO_CLIENT_SECRET in rest[1]
        answer = requests.post(
            base + "/oauth/token",
            auth=(DEMO_CLIENT_ID, DEMO_CLIENT_SECRET),
            data={"grant_type": "client_credentials"},
            timeout=10,
        )
        assert answer.status_code == 200
    finally:
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=10) == 0


def test_demo_with_empty_input_is_bad_usage(capsys, monkeypatch):
    import io

    # (--self-test has its own end-to-end tests: tests/e2e/test_selftest.py)
    assert main(["--demo", "classify", "--input", os.devnull]) == 2  # empty list: bad input
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert main(["classify", "--demo", "--format", "json", "--input", "-"]) == 2


def test_credentials_in_the_keyring_never_printed(secret_service, sandbox, monkeypatch, capsys, tmp_path):
    import getpass

    monkeypatch.setattr(getpass, "getpass", lambda prompt="": DEMO_CLIENT_SECRET)
    args = [
        "credentials",
        "set",
        "--profile",
        "work",
        "--client-id",
        DEMO_CLIENT_ID,
        "--base-url",
        sandbox.base_url,
    ]
    assert main(args) == 0
    assert main(["credentials", "show", "--profile", "work"]) == 0
    out = capsys.readouterr()
    assert DEMO_CLIENT_SECRET not in out.out + out.err and "stored in" in out.out

    src = tmp_path / "l.txt"
    src.write_text("CN110650438A\n", encoding="utf-8")
    assert main(["--profile", "work", "classify", "--input", str(src)]) == 0
    assert sandbox.counts["P022"] == 1

    assert main(["credentials", "delete", "--profile", "work"]) == 0
    assert main(["--profile", "work", "classify", "--input", str(src), "--refresh"]) == 3
    assert sandbox.counts["P022"] == 1


def test_credentials_without_keyring_is_a_clear_error(capsys, monkeypatch):
    import getpass

    monkeypatch.setattr(getpass, "getpass", lambda prompt="": "s3cret-value")
    assert main(["credentials", "set", "--profile", "p", "--api-key"]) == 2
    err = capsys.readouterr().err
    assert "keyring" in err and "s3cret-value" not in err and "Traceback" not in err


def test_risk_asks_above_the_paid_work_threshold_and_runs_with_yes(env, capsys, monkeypatch):
    """Issue 16: `ipdesk risk` counts the refresh and --history calls together before any call; above the
    threshold a non-interactive run stops (exit 2, naming --yes); --yes runs it; stored answers cost nothing."""
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False)
    codes = [c["credit_code"] for c in demo_companies()[:4]]
    # 2 companies: 4 refresh calls + 2 x 3 history calls = 10: below the threshold, no question
    assert main(["risk", *codes[:2], "--history", "--releases", "3", "--format", "json"]) == 0
    capsys.readouterr()
    assert env.counts["C029"] == 2 and env.counts["C028"] == 6
    assert main(["risk", *codes, "--history", "--releases", "6", "--format", "json"]) == 2
    err = capsys.readouterr().err
    assert "--yes" in err and "4 C029 + C027 calls for 4 companies; 2 answered from the store" in err
    assert env.counts["C029"] == 2 and env.counts["C028"] == 6  # nothing sent
    assert main(["risk", *codes, "--history", "--releases", "6", "--format", "json", "--yes"]) == 0
    assert env.counts["C029"] == 4 and env.counts["C028"] == 6 + 4 * 6 - 6
