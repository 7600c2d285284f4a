"""Results cache: round trips, variants, chunked look-ups, freshness, concurrent writers."""

from __future__ import annotations

import threading
from datetime import UTC, datetime

import pytest


def test_round_trip_keeps_json_and_metadata(store):
    payload = [{"pn": "CN110650438A", "classifications": [{"seic_no": 1.1, "desc": "新一代信息技术"}]}]
    when = datetime(2025, 3, 2, 8, 30, tzinfo=UTC)
    store.results.put_result("P022", "CN110650438A", payload, "cn", "work", fetched_at=when)
    got = store.results.get_result("P022", "CN110650438A", "cn")
    assert got.payload == payload
    assert (got.op, got.key, got.variant, got.profile, got.fetched_at) == (
        "P022",
        "CN110650438A",
        "cn",
        "work",
        when,
    )
    assert store.results.get_result("P022", "CN110650438A", "en") is None
    assert store.results.get_result("P022", "CN110650438B", "cn") is None


def test_null_payload_is_stored_not_missing(store):
    store.results.put_result("P022", "US1", None, "en")
    got = store.results.get_result("P022", "US1", "en")
    assert got is not None and got.payload is None


def test_replace_and_fetched_at_defaults_to_now_utc(store):
    store.results.put_result("P073", "US1", {"v": 1}, "EN")
    store.results.put_result("P073", "US1", {"v": 2}, "EN")
    got = store.results.get_result("P073", "US1", "EN")
    assert got.payload == {"v": 2}
    assert got.fetched_at.tzinfo is not None
    assert abs((datetime.now(UTC) - got.fetched_at).total_seconds()) < 60
    assert store.results.count_results("P073") == 1


def test_variants_and_history(store):
    for lang in ("EN", "CN", "JP"):
        store.results.put_result("P073", "US9800501B2", {"lang": lang}, lang)
    assert store.results.variants("P073", "US9800501B2") == ["CN", "EN", "JP"]
    key = "credit_code:91110108551385082Q"
    for day in ("20250316", "20250301", "20250401"):
        store.results.put_result("C028", key, {"date": day}, day)
    assert [r.variant for r in store.results.results_for_key("C028", key)] == [
        "20250301",
        "20250316",
        "20250401",
    ]
    assert store.results.variants("C028", "credit_code:unknown") == []


def test_get_results_chunks_large_key_lists(store):
    keys = [f"US{n:08d}B2" for n in range(2500)]
    stored = store.results.put_results("P022", {k: {"pn": k} for k in keys[::2]}, "en", "default")
    assert stored == 1250
    found = store.results.get_results("P022", keys + keys[:10], "en")  # duplicates in the request are fine
    assert set(found) == set(keys[::2])
    assert found[keys[0]].payload == {"pn": keys[0]}
    assert store.results.get_results("P022", keys, "cn") == {}
    assert store.results.get_results("P022", [], "en") == {}


def test_put_results_accepts_pairs_and_refuses_a_bad_batch_whole(store):
    with pytest.raises(TypeError):  # second payload is not JSON: nothing of the batch is kept
        store.results.put_results("P022", [("A", {"ok": 1}), ("B", object())], "en")
    assert store.results.get_result("P022", "A", "en") is None
    store.results.put_results("P022", [("A", 1), ("B", 2)], "en")
    assert {k: r.payload for k, r in store.results.get_results("P022", ["A", "B"], "en").items()} == {
        "A": 1,
        "B": 2,
    }


def test_unknown_operation_is_refused(store):
    with pytest.raises(ValueError, match="unknown operation"):
        store.results.put_result("P999", "x", {})
    with pytest.raises(ValueError):
        store.results.get_result("p022", "x")


def test_risk_freshness_follows_release_dates(store):
    key = "credit_code:91110108551385082Q"
    fetched = datetime(2025, 3, 2, 9, tzinfo=UTC)
    store.results.put_result("C029", key, {"g": 1}, fetched_at=fetched)
    store.results.put_result("C027", key, {"c": 1}, fetched_at=fetched)
    store.results.put_result("C028", key, {"c": 0}, "20250301", fetched_at=fetched)
    store.results.put_result("P022", "US1", [], "en", fetched_at=datetime(2000, 1, 1, tzinfo=UTC))
    before = datetime(2025, 3, 15, 23, tzinfo=UTC)
    after = datetime(2025, 3, 16, 0, 30, tzinfo=UTC)
    for op in ("C027", "C029"):
        assert store.results.get_result(op, key).is_fresh(before)
        assert not store.results.get_result(op, key).is_fresh(after)
        assert store.results.get_result(op, key, fresh_only=True, now=before) is not None
        assert store.results.get_result(op, key, fresh_only=True, now=after) is None
        assert store.results.get_results(op, [key], fresh_only=True, now=after) == {}
        assert set(store.results.get_results(op, [key], fresh_only=True, now=before)) == {key}
    # snapshots of a past date and patent data never expire
    assert store.results.get_result(
        "C028", key, "20250301", fresh_only=True, now=datetime(2030, 1, 1, tzinfo=UTC)
    )
    assert store.results.get_result("P022", "US1", "en", fresh_only=True)


def test_delete_results(store):
    store.results.put_results("P022", {"A": 1, "B": 2}, "en")
    store.results.put_result("C027", "credit_code:X", {})
    assert store.results.delete_results("P022", "A") == 1
    assert store.results.delete_results("P022") == 1
    assert store.results.count_results() == 1
    assert store.results.delete_results() == 1


def test_concurrent_writers_and_readers(store):
    """Several worker threads commit results while another thread reads: every result is there."""
    threads_n, per_thread = 8, 150
    errors: list[BaseException] = []
    start = threading.Barrier(threads_n + 1)

    def writer(t: int) -> None:
        try:
            start.wait()
            for i in range(per_thread):
                if i % 3 == 0:
                    store.results.put_results(
                        "P022", {f"T{t}-{i}": {"i": i}, f"T{t}-{i}x": None}, "en", f"p{t}"
                    )
                else:
                    store.results.put_result("P022", f"T{t}-{i}", {"i": i}, "en", f"p{t}")
                store.usage.record_usage(f"p{t}", "P022")
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    def reader() -> None:
        try:
            start.wait()
            for _ in range(200):
                store.results.get_results("P022", [f"T0-{i}" for i in range(per_thread)], "en")
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    workers = [threading.Thread(target=writer, args=(t,)) for t in range(threads_n)]
    workers.append(threading.Thread(target=reader))
    for w in workers:
        w.start()
    for w in workers:
        w.join(timeout=60)
    assert not errors, errors
    for t in range(threads_n):
        found = store.results.get_results("P022", [f"T{t}-{i}" for i in range(per_thread)], "en")
        assert len(found) == per_thread
        assert all(
            found[f"T{t}-{i}"].payload == {"i": i} and found[f"T{t}-{i}"].profile == f"p{t}"
            for i in range(per_thread)
        )
    assert store.results.count_results("P022") == threads_n * (per_thread + per_thread // 3)
    assert store.usage.calls_today() == threads_n * per_thread
