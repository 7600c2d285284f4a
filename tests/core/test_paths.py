"""paths: $IPDESK_DATA_DIR override, the Qt AppDataLocation convention per platform, private folders."""

from __future__ import annotations

import stat
import sys
from pathlib import Path

import pytest

from ipdesk.services import paths

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_env_override_is_used_and_created(tmp_path, monkeypatch):
    target = tmp_path / "nested" / "data"
    monkeypatch.setenv("IPDESK_DATA_DIR", str(target))
    assert paths.data_dir() == target
    assert target.is_dir()
    assert paths.log_dir() == target / "logs"
    assert (target / "logs").is_dir()
    assert paths.database_path() == target / "ipdesk.sqlite3"


def test_conftest_isolates_the_data_dir(data_dir):
    assert paths.data_dir() == data_dir


def test_data_dir_without_create_does_not_create(tmp_path, monkeypatch):
    target = tmp_path / "later"
    monkeypatch.setenv("IPDESK_DATA_DIR", str(target))
    assert paths.data_dir(create=False) == target
    assert not target.exists()


@posix_only
def test_created_folders_are_private(tmp_path, monkeypatch):
    target = tmp_path / "a" / "b"
    monkeypatch.setenv("IPDESK_DATA_DIR", str(target))
    logs = paths.log_dir()
    assert _mode(target) == 0o700
    assert _mode(tmp_path / "a") == 0o700
    assert _mode(logs) == 0o700


@pytest.fixture
def no_override(monkeypatch, tmp_path):
    monkeypatch.delenv("IPDESK_DATA_DIR", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    return tmp_path / "home"


def test_linux_default(no_override, monkeypatch):
    monkeypatch.setattr(sys, "platform", "linux")
    assert paths.data_dir(create=False) == no_override / ".local" / "share" / "IPDesk" / "IPDesk"


def test_linux_xdg_data_home(no_override, monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert paths.data_dir(create=False) == tmp_path / "xdg" / "IPDesk" / "IPDesk"
    monkeypatch.setenv("XDG_DATA_HOME", "relative/dir")  # ignored, as Qt does
    assert paths.data_dir(create=False) == no_override / ".local" / "share" / "IPDesk" / "IPDesk"


def test_macos_default(no_override, monkeypatch):
    monkeypatch.setattr(sys, "platform", "darwin")
    assert (
        paths.data_dir(create=False) == no_override / "Library" / "Application Support" / "IPDesk" / "IPDesk"
    )


def test_windows_default(no_override, monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("APPDATA", str(tmp_path / "Roaming"))
    assert paths.data_dir(create=False) == tmp_path / "Roaming" / "IPDesk" / "IPDesk"


@posix_only
def test_default_location_created_private_below_the_platform_folder(no_override, monkeypatch):
    monkeypatch.setattr(sys, "platform", "linux")
    created = paths.data_dir()
    assert created.is_dir()
    assert _mode(created) == 0o700
    assert _mode(created.parent) == 0o700  # the organisation folder is ours too
