"""Summary chart of a classification run: patents per level-1 industry, drillable to level-2.

``ClassificationChart`` draws ``services.portfolio.Distribution`` (distinct patents per code) as a horizontal bar
chart (Qt Charts); clicking a level-1 bar drills down to its level-2 industries and asks the table to
filter on it, clicking a level-2 bar filters on that, Back returns to level 1 and clears the filter.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QMargins, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QGraphicsTextItem, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ipdesk.services.axis import nice_axis
from ipdesk.services.files import atomic_output
from ipdesk.services.portfolio import Distribution

if TYPE_CHECKING:  # Qt Charts (its libraries and ~8 MiB) is loaded when the first bars are drawn
    from PySide6.QtCharts import QBarCategoryAxis, QChart, QChartView

# Qt Charts gives a category label the band's height less twice its padding, and cuts a label taller than
# that to "…" (a line of Chinese is taller than a Latin one: dense Chinese bars lost their names and shares)
LABEL_PADDING = 2


class ClassificationChart(QWidget):
    """The bar chart with a Back button and a summary line. Emits ``filterRequested(lv1, lv2)``."""

    filterRequested = Signal(object, object)  # lv1 code or None, lv2 code or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("classifyChartPanel")
        self.distribution = Distribution()
        self._drill: str | None = None  # the level-1 code shown at level 2, or None
        self._bars: list[tuple[str, str, int]] = []

        self._title = QLabel(self)
        self._title.setObjectName("classifyChartTitle")
        self._back = QPushButton(self)
        self._back.setObjectName("classifyChartBack")
        self._back.clicked.connect(self.show_level1)
        self._back.setVisible(False)
        top = QHBoxLayout()
        top.addWidget(self._title, 1)
        top.addWidget(self._back)

        # Until there are bars to draw, a label holds the chart's place (same name, hint text as the empty chart's
        # title); chart_view() or the first bars build the QChartView in its place.
        self._chart: QChart | None = None
        # (the bars' axis, named labels, labels with codes only, the named labels' height) of the level drawn
        self._labels: tuple[QBarCategoryAxis, list[str], list[str], float] | None = None
        self._view: QChartView | QLabel = QLabel(self)
        self._view.setObjectName("classifyChartView")
        self._view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._view.setWordWrap(True)
        self._view.setMinimumSize(280, 220)
        self._summary = QLabel(self)
        self._summary.setObjectName("classifyChartSummary")
        self._summary.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self._view, 1)
        layout.addWidget(self._summary)
        self._apply_theme()
        self.retranslateUi()

    # --- texts ------------------------------------------------------------------------------------
    def retranslateUi(self) -> None:  # noqa: N802 - Qt naming
        self._back.setText(self.tr("◀ All industries"))
        self._back.setToolTip(self.tr("Back to the level-1 industries and show every row"))
        self._back.setAccessibleName(self.tr("Back to level-1 industries"))
        self._view.setAccessibleName(self.tr("Distribution chart"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        elif event.type() == QEvent.Type.PaletteChange:
            self._apply_theme()
        super().changeEvent(event)

    def _apply_theme(self) -> None:
        if self._chart is None:
            return
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        theme = type(self._chart).ChartTheme
        self._chart.setTheme(theme.ChartThemeDark if dark else theme.ChartThemeLight)
        self._chart.setBackgroundRoundness(0)

    # --- state ------------------------------------------------------------------------------------
    def drilled(self) -> str | None:
        return self._drill

    def bars(self) -> list[tuple[str, str, int]]:
        """What is drawn: (code, name, patents) per bar, top to bottom."""
        return list(self._bars)

    def chart_view(self) -> QChartView:
        return self._ensure_chart()

    def prepare(self) -> None:
        """Build the chart view ahead of the first results (loading Qt Charts takes tens of milliseconds):
        called once the user has a list to classify, so that cost does not stall the window mid-run."""
        if self._chart is None:
            self._ensure_chart()
            self._view.chart().setTitle(
                self.tr("The chart shows how the classified patents spread over the industries.")
            )

    def _ensure_chart(self) -> QChartView:
        """The QChartView, built on first use in place of the placeholder label."""
        if self._chart is not None:
            return self._view
        from PySide6.QtCharts import QChart, QChartView
        from PySide6.QtGui import QPainter

        chart = QChart()
        chart.legend().setVisible(False)
        chart.plotAreaChanged.connect(lambda _area: self._fit_labels())
        chart.setMargins(QMargins(4, 4, 4, 4))
        view = QChartView(chart, self)
        view.setObjectName("classifyChartView")
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setMinimumSize(280, 220)
        view.setAccessibleName(self._view.accessibleName())
        placeholder, self._chart, self._view = self._view, chart, view
        self.layout().replaceWidget(placeholder, view)
        placeholder.deleteLater()
        placeholder.setObjectName("")
        self._apply_theme()
        return view

    def clear(self) -> None:
        self.distribution.clear()
        self._drill = None
        self.refresh()

    def show_level1(self) -> None:
        self._drill = None
        self.refresh()
        self.filterRequested.emit(None, None)

    def drill_down(self, lv1: str) -> None:
        self._drill = lv1
        self.refresh()
        self.filterRequested.emit(lv1, None)

    def click_bar(self, index: int) -> None:
        """What a click on bar ``index`` (top to bottom) does; also used by tests and keyboard users."""
        if not 0 <= index < len(self._bars):
            return
        code = self._bars[index][0]
        if self._drill is None:
            self.drill_down(code)
        else:
            self.filterRequested.emit(self._drill, code)

    def save_png(self, path: str) -> bool:
        """The chart as a PNG file, written whole or not at all; False when it cannot be written."""
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not self._ensure_chart().grab().save(buffer, "PNG"):
            return False
        try:
            with atomic_output(path, "wb") as stream:
                stream.write(bytes(data))
        except OSError:
            return False
        return True

    # --- drawing ----------------------------------------------------------------------------------
    def refresh(self) -> None:
        dist = self.distribution
        if self._drill is None:
            bars = dist.level1()
            self._title.setText(self.tr("Patents per level-1 industry"))
        else:
            bars = dist.level2(self._drill)
            name = dist.names.get(self._drill, "")
            self._title.setText(self.tr("Level-2 industries of {0} {1}").format(self._drill, name))
        self._back.setVisible(self._drill is not None)
        self._bars = bars
        self._draw(bars)
        self._summary.setText(self.summary_text() if dist.total else "")  # nothing before the first answer

    def summary_text(self) -> str:
        """Entries answered (the progress line's count), then distinct patents and what they got."""
        dist = self.distribution
        text = self.tr(
            "{0} entries answered: {1} patents classified, {2} with no SEIC classification, "
            "{3} not found in PatSnap, {4} failed."
        ).format(len(dist.entries), dist.classified, len(dist.none), len(dist.not_found), len(dist.failed))
        if dist.same_patent:
            text += " " + self.tr(
                "{0} distinct patents: {1} listed twice (by number and by PatSnap ID), counted once."
            ).format(dist.total, dist.same_patent)
        return text

    def _draw(self, bars: list[tuple[str, str, int]]) -> None:
        hint = self.tr("The chart shows how the classified patents spread over the industries.")
        if self._chart is None and not bars:
            self._view.setText(hint)
            return
        from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QHorizontalBarSeries, QValueAxis

        self._ensure_chart()
        chart = self._chart
        self._labels = None
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        chart.setTitle("" if bars else hint)
        if not bars:
            return
        dist = self.distribution
        series = QHorizontalBarSeries()
        barset = QBarSet(self.tr("Patents"))
        categories, codes_only = [], []
        # a horizontal bar chart draws the first category at the bottom: add them reversed
        for code, name, count in reversed(bars):
            barset.append(count)
            share = 100 * dist.share(count)
            categories.append(self.tr("{0} {1} · {2:.1f}%").format(code, _short(name), share))
            codes_only.append(f"{code} · {share:.1f}%")
        n = len(bars)
        barset.clicked.connect(lambda i: self.click_bar(n - 1 - i))
        barset.hovered.connect(lambda status, i: self._hover(status, n - 1 - i))
        barset.setLabelColor(self.palette().color(QPalette.ColorRole.WindowText))
        series.append(barset)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value")
        series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        chart.addSeries(series)
        axis_y = QBarCategoryAxis()
        axis_y.append(categories)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_y)
        self._labels = (axis_y, categories, codes_only, _label_height(axis_y.labelsFont(), categories))
        axis_x = QValueAxis()
        top, step = nice_axis(max(count for _, _, count in bars))
        axis_x.setRange(0, top)
        axis_x.setTickType(QValueAxis.TickType.TicksDynamic)  # a grid line (and its label) every `step`
        axis_x.setTickAnchor(0)
        axis_x.setTickInterval(step)
        axis_x.setMinorTickCount(0)
        axis_x.setLabelFormat("%d")
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_x)

    def bar_labels(self) -> list[str]:
        """The level's bar labels as drawn (top bar last)."""
        return list(self._labels[0].categories()) if self._labels else []

    def _fit_labels(self) -> None:
        """Names beside the bars when their band is tall enough for a line of them, else the codes and shares
        alone (the name is in the bar's tooltip) rather than labels Qt Charts cuts to "…"."""
        if not self._labels or self._chart is None:
            return
        axis, named, codes_only, height = self._labels
        band = self._chart.plotArea().height() / max(1, len(named))
        wanted = named if band - 2 * LABEL_PADDING - 1 >= height else codes_only  # 1: the axis's rounding
        if axis.categories() != wanted:
            axis.setCategories(wanted)

    def _hover(self, status: bool, index: int) -> None:
        from PySide6.QtGui import QCursor
        from PySide6.QtWidgets import QToolTip

        if not status or not 0 <= index < len(self._bars):
            QToolTip.hideText()
            return
        code, name, count = self._bars[index]

        text = self.tr("{0} {1} · patents: {2} ({3:.1f}% of the {4} answered)").format(
            code, name, count, 100 * self.distribution.share(count), self.distribution.total
        )
        QToolTip.showText(QCursor.pos(), text, self._view)


def _label_height(font, labels: list[str]) -> float:
    """The height Qt Charts measures for the tallest of ``labels`` (a rich-text item's, margins included)."""
    item = QGraphicsTextItem()
    item.setFont(font)
    height = 0.0
    for text in set(labels):
        item.setHtml(text)
        height = max(height, item.boundingRect().height())
    return height


def _short(name: str, limit: int = 15) -> str:
    """Shorten a name to about ``limit`` Latin letters (a CJK character counts as two)."""
    import unicodedata

    width = 0
    for i, ch in enumerate(name):
        width += 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        if width > limit:
            return name[: max(1, i - 1)] + "…"
    return name
