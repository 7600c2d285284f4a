"""The release-date monitor: refreshes the watchlist when a new risk-data release is out, and notifies.

PatSnap publishes risk data on the 1st and the 16th. A company is *due* when its last checked release is older
than the latest release on or before today (by the injectable ``clock``). ``check()`` runs at start and on a
timer; it asks for a refresh of the due companies only, so each company is refreshed at most once per release
(a company the service does not know, 68300012, counts as checked for that release too). After a monitoring
refresh, the companies whose flags appeared or grew since their previous check are announced with a system
tray message, or - where no tray exists (offscreen, some desktops) - in the status bar; every announcement is
also kept in ``notifications`` (the tests read it).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QSystemTrayIcon

from ipdesk.services import releases

SETTING = "risk/monitoring"
CHECK_INTERVAL_MS = 15 * 60 * 1000


@dataclass(frozen=True)
class Notification:
    title: str
    message: str
    companies: tuple[str, ...]
    via_tray: bool


def due_companies(companies: Sequence, today: date) -> list:
    """The watched companies not checked for the latest release on or before ``today``."""
    latest = releases.latest_release(today)
    return [c for c in companies if c.last_release_checked is None or c.last_release_checked < latest]


class ReleaseMonitor(QObject):
    refreshRequested = Signal(object)  # list of company keys
    notified = Signal(object)  # Notification

    def __init__(
        self,
        settings: QSettings,
        clock: Callable[[], datetime],
        companies: Callable[[], Sequence],
        parent: QObject | None = None,
        *,
        interval_ms: int = CHECK_INTERVAL_MS,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.clock = clock
        self._companies = companies
        self.notifications: list[Notification] = []
        self.tray: QSystemTrayIcon | None = None
        self.timer = QTimer(self)
        self.timer.setObjectName("riskMonitorTimer")
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.timer.stop)

    @property
    def enabled(self) -> bool:
        value = self.settings.value(SETTING, True)
        return value not in (False, "false", "0", 0)

    def set_enabled(self, enabled: bool) -> None:
        self.settings.setValue(SETTING, bool(enabled))
        if enabled:
            self.start()
        else:
            self.timer.stop()

    def start(self) -> None:
        """Check now and then on the timer (nothing when monitoring is off)."""
        if not self.enabled:
            return
        self.timer.start()
        self.check()

    def due(self) -> list:
        return due_companies(self._companies(), self.clock().date())

    def check(self) -> list[str]:
        """Ask for a refresh of the due companies; returns their keys (empty when none or turned off)."""
        if not self.enabled:
            return []
        keys = [c.key for c in self.due()]
        if keys:
            self.refreshRequested.emit(keys)
        return keys

    def announce(self, names: Sequence[str], title: str, message: str) -> Notification:
        """Show the message in the system tray when there is one; always record it."""
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
        self.notified.emit(notification)
        return notification
