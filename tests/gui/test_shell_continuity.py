"""Continuity (issue 16): quit and start again on the same data folder and settings, and each tab is as it was
left (the last classified list and its results, the open documents at their reading position, the selected
company), with no API call made by the restart; the Recent lists menu reopens an earlier list from the store."""

from __future__ import annotations

from openpyxl import load_workbook
from PySide6.QtWidgets import QWidget

from ipdesk.messages import t
from ipdesk.sandbox.demo import demo_description_patents, demo_patent_numbers
from ipdesk.services.classify_export import LINES_SHEET
from ipdesk.services.reports.model import Facts, Table
from ipdesk.ui.fulltext.tab import OPEN_STATE
from ipdesk.ui.risk.model import ROW_ROLE
from ipdesk.ui.risk.tab import SELECTED_STATE

LIST = [demo_patent_numbers()[0].lower(), *demo_patent_numbers()[1:3], "not-a-patent-at-all"]


def _requests(window) -> int:
    """Requests the window's demo sandbox has answered (LazySandbox: no server until the first connection)."""
    server = window.context._sandbox.server if window.context._sandbox is not None else None
    return 0 if server is None else sum(server.counts.values())


def _table(tab) -> list[tuple]:
    model = tab.results.model
    return sorted(
        tuple(model.index(r, c).data() for c in range(model.columnCount())) for r in range(model.rowCount())
    )


def _classify(window, qtbot, entries: list[str]):
    tab = window.findChild(QWidget, "tab_classification")
    tab.input.set_text("\n".join(entries))
    tab.classify()
    qtbot.waitUntil(lambda: tab._last_end is not None and not tab.runner.busy, timeout=20000)
    qtbot.waitUntil(lambda: not window.context.tasks.running(), timeout=10000)
    return tab


