"""Tabs built on first use: the main window's LazyTab pages are replaced by the real tab when first shown or
asked for (`tab_widget(key)`, `findChild(..., "tab_<key>")`). (The release monitor works without its tab: see
ui.core.release_monitor.)

LazyTabsMixin is mixed into MainWindow (a QMainWindow with `tabs`, `context` and `_default_splitters`).
"""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtCore import QByteArray
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QApplication, QSplitter, QWidget

from ipdesk.ui.shell.tabs import LazyTab, build_tab


class LazyTabsMixin:
    _swapping = False  # a LazyTab is being replaced (currentChanged fires meanwhile)
    _focused_once = False

    def ensure_tab(self, index: int) -> QWidget | None:
        """The real tab at `index`, built now (in place of its LazyTab) if it was not built yet."""
        page = self.tabs.widget(index)
        if not isinstance(page, LazyTab) or self._swapping:
            return page
        tab = build_tab(page.spec, self.context, self.tabs)
        focus = QApplication.focusWidget()
        # at start (the window shown before its first tab was built) Qt focused the first button it found
        first = index == self.tabs.currentIndex() and not self._focused_once
        take_focus = first or focus is None or focus is self.tabs or self.tabs.isAncestorOf(focus)
        self._swapping = True
        self.tabs.setUpdatesEnabled(False)
        try:
            current = self.tabs.currentIndex()
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, tab, page.spec.title())
            self.tabs.setCurrentIndex(current)
        finally:
            self.tabs.setUpdatesEnabled(True)
            self._swapping = False
        page.deleteLater()
        self._restore_splitters(tab)
        self.tab_built(tab)
        if index == self.tabs.currentIndex() and self.isVisible() and take_focus:
            self._focus_first_input(tab)
            self._focused_once = True
        return tab

    def tab_built(self, tab: QWidget) -> None:
        """Called once per real tab, after it took its place (the window wires its links there)."""

    def tab_widget(self, key: str) -> QWidget | None:  # the tab named `tab_<key>` (built if needed)
        for index in range(self.tabs.count()):
            if self.tabs.widget(index).objectName() == f"tab_{key}":
                return self.ensure_tab(index)
        return None

    def findChild(self, *args, **kwargs):  # noqa: N802 - Qt's name
        """QObject.findChild; a tab asked for by its name ("tab_<key>") is built first."""
        name = args[1] if len(args) > 1 else kwargs.get("name", "")
        if isinstance(name, str) and name.startswith("tab_"):
            self.tab_widget(name.removeprefix("tab_"))
        return super().findChild(*args, **kwargs)

    def _restore_splitters(self, tab: QWidget) -> None:
        for splitter in tab.findChildren(QSplitter):
            name = splitter.objectName()
            if not name:
                continue
            self._default_splitters.setdefault(name, splitter.saveState())
            saved = self.context.settings.value(f"splitters/{name}")
            if isinstance(saved, QByteArray | bytes):
                splitter.restoreState(saved)

    @staticmethod
    def _focus_first_input(tab: QWidget | None) -> None:
        """Focus the first widget of `tab` that takes keyboard focus (so Ctrl+Tab and typing work at once)."""
        if tab is None:
            return
        widget = tab.nextInFocusChain()
        for _ in range(500):
            if widget is None or widget is tab:
                return
            if (
                tab.isAncestorOf(widget)
                and widget.isEnabled()
                and widget.isVisibleTo(tab)
                and widget.focusPolicy() & QtCore.Qt.FocusPolicy.TabFocus
            ):
                widget.setFocus(QtCore.Qt.FocusReason.TabFocusReason)
                return
            widget = widget.nextInFocusChain()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._focused_once and not isinstance(self.current_tab(), LazyTab):
            self._focused_once = True
            self._focus_first_input(self.current_tab())
