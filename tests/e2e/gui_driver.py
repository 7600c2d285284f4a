"""Drives a real IP Desk GUI session in its own process (run by the e2e tests, not collected by pytest).

    python gui_driver.py account NAME URL CLIENT_ID [--session-only]   (the secret comes on stdin, one line)
    python gui_driver.py session OUTDIR
    python gui_driver.py screens LANG
    python gui_driver.py report LANG OUTDIR

The app is built exactly as `ipdesk` builds it (ipdesk.ui.app: create_application, setup_logging, a qasync loop,
create_main_window), then a scenario clicks and types into the app's own widgets, found by objectName.
Protocol on stdout: `STEP <text>`, `RESULT <json>`, `READY <name>` (screens: the state is on screen; the
driver waits for a line on stdin before going on), `DONE`; a failure prints `FAIL <text>` and exits 1.
"""

from __future__ import annotations

import asyncio
import json
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget

CLASSIFY_DEMO = 40  # demo patent numbers classified in a session
COMPANIES = 4  # demo companies refreshed in a session


def say(kind: str, text: str = "") -> None:
    print(f"{kind} {text}".rstrip(), flush=True)


async def wait_for(predicate, what: str, timeout: float = 20.0):
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if loop.time() > deadline:
            raise TimeoutError(
                f"timed out after {timeout:.0f} s waiting for {what() if callable(what) else what}"
            )
        await asyncio.sleep(0.05)


def child(window: QWidget, name: str, cls: type = QObject):
    found = window.findChild(cls, name)
    if found is None:
        raise LookupError(f"no widget named {name!r}")
    return found


def answer_dialogs(answers: dict[str, object]) -> QTimer:
    """Answer modal dialogs as a user would: a QFileDialog gets the path in answers["file"] (popped),
    an export dialog answers["export"](dialog), a message box named N is answered with answers[N]."""
    timer = QTimer()

    def check() -> None:
        for widget in QApplication.topLevelWidgets():
            if not widget.isVisible():
                continue
            if isinstance(widget, QFileDialog) and answers.get("file"):
                widget.selectFile(str(answers.pop("file")))
                widget.accept()
            elif isinstance(widget, QMessageBox) and widget.objectName() in answers:
                widget.button(answers[widget.objectName()]).click()
            elif isinstance(widget, QDialog) and widget.objectName() in answers:
                answers[widget.objectName()](widget)

    timer.timeout.connect(check)
    timer.start(50)
    return timer


# -- steps on each tab ---------------------------------------------------------------------------------------
async def classify(window, keys: list[str]):
    window.tabs.setCurrentWidget(child(window, "tab_classification"))
    tab = child(window, "tab_classification")
    child(window, "classifyInputText").setPlainText("\n".join(keys))
    ends: list = []
    tab.runner.finished.connect(ends.append)
    QTest.mouseClick(child(window, "classifyButton"), Qt.MouseButton.LeftButton)
    await wait_for(lambda: ends, "the classification job to finish", 60)
    tab.runner.finished.disconnect(ends.append)
    if ends[0].status != "done":
        raise AssertionError(
            f"classification ended {ends[0].status}: {child(window, 'classifyMessageLabel').text()}"
        )
    rows = tab.results.model.rowCount()
    if rows == 0:
        raise AssertionError(
            "the classification table stayed empty: " + child(window, "classifyMessageLabel").text()
        )
    say("STEP", f"classified {len(keys)} patents: {rows} rows")
    return tab


async def open_outline(window, patent: str, lang: str, query: str, section: int):
    tab = child(window, "tab_fulltext")
    window.tabs.setCurrentWidget(tab)
    edit = child(window, "fulltextPatentEdit")
    edit.setText(patent)
    combo = child(window, "fulltextLangCombo")
    combo.setCurrentIndex(combo.findData(lang))
    QTest.mouseClick(child(window, "fulltextOpenButton"), Qt.MouseButton.LeftButton)
    await wait_for(lambda: tab.find_view(patent, lang) >= 0 and not tab.pending, f"{patent} to open", 20)
    view = tab.current_view()
    tree = view.tree
    item = tree.topLevelItem(section)
    tree.scrollToItem(item)
    QTest.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(item).center())
    await wait_for(lambda: tree.current_section() == section, "the section to be selected", 5)
    view.show_find()
    find_edit = view.find_bar.findChild(QWidget, "fulltextFindEdit")
    find_edit.setText(query)
    await wait_for(lambda: view.hits, f"hits for {query!r}", 5)
    QTest.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(item).center())
    say("STEP", f"opened {patent}: {len(view.outline.sections)} sections, {len(view.hits)} hits")
    return tab, view


