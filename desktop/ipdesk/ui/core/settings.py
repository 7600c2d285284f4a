"""Where non-secret settings live (QSettings), and the QSettings backend for account profiles.

Only QtCore is needed, so the CLI can use it too (and then sees the same profiles as the GUI).
With $IPDESK_DATA_DIR set (tests, portable installs) the settings are an INI file inside that folder
(`settings.ini`); otherwise the platform's native place for organisation/application "IPDesk".
Nothing secret is ever written here: secrets go to the keyring (ipdesk.services.secrets).
"""

from __future__ import annotations

import os

from PySide6.QtCore import QSettings

from ipdesk.services.paths import APPLICATION, DATA_DIR_ENV, ORGANIZATION, data_dir

SETTINGS_FILENAME = "settings.ini"


def make_settings() -> QSettings:
    """A QSettings for IP Desk (one per caller; QSettings objects are cheap and share one cache)."""
    if os.environ.get(DATA_DIR_ENV, "").strip():
        return QSettings(str(data_dir() / SETTINGS_FILENAME), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)


class QSettingsBackend:
    """ipdesk.services.profiles.SettingsBackend over QSettings (string values only)."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self.settings = settings if settings is not None else make_settings()

    def get(self, key: str) -> str | None:
        value = self.settings.value(key)
        return None if value is None else str(value)

    def set(self, key: str, value: str) -> None:
        self.settings.setValue(key, value)
        self.settings.sync()

    def remove(self, key: str) -> None:
        self.settings.remove(key)
        self.settings.sync()
