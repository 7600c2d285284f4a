"""The find bar of the full-text tab: a query box, previous/next, match case, the hit count, close.

It only collects what the user wants; the view (``fulltext_view``) searches and highlights.
Enter = next, Shift+Enter = previous, Esc = close.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStyle,
    QToolButton,
    QWidget,
)


class FindBar(QWidget):
    queryChanged = Signal(str, bool)  # query, case sensitive (debounced while typing)
    nextRequested = Signal()
    previousRequested = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fulltextFindBar")
        self.edit = QLineEdit(self)
        self.edit.setObjectName("fulltextFindEdit")
        self.edit.setClearButtonEnabled(True)
        self.edit.installEventFilter(self)
        self.case_check = QCheckBox(self)
        self.case_check.setObjectName("fulltextFindCase")
        self.prev_button = QToolButton(self)
        self.prev_button.setObjectName("fulltextFindPrevious")
        self.prev_button.setArrowType(Qt.ArrowType.UpArrow)
        self.next_button = QToolButton(self)
        self.next_button.setObjectName("fulltextFindNext")
        self.next_button.setArrowType(Qt.ArrowType.DownArrow)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("fulltextFindCount")
        self.close_button = QToolButton(self)
        self.close_button.setObjectName("fulltextFindClose")
        self.close_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_TitleBarCloseButton))
        self.close_button.setAutoRaise(True)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.prev_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.case_check)
        layout.addWidget(self.count_label)
        layout.addWidget(self.close_button)

        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self.emit_query)
        self.edit.textChanged.connect(lambda _text: self._debounce.start())
        self.edit.returnPressed.connect(self._enter)
        self.case_check.toggled.connect(lambda _on: self.emit_query())
        self.prev_button.clicked.connect(self.previousRequested)
        self.next_button.clicked.connect(self.nextRequested)
        self.close_button.clicked.connect(self.close_bar)
        # Esc closes the bar wherever the focus is inside it (the box, the arrows, "Match case")
        self._escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self._escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._escape.activated.connect(self.close_bar)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.edit.setPlaceholderText(self.tr("Find in text"))
        self.edit.setAccessibleName(self.tr("Find in text"))
        self.case_check.setText(self.tr("Match case"))
        self.case_check.setAccessibleName(self.tr("Match case"))
        self.prev_button.setToolTip(self.tr("Previous match (Shift+Enter)"))
        self.prev_button.setAccessibleName(self.tr("Previous match"))
        self.next_button.setToolTip(self.tr("Next match (Enter)"))
        self.next_button.setAccessibleName(self.tr("Next match"))
        self.close_button.setToolTip(self.tr("Close the find bar (Esc)"))
        self.close_button.setAccessibleName(self.tr("Close the find bar"))
        self.count_label.setAccessibleName(self.tr("Number of matches"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    # -- API ------------------------------------------------------------------------------------------------
    def query(self) -> str:
        return self.edit.text()

    def case_sensitive(self) -> bool:
        return self.case_check.isChecked()

    def open_bar(self, text: str = "") -> None:
        self.show()
        if text:
            self.edit.setText(text)
            self.emit_query()
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def close_bar(self) -> None:
        self._debounce.stop()
        self.hide()
        self.closed.emit()

    def emit_query(self) -> None:
        self._debounce.stop()
        self.queryChanged.emit(self.edit.text(), self.case_check.isChecked())

    def set_count(self, current: int, total: int, query: str) -> None:
        """current: 0-based index of the current hit or -1."""
        if not query:
            self.count_label.clear()
        elif total == 0:
            self.count_label.setText(self.tr("No matches"))
        elif current < 0:
            self.count_label.setText(self.tr("Matches: {0}").format(total))
        else:
            self.count_label.setText(self.tr("{0} of {1}").format(current + 1, total))

    # -- keys -------------------------------------------------------------------------------------------------
    def _enter(self) -> None:
        if self._debounce.isActive():
            self.emit_query()
        self.nextRequested.emit()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt name)
        if obj is self.edit and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            ):
                if self._debounce.isActive():
                    self.emit_query()
                self.previousRequested.emit()
                return True
            if event.matches(QKeySequence.StandardKey.FindNext):
                self.nextRequested.emit()
                return True
            if event.matches(QKeySequence.StandardKey.FindPrevious):
                self.previousRequested.emit()
                return True
        return super().eventFilter(obj, event)