async def refresh_risk(window, codes: list[str], backfill: bool):
    tab = child(window, "tab_risk")
    window.tabs.setCurrentWidget(tab)
    await wait_for(lambda: tab._loaded, "the watchlist to load", 10)
    for code in codes:
        child(window, "riskAddEdit").setText(code)
        QTest.mouseClick(child(window, "riskAddButton"), Qt.MouseButton.LeftButton)
        await wait_for(lambda: tab.watchlist.idle and not tab.runner.busy, "the company refresh", 30)
    # a run starts once its calls are counted on a worker (the paid-work rule): wait for its own end, not for an
    # idle runner, which it may still be before it starts
    refreshes: list = []
    tab.runner.finished.connect(refreshes.append)
    QTest.mouseClick(child(window, "riskRefreshAllButton"), Qt.MouseButton.LeftButton)
    await wait_for(lambda: any(end.kind == "refresh" for end in refreshes), "refresh all", 30)
    tab.runner.finished.disconnect(refreshes.append)
    await wait_for(lambda: not tab.runner.busy, "the runner to be idle", 30)
    refreshed = [r for r in tab.model.rows() if r.trend is not None]
    if len(refreshed) < len(codes):
        raise AssertionError(
            f"only {len(refreshed)} of {len(codes)} companies refreshed: {tab.message.text()}"
        )
    if backfill:
        tab.select_key(refreshed[0].key)
        months = child(window, "riskBackfillMonths")
        months.setCurrentIndex(months.count() - 1)
        timer = answer_dialogs({"riskBackfillConfirm": QMessageBox.StandardButton.Yes})
        # the calls are counted first (the paid-work rule): it may ask, then runs, maybe quickly; another run (the
        # release monitor's, after the first paint) may end meanwhile: wait for the backfill's own end
        ended: list = []
        tab.runner.finished.connect(ended.append)
        QTest.mouseClick(child(window, "riskBackfillButton"), Qt.MouseButton.LeftButton)
        await wait_for(
            lambda: any(end.kind == "backfill" for end in ended),
            lambda: (
                f"the backfill (runs ended: {[(e.kind, e.reason) for e in ended]}; {tab.message.text()!r})"
            ),
            60,
        )
        tab.runner.finished.disconnect(ended.append)
        timer.stop()
        tab.select_key(refreshed[0].key)
        await wait_for(lambda: tab.detail.chart_points() >= 6, "the history chart", 10)
        say("STEP", f"history chart: {tab.detail.chart_points()} points")
    say("STEP", f"refreshed {len(refreshed)} companies")
    return tab


# -- scenarios -------------------------------------------------------------------------------------------------
async def scenario_account(window, args: list[str]) -> None:
    name, url, client_id = args[:3]
    session_only = "--session-only" in args
    secret = sys.stdin.readline().rstrip("\n")
    await wait_for(lambda: window.context.client() is not None, "the demo session", 20)
    window.menus.actions["accounts"].trigger()
    dialog = await wait_for(lambda: window.findChild(QWidget, "accountsDialog"), "the Accounts dialog", 5)
    status = child(dialog, "keyringStatus")
    await wait_for(
        lambda: status.text() and not status.text().startswith("Checking"), "the keyring probe", 15
    )
    say("RESULT", json.dumps({"keyring_status": status.text()}))
    QTest.mouseClick(child(dialog, "addProfileButton"), Qt.MouseButton.LeftButton)
    child(dialog, "profileName").setText(name)
    child(dialog, "profileEndpoint").setCurrentIndex(2)  # custom URL
    child(dialog, "profileUrl").setText(url)
    child(dialog, "profileAuthMode").setCurrentIndex(0)  # client ID + client secret
    child(dialog, "profileClientId").setText(client_id)
    QTest.keyClicks(child(dialog, "profileSecret"), secret)  # typed, as a user would
    timer = answer_dialogs({"sessionOnlyQuestion": QMessageBox.StandardButton.Yes} if session_only else {})
    QTest.mouseClick(child(dialog, "saveProfileButton"), Qt.MouseButton.LeftButton)
    result = child(dialog, "accountsResult")
    await wait_for(lambda: result.text().startswith("Saved"), "the profile to be saved", 20)
    timer.stop()
    say("RESULT", json.dumps({"saved": result.text()}))
    ctx = window.context
    await wait_for(
        lambda: ctx.profile and ctx.profile.name == name and ctx.client(), "the profile switch", 20
    )
    child(dialog, "accountsCloseButton").click()
    from ipdesk.sandbox.demo import demo_patent_numbers

    await classify(window, demo_patent_numbers()[:3])
    say("RESULT", json.dumps({"profile": ctx.profile.name, "demo": ctx.demo, "state": ctx.state}))


