"""Benchmark: classify 10,000 inputs with bibliography (P022 + P011) against the sandbox at 200 ms latency and
QPS 10.

Prints the calls made against 2 x ceil(unique/100) per kind (target: equal) and the wall time against the bound
calls/QPS (target: at most 1.15 times), then runs the same list the way a plain script would (chunks of 100 of the
list as given, P022 then P011, one call after another, no cache) and prints the ratio.
"""

from __future__ import annotations

import asyncio
import math
import time

import pytest

from benchmarks.inputs import benchmark_inputs, valid_by_kind
from benchmarks.test_bench_classify import LATENCY_MS, N_INPUTS, QPS, Calls, sandbox_process  # noqa: F401
from ipdesk.api.client import PatSnapClient
from ipdesk.api.config import ClientConfig
from ipdesk.api.ratelimit import RateLimiter
from ipdesk.services.classify import ClassifyJob
from ipdesk.services.patents import normalize_patent_list
from ipdesk.services.store import Store


@pytest.mark.benchmark
def test_bench_classify_with_biblio_10000(sandbox_process, demo_credentials, data_dir, bench_report):  # noqa: F811
    base_url = sandbox_process
    lines = benchmark_inputs(N_INPUTS)
    patents = normalize_patent_list("\n".join(lines))
    per_operation = math.ceil(len(patents.numbers) / 100) + math.ceil(len(patents.ids) / 100)
    expected_calls = 2 * per_operation

    limiter = RateLimiter(rate=QPS)
    seen = Calls()
    config = ClientConfig(base_url=base_url)
    client = PatSnapClient(config, demo_credentials, limiter=limiter, on_call=seen)
    with Store(data_dir / "bench.sqlite3") as store:
        started = time.perf_counter()
        job = ClassifyJob(client, store, with_biblio=True)
        outcome = asyncio.run(job.run(patents.numbers, patents.ids))
        wall = time.perf_counter() - started
    client.close()
    calls = seen.count("P022") + seen.count("P011")
    charged = calls - limiter.rate_limited_count  # a 67200002 answer carries no result and is not charged
    bound = calls / QPS
    bench_report(
        f"classify with bibliography {N_INPUTS} inputs: {patents.unique} unique ({len(patents.numbers)} numbers, "
        f"{len(patents.ids)} ids), {patents.duplicates} duplicates, {len(patents.invalid)} invalid"
    )
    bench_report(
        f"calls answered: {charged} (P022 {seen.count('P022')}, P011 {seen.count('P011')})  "
        f"2 x ceil(unique/100) per kind: {expected_calls}  (+{limiter.rate_limited_count} refused by the QPS "
        f"limit and retried, not charged)"
    )
    bench_report(
        f"wall time: {wall:.2f} s  bound calls/QPS: {bound:.2f} s  ratio: {wall / bound:.3f} (target <= 1.15)"
    )
    assert outcome.summary.failed == 0 and outcome.summary.pending == 0 and outcome.fatal is None
    assert all(r.title for r in outcome.rows if r.status != "not_found")
    assert charged == expected_calls

    # the same work as a plain script: the list as given (duplicates included, invalid lines dropped), chunks of
    # 100, P022 then P011 for each, one call after another, nothing cached
    valid = valid_by_kind(lines)
    plain_seen = Calls()
    plain = PatSnapClient(config, demo_credentials, limiter=RateLimiter(rate=QPS), on_call=plain_seen)
    started = time.perf_counter()
    for by, keys in valid.items():
        for start in range(0, len(keys), 100):
            plain.seic_classification(keys[start : start + 100], by=by)
            plain.simple_bibliography(keys[start : start + 100], by=by)
    plain_wall = time.perf_counter() - started
    plain.close()
    plain_calls = plain_seen.count("P022") + plain_seen.count("P011")
    bench_report(
        f"plain script: {plain_calls} calls, {plain_wall:.2f} s; IP Desk is {plain_wall / wall:.2f}x faster "
        f"and makes {plain_calls - calls} fewer calls"
    )
    # allowance: the token fetch and the last call's latency (0.4 s) are not in calls/QPS
    assert wall <= 1.15 * bound + 2 * LATENCY_MS / 1000, "wall time above the target"
