"""Helpers shared by the risk-tab GUI tests and benchmark: a tab on an AppContext whose active profile talks to
the test's sandbox over real HTTP, and a settable clock."""

from __future__ import annotations

from datetime import UTC, date, datetime

XIAOMI = ("小米科技有限责任公司", "91110108551385082Q")
HANCHUAN = "苏州瀚川智能科技股份有限公司"


class Clock:
    """A clock tests can set; returns an aware UTC datetime at noon of ``day``."""

    def __init__(self, day: date) -> None:
        self.day = day

    def __call__(self) -> datetime:
        return datetime(self.day.year, self.day.month, self.day.day, 12, 0, tzinfo=UTC)


def make_context(qtbot, sandbox, *, monitor: bool = False, lang: str = "en", confirm_above: int = 10**6):
    """``confirm_above``: the paid-work threshold (``services.cost``); high by default, for the tests that are
    not about the question (the ones that are set it low)."""
    from ipdesk.sandbox.credentials import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET
    from ipdesk.services.cost import SETTING_KEY
    from ipdesk.services.profiles import Profile
    from ipdesk.ui.core.context import AppContext
    from ipdesk.ui.core.i18n import LanguageManager
    from ipdesk.ui.core.settings import make_settings

    settings = make_settings()
    settings.setValue("risk/monitoring", monitor)
    settings.setValue(SETTING_KEY, confirm_above)
    language = LanguageManager(settings)
    language.apply(lang)
    context = AppContext(settings=settings, language=language)
    language.setParent(context)
    profile = Profile("test", sandbox.base_url, "client_credentials", DEMO_CLIENT_ID)
    context.use_profile(profile, secret=DEMO_CLIENT_SECRET)
    qtbot.waitUntil(lambda: context.client() is not None, timeout=10000)
    return context


def make_tab(qtbot, context, clock=None, **kwargs):
    from ipdesk.ui.risk.tab import RiskTab

    tab = RiskTab(context, clock=clock, **kwargs) if clock is not None else RiskTab(context, **kwargs)
    qtbot.addWidget(tab)
    tab.resize(1400, 800)
    qtbot.waitUntil(lambda: tab._loaded, timeout=10000)
    return tab


def close_context(context, *tabs) -> None:
    for tab in tabs:
        tab.monitor.timer.stop()
    context.tasks.stop_all(pause=False)
    context.shutdown()
    context._usage_timer.stop()  # no usage refresh after the test's event loop is gone
    context.blockSignals(True)


def wait_idle(qtbot, tab, timeout: int = 15000) -> None:
    """Until no risk job and no store read or write (watchlist, history, release monitor) is under way."""
    qtbot.waitUntil(lambda: not tab.runner.busy and not tab.context.tasks.running(), timeout=timeout)


def import_values(qtbot, tab, values: list[str]) -> None:
    tab.watchlist.import_values(values)
    wait_idle(qtbot, tab)


def check(qtbot, monitor) -> list[str]:
    """The keys a release-monitor check found due (it reads the watchlist on a worker)."""
    seen: list[list[str]] = []
    monitor.checked.connect(seen.append)
    try:
        if monitor.check() is None:
            return []
        qtbot.waitUntil(lambda: bool(seen), timeout=5000)
        return seen[0]
    finally:
        monitor.checked.disconnect(seen.append)


def backfill_box(qtbot, tab, key: str | None = None, months: int | None = None):
    """The backfill question shown (after ``start_backfill(key, months)`` when given; the plan is made on a
    worker), or None when nothing needs asking."""
    from PySide6.QtWidgets import QMessageBox

    def shown():
        return [b for b in tab.findChildren(QMessageBox, "riskBackfillConfirm") if b.isVisible()]

    if key is not None:
        tab.jobs.start_backfill(key, months)
    qtbot.waitUntil(lambda: bool(shown()) or not tab.context.tasks.running(), timeout=5000)
    boxes = shown()
    return boxes[0] if boxes else None


def select(qtbot, tab, key: str) -> bool:
    """Select a company and wait for its history in the detail pane (read on a worker)."""
    selected = tab.select_key(key)

    def shown() -> bool:
        reading = tab._history_timer.isActive() or tab.context.tasks.running()
        return not reading and tab.detail.history_known and tab.detail.row.key == key

    qtbot.waitUntil(shown, timeout=5000)
    return selected


def rows_by_name(tab) -> dict:
    return {row.name: row for row in tab.model.rows()}


def cell(tab, key: str, column: int, role=None):
    from PySide6.QtCore import Qt

    source = tab.model.index(tab.model.row_index(key), column)
    return source.data(Qt.ItemDataRole.DisplayRole if role is None else role)
