"""Portfolio views (``services.portfolio``): distinct patents per assignee or year × level-1 industry."""

from __future__ import annotations

import pytest

from ipdesk.services.classify import ClassRow
from ipdesk.services.portfolio import MAX_YEAR_ROWS, PortfolioMatrix, by_assignee, by_year


def row(pid, lv1="", name="", *, status="ok", assignee="", applied="", published="", lv2="", key=""):
    return ClassRow(
        key or pid,
        "",
        pid,
        lv1,
        name,
        lv2,
        "",
        status,
        "",
        key or pid,
        assignee=assignee,
        application_date=applied,
        publication_date=published,
    )


def cell(matrix: PortfolioMatrix, label: str, code: str) -> int:
    return matrix.counts[matrix.row_labels.index(label)][matrix.column_codes.index(code)]


ROWS = [
    # p1: two level-2 entries under industry 1 and one under 10: once in each level-1 cell
    row("p1", "1", "Energy", lv2="1.1", assignee="Acme Corp", applied="2019-05-01", published="2020-11-02"),
    row("p1", "1", "Energy", lv2="1.2", assignee="Acme Corp", applied="2019-05-01", published="2020-11-02"),
    row("p1", "10", "Mobility", assignee="Acme Corp", applied="2019-05-01", published="2020-11-02"),
    # p1 listed again by its number: the same patent (same PatSnap id)
    row("p1", "1", "Energy", assignee="Acme Corp", applied="2019-05-01", published="2020-11-02", key="US1B2"),
    row("p2", "2", "Materials", assignee="  ACME   corp ", applied="2020-01-10", published="2021-06-01"),
    row("p3", "2", "Materials", assignee="Beta GmbH", applied="2020-03-01", published="2021-01-05"),
    row("p4", "1", "Energy", assignee="Beta GmbH", applied="2018-02-02"),
    row("p5", "2", "Materials", assignee="Gamma Ltd", applied="2021-07-07", published="2022-01-01"),
    row("p6", "2", "Materials", applied="2021-07-07"),  # no assignee
    row("p7", "1", "Energy", assignee="Acme Corp"),  # no dates
    row("p8", status="none", assignee="Acme Corp", applied="2019-01-01"),  # no SEIC class: in no cell
    row("p9", status="not_found"),
    row("p10", status="failed", assignee="Acme Corp"),
]


def test_by_assignee_counts_distinct_patents_never_rows():
    view = by_assignee(ROWS)
    assert view.row_labels == ("Acme Corp", "Beta GmbH", "Gamma Ltd")  # by patents, spelling as first seen
    assert view.column_codes == ("1", "2", "10")  # code order, not string order
    assert view.column_names == ("Energy", "Materials", "Mobility")
    assert view.counts == ((2, 1, 1), (1, 1, 0), (0, 1, 0))
    assert view.totals == (3, 2, 1)  # p1, p2, p7: p1 once although it has two industries
    assert view.members[0][0] == frozenset({"p1", "p7"})
    assert view.members[1][1] == frozenset({"p3"})
    assert view.others == 1  # p6 (no assignee)
    assert view.peak == 2


def test_by_assignee_top_n_puts_the_rest_in_others_and_breaks_ties_by_name():
    view = by_assignee(ROWS, top=2)
    assert view.row_labels == ("Acme Corp", "Beta GmbH")
    assert view.others == 2  # p5 (Gamma, beyond the top 2) and p6 (no assignee)
    tied = [row("a", "1", assignee="Zeta"), row("b", "1", assignee="alpha"), row("c", "2", assignee="Mid")]
    assert by_assignee(tied, top=2).row_labels == ("alpha", "Mid")
    assert by_assignee(tied, top=0).row_labels == ()
    assert by_assignee(tied, top=0).others == 3


def test_by_year_application_and_publication():
    applied = by_year(ROWS)
    assert applied.row_labels == ("2018", "2019", "2020", "2021")
    assert cell(applied, "2019", "1") == 1 and cell(applied, "2019", "10") == 1
    assert cell(applied, "2020", "2") == 2
    assert cell(applied, "2021", "2") == 2  # p5 and p6: a year view needs no assignee
    assert applied.totals == (1, 1, 2, 2)
    assert applied.others == 1  # p7 has no application date
    published = by_year(ROWS, date="publication")
    assert published.row_labels == ("2020", "2021", "2022")
    assert published.counts == ((1, 0, 1), (0, 2, 0), (0, 1, 0))
    assert published.others == 3  # p4, p6, p7 have no publication date
    with pytest.raises(ValueError):
        by_year(ROWS, date="priority")


def test_by_year_shows_the_years_without_patents_so_a_trend_keeps_its_gaps():
    gaps = [
        row("a", "1", applied="1998-01-01"),
        row("b", "2", applied="2001-05-05"),
        row("c", "1", applied="2002"),
    ]
    view = by_year(gaps)
    assert view.row_labels == ("1998", "1999", "2000", "2001", "2002")
    assert view.counts == ((1, 0), (0, 0), (0, 0), (0, 1), (1, 0)) and view.totals == (1, 0, 0, 1, 1)
    assert view.members[1] == (frozenset(), frozenset()) and view.others == 0
    # over more than MAX_YEAR_ROWS years, each stretch of empty years is one row marking the jump
    long = [row("old", "1", applied="1974-03-03"), *gaps, row("d", "2", applied="2004-01-01")]
    view = by_year(long)
    assert len(range(1974, 2005)) <= MAX_YEAR_ROWS < len(range(1950, 2005))
    assert view.row_labels[:3] == ("1974", "1975", "1976")  # 31 years: still every one
    view = by_year([row("older", "1", applied="1950-01-01"), *long])
    assert view.row_labels == (
        "1950", "1951–1973", "1974", "1975–1997", "1998", "1999–2000", "2001", "2002", "2003", "2004"
    )  # fmt: skip
    assert view.totals == (1, 0, 1, 0, 1, 0, 1, 1, 0, 1)


def test_a_list_without_bibliography_or_classification_gives_an_empty_view():
    plain = [row("p1", "1", "Energy"), row("p2", "2", "Materials")]
    for view in (by_assignee(plain), by_year(plain)):
        assert view.empty and view.counts == () and view.column_codes == ()
        assert view.others == 2 and view.peak == 0
    nothing = by_assignee([])
    assert nothing.empty and nothing.others == 0
