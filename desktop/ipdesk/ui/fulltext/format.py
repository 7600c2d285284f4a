"""Text formats of the full-text view: character formats for markup spans and headings, highlight colours
(light and dark palettes) and ExtraSelections for a section or a search hit (positions in UTF-16 units)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit


def char_formats() -> dict[str, QTextCharFormat]:
    """One format per span kind of ipdesk.services.markup, plus "heading" for section headings."""
    out: dict[str, QTextCharFormat] = {}
    for kind in ("heading", "paragraph_number", "bold", "italic", "underline", "sub", "sup"):
        fmt = QTextCharFormat()
        if kind == "heading":
            fmt.setFontWeight(QFont.Weight.Bold)
            fmt.setFontPointSize(QFont().pointSizeF() * 1.15)
        elif kind in ("paragraph_number", "bold"):
            fmt.setFontWeight(QFont.Weight.Bold)
        elif kind == "italic":
            fmt.setFontItalic(True)
        elif kind == "underline":
            fmt.setFontUnderline(True)
        elif kind == "sub":
            fmt.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignSubScript)
        else:
            fmt.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignSuperScript)
        out[kind] = fmt
    return out


def highlight_colors(palette: QPalette) -> tuple[QColor, QColor, QColor]:
    """(section, search hit, current hit) backgrounds that read well on the palette's base colour."""
    dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
    section = QColor(palette.color(QPalette.ColorRole.Highlight))
    section.setAlpha(70 if dark else 40)
    hit = QColor("#8a6d00") if dark else QColor("#ffe866")
    current = QColor("#c05a00") if dark else QColor("#ff9f43")
    return section, hit, current


def extra_selection(document: QTextDocument, start: int, end: int, color: QColor) -> QTextEdit.ExtraSelection:
    sel = QTextEdit.ExtraSelection()
    cursor = QTextCursor(document)
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    sel.cursor = cursor
    sel.format.setBackground(color)
    return sel
