"""One patent in the full-text tab: its bibliography header above the outline (left) beside the description (right),
with a find bar.

The text lives in a read-only QPlainTextEdit (fast for millions of characters); markup spans are applied with
QTextCursor.mergeCharFormat in one edit block. Every position handed to Qt goes through the outline's
Utf16Index (ipdesk.services.textpos), the one conversion between code points and UTF-16 units.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QGuiApplication,
    QKeySequence,
    QShortcut,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ipdesk.services.outline import (
    Outline,
    build_outline,
    export_markdown,
    export_text,
    find_hits,
    hits_per_section,
    section_at,
    section_text,
)
from ipdesk.ui.fulltext.find import FindBar
from ipdesk.ui.fulltext.format import char_formats, extra_selection, highlight_colors
from ipdesk.ui.fulltext.header import BiblioHeader
from ipdesk.ui.fulltext.outline import OutlineTree

ALL_HITS_LIMIT = 3000  # above this many hits only those near the visible part are highlighted
_MARGIN = 2000  # UTF-16 units around the visible part whose hits are highlighted (redone on scrolling)


class PatentView(QWidget):
    loadFileRequested = Signal()
    classifyRequested = Signal(str)  # this patent, for the Classification tab's list (the shell routes it)
    sectionShown = Signal(int)  # the outline selection moved (click, keys or scrolling)

    def __init__(self, patent: str, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fulltextView")
        self.patent, self.lang = patent, lang
        self.pn_related: str | None = None
        self.outline = Outline("", [], [], [])
        self.offsets = None
        self.extra_notes: Callable[[], list[str]] = (
            list  # notes worded at show time (errors, in the UI language)
        )
        self.hits: list[tuple[int, int]] = []  # code points
        self.hits16: list[tuple[int, int]] = []  # UTF-16 (Qt)
        self._hit_starts16: list[int] = []
        self.current_hit = -1
        self.section_range16: tuple[int, int] | None = None
        self._jumping = False
        self._query, self._case = "", False
        self._pending_top: int | None = None  # a reading position to scroll to once the text is shown

        self.info_label = QLabel(self)
        self.info_label.setObjectName("fulltextInfo")
        self.info_label.setWordWrap(True)
        self.info_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.load_button = QPushButton(self)
        self.load_button.setObjectName("fulltextLoadFileButton")
        self.load_button.clicked.connect(self.loadFileRequested)
        self.classify_button = QPushButton(self)
        self.classify_button.setObjectName("fulltextClassifyButton")
        self.classify_button.clicked.connect(lambda _checked=False: self.classifyRequested.emit(self.patent))
        self.classify_button.setVisible(bool(lang))  # a patent of PatSnap's, not a file loaded by hand
        # the bibliography (filled by the tab; hidden for a file load), "Classify this patent" on its last line
        self.header = BiblioHeader(lang, self, trailing=[self.classify_button])
        info = QHBoxLayout()
        info.setContentsMargins(4, 0, 4, 0)
        info.addWidget(self.info_label, 1)
        info.addWidget(self.load_button)

        self.tree = OutlineTree(self)
        self.tree.sectionActivated.connect(self.jump_to)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("fulltextText")
        self.text.setReadOnly(True)
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.text.document().setUndoRedoEnabled(False)
        self.text.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("fulltextViewSplitter")
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.text)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([380, 820])
        self.find_bar = FindBar(self)
        self.find_bar.hide()
        self.find_bar.queryChanged.connect(self.search)
        self.find_bar.nextRequested.connect(self.find_next)
        self.find_bar.previousRequested.connect(self.find_previous)
        self.find_bar.closed.connect(self._find_closed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.header)
        layout.addLayout(info)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.find_bar)

        for keys, slot in (
            (QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Down), self.next_section),
            (QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Up), self.previous_section),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        # Esc in the text or the outline (the splitter: not the bar, which has its own) closes an open find bar
        self._escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.splitter)
        self._escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._escape.setEnabled(False)
        self._escape.activated.connect(self.find_bar.close_bar)
        self.retranslateUi()

    # -- texts ----------------------------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        self.text.setAccessibleName(self.tr("Description text"))
        self.load_button.setText(self.tr("Load description from file…"))
        self.load_button.setAccessibleName(self.tr("Load description from file"))
        self.classify_button.setText(self.tr("Classify this patent"))
        self.classify_button.setToolTip(
            self.tr(
                "Add this patent to the Classification tab's list (nothing is sent until you press Classify)"
            )
        )
        self.classify_button.setAccessibleName(self.tr("Classify this patent"))
        self.text.setPlaceholderText(
            self.tr("No description text. Use “Load description from file…” to read one.")
        )
        self.info_label.setAccessibleName(self.tr("Notes about this description"))
        self.setAccessibleName(self.tr("Description of {0}").format(self.patent))
        self._update_info()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def _update_info(self) -> None:
        notes = list(self.extra_notes())
        if self.pn_related and self.pn_related != self.patent:
            notes.append(self.tr("The text shown is from the family member {0}.").format(self.pn_related))
        if "no_text" in self.outline.notes:
            notes.append(self.tr("No description text is available for this patent in this language."))
        elif "no_sections" in self.outline.notes:
            notes.append(self.tr("No sections are known for this description: the whole text is shown."))
        if any(s.warnings for s in self.outline.sections):
            notes.append(self.tr("Some section positions were corrected (see the ⚠ entries)."))
        self.info_label.setText("  ".join(notes))
        self.info_label.setVisible(bool(notes))
        self.load_button.setVisible("no_text" in self.outline.notes)

    # -- content --------------------------------------------------------------------------------------------
    def set_outline(
        self,
        outline: Outline,
        *,
        offsets=None,
        pn_related: str | None = None,
        notes: Callable[[], list[str]] | None = None,
    ) -> None:
        """Show a built outline (text, markup spans, sections)."""
        self.outline, self.offsets, self.pn_related = outline, offsets, pn_related
        self.extra_notes = notes or list
        self.section_range16 = None
        self.hits, self.hits16, self._hit_starts16, self.current_hit = [], [], [], -1
        doc = self.text.document()
        self.text.setPlainText(outline.plain_text)
        headings = [(s.heading_start, s.heading_end) for s in outline.sections if s.heading_end is not None]
        if outline.spans or headings:
            u = outline.utf16
            formats = char_formats()
            cursor = QTextCursor(doc)
            cursor.beginEditBlock()
            for start, end, fmt in [
                *((sp.start, sp.end, formats[sp.kind]) for sp in outline.spans),
                *((a, b, formats["heading"]) for a, b in headings),
            ]:
                cursor.setPosition(u.to_utf16(start))
                cursor.setPosition(u.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
                cursor.mergeCharFormat(fmt)
            cursor.endEditBlock()
        self.tree.set_sections(outline.sections)
        if self.tree.isHidden() == bool(outline.sections):
            self.tree.setVisible(bool(outline.sections))
            self.splitter.refresh()  # lay the text out at its new width now, before any jump
        self._update_info()
        self.tree.follow(self.section_in_view())
        if self._query:
            self.search(self._query, self._case)
        else:
            self._apply_selections()

    def load_text(self, raw_text: str) -> None:
        """Use a description loaded from a local file with the offsets already fetched."""
        self.set_outline(build_outline(raw_text, self.offsets), offsets=self.offsets, pn_related=None)

    # -- navigation -----------------------------------------------------------------------------------------
    def section_range(self, i: int) -> tuple[int, int] | None:
        """Section i as UTF-16 (Qt) positions: (start, end)."""
        s = self.outline.sections[i]
        if s.start is None or s.end is None:
            return None
        u = self.outline.utf16
        return u.to_utf16(s.start), u.to_utf16(s.end)

    def heading_position(self, i: int) -> int | None:
        s = self.outline.sections[i]
        pos = s.heading_start if s.heading_start is not None else s.start
        return None if pos is None else self.outline.utf16.to_utf16(pos)

    def top_position(self) -> int:
        """UTF-16 position of the first character at the top of the text view."""
        return self.text.cursorForPosition(QPoint(0, 0)).position()

    def section_in_view(self) -> int:
        if not self.outline.sections or not self.outline.plain_text:
            return -1
        return section_at(self.outline, self.outline.utf16.from_utf16(self.top_position()))

    def scroll_to_position(self, pos16: int) -> None:
        """Scroll so that the line holding pos16 is the first visible line (as far as the document allows)."""
        doc = self.text.document()
        block = doc.findBlock(pos16)
        if not block.isValid():
            return
        doc.documentLayout().blockBoundingRect(block)  # lays the block out, so its lines are known
        line_no = 0
        layout = block.layout()
        if layout is not None and layout.lineCount():
            line = layout.lineForTextPosition(pos16 - block.position())
            if line.isValid():
                line_no = line.lineNumber()
        self.text.verticalScrollBar().setValue(block.firstLineNumber() + line_no)

    def jump_to(self, i: int) -> None:
        """Put section i's heading at the top of the view and highlight the section."""
        if not 0 <= i < len(self.outline.sections):
            return
        pos = self.heading_position(i)
        self._jumping = True
        try:
            self.section_range16 = self.section_range(i)
            if pos is not None and self.outline.plain_text:
                self.scroll_to_position(pos)
                cursor = self.text.textCursor()
                cursor.setPosition(pos)
                self.text.setTextCursor(cursor)  # the caret is already in view: no further scrolling
            self.tree.follow(i)
            self._apply_selections()
        finally:
            self._jumping = False
        self.sectionShown.emit(i)

    # -- reading position (kept across restarts by the tab) ----------------------------------------------------
    def reading_position(self) -> int:
        """The UTF-16 position at the top of the view (the one still to be scrolled to, if any)."""
        return self._pending_top if self._pending_top is not None else self.top_position()

    def restore_reading_position(self, pos16: int) -> None:
        """Scroll so that ``pos16`` (a saved ``reading_position``) is at the top, once the text is laid out at its
        width (now if shown, else when first shown): the lines of a wrapped text are known only then."""
        self._pending_top = pos16
        if self.isVisible():
            QTimer.singleShot(0, self, self._scroll_to_pending)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._pending_top is not None:
            QTimer.singleShot(0, self, self._scroll_to_pending)

    def _scroll_to_pending(self) -> None:
        pos, self._pending_top = self._pending_top, None
        if pos is not None and self.outline.plain_text:
            self.scroll_to_position(pos)

    def current_section(self) -> int:
        i = self.tree.current_section()
        return i if i >= 0 else self.section_in_view()

    def next_section(self) -> None:
        if self.outline.sections:
            self.jump_to(min(self.current_section() + 1, len(self.outline.sections) - 1))

    def previous_section(self) -> None:
        if self.outline.sections:
            self.jump_to(max(self.current_section() - 1, 0))

    def _scrolled(self, _value: int) -> None:
        if self._jumping:
            return
        i = self.section_in_view()
        if i != self.tree.current_section():
            self.tree.follow(i)
            self.sectionShown.emit(i)
        if len(self.hits16) > ALL_HITS_LIMIT:
            self._apply_selections()

    # -- find -----------------------------------------------------------------------------------------------
    def show_find(self) -> None:
        selected = self.text.textCursor().selectedText()
        self.find_bar.open_bar(selected if selected and "\u2029" not in selected else "")
        self._escape.setEnabled(True)

    def search(self, query: str, case_sensitive: bool = False) -> int:
        """Highlight every occurrence of query and count them per section; returns the number of hits."""
        self._query, self._case = query, case_sensitive
        self.hits = find_hits(self.outline, query, case_sensitive) if query else []
        u = self.outline.utf16
        self.hits16 = [(u.to_utf16(a), u.to_utf16(b)) for a, b in self.hits]
        self._hit_starts16 = [a for a, _b in self.hits16]
        self.current_hit = -1
        counts = hits_per_section(self.outline, self.hits) if query else None
        self.tree.set_hit_counts(counts)
        self.find_bar.set_count(-1, len(self.hits), query)
        self._apply_selections()
        return len(self.hits)

    def find_next(self) -> None:
        self._step_hit(+1)

    def find_previous(self) -> None:
        self._step_hit(-1)

    def _step_hit(self, step: int) -> None:
        if not self.hits16:
            return
        if self.current_hit < 0:
            pos = self.text.textCursor().position()
            k = bisect_left(self._hit_starts16, pos)
            self.current_hit = (k if step > 0 else k - 1) % len(self.hits16)
        else:
            self.current_hit = (self.current_hit + step) % len(self.hits16)
        a, b = self.hits16[self.current_hit]
        cursor = self.text.textCursor()
        cursor.setPosition(a)
        cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
        self._jumping = True  # the outline shows the hit's section, not the one at the top
        try:
            self.text.setTextCursor(cursor)
            self.text.centerCursor()
            self.tree.follow(section_at(self.outline, self.hits[self.current_hit][0]))
        finally:
            self._jumping = False
        self.find_bar.set_count(self.current_hit, len(self.hits16), self._query)
        self._apply_selections()

    def _find_closed(self) -> None:
        self._escape.setEnabled(False)
        self.search("", False)
        self.text.setFocus()

    # -- highlighting -----------------------------------------------------------------------------------------
    def visible_range(self) -> tuple[int, int]:
        vp = self.text.viewport()
        bottom = self.text.cursorForPosition(QPoint(vp.width() - 1, vp.height() - 1)).position()
        return self.top_position(), bottom

    def _apply_selections(self) -> None:
        section_color, hit_color, current_color = highlight_colors(self.palette())
        selections = []
        if self.section_range16 is not None:
            selections.append(extra_selection(self.text.document(), *self.section_range16, section_color))
        if len(self.hits16) <= ALL_HITS_LIMIT:
            lo, hi = 0, len(self.hits16)
        else:
            top, bottom = self.visible_range()
            lo = bisect_left(self._hit_starts16, top - _MARGIN)
            hi = bisect_right(self._hit_starts16, bottom + _MARGIN)
        for k in range(lo, hi):
            a, b = self.hits16[k]
            selections.append(
                extra_selection(
                    self.text.document(), a, b, current_color if k == self.current_hit else hit_color
                )
            )
        self.text.setExtraSelections(selections)

    # -- copy / export ----------------------------------------------------------------------------------------
    def section_plain_text(self, i: int) -> str:
        return section_text(self.outline, i)

    def copy(self) -> None:
        """Copy the selected text, else the current section (heading and text)."""
        if self.text.textCursor().hasSelection():
            self.text.copy()
            return
        i = self.current_section()
        text = self.section_plain_text(i) if i >= 0 else self.outline.plain_text
        QGuiApplication.clipboard().setText(text)

    def select_all(self) -> None:
        self.text.setFocus()
        self.text.selectAll()

    def export_content(self, fmt: str, sections: list[int] | None = None) -> str:
        """The description (or the chosen sections) as "markdown" or "text" with headings."""
        title = (
            self.patent
            if not self.pn_related or self.pn_related == self.patent
            else (f"{self.patent} ({self.pn_related})")
        )
        if fmt == "markdown":
            return export_markdown(self.outline, sections, title)
        return export_text(self.outline, sections, title)
