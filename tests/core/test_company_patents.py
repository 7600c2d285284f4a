"""A watched company's patents in the user's classified lists (services.company_patents) against the sandbox over
real HTTP: demo patents classified (one list with its bibliography, one without), a demo watchlist company
refreshed so its name is known, then the store alone answers (no call)."""

from __future__ import annotations

import asyncio

from ipdesk.api.models import parse_bibliography
from ipdesk.sandbox import demo_data
from ipdesk.sandbox.bibliography import WATCHLIST_COMPANIES
from ipdesk.sandbox.demo import demo_companies, demo_patent_numbers
from ipdesk.services.classify import ClassifyJob
from ipdesk.services.company_patents import company_key, company_names, patents_of_company
from ipdesk.services.risk import RiskService

DEMO = {b.pn: b for b in parse_bibliography(demo_data.bibliography().patents)}  # read apart from the store


def owners_of(pn: str) -> set[str]:
    return {*DEMO[pn].assignees, *DEMO[pn].applicants}


def classify(client, store, numbers, *, lang="en", with_biblio=True):
    """A list classified as the Classification tab does it ("With bibliography" ticked or not)."""
    return asyncio.run(ClassifyJob(client, store, lang=lang, with_biblio=with_biblio).run(numbers, []))


def test_a_watchlist_company_s_patents_in_my_lists(sandbox, client, store):
    numbers = demo_patent_numbers()
    with_biblio, without = numbers[:80], numbers[80:160]
    classify(client, store, with_biblio)
    classify(client, store, without, with_biblio=False)
    # the demo watchlist company that the demo bibliography names most often in the first list
    counts = {name: sum(name in owners_of(pn) for pn in with_biblio) for name in WATCHLIST_COMPANIES}
    name = max(counts, key=counts.get)
    assert counts[name] >= 3
    # two of its patents and two others again, later and in Chinese: shown once, as the newest list has them
    newer = [pn for pn in with_biblio if name in owners_of(pn)][:2]
    newer += [pn for pn in with_biblio if name not in owners_of(pn)][:2]
    classify(client, store, newer, lang="cn")
    [demo] = [c for c in demo_companies() if c["name"] == name]
    watched = store.watchlist.add_company("credit_code", demo["credit_code"])
    assert company_names(watched) == ()  # known by its code only until refreshed
    outcome = asyncio.run(RiskService(client, store).refresh([watched.key]))
    names = company_names(watched, outcome.companies[0].trend)
    assert names == (name,)

    sandbox.reset_counts()
    found = patents_of_company(store, names)
    assert sum(sandbox.counts.values()) == 0  # the store alone
    expected = {pn for pn in with_biblio if name in owners_of(pn)}
    assert {row.patent_number for row in found.rows} == expected
    assert found.matched == len(expected) and found.lists == 3
    assert found.patents == 160 and found.with_bibliography == 80
    # not in a list classified without bibliography, even when the company owns it
    assert any(name in owners_of(pn) for pn in without)
    assert len({row.patent_id for row in found.rows if row.patent_number in newer}) == 2
    for row in found.rows:
        bib = DEMO[row.patent_number]
        assert row.status in ("ok", "none") and row.assignee == (bib.assignees or bib.applicants)[0]
        assert row.application_date == bib.application_date.isoformat()
        if row.patent_number in newer:  # from the newest list: its language's title and industry names
            assert row.title == bib.title_for("CN") and not row.seic_lv1_desc.isascii()
    # distinct patents per level-1 industry, counted from the rows apart
    by_hand: dict[str, set[str]] = {}
    for row in found.rows:
        if row.seic_lv1_no:
            by_hand.setdefault(row.seic_lv1_no, set()).add(row.patent_id)
    assert {code: count for code, _name, count in found.by_industry()} == {
        c: len(p) for c, p in by_hand.items()
    }


def test_names_match_after_the_company_parser_s_normalisation(sandbox, client, store):
    numbers = demo_patent_numbers()[:60]
    classify(client, store, numbers)
    name = next(n for n in WATCHLIST_COMPANIES if any(n in owners_of(pn) for pn in numbers))
    spaced = " ".join(name[:4]) + "  " + name[4:]  # typed with spaces between Chinese characters
    assert company_key(spaced) == name
    watched = store.watchlist.add_company("company_name", spaced)
    assert {row.patent_number for row in patents_of_company(store, company_names(watched)).rows} == {
        pn for pn in numbers if name in owners_of(pn)
    }
    assert company_key("小米科技(北京)有限公司") == company_key("小米科技（北京）有限公司")
    # exact after normalisation: a longer or shorter name is another company
    assert patents_of_company(store, [name[:-2]]).rows == []
    assert patents_of_company(store, [name + "分公司"]).rows == []


def test_no_lists_or_no_name(store):
    empty = patents_of_company(store, ["小米科技有限责任公司"])
    assert (empty.lists, empty.matched, empty.rows, empty.by_industry()) == (0, 0, [], [])
    assert patents_of_company(store, []).matched == 0
