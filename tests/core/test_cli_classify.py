"""`ipdesk classify` against the sandbox over real HTTP: call counts, cache, SIGKILL + resume, quota, exit codes."""

from __future__ import annotations

import csv
import io
import math
import os
import signal
import subprocess
import sys
import time
from collections import Counter

import pytest

from ipdesk.api.ratelimit import default_limiter
from ipdesk.cli.main import main
from ipdesk.sandbox.credentials import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET
from ipdesk.sandbox.demo import demo_patent_numbers
from ipdesk.sandbox.server import SandboxServer
from ipdesk.services.store import Store

COLUMNS = "input,patent_number,patent_id,seic_lv1_no,seic_lv1_desc,seic_lv2_no,seic_lv2_desc,status,error"


@pytest.fixture
def env(sandbox, monkeypatch):
    monkeypatch.setenv("IPDESK_BASE_URL", sandbox.base_url)
    monkeypatch.setenv("PATSNAP_CLIENT_ID", DEMO_CLIENT_ID)
    monkeypatch.setenv("PATSNAP_CLIENT_SECRET", DEMO_CLIENT_SECRET)
    return sandbox


@pytest.fixture
def fast_limiter():
    limiter = default_limiter()
    limiter.configure(rate=1000)
    yield limiter
    limiter.configure(rate=10)


def big_list(n: int) -> tuple[str, int, int]:
    """n input lines: demo numbers, synthetic numbers (no classification), 10% duplicates, 5% invalid.
    Returns (text, unique valid entries, invalid lines)."""
    demo = demo_patent_numbers()
    lines, unique, invalid = [], [], 0
    for i in range(n):
        if i % 20 == 7:
            lines.append(f"not a patent {i}")
            invalid += 1
        elif i % 10 == 3 and unique:
            lines.append(unique[i % len(unique)].lower())  # a duplicate, typed differently
        else:
            key = demo[len(unique)] if len(unique) < len(demo) else f"US{20000000 + len(unique)}B2"
            unique.append(key)
            lines.append(key)
    return "\n".join(lines), len(unique), invalid


def read_csv(path) -> list[dict]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM for Excel
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))


@pytest.mark.parametrize("n", [1000, 10_000])
def test_exact_calls_and_zero_on_second_run(n, env, fast_limiter, tmp_path, capsys):
    text, unique, invalid = big_list(n)
    src, out = tmp_path / "list.txt", tmp_path / "out.csv"
    src.write_text(text, encoding="utf-8")
    yes = ["--yes"] if math.ceil(unique / 100) > 20 else []  # above the paid-work threshold: no question
    assert main(["classify", "--input", str(src), "--output", str(out), *yes]) == 0
    assert env.counts["P022"] == math.ceil(unique / 100)
    rows = read_csv(out)
    assert ",".join(rows[0].keys()) == COLUMNS
    assert len({r["input"] for r in rows}) == unique
    assert {r["status"] for r in rows} == {"ok", "none", "not_found"}
    err = capsys.readouterr().err
    assert f"inputs: {n}," in err and f"invalid: {invalid}," in err
    assert f"API calls made: {math.ceil(unique / 100)}," in err

    env.reset_counts()
    out2 = tmp_path / "again.csv"
    assert main(["classify", "--input", str(src), "--output", str(out2)]) == 0
    assert env.counts["P022"] == 0
    assert read_csv(out2) == rows
    assert f"cached: {unique}, API calls made: 0," in capsys.readouterr().err


