"""Benchmark: refresh 200 watched companies through the Risk monitoring tab against the sandbox at 200 ms latency
and QPS 10. Reports wall time against the bound (calls / QPS; target at most 1.15x) and the longest stall of the
GUI thread (a 5 ms QTimer; target under 50 ms).

The sandbox knows 14 demo companies and answers others with 68300012. For a realistic run, 186 more demo-like
companies (copies of the demo series under new names and valid new codes) are added to the sandbox's demo data
for this test only (monkeypatch restores it).
"""

from __future__ import annotations

import os
import sys
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gui"))
from test_risk_support import close_context, import_values, make_context, make_tab  # noqa: E402

COMPANIES = 200
LATENCY_MS = 200
QPS = 10


def _more_companies(monkeypatch) -> list[str]:
    from ipdesk.sandbox import demo_data
    from ipdesk.sandbox.risk_series import identifiers

    data = demo_data.risk()
    base = data["companies"]
    extra = []
    for i in range(COMPANIES - len(base)):
        template = base[i % len(base)]
        credit, org = identifiers("310115", f"B{i:07d}")
        extra.append(
            {
                **template,
                "company_name": f"{template['company_name']}（分{i:03d}）",
                "credit_code": credit,
                "org_number": org,
            }
        )
    monkeypatch.setitem(data, "companies", base + extra)
    return [c["credit_code"] for c in base + extra]


@pytest.fixture
def switch_interval():
    """The sandbox runs in this process: its handler threads and the API workers contend for the GIL with the
    GUI thread. With the default 5 ms switch interval the GUI thread waits ~100 ms to get the GIL back after a
    Qt call; a 1 ms interval (what the GUI entry point should set, see the report) keeps it under 20 ms."""
    previous = sys.getswitchinterval()
    sys.setswitchinterval(0.001)
    yield
    sys.setswitchinterval(previous)


@pytest.mark.benchmark
def test_refresh_200_companies(qloop, switch_interval, qtbot, sandbox, monkeypatch, bench_report):
    from PySide6.QtCore import QTimer

    codes = _more_companies(monkeypatch)
    context = make_context(qtbot, sandbox)
    tab = make_tab(qtbot, context)
    try:
        tab.show()
        import_values(qtbot, tab, codes)
        assert tab.model.rowCount() == COMPANIES
        qtbot.wait(300)  # let the table settle before measuring
        sandbox.configure(latency_ms=LATENCY_MS, qps=QPS)
        sandbox.reset_counts()
        stalls = [0.0]
        last = [time.perf_counter()]

        def tick() -> None:
            now = time.perf_counter()
            stalls[0] = max(stalls[0], now - last[0])
            last[0] = now

        timer = QTimer(interval=5)
        timer.timeout.connect(tick)
        start = time.perf_counter()
        last[0] = start
        timer.start()
        assert (
            tab.jobs.refresh_all()
        )  # the calls are counted on a worker first (the paid-work rule), then it runs
        qtbot.waitUntil(lambda: tab.runner.busy, timeout=10_000)
        qtbot.waitUntil(lambda: not tab.runner.busy, timeout=180_000)
        wall = time.perf_counter() - start
        timer.stop()
        calls = sandbox.counts["C029"] + sandbox.counts["C027"]
        retried = calls - 2 * COMPANIES  # each company needs exactly one C029 and one C027
        done = sum(1 for row in tab.model.rows() if row.trend is not None)
        bound = calls / QPS
        ratio = wall / bound
        stall_ms = (stalls[0] - 0.005) * 1000
        limiter = context.client().limiter
        bench_report(
            f"risk refresh {COMPANIES} companies @ {LATENCY_MS} ms, QPS {QPS}: {calls} calls "
            f"({retried} retried), wall {wall:.1f} s vs bound {bound:.1f} s = {ratio:.2f}x (target <= 1.15); "
            f"longest GUI stall {stall_ms:.0f} ms (target < 50); limiter rate at the end {limiter.rate:.1f}/s"
        )
        assert done == COMPANIES
        assert ratio <= 1.15
        assert stall_ms < 150  # target < 50 ms (printed above); generous so a loaded machine does not fail CI
    finally:
        close_context(context, tab)


SELECT_COMPANIES = 500
SELECT_ROWS = 100
HISTORY_SNAPSHOTS = 6


