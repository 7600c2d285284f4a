"""The invalid-entries popup of the classification tab: line, entry and why, for each entry of the list that is
not a patent number or patent ID (opened from the counts line)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ipdesk.ui.widgets.dialogs import dialog_buttons

if TYPE_CHECKING:
    from ipdesk.services.patents import InvalidEntry


class InvalidEntriesDialog(QDialog):
    """Lists the invalid entries: line, text, reason (in the UI language, re-rendered on a language switch).

    ``lang``: the UI language ("en"/"zh"), or a callable returning it (read again on each switch)."""

    def __init__(
        self, entries: list[InvalidEntry], lang: str | Callable[[], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("classifyInvalidDialog")
        self.entries = list(entries)
        self._lang = lang
        self.resize(720, 380)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        table = QTableWidget(len(entries), 3, self)
        table.setObjectName("classifyInvalidTable")
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        for row, entry in enumerate(entries):
            table.setItem(row, 0, QTableWidgetItem(str(entry.line)))
            table.setItem(row, 1, QTableWidgetItem(entry.raw))
            table.setItem(row, 2, QTableWidgetItem())
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table = table
        buttons = dialog_buttons(self, QDialogButtonBox.StandardButton.Close, "invalidEntriesButtons")
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.retranslateUi()

    def lang(self) -> str:
        return self._lang() if callable(self._lang) else self._lang

    def retranslateUi(self) -> None:  # noqa: N802 - Qt naming
        self.setWindowTitle(self.tr("Invalid entries"))
        self.intro.setText(
            self.tr("These entries are not patent numbers or patent IDs and will not be sent.")
        )
        self.table.setAccessibleName(self.tr("Invalid entries"))
        self.table.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Entry"), self.tr("Why")])
        lang = self.lang()
        for row, entry in enumerate(self.entries):
            self.table.item(row, 2).setText(entry.reason(lang))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
