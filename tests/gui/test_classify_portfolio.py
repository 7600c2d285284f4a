"""The Classification tab's bibliography columns and portfolio views (issue 17): the "With bibliography"
option's cost before the run, the columns and exports, "Not found in PatSnap", the views by assignee and by year
against the sandbox's demo data, and their click-to-filter."""

from __future__ import annotations

import csv

from PySide6.QtCore import Qt

from ipdesk.services.classify import ClassRow, patent_identity
from ipdesk.services.portfolio import MAX_YEAR_ROWS, Distribution
from ipdesk.ui.classify.model import COLUMN_KEYS
from ipdesk.ui.classify.results import ResultsPanel


def _row(i: int, **bib) -> ClassRow:
    return ClassRow(
        f"K{i}",
        f"K{i}",
        f"p{i // 2}",
        str(1 + i % 3),
        f"Industry {1 + i % 3}",
        "",
        "",
        "ok",
        "",
        f"K{i}",
        **bib,
    )


def _panel(qtbot, rows, with_biblio=True) -> ResultsPanel:
    panel = ResultsPanel()
    qtbot.addWidget(panel)
    panel.resize(1200, 600)
    panel.show()
    dist = Distribution()
    dist.add_rows(rows)
    panel.reset_rows(rows, dist, with_biblio)
    return panel


def test_bibliography_columns_translated_type_and_back(qtbot):
    rows = [
        _row(0, title="Battery", assignee="Acme", application_date="2019-03-04", patent_type="grant"),
        _row(1, title="Cell", assignee="Beta", publication_date="2021-01-02", patent_type="utility"),
    ]
    panel = _panel(qtbot, rows)
    model = panel.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[len(COLUMN_KEYS) :] == [
        "Title",
        "Assignee",
        "Application date",
        "Publication date",
        "Patent type",
    ]
    first = [model.data(model.index(0, c)) for c in range(len(COLUMN_KEYS), model.columnCount())]
    assert first == ["Battery", "Acme", "2019-03-04", "", "Granted patent"]
    assert model.data(model.index(1, model.columnCount() - 1)) == "Utility model"
    panel.filter_edit.setText("utility model")  # the any-column filter reads the worded type
    panel.apply_text_filter()
    assert panel.proxy.rowCount() == 1
    panel.filter_edit.setText("")
    panel.apply_text_filter()
    model.sort(len(COLUMN_KEYS) + 1, Qt.SortOrder.DescendingOrder)  # by assignee
    assert [r.assignee for r in model.rows()] == ["Beta", "Acme"]
    panel.reset_rows(rows, Distribution(), False)  # a list without bibliography: no such columns
    assert model.columnCount() == len(COLUMN_KEYS)
    assert panel.views.hint.isVisibleTo(panel.views) is False  # the chart is shown, not a view
    panel.views.set_view("assignee")
    assert panel.views.hint.isVisibleTo(panel.views) and not panel.views.heat_map.isVisibleTo(panel.views)
    assert "With bibliography" in panel.views.hint.text()


def test_export_writes_the_bibliography_columns(qtbot, tmp_path):
    from ipdesk.services.classify import export_columns
    from ipdesk.ui.classify.export import export_table

    rows = [_row(0, title="Battery", assignee="Acme", application_date="2019-03-04", patent_type="grant")]
    path = tmp_path / "out.csv"
    assert export_table(rows, str(path), "csv", with_biblio=True) == 1
    with open(path, encoding="utf-8-sig", newline="") as fh:
        records = list(csv.DictReader(fh))
    assert tuple(records[0]) == export_columns(True)
    assert (records[0]["title"], records[0]["patent_type"]) == (
        "Battery",
        "grant",
    )  # the machine word in files
    export_table(rows, str(path), "csv")
    with open(path, encoding="utf-8-sig", newline="") as fh:
        assert tuple(next(csv.DictReader(fh))) == export_columns(False)


