"""Benchmark: classify 10,000 inputs against the sandbox at 200 ms latency and QPS 10.

Prints the P022 calls made against ceil(unique/100) (target: equal) and the wall time against the bound
calls/QPS (target: at most 1.15 times), then runs the same list the way a plain script would (chunks of 100 of
the list as given, one call after another, no cache) and prints the ratio.
"""

from __future__ import annotations

import asyncio
import math
import signal
import subprocess
import sys
import time

import pytest

from benchmarks.inputs import benchmark_inputs, valid_by_kind
from ipdesk.api.client import CallRecord, PatSnapClient
from ipdesk.api.config import ClientConfig
from ipdesk.api.ratelimit import RateLimiter
from ipdesk.services.classify import ClassifyJob
from ipdesk.services.patents import normalize_patent_list
from ipdesk.services.store import Store

N_INPUTS = 10_000
LATENCY_MS = 200
QPS = 10


@pytest.fixture
def sandbox_process():
    """The sandbox in its own process (`ipdesk sandbox`), so that its timing does not share our GIL."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "ipdesk", "sandbox", "--latency-ms", str(LATENCY_MS), "--qps", str(QPS)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        yield proc.stdout.readline().split()[-1]
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=10)


class Calls:
    def __init__(self) -> None:
        self.records: list[CallRecord] = []

    def __call__(self, record: CallRecord) -> None:
        self.records.append(record)

    def count(self, op: str = "P022") -> int:
        return sum(1 for r in self.records if r.operation == op)


@pytest.mark.benchmark
def test_bench_classify_10000(sandbox_process, demo_credentials, data_dir, bench_report):
    base_url = sandbox_process
    lines = benchmark_inputs(N_INPUTS)
    patents = normalize_patent_list("\n".join(lines))
    expected_calls = math.ceil(len(patents.numbers) / 100) + math.ceil(len(patents.ids) / 100)

    limiter = RateLimiter(rate=QPS)  # the account's QPS as configured; the limiter keeps its own margin
    calls_seen = Calls()
    config = ClientConfig(base_url=base_url)
    client = PatSnapClient(config, demo_credentials, limiter=limiter, on_call=calls_seen)
    with Store(data_dir / "bench.sqlite3") as store:
        started = time.perf_counter()
        outcome = asyncio.run(ClassifyJob(client, store).run(patents.numbers, patents.ids))
        wall = time.perf_counter() - started
    client.close()
    calls = calls_seen.count()
    bound = calls / QPS
    bench_report(
        f"classify {N_INPUTS} inputs: {patents.unique} unique ({len(patents.numbers)} numbers, "
        f"{len(patents.ids)} ids), {patents.duplicates} duplicates, {len(patents.invalid)} invalid"
    )
    bench_report(f"limiter: {QPS:.2f}/s, rate-limit refusals: {limiter.rate_limited_count}")
    charged = calls - limiter.rate_limited_count  # a 67200002 answer carries no result and is not charged
    bench_report(
        f"P022 calls answered: {charged}  ceil(unique/100) per kind: {expected_calls}  "
        f"(+{limiter.rate_limited_count} refused by the QPS limit and retried, not charged)"
    )
    bench_report(
        f"wall time: {wall:.2f} s  bound calls/QPS: {bound:.2f} s  ratio: {wall / bound:.3f} (target <= 1.15)"
    )
    assert outcome.summary.failed == 0 and outcome.summary.pending == 0 and outcome.fatal is None
    assert charged == expected_calls

    # the same job as a plain script: the list as given (duplicates included, invalid lines dropped so the
    # calls do not fail), chunks of 100, one call after another, nothing cached
    valid = valid_by_kind(lines)
    plain_seen = Calls()
    plain = PatSnapClient(config, demo_credentials, limiter=RateLimiter(rate=QPS), on_call=plain_seen)
    started = time.perf_counter()
    for by, keys in valid.items():
        for start in range(0, len(keys), 100):
            plain.seic_classification(keys[start : start + 100], by=by)
    plain_wall = time.perf_counter() - started
    plain.close()
    plain_calls = plain_seen.count()
    bench_report(
        f"plain script: {plain_calls} calls, {plain_wall:.2f} s; IP Desk is {plain_wall / wall:.2f}x faster "
        f"and makes {plain_calls - calls} fewer calls"
    )
    # allowance: the token fetch and the last call's latency (0.4 s) are not in calls/QPS
    assert wall <= 1.15 * bound + 2 * LATENCY_MS / 1000, "wall time above the target"
