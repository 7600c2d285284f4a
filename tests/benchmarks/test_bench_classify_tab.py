"""Benchmark: the Classification tab driven with 10,000 inputs against the sandbox at 200 ms latency and QPS 10,
plain ("plain") and with bibliography ("biblio": the "With bibliography" option, P011 beside P022).

Prints API calls against ceil(unique/100) per kind and operation (target: equal), wall time from the Classify
click to the finished run against calls/QPS (target: at most 1.15 times), the longest stall of the GUI thread
during the run (a 5 ms QTimer on the GUI thread; target: under 50 ms). Plain: how long filtering 50,000 rows
takes (target: under 100 ms). With bibliography: the run is watched in the "By assignee" view (its heat map is
built again as answers arrive, the table has the five bibliography columns); the plain run's longest stall of the
same pytest run is the baseline (ratio printed); then the stalls of switching to "By year" and "By assignee" once
the run has ended and of clicking each view's largest cell (the table filtered to its patents through the proxy).
"""

from __future__ import annotations

import math
import time

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from benchmarks.inputs import benchmark_inputs
from benchmarks.stalls import measured
from ipdesk.sandbox.credentials import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET
from ipdesk.services.cost import SETTING_KEY
from ipdesk.services.patents import normalize_patent_list
from ipdesk.services.profiles import Profile
from ipdesk.ui.classify.portfolio import BY_ASSIGNEE, BY_YEAR
from ipdesk.ui.classify.tab import ClassifyTab
from ipdesk.ui.core.context import AppContext
from ipdesk.ui.core.i18n import LanguageManager

N_INPUTS = 10_000
LATENCY_MS = 200
QPS = 10
FILTER_ROWS = 50_000
_LONGEST: dict[
    str, int
] = {}  # case -> the run's longest GUI stall (ms): the plain one is the biblio one's baseline


@pytest.fixture
def classify_tab(qloop, qtbot, sandbox, tmp_path):
    """A shown Classification tab on the sandbox (200 ms latency, QPS 10) whose paid-work threshold the user
    raised (the run starts on the click)."""
    sandbox.configure(latency_ms=LATENCY_MS, qps=QPS)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(SETTING_KEY, 10**9)
    context = AppContext(settings=settings, language=LanguageManager(settings))
    context.use_profile(
        Profile("bench", sandbox.base_url, "client_credentials", DEMO_CLIENT_ID), secret=DEMO_CLIENT_SECRET
    )
    qtbot.waitUntil(lambda: context.client() is not None, timeout=10000)
    tab = ClassifyTab(context)
    qtbot.addWidget(tab)
    tab.resize(1400, 900)
    tab.show()
    try:
        yield tab
    finally:
        tab.runner.cancel()
        qtbot.waitUntil(lambda: not tab.runner.busy, timeout=20000)
        context.tasks.stop_all(pause=False)
        context.shutdown()


def _stalls(meter) -> str:
    """The stalls of 20 ms or more: how many, their sum and each (ms at s)."""
    if not meter.stalls:
        return "none"
    listed = ", ".join(f"{gap} at {at:.2f}" for gap, at in meter.stalls)
    return f"{len(meter.stalls)}, {sum(gap for gap, _ in meter.stalls)} ms in all: {listed}"


@pytest.mark.benchmark
@pytest.mark.parametrize("with_biblio", [False, True], ids=["plain", "biblio"])
def test_bench_classify_tab(with_biblio, classify_tab, qtbot, sandbox, bench_report):
    tab = classify_tab
    lines = benchmark_inputs(N_INPUTS, synthetic_base=700_000_000)
    parsed = normalize_patent_list("\n".join(lines))
    per_operation = math.ceil(len(parsed.numbers) / 100) + math.ceil(len(parsed.ids) / 100)
    operations = ("P022", "P011") if with_biblio else ("P022",)
    tab.biblio_check.setChecked(with_biblio)
    if with_biblio:  # the run is watched in a portfolio view: its heat map follows the answers
        tab.results.views.set_view(BY_ASSIGNEE)
    tab.input.set_text("\n".join(lines))
    qtbot.waitUntil(
        lambda: tab.input.parsed is not None and tab.input.parsed.unique == parsed.unique, timeout=10000
    )
    sandbox.reset_counts()
    with measured() as meter:
        started = time.perf_counter()
        with qtbot.waitSignal(tab.runner.finished, timeout=120000):
            tab.classify_button.click()
        wall = time.perf_counter() - started
        qtbot.wait(500)  # the last chunk of rows, the chart's redraw and the view's last rebuild
    end = tab._last_end
    case = "biblio" if with_biblio else "plain"
    _LONGEST[case] = meter.longest
    calls = sum(sandbox.counts[op] for op in operations)
    # answered 67200002 (QPS) and retried: no result, not charged
    charged = {op: sandbox.counts[op] - sandbox.refused[op] for op in operations}
    refused = sum(sandbox.refused[op] for op in operations)
    bound = calls / QPS
    model, proxy = tab.results.model, tab.results.proxy
    bench_report(
        f"\nclassification tab ({case}), {N_INPUTS} inputs: {parsed.unique} unique, {parsed.duplicates} "
        f"duplicates, {len(parsed.invalid)} invalid; {model.rowCount()} rows x {model.columnCount()} columns"
    )
    bench_report(
        "calls answered: "
        + ", ".join(f"{op} {charged[op]}" for op in operations)
        + f"  ceil(unique/100) per kind, per operation: {per_operation} (x{len(operations)} = "
        f"{per_operation * len(operations)}; +{refused} refused by the QPS limit and retried, not charged)"
    )
    bench_report(
        f"wall time: {wall:.2f} s  bound calls/QPS: {bound:.2f} s  ratio: {wall / bound:.3f} (target <= 1.15)"
    )
    bench_report(f"longest GUI-thread stall during the run: {meter.longest} ms (target < 50)")
    if with_biblio:
        baseline = _LONGEST.get("plain")
        bench_report(
            f"baseline, the plain run's longest stall in this pytest run: {baseline} ms; ratio "
            f"{meter.longest / max(baseline, 1):.2f}"
            if baseline is not None
            else "baseline: run the plain case in the same pytest run (test_bench_classify_tab[plain])"
        )
    bench_report(f"stalls of 20 ms or more (ms at s): {_stalls(meter)}")
    assert (end.status, end.done, end.failed) == ("done", parsed.unique, 0)
    assert charged == dict.fromkeys(operations, per_operation)
    if with_biblio:
        _views_and_cells(tab, qtbot, bench_report)
    else:
        _filter_50000(tab, bench_report)
        assert proxy.rowCount() == model.rowCount() == FILTER_ROWS


