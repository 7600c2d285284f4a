"""Counting a classified list: distinct patents per industry, the numbers the chart, the report and the exports share.

``Distribution`` counts distinct patents per code incrementally as rows arrive (a patent with two entries under the
same level-1 industry counts once there, and a patent listed both by its number and by its PatSnap id counts once:
rows are counted by the patent id the answer carries, ``services.classify.patent_identity``).

The portfolio views of a list classified with bibliography cross the level-1 industries with the assignees
(``by_assignee``: the top N) or with the application or publication years (``by_year``), as a
``PortfolioMatrix`` of distinct patents per cell with each cell's patents, so a view can filter the table.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from operator import attrgetter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ipdesk.services.classify import ClassRow


def code_order(code: str) -> tuple:
    """'1.10' sorts after '1.2'; empty codes first."""
    return tuple(int(p) if p.isdigit() else 0 for p in code.split(".")) if code else ()


class Distribution:
    """Distinct patents per level-1 and level-2 code, updated incrementally."""

    def __init__(self) -> None:
        self.clear()

    def clear(self) -> None:
        self.lv1: dict[str, set[str]] = {}
        self.lv2: dict[str, set[str]] = {}
        self.names: dict[str, str] = {}
        self.parent: dict[str, str] = {}  # lv2 code -> lv1 code
        self.answered: set[str] = set()  # patents with an answer (classified, none or not found)
        self.entries: set[str] = set()  # list entries (keys) with an answer: what the progress line counts
        self.none: set[str] = set()
        self.not_found: set[str] = set()
        self.failed: set[str] = set()

    def add_rows(self, rows: Iterable[ClassRow]) -> None:
        from ipdesk.services.classify import patent_identity

        for row in rows:
            if row.status == "failed":
                self.failed.add(row.key.lower())
                continue
            self.failed.discard(row.key.lower())
            self.entries.add(row.key)
            key = patent_identity(row)
            self.answered.add(key)
            if row.status == "none":
                self.none.add(key)
                continue
            if row.status == "not_found":
                self.not_found.add(key)
                continue
            if row.seic_lv1_no:
                self.lv1.setdefault(row.seic_lv1_no, set()).add(key)
                self.names.setdefault(row.seic_lv1_no, row.seic_lv1_desc)
            if row.seic_lv2_no:
                self.lv2.setdefault(row.seic_lv2_no, set()).add(key)
                self.names.setdefault(row.seic_lv2_no, row.seic_lv2_desc)
                if row.seic_lv1_no:
                    self.parent.setdefault(row.seic_lv2_no, row.seic_lv1_no)

    def forget(self, keys: Iterable[str]) -> None:
        """Drop failures for keys about to be retried."""
        self.failed.difference_update(k.lower() for k in keys)

    @property
    def total(self) -> int:
        """Distinct patents answered."""
        return len(self.answered)

    @property
    def same_patent(self) -> int:
        """Answered entries that repeat another entry's patent (its number and its PatSnap id both listed)."""
        return len(self.entries) - len(self.answered)

    @property
    def classified(self) -> int:
        return len(self.answered) - len(self.none) - len(self.not_found)

    def level1(self) -> list[tuple[str, str, int]]:
        """(code, name, patents) for every level-1 code, in code order."""
        return [(c, self.names.get(c, ""), len(self.lv1[c])) for c in sorted(self.lv1, key=code_order)]

    def level2(self, lv1: str) -> list[tuple[str, str, int]]:
        codes = [c for c, p in self.parent.items() if p == lv1]
        return [(c, self.names.get(c, ""), len(self.lv2[c])) for c in sorted(codes, key=code_order)]

    def share(self, count: int) -> float:
        return count / self.total if self.total else 0.0


@dataclass(frozen=True)
class PortfolioMatrix:
    """Distinct patents per (row, level-1 industry): a portfolio view ready to draw, filter or report.

    ``counts[i][j]`` is ``len(members[i][j])``: the patents (``services.classify.patent_identity``) of row
    ``i`` classified under level-1 code ``column_codes[j]``; a patent under two industries counts in both cells,
    once in each. ``totals[i]`` counts row ``i``'s patents once however many industries they have. ``others``
    counts the classified patents outside the rows shown (assignees beyond the top N, patents without an
    assignee or without the date)."""

    row_labels: tuple[str, ...]
    column_codes: tuple[str, ...]
    column_names: tuple[str, ...]
    counts: tuple[tuple[int, ...], ...]
    members: tuple[tuple[frozenset[str], ...], ...]
    others: int
    totals: tuple[int, ...] = ()

    @property
    def empty(self) -> bool:
        return not self.row_labels

    @property
    def peak(self) -> int:
        """The largest cell count (0 for an empty view): the top of a heat map's colour scale."""
        return max((max(row, default=0) for row in self.counts), default=0)


