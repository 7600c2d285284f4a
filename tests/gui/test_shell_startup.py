"""The staged start (issue 4, start-up time and memory): the window's frame is shown and painted before asyncio,
the tabs' modules, requests or the sandbox are loaded; the rest comes up right after; demo mode does no work at
start that the user has not asked for (the sample watchlist waits until the Risk tab is opened), while a
watchlist with companies in it is still monitored from the start.
"""

from __future__ import annotations

import json
import os
import sys

import pytest
from PySide6.QtWidgets import QWidget

from ipdesk.ui.shell.tabs import TAB_SPECS, LazyTab

FIRST_FRAME = r"""
import json, sys
from ipdesk.ui.app import create_application, create_main_window, wait_first_paint
app = create_application(["ipdesk"])
window = create_main_window(demo=True, staged=True)
window.show()
wait_first_paint(app, window)
handle = window.windowHandle()
print(json.dumps({
    "exposed": handle is not None and handle.isExposed(),
    "banner": window.banner.isVisible(),
    "title": window.windowTitle(),
    "menus": [a.text() for a in window.menuBar().actions()],
    "profile": window.status.profile_label.text(),
    "current_is_placeholder": type(window.tabs.currentWidget()).__name__,
    "loaded": sorted(m for m in NOT_BEFORE_FIRST_FRAME if m in sys.modules),
}))
"""
# Not one of these is needed to paint the window's frame: each is loaded when first used (after the first paint)
NOT_BEFORE_FIRST_FRAME = (
    "asyncio",
    "qasync",
    "requests",
    "sqlite3",
    "openpyxl",
    "PySide6.QtCharts",
    "PySide6.QtPrintSupport",
    "PySide6.QtNetwork",
    "ipdesk.api.client",
    "ipdesk.documents",
    "ipdesk.sandbox.server",
    "ipdesk.services.reports",
    "ipdesk.services.store",
    "ipdesk.ui.classify.tab",
    "ipdesk.ui.fulltext.tab",
    "ipdesk.ui.risk.tab",
    "ipdesk.ui.risk.release_monitor",  # the window makes it once the frame is painted (start_services)
    "ipdesk.ui.shell.links",  # made when the first tab is built
)


OFFSCREEN = {"QT_QPA_PLATFORM": "offscreen", "LANG": "en_US.UTF-8"}


def test_first_frame_is_painted_before_asyncio_tabs_requests_or_the_sandbox_load(data_dir, run_python):
    code = f"NOT_BEFORE_FIRST_FRAME = {NOT_BEFORE_FIRST_FRAME!r}\n{FIRST_FRAME}"
    stdout = run_python(code, env={**os.environ, **OFFSCREEN})
    frame = json.loads(stdout.strip().splitlines()[-1])
    assert frame["exposed"] and frame["banner"], frame  # demo mode is known before the start: no layout jump
    assert frame["title"] == "IP Desk — demo mode"
    assert frame["menus"] == ["&File", "&Edit", "&View", "&Account", "&Help"]
    assert frame["profile"] == "Demo (Built-in sandbox)"
    assert frame["current_is_placeholder"] == "LazyTab"
    assert frame["loaded"] == [], f"loaded before the first paint: {frame['loaded']}"


def test_the_rest_comes_up_after_the_first_paint(qloop, qtbot, data_dir):
    from ipdesk.ui.app import create_application, create_main_window, finish_start, wait_first_paint

    app = create_application([])
    window = create_main_window(demo=True, staged=True)
    qtbot.addWidget(window)
    window.show()
    wait_first_paint(app, window)
    assert isinstance(window.tabs.currentWidget(), LazyTab)
    assert window.context.state == "starting"
    try:
        finish_start(window, demo=True)
        tab = window.tabs.currentWidget()
        assert not isinstance(tab, LazyTab) and tab.objectName() == "tab_classification"
        assert tab.isAncestorOf(app.focusWidget())  # typing works at once
        qtbot.waitUntil(lambda: window.context.client() is not None, timeout=10000)
        assert window.context.demo and window.banner.isVisible()
    finally:
        window.context.tasks.stop_all(pause=False)
        window.shutdown()