async def scenario_session(window, args: list[str]) -> None:
    from ipdesk.sandbox.demo import demo_companies, demo_patent_ids, demo_patent_numbers

    out = Path(args[0])
    ctx = window.context
    await wait_for(lambda: ctx.state not in ("starting",), "the profile to start", 20)
    if ctx.demo or ctx.client() is None:
        raise AssertionError(f"expected the saved profile, got demo={ctx.demo} state={ctx.state}")
    say("STEP", f"profile {ctx.profile.name} ({ctx.state})")
    tab = await classify(
        window, demo_patent_numbers()[:CLASSIFY_DEMO] + demo_patent_ids()[:2] + ["CN999999999A"]
    )
    for fmt in ("csv", "xlsx", "json", "png"):
        done: list[int] = []
        tab.export_to(str(out / f"classification.{fmt}"), fmt, on_done=done.append)
        await wait_for(lambda done=done: done, f"the {fmt} export", 10)
    # the Full text export goes through the File menu and its dialogs, as a user would do it
    await open_outline(window, "US8927118B2", "EN", "light", 1)

    def markdown(dialog) -> None:
        dialog.findChild(QWidget, "fulltextExportMarkdown").setChecked(True)
        dialog.accept()

    target = out / "US8927118B2.md"
    timer = answer_dialogs({"fulltextExportDialog": markdown, "file": target})
    QTimer.singleShot(0, window.menus.actions["export"].trigger)
    await wait_for(target.exists, "the Markdown export", 15)
    timer.stop()
    risk = await refresh_risk(window, [c["credit_code"] for c in demo_companies()[:COMPANIES]], backfill=True)
    exports = [  # written on workers
        risk.export_report(str(out / "watchlist.csv")),
        risk.export_report(str(out / "watchlist.xlsx")),
        risk.export_history_to(risk.selected_keys()[0], str(out / "history.csv")),
    ]
    await wait_for(lambda: all(not task.running for task in exports), "the Risk exports", 15)
    say("RESULT", json.dumps({"exports": sorted(p.name for p in out.iterdir())}))


async def scenario_screens(window, args: list[str]) -> None:
    from ipdesk.sandbox.demo import demo_companies, demo_patent_ids, demo_patent_numbers

    zh = args[0].startswith("zh")
    ctx = window.context
    await wait_for(lambda: ctx.client() is not None, "the demo session", 20)
    loop = asyncio.get_running_loop()

    async def ready(name: str, expect_title: str) -> None:
        title = window.tabs.tabText(window.tabs.currentIndex())
        if title != expect_title:
            raise AssertionError(f"tab title {title!r}, expected {expect_title!r}")
        window.raise_()
        for _ in range(5):
            await asyncio.sleep(0.1)  # let the last layout and paint reach the X server
        sizes = {
            w.objectName(): [w.minimumSizeHint().width(), w.minimumSizeHint().height()]
            for w in (window.tabs.widget(i) for i in range(window.tabs.count()))
        }
        info = {"window": [window.width(), window.height()], "tab_minimum_sizes": sizes}
        say("READY", f"{name} {json.dumps(info)}")
        await loop.run_in_executor(None, sys.stdin.readline)

    keys = demo_patent_numbers()[:60] + demo_patent_ids()[:3] + ["CN999999999A", "not a patent"]
    await classify(window, keys)
    await ready("classification", "分类" if zh else "Classification")
    patent, lang, query = ("CN110650438A", "CN", "信号") if zh else ("US8927118B2", "EN", "light")
    await open_outline(window, patent, lang, query, 1)
    await ready("fulltext", "全文" if zh else "Full text")
    await refresh_risk(window, [c["credit_code"] for c in demo_companies()[:6]], backfill=True)
    await ready("risk", "风险监控" if zh else "Risk monitoring")


