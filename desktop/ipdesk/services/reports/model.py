"""The report document: a title page's facts and a sequence of blocks, in one language, with no layout.

Builders (``services.reports.classify``, ``services.reports.risk``) turn a classified list or a watchlist into a
``Report``; writers render it: ``services.reports.xlsx`` (an Excel workbook with native charts) and
``ipdesk.documents`` (PDF, printer and the dialog's preview, through Qt). A writer never computes a number: every
count, share and label is already in the blocks, in the report's language, so every format shows the same.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

Cell = str | int | float | None


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1  # 1: a chapter (a new page in print), 2: a section


@dataclass(frozen=True)
class Paragraph:
    text: str


@dataclass(frozen=True)
class Facts:
    """Label/value pairs (the method box, a company's identity)."""

    title: str
    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[float, ...]


@dataclass(frozen=True)
class Chart:
    """A chart of numbers the report also shows in a table. ``kind``: "bar" (one series: horizontal bars),
    "stacked" (several series stacked per category) or "line" (a series over time; categories are periods)."""

    title: str
    kind: Literal["bar", "stacked", "line"]
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    value_label: str = ""


@dataclass(frozen=True)
class Table:
    """A table. ``sheet``: the worksheet name the XLSX writer gives it when it is a data sheet of its own (the
    appendix, the full watchlist); None keeps it on the summary sheet. ``numeric``: indexes of number columns
    (right-aligned, written as numbers). ``percent``: indexes of number columns holding shares (0.25 for 25 %),
    shown as percentages with one decimal ("25.0%"; an XLSX cell keeps the number with a percent format).
    ``page_columns``: indexes of the columns a page shows (PDF, print, preview), for a table too wide for A4
    whose other columns only the XLSX needs; empty: every column. The XLSX writer always writes them all."""

    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    numeric: tuple[int, ...] = ()
    sheet: str | None = None
    percent: tuple[int, ...] = ()
    page_columns: tuple[int, ...] = ()


@dataclass(frozen=True)
class Matrix:
    """Counts of distinct patents by row label × column label (assignee × industry, year × industry): a heat
    map in PDF, a table with a stacked chart in XLSX."""

    title: str
    row_labels: tuple[str, ...]
    column_labels: tuple[str, ...]
    counts: tuple[tuple[int, ...], ...]


@dataclass(frozen=True)
class PageBreak:
    pass


Block = Heading | Paragraph | Facts | Chart | Table | Matrix | PageBreak


@dataclass
class Report:
    """``lang``: "en" or "zh" (the report's, independent of the UI's). ``source``: where the data came from
    ("PatSnap Open Platform, profile …" or the sandbox's words); ``mark``: a line printed on every page (the demo
    mode's "sample data from the built-in sandbox"), or "". ``kind``: "classify" or "risk"."""

    kind: str
    lang: str
    title: str
    subtitle: str
    created: datetime
    source: str
    mark: str = ""
    cover: tuple[tuple[str, str], ...] = ()  # label/value lines under the title on the cover
    blocks: list[Block] = field(default_factory=list)
