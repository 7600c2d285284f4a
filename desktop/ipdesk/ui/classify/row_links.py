"""Links from a result row: double-click or Enter opens its full text (the shell routes the tab's
``openFullTextRequested`` to the Full text tab); the context menu also copies the number and opens the patent in
PatSnap's web view or in Espacenet (addresses from ``services.links``, opened by the desktop)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMenu

from ipdesk.services.links import espacenet_url, patsnap_url
from ipdesk.ui.widgets.menus import action_menu

if TYPE_CHECKING:
    from ipdesk.services.classify import ClassRow


def row_patent(row: ClassRow) -> tuple[str, str]:
    """(patent, by) to open: the publication number, else the PatSnap patent id."""
    if row.patent_number:
        return row.patent_number, "patent_number"
    return row.patent_id or row.key, "patent_id"


class RowLinks(QObject):
    """Wires the tab's results table; ``tab`` is the ClassifyTab (``results``, ``context``, the signal)."""

    def __init__(self, tab) -> None:
        super().__init__(tab)
        self.tab = tab
        table = tab.results.table
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._menu_at)
        table.activated.connect(self.open_full_text)  # double-click, Enter

    def _row(self, index: QModelIndex) -> ClassRow | None:
        return self.tab.results.row_at(index) if index.isValid() else None

    def open_full_text(self, index: QModelIndex) -> None:
        row = self._row(index)
        if row is not None:
            self.tab.openFullTextRequested.emit(*row_patent(row))

    def _menu_at(self, pos) -> None:
        table = self.tab.results.table
        menu = self.menu(table.indexAt(pos))
        if menu is not None:
            menu.exec(table.viewport().mapToGlobal(pos))

    def menu(self, index: QModelIndex) -> QMenu | None:
        """The row's menu (None outside a row); the actions are named for tests and accessibility."""
        row = self._row(index)
        if row is None:
            return None
        number = row.patent_number
        base_url = getattr(self.tab.context.profile, "base_url", None)
        entries = (
            (
                "classifyOpenFullTextAction",
                self.tr("Open full text"),
                lambda: self.open_full_text(index),
                True,
            ),
            ("classifyCopyNumberAction", self.tr("Copy number"), lambda: self._copy(row), True),
            (
                "classifyOpenPatsnapAction",
                self.tr("Open in PatSnap"),
                lambda: self._open(patsnap_url(number, base_url)),
                bool(number),
            ),
            (
                "classifyOpenEspacenetAction",
                self.tr("Open in Espacenet"),
                lambda: self._open(espacenet_url(number)),
                bool(number),
            ),
        )
        return action_menu(self.tab.results.table, "classifyRowMenu", entries)

    @staticmethod
    def _copy(row: ClassRow) -> None:
        QGuiApplication.clipboard().setText(row_patent(row)[0])

    @staticmethod
    def _open(url: str) -> bool:
        return QDesktopServices.openUrl(QUrl(url))