def test_heat_map_cell_filters_the_table_and_the_chip_clears_it(qtbot):
    rows = [
        _row(i, assignee=("Acme" if i % 2 else "Beta"), application_date=f"20{10 + i % 4}-05-06")
        for i in range(24)
    ]
    panel = _panel(qtbot, rows)
    views = panel.views
    views.set_view("assignee")
    matrix = views.matrix()
    assert matrix.row_labels == ("Acme", "Beta") and matrix.column_codes == ("1", "2", "3")
    assert views.heat_model.headerData(0, Qt.Orientation.Vertical) == f"Acme ({matrix.totals[0]})"
    views.heat_map.clicked.emit(views.heat_model.index(0, 1))  # Acme × industry 2
    expected = {patent_identity(r) for r in rows if r.assignee == "Acme" and r.seic_lv1_no == "2"}
    shown = panel.shown_rows()
    assert {patent_identity(r) for r in shown} == expected and len(expected) == matrix.counts[0][1]
    assert all(r.seic_lv1_no == "2" and r.assignee == "Acme" for r in shown)
    assert panel.cell_chip.isVisible() and "Acme · 2 Industry 2" in panel.cell_chip.text()
    panel.cell_chip.click()
    assert panel.proxy.rowCount() == len(rows) and not panel.cell_chip.isVisible()
    views.set_view("year", "application")
    years = views.matrix()
    assert years.row_labels == ("2010", "2011", "2012", "2013")
    views.click_cell(views.heat_model.index(3, 0))
    assert {r.application_date[:4] for r in panel.shown_rows()} == {"2013"}


# --- the tab against the sandbox ----------------------------------------------------------------------


def _set_text(tab, qtbot, text: str) -> None:
    tab.input.set_text(text)
    qtbot.waitUntil(lambda: tab.input.parsed is not None and tab.input.parsed.total_entries > 0, timeout=5000)
    qtbot.waitUntil(lambda: not tab.input.pending(), timeout=5000)


def _calls_in(counts: str) -> str:
    return counts.split("API calls needed: ", 1)[1]


def test_with_bibliography_option_counts_its_calls_before_the_run_and_is_remembered(
    make_classify_tab, qtbot, sandbox
):
    from ipdesk.sandbox.demo import demo_patent_ids, demo_patent_numbers

    tab = make_classify_tab()
    assert not tab.biblio_check.isChecked()  # off by default: it costs calls
    keys = demo_patent_numbers()[:250] + demo_patent_ids()[:20]
    _set_text(tab, qtbot, "\n".join(keys))
    qtbot.waitUntil(lambda: _calls_in(tab.input.counts.text()) == "4", timeout=5000)  # 3 + 1 P022 calls
    tab.biblio_check.setChecked(True)
    qtbot.waitUntil(lambda: _calls_in(tab.input.counts.text()) == "8 (bibliography: 4)", timeout=5000)
    store = tab.context.store()
    for key in keys[:100]:  # their bibliography is stored already: one P011 call fewer
        store.results.put_result("P011", key, None)
    tab.input.recount_now()
    qtbot.waitUntil(lambda: _calls_in(tab.input.counts.text()) == "7 (bibliography: 3)", timeout=5000)
    assert not [e for e in sandbox.requests_log if e["op"] in ("P011", "P022")]  # nothing sent before the run
    again = make_classify_tab(tab.context)  # the option is remembered
    assert again.biblio_check.isChecked()


