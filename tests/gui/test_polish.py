"""Review polish: invalid-entry reasons in the UI language, the input column as typed (table and exports),
status-bar messages after a language switch, count texts that read right for any number, keyboard walking."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from test_risk_support import XIAOMI, close_context, make_context, wait_idle
from test_risk_support import make_tab as make_risk_tab

from ipdesk.sandbox.demo import demo_patent_numbers
from ipdesk.services.classify import key_kind
from ipdesk.services.patents import normalize_patent_list
from ipdesk.ui.fulltext.find import FindBar


@pytest.fixture
def make_tab(make_classify_tab):
    return make_classify_tab


def count(tab, qtbot, text: str) -> None:
    tab.input.set_text(text)
    qtbot.waitUntil(lambda: tab.input.parsed is not None and tab.input.parsed.total_entries > 0, timeout=5000)
    qtbot.waitUntil(lambda: not tab.input.pending(), timeout=5000)


def typed(key: str) -> str:
    """The key as a user might type it: lower case, spaces between office code, digits and kind code."""
    return f"{key[:2].lower()} {key[2:-1]} {key[-1].lower()}"


# --- 1. invalid-entry reasons follow the UI language ---------------------------------------------------------
def test_invalid_reasons_in_the_ui_language_and_rerendered_on_a_switch(make_tab, qtbot):
    tab = make_tab()
    count(tab, qtbot, "CN110650438A\nXX12345\nhello")
    entries = tab.input.parsed.invalid
    assert [e.raw for e in entries] == ["XX12345", "hello"]
    language = tab.context.language
    try:
        language.apply("zh_CN")
        qtbot.wait(50)
        dialog = tab.input.show_invalid("invalid")
        reasons = [dialog.table.item(r, 2).text() for r in range(2)]
        assert reasons == [e.reason("zh") for e in entries] and reasons != [e.reason("en") for e in entries]
        assert dialog.windowTitle() == "无效条目"
        language.apply("en")  # the open dialog follows the switch
        qtbot.waitUntil(lambda: dialog.table.item(0, 2).text() == entries[0].reason("en"), timeout=3000)
        assert [dialog.table.item(r, 2).text() for r in range(2)] == [e.reason("en") for e in entries]
        assert dialog.windowTitle() == "Invalid entries"
        language.apply("zh_CN")
        qtbot.waitUntil(lambda: dialog.table.item(1, 2).text() == entries[1].reason("zh"), timeout=3000)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Esc closes the dialog
        qtbot.waitUntil(lambda: tab.input.invalid_dialog is None or not dialog.isVisible(), timeout=3000)
    finally:
        language.apply("en")
        qtbot.wait(50)


# --- 2 and 4. the input column as typed; counts that read right for one ----------------------------------------
def test_input_column_as_typed_in_table_and_exports_and_keys_for_resumed_jobs(make_tab, qtbot, tmp_path):
    key = demo_patent_numbers()[0]
    text = typed(key)
    parsed = normalize_patent_list(text)
    assert parsed.numbers == [key] and parsed.raw_of(key) == text != key
    tab = make_tab()
    count(tab, qtbot, text + "\n" + key.lower())  # one duplicate
    counts = tab.input.counts.text()
    assert counts == (
        "Unique: 1 · duplicates: 1 · invalid: 0 · "
        '<a href="rewritten">rewritten: 1 (click to see as what)</a> · '  # typed lower case, with spaces
        "already in the store: 0 · API calls needed: 1"
    )
    tab.input.edit.setFocus()
    qtbot.keyClick(tab.input.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Enter
    qtbot.waitUntil(lambda: tab._last_end is not None and not tab.runner.busy, timeout=20000)
    assert tab._last_end.status == "done"
    rows = tab.results.model.rows()
    assert rows and {(r.input, r.key, key_kind(r.key)) for r in rows} == {(text, key, "patent_number")}
    label = tab.progress_label.text()
    assert "API calls: 1" in label and "1 calls" not in label
    assert tab.results.rows_label.text() in (f"Rows: {len(rows)}", f"Rows: {len(rows)} of {len(rows)}")

    done = []
    tab.export_to(str(tmp_path / "out.csv"), "csv", on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=10000)
    exported = list(csv.DictReader((tmp_path / "out.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert {(r["input"], r["patent_number"], r["status"]) for r in exported} == {(text, key, "ok")}

    # a job reopened from the store: the job keeps the entries as typed, so the column shows them again
    job_id = tab._last_end.job_id
    fresh = make_tab(tab.context)
    fresh.resume(job_id)
    qtbot.waitUntil(lambda: fresh._last_end is not None and not fresh.runner.busy, timeout=20000)
    assert {(r.input, r.key) for r in fresh.results.model.rows()} == {(text, key)}


def test_count_texts_read_right_for_one_in_english_and_chinese(make_tab, qtbot):
    tab = make_tab()
    count(tab, qtbot, "CN110650438A\nXX12345")
    english = tab.input.counts.text()
    assert "invalid: 1 (click to see which and why)" in english and "API calls needed: 1" in english
    bar = FindBar()
    bar.set_count(-1, 1, "x")
    assert bar.count_label.text() == "Matches: 1"
    language = tab.context.language
    try:
        language.apply("zh_CN")
        qtbot.waitUntil(lambda: tab.input.counts.text() != english, timeout=3000)
        chinese = tab.input.counts.text()
        assert chinese.startswith("1 ") and "API" in chinese and "unique" not in chinese
        bar.retranslateUi()
        bar.set_count(-1, 2, "x")
        assert bar.count_label.text() == "匹配：2"
    finally:
        language.apply("en")
        bar.deleteLater()
        qtbot.wait(50)


# --- 3. status-bar messages after a language switch --------------------------------------------------------
def test_status_messages_are_reworded_or_cleared_on_a_language_switch(window, qtbot):
    status = window.status
    language = window.context.language
    try:
        status.show_message(lambda: status.tr("Status bar"))  # a message that can be worded again
        assert status.currentMessage() == "Status bar"
        language.apply("zh_CN")
        qtbot.waitUntil(lambda: status.currentMessage() == "状态栏", timeout=3000)
        window.context.message.emit("Exported 3 rows to out.csv")  # ready-made words: cannot be reworded
        assert status.currentMessage() == "Exported 3 rows to out.csv"
        language.apply("en")
        qtbot.waitUntil(lambda: status.currentMessage() == "", timeout=3000)
        status.show_message(lambda: status.tr("Status bar"))
        language.apply("zh_CN")
        qtbot.waitUntil(lambda: status.currentMessage() == "状态栏", timeout=3000)
    finally:
        language.apply("en")
        qtbot.wait(50)


# --- 5. keyboard ---------------------------------------------------------------------------------------------
def tab_chain(start: QWidget, steps: int) -> list[QWidget]:
    """The widgets Tab visits from `start` (what QWidget.focusNextChild would pick), in order."""
    chain, widget = [], start
    for _ in range(500):
        widget = widget.nextInFocusChain()
        if widget is start or len(chain) == steps:
            break
        if (
            widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.isVisibleTo(start.window())
            and widget.isEnabled()
        ):
            chain.append(widget)
    return chain


def test_classification_keyboard_enter_tab_order(make_tab, qtbot, sandbox):
    tab = make_tab()
    edit = tab.input.edit
    edit.setFocus()
    qtbot.keyClicks(edit, "CN110650438A")
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # a new line, not a submit
    qtbot.keyClicks(edit, "US9800501B2")
    assert edit.toPlainText() == "CN110650438A\nUS9800501B2"
    qtbot.wait(100)
    assert not tab.runner.busy and sandbox.counts.get("P022", 0) == 0
    assert edit.tabChangesFocus()  # Tab leaves the list box instead of typing a tab
    chain = tab_chain(edit, 60)
    order = [tab.open_button, tab.lang_combo, tab.refresh_check, tab.classify_button, tab.results.filter_edit]
    positions = [chain.index(w) for w in order]
    assert positions == sorted(positions), [w.objectName() for w in chain]


def test_find_bar_esc_from_any_of_its_widgets(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    bar = FindBar(parent)
    parent.show()
    qtbot.waitExposed(parent)
    for target in (bar.edit, bar.case_check):
        bar.open_bar("x")
        target.setFocus()
        qtbot.waitUntil(lambda t=target: QApplication.focusWidget() is t, timeout=2000)
        with qtbot.waitSignal(bar.closed, timeout=2000):
            qtbot.keyClick(target, Qt.Key.Key_Escape)
        assert not bar.isVisible()


def test_risk_add_field_enter_adds(qloop, qtbot, sandbox):
    context = make_context(qtbot, sandbox)
    tab = make_risk_tab(qtbot, context)
    try:
        qtbot.keyClicks(tab.add_edit, XIAOMI[1])
        qtbot.keyClick(tab.add_edit, Qt.Key.Key_Return)
        wait_idle(qtbot, tab)
        assert [c.value for c in context.store().watchlist.list_companies()] == [XIAOMI[1]]
        assert tab.add_edit.text() == ""
    finally:
        close_context(context, tab)
