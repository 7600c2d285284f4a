"""Counting a classified list: distinct patents per industry, the numbers the chart, the report and the exports share.

``Distribution`` counts distinct patents per code incrementally as rows arrive (a patent with two entries under the
same level-1 industry counts once there, and a patent listed both by its number and by its PatSnap id counts once:
rows are counted by the patent id the answer carries, ``services.classify.patent_identity``).
"""

from __future__ import annotations

from collections.abc import Iterable
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
