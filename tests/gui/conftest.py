"""GUI test harness: offscreen Qt, a qasync event loop over pytest-qt's QApplication, the main window.

pytest-qt spins the Qt event loop (qtbot.wait, waitUntil, waitSignal) but does not drive asyncio. The `qloop`
fixture creates a qasync.QEventLoop over the qapp in "already running" mode and sets it as the asyncio loop,
so asyncio callbacks run whenever pytest-qt processes Qt events; `arun(coro)` runs a coroutine to completion
that way. Both live in tests/conftest.py (the benchmarks use them too), with the 1600x1000 offscreen screen.
"""

from __future__ import annotations

import pytest


@pytest.fixture
def make_window(qloop, qtbot, qapp):
    """Factory: a started MainWindow (demo=None: demo mode unless a profile exists). Shut down at teardown."""
    from ipdesk.ui.app import create_application, create_main_window

    windows = []

    def make(*, demo: bool | None = None, wait_ready: bool = True):
        create_application([])
        window = create_main_window(demo=demo)
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        if wait_ready:
            qtbot.waitUntil(lambda: window.context.state not in ("starting",), timeout=10000)
            # start-up work (the release monitor refreshes a watched list): let it finish first
            qtbot.waitUntil(lambda: not window.context.tasks.running(), timeout=20000)
        return window

    yield make
    for window in windows:
        try:
            window.context.tasks.stop_all(pause=False)
            window.shutdown()
        except RuntimeError:  # already deleted by Qt
            pass
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale.system())  # a test that switched to Chinese must not leak its locale


@pytest.fixture
def window(make_window):
    return make_window()


@pytest.fixture
def sandbox_context(qloop, qtbot, sandbox, tmp_path):
    """Factory: an AppContext (own settings file) whose active profile talks to the test's sandbox over real
    HTTP, ready (client built). Every context made is stopped and deleted at teardown."""
    import shiboken6
    from PySide6.QtCore import QSettings

    from ipdesk.sandbox.credentials import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET
    from ipdesk.services.profiles import Profile
    from ipdesk.ui.core.context import AppContext
    from ipdesk.ui.core.i18n import LanguageManager

    contexts = []

    def make():
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        context = AppContext(settings=settings, language=LanguageManager(settings))
        profile = Profile("test", sandbox.base_url, "client_credentials", DEMO_CLIENT_ID)
        context.use_profile(profile, secret=DEMO_CLIENT_SECRET)
        qtbot.waitUntil(lambda: context.client() is not None, timeout=10000)
        contexts.append(context)
        return context

    yield make
    for context in contexts:
        context.tasks.stop_all(pause=False)
        context.shutdown()
        shiboken6.delete(context)  # its usage timer must not fire after the event loop is closed


@pytest.fixture
def show_tab(qtbot):
    """show_tab(widget): register a tab widget with pytest-qt and show it at a roomy size."""

    def show(tab):
        qtbot.addWidget(tab)
        tab.resize(1200, 800)
        tab.show()
        return tab

    return show


@pytest.fixture
def make_classify_tab(sandbox_context, show_tab, qtbot):
    """Factory: a shown Classification tab on a sandbox context (or the one given); runs stopped at teardown."""
    import shiboken6

    from ipdesk.ui.classify.tab import ClassifyTab

    tabs = []

    def make(context=None) -> ClassifyTab:
        tab = show_tab(ClassifyTab(context if context is not None else sandbox_context()))
        tabs.append(tab)
        return tab

    yield make
    for tab in tabs:
        if shiboken6.isValid(tab):
            tab.runner.cancel()
            qtbot.waitUntil(lambda t=tab: not t.runner.busy, timeout=20000)
