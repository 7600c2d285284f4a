"""The Risk tab's "Patents of this company in my lists" against the sandbox over real HTTP: demo patents classified
with their bibliography, demo watchlist companies refreshed, then the button and the row menu show the company's
patents and the count per level-1 industry from the store alone (no call); a company without patents there gets
the empty state that says lists need "With bibliography"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from test_risk_support import close_context, import_values, make_context, make_tab, select, wait_idle

from ipdesk.api.models import parse_bibliography
from ipdesk.sandbox import demo_data
from ipdesk.sandbox.demo import demo_companies, demo_patent_numbers
from ipdesk.services.classify import ClassifyJob
from ipdesk.ui.risk.company_patents import LEVEL1, PATENT

DEMO = {b.pn: b for b in parse_bibliography(demo_data.bibliography().patents)}
NUMBERS = demo_patent_numbers()[:80]


def owned(name: str) -> set[str]:
    return {pn for pn in NUMBERS if name in (*DEMO[pn].assignees, *DEMO[pn].applicants)}


def wait_dialog(qtbot, tab, before=None):
    qtbot.waitUntil(
        lambda: tab.company_patents.dialog is not None and tab.company_patents.dialog is not before,
        timeout=10000,
    )
    dialog = tab.company_patents.dialog
    qtbot.waitExposed(dialog)
    return dialog


def test_patents_of_this_company_in_my_lists(qloop, qtbot, sandbox, arun):
    context = make_context(qtbot, sandbox)
    tab = make_tab(qtbot, context)
    try:
        arun(ClassifyJob(context.client(), context.store(), with_biblio=True).run(NUMBERS, []))
        arun(ClassifyJob(context.client(), context.store()).run(demo_patent_numbers()[80:100], []))  # without
        companies = {c["name"]: c["credit_code"] for c in demo_companies()}
        owner = max(companies, key=lambda name: len(owned(name)))
        nobody = next(name for name in companies if not owned(name))
        assert len(owned(owner)) >= 3
        import_values(qtbot, tab, [companies[owner], companies[nobody]])
        tab.jobs.refresh_all()
        wait_idle(qtbot, tab)
        keys = {row.name: row.key for row in tab.model.rows()}
        assert not tab.patents_button.isEnabled()  # nothing selected
        select(qtbot, tab, keys[owner])
        assert tab.patents_button.isEnabled()
        sandbox.reset_counts()

        qtbot.mouseClick(tab.patents_button, Qt.MouseButton.LeftButton)
        dialog = wait_dialog(qtbot, tab)
        assert sum(sandbox.counts.values()) == 0  # the store alone
        shown = {dialog.table.item(i, PATENT).text() for i in range(dialog.table.rowCount())}
        assert shown == owned(owner)
        assert owner in dialog.windowTitle() and f"Patents: {len(owned(owner))} " in dialog.summary.text()
        # distinct patents per level-1 industry, counted again from the table's cells
        by_hand: dict[str, set[str]] = {}
        for i in range(dialog.table.rowCount()):
            industry = dialog.table.item(i, LEVEL1).text()
            if industry:
                by_hand.setdefault(industry, set()).add(dialog.table.item(i, PATENT).text())
        counts = {
            dialog.industries.item(i, 0).text(): int(dialog.industries.item(i, 1).text())
            for i in range(dialog.industries.rowCount())
        }
        assert counts == {industry: len(patents) for industry, patents in by_hand.items()} and counts
        assert not dialog.empty_hint.label.isVisible()
        # a double-click opens the patent's full text (the shell routes the tab's request)
        asked: list[tuple[str, str]] = []
        tab.openFullTextRequested.connect(lambda patent, by: asked.append((patent, by)))
        item = dialog.table.item(0, PATENT)
        rect = dialog.table.visualItemRect(item)
        qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert asked == [(item.text(), "patent_number")]

        # the row menu, on the other company: the empty state explains what is needed
        row = tab.proxy.mapFromSource(tab.model.index(tab.model.row_index(keys[nobody]), 0))
        menu = tab.row_menu(row)
        assert tab.selected_keys() == [keys[nobody]]  # the company under the pointer is the one asked about
        action = next(a for a in menu.actions() if a.objectName() == "riskCompanyPatentsAction")
        assert action.isEnabled()
        action.trigger()
        empty = wait_dialog(qtbot, tab, before=dialog)
        assert empty.table.rowCount() == 0 and empty.empty_hint.label.isVisible()
        assert "(80 of 100)" in empty.empty_hint.label.text()
        assert "With bibliography" in empty.empty_hint.label.text()
        assert sum(sandbox.counts.values()) == 0
        menu.close()
        empty.close()
    finally:
        close_context(context, tab)


def test_patents_held_by_another_first_assignee_say_why_they_are_listed(qtbot):
    """A patent the company applied for while another company is its first assignee: the Assignee cell (that
    other company) is in italics, its tooltip and the summary say the company is an applicant or further
    assignee; the company's own patents stay upright."""
    from ipdesk.services.classify import ClassRow
    from ipdesk.services.company_patents import CompanyPatents
    from ipdesk.ui.risk.company_patents import ASSIGNEE, CompanyPatentsDialog

    def row(pn: str, assignee: str) -> ClassRow:
        return ClassRow(pn, pn, "", "1", "IT", "", "", "ok", "", pn, title="T", assignee=assignee)

    company = "小米科技有限责任公司"
    rows = [
        row("CN1A", company),
        row("CN2A", "苏州瀚川智能科技股份有限公司"),
    ]
    result = CompanyPatents((company,), rows, lists=1, patents=2, with_bibliography=2)
    result.distribution.add_rows(rows)
    dialog = CompanyPatentsDialog(company, result)
    qtbot.addWidget(dialog)
    cells = {dialog.table.item(i, PATENT).text(): dialog.table.item(i, ASSIGNEE) for i in range(2)}
    assert not cells["CN1A"].font().italic() and not cells["CN1A"].toolTip().startswith("First assignee")
    assert cells["CN2A"].font().italic()
    assert cells["CN2A"].toolTip().startswith("First assignee: 苏州瀚川智能科技股份有限公司.")
    assert company in cells["CN2A"].toolTip() and "in italics" in dialog.summary.text()
