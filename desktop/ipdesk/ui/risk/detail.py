"""The detail panel of the selected company: current counts (C027), a chart over time per indicator (stored
C028 snapshots plus the current counts), note and tags, and the history backfill controls."""

from __future__ import annotations

from datetime import date, timedelta
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QEvent, QMargins, Qt, QTime, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ipdesk.api.models import RISK_COUNT_FIELDS, RISK_EVENT_FIELDS, RiskCounts
from ipdesk.services.axis import value_range
from ipdesk.ui.core.dates import qt_date_format
from ipdesk.ui.risk.model import UNKNOWN, WatchRow, kind_label

if TYPE_CHECKING:  # Qt Charts is loaded when a history is first drawn (not to show the tab)
    from PySide6.QtCharts import QChart, QChartView

BACKFILL_MONTHS = (3, 6, 12)
INDICATORS = [("patent_count", f) for f in RISK_COUNT_FIELDS] + [
    ("event_count", f) for f in RISK_EVENT_FIELDS
]
Point = tuple[date, RiskCounts]
CHART_MIN_HEIGHT = 120
COUNT_ROWS_SHOWN = 3  # the counts table shows at least this many rows (it scrolls; the pane need not)


def indicator_value(counts: RiskCounts, group: str, name: str) -> int | None:
    return (counts.patent_count if group == "patent_count" else counts.event_count).get(name)


