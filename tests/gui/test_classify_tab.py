"""The Classification tab against the sandbox over real HTTP: live counts, run, cancel, resume, table, chart,
exports, copy, job list after a restart, quota errors and retry."""

from __future__ import annotations

import csv
import json
from collections import Counter

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QApplication

from ipdesk.api.errors import error_for_code
from ipdesk.sandbox import demo_data
from ipdesk.sandbox.demo import demo_patent_ids, demo_patent_numbers
from ipdesk.ui.classify.model import COL_LV1_DESC, COL_STATUS, COLUMN_KEYS

COLUMNS = [*COLUMN_KEYS, "error"]


@pytest.fixture
def make_tab(make_classify_tab):
    return make_classify_tab


def expected_rows(keys, lang="en"):
    """(input, lv1, lv2, lv1 name, lv2 name, status) per classification, from the sandbox's own demo data."""
    db = demo_data.seic()
    rows = Counter()
    for key in keys:
        patent = db.by_id.get(key.lower()) or db.by_pn.get(key.upper())
        if patent is None:  # unknown to PatSnap: no entry in the answer
            rows[(key, "", "", "", "", "not_found")] += 1
            continue
        if not patent["seic"]:  # a known patent without classification
            rows[(key, "", "", "", "", "none")] += 1
            continue
        for lv2 in patent["seic"]:
            lv1 = lv2.split(".")[0]
            rows[(key, lv1, lv2, db.taxonomy[lv1][lang], db.taxonomy[lv2][lang], "ok")] += 1
    return rows


def table_rows(tab):
    return Counter(
        (r.input, r.seic_lv1_no, r.seic_lv2_no, r.seic_lv1_desc, r.seic_lv2_desc, r.status)
        for r in tab.results.model.rows()
    )


def requested_keys(sandbox):
    """Every key sent in a P022 call (from the sandbox's request log)."""
    keys = Counter()
    for entry in sandbox.requests_log:
        if entry["op"] == "P022":
            for name in ("patent_number", "patent_id"):
                value = entry["query"].get(name)
                if value:
                    keys.update(value.split(","))
    return keys


def set_text_and_count(tab, qtbot, text):
    tab.input.set_text(text)
    qtbot.waitUntil(lambda: tab.input.parsed is not None and tab.input.parsed.total_entries > 0, timeout=5000)
    qtbot.waitUntil(lambda: not tab.input.pending(), timeout=5000)


def test_live_counts_while_typing(make_tab, qtbot, sandbox):
    tab = make_tab()
    store = tab.context.store()
    store.results.put_result("P022", "US9800501B2", None, "en")  # already paid for
    text = (
        "CN110650438A，US 9,800,501 B2、CN110650438A\n"  # full-width comma and 、, a duplicate
        "us9800501b2\n"  # duplicate after normalisation
        "1e099a74-4378-4b84-9d13-f1b4ed5cb59b\n"  # a patent id
        "hello world\n"  # invalid (one entry: the pieces never form a number)
        "XX12345\n" + "\n".join(f"CN{200000000 + i}A" for i in range(150))  # invalid office code
    )
    tab.input.set_text(text)
    assert tab.input.pending()  # debounced: nothing computed on the keystroke
    expected = (
        'Unique: 153 · duplicates: 2 · <a href="invalid">invalid: 2 (click to see which and why)</a> · '
        '<a href="rewritten">rewritten: 1 (click to see as what)</a> · '  # "US 9,800,501 B2" is sent as US9800501B2
        "already in the store: 1 · API calls needed: 3"
    )
    qtbot.waitUntil(lambda: tab.input.counts.text() == expected, timeout=5000)
    assert sandbox.counts.get("P022", 0) == 0  # nothing is sent before Classify
    tab.lang_combo.setCurrentIndex(1)  # cn: nothing stored in that language
    qtbot.waitUntil(
        lambda: "already in the store: 0 · API calls needed: 3" in tab.input.counts.text(), timeout=5000
    )
    dialog = tab.input.show_invalid("invalid")
    entries = [(dialog.table.item(r, 1).text(), dialog.table.item(r, 2).text()) for r in range(2)]
    assert dialog.table.rowCount() == 3 and [e[0] for e in entries] == ["hello world", "XX12345"]
    assert [dialog.table.item(2, c).text() for c in (1, 3)] == ["US 9,800,501 B2", "US9800501B2"]  # rewritten
    assert "unknown country code 'XX'" in entries[1][1]
    dialog.close()
    tab.input.set_text("")
    qtbot.waitUntil(lambda: tab.input.counts.text() == "Nothing entered yet.", timeout=5000)


