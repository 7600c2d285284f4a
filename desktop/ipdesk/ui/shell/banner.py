"""The bars above the tabs: ``NoticeBar``, and the demo-mode banner (the data is sample data; add an account)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class NoticeBar(QFrame):
    """A non-modal bar above the tabs in the current (light or dark) OS palette's highlight colours, not a
    forced one: a word-wrapped label (objectName ``<name>Text``) and the buttons a subclass adds."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.label = QLabel(self)
        self.label.setObjectName(f"{name}Text")
        self.label.setWordWrap(True)
        self.label.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.bar_layout = QHBoxLayout(self)
        self.bar_layout.setContentsMargins(10, 6, 10, 6)
        self.bar_layout.addWidget(self.label, 1)

    def add_button(self, name: str) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        self.bar_layout.addWidget(button)
        return button


class DemoBanner(NoticeBar):
    addAccountRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("demoBanner", parent)
        self.button = self.add_button("demoAddAccountButton")
        self.button.clicked.connect(self.addAccountRequested)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.label.setText(
            "<b>"
            + self.tr("Demo mode: the data you see is sample data.")
            + "</b> "
            + self.tr(
                "It comes from the built-in sandbox, not from PatSnap. Add your account to work with real data."
            )
        )
        self.label.setAccessibleName(self.tr("Demo mode notice"))
        self.button.setText(self.tr("Add account…"))
        self.button.setAccessibleName(self.tr("Add account"))
        self.setAccessibleName(self.tr("Demo mode notice"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
