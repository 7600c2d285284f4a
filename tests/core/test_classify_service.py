"""Classification service against the sandbox over real HTTP: exact call counts, caching, rows, resume."""

from __future__ import annotations

import asyncio
import math
import random
from collections import Counter

import pytest

from ipdesk.api.models import parse_seic
from ipdesk.sandbox.demo import demo_patent_ids, demo_patent_numbers
from ipdesk.services.classify import (
    ENTERED,
    ClassifyJob,
    collect_rows,
    find_resumable_job,
    match_answers,
    plan_classification,
    recent_lists,
    rows_for,
    stored_list,
)
from ipdesk.services.patents import normalize_patent_list


def make_list(n_inputs: int, seed: int = 1) -> tuple[str, set[str], set[str], int]:
    """A messy list of ``n_inputs`` entries: demo numbers and ids, synthetic numbers the sandbox does not know
    (answered with no classification), ~10% duplicates and ~5% invalid lines, mixed separators.
    Returns (text, unique numbers, unique ids, invalid count)."""
    rng = random.Random(seed)
    pool_numbers = list(demo_patent_numbers())
    pool_ids = [i.lower() for i in demo_patent_ids()]
    entries: list[str] = []
    numbers: set[str] = set()
    ids: set[str] = set()
    invalid = 0
    synthetic = 0
    while len(entries) < n_inputs:
        r = rng.random()
        if r < 0.05:
            entries.append("\n" + rng.choice(["XX123456", "hello", "ZZ9", "CN-", "#?!"]) + "\n")
            invalid += 1
        elif r < 0.15 and entries and (numbers or ids):
            entries.append(rng.choice(sorted(numbers | ids)))
        elif r < 0.25 and len(ids) < len(pool_ids):
            key = pool_ids[len(ids)]
            ids.add(key)
            entries.append(key)
        elif r < 0.40 and len(numbers & set(pool_numbers)) < len(pool_numbers):
            key = next(k for k in pool_numbers if k not in numbers)
            numbers.add(key)
            entries.append(key)
        else:
            key = f"CN{300000000 + synthetic}A"
            synthetic += 1
            numbers.add(key)
            entries.append(key)
    seps = ["\n", ", ", "，", ";", "\t"]
    text = "".join(entry + rng.choice(seps) for entry in entries)
    return text, numbers, ids, invalid


def run(job: ClassifyJob, patents, **kw):
    return asyncio.run(job.run(patents.numbers, patents.ids, **kw))


def test_exact_calls_for_1000_inputs_then_zero_calls(sandbox, client, store):
    text, numbers, ids, invalid = make_list(1000)
    patents = normalize_patent_list(text)
    assert set(patents.numbers) == numbers and set(patents.ids) == ids
    assert len(patents.invalid) == invalid and patents.duplicates > 50
    expected = math.ceil(len(numbers) / 100) + math.ceil(len(ids) / 100)
    plan = plan_classification(store, patents.numbers, patents.ids, "en")
    assert plan.calls_needed == expected

    outcome = run(ClassifyJob(client, store), patents)
    assert sandbox.counts["P022"] == expected
    assert outcome.batch.calls == expected and outcome.fatal is None
    assert outcome.summary.failed == 0 and outcome.summary.pending == 0
    assert {r.input for r in outcome.rows} == numbers | ids  # a row for every valid input
    known = set(demo_patent_numbers())
    assert {r.input for r in outcome.rows if r.status == "not_found"} == numbers - known  # unknown to PatSnap
    # every key requested exactly once
    assert sum(sandbox.keys_served["P022"].values()) == len(sandbox.keys_served["P022"])

    sandbox.reset_counts()
    again = run(ClassifyJob(client, store), patents)
    assert sandbox.counts["P022"] == 0
    assert again.rows == outcome.rows
    assert plan_classification(store, patents.numbers, patents.ids, "en").calls_needed == 0