def _run_keys():
    numbers = demo_patent_numbers()
    unknown = [f"CN{300000000 + i}A" for i in range(400)]
    return numbers + unknown + demo_patent_ids()


def test_run_cancel_resume_table_chart_exports(make_tab, qtbot, sandbox, tmp_path):
    keys = _run_keys()
    sandbox.configure(latency_ms=1000)
    tab = make_tab()
    set_text_and_count(tab, qtbot, "\n".join(keys))
    assert tab.input.parsed.unique == len(keys)
    tab.classify_button.click()
    qtbot.waitUntil(lambda: tab.runner.busy, timeout=5000)
    qtbot.waitUntil(lambda: tab.results.model.rowCount() > 0, timeout=15000)
    tab.cancel_button.click()
    assert not tab.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: not tab.runner.busy, timeout=20000)
    end = tab._last_end
    assert end.status == "cancelled" and end.pending > 0 and end.done >= 100
    assert tab.resume_button.isVisible()
    assert "remaining" in tab.progress_label.text()
    assert len({r.key for r in tab.results.model.rows()}) == end.done  # the table shows every answered patent

    sandbox.configure(latency_ms=100)
    tab.resume_button.click()
    qtbot.waitUntil(lambda: not tab.runner.busy and tab._last_end is not None, timeout=30000)
    end = tab._last_end
    assert (end.status, end.done, end.pending, end.failed) == ("done", len(keys), 0, 0)
    assert max(requested_keys(sandbox).values()) == 1  # nothing fetched twice
    assert set(requested_keys(sandbox)) == set(keys)
    assert table_rows(tab) == expected_rows(keys)
    unknown_row = next(r for r in tab.results.model.rows() if r.key == keys[-400 - len(demo_patent_ids())])
    assert unknown_row.status == "not_found"
    assert tab.results.model.status_text(unknown_row) == "Not found in PatSnap"

    # the chart: distinct patents per level-1 code (a patent listed by its number and by its id counts once)
    db = demo_data.seic()
    per_patent: dict[str, set] = {}
    for key in set(keys):
        patent = db.by_pn.get(key.upper()) or db.by_id.get(key.lower())
        identity = patent["patent_id"] if patent else key
        per_patent.setdefault(identity, set()).update(lv1 for (k, lv1, *_r) in expected_rows([key]) if lv1)
    per_lv1 = Counter(lv1 for lv1s in per_patent.values() for lv1 in lv1s)
    bars = tab.results.chart.bars()
    assert [(code, count) for code, _name, count in bars] == sorted(
        per_lv1.items(), key=lambda kv: int(kv[0])
    )
    dist = tab.results.chart.distribution
    assert dist.total == len(per_patent) < len(keys) and dist.same_patent == len(keys) - len(per_patent)
    assert len(dist.entries) == end.done  # the summary counts what the progress line counts
    summary = tab.results.chart._summary.text()
    assert (
        summary.startswith(f"{end.done} entries answered:")
        and f"{len(per_patent)} distinct patents" in summary
    )
    assert f"{len(keys) - len(per_patent)} listed twice" in summary and f"{end.done} of {len(keys)}" in (
        tab.progress_label.text()
    )
    tab.results.chart.click_bar(0)  # drill down into level-1 "1", which filters the table
    lv1 = bars[0][0]
    proxy = tab.results.proxy
    shown = {proxy.index(r, 3).data() for r in range(proxy.rowCount())}
    assert shown == {lv1} and tab.results.chart.drilled() == lv1
    lv2_bars = tab.results.chart.bars()
    assert all(code.startswith(lv1 + ".") for code, _n, _c in lv2_bars)
    tab.results.chart.click_bar(1)
    assert {proxy.index(r, 5).data() for r in range(proxy.rowCount())} == {lv2_bars[1][0]}
    assert proxy.rowCount() == sum(
        n for (k, a, b, *_r), n in expected_rows(keys).items() if b == lv2_bars[1][0]
    )
    tab.results.chart.show_level1()
    assert proxy.rowCount() == tab.results.model.rowCount()

    # filter on any column, sort on any column
    tab.results.filter_edit.setText("cn11065")
    qtbot.waitUntil(lambda: proxy.rowCount() < tab.results.model.rowCount(), timeout=3000)
    assert proxy.rowCount() >= 1
    cells = [[proxy.index(r, c).data() for c in range(8)] for r in range(proxy.rowCount())]
    assert all(any("CN11065" in cell for cell in row) for row in cells)
    assert {row[2] for row in cells if row[0] != row[1]} == {"1e099a74-4378-4b84-9d13-f1b4ed5cb59b"}
    tab.results.filter_edit.setText("")
    qtbot.waitUntil(lambda: proxy.rowCount() == tab.results.model.rowCount(), timeout=3000)
    tab.results.table.sortByColumn(5, Qt.SortOrder.DescendingOrder)
    codes = [proxy.index(r, 5).data() for r in range(proxy.rowCount())]
    assert codes[0] == max((c for c in codes if c), key=lambda c: tuple(map(int, c.split("."))))
    assert codes[-1] == ""

    # exports: every format read back
    table = [r.as_dict() for r in tab.results.shown_rows()]
    done = []
    for fmt in ("csv", "xlsx", "json", "png"):
        tab.export_to(str(tmp_path / f"out.{fmt}"), fmt, on_done=done.append)
    qtbot.waitUntil(lambda: len(done) == 4, timeout=20000)
    raw = (tmp_path / "out.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert list(csv.DictReader(raw.decode("utf-8-sig").splitlines())) == table
    book = load_workbook(tmp_path / "out.xlsx", read_only=True)
    sheet_rows = [
        ["" if v is None else str(v) for v in row] for row in book.worksheets[0].iter_rows(values_only=True)
    ]
    book.close()
    assert sheet_rows[0] == COLUMNS and [dict(zip(COLUMNS, r, strict=True)) for r in sheet_rows[1:]] == table
    assert json.loads((tmp_path / "out.json").read_text(encoding="utf-8")) == table
    image = QImage(str(tmp_path / "out.png"))
    assert (tmp_path / "out.png").stat().st_size > 0 and not image.isNull() and image.width() > 100

    # copy the selection as tab-separated text
    tab.results.table.setFocus()
    tab.results.select_rows(0, 2)
    tab.copy()  # Edit → Copy
    lines = QGuiApplication.clipboard().text().splitlines()
    visible = tab.results.visible_columns()
    assert lines == ["\t".join(proxy.index(r, c).data() for c in visible) for r in range(3)]
    QGuiApplication.clipboard().clear()
    tab.results.select_rows(3, 4)
    qtbot.keyClick(
        tab.results.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier
    )  # Ctrl+C in the table
    lines = QGuiApplication.clipboard().text().splitlines()
    assert lines == ["\t".join(proxy.index(r, c).data() for c in visible) for r in (3, 4)]


def test_job_list_after_restart_and_other_language_tooltip(make_tab, qtbot, sandbox):
    keys = demo_patent_numbers()[:60] + [f"CN{400000000 + i}A" for i in range(1440)]
    sandbox.configure(latency_ms=800)
    tab = make_tab()
    set_text_and_count(tab, qtbot, "\n".join(keys))
    tab.lang_combo.setCurrentIndex(1)  # Chinese results
    tab.classify()
    qtbot.waitUntil(lambda: tab.results.model.rowCount() > 0, timeout=15000)
    tab.cancel()
    qtbot.waitUntil(lambda: not tab.runner.busy, timeout=20000)
    job_id = tab._last_end.job_id
    assert tab._last_end.pending > 0
    context = tab.context
    tab.close()

    sandbox.configure(latency_ms=0)
    fresh = make_tab(context)  # "after a restart": a new tab, the job comes from the store
    assert fresh.runner.jobs is None  # not read before the Jobs button is used
    fresh.jobs_menu.aboutToShow.emit()  # the menu opens: the list is read then, on a worker
    assert [a.text() for a in fresh.jobs_menu.actions()] == ["Reading the jobs…"]

    def job_actions():
        return [a for a in fresh.jobs_menu.actions() if a.text().startswith(f"Job {job_id} ")]

    qtbot.waitUntil(lambda: len(job_actions()) == 1, timeout=5000)  # the menu fills in when the list arrives
    actions = job_actions()
    actions[0].trigger()
    qtbot.waitUntil(lambda: fresh._last_end is not None and not fresh.runner.busy, timeout=20000)
    assert (fresh._last_end.status, fresh._last_end.pending) == ("done", 0)
    assert fresh.input.text().split("\n") == keys  # the job's list is back in the box
    assert table_rows(fresh) == expected_rows(keys, "cn")
    assert max(requested_keys(sandbox).values()) == 1

    # the same patents in English: the Chinese names from the store become tooltips
    fresh.lang_combo.setCurrentIndex(0)
    with qtbot.waitSignal(fresh.runner.finished, timeout=20000):
        fresh.classify()
    assert fresh._last_end.status == "done"
    model = fresh.results.model
    row = next(i for i, r in enumerate(model.rows()) if r.seic_lv1_no == "1")
    assert model.index(row, COL_LV1_DESC).data() == "New-generation information technology"
    assert model.index(row, COL_LV1_DESC).data(3) == "新一代信息技术产业"  # ToolTipRole


def test_quota_error_stops_keeps_results_and_retry(make_tab, qtbot, sandbox):
    keys = [f"CN{500000000 + i}A" for i in range(1000)]
    sandbox.configure(latency_ms=300)
    tab = make_tab()
    set_text_and_count(tab, qtbot, "\n".join(keys))
    tab.classify()
    qtbot.waitUntil(lambda: tab.results.model.rowCount() > 0, timeout=15000)
    sandbox.configure(inject={67200005: 1.0}, inject_ops={"P022"})  # insufficient balance from now on
    qtbot.waitUntil(lambda: not tab.runner.busy, timeout=20000)
    end = tab._last_end
    assert end.status == "failed" and end.pending > 0
    message = error_for_code(67200005).message("en")
    assert tab.message.isVisible() and tab.message.text() == message
    kept = tab.results.model.rowCount()
    assert kept == end.done and kept >= 100  # every result so far is kept
    sandbox.configure(inject={})
    tab.resume_button.click()
    qtbot.waitUntil(lambda: not tab.runner.busy and tab._last_end.status == "done", timeout=20000)
    assert tab.results.model.rowCount() == len(keys)
    assert not tab.message.isVisible()


def test_failed_items_shown_and_retried_with_one_click(make_tab, qtbot, sandbox):
    keys = [f"CN{600000000 + i}A" for i in range(100)]
    tab = make_tab()
    set_text_and_count(tab, qtbot, "\n".join(keys))
    # the one call keeps failing with a transient error until its retries are exhausted
    sandbox.configure(fail_next=["html_502"] * 5)
    tab.classify()
    qtbot.waitUntil(lambda: tab._last_end is not None and not tab.runner.busy, timeout=60000)
    end = tab._last_end
    assert end.failed == 100 and end.pending == 0
    failed = [r for r in tab.results.model.rows() if r.status == "failed"]
    assert len(failed) == 100 and failed[0].status
    assert tab.retry_button.isVisible() and not tab.resume_button.isVisible()
    tab.retry_button.click()
    qtbot.waitUntil(lambda: not tab.runner.busy and tab._last_end.status == "done", timeout=20000)
    assert [r.status for r in tab.results.model.rows()].count("failed") == 0
    assert tab.results.model.rowCount() == len(keys)
    assert not tab.retry_button.isVisible()


def test_open_csv_with_column_picker_and_xlsx(make_tab, qtbot, tmp_path):
    from openpyxl import Workbook
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QInputDialog

    tab = make_tab()
    path = tmp_path / "list.csv"
    path.write_text("No.,Patent,Owner\n1,CN110650438A,ACME\n2,US 9800501 B2,Foo\n", encoding="utf-8-sig")

    def accept_picker():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QInputDialog):
            assert dialog.objectName() == "classifyColumnPicker"
            assert dialog.textValue().startswith("Patent")  # the column that holds patents is proposed
            dialog.accept()
        else:
            QTimer.singleShot(20, accept_picker)

    QTimer.singleShot(20, accept_picker)
    tab.open_file(str(path))
    qtbot.waitUntil(lambda: tab.input.text() == "CN110650438A\nUS 9800501 B2", timeout=5000)
    qtbot.waitUntil(lambda: tab.input.counts.text().startswith("Unique: 2"), timeout=5000)

    book = Workbook()
    book.active.append(["CN110650438A"])
    book.active.append(["US10230447B2"])
    book.save(tmp_path / "list.xlsx")
    tab.open_file(str(tmp_path / "list.xlsx"))  # one column: no question
    qtbot.waitUntil(lambda: tab.input.text() == "CN110650438A\nUS10230447B2", timeout=5000)


