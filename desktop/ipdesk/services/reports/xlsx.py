"""A ``Report`` as an Excel workbook: a summary sheet with native charts, and a data sheet per named table.

The summary sheet holds the title, the cover lines, the demo mark, the method box and every block in order. A
chart is an openpyxl chart (bar, stacked bar or line: not a picture, so the user can restyle it in Excel) next
to the cells holding its numbers, and its data and category references point at those cells. A ``Table`` with a
``sheet`` gets a data sheet of its own (header row bold and frozen, share columns as percentages) and a link to
it on the summary; a ``Matrix`` is a table with a stacked bar chart. The workbook is streamed (openpyxl's
write-only mode: a 10,000-patent appendix is written faster than the plain export writes its one sheet), so the
summary's cells are gathered first and written at the end. The file is written whole or not at all
(``services.files.atomic_output``).
"""

from __future__ import annotations

import math
import os
import re

from ipdesk.messages import t
from ipdesk.services.export import FORMULA_START
from ipdesk.services.files import atomic_output
from ipdesk.services.reports.model import Chart, Facts, Heading, Matrix, PageBreak, Paragraph, Report, Table

CHART_COLUMN = 6  # charts start in column F, right of their data (columns A-E)
ROW_CM = 0.53  # a default row is 15 points high
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


def write_report_xlsx(report: Report, path: str | os.PathLike[str]) -> None:
    """Write ``report`` to ``path`` as an XLSX workbook (see the module text)."""
    book = _Book(report)
    book.write()
    with atomic_output(path, "wb") as stream:
        book.wb.save(stream)


class _Book:
    def __init__(self, report: Report) -> None:
        from openpyxl import Workbook

        self.report = report
        self.wb = Workbook(write_only=True)
        self.ws = self.wb.create_sheet(_sheet_name(t("report.sheet_summary", report.lang), set()))
        self.names = {self.ws.title}
        self.grid: list[list] = []  # the summary's rows, written when every block is in
        self.row = 1

    # -- the summary sheet, top to bottom ------------------------------------------------------------------------

    def write(self) -> None:
        from openpyxl.styles import Font

        report, ws = self.report, self.ws
        ws.column_dimensions["A"].width = 44
        ws.column_dimensions["B"].width = 40
        for letter in "CDE":
            ws.column_dimensions[letter].width = 14
        self.put(1, report.title, Font(bold=True, size=16))
        self.row += 1
        if report.subtitle:
            self.put(1, report.subtitle, Font(italic=True, size=12))
            self.row += 1
        if report.mark:
            self.put(1, report.mark, Font(bold=True, color="C62828"))
            ws.sheet_properties.tabColor = "C62828"
            self.row += 1
        self.row += 1
        for label, value in report.cover:
            self.put(1, label, Font(bold=True))
            self.put(2, _number(value))
            self.row += 1
        self.row += 1
        for block in report.blocks:
            if isinstance(block, Heading):
                self.put(1, block.text, Font(bold=True, size=14 if block.level == 1 else 12))
                self.row += 1
            elif isinstance(block, Paragraph):
                self.put(1, block.text)
                self.row += 2
            elif isinstance(block, Facts):
                self.facts(block)
            elif isinstance(block, Chart):
                self.chart(block)
            elif isinstance(block, Table):
                if block.sheet:
                    self.data_sheet(block)
                else:
                    self.table(block)
            elif isinstance(block, Matrix):
                self.matrix(block)
            elif isinstance(block, PageBreak):
                from openpyxl.worksheet.pagebreak import Break

                ws.row_breaks.append(Break(id=self.row - 1))
        for values in self.grid:
            ws.append(values)

    def put(
        self, column: int, value, font=None, *, number_format: str | None = None, link: str | None = None
    ):
        """Set the summary's cell (self.row, column)."""
        while len(self.grid) < self.row:
            self.grid.append([])
        line = self.grid[self.row - 1]
        line.extend([None] * (column - len(line)))
        line[column - 1] = _cell(self.ws, value, font, number_format, link)

    def facts(self, block: Facts) -> None:
        from openpyxl.styles import Font

        self.put(1, block.title, Font(bold=True))
        self.row += 1
        for label, value in block.rows:
            self.put(1, label)
            self.put(2, _number(value))
            self.row += 1
        self.row += 1

    def table(self, block: Table) -> None:
        """The table on the summary sheet at the current row."""
        from openpyxl.styles import Font

        if block.title:
            self.put(1, block.title, Font(bold=True))
            self.row += 1
        for column, header in enumerate(block.headers, 1):
            self.put(column, header, Font(bold=True))
        self.row += 1
        for values in block.rows:
            for column, value in enumerate(values, 1):
                self.put(column, value, number_format="0.0%" if column - 1 in block.percent else None)
            self.row += 1
        self.row += 1

    def data_sheet(self, block: Table) -> None:
        from openpyxl.styles import Font

        name = _sheet_name(block.sheet or block.title, self.names)
        self.names.add(name)
        sheet = self.wb.create_sheet(name)
        for index, header in enumerate(
            block.headers
        ):  # widths first: a streamed sheet takes them before rows
            sample = [header, *(str(r[index] or "") for r in block.rows[:200])]
            width = min(60, max(8, *(_text_width(text) for text in sample)) + 2)
            sheet.column_dimensions[_letter(index + 1)].width = width
        sheet.freeze_panes = "A2"
        if self.report.mark:
            sheet.sheet_properties.tabColor = "C62828"
        bold = Font(bold=True)
        sheet.append([_cell(sheet, header, bold) for header in block.headers])
        percent = set(block.percent)
        for values in block.rows:
            if percent or any(isinstance(v, str) and v.startswith(FORMULA_START) for v in values):
                values = [
                    _cell(sheet, v, number_format="0.0%" if i in percent else None)
                    for i, v in enumerate(values)
                ]
            else:  # an empty text is no cell at all (a streamed sheet skips None): fewer cells to write
                values = [None if v == "" else v for v in values]
            sheet.append(values)
        self.put(
            1,
            t("report.see_sheet", self.report.lang, title=block.title, sheet=name, rows=len(block.rows)),
            Font(color="1565C0", underline="single"),
            link=f"#'{name}'!A1",
        )
        self.row += 2

    def chart(self, block: Chart) -> None:
        """The chart's numbers (categories down column A, a column per series) and the chart beside them."""
        from openpyxl.styles import Font

        self.put(1, block.title, Font(bold=True))
        self.row += 1
        top = self.row  # the header row: a series' name over its numbers (the categories' column has none)
        for column, series in enumerate(block.series, 2):
            self.put(column, series.name, Font(bold=True))
        self.row += 1
        for index, category in enumerate(block.categories):
            self.put(1, category)
            for column, series in enumerate(block.series, 2):
                self.put(column, _whole(series.values[index]))
            self.row += 1
        chart = _chart(block.kind, block.title, block.value_label, len(block.categories))
        self.link(chart, top, len(block.categories), len(block.series))

    def matrix(self, block: Matrix) -> None:
        """The counts (row labels down column A, a column per column label) and a stacked bar chart of them."""
        from openpyxl.styles import Font

        self.put(1, block.title, Font(bold=True))
        self.row += 1
        top = self.row
        for column, label in enumerate(block.column_labels, 2):
            self.put(column, label, Font(bold=True))
        self.row += 1
        for label, counts in zip(block.row_labels, block.counts, strict=True):
            self.put(1, label)
            for column, count in enumerate(counts, 2):
                self.put(column, count)
            self.row += 1
        chart = _chart("stacked", block.title, "", len(block.row_labels))
        self.link(chart, top, len(block.row_labels), len(block.column_labels))

    def link(self, chart, top: int, rows: int, columns: int) -> None:
        """Point ``chart`` at the block of cells at ``top`` (a header row, then ``rows`` rows: categories in A,
        a series per column from B), anchor it beside them and move below both."""
        from openpyxl.chart import Reference

        data = Reference(self.ws, min_col=2, max_col=1 + columns, min_row=top, max_row=top + rows)
        categories = Reference(self.ws, min_col=1, min_row=top + 1, max_row=top + rows)
        chart.add_data(data, titles_from_data=True)
        chart.set_categories(categories)
        anchor_column = max(CHART_COLUMN, columns + 3)
        self.ws.add_chart(chart, f"{_letter(anchor_column)}{top}")
        chart_rows = math.ceil(chart.height / ROW_CM) + 1
        self.row = max(self.row, top + chart_rows) + 1


