"""Table model of classification results and its filter/sort proxy.

One row per classification: the service's ``ClassRow`` (the one row type of the table, the exports and the
command line), kept as it comes so ``data()`` is one index lookup; only the status column is worded here, in the
UI language (``set_status_texts``); sorting is done in Python on the source list (a key sort of 50,000 rows takes tens of
milliseconds, where QSortFilterProxyModel's own sort would call back into Python ~1 million times).
The proxy only filters, from a precomputed list of booleans.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from ipdesk.services.portfolio import code_order
from ipdesk.ui.core.texts import PATENT_TYPES, patent_type_name

if TYPE_CHECKING:  # the classification service loads with the first run, not with the tab
    from ipdesk.services.classify import ClassRow

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)

COLUMN_KEYS = (
    "input",
    "patent_number",
    "patent_id",
    "seic_lv1_no",
    "seic_lv1_desc",
    "seic_lv2_no",
    "seic_lv2_desc",
    "status",
)
COL_LV1_NO, COL_LV1_DESC, COL_LV2_NO, COL_LV2_DESC, COL_STATUS = 3, 4, 5, 6, 7
_CODE_COLUMNS = (COL_LV1_NO, COL_LV2_NO)
# the bibliography's columns (``services.classify.BIBLIO_COLUMNS``), shown after the status when the list has them
BIBLIO_KEYS = ("title", "assignee", "application_date", "publication_date", "patent_type")
_BIBLIO_FIELD = (
    10  # ClassRow's index of ``title``: model column COL_STATUS + 1 + i reads ClassRow field 10 + i
)
COL_PATENT_TYPE = COL_STATUS + len(BIBLIO_KEYS)


class ClassificationTableModel(QAbstractTableModel):
    """Rows of classification results, appended in chunks as batches complete."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[ClassRow] = []
        self._status: dict[str, str] = {}  # "ok"/"none"/"not_found" -> words in the UI language
        self._hay: list[str] = []  # casefolded visible text per row, for the any-column filter
        self._alt: dict[str, str] = {}  # code -> name in the other language
        self._headers = self._header_labels()
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._failed_brush = None
        self._biblio = False  # the list has bibliography: its five columns follow the status
        self._types: dict[str, str] = {}  # patent type machine word -> words in the UI language

    def _header_labels(self) -> list[str]:
        return [
            self.tr("Input"),
            self.tr("Patent number"),
            self.tr("Patent ID"),
            self.tr("L1 code"),
            self.tr("Level-1 industry"),
            self.tr("L2 code"),
            self.tr("Level-2 industry"),
            self.tr("Status"),
            self.tr("Title"),
            self.tr("Assignee"),
            self.tr("Application date"),
            self.tr("Publication date"),
            self.tr("Patent type"),
        ]

    @staticmethod
    def _type_texts() -> dict[str, str]:
        return {code: patent_type_name(code) for code in PATENT_TYPES}

    def retranslate(self) -> None:
        self._headers = self._header_labels()
        types = self._type_texts()
        if types != self._types:
            self._types = types
            if self._biblio and self._rows:  # the type column is worded: the filter's text follows it
                self.layoutAboutToBeChanged.emit()
                self._hay = self._haystack(self._rows)
                self.layoutChanged.emit()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    # --- Qt model interface -------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(COLUMN_KEYS) + (len(BIBLIO_KEYS) if self._biblio else 0)

    def data(self, index, role: int = _DISPLAY):
        if role == _DISPLAY:
            return self._display(self._rows[index.row()], index.column())
        if role == _TOOLTIP:
            col = index.column()
            row = self._rows[index.row()]
            if col == COL_LV1_DESC:
                return self._alt.get(row.seic_lv1_no) or None
            if col == COL_LV2_DESC:
                return self._alt.get(row.seic_lv2_no) or None
            if col == COL_STATUS and row.status == "failed":
                return row.error or None
            return None
        if role == _FOREGROUND and self._failed_brush is not None and index.column() == COL_STATUS:
            if self._rows[index.row()].status == "failed":
                return self._failed_brush
        return None

    def multiData(self, index, span) -> None:  # noqa: N802 - Qt override
        """A painted cell's roles in one call (the delegate asks seven; ``data()`` would be seven calls into
        Python, each waiting for the GIL while a worker runs): the text, and the colour of a failed status."""
        row = self._rows[index.row()]
        column = index.column()
        for slot in span:
            role = slot.role()
            if role == _DISPLAY:
                slot.setData(self._display(row, column))
            elif (
                role == _FOREGROUND
                and column == COL_STATUS
                and row.status == "failed"
                and self._failed_brush is not None
            ):
                slot.setData(self._failed_brush)
            elif role == _TOOLTIP:
                slot.setData(self.data(index, role))
            else:
                slot.clearData()

    def _display(self, row: ClassRow, column: int) -> str:
        if column < COL_STATUS:
            return row[column]
        if column == COL_STATUS:
            return self.status_text(row)
        if column == COL_PATENT_TYPE:
            return self._types.get(row.patent_type, row.patent_type)
        return row[_BIBLIO_FIELD + column - COL_STATUS - 1]

    def headerData(self, section: int, orientation, role: int = _DISPLAY):
        if (
            role == _DISPLAY
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        if role == _DISPLAY and orientation == Qt.Orientation.Vertical:
            return section + 1
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < self.columnCount():
            self._sort = None
            return
        self._sort = (column, order)
        self._apply_sort()

    # --- our interface ------------------------------------------------------------------------
    def set_failed_brush(self, brush) -> None:
        """The status text colour of failed rows (a QColor or QBrush; None: the view's)."""
        self._failed_brush = brush

    def rows(self) -> list[ClassRow]:
        return self._rows

    def row_at(self, row: int) -> ClassRow:
        return self._rows[row]

    def status_text(self, row: ClassRow) -> str:
        """The status column as shown: the error of a failed row, else the status in words."""
        return row.error if row.status == "failed" else self._status.get(row.status, row.status)

    def has_biblio(self) -> bool:
        return self._biblio

    def set_biblio(self, on: bool) -> None:
        """Show (or drop) the bibliography's columns: on for a list classified with bibliography."""
        if on == self._biblio:
            return
        first, last = len(COLUMN_KEYS), len(COLUMN_KEYS) + len(BIBLIO_KEYS) - 1
        if on:
            self._types = self._type_texts()
            self.beginInsertColumns(QModelIndex(), first, last)
            self._biblio = True
            self.endInsertColumns()
        else:
            if self._sort is not None and self._sort[0] >= first:
                self._sort = None
            self.beginRemoveColumns(QModelIndex(), first, last)
            self._biblio = False
            self.endRemoveColumns()
        if self._rows:  # the any-column filter matches the bibliography too
            self.layoutAboutToBeChanged.emit()
            self._hay = self._haystack(self._rows)
            self.layoutChanged.emit()

    def visible(self, row: ClassRow) -> tuple[str, ...]:
        """The row's cells as shown, in column order."""
        if self._biblio:
            return (
                *row[:COL_STATUS],
                self.status_text(row),
                *row[_BIBLIO_FIELD : _BIBLIO_FIELD + len(BIBLIO_KEYS) - 1],
                self._types.get(row.patent_type, row.patent_type),
            )
        return (*row[:COL_STATUS], self.status_text(row))

    def _haystack(self, rows: Iterable[ClassRow]) -> list[str]:
        return ["\x1f".join(self.visible(r)).casefold() for r in rows]

    def set_status_texts(self, texts: dict[str, str]) -> None:
        """The words of the answered statuses (``texts``: "ok"/"none" -> words), set again on a language switch."""
        if texts == self._status:
            return
        self._status = dict(texts)
        if not self._rows:
            return
        self.layoutAboutToBeChanged.emit()  # the filter proxy recomputes its matches (same row order)
        self._hay = self._haystack(self._rows)
        self.layoutChanged.emit()

    def haystack(self) -> list[str]:
        return self._hay

    def set_alt_names(self, names: dict[str, str]) -> None:
        self._alt = dict(names)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, COL_LV1_DESC), self.index(len(self._rows) - 1, COL_LV2_DESC), [_TOOLTIP]
            )

    def append_rows(self, rows: Sequence[ClassRow]) -> None:
        if not rows:
            return
        first = len(self._rows)
        hay = self._haystack(rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self._hay.extend(hay)
        self.endInsertRows()

    def clear(self) -> None:
        self.beginResetModel()
        self._rows = []
        self._hay = []
        self.endResetModel()

    def remove_keys(self, keys: Iterable[str]) -> None:
        """Drop every row whose key is in ``keys`` (used before retrying failed items)."""
        drop = set(keys)
        if not drop:
            return
        self.beginResetModel()
        kept = [(r, h) for r, h in zip(self._rows, self._hay, strict=True) if r.key not in drop]
        self._rows = [r for r, _ in kept]
        self._hay = [h for _, h in kept]
        self.endResetModel()

    def resort(self) -> None:
        """Re-apply the last sort (rows appended while a sort is active go to the end until then)."""
        if self._sort is not None:
            self._apply_sort()

    def _apply_sort(self) -> None:
        column, order = self._sort  # type: ignore[misc]
        rows = self._rows
        if column in _CODE_COLUMNS:
            keys = [code_order(r[column]) for r in rows]
        elif column == COL_STATUS:
            keys = [self.status_text(r).casefold() for r in rows]
        elif column == COL_PATENT_TYPE:
            keys = [self._types.get(r.patent_type, r.patent_type).casefold() for r in rows]
        elif column > COL_STATUS:
            field = _BIBLIO_FIELD + column - COL_STATUS - 1
            keys = [r[field].casefold() for r in rows]
        else:
            keys = [r[column].casefold() for r in rows]
        perm = sorted(range(len(rows)), key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutAboutToBeChanged.emit()
        old_persistent = self.persistentIndexList()
        self._rows = [rows[i] for i in perm]
        self._hay = [self._hay[i] for i in perm]
        if old_persistent:
            inverse = [0] * len(perm)
            for new, old in enumerate(perm):
                inverse[old] = new
            new_persistent = [self.index(inverse[i.row()], i.column()) for i in old_persistent]
            self.changePersistentIndexList(old_persistent, new_persistent)
        self.layoutChanged.emit()


class ClassificationFilterProxy(QSortFilterProxyModel):
    """Filters on any column (substring, case-insensitive), on a level-1 or level-2 code, and on a portfolio
    view's cell (its patents' rows under its level-1 code)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._needle = ""
        self._lv1: str | None = None
        self._lv2: str | None = None
        self._cell: tuple[frozenset[str], str] | None = None  # (patent identities, level-1 code)
        self._accept: list[bool] | None = None  # None = accept all

    def setSourceModel(self, model) -> None:  # noqa: N802 - Qt override
        super().setSourceModel(model)
        model.layoutAboutToBeChanged.connect(self._forget)
        model.modelAboutToBeReset.connect(self._forget)

    def text_filter(self) -> str:
        return self._needle

    def level_filter(self) -> tuple[str | None, str | None]:
        return self._lv1, self._lv2

    def cell_filter(self) -> tuple[frozenset[str], str] | None:
        return self._cell

    def set_text_filter(self, text: str) -> None:
        needle = text.strip().casefold()
        if needle != self._needle:
            self._update(needle, self._lv1, self._lv2, self._cell)

    def set_level_filter(self, lv1: str | None, lv2: str | None = None) -> None:
        if (lv1, lv2) != (self._lv1, self._lv2):
            self._update(self._needle, lv1, lv2, self._cell)

    def set_cell_filter(self, patents: frozenset[str] | None, lv1: str = "") -> None:
        """Show only the rows of ``patents`` (``services.classify.patent_identity``) under level-1 code
        ``lv1``: a portfolio view's cell; None shows every row again."""
        cell = None if patents is None else (frozenset(patents), lv1)
        if cell != self._cell:
            self._update(self._needle, self._lv1, self._lv2, cell)

    def _update(self, needle: str, lv1: str | None, lv2: str | None, cell) -> None:
        self.beginFilterChange()
        self._needle, self._lv1, self._lv2, self._cell = needle, lv1, lv2, cell
        self._accept = [] if self._active() else None
        if self._accept is not None:
            self._extend(self.sourceModel().rowCount())
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def _active(self) -> bool:
        return bool(self._needle) or self._lv1 is not None or self._lv2 is not None or self._cell is not None

    def _forget(self) -> None:
        if self._accept is not None:
            self._accept = []

    def _extend(self, upto: int) -> list[bool]:
        source: ClassificationTableModel = self.sourceModel()
        acc = self._accept if self._accept is not None else []
        start = len(acc)
        hay = source.haystack()[start:upto]
        rows = source.rows()[start:upto]
        needle, lv1, lv2 = self._needle, self._lv1, self._lv2
        if needle:
            ok = [needle in h for h in hay]
        else:
            ok = [True] * len(hay)
        if lv2 is not None:
            ok = [a and r[COL_LV2_NO] == lv2 for a, r in zip(ok, rows, strict=True)]
        elif lv1 is not None:
            ok = [a and r[COL_LV1_NO] == lv1 for a, r in zip(ok, rows, strict=True)]
        if self._cell is not None:
            from ipdesk.services.classify import patent_identity  # loaded with the rows already

            patents, code = self._cell
            ok = [
                a and r[COL_LV1_NO] == code and patent_identity(r) in patents
                for a, r in zip(ok, rows, strict=True)
            ]
        acc.extend(ok)
        self._accept = acc
        return acc

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:  # noqa: N802 - Qt override
        # called once per row on every filter change and for every appended row: keep it to one list lookup
        accept = self._accept
        if accept is None:  # no filter (no exception raised and caught per row)
            return True
        try:
            return accept[source_row]
        except IndexError:  # rows appended (or re-sorted) since the last computation
            return self._extend(self.sourceModel().rowCount())[source_row]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)

    def multiData(self, index, span) -> None:  # noqa: N802 - Qt override
        # QSortFilterProxyModel would answer each role with its own data() call into the source model
        self.sourceModel().multiData(self.mapToSource(index), span)
