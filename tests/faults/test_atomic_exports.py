"""Exports are written whole or not at all: a kill while ``--output`` is written, or an error in the middle of a
file, leaves the previous file as it was (``services.files.atomic_output``)."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import time

import pytest
from support import child_env, patent_numbers, run_cli, start_cli, write_list

from ipdesk.services.export import write_rows
from ipdesk.services.outline_service import write_export

PREVIOUS = b"the previous export\r\n"


def kill_when_writing_starts(process, out, timeout: float = 120) -> bool:
    """SIGKILL ``process`` as soon as it starts writing ``out`` (the file changes, or a temporary file for it
    appears beside it); True when it was killed while running."""
    folder, before = out.parent, out.stat()
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and process.poll() is None:
        now = out.stat()
        started = (now.st_size, now.st_mtime_ns) != (before.st_size, before.st_mtime_ns) or any(
            name.startswith(f".{out.name}.") for name in os.listdir(folder)
        )
        if started:
            process.send_signal(signal.SIGKILL)
            process.wait()
            return process.returncode == -signal.SIGKILL
        time.sleep(0.0005)
    return False


def test_a_kill_while_output_is_written_leaves_the_previous_file(sandbox, tmp_path):
    src, out = write_list(tmp_path, patent_numbers(40_000)), tmp_path / "out.csv"
    env = child_env(tmp_path, base_url=sandbox.base_url, IPDESK_QPS="1000")
    first = run_cli(["classify", "--input", str(src), "--yes"], env, timeout=240)  # fetched and stored once
    assert first.returncode == 0, first.stderr[-2000:]
    paid = sandbox.counts["P022"]
    out.write_bytes(PREVIOUS)
    process = start_cli(
        ["classify", "--input", str(src), "--output", str(out)],
        env,
        stdout=open(os.devnull, "wb"),  # noqa: SIM115 - closed with the process
        stderr=open(tmp_path / "err.txt", "wb"),  # noqa: SIM115
    )
    assert kill_when_writing_starts(process, out), (tmp_path / "err.txt").read_text()
    assert out.read_bytes() == PREVIOUS  # never a file cut mid-row
    assert sandbox.counts["P022"] == paid  # the second run came from the store: nothing paid twice
    again = run_cli(["classify", "--input", str(src), "--output", str(out)], env, timeout=240)
    assert again.returncode == 0 and not again.traceback, again.stderr[-2000:]
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert len({row["input"] for row in rows}) == 40_000  # the whole new export


class Unwritable:
    """A value whose text cannot be made: the export fails in the middle of the file."""

    def __str__(self) -> str:
        raise RuntimeError("no text")


@pytest.mark.parametrize("fmt", ["csv", "json", "xlsx"])
def test_an_export_failing_midway_keeps_the_previous_file(tmp_path, fmt):
    folder = tmp_path / "exports"
    folder.mkdir()
    path = folder / f"out.{fmt}"
    path.write_bytes(PREVIOUS)
    rows = [{"input": f"US{i}B2", "status": "ok"} for i in range(5000)] + [{"input": Unwritable()}]
    with pytest.raises((RuntimeError, TypeError, ValueError)):
        write_rows(rows, path, fmt, ["input", "status"])
    assert path.read_bytes() == PREVIOUS
    assert os.listdir(folder) == [path.name]  # no temporary file left behind
    write_rows(rows[:-1], path, fmt, ["input", "status"])
    if fmt == "json":
        assert len(json.loads(path.read_text(encoding="utf-8"))) == 5000


def test_a_description_export_replaces_the_file_whole(tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    path = folder / "description.md"
    path.write_bytes(PREVIOUS)
    with pytest.raises(UnicodeEncodeError):
        write_export(path, "# Title\n" * 10_000 + "\ud800")  # a lone surrogate: not UTF-8, found midway
    assert path.read_bytes() == PREVIOUS and os.listdir(folder) == [path.name]
    write_export(path, "# Title\n")
    assert path.read_text(encoding="utf-8") == "# Title\n"


def test_the_chart_png_is_written_whole_or_not_at_all(qtbot, tmp_path):
    from ipdesk.ui.classify.chart import ClassificationChart

    chart = ClassificationChart()
    qtbot.addWidget(chart)
    chart.resize(600, 400)
    path = tmp_path / "chart.png"
    assert chart.save_png(str(path))
    assert path.read_bytes().startswith(b"\x89PNG")
    gone = tmp_path / "missing" / "chart.png"
    assert not chart.save_png(str(gone)) and not gone.parent.exists()
