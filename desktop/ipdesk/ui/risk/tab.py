"""The Risk monitoring tab (issue 7): a company watchlist with patent risk warnings, history and alerts.

Layout, wiring, the detail pane's history (read on a worker, debounced) and exports here; the watchlist commands
(load, add, import, remove, note/tags) in ``watchlist_actions``; refresh and backfill in ``run_actions`` on the
jobs of ``refresh``; the release monitor is an application service (``ui.core.release_monitor``) whose runner
the tab shares. The shell finds the tab through ``create_tab``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ipdesk.services import export as exporter
from ipdesk.services.risk import FLAGS
from ipdesk.ui.core.dates import format_datetime
from ipdesk.ui.risk.badges import FlagBadgeDelegate
from ipdesk.ui.risk.company_patents import CompanyPatentsAction
from ipdesk.ui.risk.detail import RiskDetail
from ipdesk.ui.risk.filter import WatchlistProxy
from ipdesk.ui.risk.importer import history_rows, report_row
from ipdesk.ui.risk.model import (
    COLUMN_COUNT,
    COMPANY,
    FLAGS_COL,
    IDENTIFIER,
    REFRESHED,
    ROW_ROLE,
    SCORE,
    WatchlistModel,
    flag_label,
)
from ipdesk.ui.risk.release_monitor import Clock, release_monitor, utc_now
from ipdesk.ui.risk.run_actions import RunActions
from ipdesk.ui.risk.watchlist_actions import WatchlistActions
from ipdesk.ui.widgets.empty_state import EmptyHint
from ipdesk.ui.widgets.menus import action_menu

DETAIL_MIN_WIDTH = 380  # at least: the detail pane's widgets fit (a 1120-pixel window keeps it)
HISTORY_DELAY_MS = 60  # the history is read once the selection rests (stepping down the list reads none)
MAX_COMPARED = 8  # lines on the comparison chart (the first companies selected)
# The selected company is kept in the store's state part, not in QSettings: it names a company of that database's
# watchlist, so it follows the data folder and the profile (demo mode has its own database).
SELECTED_STATE = "risk.selected_company"


class RiskTab(QWidget):
    openFullTextRequested = Signal(
        str, str
    )  # (patent, by) from "Patents of this company": the shell routes it

    def __init__(
        self,
        context,
        parent: QWidget | None = None,
        *,
        clock: Clock = utc_now,
        monitor_interval_ms: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("tab_risk")
        self.context = context
        self.clock = clock
        self.monitor = release_monitor(context, clock=clock)
        if monitor_interval_ms is not None:
            self.monitor.timer.setInterval(monitor_interval_ms)
        self.runner = self.monitor.runner
        self._loaded = False
        self.report_dialog = None  # the last report dialog opened (File → Report…)
        self.model = WatchlistModel(self, lang=context.api_lang)
        self.watchlist = WatchlistActions(self, context, self.model, self.runner)
        self.jobs = RunActions(self, context, self.model, self.runner)
        self.company_patents = CompanyPatentsAction(self)
        self._history_timer = QTimer(self)
        self._history_timer.setSingleShot(True)
        self._history_timer.setInterval(HISTORY_DELAY_MS)
        self._history_timer.timeout.connect(self._read_history)

        # add / check
        self.add_edit = QLineEdit(self)
        self.add_edit.setObjectName("riskAddEdit")
        self.add_edit.returnPressed.connect(lambda: self.watchlist.add_text(self.add_edit.text()))
        self.add_button = self._button("riskAddButton", lambda: self.watchlist.add_text(self.add_edit.text()))
        self.import_button = self._button("riskImportButton", self.import_file)
        self.check_label = QLabel(self)
        self.check_label.setObjectName("riskCheckMessage")
        self.check_label.setWordWrap(True)
        self.check_label.setStyleSheet("color: #c62828;")
        self.anyway_button = self._button("riskQueryAnywayButton", lambda: self.watchlist.query_anyway())
        self.check_label.hide()
        self.anyway_button.hide()
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_edit, 1)
        add_row.addWidget(self.add_button)
        add_row.addWidget(self.import_button)
        check_row = QHBoxLayout()
        check_row.addWidget(self.check_label, 1)
        check_row.addWidget(self.anyway_button)

        # commands and filters
        self.refresh_button = self._button("riskRefreshSelectedButton", self.jobs.refresh_selected)
        self.refresh_all_button = self._button("riskRefreshAllButton", self.jobs.refresh_all)
        self.cancel_button = self._button("riskCancelButton", self.runner.cancel)
        self.remove_button = self._button("riskRemoveButton", self.watchlist.remove_selected)
        self.export_button = self._button("riskExportButton", self.export)
        self.patents_button = self._button("riskCompanyPatentsButton", self.show_company_patents)
        self.tag_filter = QComboBox(self)
        self.tag_filter.setObjectName("riskTagFilter")
        self.flag_filter = QComboBox(self)
        self.flag_filter.setObjectName("riskFlagFilter")
        self.monitor_check = QCheckBox(self)
        self.monitor_check.setObjectName("riskMonitorCheck")
        commands = QHBoxLayout()
        for widget in (
            self.refresh_button,
            self.refresh_all_button,
            self.cancel_button,
            self.remove_button,
            self.export_button,
            self.patents_button,
        ):
            commands.addWidget(widget)
        commands.addStretch(1)
        self.tag_label, self.flag_label = QLabel(self), QLabel(self)
        self.tag_label.setBuddy(self.tag_filter)
        self.flag_label.setBuddy(self.flag_filter)
        for widget in (
            self.tag_label,
            self.tag_filter,
            self.flag_label,
            self.flag_filter,
            self.monitor_check,
        ):
            commands.addWidget(widget)

        self.progress = QProgressBar(self)
        self.progress.setObjectName("riskProgressBar")
        self.progress.hide()
        self.message = QLabel(self)
        self.message.setObjectName("riskMessageLabel")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        # table + detail
        self.proxy = WatchlistProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setObjectName("riskTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(SCORE, Qt.SortOrder.DescendingOrder)  # the riskiest first
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._menu_at)
        self.badges = FlagBadgeDelegate(self.table)
        self.table.setItemDelegateForColumn(FLAGS_COL, self.badges)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # a header too narrow for its name keeps the name's start (with the full name in its tooltip)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.resizeSection(COMPANY, 200)
        header.resizeSection(FLAGS_COL, 240)
        metrics = self.table.fontMetrics()
        header.resizeSection(IDENTIFIER, metrics.horizontalAdvance("91441900MA4W9K3C4N") + 24)
        sample = format_datetime(datetime(2026, 12, 28, 23, 59))
        header.resizeSection(REFRESHED, metrics.horizontalAdvance(sample) + 16)
        self.detail = RiskDetail(self)
        # the detail pane (counts, history chart, note) scrolls when the window is short (a 1280x720 laptop)
        self.detail_scroll = QScrollArea(self)
        self.detail_scroll.setObjectName("riskDetailScroll")
        self.detail_scroll.setWidgetResizable(True)
        self.detail_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.detail_scroll.setWidget(self.detail)
        self.detail_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        self.detail_scroll.setMinimumWidth(
            max(DETAIL_MIN_WIDTH, self.detail.minimumSizeHint().width() + bar + 4)
        )
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("riskSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail_scroll)
        # the watchlist (with its flag badges) gets most of the width; the detail pane scrolls
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([920, 440])

        layout = QVBoxLayout(self)
        layout.addLayout(add_row)
        layout.addLayout(check_row)
        layout.addLayout(commands)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.splitter, 1)

        self.monitor.notified.connect(
            lambda n: self.show_message(n.message)
        )  # the monitor tells the status bar
        self.monitor.refreshed.connect(self._monitor_refreshed)
        self.monitor_check.setChecked(self.monitor.enabled)
        self.monitor_check.toggled.connect(self.monitor.set_enabled)
        self.watchlist.loaded.connect(self._watchlist_loaded)
        self.watchlist.changed.connect(self._watchlist_changed)
        self.runner.busyChanged.connect(lambda _b: self.update_buttons())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.tag_filter.currentIndexChanged.connect(
            lambda _i: self.proxy.set_tag(self.tag_filter.currentData())
        )
        self.flag_filter.currentIndexChanged.connect(
            lambda _i: self.proxy.set_flag(self.flag_filter.currentData())
        )
        self.detail.saveRequested.connect(self.watchlist.save_note)
        self.detail.backfillRequested.connect(self.jobs.start_backfill)
        self.detail.exportHistoryRequested.connect(self.export_history)
        if hasattr(context, "profileChanged"):
            context.profileChanged.connect(self._profile_changed)
        self.empty_hint = EmptyHint(self.table, self._empty_text, "riskEmptyHint")
        self.retranslateUi()
        self.update_buttons()
        if context.profile is not None:
            self.watchlist.load()
        # else the tab was built at start before the profile (or demo mode) is installed, maybe before the event
        # loop runs: the first load comes with profileChanged, from the right database

    def _button(self, name: str, slot) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # -- texts --------------------------------------------------------------------------------------------------
    def _empty_text(self) -> str:
        if self.model.rowCount():
            return self.tr("No company matches the tag and flag filters.")
        return self.tr(
            "Your watchlist is empty. Type a company name or code above and press Add, or Import… a CSV or XLSX "
            "list."
        )

    def retranslateUi(self) -> None:  # noqa: N802
        self.empty_hint.retranslate()
        self.setAccessibleName(self.tr("Risk monitoring"))
        self.add_edit.setPlaceholderText(
            self.tr("Company name, unified social credit code or organisation code")
        )
        self.add_edit.setAccessibleName(self.tr("Company to add"))
        texts = {
            self.add_button: (self.tr("&Add"), self.tr("Add company")),
            self.import_button: (self.tr("&Import…"), self.tr("Import companies from CSV or XLSX")),
            self.anyway_button: (self.tr("Query anyway"), self.tr("Query anyway")),
            self.refresh_button: (self.tr("&Refresh selected"), self.tr("Refresh selected companies")),
            self.refresh_all_button: (self.tr("Refresh &all"), self.tr("Refresh all companies")),
            self.cancel_button: (self.tr("Cancel"), self.tr("Cancel the refresh")),
            self.remove_button: (self.tr("Remove"), self.tr("Remove selected companies")),
            self.export_button: (self.tr("&Export…"), self.tr("Export the watchlist report")),
            self.patents_button: (
                self.tr("&Patents in my lists…"),
                self.tr("Patents of this company in my lists"),
            ),
        }
        for button, (text, name) in texts.items():
            button.setText(text)
            button.setAccessibleName(name)
        self.anyway_button.setToolTip(
            self.tr("Send the code as typed, although its check character is wrong")
        )
        self.patents_button.setToolTip(
            self.tr(
                "The selected company's patents in your classified lists (matched by assignee or applicant), "
                "with their industries"
            )
        )
        self.tag_label.setText(self.tr("&Tag:"))
        self.flag_label.setText(self.tr("F&lag:"))
        self.tag_filter.setAccessibleName(self.tr("Filter by tag"))
        self.flag_filter.setAccessibleName(self.tr("Filter by flag"))
        self.monitor_check.setText(self.tr("Monitor new releases"))
        self.monitor_check.setAccessibleName(self.tr("Monitor new releases"))
        self.monitor_check.setToolTip(
            self.tr(
                "Refresh the watchlist when new risk data is out (1st and 16th) and notify about new flags"
            )
        )
        self.table.setAccessibleName(self.tr("Watchlist"))
        self.progress.setAccessibleName(self.tr("Refresh progress"))
        self._fill_flag_filter()
        self._fill_tag_filter()
        self.model.retranslate()
        if getattr(self, "_message_text", None) is not None:
            self.message.setText(self._message_text())
        self._fit_figure_columns()

    def _fit_figure_columns(self) -> None:
        """The figure columns as wide as their (translated) names, so a name is whole in its header."""
        header, metrics = self.table.horizontalHeader(), self.table.fontMetrics()
        for column in range(SCORE, COLUMN_COUNT - 2):
            text = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            header.resizeSection(column, max(60, metrics.horizontalAdvance(text) + 24))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def _fill_flag_filter(self) -> None:
        current = self.flag_filter.currentData()
        self.flag_filter.blockSignals(True)
        self.flag_filter.clear()
        self.flag_filter.addItem(self.tr("All companies"), None)
        self.flag_filter.addItem(self.tr("Any flag"), "any")
        self.flag_filter.addItem(self.tr("New since last check"), "new")
        for flag in FLAGS:
            self.flag_filter.addItem(flag_label(flag), flag)
        self.flag_filter.setCurrentIndex(max(0, self.flag_filter.findData(current)))
        self.flag_filter.blockSignals(False)

    def _fill_tag_filter(self) -> None:
        current = self.tag_filter.currentData()
        tags = sorted({t for row in self.model.rows() for t in row.company.tags})
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        self.tag_filter.addItem(self.tr("All tags"), None)
        for tag in tags:
            self.tag_filter.addItem(tag, tag)
        index = self.tag_filter.findData(current)
        self.tag_filter.setCurrentIndex(max(0, index))
        self.tag_filter.blockSignals(False)
        self.proxy.set_tag(self.tag_filter.currentData())

    def show_message(self, text: str | Callable[[], str], *, status: bool = False) -> None:
        """Show a message under the commands: words, or a function giving them in the current language (it is
        called again on a language change, so the label follows the switch)."""
        self._message_text = text if callable(text) else None
        self.message.setText(text() if callable(text) else text)
        if status and hasattr(self.context, "message"):
            self.context.message.emit(self.message.text())

    def update_buttons(self) -> None:
        busy = self.runner.busy
        has_rows = self.model.rowCount() > 0
        selected = bool(self.selected_keys())
        self.refresh_button.setEnabled(not busy and selected)
        self.refresh_all_button.setEnabled(not busy and has_rows)
        self.cancel_button.setEnabled(busy)
        self.remove_button.setEnabled(not busy and selected)
        self.export_button.setEnabled(has_rows)
        self.patents_button.setEnabled(self._single_row() is not None)
        self.detail.backfill_button.setEnabled(not busy and self.detail.row is not None)
        self.progress.setVisible(busy)

    # -- selection ---------------------------------------------------------------------------------------------
    def selected_rows(self) -> list:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return [index.data(ROW_ROLE) for index in rows]

    def selected_keys(self) -> list[str]:
        return [row.key for row in self.selected_rows()]

    def select_key(self, key: str, *, add: bool = False) -> bool:
        source = self.model.row_index(key)
        if source is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(source, 0))
        if not index.isValid():
            return False
        flags = QItemSelectionModel.SelectionFlag.Rows | (
            QItemSelectionModel.SelectionFlag.Select
            if add
            else QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.table.selectionModel().select(index, flags)
        self.table.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
        return True

    def _single_row(self):
        """The selected row when exactly one is selected (the one remembered across restarts), else None."""
        rows = self.selected_rows()
        return rows[0] if len(rows) == 1 else None

    def _selection_changed(self, *_: object) -> None:
        for selected in self.selected_rows():
            if selected.company.flags_new:
                self.watchlist.mark_seen(selected.key)
        self.refresh_detail()
        self._remember_selection()

    # -- continuity: the selected company comes back after a restart (from the store, no call) ---------------
    def _remember_selection(self) -> None:
        store, row = self.context.store(), self._single_row()
        key = row.key if row is not None else None
        if store is None or store.read_only or not self._loaded or key == getattr(self, "_remembered", None):
            return  # a read-only store (the bar says so) is browsed: where the user was is not written
        self._remembered = key
        self.context.tasks.run(
            "risk selection", lambda ctx: store.state.set_state(SELECTED_STATE, key), owner=self, show=False
        )

    def _restore_selection(self) -> None:
        store = self.context.store()
        if store is None or self.selected_keys():
            return

        def select(key) -> None:
            if isinstance(key, str) and not self.selected_keys() and self.select_key(key):
                self.table.scrollTo(self.table.currentIndex())

        self.context.tasks.run(
            "risk selection",
            lambda ctx: store.state.get_state(SELECTED_STATE),
            owner=self,
            on_result=select,
            show=False,
        )

    # -- the selected company: its menu, its patents in the user's lists ---------------------------------------
    def _menu_at(self, pos) -> None:
        menu = self.row_menu(self.table.indexAt(pos))
        if menu is not None:
            menu.exec(self.table.viewport().mapToGlobal(pos))

    def row_menu(self, index):
        """The menu of the company under the pointer (selected first; None outside a row)."""
        if not index.isValid():
            return None
        row = index.data(ROW_ROLE)
        if row not in self.selected_rows():
            self.select_key(row.key)
        busy, single = self.runner.busy, self._single_row() is not None
        entries = (
            (
                "riskCompanyPatentsAction",
                self.tr("Patents of this company in my lists…"),
                self.show_company_patents,
                single,
            ),
            ("riskRefreshAction", self.tr("Refresh selected"), self.jobs.refresh_selected, not busy),
            ("riskRemoveAction", self.tr("Remove"), self.watchlist.remove_selected, not busy),
        )
        return action_menu(self.table, "riskRowMenu", entries)

    def show_company_patents(self):
        """Show the one selected company's patents in the user's lists (read on a worker); the task."""
        return self.company_patents.run(self._single_row())

    def refresh_detail(self) -> None:
        """Show the selected company at once (several: their histories on one chart); the history is read on a
        worker once the selection rests."""
        rows = self.selected_rows()
        if not rows:
            self._history_timer.stop()
            self.detail.show_company(None, [])
        elif len(rows) == 1:
            row = rows[0]
            same = (
                self.detail.row is not None and self.detail.row.key == row.key and self.detail.history_known
            )
            self.detail.show_company(row, self.detail.points if same else None)
            self._history_timer.start()
        else:
            self.detail.show_comparison(rows[:MAX_COMPARED], None)
            self._history_timer.start()
        self.update_buttons()

    def _read_history(self) -> None:
        rows = self.selected_rows()[:MAX_COMPARED]
        if not rows or self.context.store() is None:
            return
        keys, service = [row.key for row in rows], self.runner.service()

        def done(histories: dict) -> None:
            current = self.selected_rows()[:MAX_COMPARED]
            if [row.key for row in current] != keys:
                return  # the selection moved on: dropped
            if len(current) == 1:
                self.detail.show_company(current[0], histories[keys[0]])
            else:
                self.detail.show_comparison(current, histories)

        self.context.tasks.run_from_timer(
            "risk history",
            lambda ctx: {key: service.history_points(key) for key in keys},
            owner=self,
            on_result=done,
            show=False,
        )

    # -- watchlist and monitoring -----------------------------------------------------------------------------
    def _watchlist_loaded(self) -> None:
        self._loaded = True
        self._watchlist_changed()
        self._restore_selection()
        if self.context.client() is not None:
            self.monitor.start()  # a demo watchlist's samples were just added: due now

    def _watchlist_changed(self) -> None:
        self._fill_tag_filter()
        self.update_buttons()

    def _monitor_refreshed(self, outcome) -> None:
        for company in outcome.checked:
            self.model.update(company.key, company=company)

    def _profile_changed(self, _profile=None) -> None:
        """Another profile (or demo mode) may use another database: show its watchlist."""
        shown = self.watchlist.demo_in_use
        if (shown is None or bool(self.context.demo) != shown) and not self.runner.busy:
            self._loaded = False  # until the other database's watchlist is shown
            self.watchlist.load()

    # -- shell commands: import, export, clipboard ----------------------------------------------------------------
    def import_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import companies"), "", self.tr("Tables (*.csv *.xlsx);;All files (*)")
        )
        if path:
            self.watchlist.import_path(path)

    def _save_path(self, title: str, name: str) -> str:
        path, _f = QFileDialog.getSaveFileName(
            self, title, name, self.tr("CSV (*.csv);;Excel workbook (*.xlsx)")
        )
        return path

    def export(self) -> None:
        path = self._save_path(self.tr("Export the watchlist report"), "watchlist.csv")
        if path:
            self.export_report(path)

    def report(self) -> None:
        """File → Report…: the report dialog over the watchlist."""
        from ipdesk.ui.risk.report import open_report

        self.report_dialog = open_report(self)

    def print_report(self) -> None:
        """File → Print… (Ctrl+P): the report dialog, then the print dialog once the report is made."""
        from ipdesk.ui.risk.report import open_report

        self.report_dialog = open_report(self, print_when_ready=True)

    def export_report(self, path: str):
        """Write the watchlist report on a worker (the GUI thread writes no file); the task."""
        rows = [report_row(row) for row in self.model.rows()]

        def done(count: int) -> None:
            self.show_message(lambda: self.tr("Companies exported: %1.").replace("%1", str(count)))

        return self.context.tasks.run(
            lambda: self.tr("Export"),
            lambda ctx: exporter.write_rows(rows, path, exporter.format_for(path)),
            owner=self,
            on_result=done,
            on_error=self.show_message,
        )

    def export_history(self, key: str) -> None:
        path = self._save_path(self.tr("Export the company history"), "history.csv")
        if path:
            self.export_history_to(key, path)

    def export_history_to(self, key: str, path: str):
        """Write the company's history (the one shown, or read first) on a worker; the task."""
        shown = self.detail.row
        points = (
            self.detail.points
            if shown is not None and shown.key == key and self.detail.history_known
            else None
        )
        service = self.runner.service()

        def work(ctx) -> int:
            rows = history_rows(points if points is not None else service.history_points(key))
            return exporter.write_rows(rows, path, exporter.format_for(path))

        def done(count: int) -> None:
            self.show_message(lambda: self.tr("Snapshots exported: %1.").replace("%1", str(count)))

        return self.context.tasks.run(
            lambda: self.tr("Export"), work, owner=self, on_result=done, on_error=self.show_message
        )

    def select_all(self) -> None:
        self.table.selectAll()

    def copy(self) -> None:
        indexes = sorted(self.table.selectionModel().selectedIndexes(), key=lambda i: (i.row(), i.column()))
        lines: dict[int, list[str]] = {}
        for index in indexes:
            lines.setdefault(index.row(), []).append(str(index.data() or ""))
        QGuiApplication.clipboard().setText("\n".join("\t".join(cells) for cells in lines.values()))