def test_languages_are_cached_apart(sandbox, client, store):
    patents = normalize_patent_list("\n".join(demo_patent_numbers()[:30]))
    en = run(ClassifyJob(client, store, lang="en"), patents)
    cn = run(ClassifyJob(client, store, lang="cn"), patents)
    assert sandbox.counts["P022"] == 2
    en_desc = {r.seic_lv1_desc for r in en.rows if r.status == "ok"}
    cn_desc = {r.seic_lv1_desc for r in cn.rows if r.status == "ok"}
    assert en_desc and cn_desc and en_desc.isdisjoint(cn_desc)


def test_refresh_fetches_again(sandbox, client, store):
    patents = normalize_patent_list("\n".join(demo_patent_numbers()[:150]))
    run(ClassifyJob(client, store), patents)
    run(ClassifyJob(client, store), patents, refresh=True)
    assert sandbox.counts["P022"] == 4


def test_rows_arrive_per_batch_and_progress_ends_complete(sandbox, client, store):
    patents = normalize_patent_list("\n".join(demo_patent_numbers()[:250]))
    batches, progress = [], []
    job = ClassifyJob(client, store, on_rows=batches.append, on_progress=progress.append, max_workers=2)
    outcome = run(job, patents)
    assert len(batches) == 3
    assert sum(len({r.input for r in b}) for b in batches) == 250
    assert progress[-1].remaining == 0 and progress[-1].done == 250 and progress[-1].total == 250
    assert [p.done for p in progress] == sorted(p.done for p in progress)
    assert len(outcome.rows) == sum(len(b) for b in batches)


def test_bad_batch_is_bisected_without_losing_results(sandbox, client, store):
    sandbox.configure(fail_next=[68300004], inject_ops={"P022"})
    patents = normalize_patent_list("\n".join(demo_patent_numbers()[:100]))
    outcome = run(ClassifyJob(client, store, max_workers=1), patents)
    assert (
        outcome.summary.failed == 0
        and outcome.summary.ok + outcome.summary.none + outcome.summary.not_found == 100
    )
    assert sandbox.counts["P022"] == 3  # the failed call, then two halves
    assert sum(sandbox.keys_served["P022"].values()) == len(sandbox.keys_served["P022"])


def test_a_batch_that_keeps_failing_becomes_per_item_failures(sandbox, client, store):
    sandbox.configure(fail_next=[68300004] * 40, inject_ops={"P022"})
    keys = demo_patent_numbers()[:200]
    patents = normalize_patent_list("\n".join(keys))
    outcome = run(ClassifyJob(client, store, max_workers=1), patents)
    # the first unit fails and its bisection budget runs out; the rest of the fail_next list then hits the next
    failed = [r for r in outcome.rows if r.status == "failed"]
    assert failed and all("68300004" in r.error for r in failed)
    assert outcome.summary.failed == len({r.input for r in failed})
    assert (
        outcome.summary.failed + outcome.summary.ok + outcome.summary.none + outcome.summary.not_found == 200
    )
    # retry: only the failed keys are fetched again, the stored ones are not
    sandbox.reset_counts()
    sandbox.configure(fail_next=[])
    again = asyncio.run(ClassifyJob(client, store).resume(outcome.job_id))
    assert (
        again.summary.failed == 0 and again.summary.ok + again.summary.none + again.summary.not_found == 200
    )
    assert sandbox.counts["P022"] == math.ceil(outcome.summary.failed / 100)


def test_quota_error_stops_and_keeps_finished_results(sandbox, client, store):
    sandbox.configure(latency_ms=20, fail_next=["ok", "ok", "ok", 67200005], inject_ops={"P022"})
    text = "\n".join(f"CN{400000000 + i}A" for i in range(2000))
    patents = normalize_patent_list(text)
    outcome = run(ClassifyJob(client, store, max_workers=2), patents)
    assert outcome.fatal is not None and outcome.fatal.code == 67200005
    done = outcome.batch.done
    assert 300 <= done < 2000
    assert store.results.count_results("P022") == done  # everything finished is kept
    calls_before = sandbox.counts["P022"]
    assert calls_before <= 4 + 2  # nothing new started after the quota error (units in flight may finish)
    assert store.jobs.job(outcome.job_id).pending == 2000 - done

    sandbox.configure(latency_ms=0)
    job = ClassifyJob(client, store)
    assert find_resumable_job(store, patents.numbers, "en") == outcome.job_id
    resumed = run(job, patents)
    assert resumed.job_id == outcome.job_id and resumed.summary.not_found == 2000
    assert sandbox.counts["P022"] - calls_before == math.ceil((2000 - done) / 100)
    requested = Counter(
        k for e in sandbox.requests_log if e["op"] == "P022" for k in e["query"]["patent_number"].split(",")
    )
    assert set(requested) == set(patents.numbers)
    assert (
        sorted(requested.values()).count(2) == 100
    )  # only the keys of the call refused for quota, once more


