"""Reports from the sandbox's demo data over real HTTP, in English and Chinese: the classification report's
numbers are the Distribution's, the risk report ranks the watchlist by score and draws each raised indicator's
history; the XLSX workbook read back with openpyxl has native charts whose references point at cells holding
those numbers, and Chinese text intact."""

from __future__ import annotations

import asyncio
import json
from datetime import date

import pytest
from openpyxl import load_workbook
from openpyxl.chart import BarChart, LineChart
from openpyxl.utils.cell import range_boundaries

from ipdesk.messages import is_chinese, t
from ipdesk.sandbox.demo import demo_companies, demo_patent_ids, demo_patent_numbers
from ipdesk.services import releases
from ipdesk.services.classify import ClassifyJob
from ipdesk.services.patents import normalize_patent_list
from ipdesk.services.paths import resource_dir
from ipdesk.services.portfolio import Distribution, by_assignee, by_year
from ipdesk.services.reports.classify import build_classify_report, industries_named
from ipdesk.services.reports.cover import Source
from ipdesk.services.reports.model import Chart, Facts, Matrix, Paragraph, Table
from ipdesk.services.reports.risk import build_risk_report, watchlist_history
from ipdesk.services.reports.xlsx import write_report_xlsx
from ipdesk.services.risk import RiskService, raised_flags, risk_score
from ipdesk.services.watchlist import WatchlistService

LANGS = ("en", "zh")


def demo_list() -> str:
    """Every demo number, three of them again, an invalid line, an application number and one patent id."""
    numbers = demo_patent_numbers()
    return "\n".join([*numbers, *numbers[:3], "hello", "CN201510012345.6", demo_patent_ids()[0]])


@pytest.fixture
def classified(sandbox, client, store):
    inputs = normalize_patent_list(demo_list())
    outcome = asyncio.run(
        ClassifyJob(client, store, raw_text=inputs.raw_text).run(inputs.numbers, inputs.ids)
    )
    assert outcome.fatal is None
    return inputs, outcome


def cells(book, ref: str) -> list:
    """The values of a chart reference such as 'Summary'!$B$30:$B$38, read from the workbook."""
    sheet, _, area = ref.rpartition("!")
    ws = book[sheet.strip("'")]
    min_col, min_row, max_col, max_row = range_boundaries(area.replace("$", ""))
    return [c for row in ws.iter_rows(min_row, max_row, min_col, max_col, values_only=True) for c in row]


def categories(series) -> str:
    """A series' category reference (openpyxl writes it as a number reference, Excel reads the text)."""
    return (series.cat.numRef or series.cat.strRef).f


def blocks_of(report, kind):
    return [b for b in report.blocks if isinstance(b, kind)]


@pytest.mark.parametrize("lang", LANGS)
def test_classification_report_counts_are_the_distributions(classified, lang):
    inputs, outcome = classified
    report = build_classify_report(
        outcome.rows, inputs, lang=lang, source=Source(sample=True), calls=outcome.summary.calls
    )
    dist = Distribution()
    dist.add_rows(outcome.rows)
    assert report.title == t("report.classify_title", lang)
    assert report.mark == t("report.sample_mark", lang) and report.source == report.mark
    level1 = next(b for b in blocks_of(report, Table) if b.title == t("report.level1_table", lang))
    assert [(row[0], row[2]) for row in level1.rows] == [(c, n) for c, _, n in dist.level1()]  # names: below
    assert [row[3] for row in level1.rows] == [dist.share(n) for _, _, n in dist.level1()]
    chart = blocks_of(report, Chart)[0]
    assert chart.series[0].values == tuple(float(n) for _, _, n in dist.level1())
    for code, _, count in dist.level1():  # each level-1 industry's breakdown, shares of its own patents
        table = next(
            b for b in blocks_of(report, Table) if b.rows and str(b.rows[0][0]).startswith(code + ".")
        )
        assert [(row[0], row[2]) for row in table.rows] == [(c, n) for c, _, n in dist.level2(code)]
        assert [row[3] for row in table.rows] == [n / count for _, _, n in dist.level2(code)]
    method = dict(blocks_of(report, Facts)[0].rows)
    assert (
        method[t("report.inputs", lang)] == str(inputs.total_entries) == str(len(demo_patent_numbers()) + 6)
    )
    assert method[t("report.duplicates", lang)] == "3"
    assert method[t("report.invalid", lang)] == "2"
    assert method[t("report.patents", lang)] == str(dist.total)
    assert method[t("report.calls", lang)] == str(outcome.summary.calls) != "0"
    lines = next(b for b in blocks_of(report, Table) if b.title == t("report.lines_title", lang))
    assert [row[1] for row in lines.rows] == [*demo_patent_numbers()[:3], "hello", "CN201510012345.6"]
    assert lines.rows[0][3] == t("patents.duplicate", lang, line=1, first=demo_patent_numbers()[0])
    appendix = blocks_of(report, Table)[-1]
    assert appendix.sheet == t("report.sheet_results", lang) and len(appendix.rows) == len(outcome.rows)


