"""A line of guidance drawn over an empty item view ("Add a company above…"), hidden once it has rows."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractItemView, QLabel


class EmptyHint(QObject):
    """Shows `text()` centred on `view`'s viewport while its model has no rows (asked for each time the view
    becomes empty, and by `retranslate()` after a language switch). The label ignores the mouse (drops and clicks reach the
    view)."""

    def __init__(self, view: QAbstractItemView, text: Callable[[], str], object_name: str) -> None:
        super().__init__(view)
        self._view = view
        self._text = text
        self.label = QLabel(view.viewport())
        self.label.setObjectName(object_name)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        view.viewport().installEventFilter(self)
        self._model = None
        self.watch(view.model())
        self.retranslate()

    def watch(self, model) -> None:
        """Follow the view's (new) model."""
        if model is None or model is self._model:
            return
        self._model = model
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset, model.layoutChanged):
            signal.connect(self.update)
        self.update()

    def retranslate(self) -> None:
        self.update()

    def update(self, *_: object) -> None:
        if not (shiboken6.isValid(self._view) and shiboken6.isValid(self.label)):
            return  # the view is being destroyed (its model says goodbye)
        model = self._view.model()
        empty = model is None or model.rowCount() == 0
        if empty:  # the text may depend on the state (e.g. "no row matches the filter")
            self.label.setText(self._text())
            self.label.setAccessibleName(self.label.text())
        self.label.setVisible(empty)
        self._place()

    def _place(self) -> None:
        area = self._view.viewport().rect().adjusted(24, 0, -24, 0)
        self.label.setGeometry(area)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize:
            self._place()
        return False
