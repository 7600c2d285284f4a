"""Input area of the classification tab: the list box, the live counts line and the result-language box (the
invalid-entries popup, ``classify_invalid``, is imported when first opened).

Files (.txt, .csv, .tsv, .xlsx) come in through Open… or drag-and-drop; ``services.tables.read_table`` (the one
reader, run on a worker by the tab) turns them into columns, and the user picks the column when there are several. The counts line is
recomputed off the keystroke path: a single-shot QTimer restarts on each edit and the owner (the tab) then
normalises the text on a worker thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

if TYPE_CHECKING:  # the patent parser and the dialogs are imported when first needed, not with the tab
    from ipdesk.services.patents import PatentInput
    from ipdesk.services.tables import Table
    from ipdesk.ui.classify.invalid import InvalidEntriesDialog

INPUT_SUFFIXES = (".txt", ".csv", ".tsv", ".xlsx")
DEBOUNCE_MS = 250
RESULT_LANGUAGES = (("English", "en"), ("中文", "cn"))  # (name in its own language, API code)


class InputEdit(QPlainTextEdit):
    """The list box; a dropped .txt/.csv/.xlsx file is handed to the owner instead of inserted as a path.

    Enter starts a new line (the list is multi-line); Ctrl+Enter asks to submit (``submitRequested``); Tab and
    Shift+Tab move the focus instead of typing a tab, so the keyboard can walk the tab."""

    fileDropped = Signal(str)
    submitRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            event.accept()
            self.submitRequested.emit()
            return
        super().keyPressEvent(event)

    def _file_of(self, event) -> str | None:
        mime = event.mimeData()
        if not mime.hasUrls():
            return None
        for url in mime.urls():
            if url.isLocalFile() and url.toLocalFile().lower().endswith(INPUT_SUFFIXES):
                return url.toLocalFile()
        return None

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self._file_of(event):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self._file_of(event):
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt override
        path = self._file_of(event)
        if path:
            event.acceptProposedAction()
            self.fileDropped.emit(path)
        else:
            super().dropEvent(event)


class LanguageCombo(QComboBox):
    """The result language. Names other than the first are set when the box is first used (focus, click,
    wheel, a new current item): measuring "中文" loads a CJK font (~3 MiB) the window does not need until then,
    and as it is narrower than "English" the box has the same size either way."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for index, (name, code) in enumerate(RESULT_LANGUAGES):
            self.addItem(name if index == 0 else "", code)
        self._named = False
        self.currentIndexChanged.connect(self.name_items)

    def name_items(self) -> None:
        if not self._named:
            self._named = True
            for index, (name, _code) in enumerate(RESULT_LANGUAGES):
                self.setItemText(index, name)

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.name_items()
        super().focusInEvent(event)

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.name_items()
        super().mousePressEvent(event)

    def wheelEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.name_items()
        super().wheelEvent(event)

    def showPopup(self) -> None:  # noqa: N802 - Qt override
        self.name_items()
        super().showPopup()


