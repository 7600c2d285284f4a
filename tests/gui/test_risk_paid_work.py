"""Issue 16: the one rule for paid work in the Risk tab (refresh and backfill ask above the threshold, saying
how many calls and how many answers come from the store; below it they run), and its messages follow a
language switch."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox
from test_risk_support import Clock, close_context, import_values, make_context, make_tab, select, wait_idle

from ipdesk.sandbox.demo import demo_companies


@pytest.fixture
def make(qloop, qtbot, sandbox):
    made = []

    def build(**kwargs):
        today = date(2026, 3, 20)
        sandbox.configure(today=today)
        context = make_context(qtbot, sandbox, **kwargs)
        tab = make_tab(qtbot, context, Clock(today))
        made.append((context, tab))
        return tab

    yield build
    for context, tab in made:
        context.language.apply("en")
        close_context(context, tab)


def question(qtbot, tab, name: str):
    def shown():
        return [b for b in tab.findChildren(QMessageBox, name) if b.isVisible()]

    qtbot.waitUntil(lambda: bool(shown()) or not tab.context.tasks.running(), timeout=5000)
    boxes = shown()
    return boxes[0] if boxes else None


def test_refresh_all_asks_above_the_threshold_counting_stored_answers(make, qtbot, sandbox):
    tab = make(confirm_above=20)  # the default threshold
    codes = [c["credit_code"] for c in demo_companies()]
    import_values(qtbot, tab, codes)
    # three companies: 6 calls, at or below the threshold: no question
    for key in [row.key for row in tab.model.rows()][:3]:
        tab.select_key(key, add=True)
    assert tab.jobs.refresh_selected()
    assert question(qtbot, tab, "riskRefreshConfirm") is None
    wait_idle(qtbot, tab)
    assert sandbox.counts["C029"] == 3 and sandbox.counts["C027"] == 3
    # all 14: the 3 fresh ones come from the store, 22 calls: asked first, nothing sent before the answer
    assert tab.jobs.refresh_all()
    box = question(qtbot, tab, "riskRefreshConfirm")
    assert box is not None and box.property("calls") == 2 * (len(codes) - 3) and box.property("cached") == 3
    assert "22 paid API calls; 3 answers come from the store" in box.text()
    qtbot.wait(100)
    assert sandbox.counts["C029"] == 3
    box.button(QMessageBox.StandardButton.No).click()
    qtbot.wait(100)
    assert sandbox.counts["C029"] == 3 and not tab.runner.busy
    assert tab.jobs.refresh_all()
    question(qtbot, tab, "riskRefreshConfirm").button(QMessageBox.StandardButton.Yes).click()
    wait_idle(qtbot, tab)
    assert sandbox.counts["C029"] == len(codes) and sandbox.counts["C027"] == len(codes)


def test_small_backfill_runs_without_asking_and_its_message_follows_the_language(make, qtbot, sandbox):
    tab = make(confirm_above=20)
    import_values(qtbot, tab, [demo_companies()[0]["credit_code"]])
    key = tab.model.rows()[0].key
    select(qtbot, tab, key)
    tab.jobs.start_backfill(key, 3)  # 6 calls: no question (it always asked before)
    assert question(qtbot, tab, "riskBackfillConfirm") is None
    wait_idle(qtbot, tab)
    assert sandbox.counts["C028"] == 6
    assert tab.message.text().startswith("History backfilled")
    tab.context.language.apply("zh_CN")
    qtbot.waitUntil(lambda: "历史" in tab.message.text(), timeout=5000)
    assert "History" not in tab.message.text()
