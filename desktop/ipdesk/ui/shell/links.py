"""Links between tabs, routed by the shell (tab packages never import each other): a tab emits a request signal,
the window connects it here when the tab is built, and this object builds (if needed) and shows the other tab.

- ``openFullTextRequested(patent, by)`` (Classification) → the Full text tab opens it in the office's language;
- ``classifyRequested(patent)`` (Full text) → the patent goes into the Classification tab's list (nothing sent).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from ipdesk.ui.shell.tabs import supports


class TabLinks(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window

    def connect_tab(self, tab: QWidget) -> None:
        """Wire the request signals a newly built tab has."""
        if hasattr(tab, "openFullTextRequested"):
            tab.openFullTextRequested.connect(self.open_full_text)
        if hasattr(tab, "classifyRequested"):
            tab.classifyRequested.connect(self.classify)

    def _show(self, key: str, method: str) -> QWidget | None:
        tab = self.window.tab_widget(key)
        if not supports(tab, method):
            return None  # the tool is not in this build
        self.window.tabs.setCurrentWidget(tab)
        return tab

    def open_full_text(self, patent: str, by: str = "patent_number") -> None:
        tab = self._show("fulltext", "open_in_office_language")
        if tab is not None:
            tab.open_in_office_language(patent, by)

    def classify(self, patent: str) -> None:
        tab = self._show("classification", "add_patent")
        if tab is not None:
            tab.add_patent(patent)
