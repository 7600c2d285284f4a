"""Bibliography (P011): the tolerant model, the client and the service against the sandbox over real HTTP."""

from __future__ import annotations

import asyncio
import datetime
import math

import pytest

from ipdesk.api.errors import BadRequestError, ParseError
from ipdesk.api.models import Bibliography, parse_bibliography
from ipdesk.sandbox import demo_data
from ipdesk.sandbox.bibliography import CN_COMPANIES, WATCHLIST_COMPANIES
from ipdesk.sandbox.demo import demo_bibliography_only, demo_patent_ids, demo_patent_numbers
from ipdesk.services.biblio import OP, BiblioService, biblio_calls, stored_bibliographies


def _answer(**bib) -> dict:
    return {"pn": "CN1A", "patent_id": "id-1", "bibliographic_data": bib}


def test_model_reads_every_part_and_tolerates_loose_shapes():
    [full] = parse_bibliography(
        [
            _answer(
                patent_type="PATENT",
                invention_title=[{"lang": "cn", "text": "一种方法"}, {"lang": "EN", "text": "A method"}],
                abstracts=[{"lang": "EN", "text": "Abstract."}, None],
                parties={
                    "applicants": [{"name": "B Co", "sequence": 2}, {"name": "A Co", "sequence": 1}],
                    "assignees": [{"name": "C Co"}],
                    "inventors": [{"name": "Li"}, {"name": "Li"}, {"name": " "}],
                },
                application_reference={"apno": "CN2019.5", "date": 20190827},
                publication_reference={"date": "20200103"},
                priority_claims=[{"date": "2019-05-02"}, {"date": 20190601}, {"date": "-"}],
                classification_data={
                    "classification_ipcr": {"main": "H04L67/12", "further": ["G06F9/50", "H04L67/12"]},
                    "classification_cpc": {"main": None, "further": ["Y02E10/50"]},
                    "classification_loc": ["14-03"],
                },
                reference_cited={"cited_patents": ["CN2A"], "cited_others": ["a paper"]},
                unknown_field={"ignored": True},
            )
        ]
    )
    assert (full.pn, full.patent_id, full.patent_type) == ("CN1A", "id-1", "grant")
    assert full.titles == {"CN": "一种方法", "EN": "A method"}
    assert full.title_for("cn") == "一种方法" and full.title_for("EN") == "A method"
    assert full.abstract_for("CN") == "Abstract."  # the other language when the wanted one is missing
    assert full.title_for("zh") == "一种方法"
    [jp] = parse_bibliography(
        [_answer(invention_title=[{"lang": "JP", "text": "方法"}, {"lang": "EN", "text": "Method"}])]
    )
    assert jp.title_for("CN") == "Method" and jp.title_for("KR") == "Method" and jp.title_for("jp") == "方法"
    assert full.applicants == ("A Co", "B Co") and full.assignees == ("C Co",) and full.inventors == ("Li",)
    assert full.application_date == datetime.date(2019, 8, 27)
    assert full.publication_date == datetime.date(2020, 1, 3)
    assert full.priority_date == datetime.date(2019, 5, 2)  # the earliest claimed priority
    assert full.apno == "CN2019.5" and full.ipc == ("H04L67/12", "G06F9/50") and full.cpc == ("Y02E10/50",)
    assert full.loc == ("14-03",) and full.citations == ("CN2A",)

    [empty] = parse_bibliography([{"pn": "US1B2"}])
    assert empty == Bibliography("", "US1B2", {}, {}, (), (), (), "", None, None, None, "", (), (), (), ())
    assert empty.title_for("EN") == "" and empty.abstract_for("CN") == ""
    [odd] = parse_bibliography(
        [
            _answer(
                patent_type="weird",
                application_reference={"date": 20210231},
                publication_reference={"date": 0},
            )
        ]
    )
    assert odd.patent_type == "" and odd.application_date is None and odd.publication_date is None
    assert parse_bibliography(None) == [] and parse_bibliography([]) == []
    with pytest.raises(ParseError) as caught:
        parse_bibliography([_answer(parties={"applicants": "A Co"})])
    assert caught.value.field == "data[0].bibliographic_data.parties.applicants"
    with pytest.raises(ParseError):
        parse_bibliography([_answer(application_reference={"date": {"y": 2020}})])


