"""Issue 16, the Classification tab's defects, through the GUI against the sandbox over real HTTP: axis labels on
grid lines, a patent listed by number and id counted once, "not found" apart from "no classification", the
question before large paid work, stale message, progress bar and figures, demo exports marked as sample data."""

from __future__ import annotations

import csv
import json

from openpyxl import load_workbook
from PySide6.QtWidgets import QMessageBox

from ipdesk.sandbox import demo_data


def run_list(tab, qtbot, keys, timeout=30000):
    tab.input.set_text("\n".join(keys))
    qtbot.waitUntil(lambda: tab.input.parsed is not None and tab.input.parsed.unique > 0, timeout=5000)
    tab.classify_button.click()
    qtbot.waitUntil(lambda: tab._last_end is not None and not tab.runner.busy, timeout=timeout)
    return tab._last_end


def test_value_axis_ends_on_a_whole_number_with_labels_on_grid_lines(make_classify_tab, qtbot):
    """Old: range 0..max×1.15 with 5 fixed ticks, so whole-number labels sat at fractional grid lines."""
    from PySide6.QtCharts import QValueAxis

    patents = [p for p in demo_data.seic().patents if p["seic"]][:60]
    tab = make_classify_tab()
    run_list(tab, qtbot, [p["pn"] for p in patents])
    top = max(count for _code, _name, count in tab.results.chart.bars())
    (axis,) = [a for a in tab.results.chart.chart_view().chart().axes() if isinstance(a, QValueAxis)]
    step = axis.tickInterval()
    assert axis.tickType() == QValueAxis.TickType.TicksDynamic and axis.tickAnchor() == 0
    assert axis.min() == 0 and step >= 1 and step == int(step)
    assert axis.max() == int(axis.max()) and axis.max() % step == 0 and top < axis.max() <= top + step
    assert axis.labelFormat() == "%d"


def test_same_patent_by_number_and_id_counted_once(make_classify_tab, qtbot, tmp_path):
    first, second = [p for p in demo_data.seic().patents if p["seic"]][:2]
    tab = make_classify_tab()
    end = run_list(tab, qtbot, [first["pn"], first["patent_id"], second["pn"]])
    assert end.done == 3
    assert {r.input for r in tab.results.model.rows()} == {first["pn"], first["patent_id"], second["pn"]}
    dist = tab.results.chart.distribution
    assert (dist.total, dist.same_patent) == (2, 1)
    assert sum(count for _c, _n, count in tab.results.chart.bars()) == sum(
        len({c.split(".")[0] for c in p["seic"]}) for p in (first, second)
    )
    summary = tab.results.chart._summary.text()
    assert summary.startswith("3 entries answered: 2 patents classified")
    assert "2 distinct patents: 1 listed twice (by number and by PatSnap ID), counted once." in summary
    assert "3 of 3 entries answered" in tab.progress_label.text()


def test_unknown_number_is_not_found_not_unclassified(make_classify_tab, qtbot, tmp_path):
    unclassified = next(p for p in demo_data.seic().patents if not p["seic"])["pn"]
    tab = make_classify_tab()
    run_list(tab, qtbot, [unclassified, "CN999999999A"])
    model = tab.results.model
    shown = {r.input: (r.status, model.status_text(r)) for r in model.rows()}
    assert shown == {
        unclassified: ("none", "No SEIC classification"),
        "CN999999999A": ("not_found", "Not found in PatSnap"),
    }
    summary = tab.results.chart._summary.text()
    assert "1 with no SEIC classification, 1 not found in PatSnap, 0 failed." in summary
    out = tmp_path / "out.csv"
    done = []
    tab.export_to(str(out), "csv", on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert {r["input"]: r["status"] for r in rows} == {unclassified: "none", "CN999999999A": "not_found"}


def test_large_paid_run_asks_first(make_classify_tab, qtbot, sandbox):
    keys = [f"US{30000000 + i}B2" for i in range(2100)]  # 21 calls: above the default threshold (20)
    tab = make_classify_tab()
    tab.input.set_text("\n".join(keys))
    qtbot.waitUntil(lambda: tab.input.parsed is not None and tab.input.parsed.unique == 2100, timeout=5000)
    tab.classify_button.click()
    qtbot.waitUntil(lambda: tab.paid_work_box is not None and tab.paid_work_box.isVisible(), timeout=5000)
    box = tab.paid_work_box
    assert "21 paid API calls; 0 answers come from the store" in box.text()
    assert not tab.runner.busy and sandbox.counts.get("P022", 0) == 0
    box.button(QMessageBox.StandardButton.No).click()
    qtbot.waitUntil(lambda: tab.paid_work_box is None, timeout=5000)
    qtbot.wait(200)
    assert not tab.runner.busy and sandbox.counts.get("P022", 0) == 0  # No: nothing sent

    tab.classify_button.click()
    qtbot.waitUntil(lambda: tab.paid_work_box is not None and tab.paid_work_box.isVisible(), timeout=5000)
    tab.paid_work_box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: tab._last_end is not None and not tab.runner.busy, timeout=30000)
    assert sandbox.counts["P022"] == 21 and tab._last_end.done == 2100


