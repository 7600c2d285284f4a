"""Account → Usage…: the usage ledger per day, operation and profile (a table) and the calls of the last 30 days
(a bar chart). The ledger is read on a worker (``services.usage_report``), again whenever a call is recorded."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ipdesk.ui.core.context import AppContext
from ipdesk.ui.core.dates import format_date

COLUMNS = ("day", "profile", "op", "calls", "results")


class NumberItem(QTableWidgetItem):
    """A count: shown in the locale's digits, sorted as a number."""

    def __init__(self, value: int) -> None:
        super().__init__(QLocale().toString(int(value)))
        self.value = int(value)
        self.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def __lt__(self, other: QTableWidgetItem) -> bool:
        return self.value < getattr(other, "value", 0)


class UsageDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("usageDialog")
        self.context = context
        self.report = None
        self._error = ""

        self.summary = QLabel(self)
        self.summary.setObjectName("usageSummary")
        self.summary.setWordWrap(True)
        from PySide6.QtCharts import QChart, QChartView  # Qt Charts is loaded when the window first opens

        self.chart = QChart()
        self.chart.legend().hide()
        self.chart.setBackgroundRoundness(0)
        self.chart_view = QChartView(self.chart, self)
        self.chart_view.setObjectName("usageChart")
        self.chart_view.setMinimumHeight(220)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("usageTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("usageSplitter")
        splitter.addWidget(self.chart_view)
        splitter.addWidget(self.table)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.setObjectName("usageButtons")
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        self.resize(760, 560)
        context.usageChanged.connect(self.reload)
        self.retranslateUi()
        self.reload()

    # -- reading ---------------------------------------------------------------------------------------------
    def reload(self, *_: object) -> None:
        """Read the ledger on a worker; the table and the chart follow when it answers."""
        store = self.context.store()
        if store is None:
            self._show_error(self.tr("The usage ledger is not available: no account is active."))
            return

        def work(_ctx):
            from ipdesk.services.usage_report import usage_report

            return usage_report(store)

        self.context.tasks.run(
            "usage report",
            work,
            owner=self,
            on_result=self.show_report,
            on_error=self._show_error,
            show=False,
        )

    def _show_error(self, text: str) -> None:
        self._error = text
        self.summary.setText(text)

    def show_report(self, report) -> None:
        self.report, self._error = report, ""
        self._fill_table()
        self._fill_chart()
        self._update_summary()

    # -- views -----------------------------------------------------------------------------------------------
    def _fill_table(self) -> None:
        rows = self.report.rows if self.report is not None else []
        table = self.table
        table.setSortingEnabled(False)
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            day = QTableWidgetItem(format_date(row.day))
            day.setData(Qt.ItemDataRole.UserRole, row.day.isoformat())
            table.setItem(r, 0, day)
            table.setItem(r, 1, QTableWidgetItem(row.profile))
            table.setItem(r, 2, QTableWidgetItem(row.op))
            table.setItem(r, 3, NumberItem(row.calls))
            table.setItem(r, 4, NumberItem(row.results))
        table.setSortingEnabled(True)

    def _fill_chart(self) -> None:
        from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QValueAxis

        from ipdesk.services.axis import nice_axis

        chart = self.chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        days = self.report.days if self.report is not None else []
        chart.setTitle(self.tr("API calls per day, last %n day(s)", "", len(days)))
        bars = QBarSet(self.tr("API calls"))
        bars.append([float(day.calls) for day in days])
        series = QBarSeries()
        series.append(bars)
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append([format_date(day.day) for day in days])
        axis_x.setLabelsAngle(-90)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_x)
        axis_y = QValueAxis()
        top, step = nice_axis(max((day.calls for day in days), default=0))
        axis_y.setRange(0, top)
        axis_y.setTickType(QValueAxis.TickType.TicksDynamic)
        axis_y.setTickAnchor(0)
        axis_y.setTickInterval(step)
        axis_y.setMinorTickCount(0)
        axis_y.setLabelFormat("%d")
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_y)

    def _update_summary(self) -> None:
        if self._error:
            self.summary.setText(self._error)
        elif self.report is None:
            self.summary.setText(self.tr("Reading the usage ledger…"))
        elif not self.report.rows:
            self.summary.setText(self.tr("No API calls recorded yet."))
        else:
            self.summary.setText(
                self.tr(
                    "API calls in the last %n day(s): %1. Every call of every account is counted here.",
                    "",
                    len(self.report.days),
                ).replace("%1", QLocale().toString(self.report.total_calls))
            )

    # -- texts -----------------------------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Usage"))
        self.setAccessibleName(self.tr("Usage of API calls"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Day"), self.tr("Account"), self.tr("Operation"), self.tr("Calls"), self.tr("Results")]
        )
        self.table.setAccessibleName(self.tr("API calls per day, operation and account"))
        self.chart_view.setAccessibleName(self.tr("Chart of API calls per day"))
        self.summary.setAccessibleName(self.tr("Usage summary"))
        self.buttons.setAccessibleName(self.tr("Dialog buttons"))
        if self.report is not None:  # dates and numbers follow the UI language
            self._fill_table()
            self._fill_chart()
        self._update_summary()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
