"""The report dialog (File → Report…, File → Print… / Ctrl+P) on real tabs over the sandbox: the preview shows the
pages, Save… writes the PDF (read back with pypdf) or the workbook, printing to a PDF printer target goes through
the dialog's print path, the language is the report's own, and Cancel stops the work."""

from __future__ import annotations

import threading
from datetime import datetime

import pytest
import shiboken6
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog

from ipdesk.documents.text import format_cell
from ipdesk.messages import t
from ipdesk.sandbox.demo import demo_patent_numbers
from ipdesk.services.reports.model import Facts, Heading, Report, Table
from ipdesk.ui.reports.dialog import ReportDialog


def flat(text: str) -> str:
    return " ".join(text.split())


def pdf_text(path) -> str:
    return " ".join(flat(page.extract_text()) for page in PdfReader(path).pages)


@pytest.fixture
def classified_tab(make_classify_tab, qtbot):
    tab = make_classify_tab()
    numbers = demo_patent_numbers()[:60]
    tab.input.set_text("\n".join([*numbers, numbers[0], "hello"]))
    qtbot.waitUntil(lambda: tab.input.parsed is not None and not tab.input.pending(), timeout=5000)
    tab.classify_button.click()
    qtbot.waitUntil(lambda: tab._last_end is not None and not tab.runner.busy, timeout=30000)
    assert tab.results.model.rowCount() > 0
    return tab


def wait_ready(qtbot, dialog: ReportDialog) -> None:
    qtbot.waitUntil(lambda: dialog.paged is not None and dialog.task is None, timeout=20000)


def test_classification_report_preview_save_and_language(classified_tab, qtbot, tmp_path):
    tab = classified_tab
    tab.report()
    dialog = tab.report_dialog
    assert isinstance(dialog, ReportDialog) and dialog.isVisible()
    wait_ready(qtbot, dialog)
    preview = dialog.preview
    pages = dialog.paged.page_count
    assert pages >= 3 and preview.pages == pages
    assert not preview.page_label.pixmap().isNull()
    assert preview.position.text() == f"Page 1 of {pages}"
    assert dialog.status.text() == ""  # the page count is said once, beside the page buttons
    preview.next_button.click()  # page 2 is painted on a worker when first shown
    qtbot.waitUntil(lambda: 1 in preview.images, timeout=10000)
    assert preview.position.text() == f"Page 2 of {pages}" and not preview.page_label.pixmap().isNull()
    assert not dialog.filter_check.isVisible()  # no filter in the table: nothing to choose
    assert not dialog.note.isVisible()  # an English report of a list classified in English

    dialog.title_edit.setText("Portfolio of ACME")
    dialog.generate()
    wait_ready(qtbot, dialog)
    path = tmp_path / "report.pdf"
    with qtbot.waitSignal(dialog.written, timeout=20000):
        dialog.save_to(str(path), "pdf")
    text = pdf_text(path)
    assert "Portfolio of ACME" in text and dialog.report.mark in text
    level1 = next(
        b for b in dialog.report.blocks if isinstance(b, Table) and b.title == t("report.level1_table", "en")
    )
    for row in level1.rows:
        assert " ".join(format_cell(v, i in level1.percent) for i, v in enumerate(row)) in text

    dialog.lang_combo.setCurrentIndex(1)  # 中文: the report's language, not the UI's
    wait_ready(qtbot, dialog)
    assert dialog.report.lang == "zh" and tab.tr("Classify") == "Classify"
    assert not dialog.note.isVisible()  # classified in English, named in Chinese from the bundled taxonomy
    level1 = next(
        b for b in dialog.report.blocks if isinstance(b, Table) and b.title == t("report.level1_table", "zh")
    )
    assert level1.rows and all(any("\u4e00" <= c <= "\u9fff" for c in row[1]) for row in level1.rows)
    path = tmp_path / "报告.pdf"
    with qtbot.waitSignal(dialog.written, timeout=20000):
        dialog.save_to(str(path), "pdf")
    text = pdf_text(path)
    assert t("report.method", "zh") in text and t("report.level1", "zh") in text
    workbook = tmp_path / "report.xlsx"
    with qtbot.waitSignal(dialog.written, timeout=20000):
        dialog.save_to(str(workbook), "xlsx")
    assert workbook.stat().st_size > 0
    dialog.reject()


def assert_all_from_the_store(tab, qtbot, unique: int) -> None:
    """The tab's report says every one of the ``unique`` entries was answered from the store, with no call."""
    tab.report()
    dialog = tab.report_dialog
    wait_ready(qtbot, dialog)
    method = dict(next(b for b in dialog.report.blocks if isinstance(b, Facts)).rows)
    assert method[t("report.from_store", "en")] == str(unique) and method[t("report.calls", "en")] == "0"
    dialog.reject()


def test_method_box_counts_the_runs_calls_and_the_stores_answers(classified_tab, qtbot):
    tab = classified_tab
    unique = tab.input.parsed.unique
    ends = []
    tab.runner.finished.connect(ends.append)
    tab.classify_button.click()  # the same list again: every answer comes from the store, no call
    qtbot.waitUntil(lambda: bool(ends) and not tab.runner.busy, timeout=30000)
    assert_all_from_the_store(tab, qtbot, unique)


