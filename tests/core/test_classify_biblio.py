"""Classification with bibliography (P022 + P011 in one run) against the sandbox over real HTTP: exact call counts
of both operations, the rows' bibliography, not_found against none, resume and the stored list."""

from __future__ import annotations

import asyncio
import math

import pytest

from ipdesk.sandbox.demo import demo_bibliography_only, demo_patent_ids, demo_patent_numbers
from ipdesk.services.classify import (
    ClassifyJob,
    export_columns,
    find_resumable_job,
    plan_classification,
    stored_list,
)
from ipdesk.services.patents import normalize_patent_list


def run(job: ClassifyJob, patents, **kw):
    return asyncio.run(job.run(patents.numbers, patents.ids, **kw))


def test_250_numbers_take_3_calls_of_each_operation_then_none(sandbox, client, store):
    keys = demo_patent_numbers()[:250]
    patents = normalize_patent_list("\n".join(keys))
    plan = plan_classification(store, patents.numbers, patents.ids, "en", with_biblio=True)
    assert (plan.seic_calls, plan.biblio_calls, plan.calls_needed) == (3, 3, 6)
    assert plan_classification(store, patents.numbers, patents.ids, "en").calls_needed == 3

    batches, progress = [], []
    job = ClassifyJob(client, store, with_biblio=True, on_rows=batches.append, on_progress=progress.append)
    outcome = run(job, patents)
    assert sandbox.counts["P022"] == 3 and sandbox.counts["P011"] == 3 and outcome.batch.calls == 6
    assert outcome.summary.failed == 0 and outcome.summary.pending == 0
    assert store.jobs.job(outcome.job_id).status == "done" and store.jobs.job(outcome.job_id).done == 250
    assert max(sandbox.keys_served["P011"].values()) == 1 and len(sandbox.keys_served["P011"]) == 250
    # every key's rows handed over once, complete with their bibliography; progress counts patents
    streamed = [row for batch in batches for row in batch]
    assert sorted(streamed) == sorted(outcome.rows)
    assert progress[-1].total == 250 and progress[-1].done == 250 and progress[-1].remaining == 0
    assert [p.done for p in progress] == sorted(p.done for p in progress)

    rows = outcome.rows
    assert all(r.title and r.assignee and r.patent_type for r in rows)
    assert all(len(r.application_date) == 10 and r.application_date < r.publication_date for r in rows)
    [sample] = [r for r in rows if r.input == "CN110650438A"]
    assert sample.title.startswith("Beam management") and sample.application_date == "2019-08-27"
    assert set(export_columns(True)) - set(sample.as_dict(export_columns(True))) == set()

    sandbox.reset_counts()
    again = run(ClassifyJob(client, store, with_biblio=True), patents)
    assert sandbox.counts["P022"] == 0 and sandbox.counts["P011"] == 0
    assert again.rows == rows
    assert plan_classification(store, patents.numbers, patents.ids, "en", with_biblio=True).calls_needed == 0


def test_chinese_titles_and_only_the_missing_operation_is_called(sandbox, client, store):
    keys = demo_patent_numbers()[:120]
    patents = normalize_patent_list("\n".join(keys))
    run(ClassifyJob(client, store, lang="cn"), patents)  # P022 first, without bibliography
    plan = plan_classification(store, patents.numbers, patents.ids, "cn", with_biblio=True)
    assert (plan.seic_calls, plan.biblio_calls, len(plan.cached)) == (0, 2, 0)
    sandbox.reset_counts()
    outcome = run(ClassifyJob(client, store, lang="cn", with_biblio=True), patents)
    assert sandbox.counts["P022"] == 0 and sandbox.counts["P011"] == 2
    by_input = {r.input: r for r in outcome.rows}
    assert by_input["CN110650438A"].title == "一种毫米波通信系统中的波束管理方法及装置"
    us = next(k for k in keys if k.startswith("US"))
    assert by_input[us].title.isascii() and by_input[us].title  # no Chinese title: the English one


