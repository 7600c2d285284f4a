"""The Risk monitoring tab with a refreshed demo watchlist and a history chart, in English and in Chinese:
screenshots saved to /tmp/ipdesk-risk-<lang>.png (looked at by the developer; the e2e suite takes its own)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from test_risk_support import (
    Clock,
    backfill_box,
    close_context,
    import_values,
    make_context,
    make_tab,
    select,
    wait_idle,
)

from ipdesk.sandbox.demo import demo_companies
from ipdesk.ui.core.i18n import translations_dir


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_screenshot_with_refreshed_watchlist_and_history(qloop, qtbot, sandbox, lang):
    translator = QTranslator()
    if lang != "en":
        assert translator.load("ipdesk_risk_zh_CN", translations_dir())
        QCoreApplication.installTranslator(translator)
    today = date(2026, 3, 20)
    sandbox.configure(today=today)
    context = make_context(qtbot, sandbox)
    tab = make_tab(qtbot, context, Clock(today))
    try:
        import_values(qtbot, tab, [c["credit_code"] for c in demo_companies()])
        tab.jobs.refresh_all()
        wait_idle(qtbot, tab)
        chengxing = f"credit_code:{demo_companies()[2]['credit_code']}"
        select(qtbot, tab, chengxing)
        assert backfill_box(qtbot, tab, chengxing, 6) is None  # 12 calls: below the paid-work threshold
        wait_idle(qtbot, tab)
        qtbot.waitUntil(lambda: tab.detail.chart_points() == 12, timeout=5000)
        tab.show()
        qtbot.waitExposed(tab)
        qtbot.wait(100)
        if lang != "en":
            assert tab.refresh_all_button.text() == "全部刷新(&A)"
            assert tab.model.headerData(0, Qt.Orientation.Horizontal) == "企业"
        tab.grab().save(f"/tmp/ipdesk-risk-{lang.split('_')[0]}.png")
    finally:
        close_context(context, tab)
        QCoreApplication.removeTranslator(translator)
