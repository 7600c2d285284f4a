"""A read-only data folder, database file or mount, and a database nobody may read (chmod 000): the app opens
what it can read read-only, lets the user browse it, refuses paid work in words, and never calls a healthy
read-only database damaged. Real `ipdesk` processes and the real GUI start (offscreen), unprivileged."""

from __future__ import annotations

import subprocess

import pytest
from support import (
    IS_ROOT,
    assert_no_traceback,
    digest,
    missing,
    populate,
    run_gui,
    run_in,
)

PAID_ENV = {"PATSNAP_API_KEY": "not-a-real-key", "IPDESK_BASE_URL": "http://127.0.0.1:9"}


def _paid_classify(base) -> subprocess.CompletedProcess:
    (base / "home" / "in.txt").write_text("CN100001A\nUS1234567B2\n")
    return run_in(base, "classify", "--input", str(base / "home" / "in.txt"), "--yes", **PAID_ENV)


def _read_only_folder(base, *, file_too: bool = True):
    data = base / "data"
    db = data / "ipdesk.sqlite3"
    populate(db)
    if file_too:
        db.chmod(0o444)
    data.chmod(0o555)
    return db


@pytest.mark.parametrize("what", ["folder", "file"])
def test_cli_browses_a_read_only_store_and_refuses_paid_work(folder, what):
    data = folder / "data"
    db = data / "ipdesk.sqlite3"
    populate(db)
    if what == "folder":
        data.chmod(0o555)
    else:
        db.chmod(0o444)
    before = digest(db)

    browse = run_in(folder, "usage")
    assert browse.returncode == 0, browse.stderr
    assert_no_traceback(browse.stderr)
    assert "read-only" in browse.stderr and "damaged" not in browse.stderr
    assert "permission denied on" in browse.stderr

    paid = _paid_classify(folder)
    assert paid.returncode == 2, paid.stderr
    assert_no_traceback(paid.stderr)
    assert "paid work is off" in paid.stderr and "damaged" not in paid.stderr
    assert "Cannot connect" not in paid.stderr  # refused before any call
    assert digest(db) == before


def test_cli_outline_and_risk_answer_what_a_read_only_store_holds(folder):
    from ipdesk.sandbox.demo import demo_companies, demo_description_patents

    patents = demo_description_patents()
    companies = [c["credit_code"] for c in demo_companies()[:2]]
    asks = [
        ["outline", patents[0], "--format", "json", "--demo"],
        ["risk", companies[0], "--format", "json", "--demo"],
    ]
    first = [run_in(folder, *args) for args in asks]  # stored while the folder is writable (the sandbox)
    assert [run.returncode for run in first] == [0, 0], [run.stderr for run in first]
    data = folder / "data"
    db = data / "demo.sqlite3"
    db.chmod(0o444)
    data.chmod(0o555)
    before = digest(db)

    for args, stored in zip(asks, first, strict=True):
        again = run_in(folder, *args)
        assert again.returncode == 0, again.stderr
        assert_no_traceback(again.stderr)
        assert again.stdout == stored.stdout  # the same answer, from the store
        assert "read-only" in again.stderr and "damaged" not in again.stderr

    for args, what in (
        (["outline", patents[1], "--demo"], patents[1]),
        (["risk", companies[1], "--demo"], companies[1]),
        (["risk", companies[0], "--history", "--demo"], companies[0]),  # its history is not stored
        (["outline", patents[0], "--refresh", "--demo"], patents[0]),
    ):
        refused = run_in(folder, *args)
        assert refused.returncode == 2, (args, refused.stderr)
        assert_no_traceback(refused.stderr)
        assert f"Not stored: {what}" in refused.stderr or f"Not stored: credit_code:{what}" in refused.stderr
        assert "paid work is off" in refused.stderr
    assert digest(db) == before


def test_cli_on_a_read_only_mount(folder):
    if not IS_ROOT:
        missing("a read-only bind mount needs root")
    data = folder / "data"
    populate(data / "ipdesk.sqlite3")
    mounted = subprocess.run(["mount", "--bind", str(data), str(data)], capture_output=True, text=True)
    if mounted.returncode != 0:
        missing(f"cannot bind-mount: {mounted.stderr.strip()}")
    remount = subprocess.run(["mount", "-o", "remount,ro,bind", str(data)], capture_output=True, text=True)
    if remount.returncode != 0:
        missing(f"cannot remount read-only: {remount.stderr.strip()}")
    browse = run_in(folder, "jobs", "--all")
    assert browse.returncode == 0, browse.stderr
    assert_no_traceback(browse.stderr)
    assert "read-only file system" in browse.stderr and "damaged" not in browse.stderr
    paid = _paid_classify(folder)
    assert paid.returncode == 2 and "paid work is off" in paid.stderr, paid.stderr


def test_cli_says_permission_denied_on_an_unreadable_database(folder):
    db = folder / "data" / "ipdesk.sqlite3"
    populate(db)
    db.chmod(0o000)
    for command in (["jobs"], ["usage"], ["store", "check"]):
        proc = run_in(folder, *command)
        assert proc.returncode == 2, (command, proc.stderr)
        text = proc.stderr + proc.stdout
        assert_no_traceback(text)
        assert f"permission denied on {db}" in text
        assert "chmod u+rwX" in text  # and what to do


def test_gui_starts_on_a_read_only_folder_with_a_bar_and_no_paid_work(folder):
    data = folder / "data"
    db = data / "demo.sqlite3"
    populate(db)
    db.chmod(0o444)
    data.chmod(0o555)  # no logs/ can be made either
    before = digest(db)
    result = run_gui(folder, "classify")
    start = result["start"]
    assert start["state"] == "read_only" and start["read_only"] is True
    assert start["banner"] and "read-only" in start["banner_text"] and not start["dialog"]
    assert result["log"] is None and not (data / "logs").exists()  # logged on stderr instead
    assert result["classify"]["started"] is False
    (refusal,) = result["classify"]["errors"]
    assert "paid work is off" in refusal and "account" not in refusal.lower()
    assert_no_traceback(result["stderr"])
    assert digest(db) == before


def test_gui_with_an_unreadable_database_does_not_blame_the_account(folder):
    db = folder / "data" / "demo.sqlite3"
    populate(db)
    db.chmod(0o000)
    result = run_gui(folder, "classify")
    assert result["start"]["state"] == "unopenable" and result["start"]["banner"]
    assert f"permission denied on {db}" in result["start"]["banner_text"]
    (refusal,) = result["classify"]["errors"]
    assert "permission denied" in refusal and "Accounts" not in refusal
    assert_no_traceback(result["stderr"])


def test_gui_check_again_after_the_folder_is_made_writable(folder):
    data = folder / "data"
    populate(data / "demo.sqlite3")
    (data / "demo.sqlite3").chmod(0o444)
    data.chmod(0o555)
    result = run_gui(folder, "retry")
    assert result["start"]["state"] == "read_only" and result["start"]["banner"]
    after = result["after"]
    assert after["state"] == "ok" and not after["banner"] and after["read_only"] is False
    assert after["refusal"] is None