def test_names_and_column_chooser(make_tab):
    from PySide6.QtWidgets import QWidget

    tab = make_tab()
    for name in (
        "classifyInputText",
        "classifyCountsLabel",
        "classifyOpenButton",
        "classifyLangCombo",
        "classifyRefreshCheck",
        "classifyJobsButton",
        "classifyButton",
        "classifyCancelButton",
        "classifyProgressBar",
        "classifyFilterEdit",
        "classifyTable",
        "classifyChartView",
    ):
        widget = tab.findChild(QWidget, name)
        assert widget is not None and widget.accessibleName(), name
    menu = tab.results.column_menu()
    actions = menu.actions()
    assert [a.text() for a in actions][:2] == ["Input", "Patent number"]
    actions[1].setChecked(False)
    assert tab.results.table.isColumnHidden(1)
    assert 1 not in tab.results.visible_columns()
    actions[1].setChecked(True)
    assert not tab.results.table.isColumnHidden(1)


def test_language_switch_rewords_counts_and_status_column(make_tab, qtbot, sandbox):
    tab = make_tab()
    set_text_and_count(tab, qtbot, "\n".join(demo_patent_numbers()[:5]) + "\nXX12345")
    tab.classify()
    qtbot.waitUntil(lambda: not tab.runner.busy and bool(tab.results.model.rows()), timeout=20000)
    model, proxy = tab.results.model, tab.results.proxy
    assert {r.status: model.status_text(r) for r in model.rows()}["ok"] == "Classified"
    proxy.set_text_filter("classified")
    matching = proxy.rowCount()
    assert 0 < matching == sum(r.status == "ok" for r in model.rows())
    language = tab.context.language
    try:
        language.apply("zh_CN")
        qtbot.wait(50)
        assert {r.status: model.status_text(r) for r in model.rows()}["ok"] == "已分类"
        assert model.data(model.index(0, COL_STATUS)) in ("已分类", "无战略性新兴产业分类")
        assert proxy.rowCount() == 0  # the filter sees the new words
        counts = tab.input.counts.text()
        assert "unique" not in counts and counts.startswith("5 ")
    finally:
        language.apply("en")
    qtbot.wait(50)
    assert tab.input.counts.text().startswith("Unique: 5")
    assert proxy.rowCount() == matching


