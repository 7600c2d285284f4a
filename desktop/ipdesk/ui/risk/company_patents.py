""" "Patents of this company in my lists" (issue 17): the selected company's classified patents, found in the
user's stored classification lists by their stored bibliographies (``services.company_patents``, on a worker, no
call), shown in a dialog: the rows, and distinct patents per level-1 industry.
"""

from __future__ import annotations

from datetime import date

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ipdesk.services.company_patents import CompanyPatents, company_key, company_names, patents_of_company
from ipdesk.ui.core.dates import format_date
from ipdesk.ui.core.texts import PATENT_TYPES, patent_type_name
from ipdesk.ui.widgets.empty_state import EmptyHint

translate = QCoreApplication.translate  # the texts are in the Risk tab's catalogue
PATENT, TITLE, ASSIGNEE, LEVEL1, LEVEL2, FILED, TYPE = range(7)
ROW_ROLE = Qt.ItemDataRole.UserRole
OTHER_HOLDER_ROLE = Qt.ItemDataRole.UserRole + 1  # on an Assignee cell: the first assignee is another company


def _date(iso: str) -> str:
    try:
        return format_date(date.fromisoformat(iso)) if iso else ""
    except ValueError:
        return iso


def _industry(code: str, desc: str) -> str:
    return f"{code} {desc}".strip()


