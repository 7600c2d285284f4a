"""`ipdesk classify --with-biblio` and `ipdesk biblio` against the sandbox over real HTTP: call counts of both
operations, the paid-work rule counting P011, the columns and records, exit codes."""

from __future__ import annotations

import csv
import io
import json

import pytest

from ipdesk.api.models import parse_bibliography
from ipdesk.api.ratelimit import default_limiter
from ipdesk.cli.main import main
from ipdesk.sandbox import demo_data
from ipdesk.sandbox.credentials import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET
from ipdesk.sandbox.demo import demo_bibliography_only, demo_patent_ids, demo_patent_numbers
from ipdesk.services.biblio import RECORD_FIELDS
from ipdesk.services.classify import export_columns


@pytest.fixture
def env(sandbox, monkeypatch):
    monkeypatch.setenv("IPDESK_BASE_URL", sandbox.base_url)
    monkeypatch.setenv("PATSNAP_CLIENT_ID", DEMO_CLIENT_ID)
    monkeypatch.setenv("PATSNAP_CLIENT_SECRET", DEMO_CLIENT_SECRET)
    limiter = default_limiter()
    limiter.configure(rate=1000)
    yield sandbox
    limiter.configure(rate=10)


def read_csv(path) -> list[dict]:
    return list(csv.DictReader(io.StringIO(path.read_bytes().decode("utf-8-sig"))))


def test_classify_with_biblio_columns_and_calls(env, tmp_path, capsys):
    src, out = tmp_path / "list.txt", tmp_path / "out.csv"
    keys = demo_patent_numbers()[:248] + demo_bibliography_only()[:1] + ["CN999999990A"]
    src.write_text("\n".join(keys), encoding="utf-8")
    assert main(["classify", "--with-biblio", "--input", str(src), "--output", str(out)]) == 0
    assert env.counts["P022"] == 3 and env.counts["P011"] == 3
    err = capsys.readouterr().err
    assert "6 API calls needed (3 P022 + 3 P011)" in err and "API calls made: 6," in err
    assert "not found: 1," in err
    rows = read_csv(out)
    assert tuple(rows[0]) == export_columns(True)
    by_input = {r["input"]: r for r in rows}
    assert by_input["CN110650438A"]["title"].startswith("Beam management")
    assert by_input["CN110650438A"]["application_date"] == "2019-08-27"
    assert by_input[demo_bibliography_only()[0]]["status"] == "none"
    assert by_input["CN999999990A"]["status"] == "not_found"
    assert all(r["assignee"] and r["patent_type"] for r in rows if r["status"] != "not_found")

    env.reset_counts()
    again = tmp_path / "again.csv"
    assert main(["classify", "--with-biblio", "--input", str(src), "--output", str(again)]) == 0
    assert env.counts["P022"] == 0 and env.counts["P011"] == 0 and read_csv(again) == rows
    # the same list without bibliography: the classic columns, no call either
    plain = tmp_path / "plain.csv"
    assert main(["classify", "--input", str(src), "--output", str(plain)]) == 0
    assert tuple(read_csv(plain)[0]) == export_columns(False) and env.counts["P022"] == 0


def test_the_paid_work_rule_counts_the_bibliography_calls(env, tmp_path, capsys):
    src = tmp_path / "list.txt"
    src.write_text("\n".join(f"CN{500000000 + i}A" for i in range(1100)), encoding="utf-8")
    # 11 P022 calls alone are under the threshold (20); with bibliography 22 are above it
    assert main(["classify", "--with-biblio", "--input", str(src), "--output", str(tmp_path / "o.csv")]) == 2
    err = capsys.readouterr().err
    assert "22 API calls needed (11 P022 + 11 P011)" in err and "--yes" in err
    assert env.counts["P022"] == 0 and env.counts["P011"] == 0  # nothing sent
    assert main(["biblio", "--input", str(src), "--output", str(tmp_path / "b.json")]) == 0  # 11 calls
    assert env.counts["P011"] == 11


def test_biblio_json_from_arguments(env, capsys):
    pid = demo_patent_ids()[3]
    assert main(["biblio", "CN110650438A", pid, "cn 999999999 a", "not-a-patent!"]) == 0
    captured = capsys.readouterr()
    records = json.loads(captured.out)
    assert [r["input"] for r in records] == ["CN110650438A", pid, "cn 999999999 a"]
    assert all(tuple(r) == RECORD_FIELDS for r in records)
    first, by_id, unknown = records
    assert first["status"] == "ok" and first["title_cn"] == "一种毫米波通信系统中的波束管理方法及装置"
    assert first["title_en"] and first["abstract_cn"] and first["application_date"] == "2019-08-27"
    assert isinstance(first["assignees"], list) and first["assignees"]
    assert by_id["patent_id"] == pid and by_id["patent_number"] and by_id["status"] == "ok"
    assert unknown["status"] == "not_found" and unknown["title_en"] == ""
    assert env.counts["P011"] == 2  # numbers and ids go in separate calls
    assert "invalid (line 4)" in captured.err and "found: 2, not found: 1, failed: 0" in captured.err
    env.reset_counts()
    assert main(["biblio", "CN110650438A"]) == 0 and env.counts["P011"] == 0  # from the store


def test_biblio_csv_file_column_and_output(env, tmp_path, capsys):
    src, out = tmp_path / "list.csv", tmp_path / "out.csv"
    comma = next(
        p
        for p in parse_bibliography(demo_data.bibliography().patents)
        if "," in "".join(p.inventors + p.assignees + p.applicants) and len(p.inventors) > 1
    )
    numbers = [*demo_patent_numbers()[:4], comma.pn]
    src.write_text("name,pn\n" + "".join(f"x{i},{n}\n" for i, n in enumerate(numbers)), encoding="utf-8")
    assert (
        main(["biblio", "--input", str(src), "--column", "pn", "--output", str(out), "--format", "csv"]) == 0
    )
    rows = read_csv(out)
    assert tuple(rows[0]) == RECORD_FIELDS and [r["input"] for r in rows] == numbers
    last = rows[-1]  # names hold commas ("Co., Ltd."): a list's items are joined by "; "
    assert last["inventors"] == "; ".join(comma.inventors) and last["applicants"] == "; ".join(
        comma.applicants
    )
    assert last["ipc"] == "; ".join(comma.ipc)
    assert main(["biblio", "--output", str(tmp_path / "x.csv"), "--input", str(src), "--column", "nope"]) == 2
    assert main(["biblio", "--column", "pn"]) == 2
    assert main(["biblio"]) == 2
    assert "No patents given" in capsys.readouterr().err


def test_biblio_exit_codes_for_failures_and_quota(env, capsys):
    env.configure(fail_next=[68300008] * 8, inject_ops={"P011"})
    assert main(["biblio", "US9800501B2"]) == 1
    captured = capsys.readouterr()
    [record] = json.loads(captured.out)
    assert record["status"] == "failed" and record["error"].startswith("68300008")
    assert "run the same command again" in captured.err
    env.configure(fail_next=[67200005])
    assert main(["biblio", "US9800501B2"]) == 3
