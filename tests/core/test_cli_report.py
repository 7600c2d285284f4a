"""`ipdesk report classify|risk` against the sandbox over real HTTP, writing XLSX: the same numbers as the
services' (the Distribution, the watchlist's scores), the one rule for paid work, the format from --out."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from ipdesk.cli.main import main
from ipdesk.messages import t
from ipdesk.sandbox.demo import demo_patent_numbers


def summary_values(path, lang) -> dict:
    book = load_workbook(path)
    ws = book[t("report.sheet_summary", lang)]
    values = {row[0]: row[1] for row in ws.iter_rows(values_only=True) if row[0] is not None}
    return values | {"_charts": len(ws._charts), "_sheets": book.sheetnames, "_title": ws["A1"].value}


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_report_classify_xlsx(cli_env, tmp_path, capsys, lang):
    numbers = demo_patent_numbers()[:40]
    source = tmp_path / "list.txt"
    source.write_text("\n".join([*numbers, "hello", numbers[0]]), encoding="utf-8")
    out = tmp_path / "report.xlsx"
    args = [
        "report",
        "classify",
        "--input",
        str(source),
        "--out",
        str(out),
        "--lang",
        lang,
        "--title",
        "Q3 客户",
    ]
    assert main(args) == 0
    assert cli_env.counts["P022"] == 1
    assert "report.xlsx" in capsys.readouterr().err
    values = summary_values(out, lang)
    assert values["_title"] == "Q3 客户"
    assert values[t("report.inputs", lang)] == 42 and values[t("report.duplicates", lang)] == 1
    assert values[t("report.invalid", lang)] == 1 and values[t("report.calls", lang)] == 1
    assert values[t("report.from_store", lang)] == 0
    assert values["_sheets"][1:] == [t("report.sheet_lines", lang), t("report.sheet_results", lang)]
    assert values["_charts"] >= 2

    again = tmp_path / "again.xlsx"  # the second report of the same list: from the store, no call
    assert main([*args[:5], str(again), "--lang", lang]) == 0
    assert cli_env.counts["P022"] == 1
    values = summary_values(again, lang)
    assert values[t("report.from_store", lang)] == 40 and values[t("report.calls", lang)] == 0
    assert values["_title"] == t("report.classify_title", lang)


def test_report_rejects_other_formats_and_large_paid_runs(cli_env, tmp_path, capsys):
    source = tmp_path / "list.txt"
    source.write_text("\n".join(demo_patent_numbers()), encoding="utf-8")
    assert main(["report", "classify", "--input", str(source), "--out", str(tmp_path / "r.docx")]) == 2
    assert ".pdf or .xlsx" in capsys.readouterr().err
    big = [f"CN{300000000 + i}A" for i in range(2500)]
    source.write_text("\n".join(big), encoding="utf-8")
    assert main(["report", "classify", "--input", str(source), "--out", str(tmp_path / "r.xlsx")]) == 2
    assert "--yes" in capsys.readouterr().err and cli_env.counts["P022"] == 0
    assert not (tmp_path / "r.xlsx").exists()


def test_report_risk_xlsx(tmp_path, capsys):
    out = tmp_path / "risk.xlsx"
    assert main(["--demo", "report", "risk", "--out", str(out), "--lang", "zh", "--history", "--yes"]) == 0
    values = summary_values(out, "zh")
    assert values[t("report.release", "zh")]
    assert values[t("report.companies", "zh")] == 14
    assert values["_sheets"] == [t("report.sheet_summary", "zh"), t("report.sheet_watchlist", "zh")]
    book = load_workbook(out)
    watch = list(book[t("report.sheet_watchlist", "zh")].iter_rows(min_row=2, values_only=True))
    scores = [row[2] for row in watch if row[2] is not None]
    assert len(watch) == 14 and scores == sorted(scores, reverse=True)
    flagged = values[t("report.flagged", "zh")]
    assert flagged == sum(1 for row in watch if row[3])
    assert values["_charts"] > flagged  # the scores' bar chart and the flagged companies' trend lines
    assert "14" in capsys.readouterr().err  # the plan: calls for 14 companies

    again = tmp_path / "again.xlsx"  # the figures are fresh until the next release: no question, no --yes
    assert main(["--demo", "report", "risk", "--out", str(again)]) == 0
    assert "0 C029 + C027 calls" in capsys.readouterr().err


def test_report_classify_with_bibliography(cli_env, tmp_path):
    """--with-biblio fetches the bibliography (P011) with the classes: the report gains the assignee and year
    views (a stacked chart each) and the appendix its columns."""
    source = tmp_path / "list.txt"
    source.write_text("\n".join(demo_patent_numbers()[:30]), encoding="utf-8")
    out = tmp_path / "report.xlsx"
    args = ["report", "classify", "--input", str(source), "--out", str(out), "--with-biblio", "--yes"]
    assert main(args) == 0
    assert cli_env.counts["P022"] == 1 and cli_env.counts["P011"] == 1
    values = summary_values(out, "en")
    assert t("report.by_assignee", "en") in values and t("report.by_year", "en") in values
    assert values[t("report.calls", "en")] == 2
    book = load_workbook(out)
    stacked = [c for c in book[t("report.sheet_summary", "en")]._charts if c.grouping == "stacked"]
    assert len(stacked) == 2
    header = [c.value for c in book[t("report.sheet_results", "en")][1]]
    assert header[-5:] == [
        t(f"report.col_{name}", "en")
        for name in ("title", "assignee", "application_date", "publication_date", "patent_type")
    ]


def test_a_chinese_report_of_a_list_classified_in_english_buys_nothing(cli_env, tmp_path):
    """The builder names the industries in the report's language from the bundled taxonomy, so the answers the
    store holds serve a report in either language."""
    numbers = demo_patent_numbers()[:30]
    source = tmp_path / "list.txt"
    source.write_text("\n".join(numbers), encoding="utf-8")
    assert main(["classify", "--input", str(source), "--output", str(tmp_path / "en.csv")]) == 0
    assert cli_env.counts["P022"] == 1
    out = tmp_path / "report.xlsx"
    assert main(["report", "classify", "--input", str(source), "--out", str(out), "--lang", "zh"]) == 0
    assert cli_env.counts["P022"] == 1  # no Chinese answers bought
    values = summary_values(out, "zh")
    assert values[t("report.calls", "zh")] == 0 and values[t("report.from_store", "zh")] == 30
    levels = load_workbook(out)[t("report.sheet_summary", "zh")]
    names = [row[1] for row in levels.iter_rows(values_only=True) if isinstance(row[1], str)]
    assert any("新一代信息技术产业" in name for name in names), names
