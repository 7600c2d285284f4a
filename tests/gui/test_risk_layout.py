"""The Risk tab's detail pane fits the default 1120x720 window and 1280x720 / 1366x768 screens, in English and in
Chinese, at the tab's default splitter sizes: no documented widget is clipped or behind a scroll bar, the
watchlist's headers are whole or elided. Screenshots go to the test's tmp folder (and /tmp/ipdesk-risk-layout-*)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QWidget
from test_risk_support import close_context, import_values, make_context, make_tab, select, wait_idle

from ipdesk.sandbox.demo import demo_companies
from ipdesk.ui.risk import model as rm

SIZES = [(1120, 720), (1280, 720), (1366, 768)]
WINDOW_CHROME = 96  # menu bar, tab bar, status bar of the main window around the tab
DETAIL_WIDGETS = [
    "riskDetailTitle",
    "riskCurrentCounts",
    "riskIndicatorCombo",
    "riskBackfillMonths",
    "riskBackfillButton",
    "riskExportHistoryButton",
    "riskHistoryChart",
    "riskNoteEdit",
    "riskTagsEdit",
    "riskSaveNoteButton",
]
BUTTONS = {"riskBackfillButton", "riskExportHistoryButton", "riskSaveNoteButton"}


def _inside(widget: QWidget, area: QWidget) -> bool:
    top_left = widget.mapTo(area, widget.rect().topLeft())
    return area.rect().contains(QRect(top_left, widget.size()))


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_detail_pane_fits_at_common_sizes(qloop, qtbot, sandbox, lang, tmp_path):
    context = make_context(qtbot, sandbox, lang=lang)
    tab = make_tab(qtbot, context)
    try:
        if lang != "en":
            assert tab.detail.export_button.text() != "Export history…"  # the Chinese catalogue is in use
        import_values(qtbot, tab, [c["credit_code"] for c in demo_companies()[:4]])
        tab.jobs.refresh_all()
        wait_idle(qtbot, tab)
        select(qtbot, tab, tab.model.rows()[0].key)
        tab.show()
        qtbot.waitExposed(tab)
        problems = []
        for width, height in SIZES:
            tab.resize(width, height - WINDOW_CHROME)
            qtbot.wait(50)
            shot = tmp_path / f"risk-layout-{lang}-{width}x{height}.png"
            tab.grab().save(str(shot))
            tab.grab().save(f"/tmp/ipdesk-risk-layout-{lang}-{width}x{height}.png")
            where = f"{lang} {width}x{height}"
            scroll = tab.detail_scroll
            if scroll.horizontalScrollBar().isVisible():
                problems.append(f"{where}: the detail pane scrolls sideways")
            for name in DETAIL_WIDGETS:
                widget = tab.detail.findChild(QWidget, name)
                if not widget.isVisible() or not _inside(widget, scroll.viewport()):
                    problems.append(f"{where}: {name} is outside the detail pane's visible area")
                if name in BUTTONS and widget.width() < widget.sizeHint().width():
                    problems.append(f"{where}: {name} is narrower than its text")
            counts = tab.detail.counts
            header = counts.horizontalHeader()
            right = header.sectionViewportPosition(1) + header.sectionSize(1)
            if counts.horizontalScrollBar().isVisible() or right > counts.viewport().width():
                problems.append(f"{where}: the Count column is cut off")
            metrics = counts.fontMetrics()
            if header.sectionSize(1) < metrics.horizontalAdvance(counts.horizontalHeaderItem(1).text()) + 8:
                problems.append(f"{where}: the Count header is cut")
            # the watchlist's headers: whole, or elided with the start of the name kept (never the middle)
            table_header = tab.table.horizontalHeader()
            alignment = table_header.defaultAlignment()
            for column in range(rm.COLUMN_COUNT):
                text = tab.model.headerData(column, Qt.Orientation.Horizontal)
                fits = table_header.sectionSize(column) >= metrics.horizontalAdvance(text) + 12
                if not fits and not alignment & Qt.AlignmentFlag.AlignLeft:
                    problems.append(f"{where}: the header {text!r} is cut on both sides")
        assert problems == []
    finally:
        close_context(context, tab)
        context.language.apply("en")
