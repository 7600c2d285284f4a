"""Reports rendered to PDF by ``ipdesk.documents`` and read back with pypdf: hand-built reports with every block
kind, and the classification and risk reports built from the sandbox's demo data over real HTTP, in English and
Chinese. The text a reader extracts holds the cover, the method box's counts and every level-1 row with the
table's numbers; Chinese comes back intact from the embedded bundled font; every page carries the demo mark and
its number; a long table repeats its header on each page; cancelling stops and writes nothing."""

from __future__ import annotations

import asyncio
import threading
from datetime import datetime

import pytest
from pypdf import PdfReader

from ipdesk.documents.layout import RenderCancelled
from ipdesk.documents.pdf import write_pdf
from ipdesk.documents.render import layout, render_pages
from ipdesk.documents.text import format_cell
from ipdesk.messages import t
from ipdesk.sandbox.demo import demo_companies, demo_patent_ids, demo_patent_numbers
from ipdesk.services.classify import ClassifyJob
from ipdesk.services.patents import normalize_patent_list
from ipdesk.services.reports.classify import build_classify_report
from ipdesk.services.reports.cover import Source
from ipdesk.services.reports.model import (
    Chart,
    Facts,
    Heading,
    Matrix,
    PageBreak,
    Paragraph,
    Report,
    Series,
    Table,
)
from ipdesk.services.reports.risk import build_risk_report, watchlist_history
from ipdesk.services.risk import RiskService
from ipdesk.services.watchlist import WatchlistService

LANGS = ("en", "zh")


def flat(text: str) -> str:
    """Extracted text with every run of white space as one space (pypdf reads gaps between words as tabs)."""
    return " ".join(text.split())


def pages_text(path) -> list[str]:
    return [flat(page.extract_text()) for page in PdfReader(path).pages]


def font_names(path) -> set[str]:
    names = set()
    for page in PdfReader(path).pages:
        fonts = page.get("/Resources", {}).get("/Font", {})
        for ref in fonts.values():
            names.add(str(ref.get_object().get("/BaseFont")))
    return names


def hand_report(lang: str, rows: int = 120) -> Report:
    zh = lang == "zh"
    industry = "新一代信息技术产业" if zh else "Next-generation information technology"
    return Report(
        kind="classify",
        lang=lang,
        title="专利组合报告" if zh else "Portfolio report",
        subtitle="手工构建的测试报告" if zh else "A report built by hand",
        created=datetime(2026, 12, 4, 10, 0),
        source="sandbox",
        mark="样例数据，来自内置沙盒" if zh else "Sample data from the built-in sandbox",
        cover=(("生成时间" if zh else "Created", "2026-12-04 10:00"),),
        blocks=[
            Heading("方法" if zh else "Method"),
            Paragraph("计数为不同专利数。" * 10 if zh else "Counts are distinct patents. " * 10),
            Facts("列表的读取" if zh else "How the list was read", (("条目" if zh else "Entries", "4321"),)),
            Heading("分布" if zh else "Distribution"),
            Chart("bars", "bar", (industry, "B"), (Series("n", (12.0, 7.0)),), value_label="n"),
            Chart("stack", "stacked", ("2020", "2021"), (Series("A", (1.0, 2.0)), Series("B", (3.0, 0.0)))),
            Chart("line", "line", ("2023-01", "2023-02", "2023-03"), (Series("score", (40.0, 55.0, 52.0)),)),
            Heading("按申请人" if zh else "By assignee", level=2),
            Matrix("heat", ("华为技术有限公司", "Acme"), ("1", "2"), ((10, 2), (0, 3))),
            PageBreak(),
            Table(
                "全部结果" if zh else "All results",
                ("专利号" if zh else "Patent number", "产业" if zh else "Industry", "n", "%"),
                tuple((f"CN{100000 + i}A", industry, i, i / rows) for i in range(rows)),
                numeric=(2, 3),
                percent=(3,),
            ),
        ],
    )


@pytest.mark.parametrize("lang", LANGS)
def test_hand_built_report_every_block_kind(qapp, tmp_path, lang):
    report = hand_report(lang)
    path = tmp_path / "report.pdf"
    pages = write_pdf(report, path)
    texts = pages_text(path)
    assert len(texts) == pages >= 4
    assert report.title in texts[0] and report.subtitle in texts[0] and "2026-12-04 10:00" in texts[0]
    for number, text in enumerate(texts, 1):  # the mark and the page number on every page, the cover too
        assert report.mark in text and f"{number} / {pages}" in text
    whole = " ".join(texts)
    assert "4321" in whole and ("新一代信息技术产业" in whole) == (lang == "zh")
    header = " ".join(report.blocks[-1].headers)
    table_pages = [text for text in texts if "CN100" in text]
    assert len(table_pages) >= 2  # 120 rows do not fit on one page: split, the header on every page
    assert all(header in text for text in table_pages)
    for i in (0, 57, 119):  # every row once, with its numbers as written in the table
        assert whole.count(f"CN{100000 + i}A ") == 1
        assert f"CN{100000 + i}A {report.blocks[-1].rows[i][1]} {i} {format_cell(i / 120, True)}" in whole
    assert any("DroidSansFallback" in name for name in font_names(path))  # the bundled font, embedded


