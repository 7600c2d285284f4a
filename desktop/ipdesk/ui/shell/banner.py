"""The demo-mode banner: says the data is sample data, offers to add an account."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class DemoBanner(QFrame):
    addAccountRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demoBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # The highlight colours of the current (light or dark) OS palette, not a forced one.
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.label = QLabel(self)
        self.label.setObjectName("demoBannerText")
        self.label.setWordWrap(True)
        self.label.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.button = QPushButton(self)
        self.button.setObjectName("demoAddAccountButton")
        self.button.clicked.connect(self.addAccountRequested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
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