def test_not_found_only_when_neither_operation_knows_the_patent(sandbox, client, store):
    p011_only = demo_bibliography_only()
    unknown = "CN999999991A"
    patents = normalize_patent_list("\n".join([demo_patent_numbers()[0], *p011_only, unknown]))
    outcome = run(ClassifyJob(client, store, with_biblio=True), patents)
    by_input = {r.input: r for r in outcome.rows}
    assert by_input[unknown].status == "not_found" and by_input[unknown].title == ""
    for key in p011_only:
        row = by_input[key]
        assert row.status == "none" and row.patent_id and row.title, row  # a known patent without SEIC class
    assert by_input["CN306123456S"].patent_type == "design"
    summary = outcome.summary
    assert summary.not_found == 1 and summary.none >= len(p011_only) and summary.patents == len(p011_only) + 2
    # without bibliography the same answers read as P022 alone tells them: not found
    plain = run(ClassifyJob(client, store), patents)
    assert {r.input for r in plain.rows if r.status == "not_found"} == {unknown, *p011_only}


def test_ids_and_the_stored_list_carry_the_bibliography(sandbox, client, store):
    ids = demo_patent_ids()[:30]
    patents = normalize_patent_list("\n".join(ids))
    outcome = run(ClassifyJob(client, store, with_biblio=True), patents)
    assert sandbox.counts["P011"] == 1 and all(e["query"].get("patent_id") for e in sandbox.requests_log[-2:])
    assert all(r.title and r.patent_number for r in outcome.rows)
    record = store.jobs.job(outcome.job_id)
    assert record.params["with_biblio"] is True
    listed = stored_list(store, outcome.job_id)
    assert listed.with_biblio and listed.rows == outcome.rows
    plain = run(ClassifyJob(client, store), patents)  # the same list without bibliography: a job of its own
    assert plain.job_id != outcome.job_id and not stored_list(store, plain.job_id).with_biblio
    assert all(r.title == "" for r in stored_list(store, plain.job_id).rows)


def test_a_failed_bibliography_call_fails_its_keys_and_the_retry_calls_p011_only(sandbox, client, store):
    sandbox.configure(fail_next=[68300008] * 8, inject_ops={"P011"})  # retried until the retries run out
    keys = demo_patent_numbers()[:150]
    patents = normalize_patent_list("\n".join(keys))
    outcome = run(ClassifyJob(client, store, with_biblio=True, max_workers=1), patents)
    failed = {r.input for r in outcome.rows if r.status == "failed"}
    assert failed and outcome.summary.failed == len(failed)
    assert store.jobs.job(outcome.job_id).failed == len(failed)
    assert store.results.count_results("P022") == 150  # the P022 answers are kept
    sandbox.reset_counts()
    sandbox.configure(fail_next=[])
    again = asyncio.run(
        ClassifyJob(client, store).resume(outcome.job_id)
    )  # the record says: with bibliography
    assert again.summary.failed == 0 and all(r.title for r in again.rows)
    assert sandbox.counts["P022"] == 0 and sandbox.counts["P011"] == math.ceil(len(failed) / 100)


def test_cancel_then_resume_fetches_nothing_twice(sandbox, client, store):
    sandbox.configure(latency_ms=40)
    keys = demo_patent_numbers()[:300] + [f"US{70000000 + i}B2" for i in range(500)]
    patents = normalize_patent_list("\n".join(keys))

    async def cancel_midway():
        job = ClassifyJob(client, store, max_workers=2, with_biblio=True)
        task = asyncio.ensure_future(job.run(patents.numbers, patents.ids))
        while store.results.count_results("P011") < 200:
            await asyncio.sleep(0.01)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        return job.job_id

    job_id = asyncio.run(cancel_midway())
    record = store.jobs.job(job_id)
    assert record.status == "cancelled" and 0 < record.pending < 800
    assert find_resumable_job(store, patents.numbers, "en", with_biblio=True) == job_id
    assert find_resumable_job(store, patents.numbers, "en") is None  # a list without bibliography is another
    sandbox.configure(latency_ms=0)
    outcome = run(ClassifyJob(client, store, with_biblio=True), patents)
    assert outcome.job_id == job_id and outcome.summary.pending == 0 and outcome.summary.failed == 0
    assert sandbox.counts["P022"] == 8 and sandbox.counts["P011"] == 8  # both runs together
    for op in ("P022", "P011"):
        assert max(sandbox.keys_served[op].values()) == 1
