"""Vector charts of a report, painted with QPainter: horizontal bars, stacked bars, lines, and the heat map of a
``Matrix``. Each figure is measured first (its height at a width) and returns drawing steps ``op(painter, fonts,
x, y)`` that the layout places on a page. The axes follow ``services.axis`` (1/2/5 steps, labels on grid lines)."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

from ipdesk.documents.fonts import ReportFonts
from ipdesk.documents.text import INK, MUTED, RULE, SMALL, Measure, format_cell
from ipdesk.services.axis import nice_axis, value_range
from ipdesk.services.reports.model import Chart, Matrix

PALETTE = tuple(
    QColor(c)
    for c in (
        "#1f5f99",
        "#e07b39",
        "#3a9a5b",
        "#c0392b",
        "#8e6bb5",
        "#8c6d4f",
        "#d36fb0",
        "#7f8c8d",
        "#b5a642",
        "#2bb3c0",
    )
)
BAR_H, BAR_GAP = 11.0, 5.0
AXIS_H = 16.0
LEGEND_H = 14.0
FigureOp = Callable[[QPainter, ReportFonts, float, float], None]


def count_axis(largest: float) -> tuple[float, float, int]:
    """(end, step, decimals) of an axis from 0 to above ``largest``: ``nice_axis`` on whole numbers, and on
    tenths or hundredths when the values are small fractions (shares, scores)."""
    scale = 1
    while largest * scale < 10 and scale < 10_000 and not float(largest).is_integer():
        scale *= 10
    end, step = nice_axis(math.ceil(largest * scale))
    decimals = max(0, round(math.log10(scale))) if step < scale else 0
    return end / scale, step / scale, decimals


def _tick(value: float, decimals: int) -> str:
    return f"{value:.{decimals}f}" if decimals else format_cell(float(round(value)))


def chart_ops(chart: Chart, m: Measure, width: float) -> tuple[float, list[FigureOp]]:
    if not chart.categories or not chart.series:
        return 0.0, []
    if chart.kind == "line":
        return _line(chart, m, width)
    return _bars(chart, m, width)


def _legend(chart: Chart, m: Measure, width: float) -> tuple[float, FigureOp | None]:
    if len(chart.series) < 2:
        return 0.0, None
    items, x, y = [], 0.0, 0.0
    for i, series in enumerate(chart.series):
        w = m.width(series.name, SMALL) + 18
        if x + w > width and x > 0:
            x, y = 0.0, y + LEGEND_H
        items.append((x, y, series.name, PALETTE[i % len(PALETTE)]))
        x += w + 8
    height = y + LEGEND_H

    def paint(p: QPainter, f: ReportFonts, x0: float, y0: float) -> None:
        p.setFont(f.get(SMALL))
        for dx, dy, name, color in items:
            p.fillRect(QRectF(x0 + dx, y0 + dy + 3, 9, 8), color)
            p.setPen(INK)
            p.drawText(QRectF(x0 + dx + 12, y0 + dy, 400, LEGEND_H), Qt.AlignmentFlag.AlignVCenter, name)

    return height, paint


def _bars(chart: Chart, m: Measure, width: float) -> tuple[float, list[FigureOp]]:
    """Horizontal bars: one series, or several stacked per category; the value (the total) at each bar's end."""
    stacked = chart.kind == "stacked"
    series = chart.series if stacked else chart.series[:1]
    n = len(chart.categories)
    totals = [sum(s.values[i] if i < len(s.values) else 0.0 for s in series) for i in range(n)]
    end, step, decimals = count_axis(max(totals + [0.0]))
    labels = [m.elide(c, SMALL, width * 0.36) for c in chart.categories]
    label_w = max(m.width(label, SMALL) for label in labels) + 6
    value_w = max(m.width(_tick(t, decimals if not float(t).is_integer() else 0), SMALL) for t in totals) + 6
    legend_h, legend = _legend(chart, m, width) if stacked else (0.0, None)
    plot_x = label_w
    plot_w = max(40.0, width - label_w - value_w)
    plot_top = legend_h + (4 if legend_h else 0)
    plot_h = n * (BAR_H + BAR_GAP) + BAR_GAP
    height = plot_top + plot_h + AXIS_H + (LEGEND_H if chart.value_label else 0)

    def paint(p: QPainter, f: ReportFonts, x0: float, y0: float) -> None:
        if legend is not None:
            legend(p, f, x0, y0)
        top = y0 + plot_top
        left = x0 + plot_x
        p.setFont(f.get(SMALL))
        ticks = round(end / step)
        for k in range(ticks + 1):
            x = left + plot_w * k / ticks
            p.setPen(QPen(RULE, 0.4))
            p.drawLine(QPointF(x, top), QPointF(x, top + plot_h))
            p.setPen(MUTED)
            p.drawText(
                QRectF(x - 30, top + plot_h + 2, 60, AXIS_H - 2),
                Qt.AlignmentFlag.AlignHCenter,
                _tick(k * step, decimals),
            )
        if chart.value_label:
            p.drawText(
                QRectF(left, top + plot_h + AXIS_H, plot_w, LEGEND_H),
                Qt.AlignmentFlag.AlignRight,
                chart.value_label,
            )
        for i in range(n):
            y = top + BAR_GAP + i * (BAR_H + BAR_GAP)
            p.setPen(INK)
            p.drawText(
                QRectF(x0, y - 2, label_w - 6, BAR_H + 4),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                labels[i],
            )
            x = left
            for j, s in enumerate(series):
                value = s.values[i] if i < len(s.values) else 0.0
                w = plot_w * value / end if end else 0.0
                if w > 0:
                    p.fillRect(QRectF(x, y, w, BAR_H), PALETTE[j % len(PALETTE)])
                x += w
            p.setPen(INK)
            total = totals[i]
            text = _tick(total, 0 if float(total).is_integer() else max(decimals, 1))
            p.drawText(QRectF(x + 3, y - 2, value_w, BAR_H + 4), Qt.AlignmentFlag.AlignVCenter, text)
        p.setPen(QPen(INK, 0.6))
        p.drawLine(QPointF(left, top), QPointF(left, top + plot_h))

    return height, [paint]


