"""The entries popup of the classification tab (opened from the counts line): line, entry and why for each entry
that is not sent (not a patent number or patent ID, or an application number, shown as recognised), then each
entry sent in another form than typed, with the number it is sent as."""

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

from ipdesk.messages import clip
from ipdesk.ui.widgets.dialogs import dialog_buttons

if TYPE_CHECKING:
    from ipdesk.services.patents import InvalidEntry


class InvalidEntriesDialog(QDialog):
    """Lists the invalid entries: line, text, reason (in the UI language, re-rendered on a language switch).

    ``lang``: the UI language ("en"/"zh"), or a callable returning it (read again on each switch)."""

    def __init__(
        self,
        entries: list[InvalidEntry],
        lang: str | Callable[[], str],
        parent: QWidget | None = None,
        *,
        rewritten: list[tuple[str, str]] = (),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("classifyInvalidDialog")
        self.entries = list(entries)
        self.rewritten = list(rewritten)  # (as typed, as sent)
        self._lang = lang
        self.resize(760, 400)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        table = QTableWidget(len(self.entries) + len(self.rewritten), 4, self)
        table.setObjectName("classifyInvalidTable")
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        for row, entry in enumerate(self.entries):
            table.setItem(row, 0, QTableWidgetItem(str(entry.line)))
            table.setItem(row, 1, QTableWidgetItem(clip(entry.raw)))
            table.setItem(row, 2, QTableWidgetItem())
            table.setItem(row, 3, QTableWidgetItem(entry.normalized))
        for row, (raw, key) in enumerate(self.rewritten, start=len(self.entries)):
            table.setItem(row, 0, QTableWidgetItem(""))
            table.setItem(row, 1, QTableWidgetItem(clip(raw)))
            table.setItem(row, 2, QTableWidgetItem())
            table.setItem(row, 3, QTableWidgetItem(key))
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
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
            self.tr(
                "Entries that are not patent numbers or patent IDs (or are application numbers) are not sent; "
                "entries written another way are sent as the publication number PatSnap answers to."
            )
        )
        self.table.setAccessibleName(self.tr("Invalid entries"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Line"), self.tr("Entry"), self.tr("Why"), self.tr("Recognised as")]
        )
        lang = self.lang()
        for row, entry in enumerate(self.entries):
            self.table.item(row, 2).setText(entry.reason(lang))
        for row in range(len(self.entries), self.table.rowCount()):
            self.table.item(row, 2).setText(self.tr("Sent as the number on the right"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
