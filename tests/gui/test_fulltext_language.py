"""Issue 16 (8, 11): the Full text tab in the UI language after a switch: the error banner, the outline's
Category column and the Recent dates (one unambiguous form per language)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

from ipdesk.ui.fulltext.outline import COL_CATEGORY, COL_TITLE
from ipdesk.ui.fulltext.tab import FullTextTab

HAN = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def tab(sandbox_context, show_tab):
    tab = show_tab(FullTextTab(sandbox_context()))
    yield tab
    tab.context.language.apply("en")


def _open(tab, qtbot, pn: str, lang: str) -> None:
    tab.patent_edit.setText(pn)
    tab.lang_combo.setCurrentIndex(tab.lang_combo.findData(lang))
    qtbot.keyClick(tab.patent_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.find_view(pn, lang) >= 0 and not tab.pending, timeout=10000)


def test_the_error_banner_is_worded_again_after_a_language_switch(tab, qtbot, sandbox):
    tab.patent_edit.setText("not a number!")
    qtbot.keyClick(tab.patent_edit, Qt.Key.Key_Return)
    assert tab.status_label.isVisible() and not HAN.search(tab.status_label.text())
    tab.context.language.apply("zh_CN")
    qtbot.waitUntil(lambda: bool(HAN.search(tab.status_label.text())), timeout=3000)

    # an error from a task (the service is gone and the patent is not in the store)
    tab.context.language.apply("en")
    sandbox.stop()
    tab.patent_edit.setText("US8930553B2")
    tab.lang_combo.setCurrentIndex(tab.lang_combo.findData("EN"))
    qtbot.keyClick(tab.patent_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not tab.pending, timeout=20000)
    english = tab.status_label.text()
    assert english and not HAN.search(english) and "Opening" not in english
    tab.context.language.apply("zh_CN")
    qtbot.waitUntil(lambda: bool(HAN.search(tab.status_label.text())), timeout=3000)
    tab.context.language.apply("en")
    qtbot.waitUntil(lambda: tab.status_label.text() == english, timeout=3000)


def test_the_category_column_follows_the_ui_language(tab, qtbot, sandbox):
    _open(tab, qtbot, "US8930553B2", "EN")
    tree = tab.current_view().tree
    english = [tree.topLevelItem(i).text(COL_CATEGORY) for i in range(tree.topLevelItemCount())]
    assert english and all(text and not HAN.search(text) for text in english)
    tab.context.language.apply("zh_CN")
    qtbot.waitUntil(lambda: HAN.search(tree.topLevelItem(0).text(COL_CATEGORY)) is not None, timeout=3000)
    chinese = [tree.topLevelItem(i).text(COL_CATEGORY) for i in range(tree.topLevelItemCount())]
    assert all(HAN.search(text) for text in chinese), chinese
    assert "技术领域" in chinese
    assert "类别：" in tree.topLevelItem(0).toolTip(COL_TITLE)  # full-width colon in a Chinese sentence
    tab.context.language.apply("en")
    qtbot.waitUntil(lambda: tree.topLevelItem(0).text(COL_CATEGORY) == english[0], timeout=3000)


def test_recent_dates_are_unambiguous_in_both_languages(tab, qtbot, sandbox):
    _open(tab, qtbot, "US8930553B2", "EN")
    qtbot.waitUntil(lambda: tab.recent_list.count() == 1, timeout=5000)
    item = tab.recent_list.item(0)
    assert re.fullmatch(r"Opened \d{4}-\d{2}-\d{2} \d{2}:\d{2}", item.toolTip()), item.toolTip()
    tab.context.language.apply("zh_CN")
    qtbot.waitUntil(lambda: "年" in tab.recent_list.item(0).toolTip(), timeout=3000)
    tip = tab.recent_list.item(0).toolTip()
    assert re.search(r"\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$", tip) and not tip.startswith("Opened"), tip
