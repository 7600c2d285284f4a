"""The Risk monitoring tab (issue 7): a company watchlist with patent risk warnings, history and alerts.

Layout and wiring here; the watchlist commands (add, import, remove, export, backfill) in ``risk_actions``;
jobs in ``risk_refresh``; the release monitor in ``risk_monitor``. The shell finds the tab through
``create_tab``.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ipdesk.services.risk import FLAGS
from ipdesk.ui.core.dates import format_datetime
from ipdesk.ui.risk.actions import RiskActionsMixin
from ipdesk.ui.risk.badges import FlagBadgeDelegate
from ipdesk.ui.risk.detail import RiskDetail
from ipdesk.ui.risk.filter import WatchlistProxy
from ipdesk.ui.risk.model import (
    COMPANY,
    FLAGS_COL,
    IDENTIFIER,
    REFRESHED,
    ROW_ROLE,
    WatchlistModel,
    flag_label,
)
from ipdesk.ui.risk.monitor import ReleaseMonitor
from ipdesk.ui.risk.refresh import Clock, RiskRunner, utc_now
from ipdesk.ui.widgets.empty_state import EmptyHint


class RiskTab(RiskActionsMixin, QWidget):
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
        self.runner = RiskRunner(context, self, clock=clock)
        self._pending_entry = None
        self._monitor_waiting = False
        self._loaded = False

        # add / check
        self.add_edit = QLineEdit(self)
        self.add_edit.setObjectName("riskAddEdit")
        self.add_edit.returnPressed.connect(lambda: self.add_text(self.add_edit.text()))
        self.add_button = self._button("riskAddButton", lambda: self.add_text(self.add_edit.text()))
        self.import_button = self._button("riskImportButton", self.import_file)
        self.check_label = QLabel(self)
        self.check_label.setObjectName("riskCheckMessage")
        self.check_label.setWordWrap(True)
        self.check_label.setStyleSheet("color: #c62828;")
        self.anyway_button = self._button("riskQueryAnywayButton", self.query_anyway)
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
        self.refresh_button = self._button("riskRefreshSelectedButton", self.refresh_selected)
        self.refresh_all_button = self._button("riskRefreshAllButton", self.refresh_all)
        self.cancel_button = self._button("riskCancelButton", self.runner.cancel)
        self.remove_button = self._button("riskRemoveButton", self.remove_selected)
        self.export_button = self._button("riskExportButton", self.export)
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
        self.model = WatchlistModel(self, lang=context.api_lang)
        self.proxy = WatchlistProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setObjectName("riskTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COMPANY, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.badges = FlagBadgeDelegate(self.table)
        self.table.setItemDelegateForColumn(FLAGS_COL, self.badges)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.resizeSection(COMPANY, 220)
        header.resizeSection(FLAGS_COL, 260)
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
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("riskSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail_scroll)
        # the watchlist (with its flag badges) gets most of the width; the detail pane scrolls
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([920, 420])

        layout = QVBoxLayout(self)
        layout.addLayout(add_row)
        layout.addLayout(check_row)
        layout.addLayout(commands)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.splitter, 1)

        self.monitor = ReleaseMonitor(context.settings, clock, self.model_companies, self)
        if monitor_interval_ms is not None:
            self.monitor.timer.setInterval(monitor_interval_ms)
        self.monitor.refreshRequested.connect(self._monitor_refresh)
        self.monitor.notified.connect(lambda n: self.show_message(n.message, status=True))
        self.monitor_check.setChecked(self.monitor.enabled)
        self.monitor_check.toggled.connect(self.monitor.set_enabled)
        self.runner.companyDone.connect(self._company_done)
        self.runner.progressChanged.connect(self._progress)
        self.runner.finished.connect(self._finished)
        self.runner.busyChanged.connect(lambda _b: self._update_buttons())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.tag_filter.currentIndexChanged.connect(
            lambda _i: self.proxy.set_tag(self.tag_filter.currentData())
        )
        self.flag_filter.currentIndexChanged.connect(
            lambda _i: self.proxy.set_flag(self.flag_filter.currentData())
        )
        self.detail.saveRequested.connect(self.save_note)
        self.detail.backfillRequested.connect(self.start_backfill)
        self.detail.exportHistoryRequested.connect(self.export_history)
        if hasattr(context, "profileChanged"):
            context.profileChanged.connect(self._profile_changed)
        self.empty_hint = EmptyHint(self.table, self._empty_text, "riskEmptyHint")
        self.retranslateUi()
        self._update_buttons()
        self.load()

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
        }
        for button, (text, name) in texts.items():
            button.setText(text)
            button.setAccessibleName(name)
        self.anyway_button.setToolTip(
            self.tr("Send the code as typed, although its check character is wrong")
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

    def show_message(self, text: str, *, status: bool = False) -> None:
        self.message.setText(text)
        if status and hasattr(self.context, "message"):
            self.context.message.emit(text)

    def _update_buttons(self) -> None:
        busy = self.runner.busy
        has_rows = self.model.rowCount() > 0
        selected = bool(self.selected_keys())
        self.refresh_button.setEnabled(not busy and selected)
        self.refresh_all_button.setEnabled(not busy and has_rows)
        self.cancel_button.setEnabled(busy)
        self.remove_button.setEnabled(not busy and selected)
        self.export_button.setEnabled(has_rows)
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

    def _selection_changed(self, *_: object) -> None:
        for selected in self.selected_rows():
            if selected.company.flags_new:
                self.mark_seen(selected.key)
        self._refresh_detail()

    def _refresh_detail(self) -> None:
        rows = self.selected_rows()
        row = rows[0] if len(rows) == 1 else None
        self.detail.show_company(row, self.history_points(row.key) if row is not None else [])
        self._update_buttons()

    def model_companies(self) -> list:
        return [row.company for row in self.model.rows()]

    # -- monitoring -------------------------------------------------------------------------------------------
    def _profile_changed(self, _profile=None) -> None:
        """Another profile (or demo mode) may use another database: show its watchlist."""
        if self.context.store() is not getattr(self, "_watch_store", None) and not self.runner.busy:
            self._loaded = False  # until the other database's watchlist is shown
            self.load()
        else:
            self._client_ready()

    def _client_ready(self) -> None:
        if self._loaded and self.context.client() is not None:
            self.monitor.start()

    def _monitor_refresh(self, keys: list[str]) -> None:
        if self.runner.busy:
            self._monitor_waiting = True
            return
        self._monitor_waiting = False
        self.refresh_keys(keys, reason="monitor")
