"""The batch runner's own logic: unit splitting, bisection, fatal stop, cancel, progress."""

from __future__ import annotations

import asyncio
import math
import threading

import pytest

from ipdesk.api.errors import BadRequestError, QuotaError, ServiceBusyError
from ipdesk.services.batch import MAX_BATCH, BatchRunner, calls_needed, make_units


@pytest.mark.parametrize("n", [0, 1, 99, 100, 101, 1000, 10_001])
def test_units_are_the_fewest_possible(n):
    keys = [f"K{i}" for i in range(n)]
    units = make_units("patent_number", keys)
    assert len(units) == math.ceil(n / MAX_BATCH) == calls_needed(n)
    assert all(len(u.keys) <= MAX_BATCH for u in units)
    assert [k for u in units for k in u.keys] == keys
    assert calls_needed(150, 50) == 3


class Recorder:
    """A work function that answers every key, except that it raises for units holding a 'bad' key."""

    def __init__(self, bad=(), error=BadRequestError, delay=0.0):
        self.bad = set(bad)
        self.error = error
        self.delay = delay
        self.calls: list[tuple[str, ...]] = []
        self.answered: list[str] = []
        self.failed: dict[str, object] = {}
        self._lock = threading.Lock()

    def work(self, unit, cancel):
        with self._lock:
            self.calls.append(unit.keys)
        if self.delay:
            cancel.wait(self.delay)
        if self.bad & set(unit.keys):
            raise self.error(code=68300004)
        with self._lock:
            self.answered.extend(unit.keys)
        return len(unit.keys)

    def record_failure(self, unit, error):
        for key in unit.keys:
            self.failed[key] = error


def test_bisection_isolates_one_bad_key():
    keys = [f"K{i}" for i in range(250)]
    rec = Recorder(bad={"K137"})
    runner = BatchRunner(rec.work, record_failure=rec.record_failure, max_workers=3)
    outcome = asyncio.run(runner.run(make_units("x", keys)))
    assert set(rec.failed) == {"K137"} and set(outcome.failures) == {"K137"}
    assert outcome.done == 249 and outcome.failed == 1 and outcome.complete
    assert sorted(rec.answered) == sorted(k for k in keys if k != "K137")  # each answered once
    assert len(rec.answered) == len(set(rec.answered))
    assert outcome.calls == len(rec.calls) <= 3 + 2 * 7


def test_bisection_budget_bounds_extra_calls_for_an_all_bad_batch():
    keys = [f"K{i}" for i in range(100)]
    rec = Recorder(bad=set(keys))
    outcome = asyncio.run(BatchRunner(rec.work, record_failure=rec.record_failure).run(make_units("x", keys)))
    assert outcome.failed == 100 and outcome.done == 0 and set(rec.failed) == set(keys)
    assert len(rec.calls) <= 1 + 16


def test_other_errors_fail_the_unit_without_bisection():
    keys = [f"K{i}" for i in range(200)]
    rec = Recorder(bad={"K5"}, error=ServiceBusyError)
    outcome = asyncio.run(BatchRunner(rec.work, record_failure=rec.record_failure).run(make_units("x", keys)))
    assert outcome.failed == 100 and outcome.done == 100 and len(rec.calls) == 2


def test_fatal_error_stops_at_once_and_keeps_what_is_done():
    keys = [f"K{i}" for i in range(2000)]
    rec = Recorder(bad={"K450"}, error=QuotaError, delay=0.01)
    runner = BatchRunner(rec.work, record_failure=rec.record_failure, max_workers=2)
    outcome = asyncio.run(runner.run(make_units("x", keys)))
    assert isinstance(outcome.fatal, QuotaError)
    assert not rec.failed  # a fatal error is not a per-item failure
    assert len(rec.calls) <= 5 + 1  # units 0-4, plus at most the one in flight
    assert outcome.done == len(rec.answered) and outcome.remaining == 2000 - outcome.done


def test_unexpected_exception_is_raised_after_the_units_in_flight_finish():
    def work(unit, cancel):
        if unit.keys[0] == "K0":
            raise RuntimeError("disk full")
        return None

    with pytest.raises(RuntimeError, match="disk full"):
        asyncio.run(BatchRunner(work).run(make_units("x", [f"K{i}" for i in range(500)])))


def test_cancel_event_stops_new_units_and_reports_progress():
    rec = Recorder(delay=0.005)
    cancel = threading.Event()
    seen = []

    def progress(p):
        seen.append(p)
        if p.done >= 300:
            cancel.set()

    runner = BatchRunner(rec.work, max_workers=2, on_progress=progress, cancel=cancel)
    outcome = asyncio.run(runner.run(make_units("x", [f"K{i}" for i in range(5000)])))
    assert outcome.cancelled and 300 <= outcome.done < 5000
    assert outcome.done == len(rec.answered)
    assert seen[0].done == 0 and seen[0].eta_seconds is None and seen[0].total == 5000
    assert any(p.eta_seconds is not None and p.eta_seconds > 0 for p in seen)
    assert seen[-1].remaining == 5000 - outcome.done


def test_task_cancellation_waits_for_units_in_flight():
    rec = Recorder(delay=0.05)

    async def main():
        task = asyncio.ensure_future(
            BatchRunner(rec.work, max_workers=4).run(make_units("x", [str(i) for i in range(2000)]))
        )
        await asyncio.sleep(0.08)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        return len(rec.answered)

    answered = asyncio.run(main())
    assert 0 < answered < 2000 and answered % 100 == 0
    assert answered == len(rec.answered)  # nothing finished after run() returned