def _risk_page(window) -> QWidget:
    """The Risk monitoring page as it is (findChild would build it)."""
    return window.tabs.widget(next(i for i, spec in enumerate(TAB_SPECS) if spec.key == "risk"))


def test_demo_start_builds_no_risk_tab_and_makes_no_call(window, qtbot):
    qtbot.waitUntil(lambda: window.context.state == "ready", timeout=10000)
    qtbot.wait(300)  # the start-up watchlist check has run
    assert isinstance(_risk_page(window), LazyTab)  # the sample watchlist waits until the tab is opened
    assert window.context.client()._session_value is None  # no HTTP session: not one request was made
    assert not window.context.tasks.running()
    # opening the tab gives the empty demo watchlist its sample companies and refreshes them
    risk = window.findChild(QWidget, "tab_risk")
    qtbot.waitUntil(lambda: risk._loaded and risk.model.rowCount() > 0, timeout=10000)
    qtbot.waitUntil(lambda: not risk.runner.busy and not window.context.tasks.running(), timeout=20000)
    assert all(row.trend is not None for row in risk.model.rows())


def test_a_watched_company_is_monitored_from_the_start(make_window, qtbot, data_dir):
    from ipdesk.services.session import database_path
    from ipdesk.services.store import Store

    store = Store(database_path(True))
    store.watchlist.add_company("credit_code", "91110108551385082Q")  # Xiaomi, in the demo data
    store.close()
    window = make_window(demo=True, wait_ready=False)
    qtbot.waitUntil(lambda: window.context.store() is not None, timeout=10000)

    def refreshed() -> bool:
        company = window.context.store().watchlist.find_company("credit_code", "91110108551385082Q")
        done = company is not None and company.last_release_checked is not None
        return done and not window.context.tasks.running()

    qtbot.waitUntil(refreshed, timeout=20000)  # refreshed, not asked: by the release monitor
    assert isinstance(_risk_page(window), LazyTab)  # with no Risk tab built
    assert window.context.store().results.get_result("C029", "credit_code:91110108551385082Q") is not None
    # the tab, opened later, shows what the monitor fetched
    risk = window.findChild(QWidget, "tab_risk")
    qtbot.waitUntil(lambda: risk._loaded and risk.model.rowCount() == 1, timeout=10000)
    assert risk.model.rows()[0].trend is not None
    assert risk.runner is window.release_monitor.runner  # one runner for every risk job
    qtbot.waitUntil(lambda: not window.context.tasks.running(), timeout=20000)


# The tab the user left last is current again at start: it is built after the first paint, and neither it nor
# the start opens the store (the data folder's health check, the spool taken in) on the GUI thread.
LAST_TAB_START = r"""
import json, sys, threading
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from ipdesk.services import store as store_package
from ipdesk.services.store import health
from ipdesk.ui import app
from ipdesk.ui.core.settings import make_settings

QApplication.setOrganizationName(app.ORGANIZATION)
QApplication.setApplicationName(app.APPLICATION)
settings = make_settings()
settings.setValue("window/last_tab", sys.argv[1])
settings.sync()
calls, frame = [], {}


def watch(owner, name):
    original = getattr(owner, name)

    def watched(*args, **kwargs):
        calls.append([name, threading.current_thread() is threading.main_thread()])
        return original(*args, **kwargs)

    setattr(owner, name, watched)


watch(health, "check")
watch(store_package.Store, "take_in_spool")
already = set(sys.modules)  # (this script loaded the store to watch it)
first_paint = app.wait_first_paint


def wait_first_paint(qapp, window, *args):
    first_paint(qapp, window, *args)
    page = window.tabs.currentWidget()
    frame.update(current=page.objectName(), built=type(page).__name__ != "LazyTab")
    frame["loaded"] = sorted(m for m in NOT_BEFORE_FIRST_FRAME if m in sys.modules and m not in already)


def report():
    window = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow")
    frame.update(state=window.context.state, store=window.context.store() is not None, calls=calls)
    print(json.dumps(frame), flush=True)
    QApplication.instance().quit()


create = app.create_application


def create_application(argv):
    qapp = create(argv)
    QTimer.singleShot(2000, report)
    return qapp


app.wait_first_paint = wait_first_paint
app.create_application = create_application
sys.exit(app.run_gui(["ipdesk"], demo=True))
"""


