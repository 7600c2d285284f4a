"""The batch layer's promise across processes: nothing is paid twice, nothing paid for is lost.

- ``ClaimGate``: before a batch is sent its keys are claimed in the store (``store.claims``); keys another live
  run holds are not sent but waited for (their answers appear in the store) and taken over when that run dies.
  A job is claimed too, so a list started twice is seen as running elsewhere (``claim_job``). The
  ``BatchRunner`` drives it; every batch job passes one.
- ``AnswerKeeper``: stores each batch's answers as soon as they arrive; when the database cannot take them
  (disk full, read-only, damaged, closed) it keeps them in memory and in the spool beside the database, and
  raises the store's error so the run stops before the next call. ``wait_idle`` lets a front-end that is
  exiting wait until every answer already received is stored or spooled.

Both are Qt-free and blocking (the runner calls them on worker threads).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ipdesk.services.store import StoreError
from ipdesk.services.store.claims import DEFAULT_LEASE, JOB_OP, Holder

log = logging.getLogger(__name__)

POLL_SECONDS = 0.25  # how often keys held by another run are looked up in the store


@dataclass
class Claimed:
    """What ``ClaimGate.take`` found for a batch's keys."""

    send: list[str]  # claimed by this run, not answered yet: to fetch
    ready: dict[str, Any] = field(default_factory=dict)  # answered meanwhile (by another run): no call
    waiting: list[str] = field(default_factory=list)  # another live run is fetching them


class ClaimGate:
    """Claims of one run of a batch job for ``op``/``variant``.

    ``answered(keys)`` returns the answers the store holds for those keys (key -> payload) that this run may
    use; the job may mark them done in its own records meanwhile.
    """

    def __init__(
        self,
        claims,
        op: str,
        variant: str,
        answered: Callable[[list[str]], dict[str, Any]],
        *,
        lease: float = DEFAULT_LEASE,
        poll: float = POLL_SECONDS,
    ) -> None:
        self.claims = claims
        self.op = op
        self.variant = variant
        self.answered = answered
        self.lease = lease
        self.poll = poll
        self.holder = Holder.new()
        self._renewed = time.monotonic()
        self._guard = threading.Lock()
        self._sending = 0  # batches sent and not done yet
        self._closed = False

    def take(self, keys: Sequence[str]) -> Claimed:
        """Claim a batch's keys. Claim first, then look for answers: a run stores its answers before it
        releases its claims, so a key claimed here that was answered meanwhile is found answered."""
        mine, others = self.claims.claim(self.op, self.variant, keys, self.holder, self.lease)
        ready = self.answered(mine) if mine else {}
        if ready:
            self.release(list(ready))
        send = [k for k in mine if k not in ready]
        if send:
            with self._guard:
                self._sending += 1
        return Claimed(send, ready, others)

    def done(self, keys: Iterable[str]) -> None:
        """A batch taken with ``take`` is over (its answers stored, or the call failed): release its keys."""
        self.release(keys)
        with self._guard:
            self._sending -= 1
            retire = self._closed and self._sending == 0
        if retire:
            self.holder.retire()

    def check(self, waiting: Sequence[str]) -> tuple[dict[str, Any], list[str]]:
        """For keys another run was fetching: (the answers that appeared, the keys free again without one).

        The claims are read before the answers, for the same reason as in ``take``."""
        busy = self.claims.held_elsewhere(self.op, self.variant, waiting, self.holder)
        found = self.answered(list(waiting))
        return found, [k for k in waiting if k not in found and k not in busy]

    def release(self, keys: Iterable[str]) -> None:
        """Give up the claims of these keys (after their answers were stored, or the call failed)."""
        try:
            self.claims.release(self.holder, self.op, self.variant, keys)
        except StoreError as exc:  # they lapse when this process ends or the lease runs out
            log.info("could not release claims: %s", exc)

    def renew_due(self) -> bool:
        return time.monotonic() - self._renewed >= self.lease / 3

    def renew(self) -> None:
        self._renewed = time.monotonic()
        self.claims.renew(self.holder, self.lease)

    def claim_job(self, job_key: str) -> bool:
        """Claim the job itself; False when another live run has it (the same list started twice)."""
        mine, _ = self.claims.claim(JOB_OP, self.op, [job_key], self.holder, self.lease)
        return bool(mine)

    def close(self, keep: Iterable[str] = ()) -> None:
        """Release every claim of this run except ``keep`` (keys of calls still in flight: their claims lapse
        when they end or when this process ends)."""
        keep = set(keep)
        with self._guard:
            self._closed = True
            if self._sending == 0:
                self.holder.retire()
        try:
            if not keep:
                self.claims.release(self.holder)
                return
            self.claims.release(self.holder, JOB_OP, self.op, None)
            mine = self.claims.held_by(self.holder, self.op, self.variant)
            self.claims.release(self.holder, self.op, self.variant, [k for k in mine if k not in keep])
        except StoreError as exc:
            log.info("could not release claims: %s", exc)


class AnswerKeeper:
    """Stores the answers of one run as they arrive, or keeps them (memory + spool) when the store cannot."""

    def __init__(self, store, profile: str = "", job_id: int | None = None) -> None:
        self.store = store
        self.profile = profile
        self.job_id = job_id
        self.error: StoreError | None = None  # the first store error met
        self.unsaved: dict[tuple[str, str], dict[str, Any]] = {}  # (op, variant) -> key -> payload
        self.spooled = 0
        self.stored = 0
        self._busy = 0
        self._idle = threading.Condition()
        self.spool = getattr(store, "spool", None)
        if self.spool is not None:
            self.spool.reserve()  # so that a full disk still takes the spool

    def close(self) -> None:
        """The run ended: give back the room kept for the spool (once no answer is being kept)."""
        if self.spool is not None and self.wait_idle(5.0):
            self.spool.release()

    def keep(self, op: str, answers: Mapping[str, Any], variant: str = "", *, done: bool = True) -> None:
        """Store the answers (marking them done in the job unless ``done`` is False: the job decides when a key
        is done); raises the store's error after keeping them."""
        with self._idle:
            self._busy += 1
        try:
            if self.error is None:
                try:
                    job_id = self.job_id if done else None
                    self.store.results.put_results(op, answers, variant, self.profile, job_id=job_id)
                    self.stored += len(answers)
                    return
                except StoreError as exc:
                    self.error = exc
                    log.info("the store cannot take answers (%s): keeping them in the spool", exc)
            self.unsaved.setdefault((op, variant), {}).update(answers)
            if self.spool is not None and self.spool.append(op, answers, variant, self.profile):
                self.spooled += len(answers)
            raise self.error
        finally:
            with self._idle:
                self._busy -= 1
                self._idle.notify_all()

    def unsaved_of(self, op: str, variant: str = "") -> dict[str, Any]:
        return dict(self.unsaved.get((op, variant), {}))

    @property
    def unsaved_count(self) -> int:
        return sum(len(answers) for answers in self.unsaved.values())

    def wait_idle(self, timeout: float) -> bool:
        """Wait until no answer is being stored or spooled (True), or ``timeout`` seconds passed (False)."""
        with self._idle:
            return self._idle.wait_for(lambda: self._busy == 0, timeout)
