"""The outline tree of one patent: one row per section (title, category, hits), a warning icon with a tooltip
for sections whose offsets had to be corrected. Activating a row (click, Enter) emits `sectionActivated`;
`follow(i)` moves the selection without emitting it (the text view scrolled there)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTreeWidget, QTreeWidgetItem, QWidget

from ipdesk.services.outline import OutlineSection

COL_TITLE, COL_CATEGORY, COL_HITS = 0, 1, 2
ROW_ROLE = Qt.ItemDataRole.UserRole

# P073's section category ids (the same table as the sandbox's, ipdesk.sandbox.headings): the API names a
# category in the description's language, the outline shows it in the UI language.
CATEGORIES = {
    "1": QT_TRANSLATE_NOOP("FulltextOutline", "Technical field"),
    "2": QT_TRANSLATE_NOOP("FulltextOutline", "Background art"),
    "3": QT_TRANSLATE_NOOP("FulltextOutline", "Summary of invention"),
    "4": QT_TRANSLATE_NOOP("FulltextOutline", "Brief description of drawings"),
    "5": QT_TRANSLATE_NOOP("FulltextOutline", "Description of embodiments"),
    "6": QT_TRANSLATE_NOOP("FulltextOutline", "Others"),
}


def category_label(section: OutlineSection) -> str:
    """The section's category in the UI language when its id is known, else the API's name as given."""
    source = CATEGORIES.get((section.category_id or "").strip())
    if source is not None:
        return QCoreApplication.translate("FulltextOutline", source)
    return section.category_name or ""


def warning_text(code: str) -> str:
    """A user sentence for a section warning code of ipdesk.services.outline."""
    texts = {
        "clamped": QCoreApplication.translate(
            "FulltextOutline", "The section's positions went beyond the text and were cut to its end."
        ),
        "heading_mismatch": QCoreApplication.translate(
            "FulltextOutline", "The section's heading was not found at its position."
        ),
        "heading_moved": QCoreApplication.translate(
            "FulltextOutline", "The heading was found a little away from its given position."
        ),
        "utf16_corrected": QCoreApplication.translate(
            "FulltextOutline", "Positions were counted in UTF-16 units and have been converted to characters."
        ),
        "start_missing": QCoreApplication.translate(
            "FulltextOutline", "The section had no start position; it was located by its heading."
        ),
        "reordered": QCoreApplication.translate(
            "FulltextOutline", "The section was given out of order and has been sorted."
        ),
        "end_before_start": QCoreApplication.translate(
            "FulltextOutline", "The section's end was before its start and has been ignored."
        ),
    }
    return texts.get(code, code)


class OutlineTree(QTreeWidget):
    sectionActivated = Signal(int)  # section index

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fulltextOutline")
        self.setColumnCount(3)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        # sized once after each fill: ResizeToContents would re-measure every row on every change
        header.setSectionResizeMode(COL_CATEGORY, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_HITS, QHeaderView.ResizeMode.Interactive)
        self.setColumnHidden(COL_HITS, True)
        self._sections: list[OutlineSection] = []
        self._following = False
        self.itemClicked.connect(self._clicked)
        self.itemActivated.connect(self._clicked)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setHeaderLabels([self.tr("Section"), self.tr("Category"), self.tr("Hits")])
        self.setAccessibleName(self.tr("Outline of the description"))
        self._apply_texts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def set_sections(self, sections: list[OutlineSection]) -> None:
        self._sections = list(sections)
        self.clear()
        warn = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        items = []
        for i, s in enumerate(sections):
            item = QTreeWidgetItem(["", "", ""])
            item.setData(COL_TITLE, ROW_ROLE, i)
            item.setTextAlignment(COL_HITS, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if s.warnings:
                item.setIcon(COL_TITLE, warn)
            item.setForeground(COL_CATEGORY, self.palette().placeholderText())
            items.append(item)
        self.addTopLevelItems(items)
        self._apply_texts()

    def _apply_texts(self) -> None:
        """The category column, titles without a heading and the tooltips, in the UI language."""
        for i, s in enumerate(self._sections):
            item = self.topLevelItem(i)
            if item is None:
                return
            category = category_label(s)
            item.setText(COL_TITLE, s.title or category)
            item.setText(COL_CATEGORY, category)
            lines = [s.title]
            if category:
                lines.append(self.tr("Category: {0}").format(category))
            lines.extend("⚠ " + warning_text(code) for code in s.warnings)
            item.setToolTip(COL_TITLE, "\n".join(lines))
        if self._sections:
            self.resizeColumnToContents(COL_CATEGORY)
            self.setColumnWidth(COL_CATEGORY, min(self.columnWidth(COL_CATEGORY), 150))

    def set_hit_counts(self, counts: list[int] | None) -> None:
        """Show a hit count per section (None hides the column)."""
        self.setColumnHidden(COL_HITS, counts is None)
        self.setUpdatesEnabled(False)
        try:
            for i in range(self.topLevelItemCount()):
                item = self.topLevelItem(i)
                n = counts[i] if counts is not None and i < len(counts) else 0
                text = str(n) if counts is not None else ""
                if item.text(COL_HITS) != text:
                    item.setText(COL_HITS, text)
                bold = counts is not None and n > 0
                if item.font(COL_TITLE).bold() != bold:
                    font = item.font(COL_TITLE)
                    font.setBold(bold)
                    item.setFont(COL_TITLE, font)
        finally:
            self.setUpdatesEnabled(True)
        if counts is not None:
            self.resizeColumnToContents(COL_HITS)

    def hit_count(self, i: int) -> int | None:
        item = self.topLevelItem(i)
        if item is None or self.isColumnHidden(COL_HITS):
            return None
        return int(item.text(COL_HITS) or 0)

    def current_section(self) -> int:
        item = self.currentItem()
        return -1 if item is None else int(item.data(COL_TITLE, ROW_ROLE))

    def selected_sections(self) -> list[int]:
        return sorted(int(item.data(COL_TITLE, ROW_ROLE)) for item in self.selectedItems())

    def follow(self, i: int) -> None:
        """Select section i (or nothing for -1) without emitting sectionActivated."""
        if i == self.current_section():
            return
        self._following = True
        try:
            if i < 0:
                self.clearSelection()
                self.setCurrentItem(None)
            else:
                item = self.topLevelItem(i)
                self.setCurrentItem(item)
                self.scrollToItem(item)
        finally:
            self._following = False

    def _clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        if not self._following and item is not None:
            self.sectionActivated.emit(int(item.data(COL_TITLE, ROW_ROLE)))
