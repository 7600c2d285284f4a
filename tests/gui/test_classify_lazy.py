"""The Classification tab is the tab shown at start: building it must not load what only a list, a run, an export
or a dialog needs (the classification service, the store and SQLite, the export writers, Qt Charts, ...), and
what is built later must look and behave as if it had been built at once."""

from __future__ import annotations

import json
import subprocess
import sys

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QComboBox

# Modules the tab needs only once the user has a list, runs, exports or opens a dialog
HEAVY = (
    "hashlib",
    "sqlite3",
    "ipdesk.api.models",
    "ipdesk.services.batch",
    "ipdesk.services.classify",
    "ipdesk.services.export",
    "ipdesk.services.patents",
    "ipdesk.services.store",
    "ipdesk.ui.classify.invalid",
    "openpyxl",
    "PySide6.QtCharts",
)

# Builds and shows the tab on a fresh context (as at start, then as after the profile is installed), reports the
# heavy modules it loaded; then types a list and opens the Jobs menu (the needs), and reports again.
SCRIPT = """
import asyncio, json, sys
import qasync
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

app = QApplication(["ipdesk-test"])
loop = qasync.QEventLoop(app)
asyncio.set_event_loop(loop)
from ipdesk.ui.core.context import AppContext
from ipdesk.ui.core.i18n import LanguageManager

settings = QSettings(sys.argv[1], QSettings.Format.IniFormat)
context = AppContext(settings=settings, language=LanguageManager(settings))
heavy = json.loads(sys.argv[2])
already = [m for m in heavy if m in sys.modules]

from ipdesk.ui.classify.tab import ClassifyTab


async def main():  # one run of the loop: stopping it quits the application
    tab = ClassifyTab(context)
    tab.resize(1200, 800)
    tab.show()
    context.profileChanged.emit(None)  # what the start does once the client is ready
    await asyncio.sleep(0.4)
    at_start = [m for m in heavy if m in sys.modules and m not in already]
    jobs_at_start = tab.runner.jobs
    tab.input.set_text("CN110650438A\\nhello")
    tab.input.recount_now()
    for _ in range(200):
        await asyncio.sleep(0.05)
        if tab.input.parsed is not None:
            break
    tab.jobs_menu.aboutToShow.emit()  # read on a worker: the menu says "Reading the jobs…" until it arrives
    for _ in range(200):
        await asyncio.sleep(0.05)
        if tab.runner.jobs is not None:
            break
    return {
        "already": already, "at_start": at_start, "jobs_at_start": jobs_at_start,
        "with_a_list": [m for m in heavy if m in sys.modules],
        "counts": tab.input.counts.text(), "jobs_read": tab.runner.jobs is not None,
    }


print(json.dumps(loop.run_until_complete(main())))
"""


def test_building_the_tab_loads_nothing_heavy_until_needed(tmp_path):
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "settings.ini"), json.dumps(HEAVY)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["at_start"] == [], report
    assert (
        report["jobs_at_start"] is None
    )  # the job list (and the store) is read when the Jobs menu is needed
    # then a list is typed and the Jobs menu opened: what they need is loaded (the check above can see it)
    needed = {"ipdesk.services.patents", "ipdesk.services.classify", "sqlite3", "ipdesk.services.store"}
    assert needed <= set(report["with_a_list"]) | set(report["already"]), report
    assert report["counts"].startswith("Unique: 1 ·"), report
    assert report["jobs_read"]


def test_language_box_names_its_items_when_used_and_keeps_its_size(make_classify_tab, qtbot):
    tab = make_classify_tab()
    combo = tab.lang_combo
    plain = QComboBox()  # the box as it would be with both names from the start
    qtbot.addWidget(plain)
    plain.addItem("English", "en")
    plain.addItem("中文", "cn")
    plain.setFont(combo.font())
    assert combo.sizeHint() == plain.sizeHint()
    assert [combo.itemData(i) for i in range(combo.count())] == ["en", "cn"]
    assert combo.currentText() == "English"
    combo.showPopup()  # a click
    assert [combo.view().model().index(i, 0).data() for i in range(2)] == ["English", "中文"]
    combo.hidePopup()
    combo.setCurrentIndex(1)
    assert (combo.currentText(), tab.lang()) == ("中文", "cn")


def test_language_box_is_named_before_keyboard_or_code_changes_it(make_classify_tab, qtbot):
    tab = make_classify_tab()
    tab.lang_combo.setCurrentIndex(1)  # set by code, without the box being used first
    assert tab.lang_combo.currentText() == "中文"
    other = make_classify_tab(tab.context)
    other.activateWindow()
    qtbot.waitUntil(other.isActiveWindow, timeout=3000)
    other.lang_combo.setFocus()
    qtbot.waitUntil(other.lang_combo.hasFocus, timeout=3000)
    assert other.lang_combo.itemText(1) == "中文"


def test_message_is_red_without_a_style_sheet(make_classify_tab):
    tab = make_classify_tab()
    tab.show_message("Something went wrong.")
    assert tab.message.isVisible()
    assert tab.message.styleSheet() == ""
    assert tab.message.palette().color(QPalette.ColorRole.WindowText) == QColor("#c62828")
    # the other roles still follow the application palette (light or dark)
    assert tab.message.palette().color(QPalette.ColorRole.Window) == tab.palette().color(
        QPalette.ColorRole.Window
    )


def test_focusing_the_jobs_button_reads_the_job_list(make_classify_tab, qtbot):
    tab = make_classify_tab()
    assert tab.runner.jobs is None
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow, timeout=3000)
    tab.jobs_button.setFocus()
    qtbot.waitUntil(lambda: tab.runner.jobs is not None, timeout=5000)
    assert tab.runner.jobs == []  # a new store has no stopped job
    tab._fill_jobs_menu()  # the menu opens
    assert [a.text() for a in tab.jobs_menu.actions()] == ["No stopped jobs"]


def test_filter_clear_button_is_made_when_the_filter_is_used(make_classify_tab, qtbot):
    tab = make_classify_tab()
    edit = tab.results.filter_edit
    assert not edit.isClearButtonEnabled()  # hidden while empty anyway: not made at start
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow, timeout=3000)
    tab.find()  # Edit → Find: the filter takes the focus
    qtbot.waitUntil(edit.hasFocus, timeout=3000)
    assert edit.isClearButtonEnabled()
    other = make_classify_tab(tab.context)
    other.results.filter_edit.setText("CN")  # text arriving without the focus (a drop)
    assert other.results.filter_edit.isClearButtonEnabled()