def _line(chart: Chart, m: Measure, width: float) -> tuple[float, list[FigureOp]]:
    """Lines over periods (categories), one per series, with a marker on each point."""
    values = [v for s in chart.series for v in s.values]
    low, high = min(values + [0.0]), max(values + [0.0])
    if all(float(v).is_integer() for v in values):
        bottom, top_value, step = value_range(int(low), int(high))
        decimals = 0
    else:
        end, step, decimals = count_axis(high)
        bottom, top_value = 0.0, end
    legend_h, legend = _legend(chart, m, width)
    axis_w = max(m.width(_tick(top_value, decimals), SMALL), m.width(_tick(bottom, decimals), SMALL)) + 8
    plot_h = 150.0
    plot_top = legend_h + (4 if legend_h else 0) + 6
    n = len(chart.categories)
    label_w = max(m.width(c, SMALL) for c in chart.categories) + 6
    plot_w = width - axis_w - 10
    every = max(1, math.ceil(label_w * n / plot_w))
    height = plot_top + plot_h + AXIS_H + (LEGEND_H if chart.value_label else 0)

    def paint(p: QPainter, f: ReportFonts, x0: float, y0: float) -> None:
        if legend is not None:
            legend(p, f, x0, y0)
        top = y0 + plot_top
        left = x0 + axis_w
        p.setFont(f.get(SMALL))
        span = (top_value - bottom) or 1
        ticks = max(1, round(span / step))
        for k in range(ticks + 1):
            y = top + plot_h - plot_h * k / ticks
            p.setPen(QPen(RULE, 0.4))
            p.drawLine(QPointF(left, y), QPointF(left + plot_w, y))
            p.setPen(MUTED)
            p.drawText(
                QRectF(x0, y - 7, axis_w - 4, 14),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                _tick(bottom + k * step, decimals),
            )

        def at(i: int, v: float) -> QPointF:
            x = left + (plot_w * (i + 0.5) / n)
            return QPointF(x, top + plot_h - plot_h * (v - bottom) / span)

        for i, category in enumerate(chart.categories):
            if i % every == 0:
                x = at(i, bottom).x()
                p.drawText(
                    QRectF(x - label_w / 2 - 20, top + plot_h + 2, label_w + 40, AXIS_H - 2),
                    Qt.AlignmentFlag.AlignHCenter,
                    category,
                )
        if chart.value_label:
            p.drawText(
                QRectF(left, top + plot_h + AXIS_H, plot_w, LEGEND_H),
                Qt.AlignmentFlag.AlignLeft,
                chart.value_label,
            )
        for j, s in enumerate(chart.series):
            color = PALETTE[j % len(PALETTE)]
            points = [at(i, v) for i, v in enumerate(s.values[:n])]
            if not points:
                continue
            path = QPainterPath(points[0])
            for point in points[1:]:
                path.lineTo(point)
            p.setPen(QPen(color, 1.4))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPath(path)
            p.setBrush(color)
            for point in points:
                p.drawEllipse(point, 1.8, 1.8)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(QPen(INK, 0.6))
        p.drawLine(QPointF(left, top + plot_h), QPointF(left + plot_w, top + plot_h))

    return height, [paint]