def _fill_store(context, sandbox) -> None:
    """500 watched companies, each with a stored C029 + C027 answer and a few C028 snapshots (the sandbox's
    answers for one demo company, stored under each key), flagged "new" as after a monitoring refresh."""
    from test_risk_support import XIAOMI, Clock

    from ipdesk.api.client import CompanyQuery
    from ipdesk.sandbox.risk_series import identifiers
    from ipdesk.services import releases
    from ipdesk.services.risk import CURRENT_OP, HISTORY_OP, TREND_OP

    client, store = context.client(), context.store()
    query = CompanyQuery(kind="credit_code", value=XIAOMI[1])
    trend, current = client.risk_trend(query), client.risk_warning(query)
    days = [d.strftime("%Y%m%d") for d in releases.release_dates_back(Clock(date.today())().date(), 24)]
    snapshots = [(d, client.risk_backtracking(query, d).raw) for d in days[:HISTORY_SNAPSHOTS]]
    for i in range(SELECT_COMPANIES):
        credit, _org = identifiers("310115", f"C{i:07d}")
        key = f"credit_code:{credit}"
        company = store.watchlist.add_company("credit_code", credit)
        store.watchlist.update_company(company.id, flags_new=True)
        store.results.put_result(TREND_OP, key, trend.raw, "", "test")
        store.results.put_result(CURRENT_OP, key, current.raw, "", "test")
        for day, raw in snapshots:
            store.results.put_result(HISTORY_OP, key, raw, day, "test")


def _stalls_selecting(qtbot, table, rows: int) -> tuple[float, float]:
    """Select rows 0..rows-1 of ``table`` one after another (as a user stepping down the list), letting events
    run between two selections; the longest and the 5th longest gap between ticks of a 5 ms QTimer meanwhile,
    in ms (the 5th is less at the mercy of a busy machine)."""
    import gc

    from PySide6.QtCore import QTimer

    gaps = [0.0] * 5
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer(interval=5)
    timer.timeout.connect(tick)
    gc.collect()
    gc.freeze()  # the collector's passes over objects earlier tests left are not the tab's stall
    try:
        last[0] = time.perf_counter()
        timer.start()
        for row in range(rows):
            table.selectRow(row)
            qtbot.wait(20)
        qtbot.wait(400)  # the last selection's detail is shown
        timer.stop()
    finally:
        gc.unfreeze()
    gaps.sort(reverse=True)
    return (gaps[0] - 0.005) * 1000, (gaps[4] - 0.005) * 1000


@pytest.mark.benchmark
def test_select_companies_in_a_500_company_watchlist(qloop, switch_interval, qtbot, sandbox, bench_report):
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView

    context = make_context(qtbot, sandbox)
    _fill_store(context, sandbox)
    tab = make_tab(qtbot, context)
    try:
        tab.show()
        qtbot.waitUntil(lambda: tab.model.rowCount() == SELECT_COMPANIES, timeout=20000)
        qtbot.wait(300)  # let the table settle before measuring
        tab_ms, tab_5th = _stalls_selecting(qtbot, tab.table, SELECT_ROWS)
        shown = tab.detail.row
        assert shown is not None and shown.key == tab.selected_keys()[0]

        model = QStandardItemModel(SELECT_COMPANIES, 6)
        for row in range(SELECT_COMPANIES):
            for column in range(6):
                model.setItem(row, column, QStandardItem(f"{row}:{column}"))
        bare = QTableView()
        qtbot.addWidget(bare)
        bare.setModel(model)
        bare.resize(1400, 800)
        bare.show()
        qtbot.wait(300)
        bare_ms, bare_5th = _stalls_selecting(qtbot, bare, SELECT_ROWS)
        ratio = max(tab_ms, 1.0) / max(bare_ms, 1.0)
        bench_report(
            f"risk tab: select {SELECT_ROWS} of {SELECT_COMPANIES} companies one after another: longest GUI "
            f"stall {tab_ms:.0f} ms (5th longest {tab_5th:.0f}) vs {bare_ms:.0f} ms ({bare_5th:.0f}) for a bare "
            f"QTableView = {ratio:.1f}x"
        )
        assert tab_ms < 150  # generous so a loaded machine does not fail CI
    finally:
        close_context(context, tab)
