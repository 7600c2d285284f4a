"""The batch runner: units of work (up to 100 keys each) run concurrently on a bounded thread pool.

The blocking API client runs on worker threads (``loop.run_in_executor``); the pacing itself is the shared
RateLimiter inside the client. Each worker call does the fetch AND the store write, so an answer paid for is
committed even when the run is cancelled meanwhile. The runner itself stays on the asyncio loop (the GUI's
qasync loop or ``asyncio.run`` in the CLI) and reports ``Progress`` there.

Failures:
- a fatal error (``ApiError.fatal``: authentication, plan, quota) stops the run at once; the units already
  running finish (and commit), nothing new starts;
- a bad request (``BadRequestError``) for a unit of several keys is bisected to isolate the bad keys, within a
  small budget of extra calls per original unit (failed calls return no results, so this never pays for a
  result twice); what cannot be isolated is recorded as per-key failures;
- any other error (retries exhausted, unparsable answer) turns the unit's keys into per-key failures.
Cancel: set the ``cancel`` event, or cancel the asyncio task running ``run()`` (the task then re-raises
``asyncio.CancelledError``). Nothing new is sent; the units in flight get at most ``CANCEL_GRACE`` seconds to
answer (their answers are stored), the run ends without waiting longer.

Across processes (``gates``: unit kind -> ``paid_work.ClaimGate``, one per operation and variant): a unit's keys
are claimed before it is sent; keys answered meanwhile need no call, keys another live run is fetching are waited
for (looked up in the store every ``gate.poll`` seconds, counted as remaining) and fetched here when that run lets
them go without an answer. Units of a kind without a gate run unclaimed.
"""

from __future__ import annotations

import asyncio
import logging
import math
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import Executor
from dataclasses import dataclass, field
from typing import Any

from ipdesk.api.errors import ApiError, BadRequestError
from ipdesk.api.errors import CancelledError as ApiCancelled
from ipdesk.messages import MessageError

log = logging.getLogger(__name__)

MAX_BATCH = 100
DEFAULT_WORKERS = 8
SPLIT_BUDGET = 16  # extra calls allowed per original unit to isolate bad keys by bisection
CANCEL_GRACE = 3.0  # seconds the units in flight get to answer after a cancel


@dataclass(frozen=True)
class Progress:
    done: int
    failed: int
    remaining: int
    total: int
    calls: int
    elapsed: float
    eta_seconds: float | None


@dataclass(frozen=True)
class Unit:
    """One call's worth of work: ``kind`` (e.g. "patent_number") and its keys."""

    kind: str
    keys: tuple[str, ...]
    budget: _SplitBudget | None = field(default=None, compare=False, repr=False)


class _SplitBudget:
    def __init__(self, calls: int) -> None:
        self._left = calls
        self._lock = threading.Lock()

    def take(self, calls: int) -> bool:
        with self._lock:
            if self._left < calls:
                return False
            self._left -= calls
            return True


@dataclass
class BatchOutcome:
    total: int
    done: int = 0
    failed: int = 0
    calls: int = 0
    cancelled: bool = False
    fatal: ApiError | None = None
    elapsed: float = 0.0
    failures: dict[str, ApiError] = field(default_factory=dict)

    @property
    def remaining(self) -> int:
        return self.total - self.done - self.failed

    @property
    def complete(self) -> bool:
        return self.remaining == 0


def make_units(kind: str, keys: Sequence[str], size: int = MAX_BATCH) -> list[Unit]:
    """Split keys into units of at most ``size`` (the fewest units possible)."""
    if size < 1:
        raise ValueError("size must be >= 1")
    return [
        Unit(kind, tuple(keys[start : start + size]), _SplitBudget(SPLIT_BUDGET))
        for start in range(0, len(keys), size)
    ]


def calls_needed(*key_counts: int, size: int = MAX_BATCH) -> int:
    """ceil(n/size) per kind of key, summed: the calls for keys that go in separate calls per kind."""
    return sum(math.ceil(n / size) for n in key_counts)


@dataclass
class _Result:
    unit: Unit
    value: Any = None
    error: BaseException | None = None
    skipped: bool = False
    split: bool = False
    ready: dict[str, Any] = field(default_factory=dict)  # answered by another run meanwhile (no call)
    waiting: list[str] = field(default_factory=list)  # another live run is fetching them


Work = Callable[[Unit, threading.Event], Any]
RecordFailure = Callable[[Unit, ApiError], None]


