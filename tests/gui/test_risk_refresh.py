"""Risk tab jobs: refresh with progress and cancel, flags and unknowns drawn, backfill, release monitor, alerts."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QMessageBox
from test_risk_support import (
    HANCHUAN,
    XIAOMI,
    Clock,
    backfill_box,
    cell,
    check,
    close_context,
    import_values,
    make_context,
    make_tab,
    select,
    wait_idle,
)

from ipdesk.sandbox.demo import demo_companies
from ipdesk.ui.risk import model as rm
from ipdesk.ui.risk.badges import FLAG_COLOURS, UNKNOWN_COLOUR

XIAN = "西安鸿渐航空材料有限公司"  # reexam unknown throughout
CHENGXING = "深圳市澄星微电子有限公司"  # pledges grow at the latest release


@pytest.fixture
def env(qloop, qtbot, sandbox):
    made = []

    def make(clock=None, monitor=False, confirm_above=10**6, **kwargs):
        context = make_context(qtbot, sandbox, monitor=monitor, confirm_above=confirm_above)
        tab = make_tab(qtbot, context, clock, **kwargs)
        made.append((context, tab))
        return tab

    yield make
    for context, tab in made:
        close_context(context, tab)


def test_refresh_all_shows_progress_and_cancel_keeps_what_is_done(env, qtbot, sandbox):
    tab = env()
    import_values(qtbot, tab, [c["credit_code"] for c in demo_companies()])
    sandbox.configure(latency_ms=250)
    seen = []
    tab.runner.progressChanged.connect(lambda done, total: seen.append((done, total)))
    assert tab.jobs.refresh_all()
    qtbot.waitUntil(lambda: tab.runner.busy, timeout=5000)  # the calls are counted on a worker first
    assert tab.progress.isVisibleTo(tab) and tab.cancel_button.isEnabled()
    assert not tab.refresh_all_button.isEnabled()
    qtbot.waitUntil(lambda: any(done >= 1 for done, _ in seen), timeout=10000)
    tab.cancel_button.click()
    wait_idle(qtbot, tab)
    total = len(demo_companies())
    assert seen[-1][1] == total and tab.progress.maximum() == total
    refreshed = [row for row in tab.model.rows() if row.trend is not None]
    assert 1 <= len(refreshed) < total
    assert "Refresh cancelled" in tab.message.text()
    assert sandbox.counts["C029"] < total
    stored = tab.context.store().results.count_results("C029")
    assert stored >= len(refreshed)  # every answer paid for is kept
    # a second refresh fetches only the companies not done yet
    sandbox.configure(latency_ms=0)
    before = sandbox.counts["C029"]
    tab.jobs.refresh_all()
    wait_idle(qtbot, tab)
    assert sandbox.counts["C029"] - before == total - stored
    assert all(row.trend is not None for row in tab.model.rows())


def test_quota_error_stops_the_job_keeping_what_is_done(env, qtbot, sandbox):
    tab = env()
    import_values(qtbot, tab, [c["credit_code"] for c in demo_companies()[:6]])
    # 6 C029 + 12 C027 needed; the 8th call hits the quota, so at least one company is complete by then
    sandbox.configure(fail_next=["ok"] * 7 + [67200007], inject_ops={"C029", "C027"})
    tab.jobs.refresh_all()
    wait_idle(qtbot, tab)
    assert "The refresh stopped" in tab.message.text()
    done = [row for row in tab.model.rows() if row.trend is not None]
    assert 0 < len(done) < 6
    assert all(row.error is None for row in tab.model.rows())  # a fatal error is not a per-row error


def _pixels(image, rect):
    return {
        image.pixelColor(x, y).name()
        for x in range(rect.left(), rect.right())
        for y in range(rect.top(), rect.bottom())
    }


def _near(colours, target: QColor, tolerance: int = 40) -> bool:
    for name in colours:
        c = QColor(name)
        if (
            abs(c.red() - target.red()) + abs(c.green() - target.green()) + abs(c.blue() - target.blue())
            < tolerance
        ):
            return True
    return False


def test_flags_and_unknown_values_are_drawn_right(env, qtbot, sandbox):
    tab = env()
    sandbox.configure(quirks=True)  # '-' for unknown figures, credit code as a JSON number, as in the docs
    import_values(qtbot, tab, [XIAOMI[1], HANCHUAN, XIAN])
    tab.jobs.refresh_all()
    wait_idle(qtbot, tab)
    xiaomi, hanchuan, xian = f"credit_code:{XIAOMI[1]}", f"company_name:{HANCHUAN}", f"company_name:{XIAN}"
    # model roles
    assert cell(tab, xiaomi, rm.FLAGS_COL) == "Rejected"
    assert cell(tab, xiaomi, rm.FLAG_COLS["rejected"]) == "+25"
    assert "Rejections: +25" in cell(tab, xiaomi, rm.FLAGS_COL, Qt.ItemDataRole.ToolTipRole)
    assert cell(tab, xiaomi, rm.SCORE) == "25"
    assert cell(tab, hanchuan, rm.FLAGS_COL) == ""  # nothing raised: no badges
    assert cell(tab, hanchuan, rm.FLAG_COLS["pledge"]) == "0"  # a known zero stays 0
    assert cell(tab, hanchuan, rm.APPS).startswith("+")  # positive signal shown apart
    assert cell(tab, xian, rm.FLAG_COLS["reexam"]) == rm.UNKNOWN  # '-' is unknown, never 0
    assert cell(tab, xian, rm.FLAG_COLS["reexam"], Qt.ItemDataRole.ToolTipRole) == "unknown"
    assert "Invalidation requests: unknown" in cell(tab, xian, rm.FLAGS_COL, Qt.ItemDataRole.ToolTipRole)
    # the delegate paints coloured badges (grab the view)
    tab.show()
    qtbot.waitExposed(tab)
    tab.table.horizontalHeader().resizeSection(rm.FLAGS_COL, 300)
    image = tab.table.viewport().grab().toImage()

    def rect(key):
        source = tab.model.index(tab.model.row_index(key), rm.FLAGS_COL)
        return tab.table.visualRect(tab.proxy.mapFromSource(source))

    xiaomi_px, hanchuan_px, xian_px = (
        _pixels(image, rect(xiaomi)),
        _pixels(image, rect(hanchuan)),
        _pixels(image, rect(xian)),
    )
    assert _near(xiaomi_px, FLAG_COLOURS["rejected"])
    assert not any(_near(hanchuan_px, colour) for colour in FLAG_COLOURS.values())
    assert _near(xian_px, UNKNOWN_COLOUR, 20)
    assert not _near(xiaomi_px, UNKNOWN_COLOUR, 20)


def test_backfill_makes_exactly_the_announced_calls_once(env, qtbot, sandbox):
    today = date(2026, 3, 20)
    sandbox.configure(today=today)
    tab = env(clock=Clock(today), confirm_above=5)
    tab.watchlist.add_text(XIAOMI[1])
    wait_idle(qtbot, tab)
    key = f"credit_code:{XIAOMI[1]}"
    select(qtbot, tab, key)
    assert tab.detail.chart_points() == 1  # the current counts
    tab.detail.months.setCurrentIndex(tab.detail.months.findData(3))
    before = sandbox.counts["C028"]
    tab.detail.backfill_button.click()
    box = backfill_box(qtbot, tab)
    assert box is not None and box.property("calls") == 6
    assert "6 paid API calls; 0 answers come from the store" in box.text()
    assert sandbox.counts["C028"] == before  # nothing before the confirmation
    box.button(QMessageBox.StandardButton.Yes).click()
    wait_idle(qtbot, tab)
    assert sandbox.counts["C028"] - before == 6
    qtbot.waitUntil(
        lambda: tab.detail.chart_points() == 6, timeout=5000
    )  # 2026-03-16 back to 2026-01-01 (the current counts are 03-16's)
    # a second backfill for the same period makes no call and asks nothing
    assert backfill_box(qtbot, tab, key, 3) is None
    assert "already stored" in tab.message.text()
    qtbot.wait(100)
    assert sandbox.counts["C028"] - before == 6
    # further back: only the missing dates are announced
    box = backfill_box(qtbot, tab, key, 6)
    assert box.property("calls") == 6
    box.button(QMessageBox.StandardButton.No).click()
    assert sandbox.counts["C028"] - before == 6


def test_monitor_refreshes_once_per_release(env, qtbot, sandbox):
    clock = Clock(date(2026, 3, 10))
    sandbox.configure(today=clock.day)
    context_tab = env(clock=clock, monitor=False)
    import_values(qtbot, context_tab, [XIAOMI[1], HANCHUAN])
    context_tab.monitor_check.setChecked(True)  # the setting: on -> checks at once
    wait_idle(qtbot, context_tab)
    tab = context_tab
    assert sandbox.counts["C029"] == 2
    tab.monitor.timer.setInterval(30)
    qtbot.wait(200)  # the timer ticks: nothing due
    assert check(qtbot, tab.monitor) == [] and sandbox.counts["C029"] == 2
    clock.day = date(2026, 3, 15)
    assert check(qtbot, tab.monitor) == []  # still the 1 March release
    clock.day = date(2026, 3, 16)
    sandbox.configure(today=clock.day)
    qtbot.waitUntil(lambda: sandbox.counts["C029"] == 4, timeout=5000)  # the timer found the new release
    wait_idle(qtbot, tab)
    qtbot.wait(200)
    assert sandbox.counts["C029"] == 4 and check(qtbot, tab.monitor) == []
    checked = {c.last_release_checked for c in tab.context.store().watchlist.list_companies()}
    assert checked == {date(2026, 3, 16)}
    tab.monitor_check.setChecked(False)  # turned off: a new release is not fetched
    clock.day = date(2026, 4, 2)
    assert check(qtbot, tab.monitor) == [] and not tab.monitor.timer.isActive()
    assert tab.context.settings.value("risk/monitoring") in (False, "false")


def test_notification_for_a_company_whose_pledges_grew(env, qtbot, sandbox):
    clock = Clock(date(2026, 3, 10))
    sandbox.configure(today=clock.day)
    tab = env(clock=clock)
    chengxing = next(c for c in demo_companies() if c["name"] == CHENGXING)["credit_code"]
    import_values(qtbot, tab, [XIAOMI[1], chengxing])
    tab.monitor_check.setChecked(True)
    wait_idle(qtbot, tab)
    assert tab.monitor.notifications == []  # a first check has nothing to compare with
    # what was stored at the 1 March release for 澄星 showed no pledge growth
    store = tab.context.store()
    key = f"credit_code:{chengxing}"
    stored = store.results.get_result("C029", key)
    payload = dict(stored.payload)
    payload["patent_count_growth"] = {**payload["patent_count_growth"], "patent_pledge_growth": 0}
    payload["patent_event_count_growth"] = {**payload["patent_event_count_growth"], "pledge_growth": 0}
    store.results.put_result("C029", key, payload, fetched_at=stored.fetched_at)
    for company in store.watchlist.list_companies():
        tab.model.update(company.key, company=store.watchlist.update_company(company.id, flags_new=False))
    clock.day = date(2026, 3, 16)
    sandbox.configure(today=clock.day)
    messages = []
    tab.context.message.connect(messages.append)
    assert len(check(qtbot, tab.monitor)) == 2
    wait_idle(qtbot, tab)
    (note,) = tab.monitor.notifications
    assert note.companies == (CHENGXING,) and not note.via_tray  # offscreen: no system tray
    assert "New pledges +" in note.message and any(CHENGXING in m for m in messages)
    assert CHENGXING in tab.message.text()
    assert cell(tab, key, rm.STATUS) == "New since last check"
    assert cell(tab, key, rm.COMPANY).startswith("● ")
    assert not tab.model.row_for(f"credit_code:{XIAOMI[1]}").company.flags_new
    tab.flag_filter.setCurrentIndex(tab.flag_filter.findData("new"))
    assert tab.proxy.rowCount() == 1
    tab.select_key(key)  # seen
    wait_idle(qtbot, tab)
    assert not store.watchlist.find_company("credit_code", chengxing).flags_new
    assert cell(tab, key, rm.STATUS) == ""
