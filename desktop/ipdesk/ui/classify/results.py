"""The results half of the classification tab: filter box, table (with column chooser), chart beside it.

Rows arrive in chunks (``add_rows``); they are buffered and appended every ``FLUSH_MS`` so that many batches
completing together cost one insert, the chart is redrawn at most every ``CHART_MS`` and a portfolio view shown
built again at most every ``VIEWS_MS`` (each build copies every row, reads them on a worker and resets the heat
map: at the chart's pace, a 10,000-patent run watched in a view had GUI stalls of 60-170 ms instead of about 50).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import SIGNAL, SLOT, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QGuiApplication, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ipdesk.services.portfolio import Distribution
from ipdesk.ui.classify.export import tsv
from ipdesk.ui.classify.model import (
    COL_STATUS,
    COLUMN_KEYS,
    ClassificationFilterProxy,
    ClassificationTableModel,
)
from ipdesk.ui.classify.portfolio import PortfolioPanel
from ipdesk.ui.widgets.empty_state import EmptyHint

if TYPE_CHECKING:  # the classification service loads with the first run
    from ipdesk.services.classify import ClassRow

FLUSH_MS = 100
CHART_MS = 400
VIEWS_MS = 2000
FILTER_MS = 120
CHIP_TEXT_WIDTH = 300  # px of the heat-map filter's cell name in its chip


_COUNT_CHANGED = "sectionCountChanged(int,int)"


class ResultsTable(QTableView):
    """The results table, which does not repaint for rows appended below what it shows.

    QTableView lays itself out again and repaints its whole viewport on every change of its row count: some 500
    cells, each a call into Python (about 20 ms while a run's workers hold the GIL), at each flush of a run's rows.
    Rows appended after the last one and out of sight change only the scroll bar (``updateGeometries``); any
    other change of the count (rows inserted between others, as when a filter is cleared) goes to QTableView's own
    ``rowCountChanged``.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        header = self.verticalHeader()
        # its one receiver is QTableView's rowCountChanged (a connection PySide cannot name to drop it alone)
        self._own = header.receivers(SIGNAL(_COUNT_CHANGED)) == 1
        if self._own:
            header.sectionCountChanged.disconnect()
            header.sectionCountChanged.connect(self._row_count_changed)
        self._appending = False  # the rows being inserted go after the last one (not between others)

    @contextlib.contextmanager
    def filtering(self) -> Iterator[None]:
        """While the filter changes: the header wired to QTableView's ``rowCountChanged`` in C++ (a filter
        cleared over 50,000 rows puts back some 2,000 blocks: two Python calls each cost it 20-40 ms)."""
        if not self._own:
            yield
            return
        header = self.verticalHeader()
        header.sectionCountChanged.disconnect(self._row_count_changed)
        QObject.connect(header, SIGNAL(_COUNT_CHANGED), self, SLOT("rowCountChanged(int,int)"))
        model = self.model()
        if model is not None:
            model.rowsAboutToBeInserted.disconnect(self._rows_coming)
        try:
            yield
        finally:
            QObject.disconnect(header, SIGNAL(_COUNT_CHANGED), self, SLOT("rowCountChanged(int,int)"))
            header.sectionCountChanged.connect(self._row_count_changed)
            if model is not None:
                model.rowsAboutToBeInserted.connect(self._rows_coming)
            self._appending = False

    def setModel(self, model) -> None:  # noqa: N802 - Qt override
        super().setModel(model)
        if model is not None:
            model.rowsAboutToBeInserted.connect(self._rows_coming)

    def _rows_coming(self, _parent, first: int, _last: int) -> None:
        self._appending = first == self.model().rowCount()

    def _row_count_changed(self, old: int, new: int) -> None:
        appended, self._appending = self._appending, False
        if (
            appended
            and old < new
            and self.isVisible()
            and self.rowViewportPosition(old) >= self.viewport().height()
        ):
            self.updateGeometries()
        else:
            self.rowCountChanged(old, new)


class ResultsPanel(QWidget):
    rowsShownChanged = Signal(int, int)  # shown, total

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ClassificationTableModel(self)
        self.model.set_failed_brush(QColor(200, 40, 40))  # a QBrush would load QBrush's and QGradient's enums
        self.proxy = ClassificationFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._pending: list[ClassRow] = []

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("classifyFilterEdit")
        # its clear button (an icon lookup: ~5 ms, 0.4 MiB) is hidden while the box is empty: made on first focus
        self.filter_edit.installEventFilter(self)
        self.level_label = QLabel(self)
        self.level_label.setObjectName("classifyLevelFilterLabel")
        self.level_label.setTextFormat(Qt.TextFormat.RichText)
        self.level_label.linkActivated.connect(lambda _: self.chart.show_level1())
        self.cell_chip = QPushButton(self)  # "Filtered: <assignee or year> · <industry> ✕": a view's cell
        self.cell_chip.setObjectName("classifyCellFilterChip")
        self.cell_chip.setFlat(True)
        self.cell_chip.clicked.connect(self.clear_cell_filter)
        self.cell_chip.hide()
        self._cell_text = ""
        self.rows_label = QLabel(self)
        self.rows_label.setObjectName("classifyRowsLabel")
        self.rows_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("00000 of 00000 rows") + 8)
        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 2)
        top.addWidget(self.level_label, 1)
        top.addWidget(self.cell_chip)
        top.addWidget(self.rows_label)

        self.table = ResultsTable(self)
        self.table.setObjectName("classifyTable")
        # Our own viewport, set up as QAbstractScrollArea makes its own: Qt's, first reached from Python (by the
        # empty hint), has PySide look its type up among all QWidget classes (~7 ms, 0.4 MiB before first paint).
        viewport = QWidget()
        viewport.setObjectName("qt_scrollarea_viewport")
        viewport.setBackgroundRole(QPalette.ColorRole.Base)
        viewport.setAutoFillBackground(True)
        self.table.setViewport(viewport)
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        metrics = header.fontMetrics()
        for col, width in enumerate((135, 135, 110, 0, 190, 0, 190, 150)):
            label = self.model.headerData(col, Qt.Orientation.Horizontal)
            header.resizeSection(col, max(width, metrics.horizontalAdvance(label) + 24))
        self.table.verticalHeader().hide()
        header.moveSection(COL_STATUS, 2)  # the status is seen without scrolling; files keep the column order
        self.table.setColumnHidden(2, True)  # patent ids are long; the column chooser brings them back
        self.table.setSortingEnabled(True)
        self.table.installEventFilter(self)  # Ctrl+C copies the whole selection, not just the current cell

        self.views = PortfolioPanel(self.model.rows, self)  # the industry chart and the portfolio views
        self.chart = self.views.chart
        self.chart.filterRequested.connect(self.set_level_filter)
        self.views.cellChosen.connect(self.set_cell_filter)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("classifyResultsSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.views)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

        self._flush_timer = QTimer(self, singleShot=True, interval=FLUSH_MS)
        self._flush_timer.timeout.connect(self.flush)
        self._chart_timer = QTimer(self, singleShot=True, interval=CHART_MS)
        self._chart_timer.timeout.connect(self.chart.refresh)
        self._views_timer = QTimer(self, singleShot=True, interval=VIEWS_MS)
        self._views_timer.timeout.connect(self.views.rows_changed)
        self._filter_timer = QTimer(self, singleShot=True, interval=FILTER_MS)
        self._filter_timer.timeout.connect(self.apply_text_filter)
        self.filter_edit.textChanged.connect(self._filter_timer.start)
        self.filter_edit.textChanged.connect(self._enable_clear_button)  # text dropped in without the focus
        for signal in (
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
            self.proxy.modelReset,
            self.proxy.layoutChanged,
        ):
            signal.connect(self._update_rows_label)
        self.empty_hint = EmptyHint(self.table, self._empty_text, "classifyEmptyHint")
        self.retranslateUi()

    def _empty_text(self) -> str:
        if self.model.rowCount():
            return self.tr("No row matches the filter.")
        return self.tr("Paste or open a list of patents above, then press Classify: the results appear here.")

    def retranslateUi(self) -> None:  # noqa: N802 - Qt naming
        self.empty_hint.retranslate()
        self.filter_edit.setPlaceholderText(self.tr("Filter: type to match any column"))
        self.filter_edit.setAccessibleName(self.tr("Filter results"))
        self.table.setAccessibleName(self.tr("Classification results"))
        self.model.retranslate()
        self.cell_chip.setAccessibleName(self.tr("Clear the heat-map filter"))
        self._update_level_label()
        self._update_cell_chip()
        self._update_rows_label()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def _enable_clear_button(self, *_args) -> None:
        if not self.filter_edit.isClearButtonEnabled():
            self.filter_edit.setClearButtonEnabled(True)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if watched is self.filter_edit and event.type() == QEvent.Type.FocusIn:
            self._enable_clear_button()
        elif watched is self.table and event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            if event.matches(QKeySequence.StandardKey.Copy):
                event.accept()
                if event.type() == QEvent.Type.KeyPress:
                    self.copy()
                return True
        return super().eventFilter(watched, event)

    # --- rows -----------------------------------------------------------------------------------------
    def set_biblio(self, on: bool) -> None:
        """The list has bibliography (or not): its columns in the table, its portfolio views beside it."""
        if on and not self.model.has_biblio():
            self.model.set_biblio(True)
            header = self.table.horizontalHeader()
            metrics = header.fontMetrics()
            for offset, width in enumerate((260, 180, 110, 110, 110)):
                col = len(COLUMN_KEYS) + offset
                label = self.model.headerData(col, Qt.Orientation.Horizontal)
                header.resizeSection(col, max(width, metrics.horizontalAdvance(label) + 24))
        elif not on:
            self.model.set_biblio(False)
        self.views.set_biblio(on)

    def reset_rows(self, rows: list[ClassRow], dist: Distribution, with_biblio: bool | None = None) -> None:
        """Show ``rows`` (a new list, or a run's answered rows); ``with_biblio``: whether the list has
        bibliography (None: unchanged)."""
        self._pending = []
        self._flush_timer.stop()
        self._views_timer.stop()
        self.clear_cell_filter()
        self.model.clear()
        if with_biblio is not None:
            self.set_biblio(with_biblio)
        self.model.append_rows(rows)
        self.chart.distribution = dist
        self.chart.refresh()
        self.views.rows_changed()

    def add_rows(self, rows: list[ClassRow]) -> None:
        self._pending.extend(rows)
        if not self._flush_timer.isActive():
            self._flush_timer.start()

    def flush(self) -> None:
        self._flush_timer.stop()
        rows, self._pending = self._pending, []
        if rows:
            self.model.append_rows(rows)
            self.chart.distribution.add_rows(rows)
            if not self._chart_timer.isActive():
                self._chart_timer.start()
            if not self._views_timer.isActive():
                self._views_timer.start()

    def finish(self, failed_rows: list[ClassRow], alt_names: dict[str, str]) -> None:
        """The run ended: add its failures, re-apply the sort, redraw the chart, set the tooltips."""
        self.flush()
        self.model.append_rows(failed_rows)
        self.chart.distribution.add_rows(failed_rows)
        self.model.set_alt_names(alt_names)
        self.model.resort()
        self._chart_timer.stop()
        self._views_timer.stop()
        self.chart.refresh()
        self.views.rows_changed()

    def clear(self) -> None:
        self.reset_rows([], Distribution())

    # --- filters --------------------------------------------------------------------------------------
    def apply_text_filter(self) -> None:
        self._filter_timer.stop()
        with self.table.filtering():
            self.proxy.set_text_filter(self.filter_edit.text())

    def set_level_filter(self, lv1, lv2) -> None:
        with self.table.filtering():
            self.proxy.set_level_filter(lv1, lv2)
        self._update_level_label()

    def set_cell_filter(self, label: str, code: str, name: str, patents) -> None:
        """Show only the rows of a portfolio view's cell: ``patents`` under level-1 ``code``."""
        self._cell_text = f"{label} · {code} {name}".strip()
        with self.table.filtering():
            self.proxy.set_cell_filter(frozenset(patents), code)
        self._update_cell_chip()

    def clear_cell_filter(self) -> None:
        self._cell_text = ""
        with self.table.filtering():
            self.proxy.set_cell_filter(None)
        self.views.heat_map.clearSelection()
        self._update_cell_chip()

    def _update_cell_chip(self) -> None:
        on = self.proxy.cell_filter() is not None
        metrics = self.cell_chip.fontMetrics()  # a long assignee name is shortened (whole in the tooltip)
        cell = metrics.elidedText(self._cell_text, Qt.TextElideMode.ElideRight, CHIP_TEXT_WIDTH)
        self.cell_chip.setText(self.tr("Filtered: {0} ✕").format(cell) if on else "")
        tip = self.tr("Show every row again")
        self.cell_chip.setToolTip(f"{self._cell_text}\n{tip}" if on else tip)
        self.cell_chip.setVisible(on)

    def _update_level_label(self) -> None:
        lv1, lv2 = self.proxy.level_filter()
        code = lv2 or lv1
        if code is None:
            self.level_label.setText("")
            return
        name = self.chart.distribution.names.get(code, "")
        self.level_label.setText(
            self.tr('Industry {0} {1} (<a href="clear">show all</a>)').format(code, name)
        )

    def _update_rows_label(self, *_args) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            self.rows_label.setText(self.tr("Rows: {0}").format(total))
        else:
            self.rows_label.setText(self.tr("Rows: {0} of {1}").format(shown, total))
        self.rowsShownChanged.emit(shown, total)

    # --- column chooser -------------------------------------------------------------------------------
    def _column_menu(self, pos) -> None:
        menu = self.column_menu()
        menu.exec(self.table.horizontalHeader().mapToGlobal(pos))

    def column_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.setObjectName("classifyColumnMenu")
        for col in range(self.model.columnCount()):
            action = menu.addAction(self.model.headerData(col, Qt.Orientation.Horizontal))
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(col))
            action.toggled.connect(lambda on, c=col: self.set_column_visible(c, on))
        return menu

    def set_column_visible(self, column: int, visible: bool) -> None:
        if (
            not visible
            and sum(not self.table.isColumnHidden(c) for c in range(self.model.columnCount())) <= 1
        ):
            return  # keep at least one column
        self.table.setColumnHidden(column, not visible)

    # --- selection, copy ------------------------------------------------------------------------------
    def visible_columns(self) -> list[int]:
        header = self.table.horizontalHeader()
        cols = [c for c in range(self.model.columnCount()) if not self.table.isColumnHidden(c)]
        return sorted(cols, key=header.visualIndex)

    def row_at(self, index) -> ClassRow:
        """The row behind a table (proxy) index."""
        return self.model.rows()[self.proxy.mapToSource(index).row()]

    def shown_rows(self) -> list[ClassRow]:
        """The rows the table shows (filtered), in view order."""
        proxy, rows = self.proxy, self.model.rows()
        if proxy.rowCount() == len(rows):
            return list(rows)
        return [rows[proxy.mapToSource(proxy.index(r, 0)).row()] for r in range(proxy.rowCount())]

    def selection_text(self) -> str:
        """The selected cells as tab-separated lines (visible columns, in view order)."""
        selection = self.table.selectionModel().selection()
        proxy, rows = self.proxy, self.model.rows()
        picked: dict[int, set[int]] = {}
        for rng in selection:
            cols = set(range(rng.left(), rng.right() + 1))
            for r in range(rng.top(), rng.bottom() + 1):
                picked.setdefault(r, set()).update(cols)
        columns = [c for c in self.visible_columns() if any(c in s for s in picked.values())]
        lines = []
        for r in sorted(picked):
            row = rows[proxy.mapToSource(proxy.index(r, 0)).row()]
            cells = self.model.visible(row)
            lines.append([cells[c] if c in picked[r] else "" for c in columns])
        return tsv(lines)

    def copy(self) -> str:
        text = self.selection_text()
        if text:
            QGuiApplication.clipboard().setText(text)
        return text

    def select_all(self) -> None:
        self.table.selectAll()

    def select_rows(self, first: int, last: int) -> None:
        from PySide6.QtCore import QItemSelection, QItemSelectionModel

        model = self.table.selectionModel()
        top = self.proxy.index(first, 0)
        bottom = self.proxy.index(last, self.proxy.columnCount() - 1)
        model.select(QItemSelection(top, bottom), QItemSelectionModel.SelectionFlag.ClearAndSelect)
