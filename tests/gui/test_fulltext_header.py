"""The Full text tab's bibliography header against the sandbox over real HTTP: the fields shown (checked against the
demo bibliography read apart), one P011 call and none the second time nor after a restart, a failure as a quiet
line, the abstract's fold remembered, and "Classify this patent" showing the SEIC classes once stored."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from ipdesk.api.models import parse_bibliography
from ipdesk.sandbox import demo_data
from ipdesk.services.classify import ClassifyJob
from ipdesk.ui.core.dates import format_date
from ipdesk.ui.fulltext.header import SHOWN
from ipdesk.ui.fulltext.tab import FullTextTab

DEMO = {b.pn: b for b in parse_bibliography(demo_data.bibliography().patents)}


def open_and_wait(tab, qtbot, pn, lang):
    tab.patent_edit.setText(pn)
    tab.lang_combo.setCurrentIndex(tab.lang_combo.findData(lang))
    qtbot.keyClick(tab.patent_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.find_view(pn, lang) >= 0 and not tab.pending, timeout=10000)
    view = tab.current_view()
    qtbot.waitUntil(lambda: view.header.state not in ("loading", "hidden"), timeout=10000)
    return view


def test_header_fields_then_no_call_again_nor_after_a_restart(sandbox_context, show_tab, qtbot, sandbox):
    context = sandbox_context()
    tab = show_tab(FullTextTab(context))
    view = open_and_wait(tab, qtbot, "CN110650438A", "CN")
    bib, header = DEMO["CN110650438A"], view.header
    assert header.state == SHOWN and header.isVisible() and sandbox.counts["P011"] == 1
    assert header.title_label.text() == bib.titles["CN"]  # the document's language
    assert bib.titles["EN"] in header.title_label.toolTip()  # the other one in the tooltip
    owner = (bib.assignees or bib.applicants)[0]
    assert owner in header.people_label.text()
    assert format_date(bib.application_date) in header.dates_label.text()
    assert format_date(bib.publication_date) in header.dates_label.text()
    assert not header.dates_label.is_elided() and not header.title_label.is_elided()  # room enough: whole
    assert (
        header.type_label.text() == {"grant": "Granted patent", "application": "Application"}[bib.patent_type]
    )
    assert f"IPC {bib.ipc[0]}" in header.classes_label.text()
    assert not header.abstract_text.isVisible()  # folded by default
    assert header.height() < 110  # short: the outline and the text keep their room

    # an English document of a US patent: its English title
    us = open_and_wait(tab, qtbot, "US8930553B2", "EN")
    assert us.header.title_label.text() == DEMO["US8930553B2"].titles["EN"]
    assert sandbox.counts["P011"] == 2

    # the second time: the store answers
    tab.close_view(tab.tabs.currentIndex())
    again = open_and_wait(tab, qtbot, "US8930553B2", "EN")
    assert again.header.state == SHOWN and sandbox.counts["P011"] == 2
    qtbot.waitUntil(lambda: tab.save_open_documents() is not None, timeout=5000)
    qtbot.waitUntil(lambda: not context.tasks.running(), timeout=5000)

    # a restart: the documents reopen from the store, headers included, with no call at all
    tab.close()
    sandbox.reset_counts()
    reopened = show_tab(FullTextTab(context))
    qtbot.waitUntil(lambda: reopened.tabs.count() == 2, timeout=10000)
    qtbot.waitUntil(lambda: all(v.header.state == SHOWN for v in reopened.views()), timeout=10000)
    assert sum(sandbox.counts.values()) == 0
    assert reopened.views()[0].header.title_label.text() == bib.titles["CN"]


def test_a_failure_is_a_quiet_line_and_the_outline_opens(sandbox_context, show_tab, qtbot, sandbox):
    tab = show_tab(FullTextTab(sandbox_context()))
    sandbox.configure(fail_next=[68300004], inject_ops={"P011"})
    view = open_and_wait(tab, qtbot, "US8927118B2", "EN")
    assert view.header.state == "failed" and view.header.note_label.isVisible()
    assert view.header.note_label.text().startswith("No bibliography: ")
    assert view.outline.sections and view.text.toPlainText()  # the document itself is there
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert not tab.status_label.isVisible()  # nothing said in the tab's own status line either
    # asked for again (the same number in the open bar): the header is fetched again
    qtbot.keyClick(tab.patent_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.header.state == SHOWN, timeout=10000)
    assert not view.header.note_label.isVisible() and sandbox.counts["P011"] == 2
    assert tab.tabs.count() == 1


def test_abstract_fold_is_remembered(sandbox_context, show_tab, qtbot, sandbox):
    context = sandbox_context()
    tab = show_tab(FullTextTab(context))
    view = open_and_wait(tab, qtbot, "US8930553B2", "EN")
    header = view.header
    qtbot.mouseClick(header.abstract_button, Qt.MouseButton.LeftButton)
    assert header.abstract_text.isVisible()
    assert header.abstract_text.toPlainText() == DEMO["US8930553B2"].abstract_for("EN")
    other = show_tab(FullTextTab(context))  # another tab (or the next start) unfolds it too
    second = open_and_wait(other, qtbot, "US8930553B2", "EN")
    assert second.header.abstract_expanded() and second.header.abstract_text.isVisible()
    qtbot.mouseClick(second.header.abstract_button, Qt.MouseButton.LeftButton)
    assert not second.header.abstract_text.isVisible()
    assert context.settings.value("fulltext/abstract_expanded", type=bool) is False


def test_classify_this_patent_shows_its_seic_classes_once_stored(
    sandbox_context, show_tab, qtbot, sandbox, arun
):
    context = sandbox_context()
    tab = show_tab(FullTextTab(context))
    asked: list[str] = []
    tab.classifyRequested.connect(asked.append)
    view = open_and_wait(tab, qtbot, "US8930553B2", "EN")
    assert "SEIC" not in view.header.classes_label.text()  # not classified yet: nothing said
    qtbot.mouseClick(view.classify_button, Qt.MouseButton.LeftButton)
    assert asked == ["US8930553B2"]
    qtbot.waitUntil(lambda: not context.tasks.running(), timeout=5000)
    assert "not classified yet" in view.header.classes_label.text()
    # the Classification tab's run (the same job), then the user comes back to the Full text tab
    outcome = arun(ClassifyJob(context.client(), context.store()).run(["US8930553B2"], []))
    rows = [row for row in outcome.rows if row.seic_lv1_no]
    assert rows
    tab.hide()
    tab.show()
    qtbot.waitUntil(lambda: rows[0].seic_lv1_no in view.header.classes_label.text(), timeout=5000)
    code = rows[0].seic_lv2_no or rows[0].seic_lv1_no
    assert f"SEIC: {code}" in view.header.classes_label.text()


def test_the_header_follows_a_language_switch(sandbox_context, show_tab, qtbot, sandbox):
    context = sandbox_context()
    tab = show_tab(FullTextTab(context))
    view = open_and_wait(tab, qtbot, "US8930553B2", "EN")
    header, bib = view.header, DEMO["US8930553B2"]
    english = header.dates_label.text()
    try:
        context.language.apply("zh_CN")
        qtbot.waitUntil(lambda: header.type_label.text() == "授权专利", timeout=3000)
        assert f"{bib.application_date.year}年" in header.dates_label.text()
        assert header.abstract_button.text() == "摘要"
        assert header.title_label.text() == bib.titles["EN"]  # the document's language, not the UI's
    finally:
        context.language.apply("en")
    qtbot.waitUntil(lambda: header.dates_label.text() == english, timeout=3000)
