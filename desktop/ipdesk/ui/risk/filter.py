"""The watchlist's sort/filter proxy: sort by SORT_ROLE (unknown values below everything known), filter by
tag and by risk flag."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel

from ipdesk.ui.risk.model import ROW_ROLE, SORT_ROLE, WatchRow


class WatchlistProxy(QSortFilterProxyModel):
    """Sorts by SORT_ROLE (unknown below everything known) and filters by tag and by flag.

    Flag filter: a flag name (raised), "any" (any flag raised), "new" (new since last check) or None."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._tag: str | None = None
        self._flag: str | None = None
        self.setSortRole(SORT_ROLE)

    def set_tag(self, tag: str | None) -> None:
        self.beginFilterChange()
        self._tag = tag or None
        self.endFilterChange()

    def set_flag(self, flag: str | None) -> None:
        self.beginFilterChange()
        self._flag = flag or None
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:  # noqa: N802
        row: WatchRow = self.sourceModel().index(source_row, 0, source_parent).data(ROW_ROLE)
        if self._tag is not None and self._tag not in row.company.tags:
            return False
        if self._flag == "any":
            return bool(row.raised())
        if self._flag == "new":
            return row.company.flags_new
        if self._flag is not None:
            return self._flag in row.raised()
        return True

    def lessThan(self, left, right) -> bool:  # noqa: N802
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if a is None or b is None:
            return a is None and b is not None
        return a < b