def _views_and_cells(tab, qtbot, bench_report) -> None:
    """After the run: switch to each portfolio view, wait for it, click its largest cell (the table filtered to
    the cell's patents), and print the GUI thread's longest stall of each step."""
    views, proxy, model = tab.results.views, tab.results.proxy, tab.results.model
    longest = 0
    for view, date in ((BY_YEAR, "application"), (BY_ASSIGNEE, None)):
        with measured() as meter:
            t0 = time.perf_counter()
            views.set_view(view, date)
            qtbot.waitUntil(lambda: views.matrix() is not None, timeout=10000)
            built = time.perf_counter() - t0
            qtbot.wait(100)
        matrix = views.matrix()
        bench_report(
            f"switch to '{views.view_combo.currentText()}' ({len(matrix.row_labels)} x "
            f"{len(matrix.column_codes)} cells over {model.rowCount()} rows): shown in {built * 1000:.0f} ms, "
            f"longest stall {meter.longest} ms; stalls of 20 ms or more: {_stalls(meter)}"
        )
        longest = max(longest, meter.longest)
        row, column = max(
            ((r, c) for r in range(len(matrix.row_labels)) for c in range(len(matrix.column_codes))),
            key=lambda rc: matrix.counts[rc[0]][rc[1]],
        )
        index = views.heat_model.index(row, column)
        views.heat_map.scrollTo(index)
        with measured() as meter:
            t0 = time.perf_counter()
            qtbot.mouseClick(
                views.heat_map.viewport(),
                Qt.MouseButton.LeftButton,
                pos=views.heat_map.visualRect(index).center(),
            )
            QApplication.processEvents()
            filtered = time.perf_counter() - t0
            qtbot.wait(100)
        bench_report(
            f"click the cell '{matrix.row_labels[row]} x {matrix.column_codes[column]}' "
            f"({matrix.counts[row][column]} patents): {proxy.rowCount()} of {model.rowCount()} rows shown in "
            f"{filtered * 1000:.0f} ms, longest stall {meter.longest} ms; stalls of 20 ms or more: "
            f"{_stalls(meter)}"
        )
        longest = max(longest, meter.longest)
        assert proxy.cell_filter() is not None and 0 < proxy.rowCount() < model.rowCount()
    bench_report(f"longest GUI-thread stall of the views and clicks: {longest} ms (target < 50)")


def _filter_50000(tab, bench_report) -> None:
    """Filter 50,000 rows by text (and clear the filter), then sort them; prints each step's time."""
    model, proxy = tab.results.model, tab.results.proxy
    base = list(model.rows())
    while model.rowCount() < FILTER_ROWS:
        model.append_rows(base[: FILTER_ROWS - model.rowCount()])
    QApplication.processEvents()
    timings = {}
    for label, needle in (
        ("filter 'cn7000012'", "cn7000012"),
        ("filter 'new'", "new"),
        ("clear filter", ""),
    ):
        t0 = time.perf_counter()
        tab.results.filter_edit.setText(needle)
        tab.results.apply_text_filter()
        QApplication.processEvents()
        timings[label] = (time.perf_counter() - t0) * 1000
        bench_report(
            f"{label} over {model.rowCount()} rows: {timings[label]:.1f} ms -> {proxy.rowCount()} shown "
            "(target < 100 ms)"
        )
    t0 = time.perf_counter()
    tab.results.table.sortByColumn(1, tab.results.table.horizontalHeader().sortIndicatorOrder())
    QApplication.processEvents()
    bench_report(f"sort {model.rowCount()} rows: {(time.perf_counter() - t0) * 1000:.1f} ms")
    # the target is 100 ms; a loaded 2-core machine gets some slack before this counts as a failure
    assert max(timings.values()) < 150
