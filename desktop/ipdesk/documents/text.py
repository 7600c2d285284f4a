"""What every part of a report's page shares: the page's geometry in points, font sizes and colours, text
measurement on a reference device, and how a cell's value is written."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter

from ipdesk.documents.fonts import ReportFonts
from ipdesk.services.reports.model import Cell

PAGE_W, PAGE_H = 595.28, 841.89  # A4 in points
LEFT, RIGHT, TOP, BOTTOM = 56.0, 56.0, 64.0, 60.0
CONTENT_W = PAGE_W - LEFT - RIGHT
BODY, SMALL, TABLE = 9.5, 7.5, 7.5  # font sizes
INK = QColor(0x21, 0x21, 0x21)
MUTED = QColor(0x61, 0x61, 0x61)
RULE = QColor(0xBD, 0xBD, 0xBD)
SHADE = QColor(0xEE, 0xF1, 0xF5)
MARK = QColor(0xC6, 0x28, 0x28)
ACCENT = QColor(0x1F, 0x5F, 0x99)
PAD = 3.0  # inside a table cell
CHECK_EVERY = 200  # table rows between two looks at the cancel flag

# a drawing step: paints itself with the painter (unit: points) and the fonts of the device
Op = Callable[[QPainter, ReportFonts], None]


def format_cell(value: Cell, percent: bool = False) -> str:
    """A cell as written in the PDF (the XLSX writer keeps the number)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if percent and isinstance(value, int | float):
        return f"{value * 100:.1f}%"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else f"{value:.2f}".rstrip("0").rstrip(".")
    return str(value)


class Measure:
    """Text measurement on a 72-dpi reference device, where one pixel is one point."""

    def __init__(self, lang: str) -> None:
        self._image = QImage(1, 1, QImage.Format.Format_ARGB32)
        self._image.setDotsPerMeterX(round(72 / 0.0254))
        self._image.setDotsPerMeterY(round(72 / 0.0254))
        self.fonts = ReportFonts(lang, 72.0)
        self._metrics: dict[tuple[float, bool], QFontMetricsF] = {}

    def metrics(self, size: float, bold: bool = False) -> QFontMetricsF:
        key = (size, bold)
        fm = self._metrics.get(key)
        if fm is None:
            fm = self._metrics[key] = QFontMetricsF(self.fonts.get(size, bold), self._image)
        return fm

    def width(self, text: str, size: float, bold: bool = False) -> float:
        return self.metrics(size, bold).horizontalAdvance(text)

    def line(self, size: float) -> float:
        return self.metrics(size).lineSpacing()

    def wrapped_height(self, text: str, size: float, width: float, bold: bool = False) -> float:
        flags = int(Qt.TextFlag.TextWordWrap)
        return self.metrics(size, bold).boundingRect(QRectF(0, 0, width, 1e6), flags, text).height()

    def chars(self, size: float) -> CharWidths:
        return CharWidths(self.metrics(size))

    def elide(self, text: str, size: float, width: float, bold: bool = False) -> str:
        fm = self.metrics(size, bold)
        if fm.horizontalAdvance(text) <= width:
            return text
        return fm.elidedText(text, Qt.TextElideMode.ElideRight, width)


class CharWidths(dict):
    """Each character's advance at one size: with kerning and ligatures off a line's width is their sum, which
    measures a 10,000-row table's cells several times faster than asking Qt for each cell."""

    def __init__(self, fm: QFontMetricsF) -> None:
        super().__init__()
        self._fm = fm

    def __missing__(self, char: str) -> float:
        width = self[char] = self._fm.horizontalAdvance(char)
        return width

    def width(self, text: str) -> float:
        return sum(map(self.__getitem__, text))

    def fit(self, text: str, room: float) -> tuple[str, float]:
        """``text`` and its width, cut with "…" when wider than ``room``."""
        width = self.width(text)
        if width <= room:
            return text, width
        ellipsis, used = self["…"], 0.0
        for i, char in enumerate(text):
            if used + self[char] + ellipsis > room:
                return text[:i] + "…", used + ellipsis
            used += self[char]
        return text, width


def text_op(rect: QRectF, text: str, size: float, *, bold=False, color=INK, flags=None) -> Op:
    align = flags if flags is not None else Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap

    def paint(painter: QPainter, fonts: ReportFonts) -> None:
        painter.setFont(fonts.get(size, bold))
        painter.setPen(color)
        painter.drawText(rect, align, text)

    return paint
