"""The command line as a user meets it: the input column as typed, failures never hidden by older answers,
errors that say what is wrong and what to do (English, or Chinese under a zh locale), never a traceback; and
the access token never written to any file."""

from __future__ import annotations

import csv
import io
import logging
import socket
import subprocess
import sys

import pytest

from ipdesk.cli.main import main
from ipdesk.sandbox.credentials import DEMO_API_KEY, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET
from ipdesk.services.classify import rows_for


@pytest.fixture
def env(sandbox, monkeypatch):
    monkeypatch.setenv("IPDESK_BASE_URL", sandbox.base_url)
    monkeypatch.setenv("PATSNAP_API_KEY", DEMO_API_KEY)
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    return sandbox


def rows_of(out: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(out.lstrip("\ufeff"))))


def test_input_column_is_the_entry_as_typed(env, monkeypatch, capsys):
    typed = "US 9,800,501 B2\nCN 110650438 A，us9800501b2\nhello\n"
    monkeypatch.setattr(sys, "stdin", io.StringIO(typed))
    assert main(["classify"]) == 0
    rows = rows_of(capsys.readouterr().out)
    assert {(r["input"], r["patent_number"]) for r in rows} == {
        ("US 9,800,501 B2", "US9800501B2"),
        ("CN 110650438 A", "CN110650438A"),
    }
    # the service function keeps its default (the key) when no typed text is given
    assert (
        rows_for("CN1A", None)[0].input == "CN1A"
        and rows_for("CN1A", None, raw="cn 1 a")[0].input == "cn 1 a"
    )


def test_a_failed_refresh_is_reported_not_hidden_by_the_older_answer(env, monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.StringIO("US9800501B2\n"))
    assert main(["classify"]) == 0
    capsys.readouterr()
    env.configure(inject={68300008: 1.0})  # the service keeps failing: retries run out
    monkeypatch.setattr(sys, "stdin", io.StringIO("US9800501B2\n"))
    assert main(["classify", "--refresh"]) == 1
    out = capsys.readouterr()
    [row] = rows_of(out.out)
    assert row["status"] == "failed" and "68300008" in row["error"]
    assert "failed: 1" in out.err and "run the same command again" in out.err


def test_auth_error_says_where_to_fix_it_in_chinese(env, monkeypatch, capsys):
    monkeypatch.setenv("PATSNAP_API_KEY", "not-the-key")
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    monkeypatch.setattr(sys, "stdin", io.StringIO("US9800501B2\n"))
    assert main(["classify"]) == 3
    err = capsys.readouterr().err
    assert "认证失败" in err and "PATSNAP_API_KEY" in err and "ipdesk credentials set" in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("argv", "english", "chinese"),
    [
        (["classify", "--lang", "de"], "invalid choice", "无效的取值"),
        (["outline"], "arguments are required", "缺少必需的参数"),
        (["sandbox", "--port", "99999"], "0 (any free port) to 65535", "65535"),
        (["sandbox", "--qps", "-1"], "0 or more", "--qps"),
        (["risk", "X", "--releases", "0"], "from 1 to 24", "--releases"),
        (["classify", "--input", "/no/such/list.txt"], "--input -", "--input -"),
    ],
)
def test_usage_errors_say_what_to_do(argv, english, chinese, monkeypatch, capsys):
    for lang, expected in (("C.UTF-8", english), ("zh_CN.UTF-8", chinese)):
        monkeypatch.setenv("LANG", lang)
        monkeypatch.delenv("LC_ALL", raising=False)
        assert exit_code(argv) == 2
        err = capsys.readouterr().err
        assert expected in err and "Traceback" not in err
        assert "--help" in err or "--input -" in err  # what to do


def exit_code(argv: list[str]) -> int:
    """main's exit code, whether it returns it or argparse exits."""
    try:
        return main(argv)
    except SystemExit as stop:
        return stop.code


def test_sandbox_on_a_busy_port_is_a_clear_error(capsys):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        assert main(["sandbox", "--port", str(port)]) == 2
    err = capsys.readouterr().err
    assert f"port {port}" in err and "--port 0" in err


def test_outline_defaults_to_the_office_language(env, capsys):
    assert main(["outline", "CN116420141A"]) == 0  # a Chinese patent: CN sections without --lang
    out = capsys.readouterr()
    assert "技术领域" in out.out and env.keys_served["P073"]
    assert main(["outline", "CN116420141A", "--lang", "EN"]) == 0
    assert "try --lang CN" in capsys.readouterr().err


def test_the_access_token_is_never_written_to_a_file(sandbox, data_dir, tmp_path, monkeypatch, caplog):
    monkeypatch.setenv("IPDESK_BASE_URL", sandbox.base_url)
    monkeypatch.setenv("PATSNAP_CLIENT_ID", DEMO_CLIENT_ID)
    monkeypatch.setenv("PATSNAP_CLIENT_SECRET", DEMO_CLIENT_SECRET)
    monkeypatch.setattr(sys, "stdin", io.StringIO("US9800501B2\nCN110650438A\n"))
    out = tmp_path / "out" / "rows.csv"
    out.parent.mkdir()
    with caplog.at_level(logging.DEBUG):
        assert main(["--verbose", "classify", "--output", str(out)]) == 0
        assert main(["--verbose", "outline", "CN116420141A", "--format", "json"]) == 0
    tokens = sandbox.issued_tokens()
    assert len(tokens) == 2  # one per command
    secrets = [t.encode() for t in tokens] + [DEMO_CLIENT_SECRET.encode()]
    files = [p for p in (*data_dir.rglob("*"), *out.parent.rglob("*")) if p.is_file()]
    assert any(p.suffix == ".sqlite3" for p in files) and out in files
    for path in files:  # the database, its -wal/-shm files, settings, the output
        content = path.read_bytes()
        assert not any(s in content for s in secrets), path
    assert not any(t in caplog.text for t in tokens) and DEMO_CLIENT_SECRET not in caplog.text


def test_no_traceback_from_the_real_entry_point(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "ipdesk", "sandbox", "--port", "70000"],
        capture_output=True, text=True, timeout=60, env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"},
    )  # fmt: skip
    assert proc.returncode == 2 and "Traceback" not in proc.stderr and "65535" in proc.stderr
