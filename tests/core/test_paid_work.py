"""Two runs of one batch job in one data folder, driven by the real BatchRunner and store: keys claimed by one
run are waited for by the other (never sent twice) and taken over when that run stops without answering; a store
that cannot write keeps the answers in the spool and stops the run."""

from __future__ import annotations

import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from ipdesk.services.batch import BatchRunner, make_units
from ipdesk.services.paid_work import AnswerKeeper, ClaimGate
from ipdesk.services.store import StoreError, StoreWriteError

OP, LANG = "P022", "en"


class Fetcher:
    """A work function that "fetches" (answers every key with its own name) and stores through a keeper."""

    def __init__(self, store, hold: threading.Event | None = None, fail: bool = False):
        self.keeper = AnswerKeeper(store)
        self.hold = hold
        self.fail = fail
        self.sent: list[str] = []

    def work(self, unit, cancel):
        self.sent.extend(unit.keys)
        if self.hold is not None:
            self.hold.wait(10)
        if self.fail:
            from ipdesk.api.errors import ServiceBusyError

            raise ServiceBusyError()
        answers = {key: {"key": key} for key in unit.keys}
        self.keeper.keep(OP, answers, LANG)
        return answers


def _runner(store, fetcher, pool):
    def answered(keys):
        return {k: r.payload for k, r in store.results.get_results(OP, keys, LANG).items()}

    gate = ClaimGate(store.claims, OP, LANG, answered, poll=0.02)
    return BatchRunner(fetcher.work, gates={"patent_number": gate}, executor=pool, bisect=False)


def test_keys_another_run_is_fetching_are_waited_for_not_sent(store):
    keys = [f"K{i}" for i in range(250)]
    hold = threading.Event()
    first, second = Fetcher(store, hold), Fetcher(store)

    async def both():
        with ThreadPoolExecutor(8) as pool:
            one = asyncio.ensure_future(
                _runner(store, first, pool).run(make_units("patent_number", keys[:150]))
            )
            while len(first.sent) < 150:
                await asyncio.sleep(0.01)
            two = asyncio.ensure_future(_runner(store, second, pool).run(make_units("patent_number", keys)))
            await asyncio.sleep(0.2)
            assert sorted(second.sent) == sorted(keys[150:])  # only what nobody is fetching
            hold.set()
            return await one, await two

    a, b = asyncio.run(both())
    assert (a.done, b.done, b.remaining) == (150, 250, 0)
    assert sorted(first.sent + second.sent) == sorted(keys)  # every key sent once
    assert store.claims.held_elsewhere(OP, LANG, keys) == set()  # all released


def test_keys_let_go_without_an_answer_are_taken_over(store):
    keys = [f"K{i}" for i in range(100)]
    hold = threading.Event()
    failing, second = Fetcher(store, hold, fail=True), Fetcher(store)

    async def both():
        with ThreadPoolExecutor(8) as pool:
            one = asyncio.ensure_future(_runner(store, failing, pool).run(make_units("patent_number", keys)))
            while not failing.sent:
                await asyncio.sleep(0.01)
            two = asyncio.ensure_future(_runner(store, second, pool).run(make_units("patent_number", keys)))
            await asyncio.sleep(0.1)
            assert second.sent == []
            hold.set()
            return await one, await two

    a, b = asyncio.run(both())
    assert a.failed == 100 and b.done == 100 and sorted(second.sent) == sorted(keys)


def test_a_store_that_cannot_write_stops_the_run_and_spools(store, monkeypatch):
    fetcher = Fetcher(store)

    def full(*args, **kwargs):
        raise StoreWriteError(store.database.path, "full", "database or disk is full")

    monkeypatch.setattr(store.results, "put_results", full)
    units = make_units("patent_number", [f"K{i}" for i in range(500)])
    with ThreadPoolExecutor(1) as pool, pytest.raises(StoreError):
        asyncio.run(BatchRunner(fetcher.work, executor=pool, max_workers=1).run(units))
    assert len(fetcher.sent) == 100  # stopped before the next call
    fetcher.keeper.close()  # the run ended: its reserve becomes a spool file
    assert fetcher.keeper.spooled == 100 and store.spool.count() == 100
    assert len(fetcher.keeper.unsaved_of(OP, LANG)) == 100