def test_cancel_keeps_results_and_resume_fetches_nothing_twice(sandbox, client, store):
    sandbox.configure(latency_ms=50)
    keys = demo_patent_numbers()[:300] + [f"US{70000000 + i}B2" for i in range(700)]
    patents = normalize_patent_list("\n".join(keys))

    async def cancel_midway():
        job = ClassifyJob(client, store, max_workers=2)
        task = asyncio.ensure_future(job.run(patents.numbers, patents.ids))
        while store.results.count_results("P022") < 300:
            await asyncio.sleep(0.01)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        return job.job_id

    job_id = asyncio.run(cancel_midway())
    record = store.jobs.job(job_id)
    assert 0 < record.pending < 1000 and record.status == "cancelled"
    assert record.done == store.results.count_results("P022")
    sandbox.configure(latency_ms=0)
    outcome = run(ClassifyJob(client, store), patents)
    assert outcome.job_id == job_id and outcome.summary.pending == 0
    assert sandbox.counts["P022"] == 10  # 1000 keys: the cancelled run and the resumed one together
    served = sandbox.keys_served["P022"]
    assert len(served) == 300 and max(served.values()) == 1


def test_match_answers_by_number_id_and_missing():
    data = parse_seic(
        [
            {
                "pn": "US 9,800,501 B2",
                "patent_id": "abc",
                "seic_classification": [
                    {
                        "seic_lv1": {"seic_no": "1", "seic_desc": "a"},
                        "seic_lv2": {"seic_no": "1.2", "seic_desc": "b"},
                    }
                ],
            },
            {"pn": "CN110650438A", "patent_id": "x", "seic_classification": []},
            {"pn": "EP1234567B1", "seic_classification": [{"seic_lv1": {"seic_no": "2", "seic_desc": "c"}}]},
        ]
    )
    answers = match_answers(
        "patent_number", ["US9800501B2", "CN110650438A", "EP1234567", "JP2000123456A"], data
    )
    assert answers["US9800501B2"]["patent_id"] == "abc"
    assert answers["CN110650438A"]["seic_classification"] == []
    assert answers["EP1234567"]["pn"] == "EP1234567B1"  # kind code added by the service
    assert answers["JP2000123456A"] is None  # absent: no SEIC classification
    uid = "1E099A74-4378-4B84-9D13-F1B4ED5CB59B"
    by_id = match_answers("patent_id", [uid], parse_seic([{"pn": "CN1", "patent_id": uid.lower()}]))
    assert by_id[uid]["patent_id"] == uid.lower()


def test_rows_one_per_classification():
    payload = {
        "pn": "CN1A",
        "patent_id": "p",
        "seic_classification": [
            {"seic_lv1": {"seic_no": 1, "seic_desc": "a"}, "seic_lv2": {"seic_no": 1.1, "seic_desc": "b"}},
            {
                "seic_lv1": {"seic_no": "2", "seic_desc": "c"},
                "seic_lv2": {"seic_no": "2.3", "seic_desc": "d"},
            },
        ],
    }
    rows = rows_for("CN1A", payload)
    assert [(r.seic_lv1_no, r.seic_lv2_no, r.status) for r in rows] == [
        ("1", "1.1", "ok"),
        ("2", "2.3", "ok"),
    ]
    assert [r.status for r in rows_for("CN2A", None)] == ["not_found"]  # no entry in the answer
    (none_row,) = rows_for("CN3A", {"pn": "CN3A", "seic_classification": []})
    assert none_row.status == "none" and none_row.patent_number == "CN3A"


