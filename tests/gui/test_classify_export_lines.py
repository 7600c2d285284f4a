"""The Classification tab's export with the list's invalid and duplicate lines (reconciliation): XLSX by
default, CSV when the dialog's "with the invalid and duplicate lines" filter is chosen."""

from __future__ import annotations

import csv

from openpyxl import load_workbook

from ipdesk.sandbox.demo import demo_patent_numbers
from ipdesk.services.classify_export import LINES_SHEET


def test_export_lists_the_left_out_lines(make_classify_tab, qtbot, tmp_path):
    tab = make_classify_tab()
    numbers = demo_patent_numbers()[:3]
    tab.input.set_text("\n".join([*numbers, "hello", numbers[0]]))
    qtbot.waitUntil(lambda: tab.input.parsed is not None and tab.input.parsed.unique == 3, timeout=5000)
    tab.classify_button.click()
    qtbot.waitUntil(lambda: tab._last_end is not None and not tab.runner.busy, timeout=30000)
    done = []
    tab.export_to(str(tmp_path / "out.xlsx"), "xlsx", on_done=done.append)
    tab.export_to(str(tmp_path / "out.csv"), "csv", on_done=done.append)
    tab.export_to(str(tmp_path / "lines.csv"), "csv", on_done=done.append, input_lines=True)
    tab.export_to(str(tmp_path / "bare.xlsx"), "xlsx", on_done=done.append, input_lines=False)
    qtbot.waitUntil(lambda: len(done) == 4, timeout=20000)
    shown = len(tab.results.shown_rows())
    book = load_workbook(tmp_path / "out.xlsx", read_only=True)
    lines = [tuple(r[:3]) for r in book[LINES_SHEET].iter_rows(min_row=2, values_only=True)]
    book.close()
    assert lines == [(4, "hello", "invalid"), (5, numbers[0], "duplicate")]
    assert len((tmp_path / "out.csv").read_text("utf-8-sig").splitlines()) == shown + 1
    rows = list(csv.DictReader((tmp_path / "lines.csv").read_text("utf-8-sig").splitlines()))
    assert [(r["input"], r["status"]) for r in rows[shown:]] == [
        ("hello", "invalid"),
        (numbers[0], "duplicate"),
    ]
    assert load_workbook(tmp_path / "bare.xlsx", read_only=True).sheetnames == ["IP Desk"]