def test_stdin_json_and_xlsx_column(env, fast_limiter, tmp_path, monkeypatch, capsys):
    from openpyxl import Workbook, load_workbook

    keys = demo_patent_numbers()[:5]
    monkeypatch.setattr(sys, "stdin", io.StringIO("，".join(keys)))
    assert main(["classify", "--format", "json", "--lang", "cn"]) == 0
    import json

    data = json.loads(capsys.readouterr().out)
    assert {d["input"] for d in data} == set(keys)

    book = Workbook()
    book.active.append(["note", "Patent"])
    for key in keys:
        book.active.append(["x", key])
    book.save(tmp_path / "in.xlsx")
    out = tmp_path / "out.xlsx"
    assert (
        main(["classify", "--input", str(tmp_path / "in.xlsx"), "--column", "patent", "--output", str(out)])
        == 0
    )
    sheet = load_workbook(out).active
    header = [c.value for c in sheet[1]]
    assert header == COLUMNS.split(",")
    assert {row[0] for row in sheet.iter_rows(min_row=2, values_only=True)} == set(keys)
    assert env.counts["P022"] == 2  # one call per language

    (tmp_path / "in.csv").write_text("Patent\n" + "\n".join(keys), encoding="utf-8")
    assert main(["classify", "--input", str(tmp_path / "in.csv"), "--output", str(tmp_path / "o.csv")]) == 0
    assert env.counts["P022"] == 2  # header row skipped, everything from the store


def test_exit_codes(env, fast_limiter, tmp_path, capsys, monkeypatch):
    bad = tmp_path / "bad.txt"
    bad.write_text("hello\nworld 12\n", encoding="utf-8")
    assert main(["classify", "--input", str(bad)]) == 2  # no valid entries
    assert main(["classify", "--input", str(tmp_path / "missing.txt")]) == 2
    with pytest.raises(SystemExit) as exc:
        main(["classify", "--format", "pdf"])
    assert exc.value.code == 2
    assert env.counts["P022"] == 0

    good = tmp_path / "good.txt"
    good.write_text("\n".join(demo_patent_numbers()[:10]), encoding="utf-8")
    monkeypatch.setenv("PATSNAP_CLIENT_SECRET", "wrong-secret")
    capsys.readouterr()
    assert main(["classify", "--input", str(good)]) == 3
    err = capsys.readouterr().err
    assert "Traceback" not in err and "wrong-secret" not in err and "credentials" in err.lower()
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert main(["classify", "--input", str(good)]) == 3
    assert "凭据" in capsys.readouterr().err

    monkeypatch.setenv("PATSNAP_CLIENT_SECRET", DEMO_CLIENT_SECRET)
    monkeypatch.setenv("LANG", "C")
    env.configure(fail_next=[68300012], inject_ops={"P022"})  # a non-fatal, non-retryable failure
    assert main(["classify", "--input", str(good)]) == 1
    out = capsys.readouterr()
    assert "failed: 10" in out.err and out.out.count(",failed,") == 10


