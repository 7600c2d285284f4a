"""Ctrl+C (SIGINT) to a real ``ipdesk classify`` process while the sandbox answers slowly (1.5 s a call).

One SIGINT: nothing new is sent, the answers in flight (at most ~3 s) are stored, exit 130 within a few seconds
with how much is stored and how to resume; the next run fetches only what is missing: no key is paid twice.
Two SIGINTs: exit at once, still no traceback, and every answer the process had received is stored (only calls
still unanswered at the exit are sent again by the next run).
"""

from __future__ import annotations

import math
import signal
import time

import pytest
from support import (
    assert_no_traceback,
    child_env,
    classify_args,
    has_traceback,
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

LATENCY_MS = 1500
KEYS = 3000


@pytest.mark.parametrize("interrupts", [1, 2])
def test_sigint_stores_what_was_received_and_resumes(
    interrupts, big_sandbox, data_dir, tmp_path, bench_report
):
    server = big_sandbox
    server.configure(latency_ms=LATENCY_MS)
    keys = synthetic_keys(KEYS)
    src, out = write_list(tmp_path, keys), tmp_path / "out.csv"
    env = child_env(tmp_path, data=data_dir, base_url=server.base_url)
    proc = start_cli(classify_args(src, out), env)
    wait_for_calls(server, 6, proc)
    time.sleep(LATENCY_MS / 1000 + 0.3)  # some answers received, more in flight
    sent_at = time.monotonic()
    proc.send_signal(signal.SIGINT)
    if interrupts == 2:
        time.sleep(0.3)
        proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    exit_seconds = time.monotonic() - sent_at
    exit_wall = time.time()
    server.wait_idle(10)

    db = data_dir / "ipdesk.sqlite3"
    # an answer counts as received when the sandbox sent it before the process ended (its latency elapsed)
    received = set(requested_keys(server, until=exit_wall - LATENCY_MS / 1000 - 0.2))
    lost = received - stored_keys(db)
    first_calls = requested_keys(server)

    again = run_cli(classify_args(src, out), env, timeout=120)
    twice_keys = {k for k, n in requested_keys(server).items() if n > 1}
    twice = len(twice_keys)
    bench_report(
        f"interrupts={interrupts}: exit {proc.returncode} after {exit_seconds:.1f} s, traceback={has_traceback(err)}, "
        f"keys sent before exit={len(first_calls)}, received and lost={len(lost)}, paid twice={twice}"
    )
    assert proc.returncode == 130, err
    assert_no_traceback(err)
    assert "run the same command again" in err.lower(), err
    assert exit_seconds < 6.0
    if interrupts == 1:
        assert "Interrupted:" in err and "stored" in err, err
    assert not lost, f"{len(lost)} answers received but not stored"
    assert again.returncode == 0, again.stderr
    assert_no_traceback(again.stderr)
    if interrupts == 1:
        assert twice == 0
        assert p022_calls(server) == math.ceil(KEYS / 100)
    else:  # the second Ctrl+C does not wait: only calls still unanswered at the exit are sent again
        assert twice_keys <= set(first_calls) - received
    assert stored_keys(db) == set(keys)
    assert integrity(db) == "ok"


def test_cancel_in_the_window_stops_within_the_grace(
    big_sandbox, make_gui_tab, qtbot, data_dir, bench_report
):
    """Cancel with answers taking 6 s: the tab is free again after about 3 s, and what arrives later is stored."""
    server = big_sandbox
    server.configure(latency_ms=6000)
    keys = synthetic_keys(KEYS)
    tab = make_gui_tab()
    type_list(tab, qtbot, keys)
    tab.classify_button.click()
    qtbot.waitUntil(lambda: p022_calls(server) >= 6, timeout=20000)
    started = time.monotonic()
    tab.cancel_button.click()
    qtbot.waitUntil(lambda: not tab.runner.busy, timeout=20000)
    seconds = time.monotonic() - started
    server.wait_idle(15)
    sent = set(requested_keys(server))
    qtbot.waitUntil(lambda: stored_keys(data_dir / "ipdesk.sqlite3") >= sent, timeout=10000)
    bench_report(f"GUI cancel at 6 s latency: free again after {seconds:.1f} s, sent {len(sent)}, all stored")
    assert seconds < 5.0
    assert tab._last_end.status == "cancelled"
    assert_no_traceback(tab.message.text())
