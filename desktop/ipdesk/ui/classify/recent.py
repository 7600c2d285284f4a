"""The Classification tab's "Recent lists" button: earlier classified lists by name and date, reopened from the
store (``services.classify.recent_lists`` / ``stored_list``) without any call.

The list is read on a worker when the button takes the focus and after each run or reopening; the menu shows
what was read (read now, once, if nothing came in yet), as the Jobs menu does.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from ipdesk.ui.core.dates import format_datetime


def _recent_lists(store_of: Callable[[], object]) -> list:
    """The recent classified lists of the store ``store_of()`` (blocking; none without a store)."""
    store = store_of()
    if store is None:
        return []
    from ipdesk.services.classify import recent_lists

    return recent_lists(store)


class RecentListsButton(QToolButton):
    """A tool button with the recent lists as its menu; ``chosen(job id)`` when one is picked."""

    chosen = Signal(int)

    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("classifyRecentButton")
        self._context = context
        self.lists: list | None = None  # read from the store once needed
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.list_menu = QMenu(self)
        self.list_menu.setObjectName("classifyRecentMenu")
        self.list_menu.aboutToShow.connect(self._fill)
        self.setMenu(self.list_menu)
        self.retranslateUi()

    def retranslateUi(self) -> None:  # noqa: N802 - Qt naming
        self.setText(self.tr("Recent lists"))
        self.setToolTip(self.tr("Reopen a list classified earlier, from the store (no API call)"))
        self.setAccessibleName(self.tr("Recent lists"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self.lists is None:
            self.reload()  # keyboard: read the list before the menu is opened
        super().focusInEvent(event)

    def reload(self) -> None:
        """Read the list again, on a worker (after a run, a reopening or a profile switch)."""
        store_of = self._context.store
        self._context.tasks.run(
            "recent lists",
            lambda ctx: _recent_lists(store_of),
            owner=self,
            on_result=lambda lists: setattr(self, "lists", lists),
            show=False,
        )

    def label(self, item) -> str:
        """ "CN110650438A and 28 more · 2026-12-04 09:00 · en": the first entry, the size, the date, the language."""
        name = (
            item.first if item.count == 1 else self.tr("{0} and {1} more").format(item.first, item.count - 1)
        )
        return self.tr("{0} · {1} · {2}").format(name, format_datetime(item.when), item.lang)

    def _fill(self) -> None:
        self.list_menu.clear()
        if self.lists is None:
            self.lists = _recent_lists(self._context.store)
        if not self.lists:
            self.list_menu.addAction(self.tr("No classified list yet")).setEnabled(False)
        for item in self.lists:
            action = self.list_menu.addAction(self.label(item))
            action.setToolTip(self.tr("{0} patents · job {1}").format(item.count, item.job_id))
            action.triggered.connect(lambda _checked=False, j=item.job_id: self.chosen.emit(j))