def _leave_as_it_was(window, qtbot):
    """Classify a small list, open two documents (scroll one), select a company; returns what to find again."""
    tab = _classify(window, qtbot, LIST)
    assert tab.results.model.rowCount() >= 3
    bars = {code: set(patents) for code, patents in tab.results.chart.distribution.lv1.items()}
    left = {"table": _table(tab), "lang": tab.lang(), "bars": bars}

    fulltext = window.findChild(QWidget, "tab_fulltext")
    window.tabs.setCurrentWidget(fulltext)
    first, second = "US8930553B2", demo_description_patents()[0]
    for patent, lang in ((first, "EN"), (second, "CN")):
        fulltext.open_patent(patent, lang)
        qtbot.waitUntil(lambda p=patent, g=lang: fulltext.find_view(p, g) >= 0, timeout=10000)
    fulltext.tabs.setCurrentIndex(fulltext.find_view(first, "EN"))
    view = fulltext.current_view()
    qtbot.waitUntil(lambda: view.text.verticalScrollBar().maximum() > 20, timeout=5000)
    view.scroll_to_position(view.heading_position(len(view.outline.sections) // 2))
    top = view.top_position()
    assert top > 0
    store = window.context.store()
    qtbot.waitUntil(
        lambda: (store.state.get_state(OPEN_STATE) or {}).get("documents", [{}])[0].get("top") == top
    )
    left["documents"] = [(v.patent, v.lang) for v in fulltext.views()]
    left["top"], left["section"] = top, view.section_in_view()

    risk = window.findChild(QWidget, "tab_risk")
    window.tabs.setCurrentWidget(risk)
    qtbot.waitUntil(
        lambda: risk._loaded and risk.model.rowCount() > 1 and not risk.runner.busy, timeout=20000
    )
    qtbot.waitUntil(lambda: not window.context.tasks.running(), timeout=20000)
    key = risk.model.index(1, 0).data(ROW_ROLE).key
    assert risk.select_key(key)
    qtbot.waitUntil(lambda: store.state.get_state(SELECTED_STATE) == key, timeout=5000)
    left["company"] = key
    window.tabs.setCurrentWidget(tab)
    return left


def test_every_tab_comes_back_as_it_was_left_with_no_call(make_window, qtbot):
    window = make_window(demo=True)
    left = _leave_as_it_was(window, qtbot)
    assert _requests(window) > 0  # the first session did call the sandbox (the check below can see calls)
    window.close()  # as quitting does: the layout is saved, tasks stop, the store closes

    again = make_window(demo=True)
    classify = again.findChild(QWidget, "tab_classification")
    qtbot.waitUntil(lambda: classify.results.model.rowCount() == len(left["table"]), timeout=10000)
    assert classify.input.text() == "\n".join(LIST)  # as typed (one in lower case), the invalid line too
    assert _table(classify) == left["table"]
    assert classify.lang() == left["lang"]
    assert classify.results.chart.distribution.lv1 == left["bars"]
    assert classify.progress_label.text().startswith("Reopened from the store:")
    assert "no API call" in classify.progress_label.text()

    fulltext = again.findChild(QWidget, "tab_fulltext")
    again.tabs.setCurrentWidget(fulltext)
    qtbot.waitUntil(lambda: len(fulltext.views()) == 2, timeout=10000)
    assert [(v.patent, v.lang) for v in fulltext.views()] == left["documents"]
    view = fulltext.current_view()
    assert (view.patent, view.lang) == left["documents"][0]
    qtbot.waitUntil(lambda: view.section_in_view() == left["section"], timeout=5000)
    assert abs(view.top_position() - left["top"]) < 200  # the same line, give or take the layout

    risk = again.findChild(QWidget, "tab_risk")
    again.tabs.setCurrentWidget(risk)
    qtbot.waitUntil(lambda: risk.selected_keys() == [left["company"]], timeout=10000)
    qtbot.waitUntil(lambda: not again.context.tasks.running(), timeout=10000)
    assert _requests(again) == 0  # nothing was fetched to restore


def test_recent_lists_reopen_an_earlier_list_from_the_store(make_window, qtbot):
    window = make_window(demo=True)
    first = _classify(window, qtbot, LIST)
    first_table = _table(first)
    _classify(window, qtbot, [demo_patent_numbers()[3]])
    tab = window.findChild(QWidget, "tab_classification")
    assert _table(tab) != first_table
    calls = _requests(window)

    tab.recent_button.lists = None
    tab.recent_button.list_menu.aboutToShow.emit()
    labels = [a.text() for a in tab.recent_button.list_menu.actions()]
    assert labels[0].startswith(demo_patent_numbers()[3] + " · ")
    assert labels[1].startswith(f"{LIST[0]} and {len(LIST) - 2} more · ")  # the invalid entry is not a key
    assert labels[1].endswith(" · en")
    tab.recent_button.list_menu.actions()[1].trigger()
    qtbot.waitUntil(lambda: _table(tab) == first_table, timeout=10000)
    assert tab.input.text() == "\n".join(LIST)
    assert _requests(window) == calls


def _input_report(tab, qtbot, folder) -> dict:
    """The counts line (up to what the store holds), the invalid lines' dialog, the report's method box (less
    the run's calls and store answers) with its table of the list's invalid and duplicate lines, and the XLSX
    export's "Input lines" sheet."""
    qtbot.waitUntil(lambda: tab.input.parsed is not None and not tab.input.pending(), timeout=10000)
    qtbot.waitUntil(lambda: "already in the store" in tab.input.counts.text(), timeout=10000)
    dialog = tab.input.show_invalid()
    table = dialog.table
    invalid = [
        tuple(table.item(r, c).text() for c in range(table.columnCount())) for r in range(table.rowCount())
    ]
    dialog.close()
    tab.report()
    report = tab.report_dialog
    qtbot.waitUntil(lambda: report.paged is not None and report.task is None, timeout=20000)
    run_only = {t("report.calls", "en"), t("report.from_store", "en")}
    method = next(b for b in report.report.blocks if isinstance(b, Facts))
    lines = next(
        b for b in report.report.blocks if isinstance(b, Table) and b.title == t("report.lines_title", "en")
    )
    report.reject()
    folder.mkdir()
    written = []
    tab.export_to(str(folder / "list.xlsx"), "xlsx", written.append)
    qtbot.waitUntil(lambda: bool(written), timeout=10000)
    (book,) = folder.glob("*.xlsx")  # demo data: the name says sample
    sheet = load_workbook(book)[LINES_SHEET]
    return {
        "input lines": list(sheet.iter_rows(values_only=True)),
        "counts": tab.input.counts.text().split(" · already in the store")[0],
        "invalid": invalid,
        "method": [row for row in method.rows if row[0] not in run_only],
        "lines": lines.rows,
    }


def test_a_reopened_list_keeps_its_invalid_and_duplicate_lines(make_window, qtbot, tmp_path):
    """Issue 17's user test: a list with a duplicate and an invalid line, classified, then the app quit and
    started again on the same data folder: the same counts line, invalid lines and report method box."""
    entries = [*LIST[:3], "", LIST[1].upper(), "not-a-patent-at-all"]
    window = make_window(demo=True)
    tab = _classify(window, qtbot, entries)
    before = _input_report(tab, qtbot, tmp_path / "first")
    assert (
        "duplicates: 1" in before["counts"] and "invalid: 1 (click to see which and why)" in before["counts"]
    )
    assert len(before["input lines"]) == 3  # a header and the two lines
    assert [row[0] for row in before["lines"]] == [5, 6] and before["invalid"][0][:2] == ("6", entries[-1])
    window.close()

    again = make_window(demo=True)
    classify = again.findChild(QWidget, "tab_classification")
    qtbot.waitUntil(lambda: classify.results.model.rowCount() > 0, timeout=10000)
    assert classify.input.text() == "\n".join(entries)
    assert _input_report(classify, qtbot, tmp_path / "again") == before