def test_render_pages_are_a4_images(qapp):
    images = render_pages(hand_report("zh", rows=10), 72)
    assert len(images) == layout(hand_report("zh", rows=10)).page_count
    assert {(im.width(), im.height()) for im in images} == {(595, 842)}
    cover = images[0]
    dark = sum(
        1 for x in range(0, 595, 5) for y in range(150, 300, 5) if cover.pixelColor(x, y).lightness() < 128
    )
    assert dark > 20  # the title was painted


def test_cancel_stops_and_writes_nothing(qapp, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    path = out / "report.pdf"
    cancel = threading.Event()
    seen = []

    def progress(done: int, total: int) -> None:
        seen.append(done)
        if done >= 30:  # while painting the pages
            cancel.set()

    with pytest.raises(RenderCancelled):
        write_pdf(hand_report("en", rows=3000), path, cancel=cancel, progress=progress)
    assert not list(out.iterdir())  # no file, no temporary file left
    assert seen and max(seen) < 100
    cancel.set()
    with pytest.raises(RenderCancelled):  # already cancelled: stops before laying out a page
        write_pdf(hand_report("en"), path, cancel=cancel)


# -- the builders' reports from the sandbox's demo data ----------------------------------------------------------
@pytest.fixture
def classified(client, store):
    numbers = demo_patent_numbers()
    inputs = normalize_patent_list("\n".join([*numbers, *numbers[:3], "hello", demo_patent_ids()[0]]))
    outcome = asyncio.run(
        ClassifyJob(client, store, raw_text=inputs.raw_text).run(inputs.numbers, inputs.ids)
    )
    assert outcome.fatal is None
    return inputs, outcome


def row_text(row, percent) -> str:
    return " ".join(format_cell(value, i in percent) for i, value in enumerate(row))


@pytest.mark.parametrize("lang", LANGS)
def test_classification_report_pdf_has_the_tables_numbers(qapp, tmp_path, classified, lang):
    inputs, outcome = classified
    report = build_classify_report(
        outcome.rows, inputs, lang=lang, source=Source(sample=True), calls=outcome.summary.calls
    )
    path = tmp_path / "classify.pdf"
    write_pdf(report, path)
    texts = pages_text(path)
    whole = " ".join(texts)
    assert flat(report.title) in texts[0] and flat(report.subtitle) in texts[0]
    for label, value in report.cover:
        assert f"{flat(label)} {value}" in texts[0]
    assert all(report.mark in text for text in texts)
    method = next(b for b in report.blocks if isinstance(b, Facts))
    for label, value in method.rows:  # the method box's counts, each beside its label
        assert f"{flat(label)} {value}" in whole
    level1 = next(
        b for b in report.blocks if isinstance(b, Table) and b.title == t("report.level1_table", lang)
    )
    assert level1.rows
    for row in level1.rows:  # every level-1 row with the same numbers as the table
        assert row_text(row, set(level1.percent)) in whole
    if lang == "zh":  # Chinese intact: headings, labels, the notes' full-width punctuation
        assert t("report.method", "zh") in whole and t("report.level1", "zh") in whole
        packed = "".join(whole.split())  # a wrapped Chinese line reads back with a space where it broke
        paragraphs = [b.text for b in report.blocks if isinstance(b, Paragraph)]
        assert paragraphs and all("".join(text.split()) in packed for text in paragraphs)
        assert any("DroidSansFallback" in name for name in font_names(path))


@pytest.mark.parametrize("lang", LANGS)
def test_risk_report_pdf(qapp, tmp_path, client, store, lang):
    risk = RiskService(client, store)
    service = WatchlistService(store)
    entries = service.entries(risk, samples=[c["credit_code"] for c in demo_companies()])
    keys = [e.company.key for e in entries]
    assert asyncio.run(risk.refresh(keys)).fatal is None
    entries = service.entries(risk)
    report = build_risk_report(
        entries, watchlist_history(risk, entries), lang=lang, source=Source("https://example.test", "work")
    )
    path = tmp_path / "risk.pdf"
    write_pdf(report, path)
    texts = pages_text(path)
    whole = " ".join(texts)
    assert flat(report.title) in texts[0]
    watch = next(
        b for b in report.blocks if isinstance(b, Table) and b.sheet == t("report.sheet_watchlist", lang)
    )
    first = [format_cell(v, i in set(watch.percent)) for i, v in enumerate(watch.rows[0])]
    assert str(watch.rows[0][2]) in first and all(cell in whole for cell in first[:3] if cell)
