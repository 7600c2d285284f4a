"""The bibliography header above one document (issue 17): title, applicants/assignees, dates, patent type, main
IPC/CPC, the SEIC classes when the store holds them, and the abstract (collapsible).

Three short lines and a fold: at 1280x720 the outline and the text keep their room. Every line is elided to the
width it gets, with the whole text (and for the title, the other language's title) in its tooltip. The widget
only shows what it is given (``ui.fulltext.bibliography`` reads and fetches); every text is made again after a
language switch from the values kept, so nothing shown stays in the old language.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ipdesk.ui.core.dates import format_date
from ipdesk.ui.core.texts import patent_type_name
from ipdesk.ui.widgets.elided_label import ElidedLabel

if TYPE_CHECKING:
    from ipdesk.api.models import Bibliography
    from ipdesk.services.classify import ClassRow

ABSTRACT_LINES = 4  # the abstract, when unfolded, shows this many lines and scrolls for the rest
LOADING, SHOWN, NOT_FOUND, FAILED, HIDDEN = "loading", "shown", "not_found", "failed", "hidden"


def other_language(lang: str) -> str:
    """The title language of the tooltip: Chinese under an English (or other) document, English under a Chinese."""
    return "EN" if lang.upper() == "CN" else "CN"


def seic_text(rows: Sequence[ClassRow]) -> str:
    """'1.2 Next-generation IT; 4.1 …' (level 2 where known, else level 1), each class once; '' when none."""
    seen: dict[str, str] = {}
    for row in rows:
        code, desc = (
            (row.seic_lv2_no, row.seic_lv2_desc) if row.seic_lv2_no else (row.seic_lv1_no, row.seic_lv1_desc)
        )
        if code:
            seen.setdefault(code, f"{code} {desc}".strip())
    return "; ".join(seen.values())


class BiblioHeader(QWidget):
    abstractToggled = Signal(bool)  # the user unfolded (True) or folded the abstract: the tab remembers it

    def __init__(self, lang: str, parent: QWidget | None = None, *, trailing: Sequence[QWidget] = ()) -> None:
        """``trailing``: the document's own buttons, at the end of the last line (no line of their own); the
        header stays shown for them while they are."""
        super().__init__(parent)
        self.trailing = tuple(trailing)
        self.setObjectName("fulltextHeader")
        self.lang = lang.upper()
        self.state = HIDDEN
        self.bibliography: Bibliography | None = None
        self.classes: list[ClassRow] | None = None  # None: not in the store (yet)
        self.classes_wanted = False  # "Classify this patent" was pressed: say that the classes are awaited
        self._failure: Callable[[], str] | None = None

        self.title_label = ElidedLabel(self)
        self.title_label.setObjectName("fulltextHeaderTitle")
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.type_label = QLabel(self)
        self.type_label.setObjectName("fulltextHeaderType")
        self.people_label = ElidedLabel(self)
        self.people_label.setObjectName("fulltextHeaderPeople")
        self.dates_label = ElidedLabel(self)
        self.dates_label.setObjectName("fulltextHeaderDates")
        # the dates whole while there is room (the parties' line gives way first), cut only when there is none
        self.dates_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.classes_label = ElidedLabel(self)
        self.classes_label.setObjectName("fulltextHeaderClasses")
        self.abstract_button = QToolButton(self)
        self.abstract_button.setObjectName("fulltextHeaderAbstractButton")
        self.abstract_button.setCheckable(True)
        self.abstract_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.abstract_button.setAutoRaise(True)
        self.abstract_button.toggled.connect(self._abstract_toggled)
        self.abstract_text = QPlainTextEdit(self)
        self.abstract_text.setObjectName("fulltextHeaderAbstract")
        self.abstract_text.setReadOnly(True)
        self.abstract_text.setFrameShape(QPlainTextEdit.Shape.NoFrame)
        self.abstract_text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.abstract_text.setBackgroundRole(QPalette.ColorRole.Window)
        self.abstract_text.hide()
        self.note_label = ElidedLabel(self)  # loading, not found, failed: one quiet line, never a dialog
        self.note_label.setObjectName("fulltextHeaderNote")
        self.note_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.title_label, 1)
        top.addWidget(self.type_label)
        middle = QHBoxLayout()
        middle.setContentsMargins(0, 0, 0, 0)
        middle.addWidget(self.people_label, 1)
        middle.addSpacing(12)
        middle.addWidget(self.dates_label)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.addWidget(self.classes_label, 1)
        bottom.addWidget(self.abstract_button)
        for widget in self.trailing:
            bottom.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(1)
        layout.addLayout(top)
        layout.addLayout(middle)
        layout.addLayout(bottom)
        layout.addWidget(self.abstract_text)
        layout.addWidget(self.note_label)
        self._fit_abstract()
        self._render()

    # -- what is shown --------------------------------------------------------------------------------------
    def show_loading(self) -> None:
        if self.state != SHOWN:  # a document already headed keeps its header while a newer answer comes
            self.state = LOADING
            self._render()

    def show_bibliography(self, bibliography: Bibliography | None) -> None:
        """The answer: a bibliography, or None when PatSnap has none for this number."""
        self.bibliography = bibliography
        self.state = SHOWN if bibliography is not None else NOT_FOUND
        self._render()

    def show_failure(self, words: Callable[[], str]) -> None:
        """The fetch failed: one quiet line (`words` is asked again after a language switch)."""
        if self.state != SHOWN:
            self._failure = words
            self.state = FAILED
            self._render()

    def show_nothing(self) -> None:
        """No stored answer and no call made (a document reopened offline): no header."""
        if self.state in (LOADING, HIDDEN):
            self.state = HIDDEN
            self._render()

    def set_classes(self, rows: list[ClassRow] | None) -> None:
        """The patent's SEIC classification from the store (None: not stored)."""
        self.classes = rows
        self._render()

    def want_classes(self) -> None:
        self.classes_wanted = True
        self._render()

    def set_abstract_expanded(self, expanded: bool) -> None:
        self.abstract_button.blockSignals(True)
        self.abstract_button.setChecked(expanded)
        self.abstract_button.blockSignals(False)
        self._render()

    def abstract_expanded(self) -> bool:
        return self.abstract_button.isChecked()

    def _abstract_toggled(self, expanded: bool) -> None:
        self._render()
        self.abstractToggled.emit(expanded)

    # -- texts --------------------------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
        elif event.type() == QEvent.Type.FontChange:
            self._fit_abstract()
        super().changeEvent(event)

    def _fit_abstract(self) -> None:
        margins = self.abstract_text.contentsMargins()
        frame = 2 * self.abstract_text.document().documentMargin() + margins.top() + margins.bottom()
        lines = self.abstract_text.fontMetrics().lineSpacing() * ABSTRACT_LINES
        self.abstract_text.setFixedHeight(int(lines + frame))

    def _people(self, bib: Bibliography) -> tuple[str, str]:
        """(the line, its tooltip): applicants and assignees (said once when they are the same); inventors."""
        applicants, assignees = "; ".join(bib.applicants), "; ".join(bib.assignees)
        if applicants and applicants == assignees:
            parts = [self.tr("Applicant and assignee: {0}").format(applicants)]
        else:
            parts = [
                text.format(names)
                for text, names in (
                    (self.tr("Applicants: {0}"), applicants),
                    (self.tr("Assignees: {0}"), assignees),
                )
                if names
            ]
        inventors = self.tr("Inventors: {0}").format("; ".join(bib.inventors)) if bib.inventors else ""
        return "  ·  ".join(parts), inventors  # the whole line joins the tooltip when it is cut

    def _dates(self, bib: Bibliography) -> str:
        parts = [
            text.format(format_date(day))
            for text, day in (
                (self.tr("Filed {0}"), bib.application_date),
                (self.tr("Published {0}"), bib.publication_date),
                (self.tr("Priority {0}"), bib.priority_date),
            )
            if day is not None
        ]
        return "  ·  ".join(parts)

    def _classes(self, bib: Bibliography | None) -> tuple[str, str]:
        """(the line, its tooltip): main IPC and CPC (all of them in the tooltip) and the SEIC classes (the whole
        line joins the tooltip when it is cut)."""
        parts, tips = [], []
        if bib is not None:
            for name, codes in (("IPC", bib.ipc), ("CPC", bib.cpc)):
                if codes:
                    parts.append(f"{name} {codes[0]}")
                    tips.append(f"{name}: {', '.join(codes)}")
        if self.classes is not None:
            seic = seic_text(self.classes)
            if seic:
                parts.append(self.tr("SEIC: {0}").format(seic))
            else:
                parts.append(self.tr("No SEIC classification"))
        elif self.classes_wanted:
            parts.append(self.tr("SEIC: not classified yet (run Classify in the Classification tab)"))
        return "  ·  ".join(parts), "\n".join(tips)

    def _render(self) -> None:
        bib = self.bibliography if self.state == SHOWN else None
        self.setVisible(self.state != HIDDEN or any(not widget.isHidden() for widget in self.trailing))
        self.setAccessibleName(self.tr("Bibliography"))
        for widget in (self.title_label, self.type_label, self.people_label, self.dates_label):
            widget.setVisible(bib is not None)
        note = {
            LOADING: self.tr("Loading the bibliography…"),
            NOT_FOUND: self.tr("PatSnap has no bibliography for this number."),
            FAILED: self.tr("No bibliography: {0}").format(self._failure() if self._failure else ""),
        }.get(self.state, "")
        self.note_label.setText(note)
        self.note_label.setVisible(bool(note))
        classes, classes_tip = self._classes(bib)
        self.classes_label.setText(classes)
        self.classes_label.setToolTip(classes_tip)
        abstract = bib.abstract_for(self.lang) if bib is not None else ""
        self.abstract_button.setVisible(bool(abstract))
        self.classes_label.setVisible(bool(classes) or bool(abstract))
        expanded = self.abstract_button.isChecked()
        self.abstract_button.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        self.abstract_button.setText(self.tr("Abstract"))
        self.abstract_button.setToolTip(
            self.tr("Hide the abstract") if expanded else self.tr("Show the abstract")
        )
        self.abstract_button.setAccessibleName(self.tr("Abstract"))
        self.abstract_text.setAccessibleName(self.tr("Abstract"))
        if self.abstract_text.toPlainText() != abstract:
            self.abstract_text.setPlainText(abstract)
        self.abstract_text.setVisible(bool(abstract) and expanded)
        if bib is None:
            return
        title = bib.title_for(self.lang) or bib.pn or bib.patent_id
        other = bib.titles.get(other_language(self.lang), "")
        self.title_label.setText(title)
        self.title_label.setToolTip(other if other and other != title else "")
        self.title_label.setAccessibleName(self.tr("Title"))
        self.type_label.setText(patent_type_name(bib.patent_type))
        self.type_label.setVisible(bool(bib.patent_type))
        people, people_tip = self._people(bib)
        self.people_label.setText(people)
        self.people_label.setToolTip(people_tip)
        self.people_label.setAccessibleName(self.tr("Applicants and assignees"))
        self.dates_label.setText(self._dates(bib))
        self.dates_label.setAccessibleName(self.tr("Dates"))
        self.classes_label.setAccessibleName(self.tr("Classes"))