def seic_2018() -> dict[str, dict[str, str]]:
    """The bundled taxonomy, read here on its own: code -> {"zh": ..., "en": ... (level 1)}."""
    raw = json.loads(resource_dir("demo", "seic-2018.json").read_text("utf-8"))
    names = {}
    for level in raw["levels"]:
        names[level["no"]] = {"zh": level["cn"], "en": level["en"]}
        names.update({child["no"]: {"zh": child["cn"]} for child in level["children"]})
    return names


def test_a_chinese_report_of_an_english_classified_list_names_the_industries_in_chinese(classified):
    inputs, outcome = classified  # classified in English (the default language)
    taxonomy = seic_2018()
    classified_rows = [row for row in outcome.rows if row.seic_lv1_no]
    assert classified_rows and all(
        row.seic_lv1_desc == taxonomy[row.seic_lv1_no]["en"] for row in classified_rows
    )
    report = build_classify_report(outcome.rows, inputs, lang="zh", source=Source(sample=True))
    level1 = next(b for b in blocks_of(report, Table) if b.title == t("report.level1_table", "zh"))
    assert level1.rows and all(row[1] == taxonomy[row[0]]["zh"] for row in level1.rows)
    assert blocks_of(report, Chart)[0].categories == tuple(row[1] for row in level1.rows)
    level2 = [b for b in blocks_of(report, Table) if b.rows and "." in str(b.rows[0][0])]
    assert level2 and all(row[1] == taxonomy[row[0]]["zh"] for table in level2 for row in table.rows)
    appendix = blocks_of(report, Table)[-1]
    columns = [t(f"report.col_{name}", "zh") for name in ("lv1_no", "lv1_desc", "lv2_no", "lv2_desc")]
    at = [appendix.headers.index(column) for column in columns]
    for row in appendix.rows:
        for no, desc in ((at[0], at[1]), (at[2], at[3])):
            assert not row[no] or row[desc] == taxonomy[row[no]]["zh"]
    # an English report keeps the English names, the level-2 ones as classified (the taxonomy has none)
    english = build_classify_report(outcome.rows, inputs, lang="en", source=Source(sample=True))
    table = next(b for b in blocks_of(english, Table) if b.title == t("report.level1_table", "en"))
    assert all(row[1] == taxonomy[row[0]]["en"] for row in table.rows)


@pytest.mark.parametrize("lang", LANGS)
def test_classification_workbook_charts_point_at_their_numbers(classified, lang, tmp_path):
    inputs, outcome = classified
    report = build_classify_report(outcome.rows, inputs, lang=lang, source=Source(sample=True))
    path = tmp_path / "report.xlsx"
    write_report_xlsx(report, path)
    book = load_workbook(path)
    summary = book[t("report.sheet_summary", lang)]
    assert book.sheetnames == [summary.title, t("report.sheet_lines", lang), t("report.sheet_results", lang)]
    assert summary["A1"].value == report.title and summary["A3"].value == report.mark
    dist = Distribution()
    dist.add_rows(industries_named(outcome.rows, lang))  # named in the report's language
    charts = summary._charts
    assert len(charts) == len(blocks_of(report, Chart)) == 1 + len(dist.level1())
    assert all(isinstance(c, BarChart) for c in charts)
    first = charts[0].series[0]
    assert cells(book, first.val.numRef.f) == [n for _, _, n in dist.level1()]
    assert cells(book, categories(first)) == [name for _, name, _ in dist.level1()]
    for chart, (code, _, _) in zip(charts[1:], dist.level1(), strict=True):
        assert cells(book, chart.series[0].val.numRef.f) == [n for _, _, n in dist.level2(code)]
    results = book[t("report.sheet_results", lang)]
    assert results.max_row == len(outcome.rows) + 1
    assert results["A1"].value == t("report.col_input", lang)
    if lang == "zh":  # Chinese survives: the titles, the labels, the reasons
        texts = {c for row in summary.iter_rows(values_only=True) for c in row if isinstance(c, str)}
        assert t("report.method", "zh") in texts and t("report.level1", "zh") in texts
        reasons = [
            row[3] for row in book[t("report.sheet_lines", lang)].iter_rows(min_row=2, values_only=True)
        ]
        assert reasons[0] == t("patents.duplicate", "zh", line=1, first=demo_patent_numbers()[0])


@pytest.fixture
def watchlist(sandbox, client, store):
    risk = RiskService(client, store)
    service = WatchlistService(store)
    entries = service.entries(risk, samples=[c["credit_code"] for c in demo_companies()])
    keys = [e.company.key for e in entries]
    assert asyncio.run(risk.refresh(keys)).fatal is None
    assert asyncio.run(risk.backfill(risk.backfill_plan(keys, 4))).fatal is None
    entries = service.entries(risk)
    return entries, watchlist_history(risk, entries)


