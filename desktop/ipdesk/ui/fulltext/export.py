"""Export dialog of the full-text tab: choose the sections and the format (Markdown or plain text)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ipdesk.ui.widgets.dialogs import dialog_buttons

FORMATS = {"markdown": ("Markdown (*.md)", ".md"), "text": ("Text (*.txt)", ".txt")}


class ExportDialog(QDialog):
    def __init__(self, titles: list[str], preselected: list[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fulltextExportDialog")
        self.setWindowTitle(self.tr("Export description"))
        self.setAccessibleName(self.tr("Export description"))
        label = QLabel(self.tr("Sections to export:"), self)
        self.sections = QListWidget(self)
        self.sections.setObjectName("fulltextExportSections")
        self.sections.setAccessibleName(self.tr("Sections to export"))
        label.setBuddy(self.sections)
        for i, title in enumerate(titles):
            item = QListWidgetItem(title, self.sections)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = not preselected or i in preselected
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.all_button = QPushButton(self.tr("All"), self)
        self.all_button.setObjectName("fulltextExportAll")
        self.all_button.setAccessibleName(self.tr("Select all sections"))
        self.all_button.clicked.connect(lambda: self._check_all(True))
        self.none_button = QPushButton(self.tr("None"), self)
        self.none_button.setObjectName("fulltextExportNone")
        self.none_button.setAccessibleName(self.tr("Select no section"))
        self.none_button.clicked.connect(lambda: self._check_all(False))
        self.markdown = QRadioButton(self.tr("Markdown"), self)
        self.markdown.setObjectName("fulltextExportMarkdown")
        self.markdown.setAccessibleName(self.tr("Markdown"))
        self.markdown.setChecked(True)
        self.plain = QRadioButton(self.tr("Plain text"), self)
        self.plain.setObjectName("fulltextExportText")
        self.plain.setAccessibleName(self.tr("Plain text"))
        buttons = dialog_buttons(
            self,
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
            "fulltextExportButtons",
        )

        pick = QHBoxLayout()
        pick.addWidget(self.all_button)
        pick.addWidget(self.none_button)
        pick.addStretch(1)
        fmt = QHBoxLayout()
        fmt.addWidget(QLabel(self.tr("Format:"), self))
        fmt.addWidget(self.markdown)
        fmt.addWidget(self.plain)
        fmt.addStretch(1)
        layout = QVBoxLayout(self)
        if titles:
            layout.addWidget(label)
            layout.addWidget(self.sections)
            layout.addLayout(pick)
        else:
            for w in (label, self.sections, self.all_button, self.none_button):
                w.hide()
        layout.addLayout(fmt)
        layout.addWidget(buttons)

    def _check_all(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        for i in range(self.sections.count()):
            self.sections.item(i).setCheckState(state)

    def format(self) -> str:
        return "markdown" if self.markdown.isChecked() else "text"

    def chosen(self) -> list[int] | None:
        """Indices of the checked sections; None = everything (all checked, or no sections at all)."""
        checked = [
            i
            for i in range(self.sections.count())
            if self.sections.item(i).checkState() == Qt.CheckState.Checked
        ]
        if len(checked) == self.sections.count():
            return None
        return checked
