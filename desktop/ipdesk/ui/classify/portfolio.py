"""The portfolio views beside the results table: industries by assignee and by year, as a heat map.

``PortfolioPanel`` holds the switch ("Industries", "By assignee", "By year", with the application or publication
year), the industry chart (``ClassificationChart``) and the heat map: a ``QTableView`` over a
``services.portfolio.PortfolioMatrix`` whose cells are coloured by their count of distinct patents. Clicking a
cell emits ``cellChosen`` with the cell's patents so the table shows only them. The views are built from the
list's rows by ``services.portfolio`` on a worker (``run_task``), only while a view is shown, and only for a
list classified with bibliography; otherwise a line says how to get one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ipdesk.ui.classify.chart import ClassificationChart

if TYPE_CHECKING:
    from ipdesk.services.classify import ClassRow
    from ipdesk.services.portfolio import PortfolioMatrix

INDUSTRIES, BY_ASSIGNEE, BY_YEAR = "industries", "assignee", "year"
TOP_ASSIGNEES = 10
_LABEL_CHARS = 28  # a longer assignee name is shortened in the row header (whole in its tooltip)

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)


def build_view(rows: list[ClassRow], view: str, date: str) -> PortfolioMatrix:
    """The matrix of ``view`` (BY_ASSIGNEE or BY_YEAR) over ``rows`` (blocking: run on a worker)."""
    from ipdesk.services.portfolio import by_assignee, by_year

    return by_assignee(rows, TOP_ASSIGNEES) if view == BY_ASSIGNEE else by_year(rows, date)


class HeatMapModel(QAbstractTableModel):
    """A ``PortfolioMatrix`` as a table: counts (empty for none), cells shaded from the base to the highlight
    colour by their share of the largest cell."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.matrix: PortfolioMatrix | None = None
        self._peak = 0  # the matrix's largest count, once per matrix: data() asks for it per cell and role
        self._low = QColor(Qt.GlobalColor.white)
        self._high = QColor(Qt.GlobalColor.darkBlue)
        self._light_text = QColor(Qt.GlobalColor.white)
        self._tip = "{0} · {1} {2}: {3}"

    def set_palette(self, palette: QPalette, tip: str) -> None:
        self._low = palette.color(QPalette.ColorRole.Base)
        self._high = palette.color(QPalette.ColorRole.Highlight)
        self._light_text = palette.color(QPalette.ColorRole.HighlightedText)
        self._tip = tip

    def set_matrix(self, matrix: PortfolioMatrix | None) -> None:
        self.beginResetModel()
        self.matrix = matrix
        self._peak = matrix.peak if matrix is not None else 0
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() or self.matrix is None else len(self.matrix.row_labels)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() or self.matrix is None else len(self.matrix.column_codes)

    def _share(self, count: int) -> float:
        return count / self._peak if self._peak else 0.0

    def data(self, index, role: int = _DISPLAY):
        matrix = self.matrix
        if matrix is None or not index.isValid():
            return None
        count = matrix.counts[index.row()][index.column()]
        if role == _DISPLAY:
            return str(count) if count else ""
        if role == _ALIGN:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == _BACKGROUND and count:
            share = 0.15 + 0.85 * self._share(count)  # the smallest count still shows
            low, high = self._low, self._high
            return QColor(
                round(low.red() + (high.red() - low.red()) * share),
                round(low.green() + (high.green() - low.green()) * share),
                round(low.blue() + (high.blue() - low.blue()) * share),
            )
        if role == _FOREGROUND and count and self._share(count) > 0.5:
            return self._light_text
        if role == _TOOLTIP:
            code = matrix.column_codes[index.column()]
            name = matrix.column_names[index.column()]
            return self._tip.format(matrix.row_labels[index.row()], code, name, count)
        return None

    def headerData(self, section: int, orientation, role: int = _DISPLAY):  # noqa: N802 - Qt override
        matrix = self.matrix
        if matrix is None or role not in (_DISPLAY, _TOOLTIP):
            return None
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(matrix.column_codes):
                return None
            code, name = matrix.column_codes[section], matrix.column_names[section]
            return code if role == _DISPLAY else f"{code} {name}"
        if not 0 <= section < len(matrix.row_labels):
            return None
        label = matrix.row_labels[section]
        total = matrix.totals[section] if matrix.totals else ""
        if role == _TOOLTIP:
            return f"{label} ({total})"
        short = label if len(label) <= _LABEL_CHARS else label[: _LABEL_CHARS - 1] + "…"
        return f"{short} ({total})"


