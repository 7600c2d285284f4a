"""services.files.atomic_output: the target is replaced whole or left as it was."""

import os
import signal
import stat
import subprocess
import sys
import time

import pytest

from ipdesk.services.files import atomic_output

WRITER = """
import sys, time
from ipdesk.services.files import atomic_output
with atomic_output(sys.argv[1], "w") as stream:
    stream.write("half a row,")
    stream.flush()
    print("writing", flush=True)
    time.sleep(600)
"""


def writer(target):
    """A child process in the middle of an atomic write of ``target`` (its temporary file exists)."""
    child = subprocess.Popen([sys.executable, "-c", WRITER, str(target)], stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline() == "writing\n"
    return child


def parts(folder):
    return sorted(name for name in os.listdir(folder) if name.endswith(".part"))


def test_writes_the_file_whole_and_private(tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "out.csv"
    with atomic_output(target, "w", encoding="utf-8", newline="") as stream:
        stream.write("a,b\r\n1,2\r\n")
    assert target.read_bytes() == b"a,b\r\n1,2\r\n"
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    assert os.listdir(folder) == ["out.csv"]


def test_an_error_while_writing_keeps_the_previous_file(tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "out.csv"
    target.write_text("previous export\n")
    with pytest.raises(RuntimeError), atomic_output(target, "w") as stream:
        stream.write("half a row,")
        raise RuntimeError("killed mid-write")
    assert target.read_text() == "previous export\n"
    assert os.listdir(folder) == ["out.csv"]


def test_the_next_write_removes_the_part_file_of_a_killed_writer(tmp_path):
    target = tmp_path / "out.csv"
    target.write_text("previous export\n")
    killed, alive = writer(target), writer(target)
    try:
        killed.send_signal(signal.SIGKILL)
        killed.wait(timeout=10)
        left = parts(tmp_path)
        assert len(left) == 2 and any(f".out.csv.{killed.pid}@" in name for name in left)
        other = tmp_path / "other.csv"
        with atomic_output(other, "w") as stream:  # another target's write leaves them alone
            stream.write("x")
        assert parts(tmp_path) == left
        with atomic_output(target, "w") as stream:
            stream.write("new export\n")
        assert target.read_text() == "new export\n"
        remaining = parts(tmp_path)  # the live writer's file stays
        assert len(remaining) == 1 and f".out.csv.{alive.pid}@" in remaining[0]
    finally:
        alive.kill()
        alive.wait(timeout=10)
        killed.kill()


def test_part_files_older_than_a_day_are_removed_whoever_wrote_them(tmp_path):
    target = tmp_path / "out.csv"
    old = tmp_path / ".out.csv.4242@another-host.abcd1234.part"
    legacy = tmp_path / ".out.csv.k2j4h5g6.part"  # named before the pid was in the name
    recent = (
        tmp_path / ".out.csv.4243@another-host.abcd1234.part"
    )  # another host's: its pid cannot be judged here
    for path in (old, legacy, recent):
        path.write_text("half a row,")
    day_ago = time.time() - 25 * 3600
    for path in (old, legacy):
        os.utime(path, (day_ago, day_ago))
    with atomic_output(target, "w") as stream:
        stream.write("new\n")
    assert parts(tmp_path) == [recent.name]
