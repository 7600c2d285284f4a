"""store.claims and store.spool: leases across processes, a dead holder never blocks; spooled answers come back."""

from __future__ import annotations

import os
import subprocess
import sys

from ipdesk.services.processes import pid_alive
from ipdesk.services.store import Store
from ipdesk.services.store.claims import Claims, Holder


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_a_live_holder_keeps_its_keys_a_dead_or_expired_one_does_not(store):
    me, other = Holder.new(), Holder.new()
    assert store.claims.claim("P022", "en", ["A", "B"], other) == (["A", "B"], [])
    assert store.claims.claim("P022", "en", ["A", "C"], me) == (["C"], ["A"])  # other is this live process
    assert store.claims.held_elsewhere("P022", "en", ["A", "B", "C"], me) == {"A", "B"}
    assert store.claims.claim("P022", "cn", ["A"], me) == (["A"], [])  # another variant is another key

    dead = Holder(other.host, _dead_pid(), "t")
    assert not pid_alive(dead.pid)
    store.claims.claim("P022", "en", ["D"], dead)
    assert store.claims.claim("P022", "en", ["D"], me) == (["D"], [])  # same host, process gone: taken over

    remote = Holder("another-host", os.getpid(), "r")
    store.claims.claim("P022", "en", ["E"], remote, lease=-1)  # its lease has run out
    assert store.claims.claim("P022", "en", ["E"], me) == (["E"], [])
    store.claims.claim("P022", "en", ["F"], remote, lease=60)  # another host: only the lease tells
    assert store.claims.claim("P022", "en", ["F"], me) == ([], ["F"])

    assert store.claims.release(other, "P022", "en", ["A"]) == 1
    assert store.claims.claim("P022", "en", ["A"], me) == (["A"], [])
    assert store.claims.renew(me) == 5  # A, C, D, E (en) and A (cn)
    assert store.claims.release(me) == 5


def test_expiry_follows_the_clock(store):
    now = [1000.0]
    claims = Claims(store.database, clock=lambda: now[0], host="elsewhere")
    holder = Holder("h2", 1, "x")
    claims.claim("P022", "", ["K"], holder, lease=30)
    assert claims.held_elsewhere("P022", "", ["K"]) == {"K"}
    now[0] += 31
    assert claims.held_elsewhere("P022", "", ["K"]) == set()
    assert claims.prune() == 1


def test_spooled_answers_are_taken_in_at_the_next_open(data_dir):
    path = data_dir / "s.sqlite3"
    with Store(path) as store:
        assert store.spool.reserve(4096)
        assert store.spool.append("P022", {"US1B2": None, "US2B2": {"x": 1}}, "en", "p")
        assert store.spool.append("P022", {"US3B2": None}, "cn", "p")
        assert store.spool.written.name == "s.sqlite3.spool-reserve." + str(os.getpid())
        store.spool.release()  # the reserve is cut after the answers and named as a spool file
        files = store.spool.pending_files()
        assert len(files) == 1 and oct(files[0].stat().st_mode & 0o777) == "0o600"
        assert store.spool.count() == 3
        assert store.results.count_results() == 0
    with Store(path) as store:
        assert store.results.get_result("P022", "US2B2", "en").payload == {"x": 1}
        assert store.results.get_result("P022", "US3B2", "cn").profile == "p"
        assert store.spool.pending_files() == []
        assert not list(data_dir.glob("s.sqlite3.spool*"))