@pytest.mark.parametrize("last_tab", [spec.key for spec in TAB_SPECS])
def test_the_last_tab_and_the_store_come_up_after_the_first_paint_off_the_gui_thread(
    last_tab, data_dir, run_python
):
    code = f"import sys\nsys.argv[1:] = [{last_tab!r}]\nNOT_BEFORE_FIRST_FRAME = {NOT_BEFORE_FIRST_FRAME!r}\n{LAST_TAB_START}"
    start = json.loads(run_python(code, env={**os.environ, **OFFSCREEN}).strip().splitlines()[-1])
    assert start["current"] == f"tab_{last_tab}" and not start["built"], start  # built after the first paint
    assert start["loaded"] == [], f"loaded before the first paint: {start['loaded']}"
    assert start["state"] in ("ready", "connected") and start["store"], start  # (the Risk tab refreshes)
    opened = [name for name, _on_gui_thread in start["calls"]]
    assert "check" in opened and "take_in_spool" in opened, start
    assert not [name for name, on_gui_thread in start["calls"] if on_gui_thread], start


IDLE_DEMO = r"""
import json, sys
from PySide6.QtCore import QTimer
import ipdesk.ui.app as app

def report():
    window = next(w for w in app.QApplication.topLevelWidgets() if w.objectName() == "mainWindow")
    maps = open("/proc/self/maps").read() if sys.platform.startswith("linux") else ""
    print(json.dumps({
        "state": window.context.state,
        "loaded": sorted(m for m in ("ssl", "_hashlib", "requests", "http.server", "importlib.metadata",
                                     "ipdesk.sandbox.server", "ipdesk.ui.risk.tab") if m in sys.modules),
        "libcrypto": "libcrypto" in maps,
    }), flush=True)
    app.QApplication.instance().quit()

create = app.create_application

def create_application(argv):  # the report is timed from the QApplication's creation
    qapp = create(argv)
    QTimer.singleShot(1500, report)
    return qapp

app.create_application = create_application
sys.exit(app.run_gui(["ipdesk"], demo=True))
"""


def test_demo_mode_idles_without_openssl_requests_or_the_sandbox_server(data_dir, run_python):
    """What start-up leaves out until it is needed (the first API call loads them: see test_api_units and
    test_sandbox_lazy)."""
    idle = json.loads(run_python(IDLE_DEMO, env={**os.environ, **OFFSCREEN}).strip().splitlines()[-1])
    assert idle["state"] == "ready" and idle["loaded"] == [], idle
    if sys.platform.startswith("linux"):
        assert not idle["libcrypto"], "OpenSSL was loaded at start"


def test_asyncio_without_openssl_leaves_ssl_working_for_requests(run_python):
    code = (
        "import sys\n"
        "from ipdesk.ui.app import import_asyncio_without_openssl\n"
        "asyncio = import_asyncio_without_openssl()\n"
        "import asyncio.sslproto\n"
        "assert 'ssl' not in sys.modules and asyncio.sslproto.ssl is None\n"
        "import ssl, requests\n"
        "context = ssl.create_default_context()\n"
        "assert context.verify_mode == ssl.CERT_REQUIRED and requests.Session().verify is True\n"
        "asyncio.run(asyncio.sleep(0))\n"
        "print('ok')\n"
    )
    stdout = run_python(code)
    assert stdout.strip() == "ok"