class HeatMapView(QTableView):
    """The heat map's table: every industry column stays in view; when the row labels (assignees) and the
    columns do not both fit, the labels give way (elided in the middle: the name's start and the patent count
    stay; whole in their tooltips) rather than the last industries being scrolled out of sight."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.verticalHeader().setTextElideMode(Qt.TextElideMode.ElideMiddle)  # the name's start and its count
        self._least_label = self.fontMetrics().horizontalAdvance("M" * 8)

    def setModel(self, model) -> None:  # noqa: N802 - Qt override
        super().setModel(model)
        for signal in (model.modelReset, model.layoutChanged):
            signal.connect(self.fit_labels)

    def fit_labels(self) -> None:
        """Cap the row labels' width to what the columns at their least width leave."""
        model = self.model()
        columns = model.columnCount() if model is not None else 0
        scroll = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        room = (
            self.width()
            - 2 * self.frameWidth()
            - scroll
            - columns * self.horizontalHeader().minimumSectionSize()
        )
        self.verticalHeader().setMaximumWidth(max(self._least_label, room))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.fit_labels()
        super().resizeEvent(event)


class PortfolioPanel(QWidget):
    """The chart and the portfolio views behind one switch. Emits ``cellChosen(row label, code, name, patents)``."""

    cellChosen = Signal(str, str, str, object)  # row label, level-1 code, its name, frozenset of patents

    def __init__(self, rows: Callable[[], list], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("classifyPortfolioPanel")
        self._rows = (
            rows  # the list's rows now (the table model's list: copied before leaving the GUI thread)
        )
        # run_task(name, work, on_result): the tab's task runner; without one (a panel on its own) work runs here
        self.run_task: Callable[[str, Callable[[], object], Callable[[object], None]], None] | None = None
        self._biblio = False
        self._dirty = True  # the rows changed since the shown view was built
        self._generation = 0
        self._built: tuple[str, str] | None = None  # (view, date) of the matrix shown

        self.view_combo = QComboBox(self)
        self.view_combo.setObjectName("classifyViewCombo")
        for view in (INDUSTRIES, BY_ASSIGNEE, BY_YEAR):
            self.view_combo.addItem("", view)
        self.view_combo.currentIndexChanged.connect(self._switched)
        self.date_combo = QComboBox(self)
        self.date_combo.setObjectName("classifyYearDateCombo")
        for date in ("application", "publication"):
            self.date_combo.addItem("", date)
        self.date_combo.currentIndexChanged.connect(self._switched)
        self.date_combo.hide()
        self.view_label = QLabel(self)
        self.view_label.setBuddy(self.view_combo)
        switch = QHBoxLayout()
        switch.addWidget(self.view_label)
        switch.addWidget(self.view_combo)
        switch.addWidget(self.date_combo)
        switch.addStretch(1)

        self.chart = ClassificationChart(self)
        self.title = QLabel(self)
        self.title.setObjectName("classifyHeatMapTitle")
        self.title.setWordWrap(True)
        self.heat_model = HeatMapModel(self)
        self.heat_map = HeatMapView(self)
        self.heat_map.setObjectName("classifyHeatMap")
        self.heat_map.setModel(self.heat_model)
        self.heat_map.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.heat_map.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.heat_map.setWordWrap(False)
        # the industries share the width: a dozen codes fit beside the names without scrolling
        self.heat_map.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.heat_map.horizontalHeader().setMinimumSectionSize(
            self.fontMetrics().horizontalAdvance("000") + 6
        )
        self.heat_map.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.heat_map.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.heat_map.clicked.connect(self.click_cell)
        self.heat_map.activated.connect(self.click_cell)  # Enter on a cell
        self.hint = QLabel(self)
        self.hint.setObjectName("classifyHeatMapHint")
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.others = QLabel(self)
        self.others.setObjectName("classifyHeatMapOthers")
        self.others.setWordWrap(True)
        views = QWidget(self)
        views_layout = QVBoxLayout(views)
        views_layout.setContentsMargins(0, 0, 0, 0)
        views_layout.addWidget(self.title)
        views_layout.addWidget(self.heat_map, 1)
        views_layout.addWidget(self.hint, 1)
        views_layout.addWidget(self.others)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.chart)
        self.stack.addWidget(views)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(switch)
        layout.addWidget(self.stack, 1)
        self.retranslateUi()
        self._show_state()

    # --- texts ------------------------------------------------------------------------------------
    def retranslateUi(self) -> None:  # noqa: N802 - Qt naming
        self.view_label.setText(self.tr("View:"))
        for index, text in enumerate((self.tr("Industries"), self.tr("By assignee"), self.tr("By year"))):
            self.view_combo.setItemText(index, text)
        self.view_combo.setAccessibleName(self.tr("Portfolio view"))
        self.date_combo.setItemText(0, self.tr("Application year"))
        self.date_combo.setItemText(1, self.tr("Publication year"))
        self.date_combo.setAccessibleName(self.tr("Which year"))
        self.heat_map.setAccessibleName(self.tr("Portfolio heat map"))
        self.hint.setText(
            self.tr(
                "Assignees and years come with the bibliography: tick “With bibliography” above and classify "
                "the list again (one more API call per 100 patents)."
            )
        )
        self._apply_palette()
        self._show_state()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        elif event.type() == QEvent.Type.PaletteChange:
            self._apply_palette()
        super().changeEvent(event)

    def _apply_palette(self) -> None:
        self.heat_model.set_palette(self.palette(), self.tr("{0} · {1} {2}: {3} patents"))

    # --- state ------------------------------------------------------------------------------------
    def view(self) -> str:
        return self.view_combo.currentData()

    def date(self) -> str:
        return self.date_combo.currentData()

    def set_view(self, view: str, date: str | None = None) -> None:
        if date is not None:
            self.date_combo.setCurrentIndex(self.date_combo.findData(date))
        self.view_combo.setCurrentIndex(self.view_combo.findData(view))

    def matrix(self) -> PortfolioMatrix | None:
        """The view shown (None for the industry chart, without bibliography or while it is being built)."""
        shown = self._biblio and self._built == (self.view(), self.date())
        return self.heat_model.matrix if shown else None

    def set_biblio(self, on: bool) -> None:
        """Whether the list has bibliography (assignees and dates): without, the views show how to get it."""
        if on != self._biblio:
            self._biblio = on
            self.rows_changed()

    def rows_changed(self) -> None:
        """The list's rows changed: the shown view is built again (the others when they are shown)."""
        self._dirty = True
        self._show_state()

    def _switched(self, _index: int = 0) -> None:
        self._show_state()

    def _show_state(self) -> None:
        view = self.view()
        self.date_combo.setVisible(view == BY_YEAR)
        if view == INDUSTRIES:
            self.stack.setCurrentIndex(0)
            return
        self.stack.setCurrentIndex(1)
        self.heat_map.setVisible(self._biblio)
        self.hint.setVisible(not self._biblio)
        if not self._biblio:
            self.title.setText("")
            self.others.setText("")
            return
        if self._dirty or self._built != (view, self.date()):
            self._build(view, self.date())
        else:
            self._show_texts()

    def _build(self, view: str, date: str) -> None:
        self._generation += 1
        generation = self._generation
        rows = list(self._rows())  # a snapshot: the table's list is changed on the GUI thread
        self._dirty = False

        def done(matrix) -> None:
            if generation == self._generation:
                self._built = (view, date)
                self.heat_model.set_matrix(matrix)
                self._show_texts()

        if self.run_task is None:
            done(build_view(rows, view, date))
        else:
            self.run_task("portfolio view", lambda: build_view(rows, view, date), done)

    def _show_texts(self) -> None:
        matrix = self.matrix()
        if matrix is None:
            return
        view = self._built[0] if self._built else ""
        if view == BY_ASSIGNEE:
            self.title.setText(
                self.tr("Patents of the top {0} assignees per level-1 industry").format(
                    len(matrix.row_labels)
                )
            )
            others = self.tr("Other patents (other assignees or none known): {0}")
        elif self.date() == "publication":
            self.title.setText(self.tr("Patents per publication year and level-1 industry"))
            others = self.tr("Patents without a publication date: {0}")
        else:
            self.title.setText(self.tr("Patents per application year and level-1 industry"))
            others = self.tr("Patents without an application date: {0}")
        if matrix.empty:
            self.title.setText(self.tr("No classified patent with an assignee or a date yet."))
        self.others.setText(
            others.format(matrix.others) + " · " + self.tr("Click a cell to show its patents in the table.")
        )

    def click_cell(self, index) -> None:
        """A click on a heat-map cell: the table shows that cell's patents (also for tests and the keyboard)."""
        matrix = self.matrix()
        if matrix is None or not index.isValid():
            return
        row, column = index.row(), index.column()
        if not matrix.counts[row][column]:
            return
        self.cellChosen.emit(
            matrix.row_labels[row],
            matrix.column_codes[column],
            matrix.column_names[column],
            matrix.members[row][column],
        )
