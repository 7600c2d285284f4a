"""The release monitor, an application service: refreshes the watchlist when a new risk-data release is out, and
notifies, whether or not the Risk tab was ever built.

The decisions (which companies are due, what a refresh found) are ``services.monitor``'s; this object owns the
timer, the setting, the system tray message and the one ``RiskRunner`` that runs risk jobs (the Risk tab, when
built, uses the same runner and listens to ``refreshed``/``notified``). ``check()`` runs when a client is ready
(at start and after a profile switch) and on a timer; the watchlist is read on a worker. Where no tray exists
(offscreen, some desktops) the message goes to the status bar only; every announcement is also kept in
``notifications`` (the tests read it). One monitor per context: ``release_monitor(context)``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QSystemTrayIcon

SETTING = "risk/monitoring"
CHECK_INTERVAL_MS = 15 * 60 * 1000
OBJECT_NAME = "riskReleaseMonitor"

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class Notification:
    title: str
    message: str
    companies: tuple[str, ...]
    via_tray: bool


def release_monitor(context, *, clock: Clock | None = None) -> ReleaseMonitor:
    """The context's release monitor, made on first use (by the main window at start, or by a Risk tab built
    on its own); ``clock`` only counts for the one that makes it."""
    monitor = context.findChild(ReleaseMonitor, OBJECT_NAME)
    return monitor if monitor is not None else ReleaseMonitor(context, clock=clock or utc_now)


class ReleaseMonitor(QObject):
    checked = Signal(object)  # the keys of the companies a check found due (maybe none)
    refreshed = Signal(object)  # services.monitor.MonitorOutcome, after a monitoring refresh
    notified = Signal(object)  # Notification

    def __init__(self, context, *, clock: Clock = utc_now, interval_ms: int = CHECK_INTERVAL_MS) -> None:
        super().__init__(context)
        self.setObjectName(OBJECT_NAME)
        self.context = context
        self.clock = clock
        self.notifications: list[Notification] = []
        self.tray: QSystemTrayIcon | None = None
        self._runner = None
        self._waiting = False  # a check came while a job ran: check again when it ends
        self.timer = QTimer(self)
        self.timer.setObjectName("riskMonitorTimer")
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.timer.stop)
        context.profileChanged.connect(self._client_changed)
        self._client_changed()

    @property
    def runner(self):
        """The RiskRunner of every risk job (made when first needed: its modules load then)."""
        if self._runner is None:
            from ipdesk.ui.risk.refresh import RiskRunner

            self._runner = RiskRunner(self.context, self, clock=self.clock)
            self._runner.finished.connect(self._finished)
        return self._runner

    @property
    def enabled(self) -> bool:
        value = self.context.settings.value(SETTING, True)
        return value not in (False, "false", "0", 0)

    def set_enabled(self, enabled: bool) -> None:
        self.context.settings.setValue(SETTING, bool(enabled))
        if enabled:
            self.start()
        else:
            self.timer.stop()

    def _client_changed(self, *_: object) -> None:
        if self.context.client() is not None:
            self.start()

    def start(self) -> None:
        """Check now and then on the timer (nothing when monitoring is off)."""
        if not self.enabled:
            return
        self.timer.start()
        self.check()

    def check(self):
        """Read the watchlist on a worker and refresh the companies due (``checked`` tells which); the task, or
        None when monitoring is off or a job is running (checked again after it)."""
        if not self.enabled:
            return None
        if self._runner is not None and self._runner.busy:
            self._waiting = True
            return None
        today = self.clock().date()

        def work(ctx) -> list[str]:
            from ipdesk.services.monitor import due_companies

            store = self.context.store()
            return (
                []
                if store is None
                else [c.key for c in due_companies(store.watchlist.list_companies(), today)]
            )

        def done(keys: list[str]) -> None:
            self.checked.emit(keys)
            if keys and self.context.client() is not None:
                if self.runner.busy:
                    self._waiting = True
                else:
                    self.runner.refresh(keys, reason="monitor")

        return self.context.tasks.run("release monitor", work, owner=self, on_result=done, show=False)

    def _finished(self, end) -> None:
        if end.reason == "monitor" and end.kind == "refresh":
            today = self.clock().date()

            def work(ctx):
                from ipdesk.services.monitor import after_refresh

                return after_refresh(self.context.store(), end.companies, end.previous_checks, today)

            self.context.tasks.run("release monitor", work, owner=self, on_result=self._report, show=False)
        if self._waiting:
            self._waiting = False
            self.check()

    def _report(self, outcome) -> None:
        self.refreshed.emit(outcome)
        if not outcome.news:
            return
        from ipdesk.ui.risk.model import flag_label

        parts = [
            f"{news.name}: " + ", ".join(f"{flag_label(f)} +{growth}" for f, growth in news.flags.items())
            for news in outcome.news
        ]
        # the Risk tab's catalogue holds these texts (they were the tab's)
        title = QCoreApplication.translate("RiskTab", "IP Desk: new patent risk signals")
        text = QCoreApplication.translate("RiskTab", "Flags appeared or grew for: %1").replace(
            "%1", "; ".join(parts)
        )
        self.announce([news.name for news in outcome.news], title, text)

    def announce(self, names: Sequence[str], title: str, message: str) -> Notification:
        """Show the message in the system tray when there is one, and in the status bar; always record it."""
        via_tray = QSystemTrayIcon.isSystemTrayAvailable()
        if via_tray:
            if self.tray is None:
                self.tray = QSystemTrayIcon(QGuiApplication.windowIcon(), self)
                self.tray.setObjectName("riskTrayIcon")
                self.tray.setToolTip(title)
            self.tray.show()
            self.tray.showMessage(title, message, QSystemTrayIcon.MessageIcon.Warning, 15000)
        notification = Notification(title, message, tuple(names), via_tray)
        self.notifications.append(notification)
        self.context.message.emit(message)
        self.notified.emit(notification)
        return notification