def test_no_credentials_is_exit_3(sandbox, tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_text("CN110650438A\n", encoding="utf-8")
    assert main(["--base-url", sandbox.base_url, "classify", "--input", str(good)]) == 3
    assert "PATSNAP_CLIENT_ID" in capsys.readouterr().err
    assert sandbox.counts["P022"] == 0


def test_quota_error_mid_run_keeps_results_and_exits_3(env, fast_limiter, tmp_path, data_dir, capsys):
    keys = [f"CN{500000000 + i}A" for i in range(1500)]
    src = tmp_path / "list.txt"
    src.write_text("\n".join(keys), encoding="utf-8")
    env.configure(fail_next=["ok"] * 5 + [67200005], inject_ops={"P022"}, latency_ms=20)
    assert main(["classify", "--input", str(src), "--output", str(tmp_path / "o.csv")]) == 3
    assert "balance" in capsys.readouterr().err
    with Store(data_dir / "ipdesk.sqlite3") as store:
        kept = store.results.count_results("P022")
    assert 500 <= kept < 1500
    first_calls = env.counts["P022"]
    rows = read_csv(tmp_path / "o.csv")
    assert len(rows) == 1500 and sum(r["status"] == "not_found" for r in rows) == kept

    env.configure(latency_ms=0)
    assert main(["classify", "--input", str(src), "--output", str(tmp_path / "o2.csv")]) == 0
    assert env.counts["P022"] - first_calls == math.ceil((1500 - kept) / 100)
    assert all(r["status"] == "not_found" for r in read_csv(tmp_path / "o2.csv"))


def _p022_requests(server) -> list[dict]:
    return [e for e in server.requests_log if e["op"] == "P022"]


def test_sigkill_halfway_then_restart_finishes_without_fetching_twice(tmp_path, data_dir):
    """The CLI runs in a subprocess at the default pace (10 calls/s); it is killed with SIGKILL between two
    calls, after about half of them, and started again."""
    keys = demo_patent_numbers()[:300] + [f"EP{3000000 + i}A1" for i in range(1700)]
    src, out = tmp_path / "list.txt", tmp_path / "out.csv"
    src.write_text("\n".join(keys), encoding="utf-8")
    with SandboxServer(log_size=10_000) as server:
        env = dict(
            os.environ,
            IPDESK_BASE_URL=server.base_url,
            PATSNAP_CLIENT_ID=DEMO_CLIENT_ID,
            PATSNAP_CLIENT_SECRET=DEMO_CLIENT_SECRET,
            IPDESK_DATA_DIR=str(data_dir),
        )
        command = [sys.executable, "-m", "ipdesk", "classify", "--input", str(src), "--output", str(out)]
        proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 60
        killed = False
        while time.monotonic() < deadline and proc.poll() is None:
            log = _p022_requests(server)
            if len(log) >= 10 and 0.03 <= time.time() - log[-1]["time"] <= 0.06:
                proc.send_signal(
                    signal.SIGKILL
                )  # between two calls: the last answer is in, the next not sent
                killed = True
                break
            time.sleep(0.002)
        proc.wait(timeout=30)
        assert killed and proc.returncode == -signal.SIGKILL
        first = len(_p022_requests(server))
        assert 10 <= first < 20
        with Store(data_dir / "ipdesk.sqlite3") as store:
            assert store.results.count_results("P022") == first * 100  # every answer received was committed

        done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, done.stderr
        requests_made = _p022_requests(server)
        assert len(requests_made) == 20 == server.counts["P022"]
        requested = Counter(k for e in requests_made for k in e["query"]["patent_number"].split(","))
        assert set(requested) == set(keys) and max(requested.values()) == 1  # no key fetched twice
        assert max(server.keys_served["P022"].values()) == 1 and len(server.keys_served["P022"]) == 300
        assert f"cached: {first * 100}," in done.stderr
    rows = read_csv(out)
    assert {r["input"] for r in rows} == set(keys) and "failed" not in {r["status"] for r in rows}


def test_not_found_is_told_apart_from_no_classification(env, fast_limiter, tmp_path, capsys):
    """A number PatSnap does not know: status not_found and its own count; a known patent without SEIC: none."""
    from ipdesk.sandbox import demo_data

    unclassified = next(p["pn"] for p in demo_data.seic().patents if not p["seic"])
    src, out = tmp_path / "list.txt", tmp_path / "out.csv"
    src.write_text(f"{unclassified}\nCN999999999A\n", encoding="utf-8")
    assert main(["classify", "--input", str(src), "--output", str(out)]) == 0
    status = {r["input"]: r["status"] for r in read_csv(out)}
    assert status == {unclassified: "none", "CN999999999A": "not_found"}
    err = capsys.readouterr().err
    assert "none: 1, not found: 1," in err


def test_same_patent_by_number_and_id_is_counted_once(env, fast_limiter, tmp_path, capsys):
    from ipdesk.sandbox import demo_data

    patent = next(p for p in demo_data.seic().patents if p["seic"])
    src, out = tmp_path / "list.txt", tmp_path / "out.csv"
    src.write_text(f"{patent['pn']}\n{patent['patent_id']}\n", encoding="utf-8")
    assert main(["classify", "--input", str(src), "--output", str(out)]) == 0
    assert {r["input"] for r in read_csv(out)} == {patent["pn"], patent["patent_id"]}  # both rows kept
    assert "1 distinct patents: 1 listed twice" in capsys.readouterr().err


def _unknown_list(tmp_path, calls: int):
    src = tmp_path / "many.txt"
    src.write_text("\n".join(f"US{30000000 + i}B2" for i in range(calls * 100)), encoding="utf-8")
    return src


def test_large_paid_run_needs_yes_when_not_interactive(env, fast_limiter, tmp_path, capsys):
    src = _unknown_list(tmp_path, 21)  # 21 calls: one above the default threshold (20)
    assert main(["classify", "--input", str(src), "--output", str(tmp_path / "o.csv")]) == 2
    err = capsys.readouterr().err
    assert "21 API calls needed" in err and "--yes" in err
    assert env.counts["P022"] == 0  # nothing was sent
    assert main(["classify", "--input", str(src), "--output", str(tmp_path / "o.csv"), "--yes"]) == 0
    assert env.counts["P022"] == 21


def test_large_paid_run_from_stdin_cannot_be_asked(env, fast_limiter, tmp_path, monkeypatch, capsys):
    """--input -: the list is on standard input, so the question cannot be: --yes is needed."""
    monkeypatch.setattr(sys, "stdin", io.StringIO(_unknown_list(tmp_path, 21).read_text()))
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    assert main(["classify", "--input", "-"]) == 2
    assert "--yes" in capsys.readouterr().err and env.counts["P022"] == 0


@pytest.mark.parametrize(("answer", "code", "calls"), [("y\n", 0, 21), ("\n", 2, 0)])
def test_large_paid_run_asks_on_a_terminal(
    answer, code, calls, env, fast_limiter, tmp_path, monkeypatch, capsys
):
    src = _unknown_list(tmp_path, 21)
    terminal = io.StringIO(answer)
    terminal.isatty = lambda: True
    monkeypatch.setattr(sys, "stdin", terminal)
    assert main(["classify", "--input", str(src), "--output", str(tmp_path / "o.csv")]) == code
    assert "21 paid API calls (0 answers come from the store). Continue? [y/N]" in capsys.readouterr().err
    assert env.counts["P022"] == calls


def test_small_paid_run_does_not_ask(env, fast_limiter, tmp_path):
    src = _unknown_list(tmp_path, 20)  # at the threshold: runs
    assert main(["classify", "--input", str(src), "--output", str(tmp_path / "o.csv")]) == 0
    assert env.counts["P022"] == 20


def test_a_list_classified_here_reopens_with_the_same_numbers(env, fast_limiter, tmp_path, data_dir, capsys):
    """``ipdesk classify`` of a file with a duplicate and an invalid line keeps the list as read with its job:
    reopened from the store (as the GUI's Recent lists does) it gives the numbers the command line told."""
    from ipdesk.services.classify import JOB_KIND, stored_list
    from ipdesk.services.patents import normalize_patent_list

    numbers = demo_patent_numbers()[:4]
    src = tmp_path / "list.txt"
    src.write_text("\n".join([*numbers[:3], numbers[1].lower(), "hello there", numbers[3]]), encoding="utf-8")
    assert main(["classify", "--input", str(src), "--output", str(tmp_path / "out.csv")]) == 0
    err = capsys.readouterr().err
    assert "inputs: 6, duplicates: 1, invalid: 1," in err
    with Store(data_dir / "ipdesk.sqlite3") as store:
        (job,) = store.jobs.list_jobs(kind=JOB_KIND)
        reopened = normalize_patent_list(stored_list(store, job.id).text)
    told = f"inputs: {reopened.total_entries}, duplicates: {reopened.duplicates}, invalid: {len(reopened.invalid)},"
    assert told in err
    assert [(e.line, e.raw) for e in reopened.left_out()] == [(4, numbers[1].lower()), (5, "hello there")]