def _expected_views(keys):
    """(assignee -> lv1 -> patents, application year -> lv1 -> patents) from the sandbox's own demo data."""
    from ipdesk.api.models import parse_bibliography
    from ipdesk.sandbox import demo_data

    seic, bib = demo_data.seic(), demo_data.bibliography()
    by_assignee: dict[str, dict[str, set]] = {}
    by_year: dict[str, dict[str, set]] = {}
    for key in keys:
        patent = seic.by_pn.get(key.upper()) or seic.by_id.get(key.lower())
        item = bib.by_pn.get(key.upper()) or bib.by_id.get(key.lower())
        if patent is None or item is None or not patent["seic"]:
            continue
        parsed = parse_bibliography([item])[0]
        assignee = (parsed.assignees or parsed.applicants or ("",))[0]
        year = str(parsed.application_date.year) if parsed.application_date else ""
        for lv2 in patent["seic"]:
            lv1 = lv2.split(".")[0]
            if assignee:
                by_assignee.setdefault(assignee, {}).setdefault(lv1, set()).add(patent["patent_id"].lower())
            if year:
                by_year.setdefault(year, {}).setdefault(lv1, set()).add(patent["patent_id"].lower())
    return by_assignee, by_year


def test_run_with_bibliography_columns_not_found_and_views(make_classify_tab, qtbot, sandbox, tmp_path):
    from ipdesk.sandbox.demo import demo_bibliography_only, demo_patent_ids, demo_patent_numbers

    tab = make_classify_tab()
    tab.biblio_check.setChecked(True)
    unknown = "CN999999999A"
    numbers = demo_patent_numbers()[:200]
    keys = numbers + demo_patent_ids()[:5] + demo_bibliography_only() + [unknown]
    _set_text(tab, qtbot, "\n".join(keys))
    tab.classify_button.click()
    qtbot.waitUntil(lambda: tab._last_end is not None and not tab.runner.busy, timeout=30000)
    assert tab._last_end.status == "done"
    p011 = [e for e in sandbox.requests_log if e["op"] == "P011"]
    assert len(p011) == 4  # 3 batches of numbers, 1 of ids

    model = tab.results.model
    assert model.columnCount() == len(COLUMN_KEYS) + 5
    rows = model.rows()
    unknown_row = next(r for r in rows if r.key == unknown)
    assert unknown_row.status == "not_found" and model.status_text(unknown_row) == "Not found in PatSnap"
    only = next(r for r in rows if r.key == demo_bibliography_only()[0])
    assert only.status == "none" and model.status_text(only) == "No SEIC classification" and only.title
    from ipdesk.sandbox import demo_data

    seic = demo_data.seic()
    without = {  # known patents without SEIC class: in P022's answer with none, or in P011's only
        k for k in numbers if not seic.by_pn[k.upper()]["seic"]
    } | set(demo_bibliography_only())
    summary = tab.results.chart.summary_text()
    assert "1 not found in PatSnap" in summary and f"{len(without)} with no SEIC classification" in summary
    first = next(r for r in rows if r.status == "ok")
    assert first.title and first.assignee and first.application_date[:2] in ("19", "20")

    by_assignee, by_year = _expected_views(keys)
    views = tab.results.views
    views.set_view("assignee")
    qtbot.waitUntil(lambda: views.matrix() is not None, timeout=5000)  # built on a worker
    matrix = views.matrix()
    order = sorted(by_assignee, key=lambda a: (-len(set().union(*by_assignee[a].values())), a.casefold()))
    assert matrix.row_labels == tuple(order[:10])
    for i, label in enumerate(matrix.row_labels):
        for j, code in enumerate(matrix.column_codes):
            assert matrix.counts[i][j] == len(by_assignee[label].get(code, ())), (label, code)

    # click the fullest cell: the table shows exactly its patents' rows under that industry
    i, j = max(
        ((i, j) for i in range(len(matrix.row_labels)) for j in range(len(matrix.column_codes))),
        key=lambda ij: matrix.counts[ij[0]][ij[1]],
    )
    views.heat_map.clicked.emit(views.heat_model.index(i, j))
    shown = tab.results.shown_rows()
    assert {patent_identity(r) for r in shown} == by_assignee[matrix.row_labels[i]][matrix.column_codes[j]]
    assert tab.results.cell_chip.isVisible()
    tab.results.cell_chip.click()
    assert tab.results.proxy.rowCount() == len(rows)

    views.set_view("year", "application")
    qtbot.waitUntil(lambda: views.matrix() is not None, timeout=5000)
    years = views.matrix()
    first, last = int(min(by_year)), int(max(by_year))
    if last - first < MAX_YEAR_ROWS:  # every year between, an empty row for one without patents
        assert years.row_labels == tuple(str(year) for year in range(first, last + 1))
    assert tuple(
        label for label, total in zip(years.row_labels, years.totals, strict=True) if total
    ) == tuple(sorted(by_year))
    for i, year in enumerate(years.row_labels):
        assert dict(zip(years.column_codes, years.counts[i], strict=True)) == {
            code: len(by_year.get(year, {}).get(code, ())) for code in years.column_codes
        }
    views.click_cell(views.heat_model.index(0, years.counts[0].index(max(years.counts[0]))))
    assert {r.application_date[:4] for r in tab.results.shown_rows()} == {years.row_labels[0]}
    views.set_view("year", "publication")
    qtbot.waitUntil(lambda: views.matrix() is not None, timeout=5000)
    assert views.matrix().row_labels != years.row_labels or views.matrix().counts != years.counts

    path = tmp_path / "with-biblio.csv"
    done = []
    tab.results.cell_chip.click()
    tab.export_to(str(path), "csv", done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    with open(path, encoding="utf-8-sig", newline="") as fh:
        header = next(csv.reader(fh))
    assert header[-5:] == ["title", "assignee", "application_date", "publication_date", "patent_type"]

    # the list reopened (a restart): its bibliography columns and views come back from the store, no call
    calls = len(sandbox.requests_log)
    qtbot.waitUntil(
        lambda: tab.recent_button.isEnabled() and tab.context.settings.value("classify/has_last_list")
    )
    again = make_classify_tab(tab.context)
    qtbot.waitUntil(lambda: again.results.model.rowCount() == len(rows), timeout=5000)
    assert again.results.model.columnCount() == len(COLUMN_KEYS) + 5
    again.results.views.set_view("assignee")
    qtbot.waitUntil(lambda: again.results.views.matrix() is not None, timeout=5000)
    assert again.results.views.matrix().counts == matrix.counts
    assert len(sandbox.requests_log) == calls


def test_heat_map_keeps_every_industry_in_view_beside_long_assignees(qtbot):
    """Nine industries beside long assignee names in a narrow panel (the splitter's right side at 1280x720):
    the names give way (elided, whole in the tooltip), no industry column is scrolled out of sight."""
    from ipdesk.ui.classify.portfolio import PortfolioPanel

    names = [f"Very Long Assignee Name Holdings Number {n} Co., Ltd." for n in range(10)]
    rows = [
        ClassRow(
            f"K{i}",
            f"K{i}",
            f"p{i}",
            str(1 + i % 9),
            f"Industry {1 + i % 9}",
            "",
            "",
            "ok",
            "",
            f"K{i}",
            assignee=names[i % 10],
        )
        for i in range(90)
    ]
    panel = PortfolioPanel(lambda: rows)
    qtbot.addWidget(panel)
    panel.resize(460, 400)
    panel.show()
    panel.set_biblio(True)
    panel.set_view("assignee")
    view = panel.heat_map
    qtbot.waitUntil(lambda: view.model().columnCount() == 9)
    qtbot.wait(10)
    assert view.horizontalScrollBar().maximum() == 0
    assert view.horizontalHeader().length() <= view.viewport().width()
    label = view.model().headerData(0, Qt.Orientation.Vertical)
    assert view.verticalHeader().width() < view.fontMetrics().horizontalAdvance(label)  # elided
    assert view.verticalHeader().textElideMode() == Qt.TextElideMode.ElideMiddle  # "(9)", the count, stays
    assert "Holdings" in view.model().headerData(0, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole)
    panel.resize(1000, 400)  # room again: the labels take their whole width
    qtbot.wait(10)
    assert view.verticalHeader().width() >= view.fontMetrics().horizontalAdvance(label)
