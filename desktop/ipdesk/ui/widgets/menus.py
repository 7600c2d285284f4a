"""A context menu built from a table of named actions (names for tests and screen readers; the first is the
default, in bold)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu, QWidget


def action_menu(
    parent: QWidget, object_name: str, entries: Iterable[tuple[str, str, Callable[[], object], bool]]
) -> QMenu:
    """A menu deleted once closed, one action per entry (objectName, text, slot, enabled)."""
    menu = QMenu(parent)
    menu.setObjectName(object_name)
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    for name, text, slot, enabled in entries:
        action = menu.addAction(text)
        action.setObjectName(name)
        action.setEnabled(enabled)
        action.triggered.connect(lambda _checked=False, s=slot: s())
    menu.setDefaultAction(menu.actions()[0])
    return menu
