"""Benchmark: the classification report of a 10,000-patent portfolio (bibliography columns, every level-1 and
level-2 industry, the invalid and duplicate lines, the full result table as an appendix) written as PDF.

Prints the time to build the report and write the PDF (target: under 3 s together), against a baseline measured
in the same run: the same appendix cells drawn into a QPdfWriter line after line with no layout (what Qt alone
costs); the ratio says what the layout, the pagination and the charts add. Then the report dialog makes the
same report and saves it while a 5 ms timer measures the longest stall of the GUI thread (target: under 50 ms).
"""

from __future__ import annotations

import gc
import sys
import time

import pytest
from PySide6.QtCore import QMarginsF, QPointF, QSettings
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

from benchmarks.inputs import benchmark_inputs
from benchmarks.stalls import StallMeter
from ipdesk.documents.pdf import write_pdf
from ipdesk.services.classify import ClassRow
from ipdesk.services.patents import normalize_patent_list
from ipdesk.services.reports.classify import build_classify_report
from ipdesk.services.reports.cover import Source
from ipdesk.services.reports.model import Table
from ipdesk.ui.core.context import AppContext
from ipdesk.ui.core.i18n import LanguageManager
from ipdesk.ui.reports.dialog import ReportDialog

PATENTS = 10_000
INDUSTRIES = [(f"{i}", f"Industry number {i}") for i in range(1, 10)]
ASSIGNEES = [f"Assignee {k} Co., Ltd." for k in range(40)] + ["华为技术有限公司", "小米科技有限责任公司"]


def portfolio():
    """The typed list (about 10 % duplicates, 3 % invalid lines) and one classified row per distinct patent."""
    inputs = normalize_patent_list("\n".join(benchmark_inputs(11_600, synthetic_base=800_000_000)))
    keys = inputs.numbers + inputs.ids
    rows = []
    for i, key in enumerate(keys[:PATENTS]):
        lv1, name = INDUSTRIES[i % len(INDUSTRIES)]
        lv2 = f"{lv1}.{i % 5 + 1}"
        rows.append(
            ClassRow(
                key, key, f"id-{i:08d}", lv1, name, lv2, f"Sub-industry {lv2}", "ok", "", key,
                title=f"Method and device number {i} for processing signals",
                assignee=ASSIGNEES[i % len(ASSIGNEES)],
                application_date=f"{2010 + i % 14}-0{1 + i % 9}-1{i % 10}",
                publication_date=f"{2012 + i % 12}-0{1 + i % 9}-2{i % 10}",
                patent_type="grant",
            )
        )  # fmt: skip
    return inputs, rows


def qt_baseline(table: Table, path: str) -> float:
    """The appendix's cells (the columns its pages show) drawn into a PDF writer row after row at fixed places, no
    measuring, no eliding, no charts: Qt's own cost of the table's text."""
    started = time.perf_counter()
    writer = QPdfWriter(path)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)
        )
    )
    painter = QPainter(writer)
    scale = writer.width() / 595.28
    painter.scale(scale, scale)
    font = painter.font()
    font.setPointSizeF(6.5 * 72 / writer.logicalDpiY())
    painter.setFont(font)
    y = 60.0
    columns = table.page_columns or range(len(table.headers))
    width = 495.0 / len(columns)
    for row in table.rows:
        if y > 780:
            writer.newPage()
            y = 60.0
        for i, column in enumerate(columns):
            painter.drawText(QPointF(56 + i * width, y + 9), str(row[column]))
        y += 13
    painter.end()
    return time.perf_counter() - started


@pytest.mark.benchmark
def test_bench_report_dialog(qloop, qtbot, tmp_path, bench_report):
    inputs, rows = portfolio()
    started = time.perf_counter()
    report = build_classify_report(rows, inputs, lang="en", source=Source(sample=True), calls=100)
    built = time.perf_counter() - started
    started = time.perf_counter()
    pages = write_pdf(report, tmp_path / "report.pdf")
    written = time.perf_counter() - started
    appendix = report.blocks[-1]
    assert isinstance(appendix, Table) and len(appendix.rows) == PATENTS
    baseline = qt_baseline(appendix, str(tmp_path / "baseline.pdf"))
    total = built + written
    bench_report(
        f"\nclassification report of {PATENTS:,} patents ({len(appendix.headers)} columns, "
        f"{len(appendix.page_columns or appendix.headers)} on its pages), "
        f"{pages} pages, {(tmp_path / 'report.pdf').stat().st_size / 1e6:.1f} MB"
    )
    bench_report(
        f"build {built:.2f} s + PDF {written:.2f} s = {total:.2f} s (target < 3 s); baseline (the appendix's "
        f"cells drawn by Qt without layout) {baseline:.2f} s; ratio PDF/baseline {written / baseline:.2f}"
    )

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    context = AppContext(settings=settings, language=LanguageManager(settings))
    dialog = ReportDialog(
        context,
        lambda options: build_classify_report(rows, inputs, lang=options.lang, source=Source(sample=True)),
    )
    qtbot.addWidget(dialog)
    meter = StallMeter()
    switch = sys.getswitchinterval()
    sys.setswitchinterval(0.001)  # as app.run_gui: workers hand the GUI thread the GIL sooner
    gc.collect()
    gc.freeze()
    try:
        meter.start()
        started = time.perf_counter()
        with qtbot.waitSignal(dialog.generated, timeout=60000):
            dialog.start()
        with qtbot.waitSignal(dialog.written, timeout=60000):
            dialog.save_to(str(tmp_path / "dialog.pdf"), "pdf")
        in_dialog = time.perf_counter() - started
        qtbot.wait(100)
        meter.stop()
    finally:
        gc.unfreeze()
        sys.setswitchinterval(switch)
    bench_report(
        f"report dialog: made, previewed and saved in {in_dialog:.2f} s; longest GUI-thread stall "
        f"{meter.longest} ms (target < 50); stalls of 20 ms or more (ms at s): "
        + (", ".join(f"{gap} at {at:.2f}" for gap, at in meter.stalls) or "none")
    )
    assert total < 9  # target < 3 s (printed above); generous so a loaded machine does not fail CI
    assert meter.longest < 150  # target < 50 ms (printed above); generous for the same reason
    dialog.reject()
    context.shutdown()