class RiskDetail(QWidget):
    saveRequested = Signal(str, str, object)  # key, note, tags (list[str])
    backfillRequested = Signal(str, int)  # key, months
    exportHistoryRequested = Signal(str)  # key

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("riskDetail")
        self.row: WatchRow | None = None
        self.points: list[Point] = []
        self.history_known = False
        self.compared: list[tuple[WatchRow, list[Point]]] = []  # several companies selected: one line each
        self.title = QLabel(self)
        self.title.setObjectName("riskDetailTitle")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # two lines (name, then identifier), no word wrap: a wrapping label would make the scroll area size the
        # pane by its preferred heights; a name longer than the pane is cut, whole in the tooltip
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        self.counts_box = QGroupBox(self)
        self.counts_box.setObjectName("riskCountsBox")
        self.counts = QTableWidget(0, 2, self.counts_box)
        self.counts.setObjectName("riskCurrentCounts")
        self.counts.verticalHeader().hide()
        self.counts.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.counts.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.counts.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.counts.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.counts.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.counts.setMinimumHeight(
            self.counts.verticalHeader().defaultSectionSize() * (COUNT_ROWS_SHOWN + 1) + 4
        )
        counts_layout = QVBoxLayout(self.counts_box)
        counts_layout.setContentsMargins(6, 6, 6, 6)
        counts_layout.addWidget(self.counts)

        self.history_box = QGroupBox(self)
        self.history_box.setObjectName("riskHistoryBox")
        self.indicator = QComboBox(self.history_box)
        self.indicator.setObjectName("riskIndicatorCombo")
        for group, name in INDICATORS:
            self.indicator.addItem(name, (group, name))
        self.indicator.setCurrentIndex(RISK_COUNT_FIELDS.index("patent_pledge"))
        self.indicator.currentIndexChanged.connect(self._draw)
        # a label holds the chart's place (same name, the empty chart's title as text) until a history is drawn
        self.chart: QChart | None = None
        self.chart_view: QChartView | QLabel = QLabel(self.history_box)
        self.chart_view.setObjectName("riskHistoryChart")
        self.chart_view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chart_view.setWordWrap(True)
        self.chart_view.setMinimumHeight(CHART_MIN_HEIGHT)
        self.months = QComboBox(self.history_box)
        self.months.setObjectName("riskBackfillMonths")
        self.backfill_button = self._button("riskBackfillButton", self._backfill)
        self.export_button = self._button("riskExportHistoryButton", self._export)
        # three rows, and a combo that may elide its longest names: the pane stays narrow enough to sit beside
        # the watchlist in a 1120-pixel window without a horizontal scroll bar
        self.indicator.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.indicator.setMinimumContentsLength(12)
        controls = QHBoxLayout()
        self.indicator_label = QLabel(self.history_box)
        self.indicator_label.setBuddy(self.indicator)
        controls.addWidget(self.indicator_label)
        controls.addWidget(self.indicator, 1)
        commands = QHBoxLayout()
        commands.addWidget(self.months)
        commands.addWidget(self.backfill_button)
        commands.addStretch(1)
        commands.addWidget(self.export_button)
        history_layout = QVBoxLayout(self.history_box)
        history_layout.setContentsMargins(6, 6, 6, 6)
        history_layout.setSpacing(4)
        history_layout.addLayout(controls)
        history_layout.addLayout(commands)
        history_layout.addWidget(self.chart_view, 1)

        self.notes_box = QGroupBox(self)
        self.notes_box.setObjectName("riskNotesBox")
        self.note = QPlainTextEdit(self.notes_box)
        self.note.setObjectName("riskNoteEdit")
        self.note.setMaximumHeight(2 * self.fontMetrics().lineSpacing() + 12)
        self.tags = QLineEdit(self.notes_box)
        self.tags.setObjectName("riskTagsEdit")
        self.save_button = self._button("riskSaveNoteButton", self._save)
        form = QFormLayout(self.notes_box)
        form.setContentsMargins(6, 6, 6, 6)
        form.setVerticalSpacing(4)
        self.note_label, self.tags_label = QLabel(self.notes_box), QLabel(self.notes_box)
        form.addRow(self.note_label, self.note)
        tags_row = QHBoxLayout()
        tags_row.addWidget(self.tags, 1)
        tags_row.addWidget(self.save_button)
        form.addRow(self.tags_label, tags_row)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.counts_box, 2)
        layout.addWidget(self.history_box, 3)
        layout.addWidget(self.notes_box)
        self.retranslateUi()
        self.show_company(None, [])

    def _button(self, name: str, slot) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # -- texts ----------------------------------------------------------------------------------------------
    def indicator_label_text(self, name: str) -> str:
        return {
            "apno_cnt": self.tr("Patent applications"),
            "rejected": self.tr("Rejected applications"),
            "patent_pledge": self.tr("Pledged patents"),
            "patent_reexam": self.tr("Patents under invalidation"),
            "patent_transfer": self.tr("Transferred patents"),
            "patent_transfer_out": self.tr("Patents transferred out"),
            "active_invention_cnt": self.tr("Active inventions"),
            "granted_invention_cnt": self.tr("Granted inventions"),
            "patent_litigation_defendant": self.tr("Patents in litigation as defendant"),
            "patent_litigation_plaintiff": self.tr("Patents in litigation as plaintiff"),
            "pledge": self.tr("Pledge events"),
            "reexam": self.tr("Invalidation events"),
            "transfer": self.tr("Transfer events"),
            "transfer_out": self.tr("Transfer-out events"),
            "litigation_defendant": self.tr("Litigation events as defendant"),
            "litigation_plaintiff": self.tr("Litigation events as plaintiff"),
        }[name]

    def retranslateUi(self) -> None:
        self.counts_box.setTitle(self.tr("Current counts (C027)"))
        self.counts.setHorizontalHeaderLabels([self.tr("Indicator"), self.tr("Count")])
        self.counts.setAccessibleName(self.tr("Current counts"))
        self.history_box.setTitle(self.tr("History"))
        self.indicator_label.setText(self.tr("&Indicator:"))
        for i, (_group, name) in enumerate(INDICATORS):
            self.indicator.setItemText(i, self.indicator_label_text(name))
        self.indicator.setAccessibleName(self.tr("Indicator shown in the chart"))
        self.chart_view.setAccessibleName(self.tr("History chart"))
        current = self.months.currentIndex()
        self.months.clear()
        for months in BACKFILL_MONTHS:
            self.months.addItem(self.tr("Back %1 months").replace("%1", str(months)), months)
        self.months.setCurrentIndex(max(current, 0))
        self.months.setAccessibleName(self.tr("How far back to backfill"))
        self.backfill_button.setText(self.tr("&Backfill history…"))
        self.backfill_button.setAccessibleName(self.tr("Backfill history"))
        self.backfill_button.setToolTip(
            self.tr("Fetch past snapshots (C028); you confirm the number of calls first")
        )
        self.export_button.setText(self.tr("Export history…"))
        self.export_button.setAccessibleName(self.tr("Export history"))
        self.notes_box.setTitle(self.tr("Note and tags"))
        self.note_label.setText(self.tr("Note:"))
        self.tags_label.setText(self.tr("Tags:"))
        self.note.setAccessibleName(self.tr("Note"))
        self.tags.setAccessibleName(self.tr("Tags"))
        self.tags.setPlaceholderText(self.tr("comma-separated, e.g. supplier, due diligence"))
        self.save_button.setText(self.tr("Save note and tags"))
        self.save_button.setAccessibleName(self.tr("Save note and tags"))
        self.show_company(self.row, self.points if self.history_known else None)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    # -- content --------------------------------------------------------------------------------------------
    def show_company(self, row: WatchRow | None, points: list[Point] | None) -> None:
        """Show a company (None: none selected) with its history; ``points`` None while it is being read."""
        self.history_known = points is not None
        self.row, self.points = row, sorted(points or [], key=lambda p: p[0])
        self.compared = []
        enabled = row is not None
        for widget in (self.backfill_button, self.export_button, self.save_button, self.note, self.tags):
            widget.setEnabled(enabled)
        if row is None:
            self.title.setText(self.tr("Select a company to see its counts and history."))
            self.title.setToolTip("")
            self.counts.setRowCount(0)
            self.note.setPlainText("")
            self.tags.setText("")
            self._draw()
            return
        title = f"<b>{escape(row.name)}</b>"
        plain = row.name
        if row.company.kind != "company_name":
            identifier = f"{kind_label(row.company.kind)} {row.company.value}"
            title += f"<br>{escape(identifier)}"
            plain += f"\n{identifier}"
        self.title.setText(title)
        self.title.setToolTip(plain)
        if self.note.toPlainText() != row.company.note:
            self.note.setPlainText(row.company.note)
        self.tags.setText(", ".join(row.company.tags))
        self._fill_counts(row.current)
        self._draw()

    def show_comparison(self, rows: list[WatchRow], histories: dict[str, list[Point]] | None) -> None:
        """Several companies selected: the chosen indicator's history of each on one chart (``histories`` None
        while they are being read)."""
        self.show_company(None, [] if histories is not None else None)
        self.title.setText(
            self.tr("Comparing %1 companies: choose the indicator below.").replace("%1", str(len(rows)))
        )
        self.history_known = histories is not None
        self.compared = [
            (row, sorted((histories or {}).get(row.key, []), key=lambda p: p[0])) for row in rows
        ]
        self._draw()

    def _fill_counts(self, current: RiskCounts | None) -> None:
        self.counts.setRowCount(len(INDICATORS))
        for i, (group, name) in enumerate(INDICATORS):
            value = None if current is None else indicator_value(current, group, name)
            label = QTableWidgetItem(self.indicator_label_text(name))
            item = QTableWidgetItem(UNKNOWN if value is None else str(value))
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(self.tr("unknown") if value is None else str(value))
            self.counts.setItem(i, 0, label)
            self.counts.setItem(i, 1, item)

    def series_values(self, points: list[Point] | None = None) -> list[tuple[date, int | None]]:
        group, name = self.indicator.currentData()
        shown = self.points if points is None else points
        return [(day, indicator_value(counts, group, name)) for day, counts in shown]

    def _lines(self) -> list[tuple[str, list[tuple[date, int]]]]:
        """(name, known values) of each line to draw: the company's indicator, or one per compared company."""
        if self.compared:
            lines = [
                (row.name, [(d, v) for d, v in self.series_values(points) if v is not None])
                for row, points in self.compared
            ]
        else:
            lines = [
                (self.indicator.currentText(), [(d, v) for d, v in self.series_values() if v is not None])
            ]
        return [(name, values) for name, values in lines if values]

    def _ensure_chart(self) -> QChart:
        """The QChart, and its view built in place of the placeholder label, on first use."""
        if self.chart is not None:
            return self.chart
        from PySide6.QtCharts import QChart, QChartView

        chart = QChart()
        chart.legend().hide()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.layout().setContentsMargins(0, 0, 0, 0)  # a short chart: its height goes to the plot and labels
        chart.setBackgroundRoundness(0)
        view = QChartView(chart, self.history_box)
        view.setObjectName("riskHistoryChart")
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setMinimumHeight(CHART_MIN_HEIGHT)
        view.setAccessibleName(self.chart_view.accessibleName())
        placeholder, self.chart, self.chart_view = self.chart_view, chart, view
        self.history_box.layout().replaceWidget(placeholder, view)
        placeholder.setObjectName("")
        placeholder.deleteLater()
        return chart

    def _draw(self, *_: object) -> None:
        lines = self._lines()
        known = (self.row is not None or bool(self.compared)) and self.history_known
        empty = self.tr("No history stored yet: use Backfill history.") if known else ""
        if self.chart is None and not lines:
            self.chart_view.setText(empty)
            return
        from PySide6.QtCharts import QDateTimeAxis, QLineSeries, QValueAxis

        self._ensure_chart()
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        self.chart.legend().setVisible(bool(self.compared) and bool(lines))
        if not lines:
            self.chart.setTitle(empty)
            return
        # one company: the indicator is named in the box above and the height goes to the plot; several: the
        # legend names the companies and the title the indicator
        self.chart.setTitle(self.indicator.currentText() if self.compared else "")
        every: list[QLineSeries] = []
        for name, line in lines:
            series = QLineSeries()
            series.setName(name)
            series.setPointsVisible(True)
            for day, value in line:
                stamp = QDateTime(day, QTime(12, 0)).toMSecsSinceEpoch()
                series.append(float(stamp), float(value))
            self.chart.addSeries(series)
            every.append(series)
        values = sorted((point for _name, line in lines for point in line), key=lambda p: p[0])
        x_axis = QDateTimeAxis()
        x_axis.setFormat(qt_date_format())
        x_axis.setTickCount(min(4, max(2, len(values))))
        first, last = values[0][0], values[-1][0]
        if first == last:
            first, last = first - timedelta(days=8), last + timedelta(days=8)
        x_axis.setRange(QDateTime(first, QTime(0, 0)), QDateTime(last, QTime(23, 59)))
        y_axis = QValueAxis()
        y_axis.setLabelFormat("%d")
        # a short chart: at most 3 intervals, so the labels never crowd into ellipses
        low, high, step = value_range(min(v for _d, v in values), max(v for _d, v in values), max_ticks=3)
        y_axis.setRange(low, high)
        y_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        y_axis.setTickAnchor(0)
        y_axis.setTickInterval(step)
        self.chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for series in every:
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)

    def chart_points(self) -> int:
        if self.chart is None:
            return 0
        series = self.chart.series()
        return series[0].count() if series else 0

    def chart_lines(self) -> dict[str, int]:
        """Line name -> number of points, as drawn."""
        return {} if self.chart is None else {s.name(): s.count() for s in self.chart.series()}

    # -- requests ---------------------------------------------------------------------------------------------
    def _save(self) -> None:
        if self.row is not None:
            tags = [t.strip() for t in self.tags.text().replace("，", ",").split(",") if t.strip()]
            self.saveRequested.emit(self.row.key, self.note.toPlainText(), tags)

    def _backfill(self) -> None:
        if self.row is not None:
            self.backfillRequested.emit(self.row.key, int(self.months.currentData()))

    def _export(self) -> None:
        if self.row is not None:
            self.exportHistoryRequested.emit(self.row.key)
