"""Issue 14 through the Classification tab and the command line: the office formats analysts paste are shown
back as the publication numbers they are sent as, application numbers are listed apart (never sent), and the
tab and `ipdesk classify` take the same entries from the same text (one normaliser)."""

from __future__ import annotations

import csv
import io
import subprocess
import sys

import pytest

PASTE = "\n".join(
    [
        "DE 10 2015 123 456 A1",  # the German office's spaced form
        "JP 2001-2345 A",  # a Japanese serial without leading zeros
        "特開2015-123456",  # kanji notation of an unexamined publication
        "FR 2.123.456",  # thousands dots
        "WO WO2019/123456",  # a doubled prefix
        "CN110650438A",  # typed as sent
        "201510012345.6",  # a Chinese application number
        "hello",  # not a number at all
    ]
)
SENT = {
    "DE 10 2015 123 456 A1": "DE102015123456A1",
    "JP 2001-2345 A": "JP2001002345A",
    "特開2015-123456": "JP2015123456A",
    "FR 2.123.456": "FR2123456",
    "WO WO2019/123456": "WO2019123456",
}


@pytest.fixture
def make_tab(make_classify_tab):
    return make_classify_tab


def test_the_tab_shows_what_each_entry_is_sent_as_and_lists_applications_apart(make_tab, qtbot):
    tab = make_tab()
    tab.input.set_text(PASTE)
    qtbot.waitUntil(lambda: tab.input.parsed is not None and not tab.input.pending(), timeout=5000)
    qtbot.waitUntil(lambda: "application numbers: 1" in tab.input.counts.text(), timeout=5000)
    text = tab.input.counts.text()
    assert "invalid: 1 (click" in text and "rewritten: 5 (click" in text
    dialog = tab.input.show_invalid("rewritten")
    rows = {
        dialog.table.item(r, 1).text(): (dialog.table.item(r, 2).text(), dialog.table.item(r, 3).text())
        for r in range(dialog.table.rowCount())
    }
    for typed, sent in SENT.items():
        assert rows[typed][1] == sent
    assert "CN110650438A" not in rows  # typed as sent: nothing to show
    why, recognised = rows["201510012345.6"]
    assert "application number" in why and recognised.startswith("CN201510012345")
    assert "hello" in rows and rows["hello"][1] == ""
    dialog.close()
    assert "201510012345.6" not in tab.input.parsed.raw_text.values()  # never sent


def test_the_command_line_takes_the_same_entries(make_tab, qtbot, tmp_path):
    tab = make_tab()
    tab.input.set_text(PASTE)
    qtbot.waitUntil(lambda: tab.input.parsed is not None and not tab.input.pending(), timeout=5000)
    gui = sorted(tab.input.parsed.numbers + tab.input.parsed.ids)
    source = tmp_path / "paste.txt"
    source.write_text(PASTE, encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "ipdesk", "--demo", "classify", "--input", str(source), "--yes"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode in (0, 1), run.stderr
    rows = list(csv.DictReader(io.StringIO(run.stdout.lstrip("\ufeff"))))
    typed_to_sent = {typed: sent for typed, sent in SENT.items()}
    cli = sorted({typed_to_sent.get(r["input"], r["input"]) for r in rows})
    assert cli == gui
    assert "201510012345.6" not in run.stdout and "application number" in run.stderr
