"""The Classification tab's bibliography columns and portfolio views (issue 17): the "With bibliography"
option's cost before the run, the columns and exports, "Not found in PatSnap", the views by assignee and by year
against the sandbox's demo data, and their click-to-filter."""

from __future__ import annotations

import csv

from PySide6.QtCore import Qt

from ipdesk.services.classify import ClassRow, patent_identity
from ipdesk.services.portfolio import Distribution
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