@pytest.mark.parametrize("lang", LANGS)
def test_risk_report_ranks_by_score_and_draws_raised_indicators(watchlist, lang, tmp_path):
    entries, history = watchlist
    report = build_risk_report(entries, history, lang=lang, source=Source("https://example.test", "work"))
    assert report.mark == "" and "https://example.test" in report.source
    table = next(b for b in blocks_of(report, Table) if b.sheet == t("report.sheet_watchlist", lang))
    scores = [row[2] for row in table.rows]
    assert scores == sorted(scores, reverse=True) and len(table.rows) == len(entries)
    flagged = [e for e in entries if e.trend is not None and raised_flags(e.trend)]
    assert flagged and len(flagged) < len(entries)
    assert dict(report.cover)[t("report.flagged", lang)] == str(len(flagged))
    lines = [c for c in blocks_of(report, Chart) if c.kind == "line"]
    assert len(lines) == sum(len(raised_flags(e.trend)) for e in flagged)
    release = dict(report.cover)[t("report.release", lang)]
    previous = releases.previous_release(date.fromisoformat(release)).isoformat()
    period = t("report.changes_period", lang, release=release, previous=previous)
    assert period in [b.text for b in blocks_of(report, Paragraph)]
    top = max(flagged, key=lambda e: risk_score(e.trend))
    assert table.rows[0][2] == risk_score(top.trend)
    # the raised flags are joined with the language's list separator ("、" in Chinese, not an English ", ")
    several = [row[3] for row in table.rows if row[3].count("+") > 1]
    assert several and all(t("report.list_separator", lang) in cell for cell in several)
    assert is_chinese(lang) == all(", " not in cell for cell in several)

    path = tmp_path / "risk.xlsx"
    write_report_xlsx(report, path)
    book = load_workbook(path)
    summary = book[t("report.sheet_summary", lang)]
    line_charts = [c for c in summary._charts if isinstance(c, LineChart)]
    assert len(line_charts) == len(lines)
    for chart, block in zip(line_charts, lines, strict=True):
        assert cells(book, categories(chart.series[0])) == list(block.categories)
        for series, values in zip(chart.series, block.series, strict=True):
            assert cells(book, series.val.numRef.f) == [int(v) for v in values.values]
    watch = book[t("report.sheet_watchlist", lang)]
    assert [row[0] for row in watch.iter_rows(min_row=2, values_only=True)] == [r[0] for r in table.rows]


@pytest.mark.parametrize("lang", LANGS)
def test_bibliography_views_as_matrices_with_stacked_charts(classified, lang, tmp_path):
    """Rows carrying the bibliography (here written onto the sandbox's answers) get the assignee and year views
    of ``services.portfolio``, each a matrix in the report and a stacked chart over its cells in the workbook."""
    inputs, outcome = classified
    owners = ("华为技术有限公司", "Siemens AG", "小米科技有限责任公司")
    rows = [
        row._replace(assignee=owners[i % 3], application_date=f"{2015 + i % 5}-03-04")
        for i, row in enumerate(outcome.rows)
    ]
    report = build_classify_report(rows, inputs, lang=lang, source=Source(sample=True))
    matrices = blocks_of(report, Matrix)
    assignees, years = by_assignee(rows, 15), by_year(rows)
    assert [m.counts for m in matrices] == [assignees.counts, years.counts]
    assert matrices[0].row_labels == assignees.row_labels and matrices[1].row_labels == years.row_labels
    assert matrices[0].title == t("report.by_assignee", lang)
    appendix = blocks_of(report, Table)[-1]
    assert appendix.headers[-5:] == tuple(
        t(k, lang)
        for k in (
            "report.col_title",
            "report.col_assignee",
            "report.col_application_date",
            "report.col_publication_date",
            "report.col_patent_type",
        )
    )

    path = tmp_path / "views.xlsx"
    write_report_xlsx(report, path)
    book = load_workbook(path)
    stacked = [c for c in book[t("report.sheet_summary", lang)]._charts if c.grouping == "stacked"]
    assert len(stacked) == 2
    for chart, matrix in zip(stacked, matrices, strict=True):
        assert cells(book, categories(chart.series[0])) == list(matrix.row_labels)
        for column, series in enumerate(chart.series):
            assert cells(book, series.val.numRef.f) == [row[column] for row in matrix.counts]


def test_workbook_keeps_formula_like_text_as_text(tmp_path):
    """An entry such as "=1+2" or "-x" in a table or on the summary is written as text, never as a formula."""
    from datetime import datetime

    from ipdesk.services.reports.model import Report

    report = Report("classify", "en", "=title", "", datetime(2026, 12, 4), "src")
    report.blocks += [
        Paragraph("+1 line"),
        Table("lines", ("line", "entry"), ((3, '=HYPERLINK("x")'), (4, "-x")), numeric=(0,), sheet="Lines"),
    ]
    write_report_xlsx(report, tmp_path / "f.xlsx")
    book = load_workbook(tmp_path / "f.xlsx")
    summary, lines = book.worksheets
    assert (summary["A1"].value, summary["A1"].data_type) == ("=title", "s")
    assert [(c.value, c.data_type) for c in lines["B"][1:]] == [('=HYPERLINK("x")', "s"), ("-x", "s")]
    assert [c.value for c in lines["A"][1:]] == [3, 4]
