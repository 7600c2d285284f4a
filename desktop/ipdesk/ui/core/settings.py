"""Where non-secret settings live (QSettings), and the QSettings backend for account profiles.

Only QtCore is needed, so the CLI can use it too (and then sees the same profiles as the GUI).
With $IPDESK_DATA_DIR set (tests, portable installs), or on Unix with $HOME unset (where Qt would put them
under "/" while the data goes to the account's home from the password database), the settings are an INI file
inside the data folder (`settings.ini`), so settings and data stay in one place; otherwise the platform's
native place for organisation/application "IPDesk". The settings file is owner-only (0o600).
Nothing secret is ever written here: secrets go to the keyring (ipdesk.services.secrets).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings

from ipdesk.services.paths import APPLICATION, DATA_DIR_ENV, ORGANIZATION, data_dir, make_private

SETTINGS_FILENAME = "settings.ini"


def settings_in_data_dir() -> bool:
    """True when the settings are ``settings.ini`` in the data folder (see the module documentation)."""
    no_home = os.name == "posix" and not os.environ.get("HOME", "").strip()
    return bool(os.environ.get(DATA_DIR_ENV, "").strip()) or no_home


def make_settings() -> QSettings:
    """A QSettings for IP Desk (one per caller; QSettings objects are cheap and share one cache)."""
    if settings_in_data_dir():
        settings = QSettings(str(data_dir() / SETTINGS_FILENAME), QSettings.Format.IniFormat)
    else:
        settings = QSettings(
            QSettings.Format.NativeFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
        )
    _private_file(Path(settings.fileName()))
    return settings


def _private_file(path: Path) -> None:
    """Create the settings file empty with mode 0o600 (Qt's atomic save keeps the mode of the file it
    replaces), or tighten it when found looser. A file that cannot be made (read-only folder) is left."""
    if os.name != "posix" or not path.is_absolute():
        return
    try:
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except FileExistsError:
        make_private(path)
    except OSError:
        pass


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
