"""The Full text tab against the sandbox over real HTTP: every demo patent, each section clicked (checked through
the widget), find, next/previous section, export, the store answering a second open, Recent offline."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from ipdesk.sandbox.demo import demo_description_patents
from ipdesk.services.textpos import to_utf16
from ipdesk.ui.fulltext.tab import FullTextTab


def lang_of(pn: str) -> str:
    return "CN" if pn[:2] in ("CN", "WO") else "EN"


@pytest.fixture
def make_tab(sandbox_context, show_tab):
    return lambda: show_tab(FullTextTab(sandbox_context()))


def open_and_wait(tab, qtbot, pn, lang=None, related=False):
    tab.patent_edit.setText(pn)
    tab.lang_combo.setCurrentIndex(tab.lang_combo.findData(lang or lang_of(pn)))
    tab.related_check.setChecked(related)
    qtbot.keyClick(tab.patent_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.find_view(pn, lang or lang_of(pn)) >= 0 and not tab.pending, timeout=10000)
    view = tab.current_view()
    assert view is not None and view.patent == pn
    return view


def click_section(view, qtbot, i):
    tree = view.tree
    item = tree.topLevelItem(i)
    tree.scrollToItem(item)
    rect = tree.visualItemRect(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def assert_section_shown(view, i):
    """Through the widget: the heading is the first visible text (or visible when the document cannot scroll
    further) and the section highlight covers exactly the section."""
    outline = view.outline
    s = outline.sections[i]
    text = outline.plain_text
    heading = to_utf16(text, s.heading_start)
    top = view.text.cursorForPosition(QPoint(0, 0)).position()
    bar = view.text.verticalScrollBar()
    if top != heading:
        assert bar.value() == bar.maximum(), (s.title, top, heading)
        assert top < heading
        rect = view.text.cursorRect(_cursor_at(view, heading))
        assert view.text.viewport().rect().contains(rect.center()), (s.title, rect)
    assert text[s.heading_start :].startswith(s.title[:1]) or "heading_mismatch" in s.warnings
    selections = view.text.extraSelections()
    assert selections, "no highlight"
    cursor = QTextCursor(selections[0].cursor)
    assert (cursor.selectionStart(), cursor.selectionEnd()) == (
        to_utf16(text, s.start),
        to_utf16(text, s.end),
    )
    assert cursor.selectedText().replace("\u2029", "\n") == text[s.start : s.end]
    assert view.tree.current_section() == i


def _cursor_at(view, pos):
    cursor = view.text.textCursor()
    cursor.setPosition(pos)
    return cursor


def test_every_demo_patent_every_section_lands_at_the_top(make_tab, qtbot, sandbox):
    tab = make_tab()
    patents = demo_description_patents()
    total = 0
    for pn in patents:
        view = open_and_wait(tab, qtbot, pn, related=pn.startswith("WO"))
        if not view.outline.sections:
            assert view.info_label.isVisible()
            assert view.text.toPlainText() == view.outline.plain_text.replace("\r", "")
            continue
        # the text shown is the rendered text: no tags
        assert "<b" not in view.text.toPlainText()
        for i in range(len(view.outline.sections)):
            click_section(view, qtbot, i)
            assert_section_shown(view, i)
            total += 1
        # in reverse, to be sure it scrolls up as well
        for i in reversed(range(len(view.outline.sections))):
            click_section(view, qtbot, i)
            assert_section_shown(view, i)
    assert total >= 60
    assert tab.tabs.count() == len(patents)


def test_second_open_comes_from_the_store_and_recent_reopens_offline(make_tab, qtbot, sandbox):
    tab = make_tab()
    view = open_and_wait(tab, qtbot, "US8930553B2")
    first_text = view.outline.plain_text
    assert sandbox.counts["P073"] == 1 and sandbox.counts["P019"] == 1
    tab.close_view(tab.tabs.currentIndex())
    assert tab.tabs.count() == 0 and tab.stack.currentWidget() is tab.empty_label
    view = open_and_wait(tab, qtbot, "US8930553B2")
    assert sandbox.counts["P073"] == 1 and sandbox.counts["P019"] == 1  # the store answered
    open_and_wait(tab, qtbot, "CN110650438A")
    qtbot.waitUntil(lambda: tab.recent_list.count() == 2, timeout=5000)
    assert tab.recent_list.item(0).text() == "CN110650438A · CN"
    while tab.tabs.count():
        tab.close_view(0)
    sandbox.stop()  # offline from here on
    item = tab.recent_list.item(1)
    tab.recent_list.setCurrentItem(item)
    qtbot.keyClick(tab.recent_list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.find_view("US8930553B2", "EN") >= 0, timeout=10000)
    view = tab.current_view()
    assert view.outline.plain_text == first_text and len(view.outline.sections) == 5
    click_section(view, qtbot, 2)
    assert_section_shown(view, 2)
    # a patent never opened cannot come from the store: an error in words, no traceback
    tab.patent_edit.setText("US6336130B1")
    tab.open_from_bar()
    qtbot.waitUntil(lambda: not tab.pending, timeout=30000)
    assert tab.status_label.isVisible() and "Traceback" not in tab.status_label.text()
    assert tab.status_label.text()


def test_family_member_text_is_marked(make_tab, qtbot, sandbox):
    tab = make_tab()
    view = open_and_wait(tab, qtbot, "WO2023284221A1", related=False)
    assert "no_text" in view.outline.notes and view.load_button.isVisible()
    view = open_and_wait(tab, qtbot, "WO2023284221A1", related=True)
    assert tab.tabs.count() == 1  # the same sub-tab, now with the family member's text
    assert view.pn_related == "CN116420141A"
    assert "CN116420141A" in view.info_label.text() and view.info_label.isVisible()
    assert view.outline.plain_text and view.load_button.isHidden()
    assert "CN116420141A" in tab.tabs.tabToolTip(0)


def test_find_next_section_and_export_on_a_real_patent(make_tab, qtbot, sandbox):
    tab = make_tab()
    view = open_and_wait(tab, qtbot, "US8927118B2")
    tab.find()
    assert view.find_bar.isVisible() and view.find_bar.edit.hasFocus()
    qtbot.keyClicks(view.find_bar.edit, "light")
    qtbot.waitUntil(lambda: bool(view.hits), timeout=3000)
    text = view.outline.plain_text.lower()
    assert len(view.hits) == text.count("light")
    counts = [view.tree.hit_count(i) for i in range(len(view.outline.sections))]
    assert counts == [text[s.start : s.end].count("light") for s in view.outline.sections]
    assert sum(counts) <= len(view.hits)
    assert len(view.text.extraSelections()) == len(view.hits)
    view.text.setFocus()
    for i in range(1, len(view.outline.sections)):
        qtbot.keyClick(view.text, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
        assert_section_shown(view, i)
    for i in reversed(range(len(view.outline.sections) - 1)):
        qtbot.keyClick(view.text, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
        assert_section_shown(view, i)
    md = view.export_content("markdown")
    assert md.startswith("# US8927118B2\n")
    assert [line[3:] for line in md.splitlines() if line.startswith("## ")] == [
        s.title for s in view.outline.sections
    ]
    one = view.export_content("markdown", [1])
    assert one.count("\n## ") == 1 and view.outline.sections[1].title in one


def test_invalid_input_is_explained(make_tab, qtbot):
    tab = make_tab()
    tab.patent_edit.setText("!!")
    qtbot.keyClick(tab.patent_edit, Qt.Key.Key_Return)
    assert tab.status_label.isVisible() and tab.status_label.text()
    assert not tab.pending and tab.tabs.count() == 0


def test_every_interactive_widget_is_named(make_tab, qtbot, sandbox):
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QHeaderView,
        QLineEdit,
        QPlainTextEdit,
        QTabBar,
    )

    tab = make_tab()
    view = open_and_wait(tab, qtbot, "CN110650438A")
    view.show_find()
    checked = 0
    for cls in (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QPlainTextEdit):
        for widget in tab.findChildren(cls):
            ancestors, parent = [], widget.parent()
            while parent is not None and parent is not tab:
                ancestors.append(parent)
                parent = parent.parent()
            if isinstance(widget, QHeaderView) or any(
                isinstance(a, (QLineEdit, QTabBar, QComboBox)) for a in ancestors
            ):
                continue  # Qt's own parts (clear buttons, tab scroll/close buttons, headers, popups)
            assert widget.objectName(), widget
            assert widget.accessibleName(), widget.objectName()
            checked += 1
    assert checked >= 12


def test_shell_hosts_the_tab_and_forwards_find_copy_select_all(window, qtbot):
    from PySide6.QtGui import QGuiApplication

    qtbot.waitUntil(lambda: window.context.client() is not None, timeout=10000)
    tab = window.findChild(FullTextTab, "tab_fulltext")
    assert tab is not None
    window.tabs.setCurrentWidget(tab)
    view = open_and_wait(tab, qtbot, "US3937375A")  # a demo patent without sections: whole text + note
    assert "whole text" in view.info_label.text() and view.tree.isHidden()
    actions = window.menus.actions
    assert actions["find"].isEnabled() and actions["export"].isEnabled()
    actions["find"].trigger()
    assert view.find_bar.isVisible()
    actions["select_all"].trigger()
    actions["copy"].trigger()
    assert QGuiApplication.clipboard().text() == view.outline.plain_text


def test_a_cn_number_opens_in_chinese_with_its_outline_as_in_the_cli(make_tab, qtbot, sandbox):
    """The default language is the office's (services.outline_service.default_lang), in the tab as in
    `ipdesk outline`: one P073 and one P019 call, a Chinese text with its sections, never an EN label on it."""
    import json
    import subprocess
    import sys

    tab = make_tab()
    assert tab.lang_combo.currentIndex() == 0 and tab.lang_combo.currentData() == ""
    tab.patent_edit.setText("CN116420141A")
    qtbot.keyClick(tab.patent_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.find_view("CN116420141A", "CN") >= 0 and not tab.pending, timeout=10000)
    view = tab.current_view()
    assert view.lang == "CN" and sandbox.counts["P073"] == 1 and sandbox.counts["P019"] == 1
    titles = [s.title for s in view.outline.sections]
    assert titles and any("技术领域" in t for t in titles)
    run = subprocess.run(
        [sys.executable, "-m", "ipdesk", "--demo", "outline", "CN116420141A", "--format", "json"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 0, run.stderr
    cli = json.loads(run.stdout)
    assert cli["lang"] == "CN" and [s["name"] for s in cli["sections"]] == titles
