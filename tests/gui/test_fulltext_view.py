"""One patent view with texts that make offsets hard: astral characters with offsets in UTF-16 units, inline
markup, CRLF line ends, sections out of order, a missing start, positions beyond the text, no sections, no text.
Everything is checked through the widget (scroll position, ExtraSelections, char formats, tree items)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QPoint, Qt  # noqa: E402
from PySide6.QtGui import QFont, QGuiApplication, QTextCharFormat, QTextCursor  # noqa: E402

from ipdesk.api.models import DescriptionOffsets, Section, SectionName  # noqa: E402
from ipdesk.services.outline import build_outline, section_at  # noqa: E402
from ipdesk.services.textpos import from_utf16, to_utf16  # noqa: E402
from ipdesk.ui.fulltext.view import PatentView  # noqa: E402

TITLES = [
    "Technical Field",
    "Background",
    "Summary",
    "Brief Description of the Drawings",
    "Detailed Description",
]
ASTRAL = "\U0002000b\U0001d465"  # a rare CJK ideograph and a mathematical italic x


def filler(k: int, n: int, astral: bool = False) -> list[str]:
    extra = ASTRAL if astral else ""
    return [f"Paragraph {k}.{j} alpha {extra} beta gamma delta epsilon zeta eta theta." * 3 for j in range(n)]


def offsets(entries, units="cp", text=None) -> DescriptionOffsets:
    """entries: (title, start, end) in code points of `text`; units='utf16' re-expresses them in UTF-16 units."""
    sections = []
    for title, start, end in entries:
        if units == "utf16":
            start = None if start is None else to_utf16(text, start)
            end = None if end is None else to_utf16(text, end)
        name = SectionName(title, start, None if start is None else start + len(title), ("c1",), (title,))
        sections.append(Section(name, start, end))
    return DescriptionOffsets("US1", None, "EN", tuple(sections))


def make_doc(newline="\n", astral=False, paragraphs=12):
    parts, entries, pos = [], [], 0
    for k, title in enumerate(TITLES):
        block = newline.join([title, *filler(k, paragraphs, astral)]) + newline
        entries.append((title, pos, pos + len(block) - len(newline)))
        parts.append(block)
        pos += len(block)
    return "".join(parts), entries


@pytest.fixture
def view(qtbot, qapp):
    v = PatentView("US1", "EN")
    qtbot.addWidget(v)
    v.resize(1000, 600)
    v.show()
    qtbot.waitExposed(v)
    return v


def assert_at_top_and_highlighted(view, i):
    o = view.outline
    s = o.sections[i]
    heading = to_utf16(o.plain_text, s.heading_start)
    top = view.text.cursorForPosition(QPoint(0, 0)).position()
    bar = view.text.verticalScrollBar()
    if top != heading:  # only the last sections: the document cannot scroll further
        assert bar.value() == bar.maximum() and top < heading, (i, top, heading)
        cursor = view.text.textCursor()
        cursor.setPosition(heading)
        assert view.text.viewport().rect().contains(view.text.cursorRect(cursor).center())
    assert o.plain_text[s.heading_start :].startswith(s.title)
    selections = view.text.extraSelections()
    sel = QTextCursor(selections[0].cursor)
    assert (sel.selectionStart(), sel.selectionEnd()) == (
        to_utf16(o.plain_text, s.start),
        to_utf16(o.plain_text, s.end),
    )
    assert sel.selectedText().replace("\u2029", "\n") == o.plain_text[s.start : s.end]
    return top == heading


def click_all(view, qtbot):
    at_top = 0
    for i in [*range(len(view.outline.sections)), 2, 0]:
        item = view.tree.topLevelItem(i)
        qtbot.mouseClick(
            view.tree.viewport(), Qt.MouseButton.LeftButton, pos=view.tree.visualItemRect(item).center()
        )
        at_top += assert_at_top_and_highlighted(view, i)
        assert view.tree.current_section() == i
    return at_top


def test_astral_text_with_utf16_offsets_and_crlf(view, qtbot):
    raw, entries = make_doc("\r\n", astral=True)
    outline = build_outline(raw, offsets(entries, "utf16", raw))
    assert "offsets_utf16" in outline.notes
    view.set_outline(outline)
    assert view.text.document().characterCount() - 1 == len(outline.plain_text.encode("utf-16-le")) // 2
    assert click_all(view, qtbot) >= 4
    assert "\r" not in view.text.toPlainText()


def test_astral_text_with_code_point_offsets(view, qtbot):
    raw, entries = make_doc(astral=True)
    view.set_outline(build_outline(raw, offsets(entries)))
    assert not any(s.warnings for s in view.outline.sections)
    assert not view.info_label.isVisible()
    assert click_all(view, qtbot) >= 4


def test_markup_is_formatted_not_shown(view, qtbot):
    parts, entries = [], []
    pos = 0
    for k, title in enumerate(TITLES):
        body = "".join(
            f'<b class=\\"d_n\\">【{k:02d}{j:02d}】</b>H<sub>2</sub>O and x<sup>2</sup> in <i>vivo</i> ' * 4
            + "\\n"
            for j in range(10)
        )
        block = f"{title}<br>{body}"
        entries.append((title, pos, pos + len(block)))
        parts.append(block)
        pos += len(block)
    raw = "".join(parts)
    view.set_outline(build_outline(raw, offsets(entries)))
    shown = view.text.toPlainText()
    assert "<" not in shown and "\\n" not in shown and "【0001】" in shown
    assert click_all(view, qtbot) >= 4
    doc = view.text.document()

    def fmt_at(needle):  # char format of the first character of needle
        cursor = QTextCursor(doc)
        cursor.setPosition(shown.index(needle) + 1)
        return cursor.charFormat()

    assert fmt_at("【0001】").fontWeight() == QFont.Weight.Bold
    assert fmt_at("2O").verticalAlignment() == QTextCharFormat.VerticalAlignment.AlignSubScript
    assert fmt_at("vivo").fontItalic()
    assert fmt_at(" and x").fontWeight() != QFont.Weight.Bold


def test_out_of_order_missing_start_and_clamped(view, qtbot):
    raw, entries = make_doc()
    missing_start = (entries[0][0], None, entries[0][2])  # the first section without idx_start
    beyond = (entries[4][0], entries[4][1], len(raw) + 500)  # beyond the text
    shuffled = [missing_start, entries[2], entries[1], beyond, entries[3]]
    view.set_outline(build_outline(raw, offsets(shuffled)))
    assert [s.title for s in view.outline.sections] == TITLES
    click_all(view, qtbot)
    warned = {view.tree.topLevelItem(i).text(0): view.tree.topLevelItem(i) for i in range(5)}
    clamped = warned["Detailed Description"]
    assert not clamped.icon(0).isNull() and "cut to its end" in clamped.toolTip(0)
    assert not warned["Technical Field"].icon(0).isNull()
    assert view.info_label.isVisible()


def test_no_sections_shows_whole_text_with_a_note(view):
    raw, _entries = make_doc()
    view.set_outline(build_outline(raw, offsets([])))
    assert view.text.toPlainText() == raw.rstrip("\n") or view.text.toPlainText() == raw
    assert view.tree.isHidden()
    assert "whole text" in view.info_label.text() and view.info_label.isVisible()
    assert view.load_button.isHidden()


def test_no_text_shows_outline_and_loads_from_file(view, qtbot):
    raw, entries = make_doc()
    view.set_outline(build_outline(None, offsets(entries)), offsets=offsets(entries))
    assert view.tree.topLevelItemCount() == 5 and view.tree.isVisible()
    assert view.load_button.isVisible() and "No description text" in view.info_label.text()
    view.load_text(raw)
    assert view.load_button.isHidden()
    assert click_all(view, qtbot) >= 4


def test_find_highlights_every_hit_and_counts_per_section(view, qtbot):
    raw, entries = make_doc(astral=True)
    view.set_outline(build_outline(raw, offsets(entries)))
    view.show_find()
    assert view.find_bar.isVisible()
    qtbot.keyClicks(view.find_bar.edit, "ALPHA")
    qtbot.waitUntil(lambda: bool(view.hits), timeout=2000)
    text = view.outline.plain_text
    expected = [i for i in range(len(text)) if text.startswith("alpha", i)]
    sels = view.text.extraSelections()
    assert sorted(s.cursor.selectionStart() for s in sels) == [to_utf16(text, i) for i in expected]
    assert all(QTextCursor(s.cursor).selectedText().lower() == "alpha" for s in sels)
    for i, s in enumerate(view.outline.sections):
        assert view.tree.hit_count(i) == text[s.start : s.end].count("alpha")
        assert view.tree.topLevelItem(i).text(2) == str(text[s.start : s.end].count("alpha"))
    qtbot.keyClick(view.find_bar.edit, Qt.Key.Key_Return)
    cursor = view.text.textCursor()
    assert cursor.selectedText() == "alpha" and from_utf16(text, cursor.selectionStart()) == expected[0]
    assert view.find_bar.count_label.text() == f"1 of {len(expected)}"
    qtbot.keyClick(view.find_bar.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert from_utf16(text, view.text.textCursor().selectionStart()) == expected[-1]
    assert view.tree.current_section() == len(TITLES) - 1  # the outline followed the hit
    view.find_bar.case_check.setChecked(True)
    assert view.hits == [] and view.find_bar.count_label.text() == "No matches"
    qtbot.keyClick(view.find_bar.edit, Qt.Key.Key_Escape)
    assert view.find_bar.isHidden() and view.text.extraSelections() == [] and view.tree.hit_count(0) is None


def test_esc_in_the_text_closes_the_find_bar(view, qtbot):
    raw, entries = make_doc()
    view.set_outline(build_outline(raw, offsets(entries, "cp", raw)))
    view.activateWindow()
    view.show_find()
    qtbot.keyClicks(view.find_bar.edit, "alpha")
    qtbot.waitUntil(lambda: view.hits != [], timeout=2000)
    view.text.setFocus()
    qtbot.waitUntil(view.text.hasFocus, timeout=2000)
    qtbot.keyClick(view.text, Qt.Key.Key_Escape)
    assert view.find_bar.isHidden() and view.hits == [] and view.text.extraSelections() == []
    qtbot.keyClick(view.text, Qt.Key.Key_Escape)  # with the bar closed Esc does nothing here
    assert view.find_bar.isHidden()


def test_ctrl_down_up_and_scroll_following(view, qtbot):
    raw, entries = make_doc(astral=True)
    view.set_outline(build_outline(raw, offsets(entries, "utf16", raw)))
    view.text.setFocus()
    assert view.tree.current_section() == 0  # the outline shows the section in view from the start
    qtbot.keyClick(view.text, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert view.tree.current_section() == 1 and assert_at_top_and_highlighted(view, 1)
    qtbot.keyClick(view.text, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view.text, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert view.tree.current_section() == 3 and assert_at_top_and_highlighted(view, 3)
    qtbot.keyClick(view.text, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert view.tree.current_section() == 2 and assert_at_top_and_highlighted(view, 2)
    view.tree.setFocus()  # the keys work from the outline too
    qtbot.keyClick(view.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert view.tree.current_section() == 1 and assert_at_top_and_highlighted(view, 1)
    # scrolling moves the outline selection to the section at the top
    bar = view.text.verticalScrollBar()
    for value in range(0, bar.maximum() + 1, max(1, bar.maximum() // 40)):
        bar.setValue(value)
        top = from_utf16(view.outline.plain_text, view.text.cursorForPosition(QPoint(0, 0)).position())
        assert view.tree.current_section() == section_at(view.outline, top)
    assert view.tree.current_section() >= 3


def test_copy_section_and_export(view, qtbot):
    raw, entries = make_doc(astral=True)
    view.set_outline(build_outline(raw, offsets(entries)))
    view.jump_to(1)
    view.copy()
    assert QGuiApplication.clipboard().text() == view.outline.plain_text[entries[1][1] : entries[1][2]]
    md = view.export_content("markdown")
    assert md.startswith("# US1\n")
    for title in TITLES:
        assert f"## {title}\n" in md
    assert ASTRAL in md and "Paragraph 3.2 alpha" in md
    chosen = view.export_content("text", [1, 3])
    assert "Background\n----------" in chosen and TITLES[3] in chosen and "Summary" not in chosen