def test_demo_bibliography_is_varied():
    patents = parse_bibliography(demo_data.bibliography().patents)
    numbers = set(demo_patent_numbers())
    assert numbers <= {b.pn for b in patents} and demo_bibliography_only()
    assert {b.patent_type for b in patents} == {"application", "grant", "utility", "design"}
    owners = {(b.assignees or b.applicants)[0] for b in patents}
    assert 5 <= len(owners) <= 12 and len(owners & WATCHLIST_COMPANIES) >= 3
    assert set(CN_COMPANIES[:5]) <= WATCHLIST_COMPANIES  # the exact names of the demo watchlist
    assert len({b.application_date.year for b in patents}) >= 8
    both = [b for b in patents if set(b.titles) == {"CN", "EN"} and set(b.abstracts) == {"CN", "EN"}]
    assert len(both) > 50 and all(b.titles for b in patents)
    [sample] = [b for b in patents if b.pn == "CN110650438A"]
    assert sample.title_for("CN") == "一种毫米波通信系统中的波束管理方法及装置"


def test_client_batches_and_the_limit(sandbox, client):
    numbers = demo_patent_numbers()[:99] + ["XX0000000A"]
    answers = client.simple_bibliography(numbers)
    assert len(answers) == 99 and {b.pn for b in answers} == set(numbers[:99])  # the unknown one left out
    [entry] = sandbox.requests_log[-1:]
    assert entry["op"] == "P011" and entry["query"]["patent_number"] == ",".join(numbers)
    by_id = client.simple_bibliography([demo_patent_ids()[0]], by="patent_id")
    assert by_id[0].patent_id == demo_patent_ids()[0]
    with pytest.raises(BadRequestError):
        client.simple_bibliography(demo_patent_numbers()[:101])  # refused before any call
    assert sandbox.counts["P011"] == 2


def test_250_numbers_take_3_calls_then_none(sandbox, client, store):
    keys = demo_patent_numbers()[:240] + [f"CN{900000000 + i}A" for i in range(10)]
    service = BiblioService(client, store)
    assert biblio_calls(keys) == 3
    outcome = asyncio.run(service.fetch(keys))
    assert outcome.calls == 3 and outcome.done == 250 and sandbox.counts["P011"] == math.ceil(250 / 100)
    stored = stored_bibliographies(store, keys)
    assert len(stored) == 250 and sum(b is None for b in stored.values()) == 10  # unknown: stored as null
    assert store.results.get_result(OP, "CN900000000A").payload is None
    sandbox.reset_counts()
    again = asyncio.run(service.fetch(keys))
    assert again.calls == 0 and sandbox.counts["P011"] == 0


def test_get_one_patent_from_the_store_else_one_call(sandbox, client, store):
    service = BiblioService(client, store)
    pn, pid = demo_patent_numbers()[0], demo_patent_ids()[1]
    first = asyncio.run(service.get(pn))
    assert first is not None and first.pn == pn and sandbox.counts["P011"] == 1
    assert asyncio.run(service.get(pn)) == first and sandbox.counts["P011"] == 1
    assert asyncio.run(service.get(pid)).patent_id == pid  # an id is sent as patent_id
    assert sandbox.requests_log[-1]["query"]["patent_id"] == pid
    assert asyncio.run(service.get("CN999999999A")) is None  # unknown to PatSnap, and remembered
    assert asyncio.run(service.get("CN999999999A")) is None and sandbox.counts["P011"] == 3
    assert service.stored("CN999999999A") == (True, None) and service.stored("US1B1") == (False, None)