async def scenario_report(window, args: list[str]) -> None:
    """The report dialog over a demo classification and the watchlist, the window at 1280x720: the preview is
    shown (READY report), then each report is saved as PDF and the classification report printed to a PDF
    printer target (the dialog's print path) in OUTDIR."""
    from PySide6.QtPrintSupport import QPrinter

    from ipdesk.sandbox.demo import demo_companies, demo_patent_numbers

    lang, out = ("zh" if args[0].startswith("zh") else "en"), Path(args[1])
    ctx = window.context
    await wait_for(lambda: ctx.client() is not None, "the demo session", 20)
    window.resize(1280, 720)
    window.move(0, 0)
    tab = await classify(window, demo_patent_numbers()[:60] + ["CN110650438A", "not a patent"])
    window.menus.actions["report"].trigger()  # File → Report…
    dialog = tab.report_dialog
    await wait_for(lambda: dialog.paged is not None and dialog.task is None, "the report's preview", 30)
    dialog.lang_combo.setCurrentIndex(1 if lang == "zh" else 0)
    await wait_for(
        lambda: dialog.report.lang == lang and dialog.task is None, "the report in its language", 30
    )
    frame = dialog.frameGeometry()
    say("STEP", f"report dialog {frame.width()}x{frame.height()} at {frame.x()},{frame.y()}")
    for _ in range(5):
        await asyncio.sleep(0.1)
    say("READY", f"report {json.dumps({'pages': dialog.paged.page_count})}")
    await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)

    written: list[str] = []
    dialog.written.connect(written.append)
    dialog.save_to(str(out / f"classify-{lang}.pdf"), "pdf")
    await wait_for(lambda: written, "the PDF", 30)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out / f"printed-{lang}.pdf"))
    dialog.print_to(printer)
    await wait_for(lambda: len(written) == 2, "the printout", 30)
    dialog.reject()

    risk = await refresh_risk(
        window, [c["credit_code"] for c in demo_companies()[:COMPANIES]], backfill=False
    )
    window.menus.actions["report"].trigger()
    dialog = risk.report_dialog
    await wait_for(lambda: dialog.paged is not None and dialog.task is None, "the risk report", 30)
    dialog.lang_combo.setCurrentIndex(1 if lang == "zh" else 0)
    await wait_for(
        lambda: dialog.report.lang == lang and dialog.task is None, "the risk report in its language", 30
    )
    written.clear()
    dialog.written.connect(written.append)
    dialog.save_to(str(out / f"risk-{lang}.pdf"), "pdf")
    await wait_for(lambda: written, "the risk PDF", 30)
    dialog.reject()
    say("RESULT", json.dumps({"files": sorted(p.name for p in out.iterdir())}))


SCENARIOS = {
    "account": scenario_account,
    "session": scenario_session,
    "screens": scenario_screens,
    "report": scenario_report,
}


def main(argv: list[str]) -> int:
    import qasync

    from ipdesk.ui.app import create_application, create_main_window
    from ipdesk.ui.core.logsetup import setup_logging

    scenario, args = SCENARIOS[argv[1]], argv[2:]
    app = create_application(["ipdesk"])
    setup_logging()
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    window = create_main_window(demo=True if argv[1] in ("screens", "report") else None)
    window.show()
    outcome: dict[str, object] = {}

    async def run() -> None:
        try:
            await scenario(window, args)
            outcome["ok"] = True
        except BaseException as exc:  # noqa: BLE001 - reported to the test on stdout
            say("FAIL", f"{type(exc).__name__}: {exc}")
            traceback.print_exc()
            outcome["ok"] = False
        finally:
            window.close()  # saves the layout and stops the workers, as when the user closes the window
            app.quit()

    with loop:
        loop.run_until_complete(run())
    say("DONE")
    return 0 if outcome.get("ok") else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
