"""Batch jobs: their input, and per key whether it is pending, done or failed (with the error).

Every mark is one transaction committed at once, so a cancelled, crashed or killed run resumes with exactly the
keys still pending (``pending_keys``). Keys keep their input order; duplicates in the input are dropped.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from ipdesk.services.store.columns import from_iso, to_iso, utc_now, where_equal
from ipdesk.services.store.database import Database, Transaction

JOB_STATUSES = ("pending", "running", "paused", "cancelled", "done", "failed")
ITEM_PENDING, ITEM_DONE, ITEM_FAILED = "pending", "done", "failed"


@dataclass(frozen=True)
class JobRecord:
    id: int
    kind: str
    params: dict[str, Any] = field(repr=False)
    status: str
    created_at: datetime
    updated_at: datetime
    total: int
    done: int
    failed: int

    @property
    def pending(self) -> int:
        return self.total - self.done - self.failed


_JOB_SELECT = """
    SELECT j.id, j.kind, j.params, j.status, j.created_at, j.updated_at,
           COUNT(i.key),
           COALESCE(SUM(CASE WHEN i.state = 'done' THEN 1 ELSE 0 END), 0),
           COALESCE(SUM(CASE WHEN i.state = 'failed' THEN 1 ELSE 0 END), 0)
    FROM jobs j LEFT JOIN job_items i ON i.job_id = j.id