class InputPanel(QWidget):
    """The list box and the counts line. ``recountRequested`` fires once typing pauses."""

    recountRequested = Signal()
    fileDropped = Signal(str)
    submitRequested = Signal()  # Ctrl+Enter in the list box

    def __init__(self, parent: QWidget | None = None, lang_source: Callable[[], str] | None = None) -> None:
        super().__init__(parent)
        self.parsed: PatentInput | None = None
        self.lang_for_reasons = "en"
        # The UI language for the reasons ("en"/"zh"): `lang_source`, else the owner's context.api_lang
        if lang_source is None:
            lang_source = getattr(getattr(parent, "context", None), "api_lang", None)
        self.lang_source = lang_source
        self.edit = InputEdit(self)
        self.edit.setObjectName("classifyInputText")
        self.edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.edit.fileDropped.connect(self.fileDropped)
        self.edit.submitRequested.connect(self.submitRequested)
        self.counts = QLabel(self)
        self.counts.setObjectName("classifyCountsLabel")
        self.counts.setTextFormat(Qt.TextFormat.RichText)
        self.counts.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.counts.setWordWrap(True)
        self.counts.linkActivated.connect(self.show_invalid)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.recountRequested)
        self.edit.textChanged.connect(self._timer.start)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.counts)
        self.invalid_dialog: InvalidEntriesDialog | None = None
        self._last_counts = (0, 0, 0)  # in the store, API calls, of which for the bibliography
        self.retranslateUi()

    def retranslateUi(self) -> None:  # noqa: N802 - Qt naming
        self.edit.setPlaceholderText(
            self.tr(
                "Paste or type patent numbers or PatSnap patent IDs, separated by new lines, commas, "
                "semicolons or spaces (e.g. CN110650438A, US 9,800,501 B2) — or drop a .txt, .csv or .xlsx file."
            )
        )
        self.edit.setAccessibleName(self.tr("Patent list"))
        self.counts.setAccessibleName(self.tr("Input counts"))
        if self.parsed is None:
            self.counts.setText(self.tr("Nothing entered yet."))
        else:  # the counts line follows a language switch
            self.show_counts(self.parsed, *self._last_counts)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def text(self) -> str:
        return self.edit.toPlainText()

    def set_text(self, text: str) -> None:
        self.edit.setPlainText(text)

    def recount_now(self) -> None:
        """Skip the typing pause (after a file was loaded, or before Classify)."""
        self._timer.stop()
        self.recountRequested.emit()

    def pending(self) -> bool:
        return self._timer.isActive()

    def clear_counts(self) -> None:
        """The box is empty: the counts line says so (nothing was parsed)."""
        self.parsed = None
        self._last_counts = (0, 0, 0)
        self.counts.setText(self.tr("Nothing entered yet."))

    def show_counts(self, parsed: PatentInput, cached: int, calls: int, biblio_calls: int = 0) -> None:
        """``biblio_calls``: how many of the ``calls`` fetch the bibliography ("With bibliography")."""
        self.parsed = parsed
        self._last_counts = (cached, calls, biblio_calls)
        if parsed.total_entries == 0:
            self.counts.setText(self.tr("Nothing entered yet."))
        else:
            self.counts.setText(self.counts_text(parsed, cached, calls, biblio_calls))

    def counts_text(self, parsed: PatentInput, cached: int, calls: int, biblio_calls: int = 0) -> str:
        """The live counts line, as rich text with the invalid count as a link when there are some."""
        # "label: n" reads right for any n in English (no English plural catalogue is shipped)
        applications = len(parsed.applications)
        invalid = len(parsed.invalid) - applications
        invalid_text = self.tr("invalid: {0}").format(invalid)
        if invalid:
            link = self.tr("invalid: {0} (click to see which and why)").format(invalid)
            invalid_text = f'<a href="invalid">{link}</a>'
        if applications:  # application numbers are listed apart: the user looks their publications up
            link = self.tr("application numbers: {0} (not sent, click to see)").format(applications)
            invalid_text += f' · <a href="applications">{link}</a>'
        rewritten = len(parsed.rewritten())
        if rewritten:
            link = self.tr("rewritten: {0} (click to see as what)").format(rewritten)
            invalid_text += f' · <a href="rewritten">{link}</a>'
        if biblio_calls:  # "With bibliography": the bibliography's share of the cost
            return self.tr(
                "Unique: {0} · duplicates: {1} · {2} · already in the store: {3} · API calls needed: {4} "
                "(bibliography: {5})"
            ).format(parsed.unique, parsed.duplicates, invalid_text, cached, calls, biblio_calls)
        return self.tr(
            "Unique: {0} · duplicates: {1} · {2} · already in the store: {3} · API calls needed: {4}"
        ).format(parsed.unique, parsed.duplicates, invalid_text, cached, calls)

    def reasons_lang(self) -> str:
        """The language of the invalid-entry reasons: the UI language at the time of asking."""
        return self.lang_source() if callable(self.lang_source) else self.lang_for_reasons

    def show_invalid(self, _link: str = "") -> InvalidEntriesDialog | None:
        """The entries not sent (invalid, application numbers) and those sent in another form than typed."""
        if self.parsed is None:
            return None
        rewritten = self.parsed.rewritten()
        if not self.parsed.invalid and not rewritten:
            return None
        from ipdesk.ui.classify.invalid import InvalidEntriesDialog

        dialog = InvalidEntriesDialog(self.parsed.invalid, self.reasons_lang, self, rewritten=rewritten)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.invalid_dialog = dialog
        dialog.destroyed.connect(lambda *_: setattr(self, "invalid_dialog", None))
        dialog.open()
        return dialog

    def pick_column(self, table: Table) -> int | None:
        """Ask which column holds the patents when there are several (the likeliest proposed); None if the
        user cancels."""
        if len(table.headers) <= 1:
            return 0 if table.headers else None
        samples = []
        for index in range(len(table.headers)):
            sample = next(iter(table.values(index)), "")
            label = table.label(index)
            samples.append(f"{label} — {sample}" if sample else label)
        from ipdesk.services.tables import patent_score

        best = table.guess_column(patent_score)
        from PySide6.QtWidgets import QDialog, QInputDialog

        dialog = QInputDialog(self)
        dialog.setObjectName("classifyColumnPicker")
        dialog.setWindowTitle(self.tr("Choose the column"))
        dialog.setLabelText(
            self.tr("The file has several columns. Which one holds the patent numbers or IDs?")
        )
        dialog.setComboBoxItems(samples)
        dialog.setTextValue(samples[best])
        dialog.setComboBoxEditable(False)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return samples.index(dialog.textValue())
