"""Fixtures of the fault matrix (see ``fault_support`` for what it covers)."""

from __future__ import annotations

import pytest

from ipdesk.sandbox.server import SandboxServer


@pytest.fixture
def big_sandbox():
    """A sandbox whose request log keeps every request of a test."""
    with SandboxServer(log_size=200_000) as server:
        yield server


@pytest.fixture
def make_gui_tab(qloop, qtbot, big_sandbox, tmp_path):
    """Factory: a shown Classification tab (offscreen) whose profile talks to ``big_sandbox``, in the test's data
    folder (the one the CLI processes get), without the paid-work question. Runs stopped at teardown."""
    import shiboken6
    from PySide6.QtCore import QSettings

    from ipdesk.sandbox.credentials import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET
    from ipdesk.services.cost import SETTING_KEY
    from ipdesk.services.profiles import Profile
    from ipdesk.ui.classify.tab import ClassifyTab
    from ipdesk.ui.core.context import AppContext
    from ipdesk.ui.core.i18n import LanguageManager

    made = []

    def make() -> ClassifyTab:
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        settings.setValue(SETTING_KEY, 1_000_000)
        context = AppContext(settings=settings, language=LanguageManager(settings))
        context.use_profile(
            Profile("test", big_sandbox.base_url, "client_credentials", DEMO_CLIENT_ID),
            secret=DEMO_CLIENT_SECRET,
        )
        qtbot.waitUntil(lambda: context.client() is not None, timeout=10000)
        tab = ClassifyTab(context)
        qtbot.addWidget(tab)
        tab.resize(1200, 800)
        tab.show()
        made.append((context, tab))
        return tab

    yield make
    for context, tab in made:
        if shiboken6.isValid(tab):
            tab.runner.cancel()
            qtbot.waitUntil(lambda t=tab: not t.runner.busy, timeout=20000)
        context.tasks.stop_all(pause=False)
        context.shutdown()
        shiboken6.delete(context)
