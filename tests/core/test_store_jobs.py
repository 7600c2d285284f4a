"""Batch jobs: life cycle, resume after a close or a kill, retry of failures, 10,000-key speed."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
import time

import pytest

from ipdesk.services.store import Store
from ipdesk.services.store.jobs import JOB_STATUSES


def test_job_lifecycle(store):
    keys = ["US1", "US2", "US3", "US2", "US4", "US5"]
    job_id = store.jobs.create_job("classify", {"lang": "en", "refresh": False}, keys)
    job = store.jobs.job(job_id)
    assert (job.kind, job.params, job.status) == ("classify", {"lang": "en", "refresh": False}, "pending")
    assert (job.total, job.done, job.failed, job.pending) == (5, 0, 0, 5)  # the duplicate is dropped
    assert store.jobs.job_keys(job_id) == ["US1", "US2", "US3", "US4", "US5"]

    store.jobs.set_job_status(job_id, "running")
    store.jobs.mark_done(job_id, ["US1", "US3"])
    store.jobs.mark_failed(
        job_id, {"US4": (68300004, "parameter error"), "US2": ("transport", "connection reset")}
    )
    job = store.jobs.job(job_id)
    assert (job.status, job.done, job.failed, job.pending) == ("running", 2, 2, 1)
    assert job.updated_at >= job.created_at
    assert store.jobs.pending_keys(job_id) == ["US5"]
    assert store.jobs.done_keys(job_id) == ["US1", "US3"]
    assert store.jobs.failed_items(job_id) == {
        "US2": ("transport", "connection reset"),
        "US4": (68300004, "parameter error"),
    }

    assert store.jobs.reset_failed(job_id) == ["US2", "US4"]
    assert store.jobs.failed_items(job_id) == {}
    assert store.jobs.pending_keys(job_id) == ["US2", "US4", "US5"]
    store.jobs.mark_done(job_id, ["US2", "US4", "US5", "NOT-IN-JOB"])  # unknown keys are ignored
    store.jobs.set_job_status(job_id, "done")
    job = store.jobs.job(job_id)
    assert (job.status, job.done, job.failed, job.total) == ("done", 5, 0, 5)
    assert store.jobs.reset_failed(job_id) == []


def test_failed_then_done_clears_the_error(store):
    job_id = store.jobs.create_job("risk", {}, ["A"])
    store.jobs.mark_failed(job_id, {"A": (68300012, "company not found")})
    store.jobs.mark_done(job_id, ["A"])
    assert store.jobs.failed_items(job_id) == {}
    assert store.jobs.job(job_id).done == 1


def test_statuses_list_and_delete(store):
    a = store.jobs.create_job("classify", {}, ["x"])
    b = store.jobs.create_job("backfill", {"n": 24}, [])
    c = store.jobs.create_job("classify", {}, ["y", "z"])
    store.jobs.set_job_status(a, "paused")
    assert [j.id for j in store.jobs.list_jobs()] == [c, b, a]
    assert [j.id for j in store.jobs.list_jobs(kind="classify")] == [c, a]
    assert [j.id for j in store.jobs.list_jobs(status="paused")] == [a]
    assert [j.id for j in store.jobs.list_jobs(status="pending", kind="classify")] == [c]
    assert store.jobs.job(b).total == 0
    with pytest.raises(ValueError, match="unknown job status"):
        store.jobs.set_job_status(a, "exploded")
    with pytest.raises(KeyError):
        store.jobs.set_job_status(9999, "done")
    for status in JOB_STATUSES:
        store.jobs.set_job_status(a, status)
        assert store.jobs.job(a).status == status
    assert store.jobs.delete_job(c) is True
    assert store.jobs.delete_job(c) is False
    assert store.jobs.job(c) is None
    assert store.jobs.pending_keys(c) == []


def test_results_and_done_marks_in_one_transaction(store):
    job_id = store.jobs.create_job("classify", {"lang": "en"}, ["US1", "US2", "US3"])
    store.results.put_results("P022", {"US1": [], "US2": [{"pn": "US2"}]}, "en", "default", job_id=job_id)
    assert store.jobs.pending_keys(job_id) == ["US3"]
    assert set(store.results.get_results("P022", ["US1", "US2", "US3"], "en")) == {"US1", "US2"}


def test_resume_after_close_without_marking(tmp_path):
    path = tmp_path / "db.sqlite3"
    keys = [f"K{i}" for i in range(100)]
    store = Store(path)
    job_id = store.jobs.create_job("classify", {}, keys)
    store.jobs.set_job_status(job_id, "running")
    store.jobs.mark_done(job_id, keys[:40])
    store.jobs.mark_failed(job_id, {"K50": (67200100, "busy")})
    store.close()
    with Store(path) as again:
        assert again.jobs.pending_keys(job_id) == keys[40:50] + keys[51:]
        assert again.jobs.job(job_id).status == "running"  # the runner decides what a stale "running" means
        assert list(again.jobs.failed_items(job_id)) == ["K50"]


def test_resume_after_the_process_is_killed(tmp_path):
    """A process marks some keys done and is killed with SIGKILL: the marks it made survive, nothing else."""
    path = tmp_path / "db.sqlite3"
    script = textwrap.dedent(
        f"""
        import os, signal
        from ipdesk.services.store import Store
        store = Store({str(path)!r})
        job = store.jobs.create_job("classify", {{"lang": "en"}}, [f"K{{i}}" for i in range(1000)])
        for start in range(0, 600, 100):
            batch = [f"K{{i}}" for i in range(start, start + 100)]
            store.results.put_results("P022", {{k: {{"pn": k}} for k in batch}}, "en", job_id=job)
        print(job, flush=True)
        os.kill(os.getpid(), {int(getattr(signal, "SIGKILL", signal.SIGTERM))})
        """
    )
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    if sys.platform != "win32":
        assert proc.returncode == -signal.SIGKILL, proc.stderr
    job_id = int(proc.stdout.strip())
    with Store(path) as store:
        assert store.jobs.pending_keys(job_id) == [f"K{i}" for i in range(600, 1000)]
        assert len(store.results.get_results("P022", [f"K{i}" for i in range(1000)], "en")) == 600
        assert store.jobs.job(job_id).done == 600


def test_ten_thousand_keys_fast(store):
    keys = [f"CN{n:09d}A" for n in range(10_000)]
    started = time.perf_counter()
    job_id = store.jobs.create_job("classify", {"lang": "en"}, keys)
    created = time.perf_counter()
    for start in range(0, 9_000, 100):  # as the runner does: one transaction per batch of 100
        store.jobs.mark_done(job_id, keys[start : start + 100])
    store.jobs.mark_failed(job_id, {k: (68300004, "bad") for k in keys[9_000:9_500]})
    pending = store.jobs.pending_keys(job_id)
    job = store.jobs.job(job_id)
    elapsed = time.perf_counter() - started
    print(f"\n10,000-key job: create {created - started:.3f}s, create+91 marks+queries {elapsed:.3f}s")
    assert pending == keys[9_500:]
    assert (job.total, job.done, job.failed) == (10_000, 9_000, 500)
    assert elapsed < 1.0