def _grouped(rows: Iterable[ClassRow], label_of) -> tuple[dict, dict, dict, set[str]]:
    """One pass over the classified rows: label -> code -> patents, label -> patents, code -> name, and the
    patents whose label is empty (no assignee, no date)."""
    from ipdesk.services.classify import patent_identity

    cells: dict[str, dict[str, set[str]]] = {}
    patents: dict[str, set[str]] = {}
    names: dict[str, str] = {}
    unlabelled: set[str] = set()
    for row in rows:
        code = row.seic_lv1_no
        if row.status != "ok" or not code:
            continue
        identity = patent_identity(row)
        label = label_of(row)
        if not label:
            unlabelled.add(identity)
            continue
        by_code = cells.get(label)
        if by_code is None:
            by_code = cells[label] = {}
            patents[label] = set()
        by_code.setdefault(code, set()).add(identity)
        patents[label].add(identity)
        if code not in names:
            names[code] = row.seic_lv1_desc
    return cells, patents, names, unlabelled


def _matrix(labels, shown, cells, patents, names, unlabelled) -> PortfolioMatrix:
    """The matrix of the rows ``shown`` (group keys, in order, displayed as ``labels[key]``)."""
    codes = sorted({code for key in shown for code in cells[key]}, key=code_order)
    members = tuple(tuple(frozenset(cells[key].get(code, ())) for code in codes) for key in shown)
    inside = set().union(*(patents[key] for key in shown)) if shown else set()
    everyone = set(unlabelled).union(*patents.values())
    return PortfolioMatrix(
        row_labels=tuple(labels[key] for key in shown),
        column_codes=tuple(codes),
        column_names=tuple(names.get(code, "") for code in codes),
        counts=tuple(tuple(len(cell) for cell in row) for row in members),
        members=members,
        others=len(everyone - inside),
        totals=tuple(len(patents[key]) for key in shown),
    )


def assignee_key(name: str) -> str:
    """Two spellings of one assignee that differ only in case or spacing group together."""
    return " ".join(name.split()).casefold()


def by_assignee(rows: Iterable[ClassRow], top: int = 10) -> PortfolioMatrix:
    """The ``top`` assignees by distinct classified patents (ties by name) × their level-1 industries."""
    labels: dict[str, str] = {}  # group key -> the spelling first seen
    keys: dict[str, str] = {}  # assignee as written -> group key (a list repeats few names many times)

    def label_of(row: ClassRow) -> str:
        written = row.assignee
        key = keys.get(written)
        if key is None:
            key = keys[written] = assignee_key(written)
            labels.setdefault(key, written.strip())
        return key

    cells, patents, names, unlabelled = _grouped(rows, label_of)
    shown = sorted(patents, key=lambda key: (-len(patents[key]), labels[key].casefold()))[: max(top, 0)]
    return _matrix(labels, shown, cells, patents, names, unlabelled)


YEAR_DATES = ("application", "publication")
MAX_YEAR_ROWS = 40  # years from the first to the last beyond which the empty ones are folded (``by_year``)


def by_year(rows: Iterable[ClassRow], date: str = "application") -> PortfolioMatrix:
    """The application (or publication) years of the classified patents, in year order, × level-1 industries.

    Every year from the first to the last is a row, an empty one for a year without patents, so a trend is read
    with its gaps. When they span more than ``MAX_YEAR_ROWS`` years (a 1974 patent in a list of the 2010s),
    each stretch of empty years is one empty row instead, labelled with its first and last years ("1975–1997"),
    so the jump is marked without dozens of empty rows."""
    if date not in YEAR_DATES:
        raise ValueError(f"date must be one of {YEAR_DATES}, not {date!r}")
    date_of = attrgetter(f"{date}_date")
    years: dict[str, str] = {}  # date -> its year ("" when it has none)

    def label_of(row: ClassRow) -> str:
        written = date_of(row)
        year = years.get(written)
        if year is None:
            year = years[written] = written[:4] if len(written) >= 4 and written[:4].isdigit() else ""
        return year

    cells, patents, names, unlabelled = _grouped(rows, label_of)
    shown: list[str] = []
    known = sorted(int(year) for year in patents)
    fold = bool(known) and known[-1] - known[0] + 1 > MAX_YEAR_ROWS
    for year, following in zip(known, known[1:] + known[-1:], strict=True):
        shown.append(str(year))
        gap = [str(empty) for empty in range(year + 1, following)]
        if fold and len(gap) > 1:
            gap = [f"{gap[0]}–{gap[-1]}"]
        for label in gap:
            cells[label], patents[label] = {}, set()
        shown += gap
    return _matrix({key: key for key in shown}, shown, cells, patents, names, unlabelled)
