"""Issue 16's Risk tab defects, through the GUI over the sandbox: the watchlist at a restart with the tab open,
a company added during a refresh, badges that do not fit, a failed refresh shown and not re-queried, the
default sort by risk; and one indicator's history of several companies on one chart."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from test_risk_support import (
    HANCHUAN,
    XIAOMI,
    cell,
    check,
    close_context,
    make_context,
    make_tab,
    select,
    wait_idle,
)

from ipdesk.sandbox.demo import demo_companies
from ipdesk.ui.risk import model as rm
from ipdesk.ui.risk.badges import badges_for

MISSING = "北京不存在科技有限公司"  # the sandbox answers 68300012 (not found)


def settle(qtbot, tab) -> None:
    """Until the selected company's history is read too (the refresh's end reads it again)."""
    qtbot.waitUntil(lambda: not tab._history_timer.isActive(), timeout=5000)
    wait_idle(qtbot, tab)


@pytest.fixture
def tab(qloop, qtbot, sandbox):
    context = make_context(qtbot, sandbox)
    made = make_tab(qtbot, context)
    yield made
    close_context(context, made)


def test_restart_with_the_risk_tab_open_shows_the_watchlist_of_its_database(make_window, qtbot):
    from ipdesk.services.session import database_path
    from ipdesk.services.store import Store
    from ipdesk.ui.core.settings import make_settings

    for demo, (kind, value) in ((True, ("credit_code", XIAOMI[1])), (False, ("company_name", HANCHUAN))):
        store = Store(database_path(demo))
        store.watchlist.add_company(kind, value)
        store.close()
    settings = make_settings()
    settings.setValue("window/last_tab", "risk")  # the tab was open when the app was quit
    settings.setValue("risk/monitoring", False)
    settings.sync()
    window = make_window(wait_ready=False)
    risk = window.tabs.currentWidget()
    assert risk.objectName() == "tab_risk"  # built at start, before the demo profile is installed
    shown: list[set[str]] = []
    risk.model.modelReset.connect(lambda: shown.append({row.key for row in risk.model.rows()}))
    qtbot.waitUntil(lambda: risk._loaded and not window.context.tasks.running(), timeout=20000)
    demo_keys = {f"credit_code:{XIAOMI[1]}"}
    assert {row.key for row in risk.model.rows()} == demo_keys
    assert shown and all(keys == demo_keys for keys in shown)  # never another database's list, never empty
    assert not window.findChild(QWidget, "riskEmptyHint").isVisible()


def test_a_company_added_during_a_refresh_is_refreshed_and_counted(tab, qtbot, sandbox):
    companies = [c["credit_code"] for c in demo_companies()]
    tab.watchlist.import_values(companies[:6])
    wait_idle(qtbot, tab)
    sandbox.configure(latency_ms=150)
    assert tab.jobs.refresh_all()
    tab.watchlist.add_text(companies[6])
    qtbot.waitUntil(lambda: tab.model.rowCount() == 7, timeout=5000)
    assert tab.runner.busy  # added while the refresh runs
    wait_idle(qtbot, tab, timeout=30000)
    settle(qtbot, tab)
    sandbox.configure(latency_ms=0)
    added = tab.model.row_for(f"credit_code:{companies[6]}")
    assert added.trend is not None
    assert tab.message.text() == "Companies refreshed: 7 of 7; 0 failed."


def test_badges_that_do_not_fit_leave_a_plus_n_badge(tab, qtbot):
    tab.watchlist.import_values([c["credit_code"] for c in demo_companies()])
    wait_idle(qtbot, tab)
    tab.jobs.refresh_all()
    wait_idle(qtbot, tab)
    rows = [row for row in tab.model.rows() if len(badges_for(row.flags(), row.company.flags_new)) >= 3]
    assert rows, "the demo companies include one with three badges or more"
    row = rows[0]
    badges = [text for text, _c, _f in badges_for(row.flags(), row.company.flags_new)]
    tab.show()
    metrics = tab.table.fontMetrics()
    width = metrics.horizontalAdvance(badges[0]) + metrics.horizontalAdvance("+9") + 40
    tab.table.horizontalHeader().resizeSection(rm.FLAGS_COL, width)
    select(qtbot, tab, row.key)
    tab.table.scrollTo(tab.table.selectionModel().currentIndex())
    tab.badges.drawn.clear()
    tab.table.viewport().grab()
    drawn = tab.badges.drawn[row.key]
    assert drawn[:-1] == badges[: len(drawn) - 1]
    assert drawn[-1] == f"+{len(badges) - len(drawn) + 1}"
    tooltip = cell(tab, row.key, rm.FLAGS_COL, Qt.ItemDataRole.ToolTipRole)
    assert all(rm.flag_label(flag) in tooltip for flag in rm.FLAGS)  # every flag in the tooltip
    # wide enough: every badge, no "+N"
    tab.table.horizontalHeader().resizeSection(rm.FLAGS_COL, 900)
    tab.badges.drawn.clear()
    tab.table.viewport().grab()
    assert tab.badges.drawn[row.key] == badges


def test_a_failed_refresh_says_so_and_is_not_queried_again_on_tab_open(tab, qtbot, sandbox):
    tab.watchlist.add_text(MISSING)
    wait_idle(qtbot, tab)
    key = f"company_name:{MISSING}"
    flags = cell(tab, key, rm.FLAGS_COL)
    assert flags.startswith("Refresh failed: ")
    assert "Company not found in PatSnap data." in cell(tab, key, rm.FLAGS_COL, Qt.ItemDataRole.ToolTipRole)
    tab.show()
    tab.badges.drawn.clear()
    tab.table.viewport().grab()
    assert tab.badges.drawn[key] == [flags]  # drawn in the cell, in place of the badges
    # the tab opens again (the release monitor checks who is due): the not-found company is not asked again
    tab.context.settings.setValue("risk/monitoring", True)
    assert key not in check(qtbot, tab.monitor)
    before = sandbox.counts["C029"]
    tab.watchlist.load()
    wait_idle(qtbot, tab)
    assert sandbox.counts["C029"] == before
    # an explicit refresh asks again
    select(qtbot, tab, key)
    assert tab.jobs.refresh_selected()
    wait_idle(qtbot, tab)
    assert sandbox.counts["C029"] > before
    settle(qtbot, tab)


def test_the_watchlist_sorts_by_risk_score_descending(tab, qtbot):
    tab.watchlist.import_values([c["credit_code"] for c in demo_companies()])
    wait_idle(qtbot, tab)
    tab.jobs.refresh_all()
    wait_idle(qtbot, tab)
    header = tab.table.horizontalHeader()
    assert header.sortIndicatorSection() == rm.SCORE
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    scores = [tab.proxy.index(i, 0).data(rm.ROW_ROLE).score() for i in range(tab.proxy.rowCount())]
    known = [s for s in scores if s is not None]
    assert known == sorted(known, reverse=True) and scores[: len(known)] == known
    assert len(set(known)) > 1  # the order is not a tie


def test_several_selected_companies_share_one_history_chart(tab, qtbot):
    tab.watchlist.import_values([c["credit_code"] for c in demo_companies()[:3]])
    wait_idle(qtbot, tab)
    tab.jobs.refresh_all()
    wait_idle(qtbot, tab)
    rows = tab.model.rows()
    tab.select_key(rows[0].key)
    for row in rows[1:]:
        tab.select_key(row.key, add=True)
    expected = {row.name for row in rows}
    qtbot.waitUntil(lambda: set(tab.detail.chart_lines()) == expected, timeout=5000)
    assert all(points >= 1 for points in tab.detail.chart_lines().values())
    assert tab.detail.chart.legend().isVisible()
    assert "3" in tab.detail.title.text()
    tab.detail.indicator.setCurrentIndex(0)  # another indicator: still one line per company
    assert set(tab.detail.chart_lines()) == expected
    assert tab.detail.chart.title() == tab.detail.indicator.currentText()
    select(qtbot, tab, rows[0].key)  # one company again: its own line, no legend
    assert list(tab.detail.chart_lines()) == [tab.detail.indicator.currentText()]
    assert not tab.detail.chart.legend().isVisible()