class BatchRunner:
    """Runs units through ``work(unit, cancel)`` (fetch + commit, on a worker thread).

    ``record_failure(unit, error)`` runs on the worker thread too, for keys that failed for good.
    ``on_unit_done(unit, value)`` and ``on_progress(Progress)`` run on the event loop.
    """

    def __init__(
        self,
        work: Work,
        *,
        record_failure: RecordFailure | None = None,
        max_workers: int = DEFAULT_WORKERS,
        on_progress: Callable[[Progress], None] | None = None,
        on_unit_done: Callable[[Unit, Any], None] | None = None,
        cancel: threading.Event | None = None,
        bisect: bool = True,
        executor: Executor | None = None,
        gates: Mapping[str, Any] | None = None,
        grace: float = CANCEL_GRACE,
    ) -> None:
        self.work = work
        self.record_failure = record_failure
        self.max_workers = max(1, max_workers)
        self.on_progress = on_progress
        self.on_unit_done = on_unit_done
        self.cancel = cancel if cancel is not None else threading.Event()
        self.bisect = bisect
        self.executor = executor  # default: the process's shared pool (services.workers.api_pool)
        self.gates = dict(gates or {})  # unit kind -> paid_work.ClaimGate: claims shared with other processes
        self.grace = grace
        self._waiting: dict[str, list[str]] = {}  # kind -> keys another run is fetching
        self._looked = 0.0  # when the store was last looked at for them

    # -- worker thread ------------------------------------------------------------------------------------------

    def _may_split(self, unit: Unit, error: ApiError) -> bool:
        return (
            self.bisect
            and isinstance(error, BadRequestError)
            and error.kind
            in ("bad_input", "http_4xx")  # the input's fault, not a wrong address (404, 67200101)
            and len(unit.keys) > 1
            and unit.budget is not None
            and unit.budget.take(2)
        )

    def _execute(self, unit: Unit) -> _Result:
        if self.cancel.is_set():
            return _Result(unit, skipped=True)
        gate = self.gates.get(unit.kind)
        if gate is None:
            return self._call(unit)
        try:
            claimed = gate.take(unit.keys)
        except Exception as error:  # noqa: BLE001 - the store cannot be used: the loop stops the run
            return _Result(unit, error=error)
        extra = {"ready": claimed.ready, "waiting": claimed.waiting}
        if not claimed.send:
            return _Result(unit, skipped=True, **extra)
        sent = Unit(unit.kind, tuple(claimed.send), unit.budget)
        try:
            result = self._call(sent)
        finally:
            gate.done(sent.keys)  # after the answers were stored (or the call failed)
        result.ready, result.waiting = claimed.ready, claimed.waiting
        return result

    def _call(self, unit: Unit) -> _Result:
        try:
            return _Result(unit, value=self.work(unit, self.cancel))
        except ApiCancelled:
            return _Result(unit, skipped=True)
        except ApiError as error:
            if self.cancel.is_set() and not error.fatal:
                return _Result(unit, skipped=True)
            if error.fatal:
                return _Result(unit, error=error)
            if self._may_split(unit, error):
                return _Result(unit, error=error, split=True)
            if self.record_failure is not None:
                self.record_failure(unit, error)
            return _Result(unit, error=error)
        except Exception as error:  # noqa: BLE001 - handed to the loop, which stops the run and re-raises
            return _Result(unit, error=error)

    # -- event loop ---------------------------------------------------------------------------------------------

    async def run(self, units: Iterable[Unit]) -> BatchOutcome:
        queue = deque(units)
        outcome = BatchOutcome(total=sum(len(u.keys) for u in queue))
        loop = asyncio.get_running_loop()
        started = time.monotonic()
        running: dict[asyncio.Future, Unit] = {}
        unexpected: BaseException | None = None
        cancelled_at: float | None = None
        if self.executor is None:
            from ipdesk.services.workers import api_pool

            self.executor = api_pool()
        executor = self.executor
        self._report(outcome, started)
        try:
            while queue or running or self._waiting:
                while queue and len(running) < self.max_workers and not self._stopping(outcome, unexpected):
                    unit = queue.popleft()
                    running[loop.run_in_executor(executor, self._execute, unit)] = unit
                if self.cancel.is_set() and cancelled_at is None:
                    cancelled_at = time.monotonic()
                if self._stopping(outcome, unexpected) and (
                    not running
                    or (cancelled_at is not None and time.monotonic() - cancelled_at >= self.grace)
                ):
                    break  # units still in flight after the grace store their answers when they come
                if not running and not self._waiting:
                    break
                timeout = min((g.poll for g in self.gates.values()), default=None)
                if cancelled_at is not None:
                    timeout = max(0.0, self.grace - (time.monotonic() - cancelled_at))
                if running:
                    finished, _ = await asyncio.wait(
                        running, timeout=timeout, return_when=asyncio.FIRST_COMPLETED
                    )
                else:
                    finished = set()
                    await asyncio.sleep(timeout or 0)
                for future in finished:
                    running.pop(future)
                    result: _Result = future.result()
                    unexpected = self._absorb(result, outcome, queue) or unexpected
                    if result.ready:
                        self._answered_elsewhere(result.unit.kind, result.ready, outcome)
                    if result.error is None and not result.skipped and self.on_unit_done is not None:
                        self.on_unit_done(result.unit, result.value)
                if self.gates and unexpected is None:
                    try:
                        await self._look_for_others(loop, executor, outcome, queue)
                    except Exception as error:  # noqa: BLE001 - the store cannot be used: stop the run
                        self.cancel.set()
                        unexpected = error
                self._report(outcome, started)
        except asyncio.CancelledError:
            self.cancel.set()
            outcome.cancelled = True
            if running:  # let the units in flight answer (their answers are stored), for a short while
                await asyncio.wait(running, timeout=self.grace)
            raise
        finally:
            outcome.elapsed = time.monotonic() - started
            if self.gates:
                in_flight = [
                    key for future, unit in running.items() if not future.done() for key in unit.keys
                ]
                for gate in self._unique_gates():
                    gate.close(keep=in_flight)
        if self.cancel.is_set() and outcome.fatal is None and outcome.remaining:
            outcome.cancelled = True
        self._report(outcome, started)
        if unexpected is not None:
            raise unexpected
        return outcome

    async def _look_for_others(self, loop, executor, outcome: BatchOutcome, queue: deque[Unit]) -> None:
        """Keys another run was fetching: count those answered, fetch here those it let go; renew the lease."""
        for gate in self._unique_gates():
            if gate.renew_due():
                await loop.run_in_executor(executor, gate.renew)
        poll = min(g.poll for g in self.gates.values())
        if not self._waiting or time.monotonic() - self._looked < poll:
            return
        self._looked = time.monotonic()
        for kind in list(self._waiting):
            keys = self._waiting.pop(kind)
            gate = self.gates[kind]
            found, free = await loop.run_in_executor(executor, gate.check, keys)
            if found:
                self._answered_elsewhere(kind, found, outcome)
            if free and not self.cancel.is_set():
                queue.extend(make_units(kind, free))
            still = [k for k in keys if k not in found and (k not in free or self.cancel.is_set())]
            if still and not self.cancel.is_set():
                self._waiting[kind] = still

    def _unique_gates(self) -> list:
        return list({id(gate): gate for gate in self.gates.values()}.values())

    def _answered_elsewhere(self, kind: str, answers: dict[str, Any], outcome: BatchOutcome) -> None:
        outcome.done += len(answers)
        if self.on_unit_done is not None:
            self.on_unit_done(Unit(kind, tuple(answers)), answers)

    def _stopping(self, outcome: BatchOutcome, unexpected: BaseException | None) -> bool:
        return self.cancel.is_set() or outcome.fatal is not None or unexpected is not None

    def _absorb(self, result: _Result, outcome: BatchOutcome, queue: deque[Unit]) -> BaseException | None:
        unit, error = result.unit, result.error
        if result.waiting:
            self._waiting.setdefault(unit.kind, []).extend(result.waiting)
        if result.skipped:
            return None
        outcome.calls += 1
        if error is None:
            outcome.done += len(unit.keys)
            return None
        if not isinstance(error, ApiError):
            if isinstance(
                error, MessageError
            ):  # e.g. the store cannot take answers: the job says so in words
                log.info("batch stopped: %s", error)
            else:
                log.error("batch unit failed unexpectedly: %s", type(error).__name__)
            self.cancel.set()
            return error
        if error.fatal:
            if outcome.fatal is None:
                outcome.fatal = error
            self.cancel.set()
            return None
        if result.split:
            middle = len(unit.keys) // 2
            queue.appendleft(Unit(unit.kind, unit.keys[middle:], unit.budget))
            queue.appendleft(Unit(unit.kind, unit.keys[:middle], unit.budget))
            return None
        outcome.failed += len(unit.keys)
        for key in unit.keys:
            outcome.failures[key] = error
        return None

    def _report(self, outcome: BatchOutcome, started: float) -> None:
        if self.on_progress is None:
            return
        elapsed = time.monotonic() - started
        finished = outcome.done + outcome.failed
        remaining = outcome.remaining
        eta = elapsed / finished * remaining if finished else None
        progress = Progress(
            outcome.done, outcome.failed, remaining, outcome.total, outcome.calls, elapsed, eta
        )
        try:
            self.on_progress(progress)
        except Exception:  # noqa: BLE001 - a broken progress display must not stop the run
            log.exception("progress callback failed")