class HeatMap:
    """A ``Matrix`` as a grid of shaded cells with their counts, split across pages by rows (the column labels
    repeat on each page)."""

    def __init__(self, matrix: Matrix, m: Measure, width: float) -> None:
        self.matrix = matrix
        cols = len(matrix.column_labels)
        self.label_w = min(width * 0.3, max((m.width(r, SMALL) for r in matrix.row_labels), default=0) + 8)
        self.cell_w = (width - self.label_w) / max(1, cols)
        self.columns = [m.elide(c, SMALL, self.cell_w * 3 - 4) for c in matrix.column_labels]
        self.rows = [m.elide(r, SMALL, self.label_w - 6) for r in matrix.row_labels]
        self.header_h = (
            max((m.wrapped_height(c, SMALL, self.cell_w - 4) for c in self.columns), default=0) + 6
        )
        self.header_h = min(self.header_h, m.line(SMALL) * 3 + 6)
        self.row_h = m.line(SMALL) + 6
        self.largest = max((v for row in matrix.counts for v in row), default=0) or 1

    def header(self) -> FigureOp:
        def paint(p: QPainter, f: ReportFonts, x0: float, y0: float) -> None:
            p.setFont(f.get(SMALL))
            p.setPen(INK)
            for i, label in enumerate(self.columns):
                rect = QRectF(x0 + self.label_w + i * self.cell_w + 2, y0, self.cell_w - 4, self.header_h - 4)
                p.drawText(
                    rect,
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom | Qt.TextFlag.TextWordWrap,
                    label,
                )

        return paint

    def row(self, r: int) -> FigureOp:
        counts = self.matrix.counts[r]

        def paint(p: QPainter, f: ReportFonts, x0: float, y0: float) -> None:
            p.setFont(f.get(SMALL))
            p.setPen(INK)
            p.drawText(
                QRectF(x0, y0, self.label_w - 6, self.row_h),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                self.rows[r],
            )
            for i, value in enumerate(counts):
                rect = QRectF(x0 + self.label_w + i * self.cell_w, y0, self.cell_w - 1, self.row_h - 1)
                share = value / self.largest
                p.fillRect(rect, _heat(share))
                p.setPen(QColor("white") if share > 0.55 else INK)
                if value:
                    p.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(value))

        return paint


def _heat(share: float) -> QColor:
    """White to the report's blue."""
    low, high = QColor(0xF4, 0xF7, 0xFB), QColor(0x1F, 0x5F, 0x99)
    return QColor(
        round(low.red() + (high.red() - low.red()) * share),
        round(low.green() + (high.green() - low.green()) * share),
        round(low.blue() + (high.blue() - low.blue()) * share),
    )