def test_small_run_does_not_ask(make_classify_tab, qtbot, sandbox):
    tab = make_classify_tab()
    end = run_list(tab, qtbot, [f"US{30000000 + i}B2" for i in range(2000)])  # 20 calls: at the threshold
    assert end.done == 2000 and sandbox.counts["P022"] == 20 and tab.paid_work_box is None


def test_stale_message_cleared_and_progress_bar_hidden_until_a_run(make_classify_tab, qtbot):
    tab = make_classify_tab()
    assert not tab.progress.isVisible() and tab.progress_label.text() == "Nothing sent yet."
    tab.input.set_text("hello world")
    qtbot.waitUntil(lambda: tab.input.parsed is not None, timeout=5000)
    tab.classify_button.click()
    qtbot.waitUntil(lambda: tab.message.isVisible(), timeout=5000)
    assert tab.message.text().startswith("Enter at least one valid patent number")
    tab.input.set_text("CN110650438A")  # a valid paste
    qtbot.waitUntil(lambda: not tab.message.isVisible(), timeout=5000)
    assert not tab.progress.isVisible()
    run_list(tab, qtbot, ["CN110650438A"])
    assert tab.progress.isVisible()


def test_demo_exports_say_sample_data(make_classify_tab, qtbot, tmp_path):
    tab = make_classify_tab()
    tmp_path = tmp_path / "exports"
    tmp_path.mkdir()
    run_list(tab, qtbot, ["CN110650438A", "CN999999999A"])
    tab.context.demo = True  # the rows are on screen: only the export reads the flag
    try:
        for fmt in ("csv", "xlsx", "json"):
            done = []
            tab.export_to(str(tmp_path / f"classification.{fmt}"), fmt, on_done=done.append)
            qtbot.waitUntil(lambda d=done: bool(d), timeout=5000)
    finally:
        tab.context.demo = False
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "classification-sample.csv",
        "classification-sample.json",
        "classification-sample.xlsx",
    ]
    # CSV: only the name, so the file opens again as a list (header + one row per classification)
    rows = list(csv.DictReader((tmp_path / "classification-sample.csv").read_text("utf-8-sig").splitlines()))
    assert [r["input"] for r in rows] == [r.input for r in tab.results.shown_rows()]
    data = json.loads((tmp_path / "classification-sample.json").read_text("utf-8"))
    assert data["sample_data"] is True and "Sample data" in data["note"] and len(data["rows"]) == len(rows)
    book = load_workbook(tmp_path / "classification-sample.xlsx")
    assert book.sheetnames[1] == "Sample data" and "not from PatSnap" in book["Sample data"]["A1"].value
    assert book.worksheets[0].max_row == len(rows) + 1


def test_chinese_sentences_use_full_width_colon_and_comma():
    """ASCII ':' and ',' only inside placeholders ({2:.1f}) and numbers (9,800,501) of the classify catalogue."""
    import re
    import xml.etree.ElementTree as ET
    from pathlib import Path

    ts = Path(__file__).resolve().parents[2] / "resources" / "translations" / "ipdesk_classify_zh_CN.ts"
    offending = []
    for message in ET.parse(ts).getroot().iter("message"):
        text = message.findtext("translation") or ""
        if not re.search(r"[\u4e00-\u9fff]", text):
            continue
        bare = re.sub(r"\{[^}]*\}|\d,\d", "", text)
        if re.search(r"[:,]", bare):
            offending.append(text)
    assert offending == []