def test_a_list_reopened_from_the_store_counts_every_answer_as_from_the_store(
    classified_tab, make_classify_tab, qtbot
):
    unique, job_id = classified_tab.input.parsed.unique, classified_tab.runner.job_id
    tab = make_classify_tab(classified_tab.context)  # another window's tab, or the same after a restart
    tab.reopen_list(job_id)
    qtbot.waitUntil(lambda: tab._last_end is not None and tab._last_end.job_id == job_id, timeout=10000)
    assert_all_from_the_store(tab, qtbot, unique)


def test_only_the_filtered_rows(classified_tab, qtbot):
    tab = classified_tab
    tab.results.filter_edit.setText(tab.results.model.rows()[0].seic_lv1_no or "none")
    proxy = tab.results.proxy
    qtbot.waitUntil(lambda: 0 < proxy.rowCount() < tab.results.model.rowCount(), timeout=3000)
    tab.report()
    dialog = tab.report_dialog
    wait_ready(qtbot, dialog)
    assert dialog.filter_check.isVisible() and not dialog.filter_check.isChecked()
    every = dialog.report.blocks[-1]
    dialog.filter_check.setChecked(True)
    qtbot.waitUntil(lambda: dialog.paged is not None and dialog.options().only_filtered, timeout=20000)
    wait_ready(qtbot, dialog)
    only = dialog.report.blocks[-1]
    assert isinstance(only, Table) and len(only.rows) == proxy.rowCount() < len(every.rows)
    dialog.reject()


def test_print_path_to_a_pdf_printer(classified_tab, qtbot, tmp_path):
    tab = classified_tab
    tab.report()
    dialog = tab.report_dialog
    wait_ready(qtbot, dialog)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    with qtbot.waitSignal(dialog.written, timeout=20000):
        dialog.print_to(printer)
    reader = PdfReader(tmp_path / "printed.pdf")
    assert len(reader.pages) == dialog.paged.page_count
    assert dialog.report.title in flat(reader.pages[0].extract_text())
    assert dialog.status.text() == "Sent to the printer."
    dialog.reject()


def test_ctrl_p_in_the_risk_tab_prints_through_the_print_dialog(make_window, qtbot, tmp_path, monkeypatch):
    """File → Print… (Ctrl+P) on the Risk tab in demo mode: the dialog makes the report, then the system print
    dialog (here accepted with a PDF file as the printer) prints it."""
    target = tmp_path / "risk-printed.pdf"
    asked = []

    def fake_exec(self) -> int:
        asked.append((self.minPage(), self.maxPage()))
        self.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        self.printer().setOutputFileName(str(target))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", fake_exec)
    window = make_window(demo=True)
    window.tabs.setCurrentIndex(2)
    qtbot.waitUntil(lambda: getattr(window.current_tab(), "model", None) is not None, timeout=10000)
    tab = window.current_tab()
    qtbot.waitUntil(lambda: len(tab.model.rows()) > 0, timeout=10000)
    action = window.menus.actions["print"]
    assert action.shortcut().toString() == "Ctrl+P" and action.isEnabled()
    action.trigger()
    dialog = tab.report_dialog
    assert isinstance(dialog, ReportDialog)
    qtbot.waitUntil(lambda: target.exists() and dialog.task is None, timeout=30000)
    assert asked == [(1, dialog.paged.page_count)]
    assert len(PdfReader(target).pages) == dialog.paged.page_count
    assert window.menus.actions["report"].isEnabled()
    dialog.reject()


def big_report(rows: int) -> Report:
    return Report(
        "classify",
        "en",
        "Big",
        "",
        datetime(2026, 1, 1),
        "sandbox",
        blocks=[Heading("All"), Table("rows", ("a", "b"), tuple((f"row {i}", i) for i in range(rows)), (1,))],
    )


def test_cancel_stops_generating_and_saving(sandbox_context, qtbot, tmp_path):
    context = sandbox_context()
    started, release = threading.Event(), threading.Event()

    def slow_build(options):
        started.set()
        release.wait(10)
        return big_report(30000)

    dialog = ReportDialog(context, slow_build)
    qtbot.addWidget(dialog)
    dialog.start()
    qtbot.waitUntil(started.is_set, timeout=5000)
    assert dialog.cancel_button.isVisible()
    assert not dialog.save_button.isEnabled()
    dialog.cancel_button.click()
    release.set()
    assert dialog.task is None and dialog.status.text() == "Cancelled."
    qtbot.wait(300)
    assert dialog.paged is None  # the cancelled work's result never arrives
    assert not dialog.save_button.isEnabled() and not dialog.cancel_button.isVisible()

    dialog._build = lambda options: big_report(30000)
    dialog.generate()
    wait_ready(qtbot, dialog)
    out = tmp_path / "out"
    out.mkdir()
    dialog.save_to(str(out / "big.pdf"), "pdf")
    qtbot.waitUntil(lambda: dialog.progress.value() > 0, timeout=20000)
    dialog.cancel_button.click()
    assert dialog.status.text() == "Cancelled."
    qtbot.wait(1500)  # the worker stops at its next page
    assert not list(out.iterdir())
    dialog.reject()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=3000)  # with its laid-out report
