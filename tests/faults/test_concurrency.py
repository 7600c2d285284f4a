"""Several IP Desk processes on one data folder: every key is fetched once.

Four ``ipdesk classify`` processes and one Classification tab (offscreen, in this process) classify overlapping
5,000-number lists at 100 ms latency; the same list started twice follows the first run (a line on stderr, the
tab's progress line) and ends with the full result; a killed process blocks nobody.
"""

from __future__ import annotations

import signal
import time

from support import (
    assert_no_traceback,
    child_env,
    classify_args,
    integrity,
    p022_calls,
    requested_keys,
    run_cli,
    start_cli,
    stored_keys,
    synthetic_keys,
    type_list,
    wait_for_calls,
    write_list,
)

LATENCY_MS = 100
LIST = 5000
SHIFT = 1250


def test_four_processes_and_a_window_fetch_each_key_once(
    big_sandbox, make_gui_tab, qtbot, data_dir, tmp_path, bench_report
):
    server = big_sandbox
    server.configure(latency_ms=LATENCY_MS)
    universe = synthetic_keys(4 * SHIFT + LIST)
    lists = [universe[i * SHIFT : i * SHIFT + LIST] for i in range(5)]
    env = child_env(tmp_path, data=data_dir, base_url=server.base_url)
    tab = make_gui_tab()
    type_list(tab, qtbot, lists[4])
    started = time.monotonic()
    procs = []
    for i in range(4):
        src = write_list(tmp_path, lists[i], f"list{i}.txt")
        procs.append(start_cli(classify_args(src, tmp_path / f"out{i}.csv"), env))
    tab.classify_button.click()
    qtbot.waitUntil(lambda: tab.runner.busy, timeout=10000)
    qtbot.waitUntil(lambda: not tab.runner.busy and tab._last_end is not None, timeout=120000)
    errors = [proc.communicate(timeout=120)[1] for proc in procs]
    seconds = time.monotonic() - started

    requested = requested_keys(server)
    twice = sum(1 for n in requested.values() if n > 1)
    calls = p022_calls(server)
    db = data_dir / "ipdesk.sqlite3"
    bench_report(
        f"4 CLI + 1 GUI, {len(universe)} keys: {seconds:.1f} s, P022 calls {calls}, keys sent {sum(requested.values())}, "
        f"paid twice {twice}, exit codes {[p.returncode for p in procs]}"
    )
    for proc, err in zip(procs, errors, strict=True):
        assert proc.returncode == 0, err
        assert_no_traceback(err)
    end = tab._last_end
    assert (end.status, end.done, end.pending, end.failed) == ("done", LIST, 0, 0)
    assert twice == 0
    assert set(requested) == set(universe)
    assert stored_keys(db) == set(universe)
    for i in range(4):
        rows = (tmp_path / f"out{i}.csv").read_text("utf-8-sig").splitlines()
        assert len(rows) == LIST + 1  # header + one row per key: the full result
    assert integrity(db) == "ok"


def first_run(server, data_dir, tmp_path, calls: int):
    """3,000 keys answered in 300 ms a call: the list, the environment and a first ``ipdesk classify`` of it,
    returned once the sandbox has had ``calls`` of its calls."""
    server.configure(latency_ms=300)
    keys = synthetic_keys(3000)
    src = write_list(tmp_path, keys)
    env = child_env(tmp_path, data=data_dir, base_url=server.base_url)
    first = start_cli(classify_args(src, tmp_path / "first.csv"), env)
    wait_for_calls(server, calls, first)
    return keys, src, env, first


def test_same_list_twice_follows_the_first_run(
    big_sandbox, make_gui_tab, qtbot, data_dir, tmp_path, bench_report
):
    server = big_sandbox
    keys, src, env, first = first_run(server, data_dir, tmp_path, 3)
    second = start_cli(classify_args(src, tmp_path / "second.csv"), env)
    tab = make_gui_tab()
    type_list(tab, qtbot, keys)
    tab.classify_button.click()
    qtbot.waitUntil(
        lambda: (
            "already running in another IP Desk window or process" in tab.message.text()
            and tab.progress_label.text().startswith("Following: ")
        ),
        timeout=20000,
    )
    qtbot.waitUntil(lambda: not tab.runner.busy and tab._last_end is not None, timeout=60000)
    err1 = first.communicate(timeout=60)[1]
    err2 = second.communicate(timeout=60)[1]
    twice = sum(1 for n in requested_keys(server).values() if n > 1)
    bench_report(
        f"same list started twice (CLI + CLI + GUI): paid twice {twice}, exits {first.returncode}/{second.returncode}"
    )
    assert first.returncode == 0 and second.returncode == 0, err1 + err2
    assert "already running in another IP Desk window or process" in err2, err2
    assert_no_traceback(err1 + err2)
    assert tab._last_end.status == "done" and tab._last_end.done == len(keys)
    assert twice == 0
    for name in ("first.csv", "second.csv"):
        assert len((tmp_path / name).read_text("utf-8-sig").splitlines()) == len(keys) + 1
    assert integrity(data_dir / "ipdesk.sqlite3") == "ok"


def test_a_killed_process_blocks_nobody(big_sandbox, data_dir, tmp_path, bench_report):
    server = big_sandbox
    keys, src, env, first = first_run(server, data_dir, tmp_path, 10)
    first.send_signal(signal.SIGKILL)
    first.wait(timeout=10)
    killed_at = time.time()
    # calls whose answer had not arrived at the kill: paid, never received
    in_flight = set(requested_keys(server, since=killed_at - 0.05 - 0.3))
    again = run_cli(classify_args(src, tmp_path / "again.csv"), env, timeout=120)
    seconds = again.seconds
    twice = {k for k, n in requested_keys(server).items() if n > 1}
    bench_report(
        f"SIGKILL then rerun: rerun {seconds:.1f} s, exit {again.returncode}, paid twice {len(twice)} "
        f"(unanswered at the kill: {len(in_flight)})"
    )
    assert again.returncode == 0, again.stderr
    assert "already running" not in again.stderr  # the dead process's claims are not live
    assert seconds < 30
    assert twice <= in_flight
    assert stored_keys(data_dir / "ipdesk.sqlite3") == set(keys)
    assert integrity(data_dir / "ipdesk.sqlite3") == "ok"


def test_with_bibliography_each_p011_key_is_fetched_once_too(big_sandbox, data_dir, tmp_path, bench_report):
    server = big_sandbox
    server.configure(latency_ms=LATENCY_MS)
    universe = synthetic_keys(3000)
    env = child_env(tmp_path, data=data_dir, base_url=server.base_url)
    procs = []
    for i in range(3):
        src = write_list(tmp_path, universe[i * 500 : i * 500 + 2000], f"list{i}.txt")
        procs.append(start_cli([*classify_args(src, tmp_path / f"out{i}.csv"), "--with-biblio"], env))
    errors = [proc.communicate(timeout=120)[1] for proc in procs]
    twice = {op: sum(1 for n in requested_keys(server, op=op).values() if n > 1) for op in ("P022", "P011")}
    bench_report(f"3 CLI --with-biblio: paid twice {twice}, exits {[p.returncode for p in procs]}")
    for proc, err in zip(procs, errors, strict=True):
        assert proc.returncode == 0, err
        assert_no_traceback(err)
    assert twice == {"P022": 0, "P011": 0}
    assert set(requested_keys(server, op="P011")) == set(universe)
    assert integrity(data_dir / "ipdesk.sqlite3") == "ok"