class CompanyPatentsDialog(QDialog):
    openFullTextRequested = Signal(str, str)  # (patent, by) of a row double-clicked: the shell routes it

    def __init__(self, company: str, result: CompanyPatents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("riskCompanyPatentsDialog")
        self.company, self.result = company, result
        self.summary = QLabel(self)
        self.summary.setObjectName("riskCompanyPatentsSummary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 7, self)
        self.table.setObjectName("riskCompanyPatentsTable")
        self.industries = QTableWidget(0, 2, self)
        self.industries.setObjectName("riskCompanyPatentsIndustries")
        for table in (self.table, self.industries):
            table.verticalHeader().hide()
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.setWordWrap(False)
            table.setTextElideMode(Qt.TextElideMode.ElideRight)
            table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        metrics = self.fontMetrics()
        longest_type = max((patent_type_name(code) for code in PATENT_TYPES), key=metrics.horizontalAdvance)
        for column, sample in (
            (PATENT, "US20050004437A1"),
            (ASSIGNEE, "M" * 9),
            (LEVEL1, "M" * 9),
            (LEVEL2, "M" * 9),
            (FILED, format_date(date(2026, 12, 28))),
            (TYPE, longest_type),
        ):
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 16)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)  # the title takes the width left
        header.setMinimumSectionSize(metrics.horizontalAdvance("M" * 4))
        self.table.itemActivated.connect(self._activated)
        ind_header = self.industries.horizontalHeader()
        ind_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        ind_header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.empty_hint = EmptyHint(self.table, self._empty_text, "riskCompanyPatentsEmpty")
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("riskCompanyPatentsSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.industries)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.setObjectName("riskCompanyPatentsButtons")
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.buttons)
        self._fill()
        self.retranslateUi()
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(min(1180, screen.width() - 40), min(600, screen.height() - 40))
        self.splitter.setSizes([self.width() * 3 // 4, self.width() // 4])

    def _fill(self) -> None:
        rows = self.result.rows
        wanted = {company_key(name) for name in self.result.names} - {""}
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            cells = {
                PATENT: row.patent_number or row.patent_id or row.key,
                TITLE: row.title,
                ASSIGNEE: row.assignee,
                LEVEL1: _industry(row.seic_lv1_no, row.seic_lv1_desc),
                LEVEL2: _industry(row.seic_lv2_no, row.seic_lv2_desc),
                FILED: _date(row.application_date),
                TYPE: patent_type_name(row.patent_type),
            }
            for column, text in cells.items():
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column == PATENT:
                    item.setData(ROW_ROLE, row)
                elif column == ASSIGNEE and company_key(row.assignee) not in wanted:
                    item.setData(OTHER_HOLDER_ROLE, True)  # matched as an applicant or a further assignee
                    font = item.font()
                    font.setItalic(True)
                    item.setFont(font)
                self.table.setItem(i, column, item)
        self.table.setSortingEnabled(True)
        counts = self.result.by_industry()
        self.industries.setRowCount(len(counts))
        for i, (code, name, count) in enumerate(counts):
            label = QTableWidgetItem(_industry(code, name))
            label.setToolTip(label.text())
            number = QTableWidgetItem()
            number.setData(Qt.ItemDataRole.DisplayRole, count)
            number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.industries.setItem(i, 0, label)
            self.industries.setItem(i, 1, number)
        self.industries.setVisible(bool(counts))

    def _empty_text(self) -> str:
        result = self.result
        if not result.lists:
            return self.tr(
                "You have no classified lists yet. Classify a list in the Classification tab with "
                "“With bibliography” to find this company's patents in it."
            )
        if not result.names:
            return self.tr("This company's name is not known yet: refresh it first, then look again.")
        if result.with_bibliography == result.patents:
            return self.tr("No patent in your lists names this company as assignee or applicant.")
        return self.tr(
            "No patent in your lists names this company as assignee or applicant. Only patents with a stored "
            "bibliography can match ({0} of {1}): classify your lists with “With bibliography”."
        ).format(result.with_bibliography, result.patents)

    def retranslateUi(self) -> None:  # noqa: N802
        self.setWindowTitle(self.tr("Patents of {0} in my lists").format(self.company))
        result = self.result
        summary = self.tr("Patents: {0} (one row per industry)  ·  Classified lists searched: {1}").format(
            result.matched, result.lists
        )
        others = [
            item
            for item in (self.table.item(i, ASSIGNEE) for i in range(self.table.rowCount()))
            if item is not None and item.data(OTHER_HOLDER_ROLE)
        ]
        if others:
            summary += "  ·  " + self.tr(
                "Assignee in italics: the company is an applicant or a further assignee of that patent"
            )
        for item in others:
            item.setToolTip(
                self.tr(
                    "First assignee: {0}. {1} is an applicant or a further assignee of this patent."
                ).format(item.text() or "–", self.company)
            )
        self.summary.setText(summary)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Patent"),
                self.tr("Title"),
                self.tr("Assignee"),
                self.tr("Industry (level 1)"),
                self.tr("Industry (level 2)"),
                self.tr("Filed"),
                self.tr("Type"),
            ]
        )
        self.industries.setHorizontalHeaderLabels([self.tr("Industry (level 1)"), self.tr("Patents")])
        self.table.setAccessibleName(self.tr("Patents of this company"))
        self.industries.setAccessibleName(self.tr("Patents per level-1 industry"))
        self.table.setToolTip(self.tr("Double-click a patent to read its full text"))
        self.empty_hint.retranslate()

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def _activated(self, item: QTableWidgetItem) -> None:
        row = self.table.item(item.row(), PATENT).data(ROW_ROLE)
        if row is not None:
            patent, by = (
                (row.patent_number, "patent_number") if row.patent_number else (row.patent_id, "patent_id")
            )
            self.openFullTextRequested.emit(patent, by)


class CompanyPatentsAction:
    """The tab's command: read on a worker, then the dialog (one at a time, not modal)."""

    def __init__(self, tab) -> None:
        self.tab = tab
        self.dialog: CompanyPatentsDialog | None = None

    def run(self, row):
        """Look for a company's patents (``row``: its WatchRow; None: nothing to do)."""
        tab = self.tab
        store = tab.context.store()
        if row is None or store is None:
            return None
        names, company = company_names(row.company, row.trend), row.name

        def done(result: CompanyPatents) -> None:
            if self.dialog is not None and shiboken6.isValid(self.dialog):
                self.dialog.close()
            self.dialog = CompanyPatentsDialog(company, result, tab)
            self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.dialog.openFullTextRequested.connect(tab.openFullTextRequested)
            self.dialog.show()

        return tab.context.tasks.run(
            lambda: translate("CompanyPatentsDialog", "Patents of {0} in my lists").format(company),
            lambda ctx: patents_of_company(store, names),
            owner=tab,
            on_result=done,
            on_error=tab.show_message,
        )