def _chart(kind: str, title: str, value_label: str, categories: int):
    from openpyxl.chart import BarChart, LineChart

    if kind == "line":
        chart = LineChart()
        chart.height = 7.5
    else:
        chart = BarChart()
        chart.type = "bar"  # horizontal bars: long industry and company names stay readable
        chart.x_axis.scaling.orientation = "maxMin"  # the first category on top, as in the table
        if kind == "stacked":
            chart.grouping = "stacked"
            chart.overlap = 100
        chart.height = max(7.5, 0.6 * categories + 2.5)
    chart.title = title
    chart.width = 18
    chart.y_axis.title = value_label or None
    chart.x_axis.delete = False  # openpyxl hides the axes unless told (Excel then shows none)
    chart.y_axis.delete = False
    if kind != "stacked" and kind != "line":
        chart.legend = None
    return chart


def _cell(ws, value, font=None, number_format: str | None = None, link: str | None = None):
    """A streamed cell: the value itself when it needs nothing, else a WriteOnlyCell with its font, number format
    or link; text that starts like a formula ("=1+2", "-x") stays text."""
    formula = isinstance(value, str) and value.startswith(FORMULA_START)
    if font is None and number_format is None and link is None and not formula:
        return value
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(ws, value)
    if formula:
        cell.data_type = "s"
    if font is not None:
        cell.font = font
    if number_format is not None:
        cell.number_format = number_format
    if link is not None:
        cell.hyperlink = link
    return cell


def _number(value: str):
    """A cover or fact value as a number when it is one (so Excel sums it), else the text."""
    return int(value) if value.isdigit() else value


def _whole(value: float):
    return int(value) if float(value).is_integer() else value


def _letter(column: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(column)


def _text_width(text: str) -> int:
    """Columns a text takes in Excel: a CJK character is about two."""
    return sum(2 if ord(c) > 0x2E80 else 1 for c in text)


def _sheet_name(wanted: str, taken: set[str]) -> str:
    """A valid, unused sheet name (at most 31 characters, none of []:*?/\\)."""
    base = _SHEET_FORBIDDEN.sub(" ", wanted).strip("' ")[:31] or "Sheet"
    name, number = base, 2
    while name.lower() in {n.lower() for n in taken}:
        suffix = f" ({number})"
        name, number = base[: 31 - len(suffix)] + suffix, number + 1
    return name
