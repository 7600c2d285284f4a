"""Pagination: a ``Report`` laid out on A4 pages as lists of drawing steps, measured once, painted on any device.

Units are points (1/72 inch) on an A4 page; ``render`` scales the painter to the device. Text is measured with
hinting off, so the pages are the same on a PDF writer, a printer and the preview's images. Every page carries
the report's ``mark`` (demo mode) at the top and its number at the bottom. A level-1 heading starts a page (a
chapter), tables split across pages with their header row repeated, and charts and fact boxes move whole to
the next page when they do not fit.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPen

from ipdesk.documents.charts import HeatMap, chart_ops
from ipdesk.documents.fonts import ReportFonts
from ipdesk.documents.text import (
    ACCENT,
    BODY,
    BOTTOM,
    CONTENT_W,
    INK,
    LEFT,
    MARK,
    MUTED,
    PAD,
    PAGE_H,
    PAGE_W,
    RIGHT,
    RULE,
    SHADE,
    SMALL,
    TABLE,
    TOP,
    Measure,
    Op,
    format_cell,
    text_op,
)
from ipdesk.services.reports.model import (
    Cell,
    Chart,
    Facts,
    Heading,
    Matrix,
    PageBreak,
    Paragraph,
    Report,
    Table,
)

CHECK_EVERY = 200  # table rows between two looks at the cancel flag
WHOLE_W = 64.0  # a table column up to this wide (a patent number, a date, a code) is not cut ...
WHOLE_SHARE = 0.8  # ... while such columns take at most this share of a too-wide table's width


class RenderCancelled(Exception):
    """The caller's cancel flag was set while a report was laid out or painted."""


class Canceller:
    """``cancel``: anything with ``is_set()`` (a threading.Event, a task's cancel event) or None."""

    def __init__(self, cancel: threading.Event | None) -> None:
        self._cancel = cancel

    def check(self) -> None:
        if self._cancel is not None and self._cancel.is_set():
            raise RenderCancelled()