def test_collect_rows_marks_unfetched(store):
    rows, summary, _ = collect_rows(store, ["CN1A"], "en")
    assert rows[0].status == "failed" and summary.pending == 1


def test_a_stored_list_comes_back_from_the_store_alone(sandbox, client, store):
    """``stored_list``: the rows of a job as typed, from the store with no client; ``recent_lists`` names them."""
    typed = [demo_patent_numbers()[0].lower(), demo_patent_numbers()[1], "CN300000001A"]
    patents = normalize_patent_list("\n".join(typed))
    outcome = run(ClassifyJob(client, store, raw_text=patents.raw_text), patents)
    other = normalize_patent_list(demo_patent_numbers()[2])
    run(ClassifyJob(client, store, lang="cn", raw_text=other.raw_text), other)
    calls = sandbox.counts["P022"]

    stored = stored_list(store, outcome.job_id, "en")
    assert stored.entries == typed and stored.keys == patents.numbers and stored.lang == "en"
    assert stored.rows == outcome.rows  # the same rows, the entries as typed in the input column
    assert stored.rows[0].input == typed[0] and stored.failed_rows == []
    assert [r.status for r in stored.rows if r.key == "CN300000001A"] == ["not_found"]
    assert stored_list(store, 10_000) is None
    lists = recent_lists(store)
    assert [(item.first, item.count, item.lang) for item in lists] == [
        (demo_patent_numbers()[2], 1, "cn"),
        (typed[0], 3, "en"),
    ]
    assert sandbox.counts["P022"] == calls  # nothing was fetched


def test_a_stored_list_reopens_as_entered_with_its_invalid_and_duplicate_lines(sandbox, client, store):
    """The list as entered goes with its job (``ENTERED``, compact): parsed again it gives the same counts, the
    same invalid and duplicate lines with their reasons; a list entered one entry per line keeps nothing more,
    and a job recorded before (no such parameter) reopens with its entries."""
    numbers = demo_patent_numbers()[:300]
    lines = [*numbers[:100], "", numbers[5], "not a patent!", f" {numbers[100]} ; {numbers[101].lower()}"]
    lines += [*numbers[102:], demo_patent_ids()[0], numbers[7]]
    text = "\n".join(lines)
    patents = normalize_patent_list(text)
    assert patents.duplicates == 2 and len(patents.invalid) == 1
    outcome = run(ClassifyJob(client, store, raw_text=patents.raw_text, entered=text), patents)
    record = store.jobs.job(outcome.job_id)
    assert len(record.params[ENTERED]) < 400  # a few lines kept whole, the rest counted

    stored = stored_list(store, outcome.job_id, "en")
    assert stored.text == text
    again = normalize_patent_list(stored.text)
    assert (again.unique, again.duplicates) == (patents.unique, patents.duplicates)

    def lines_of(entries):
        return [(e.raw, e.line, e.kind, e.why.text("zh")) for e in entries]

    assert lines_of(again.left_out()) == lines_of(patents.left_out())

    clean = normalize_patent_list("\n".join(numbers[:3]))
    plain = run(ClassifyJob(client, store, entered="\n".join(numbers[:3])), clean)
    assert ENTERED not in store.jobs.job(plain.job_id).params
    assert stored_list(store, plain.job_id).text == "\n".join(numbers[:3])

    # an unfinished job for the same keys, entered again with another repeated line and in lower case: resumed,
    # it keeps the list as entered this time
    three = numbers[200:203]
    unfinished = ClassifyJob(client, store, entered="\n".join(three)).create_job(three)
    retyped = "\n".join([three[0].lower(), three[1], three[0], three[2]])
    patents = normalize_patent_list(retyped)
    resumed = run(ClassifyJob(client, store, raw_text=patents.raw_text, entered=retyped), patents)
    assert resumed.job_id == unfinished and stored_list(store, unfinished).text == retyped

    earlier = store.jobs.create_job(
        "classify", {"lang": "en"}, record_keys := store.jobs.job_keys(outcome.job_id)
    )
    old = stored_list(store, earlier, "en")  # a job recorded before the list as entered was kept
    assert old.text == "\n".join(record_keys) and normalize_patent_list(old.text).duplicates == 0
