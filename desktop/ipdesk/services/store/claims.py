"""Work claimed across processes: which run is fetching which key (or running which job) right now.

Every process (GUI window, ``ipdesk`` command) on one data folder shares this table. Before a run sends a batch it
claims the batch's keys, ``(op, key, variant)`` as in ``results``; a key claimed by another live holder is not
fetched again: the run waits for its answer to appear in ``results`` (``services.claiming``). A job is claimed the
same way (op ``JOB_OP``, the job id as key), so a list started twice is seen as running elsewhere.

A claim belongs to a ``Holder``: the host, the process id and a random token of one run. It is live while its
lease has not expired (``expires_at``, renewed while the holder works) and, on the same host, while the holder's
process exists; so a killed process never blocks anyone: on the same host its claims are free at once, from
another host (a shared folder) when their lease runs out. Claiming, renewing and releasing are each one short
write transaction.
"""

from __future__ import annotations

import os
import socket
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ipdesk.services.store.columns import chunks
from ipdesk.services.store.database import Database, Transaction

JOB_OP = "job"  # the op of a job's own claim (key: the job id)
DEFAULT_LEASE = 60.0  # seconds a claim stays live without renewal

_ACTIVE: set[str] = set()  # tokens of this process's holders still at work (``Holder.new`` .. ``retire``)


def pid_alive(pid: int) -> bool:
    """Whether a process with this id exists on this host (True when it cannot be told)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":  # os.kill(pid, 0) would terminate it there: the lease decides
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # e.g. PermissionError: it exists, owned by someone else
        return True
    return True


@dataclass(frozen=True)
class Holder:
    """One run's identity in the claims table."""

    host: str
    pid: int
    token: str

    @classmethod
    def new(cls) -> Holder:
        """A fresh holder for a run of this process (live until ``retire``)."""
        import secrets  # here, not at the top: it loads OpenSSL (hmac), which opening the store does not need

        holder = cls(socket.gethostname(), os.getpid(), secrets.token_hex(8))
        _ACTIVE.add(holder.token)
        return holder

    def retire(self) -> None:
        """The run is over: claims it could not release are dead at once for this process's other runs."""
        _ACTIVE.discard(self.token)

    @property
    def id(self) -> str:
        return f"{self.host}/{self.pid}/{self.token}"


@dataclass(frozen=True)
class Claim:
    op: str
    key: str
    variant: str
    holder: str
    pid: int
    host: str
    expires_at: float


class Claims:
    """The claims of the store (``store.claims``)."""

    def __init__(
        self,
        database: Database,
        *,
        alive: Callable[[int], bool] = pid_alive,
        clock: Callable[[], float] = time.time,
        host: str | None = None,
    ) -> None:
        self._db = database
        self._alive = alive
        self._clock = clock
        self._host = host if host is not None else socket.gethostname()

    def _live(self, claim: Claim, now: float) -> bool:
        if claim.expires_at <= now:
            return False
        if claim.host != self._host:
            return True
        if claim.pid == os.getpid():  # this process: is that run still at work?
            return claim.holder.rsplit("/", 1)[-1] in _ACTIVE
        return self._alive(claim.pid)

    def _read(self, tx: Transaction, op: str, variant: str, keys: list[str]) -> dict[str, Claim]:
        found: dict[str, Claim] = {}
        for part in chunks(keys):
            marks = ",".join("?" * len(part))
            rows = tx.execute(
                "SELECT op, key, variant, holder, pid, host, expires_at FROM claims "
                f"WHERE op = ? AND variant = ? AND key IN ({marks})",
                (op, variant, *part),
            ).fetchall()
            for row in rows:
                found[row[1]] = Claim(*row)
        return found

    def claim(
        self, op: str, variant: str, keys: Iterable[str], holder: Holder, lease: float = DEFAULT_LEASE
    ) -> tuple[list[str], list[str]]:
        """Claim the keys not held by another live holder (taking over dead or expired claims).

        Returns (the keys now held by ``holder``, the keys another live holder has), both in the given order.
        """
        wanted = list(dict.fromkeys(keys))
        if not wanted:
            return [], []
        now = self._clock()
        mine: list[str] = []
        others: list[str] = []
        with self._db.write() as tx:
            existing = self._read(tx, op, variant, wanted)
            for key in wanted:
                claim = existing.get(key)
                if claim is not None and claim.holder != holder.id and self._live(claim, now):
                    others.append(key)
                else:
                    mine.append(key)
            tx.executemany(
                "INSERT INTO claims (op, key, variant, holder, pid, host, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (op, key, variant) DO UPDATE SET holder = excluded.holder, pid = excluded.pid, "
                "host = excluded.host, expires_at = excluded.expires_at",
                ((op, key, variant, holder.id, holder.pid, holder.host, now + lease) for key in mine),
            )
        return mine, others

    def held_elsewhere(
        self, op: str, variant: str, keys: Iterable[str], holder: Holder | None = None
    ) -> set[str]:
        """The keys a live holder other than ``holder`` has claimed (a read; nothing is taken over)."""
        wanted = list(dict.fromkeys(keys))
        now = self._clock()
        with self._db.read() as tx:
            existing = self._read(tx, op, variant, wanted)
        mine = holder.id if holder is not None else None
        return {key for key, c in existing.items() if c.holder != mine and self._live(c, now)}

    def held_by(self, holder: Holder, op: str, variant: str = "") -> list[str]:
        """The keys of ``op``/``variant`` that ``holder`` has claimed."""
        with self._db.read() as tx:
            rows = tx.execute(
                "SELECT key FROM claims WHERE holder = ? AND op = ? AND variant = ?", (holder.id, op, variant)
            ).fetchall()
        return [row[0] for row in rows]

    def renew(self, holder: Holder, lease: float = DEFAULT_LEASE) -> int:
        """Extend every claim of ``holder``; returns how many it has."""
        with self._db.write() as tx:
            return tx.execute(
                "UPDATE claims SET expires_at = ? WHERE holder = ?", (self._clock() + lease, holder.id)
            ).rowcount

    def release(
        self, holder: Holder, op: str | None = None, variant: str = "", keys: Iterable[str] | None = None
    ) -> int:
        """Give up claims of ``holder``: all of them, those of ``op``/``variant``, or only their ``keys``."""
        with self._db.write() as tx:
            if op is None:
                return tx.execute("DELETE FROM claims WHERE holder = ?", (holder.id,)).rowcount
            if keys is None:
                return tx.execute(
                    "DELETE FROM claims WHERE holder = ? AND op = ? AND variant = ?", (holder.id, op, variant)
                ).rowcount
            wanted = list(dict.fromkeys(keys or ()))
            removed = 0
            for part in chunks(wanted):
                marks = ",".join("?" * len(part))
                removed += tx.execute(
                    f"DELETE FROM claims WHERE holder = ? AND op = ? AND variant = ? AND key IN ({marks})",
                    (holder.id, op, variant, *part),
                ).rowcount
            return removed

    def prune(self) -> int:
        """Remove claims that are no longer live (housekeeping; a dead claim never blocks anyone anyway)."""
        now = self._clock()
        with self._db.write() as tx:
            rows = tx.execute("SELECT op, key, variant, holder, pid, host, expires_at FROM claims").fetchall()
            dead = [(c.op, c.key, c.variant) for c in (Claim(*r) for r in rows) if not self._live(c, now)]
            tx.executemany("DELETE FROM claims WHERE op = ? AND key = ? AND variant = ?", dead)
        return len(dead)