@dataclass
class Paged:
    """A laid-out report: ``pages[i]`` are the drawing steps of page i (the cover is page 0)."""

    report: Report
    pages: list[list[Op]] = field(default_factory=list)

    @property
    def page_count(self) -> int:
        return len(self.pages)

    def paint_page(self, painter: QPainter, index: int, fonts: ReportFonts) -> None:
        """Page ``index`` with its frame (mark, page number); the painter's unit is the point."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        for op in self.pages[index]:
            op(painter, fonts)
        _paint_frame(painter, fonts, self.report, index + 1, len(self.pages))


def _paint_frame(painter: QPainter, fonts: ReportFonts, report: Report, page: int, pages: int) -> None:
    painter.setFont(fonts.get(SMALL))
    if report.mark:
        painter.setPen(MARK)
        painter.drawText(QRectF(LEFT, 24, CONTENT_W, 16), Qt.AlignmentFlag.AlignCenter, report.mark)
    painter.setPen(QPen(RULE, 0.5))
    y = PAGE_H - BOTTOM + 18
    painter.drawLine(QPointF(LEFT, y), QPointF(PAGE_W - RIGHT, y))
    painter.setPen(MUTED)
    box = QRectF(LEFT, y + 4, CONTENT_W, 14)
    title = QFontMetricsF(painter.font()).elidedText(
        report.title, Qt.TextElideMode.ElideRight, CONTENT_W * 0.7
    )
    painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
    painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{page} / {pages}")


class Layout:
    """Lays a report's blocks out, page after page."""

    def __init__(
        self, report: Report, cancel: threading.Event | None, progress: Callable[[int, int], None] | None
    ) -> None:
        self.report = report
        self.measure = Measure(report.lang)
        self.cancel = Canceller(cancel)
        self.progress = progress
        self.paged = Paged(report)
        self.y = TOP
        self.bottom = PAGE_H - BOTTOM

    # -- pages ----------------------------------------------------------------------------------------------
    @property
    def ops(self) -> list[Op]:
        return self.paged.pages[-1]

    def new_page(self) -> None:
        self.paged.pages.append([])
        self.y = TOP

    @property
    def page_empty(self) -> bool:
        return not self.ops

    def room(self) -> float:
        return self.bottom - self.y

    def need(self, height: float) -> None:
        """Start a new page unless ``height`` fits below the cursor (or the page is still empty)."""
        if height > self.room() and not self.page_empty:
            self.new_page()

    # -- the document ---------------------------------------------------------------------------------------
    def run(self) -> Paged:
        self.new_page()
        self._cover()
        blocks = self.report.blocks
        self.new_page()
        for i, block in enumerate(blocks):
            self.cancel.check()
            self._block(block)
            if self.progress is not None:
                self.progress(i + 1, len(blocks))
        if self.page_empty and len(self.paged.pages) > 1:
            self.paged.pages.pop()
        return self.paged

    def _cover(self) -> None:
        report = self.report
        m = self.measure
        self.y = 200.0
        self.ops.append(lambda p, f: p.fillRect(QRectF(LEFT, 176, 60, 4), ACCENT))
        for text, size, bold, color in (
            (report.title, 24.0, True, INK),
            (report.subtitle, 13.0, False, MUTED),
        ):
            if not text:
                continue
            h = m.wrapped_height(text, size, CONTENT_W, bold)
            self.ops.append(
                text_op(QRectF(LEFT, self.y, CONTENT_W, h + 2), text, size, bold=bold, color=color)
            )
            self.y += h + 14
        self.y += 30
        label_w = max([m.width(label, BODY, True) for label, _ in report.cover] + [0]) + 16
        for label, value in report.cover:
            h = max(m.line(BODY), m.wrapped_height(value, BODY, CONTENT_W - label_w))
            self.ops.append(text_op(QRectF(LEFT, self.y, label_w, h), label, BODY, bold=True, color=MUTED))
            self.ops.append(text_op(QRectF(LEFT + label_w, self.y, CONTENT_W - label_w, h + 1), value, BODY))
            self.y += h + 6

    def _block(self, block) -> None:
        if isinstance(block, PageBreak):
            if not self.page_empty:
                self.new_page()
        elif isinstance(block, Heading):
            self._heading(block)
        elif isinstance(block, Paragraph):
            self._paragraph(block.text)
        elif isinstance(block, Facts):
            self._facts(block)
        elif isinstance(block, Table):
            self._table(block)
        elif isinstance(block, Chart):
            self._title(block.title, keep=60)
            height, ops = chart_ops(block, self.measure, CONTENT_W)
            self._place(height, ops)
        elif isinstance(block, Matrix):
            self._matrix(block)
        else:
            raise TypeError(f"unknown report block {type(block).__name__}")

    def _place(
        self, height: float, ops: Sequence[Callable[[QPainter, ReportFonts, float, float], None]]
    ) -> None:
        """Drawing steps of a figure ``height`` tall, drawn at the cursor (moved to a new page when needed)."""
        self.need(height)
        x, y = LEFT, self.y
        for op in ops:
            self.ops.append(lambda p, f, op=op, x=x, y=y: op(p, f, x, y))
        self.y += height + 10

    def _heading(self, block: Heading) -> None:
        size = 16.0 if block.level <= 1 else 12.0
        h = self.measure.wrapped_height(block.text, size, CONTENT_W, True)
        if block.level <= 1:
            if not self.page_empty:
                self.new_page()
        else:
            self.need(h + 80)  # keep a section's heading with the start of what follows
            if not self.page_empty:
                self.y += 8
        self.ops.append(text_op(QRectF(LEFT, self.y, CONTENT_W, h + 2), block.text, size, bold=True))
        self.y += h + (10 if block.level <= 1 else 6)
        if block.level <= 1:
            y = self.y - 5
            self.ops.append(
                lambda p, f, y=y: (
                    p.setPen(QPen(ACCENT, 1.2)),
                    p.drawLine(QPointF(LEFT, y), QPointF(PAGE_W - RIGHT, y)),
                )
            )
            self.y += 4

    def _title(self, text: str, keep: float) -> None:
        """A figure's or table's caption, kept on the page with ``keep`` points of what follows."""
        if not text:
            return
        h = self.measure.wrapped_height(text, BODY, CONTENT_W, True)
        self.need(h + keep)
        self.ops.append(text_op(QRectF(LEFT, self.y, CONTENT_W, h + 2), text, BODY, bold=True))
        self.y += h + 4

    def _paragraph(self, text: str) -> None:
        h = self.measure.wrapped_height(text, BODY, CONTENT_W)
        self.need(h)
        self.ops.append(text_op(QRectF(LEFT, self.y, CONTENT_W, h + 2), text, BODY))
        self.y += h + 8

    def _facts(self, block: Facts) -> None:
        m = self.measure
        label_w = min(CONTENT_W * 0.62, max([m.width(label, BODY) for label, _ in block.rows] + [0]) + 18)
        value_w = CONTENT_W - label_w - 2 * PAD - 8
        rows = []
        for label, value in block.rows:
            h = max(m.wrapped_height(label, BODY, label_w - 8), m.wrapped_height(value, BODY, value_w)) + 4
            rows.append((label, value, h))
        title_h = m.line(BODY) + 8 if block.title else 0
        total = title_h + sum(h for _, _, h in rows) + 8
        self.need(total)
        x, y = LEFT, self.y

        def box(p: QPainter, f: ReportFonts, y=y) -> None:
            p.fillRect(QRectF(x, y, CONTENT_W, total), SHADE)
            p.setPen(QPen(ACCENT, 0))
            p.drawLine(QPointF(x, y), QPointF(x, y + total))

        self.ops.append(box)
        if block.title:
            self.ops.append(
                text_op(QRectF(x + 10, y + 5, CONTENT_W - 20, title_h), block.title, BODY, bold=True)
            )
        yy = y + title_h + 4
        for label, value, h in rows:
            self.ops.append(text_op(QRectF(x + 10, yy, label_w - 8, h), label, BODY, color=MUTED))
            right = Qt.AlignmentFlag.AlignRight | Qt.TextFlag.TextWordWrap
            self.ops.append(text_op(QRectF(x + label_w, yy, value_w, h), value, BODY, flags=right))
            yy += h
        self.y += total + 10

    def _matrix(self, block: Matrix) -> None:
        heat = HeatMap(block, self.measure, CONTENT_W)
        self._title(block.title, keep=heat.header_h + heat.row_h)
        self.need(heat.header_h + heat.row_h)

        def put(op, height: float) -> None:
            y = self.y
            self.ops.append(lambda p, f: op(p, f, LEFT, y))
            self.y += height

        put(heat.header(), heat.header_h)
        for r in range(len(block.row_labels)):
            if self.y + heat.row_h > self.bottom:
                self.new_page()
                put(heat.header(), heat.header_h)
            put(heat.row(r), heat.row_h)
        self.y += 12

    # -- tables ---------------------------------------------------------------------------------------------
    def _table(self, table: Table) -> None:
        m = self.measure
        columns = table.page_columns or tuple(range(len(table.headers)))  # the table's columns on the page
        ncols = len(columns)
        if ncols == 0:
            return
        size = TABLE if ncols <= 6 else 6.5
        headers = [table.headers[c] for c in columns]
        percent = {i for i, c in enumerate(columns) if c in table.percent}  # page columns from here on
        numeric = {i for i, c in enumerate(columns) if c in table.numeric} | percent
        widths = _column_widths(headers, table.rows, columns, m, size, percent, numeric)
        header_h = (
            max(m.wrapped_height(h, size, w - 2 * PAD, True) for h, w in zip(headers, widths, strict=True))
            + 2 * PAD
        )
        row_h = m.line(size) + 2 * PAD
        self._title(table.title, keep=header_h + row_h)
        lefts = [LEFT + sum(widths[:i]) for i in range(ncols)]

        def header() -> None:
            y = self.y
            cells = [
                (
                    QRectF(lefts[i] + PAD, y + PAD, widths[i] - 2 * PAD, header_h - 2 * PAD),
                    headers[i],
                    i in numeric,
                )
                for i in range(ncols)
            ]

            def paint(p: QPainter, f: ReportFonts, y=y, cells=cells) -> None:
                p.fillRect(QRectF(LEFT, y, CONTENT_W, header_h), SHADE)
                p.setFont(f.get(size, True))
                p.setPen(INK)
                for rect, text, right in cells:
                    h_align = Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft
                    p.drawText(rect, h_align | Qt.AlignmentFlag.AlignBottom | Qt.TextFlag.TextWordWrap, text)
                p.setPen(QPen(INK, 0.6))
                p.drawLine(QPointF(LEFT, y + header_h), QPointF(PAGE_W - RIGHT, y + header_h))

            self.ops.append(paint)
            self.y += header_h

        self.need(header_h + row_h)
        header()
        chars = m.chars(size)
        fm = m.metrics(size)
        lift = (row_h + fm.ascent() - fm.descent()) / 2  # baseline of a vertically centred line
        # per page column: (index in a row, percent, room, left, right or None) and the places of the texts seen
        # in it (a report's columns repeat most of their values: industries, statuses, dates, assignees)
        cols = [
            (
                c,
                i in percent,
                widths[i] - 2 * PAD,
                lefts[i] + PAD,
                lefts[i] + widths[i] - PAD if i in numeric else None,
            )
            for i, c in enumerate(columns)
        ]
        placed: list[dict[str, tuple[float, str]]] = [{} for _ in cols]
        batch: list[tuple[float, list[tuple[float, str]]]] = []  # rows of this page: (y, [(x, text)])

        def flush() -> None:
            if batch:
                self.ops.append(_rows_op(list(batch), size, row_h, lift))
                batch.clear()

        for r, row in enumerate(table.rows):
            if r % CHECK_EVERY == 0:
                self.cancel.check()
            if self.y + row_h > self.bottom:
                flush()
                self.new_page()
                header()
            cells = []
            n = len(row)
            for (c, pct, room, left, right), seen in zip(cols, placed, strict=True):
                value = row[c] if c < n else None
                text = value if type(value) is str else format_cell(value, pct)
                if not text:
                    continue
                cell = seen.get(text)
                if cell is None:
                    cut, width = chars.fit(text, room)
                    cell = seen[text] = (left if right is None else right - width, cut)
                cells.append(cell)
            batch.append((self.y, tuple(cells)))  # tuples of numbers and text: the collector skips them
            self.y += row_h
        flush()
        self.y += 12


