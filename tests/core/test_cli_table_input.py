"""The one table reader through the command line: the same GB18030 and UTF-16 files the GUI tests import
(tests/gui/test_table_imports.py) give the same entries to ``ipdesk classify --input`` and ``ipdesk risk --input``,
against the built-in sandbox (--demo)."""

from __future__ import annotations

import csv
import io
import json

from ipdesk.cli.main import main


def test_classify_reads_the_named_column(imported_table, capsys):
    path, patents, _codes = imported_table
    assert main(["classify", "--demo", "--input", str(path), "--column", "专利号", "--format", "csv"]) == 0
    out = capsys.readouterr()
    rows = list(csv.DictReader(io.StringIO(out.out.lstrip("\ufeff"))))
    assert list(dict.fromkeys(r["input"] for r in rows)) == patents
    assert "inputs: 3, duplicates: 0, invalid: 0," in out.err  # neither the URL line nor the header counted
    assert main(["classify", "--demo", "--input", str(path), "--column", "patent"]) == 2
    err = capsys.readouterr().err
    assert "no column 'patent'" in err and "序号, 专利号, 申请人, 统一社会信用代码" in err


def test_risk_reads_companies_from_the_file(imported_table, capsys):
    path, _patents, codes = imported_table
    assert main(["risk", "--demo", "--input", str(path), "--format", "json"]) == 0
    records = json.loads(capsys.readouterr().out)
    assert [r["company"] for r in records] == [f"credit_code:{code}" for code in codes]


def test_risk_needs_companies_or_a_file(capsys):
    assert main(["risk", "--demo"]) == 2
    assert "--input FILE" in capsys.readouterr().err