"""


def _row_to_job(row: tuple) -> JobRecord:
    job_id, kind, params, status, created, updated, total, done, failed = row
    return JobRecord(
        job_id, kind, json.loads(params), status, from_iso(created), from_iso(updated), total, done, failed
    )


def _check_status(status: str) -> None:
    if status not in JOB_STATUSES:
        raise ValueError(f"unknown job status {status!r}; expected one of {JOB_STATUSES}")


class Jobs:
    """Batch jobs of the store (``store.jobs``)."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def create_job(self, kind: str, params: Mapping[str, Any], keys: Iterable[str]) -> int:
        """Record a job and its keys (all pending); returns the job id. ``params`` must be JSON-serialisable."""
        unique = list(dict.fromkeys(keys))
        now = to_iso(utc_now())
        params_text = json.dumps(dict(params), ensure_ascii=False, sort_keys=True)
        with self._db.write() as tx:
            cursor = tx.execute(
                "INSERT INTO jobs (kind, params, status, created_at, updated_at) VALUES (?, ?, 'pending', ?, ?)",
                (kind, params_text, now, now),
            )
            job_id = int(cursor.lastrowid)
            tx.executemany(
                "INSERT INTO job_items (job_id, key, seq) VALUES (?, ?, ?)",
                ((job_id, key, seq) for seq, key in enumerate(unique)),
            )
        return job_id

    def job(self, job_id: int) -> JobRecord | None:
        with self._db.read() as tx:
            row = tx.execute(_JOB_SELECT + " WHERE j.id = ? GROUP BY j.id", (job_id,)).fetchone()
        return None if row is None else _row_to_job(row)

    def list_jobs(self, status: str | None = None, kind: str | None = None) -> list[JobRecord]:
        """Jobs, newest first, optionally of one status and/or kind."""
        if status is not None:
            _check_status(status)
        where, params = where_equal(**{"j.status": status, "j.kind": kind})
        with self._db.read() as tx:
            rows = tx.execute(_JOB_SELECT + where + " GROUP BY j.id ORDER BY j.id DESC", params).fetchall()
        return [_row_to_job(row) for row in rows]

    def job_keys(self, job_id: int) -> list[str]:
        """All keys of a job in input order."""
        return self._keys(job_id)

    def pending_keys(self, job_id: int) -> list[str]:
        """Keys neither done nor failed, in input order."""
        return self._keys(job_id, ITEM_PENDING)

    def done_keys(self, job_id: int) -> list[str]:
        return self._keys(job_id, ITEM_DONE)

    def _keys(self, job_id: int, state: str | None = None) -> list[str]:
        where, params = where_equal(job_id=job_id, state=state)
        with self._db.read() as tx:
            rows = tx.execute(f"SELECT key FROM job_items{where} ORDER BY seq", params).fetchall()
        return [row[0] for row in rows]

    def failed_items(self, job_id: int) -> dict[str, tuple[Any, str]]:
        """Failed keys in input order -> (error code, message). The code is kept as given (int, str or None)."""
        with self._db.read() as tx:
            rows = tx.execute(
                "SELECT key, error_code, error_message FROM job_items "
                "WHERE job_id = ? AND state = 'failed' ORDER BY seq",
                (job_id,),
            ).fetchall()
        return {key: (code, message or "") for key, code, message in rows}

    def mark_done(self, job_id: int, keys: Iterable[str]) -> None:
        with self._db.write() as tx:
            set_items_state(tx, job_id, [(key, None, None) for key in keys], ITEM_DONE)

    def mark_failed(self, job_id: int, failures: Mapping[str, tuple[Any, str]]) -> None:
        """Mark keys failed with (error code, message); the message must not contain secrets."""
        rows = [(key, code, str(message)) for key, (code, message) in failures.items()]
        with self._db.write() as tx:
            set_items_state(tx, job_id, rows, ITEM_FAILED)

    def reset_failed(self, job_id: int) -> list[str]:
        """Put the failed keys back to pending (one-click retry); returns them in input order."""
        with self._db.write() as tx:
            rows = tx.execute(
                "SELECT key FROM job_items WHERE job_id = ? AND state = 'failed' ORDER BY seq", (job_id,)
            ).fetchall()
            tx.execute(
                "UPDATE job_items SET state = 'pending', error_code = NULL, error_message = NULL "
                "WHERE job_id = ? AND state = 'failed'",
                (job_id,),
            )
            _touch_job(tx, job_id)
        return [row[0] for row in rows]

    def set_job_param(self, job_id: int, name: str, value: Any) -> None:
        """Set one of a job's parameters (``value`` JSON-serialisable; None removes it)."""
        with self._db.write() as tx:
            row = tx.execute("SELECT params FROM jobs WHERE id = ?", (job_id,)).fetchone()
            if row is None:
                raise KeyError(f"no job with id {job_id}")
            params = json.loads(row[0])
            if value is None:
                params.pop(name, None)
            else:
                params[name] = value
            tx.execute(
                "UPDATE jobs SET params = ? WHERE id = ?",
                (json.dumps(params, ensure_ascii=False, sort_keys=True), job_id),
            )

    def set_job_status(self, job_id: int, status: str) -> None:
        _check_status(status)
        with self._db.write() as tx:
            cursor = tx.execute(
                "UPDATE jobs SET status = ?, updated_at = ? WHERE id = ?", (status, to_iso(utc_now()), job_id)
            )
            if cursor.rowcount == 0:
                raise KeyError(f"no job with id {job_id}")

    def delete_job(self, job_id: int) -> bool:
        """Remove a job and its items; True if it existed. Stored results are kept."""
        with self._db.write() as tx:
            tx.execute("DELETE FROM job_items WHERE job_id = ?", (job_id,))
            return tx.execute("DELETE FROM jobs WHERE id = ?", (job_id,)).rowcount > 0


# -- helpers (called inside a write transaction; ``set_items_state`` also by ``Results.put_results``) ---------------


def _touch_job(tx: Transaction, job_id: int) -> None:
    tx.execute("UPDATE jobs SET updated_at = ? WHERE id = ?", (to_iso(utc_now()), job_id))


def set_items_state(
    tx: Transaction, job_id: int, rows: list[tuple[str, Any, str | None]], state: str
) -> None:
    """Set ``state`` (and the error) for existing items of the job; unknown keys are ignored."""
    if not rows:
        return
    tx.executemany(
        "UPDATE job_items SET state = ?, error_code = ?, error_message = ? WHERE job_id = ? AND key = ?",
        ((state, code, message, job_id, key) for key, code, message in rows),
    )
    _touch_job(tx, job_id)
