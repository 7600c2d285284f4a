"""The classification export with its reconciliation: the invalid and duplicate input lines with their reasons
(XLSX: a sheet of their own, by default; CSV: rows after the results, when asked), through the service and
through `ipdesk classify --output` against the sandbox over real HTTP."""

from __future__ import annotations

import asyncio
import csv

import pytest
from openpyxl import load_workbook

from ipdesk.cli.main import main
from ipdesk.messages import t
from ipdesk.sandbox.demo import demo_patent_numbers
from ipdesk.services.classify import COLUMNS, ClassifyJob
from ipdesk.services.classify_export import LINES_SHEET, write_classification
from ipdesk.services.patents import normalize_patent_list

NUMBERS = demo_patent_numbers()[:5]
LIST = "\n".join([*NUMBERS, NUMBERS[1].lower(), "hello", NUMBERS[0], "CN201510012345.6"])
LEFT_OUT = [  # (line, entry, kind)
    (6, NUMBERS[1].lower(), "duplicate"),
    (7, "hello", "invalid"),
    (8, NUMBERS[0], "duplicate"),
    (9, "CN201510012345.6", "application"),
]


def sheet_rows(path, name):
    book = load_workbook(path, read_only=True)
    rows = [list(r) for r in book[name].iter_rows(values_only=True)]
    book.close()
    return rows


@pytest.fixture
def classified(sandbox, client, store):
    inputs = normalize_patent_list(LIST)
    outcome = asyncio.run(
        ClassifyJob(client, store, raw_text=inputs.raw_text).run(inputs.numbers, inputs.ids)
    )
    return inputs, outcome.rows


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_xlsx_lists_the_left_out_lines_on_a_sheet_by_default(classified, lang, tmp_path):
    inputs, rows = classified
    path = tmp_path / "out.xlsx"
    assert write_classification(rows, path, "xlsx", COLUMNS, inputs=inputs, lang=lang) == len(rows)
    assert sheet_rows(path, "IP Desk")[1:] == [[getattr(r, c) or None for c in COLUMNS] for r in rows]
    lines = sheet_rows(path, LINES_SHEET)
    assert lines[0] == ["line", "entry", "kind", "reason"]
    assert [tuple(r[:3]) for r in lines[1:]] == LEFT_OUT
    assert lines[1][3] == t("patents.duplicate", lang, line=2, first=NUMBERS[1])
    assert lines[2][3] == inputs.invalid[0].reason(lang)
    # the list reconciles: every entry has a result row or a left-out line
    assert len({r.key for r in rows}) + len(lines) - 1 == inputs.total_entries == 9

    plain = tmp_path / "plain.xlsx"
    write_classification(rows, plain, "xlsx", COLUMNS, inputs=inputs, input_lines=False)
    assert load_workbook(plain, read_only=True).sheetnames == ["IP Desk"]


def test_csv_adds_the_lines_only_when_asked(classified, tmp_path):
    inputs, rows = classified
    plain, full = tmp_path / "plain.csv", tmp_path / "full.csv"
    write_classification(rows, plain, "csv", COLUMNS, inputs=inputs)
    write_classification(rows, full, "csv", COLUMNS, inputs=inputs, input_lines=True, lang="zh")
    plain_rows = list(csv.DictReader(plain.read_text("utf-8-sig").splitlines()))
    full_rows = list(csv.DictReader(full.read_text("utf-8-sig").splitlines()))
    assert len(plain_rows) == len(rows) and full_rows[: len(rows)] == plain_rows
    extra = full_rows[len(rows) :]
    assert [(r["input"], r["status"]) for r in extra] == [(entry, kind) for _, entry, kind in LEFT_OUT]
    assert extra[0]["patent_number"] == NUMBERS[1]
    assert extra[1]["error"] == t("export.line_reason", "zh", line=7, reason=inputs.invalid[0].reason("zh"))


def test_cli_output_flag(cli_env, tmp_path):
    source = tmp_path / "list.txt"
    source.write_text(LIST, encoding="utf-8")
    xlsx, csv_path, bare = tmp_path / "out.xlsx", tmp_path / "out.csv", tmp_path / "bare.xlsx"
    assert main(["classify", "--input", str(source), "--output", str(xlsx)]) == 0
    assert [tuple(r[:3]) for r in sheet_rows(xlsx, LINES_SHEET)[1:]] == LEFT_OUT
    assert main(["classify", "--input", str(source), "--output", str(csv_path), "--input-lines"]) == 0
    statuses = [r["status"] for r in csv.DictReader(csv_path.read_text("utf-8-sig").splitlines())]
    assert statuses[-4:] == [kind for *_, kind in LEFT_OUT]
    assert main(["classify", "--input", str(source), "--output", str(bare), "--no-input-lines"]) == 0
    assert load_workbook(bare, read_only=True).sheetnames == ["IP Desk"]
