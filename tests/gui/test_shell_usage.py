"""Account → Usage… and the status bar's API calls: the usage ledger per day, operation and account, and a chart
of the last 30 days, read from the store on a worker."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QTableWidget, QWidget


def _make_calls(window, qtbot, count: int) -> None:
    qtbot.waitUntil(lambda: window.context.client() is not None, timeout=10000)
    client = window.context.client()
    before = window.context.store().usage.calls_today()
    for i in range(count):
        window.context.tasks.run(
            "seic",
            lambda ctx, n=i: client.seic_classification([f"CN{n + 1}"], by="patent_number"),
            owner=window,
        )
    qtbot.waitUntil(lambda: window.context.store().usage.calls_today() == before + count, timeout=10000)


def _table_rows(table: QTableWidget) -> list[tuple[str, str, str, str, str]]:
    return [
        tuple(table.item(r, c).text() for c in range(table.columnCount())) for r in range(table.rowCount())
    ]


def test_status_bar_click_opens_the_usage_window_with_the_ledger(window, qtbot):
    _make_calls(window, qtbot, 3)
    label = window.findChild(QLabel, "statusCallsToday")
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton, pos=QPoint(4, label.height() // 2))
    dialog = window.findChild(QWidget, "usageDialog")
    assert dialog is not None and dialog.isVisible()
    table = dialog.findChild(QTableWidget, "usageTable")
    ledger = window.context.store().usage.usage()
    expected = [
        (row.day.isoformat(), row.profile, row.op, str(row.calls), str(row.results)) for row in ledger
    ]
    qtbot.waitUntil(lambda: _table_rows(table) == expected, timeout=5000)
    assert any(op == "P022" and int(calls) >= 3 for _d, _p, op, calls, _r in expected)

    chart = dialog.findChild(QWidget, "usageChart").chart()
    (series,) = chart.series()
    bars = series.barSets()[0]
    assert bars.count() == 30
    today = sum(row.calls for row in ledger if row.day == date.today())
    assert bars.at(29) == today  # the last bar is today's
    assert sum(bars.at(i) for i in range(30)) == sum(
        row.calls for row in ledger if (date.today() - row.day).days < 30
    )
    (days_axis,) = chart.axes(Qt.Orientation.Horizontal)
    assert days_axis.categories()[-1] == date.today().isoformat()
    (value_axis,) = chart.axes(Qt.Orientation.Vertical)
    assert value_axis.max() >= today and value_axis.max() == int(value_axis.max())

    # a new call is counted while the window is open
    _make_calls(window, qtbot, 1)
    qtbot.waitUntil(lambda: chart.series()[0].barSets()[0].at(29) == today + 1, timeout=5000)

    # a second click raises the same window
    window.menus.actions["usage"].trigger()
    assert window.findChildren(QWidget, "usageDialog") == [dialog]
    dialog.close()


def test_usage_window_follows_the_language(window, qtbot):
    window.menus.actions["usage"].trigger()
    dialog = window.findChild(QWidget, "usageDialog")
    table = dialog.findChild(QTableWidget, "usageTable")
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=5000)
    assert table.horizontalHeaderItem(3).text() == "Calls"
    window.context.language.apply("zh_CN")
    try:
        qtbot.waitUntil(lambda: table.horizontalHeaderItem(3).text() == "调用次数", timeout=5000)
        assert dialog.windowTitle() == "用量"
        assert window.menus.actions["usage"].text().startswith("用量")
    finally:
        window.context.language.apply("en")
    dialog.close()
