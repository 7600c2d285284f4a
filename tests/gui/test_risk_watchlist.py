"""Risk tab watchlist: adding by each identifier kind, check-character stop, import, 68300012, notes, export."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from test_risk_support import (
    HANCHUAN,
    XIAOMI,
    cell,
    close_context,
    import_values,
    make_context,
    make_tab,
    select,
    wait_idle,
)

from ipdesk.sandbox.demo import demo_companies
from ipdesk.ui.risk import model as rm


@pytest.fixture
def tab(qloop, qtbot, sandbox):
    context = make_context(qtbot, sandbox)
    widget = make_tab(qtbot, context)
    yield widget
    close_context(context, widget)


def test_add_by_credit_code_org_code_and_name(tab, qtbot, sandbox):
    org = next(c for c in demo_companies() if c["name"] == HANCHUAN)["org_number"]
    for text in (XIAOMI[1], org.replace("-", ""), f"  {HANCHUAN} "):
        assert tab.watchlist.add_text(text) is not None
        wait_idle(qtbot, tab)
    store = tab.context.store()
    kinds = {c.kind: c.value for c in store.watchlist.list_companies()}
    assert kinds == {"credit_code": XIAOMI[1], "org_number": org, "company_name": HANCHUAN}
    assert sandbox.counts["C029"] == 3 and sandbox.counts["C027"] == 3
    for row in tab.model.rows():
        assert row.trend is not None and row.current is not None and row.error is None
    assert cell(tab, f"credit_code:{XIAOMI[1]}", rm.COMPANY) == XIAOMI[0]  # the name comes from the answer
    assert cell(tab, f"org_number:{org}", rm.IDENTIFIER, Qt.ItemDataRole.ToolTipRole) == "Organisation code"


@pytest.mark.parametrize(
    "text, named",
    [
        (
            "91110108551385082R",
            "Character 18 of the credit code is 'R' but the check character should be 'Q'",
        ),
        ("55138508-3", "Character 9 of the organisation code is '3' but the check character should be '2'"),
    ],
)
def test_bad_check_character_is_stopped_without_a_call(tab, qtbot, sandbox, text, named):
    before = dict(sandbox.counts)
    assert tab.watchlist.add_text(text) is None
    assert tab.check_label.isVisibleTo(tab) and named in tab.check_label.text()
    assert tab.anyway_button.isVisibleTo(tab)
    assert tab.context.store().watchlist.list_companies() == [] and tab.model.rowCount() == 0
    qtbot.wait(200)
    assert dict(sandbox.counts) == before  # no call made
    # "Query anyway" sends it as typed: the sandbox does not know that code -> 68300012 in place
    tab.anyway_button.click()
    wait_idle(qtbot, tab)
    (company,) = tab.context.store().watchlist.list_companies()
    assert company.value == text and company.verify_override
    assert sandbox.counts["C029"] == before.get("C029", 0) + 1
    assert not tab.check_label.isVisibleTo(tab)
    assert "Company not found in PatSnap data." in cell(tab, company.key, rm.STATUS)


def test_company_not_found_is_shown_in_place_with_a_hint(tab, qtbot, sandbox):
    tab.watchlist.add_text(XIAOMI[1])
    wait_idle(qtbot, tab)
    tab.watchlist.add_text("北京不存在科技有限公司")
    wait_idle(qtbot, tab)
    key = "company_name:北京不存在科技有限公司"
    status = cell(tab, key, rm.STATUS)
    assert status == "Company not found in PatSnap data. Try the unified social credit code."
    assert cell(tab, key, rm.STATUS, Qt.ItemDataRole.ToolTipRole) == status
    assert cell(tab, key, rm.SCORE) == rm.UNKNOWN  # nothing known, nothing shown as 0
    assert tab.model.row_for(f"credit_code:{XIAOMI[1]}").error is None  # the other row is untouched
    assert "1 failed" in tab.message.text()


def _write_inputs(tmp_path):
    companies = demo_companies()[:4]
    csv_path = tmp_path / "companies.csv"
    with open(csv_path, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["序号", "企业名称", "统一社会信用代码"])
        for i, c in enumerate(companies, 1):
            writer.writerow([i, c["name"], c["credit_code"]])
        writer.writerow([9, "坏代码公司", "91110108551385082R"])
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["Name", "Org code"])
    for c in demo_companies()[4:7]:
        book.active.append([c["name"], c["org_number"]])
    xlsx_path = tmp_path / "companies.xlsx"
    book.save(xlsx_path)
    return companies, csv_path, xlsx_path


def test_import_csv_with_column_dialog_and_xlsx_by_header(tab, qtbot, sandbox, tmp_path):
    companies, csv_path, xlsx_path = _write_inputs(tmp_path)
    tab.watchlist.import_path(str(csv_path))  # read on a worker, then the column is asked
    qtbot.waitUntil(lambda: tab.findChild(QDialog, "riskImportColumnDialog") is not None, timeout=5000)
    dialog = tab.findChild(QDialog, "riskImportColumnDialog")
    assert dialog.combo.currentText() == "统一社会信用代码"  # the column of codes is proposed
    assert dialog.preview.item(0).text() == companies[0]["credit_code"]
    dialog.findChild(QDialogButtonBox, "riskImportButtons").button(QDialogButtonBox.StandardButton.Ok).click()
    wait_idle(qtbot, tab)
    values = {c.value for c in tab.context.store().watchlist.list_companies()}
    assert values == {c["credit_code"] for c in companies}  # the bad code was skipped
    assert "91110108551385082R" in tab.message.text()
    tab.watchlist.import_path(str(xlsx_path), column="Org code")  # no dialog: read and added on workers
    wait_idle(qtbot, tab)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 7, timeout=5000)
    assert "Companies added: 3." in tab.message.text()
    assert sum(sandbox.counts.get(op, 0) for op in ("C027", "C028", "C029")) == 0  # import makes no call
    tab.watchlist.import_path(str(xlsx_path), column=1)
    wait_idle(qtbot, tab)
    qtbot.waitUntil(lambda: "Companies added: 0." in tab.message.text(), timeout=5000)  # already watched


def test_note_tags_filters_remove_and_export(tab, qtbot, sandbox, tmp_path):
    import_values(qtbot, tab, [XIAOMI[1], HANCHUAN])
    tab.jobs.refresh_all()
    wait_idle(qtbot, tab)
    xiaomi = f"credit_code:{XIAOMI[1]}"
    assert select(qtbot, tab, xiaomi)
    tab.detail.note.setPlainText("supplier of phones")
    tab.detail.tags.setText("supplier, 竞争对手")
    tab.detail.save_button.click()
    wait_idle(qtbot, tab)
    assert tab.context.store().watchlist.find_company("credit_code", XIAOMI[1]).tags == (
        "supplier",
        "竞争对手",
    )
    tab.tag_filter.setCurrentIndex(tab.tag_filter.findData("supplier"))
    assert tab.proxy.rowCount() == 1
    tab.tag_filter.setCurrentIndex(0)
    tab.flag_filter.setCurrentIndex(tab.flag_filter.findData("rejected"))
    assert [tab.proxy.index(r, 0).data(rm.ROW_ROLE).key for r in range(tab.proxy.rowCount())] == [xiaomi]
    tab.flag_filter.setCurrentIndex(0)
    tab.table.sortByColumn(rm.SCORE, Qt.SortOrder.DescendingOrder)
    assert tab.proxy.index(0, 0).data(rm.ROW_ROLE).key == xiaomi

    task = tab.export_report(str(tmp_path / "report.csv"))  # written on a worker
    qtbot.waitUntil(lambda: not task.running, timeout=10000)
    assert tab.message.text() == "Companies exported: 2."
    raw = (tmp_path / "report.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert (
        rows[0]["company"] == XIAOMI[0]
        and rows[0]["flags"] == "rejected"
        and rows[0]["tags"] == "supplier, 竞争对手"
    )
    from openpyxl import load_workbook

    task = tab.export_report(str(tmp_path / "report.xlsx"))
    qtbot.waitUntil(lambda: not task.running, timeout=10000)
    sheet = load_workbook(tmp_path / "report.xlsx").active
    assert sheet.cell(1, 1).value == "company" and sheet.max_row == 3
    task = tab.export_history_to(xiaomi, str(tmp_path / "history.csv"))
    qtbot.waitUntil(lambda: not task.running, timeout=10000)
    assert tab.message.text() == "Snapshots exported: 1."  # the current counts only

    assert tab.watchlist.remove_selected() == 1
    wait_idle(qtbot, tab)
    assert [c.value for c in tab.context.store().watchlist.list_companies()] == [HANCHUAN]