def _rows_op(rows: list[tuple[float, list[tuple[float, str]]]], size: float, row_h: float, lift: float) -> Op:
    """One step painting a page's run of table rows: each cell's text at its measured place (drawing at a point
    skips Qt's per-call alignment, a third of a 10,000-row table's painting)."""

    def paint(p: QPainter, f: ReportFonts) -> None:
        p.setFont(f.get(size))
        p.setPen(INK)
        for y, cells in rows:
            base = y + lift
            for x, text in cells:
                p.drawText(QPointF(x, base), text)
        p.setPen(QPen(RULE, 0.3))
        for y, _ in rows:
            p.drawLine(QPointF(LEFT, y + row_h), QPointF(PAGE_W - RIGHT, y + row_h))
        p.setPen(INK)

    return paint


def _word_room(word: str, m: Measure, size: float) -> float:
    """The width a header's word needs (bold): a Chinese word may break between its characters, in two lines."""
    if word.isascii() or len(word) < 2:
        return m.width(word, size, True)
    half = (len(word) + 1) // 2
    return max(m.width(word[:half], size, True), m.width(word[half:], size, True))


def _column_widths(
    headers: list[str],
    rows: Sequence[Sequence[Cell]],
    columns: Sequence[int],
    m: Measure,
    size: float,
    percent: set[int],
    numeric: set[int],
) -> list[float]:
    """Natural widths of the page's columns (``columns``: their indexes in ``rows``; ``percent``, ``numeric``:
    page columns) from the header's longest word and the widest cell of the first rows, fitted to the page: when
    too wide, the widest columns give way first; when narrower, the text columns share what is left."""
    ncols = len(headers)
    sample = rows[:400]
    cells = [
        max(
            (m.width(format_cell(r[c] if c < len(r) else None, i in percent), size) for r in sample),
            default=0,
        )
        for i, c in enumerate(columns)
    ]
    natural = [
        max(max((m.width(word, size, True) for word in head.split()), default=0), cell, 18) + 2 * PAD + 1
        for head, cell in zip(headers, cells, strict=True)
    ]
    total = sum(natural)
    if total <= CONTENT_W:
        text_cols = [i for i in range(ncols) if i not in numeric] or list(range(ncols))
        extra = (CONTENT_W - total) / len(text_cols)
        return [w + (extra if i in text_cols else 0) for i, w in enumerate(natural)]
    # Too wide: a Chinese header may take two lines, and the narrow columns (numbers, dates, codes) stay whole,
    # from the left (a table's keys come first) while they take at most WHOLE_SHARE of the width; the wide ones
    # share the rest, the widest giving way first.
    natural = [
        max(max((_word_room(word, m, size) for word in head.split()), default=0), cell, 18) + 2 * PAD + 1
        for head, cell in zip(headers, cells, strict=True)
    ]
    whole, room = set(), CONTENT_W
    for i, w in enumerate(natural):
        if w <= WHOLE_W and CONTENT_W - room + w <= CONTENT_W * WHOLE_SHARE:
            whole.add(i)
            room -= w
    shared = [w for i, w in enumerate(natural) if i not in whole]
    low, high = 0.0, max(shared, default=0.0)  # find the cap c with sum(min(w, c)) == room
    for _ in range(40):
        mid = (low + high) / 2
        if sum(min(w, mid) for w in shared) > room:
            high = mid
        else:
            low = mid
    widths = [w if i in whole else min(w, low) for i, w in enumerate(natural)]
    widths[-1] += CONTENT_W - sum(widths)
    return widths