def test_chinese_interface_classifies_in_chinese_by_default(make_tab, sandbox_context, qtbot):
    """In the Chinese interface the results come in Chinese (no English industry names in a Chinese table and
    chart) unless the user picks English; the English interface keeps English."""
    context = sandbox_context()
    context.language.apply("zh_CN")
    try:
        tab = make_tab(context)
        assert tab.lang_combo.currentData() == "cn"
        set_text_and_count(tab, qtbot, "\n".join(demo_patent_numbers()[:3]))
        tab.classify()
        qtbot.waitUntil(lambda: not tab.runner.busy and bool(tab.results.model.rows()), timeout=20000)
        names = {r.seic_lv1_desc for r in tab.results.model.rows() if r.seic_lv1_desc}
        assert names and all(any("\u4e00" <= ch <= "\u9fff" for ch in name) for name in names), names
    finally:
        context.language.apply("en")
    assert make_tab(context).lang_combo.currentData() == "en"


def test_following_another_run_keeps_the_counts_whole_beside_the_bar(make_tab, qtbot):
    """The same list running in another window: the why goes on the message line (it wraps); the counts beside
    the progress bar fit it in a 1120-pixel window (the default at 1280x720), in English and Chinese."""
    from ipdesk.ui.classify.run import RunEnd, RunProgress

    tab = make_tab()
    tab.resize(1104, 600)
    tab.progress.show()
    language = tab.context.language
    try:
        for lang in ("en", "zh_CN"):
            language.apply(lang)
            qtbot.wait(20)  # the language change is delivered first (it words the idle line again)
            tab._on_progress(RunProgress(1, 3000, 1234, 0, 1766, 0, 95.0, following=True))
            qtbot.wait(20)
            label = tab.progress_label
            assert label.fontMetrics().horizontalAdvance(label.text()) <= label.width(), label.text()
            assert "1766" in label.text() and tab.message.isVisible()
            assert "IP Desk" in tab.message.text()
            if lang == "en":
                assert "already running in another IP Desk window or process" in tab.message.text()
            else:
                assert "another" not in tab.message.text() and "Following" not in label.text()
    finally:
        language.apply("en")
    tab._show_end(RunEnd(1, "done", 3000, 3000, 0, 0))
    assert not tab.message.isVisible()
