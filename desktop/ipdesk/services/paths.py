"""Where IP Desk keeps its files (database, logs).

The data folder follows Qt's ``QStandardPaths.AppDataLocation`` convention for the organisation "IPDesk" and the
application "IPDesk", i.e. ``<generic data folder>/IPDesk/IPDesk``:

- Linux and other Unix: ``$XDG_DATA_HOME/IPDesk/IPDesk`` (``$XDG_DATA_HOME`` only when it is an absolute path,
  as Qt does), else ``~/.local/share/IPDesk/IPDesk``;
- macOS: ``~/Library/Application Support/IPDesk/IPDesk``;
- Windows: ``%APPDATA%/IPDesk/IPDesk`` (the roaming application data folder).

The core cannot import Qt, so the convention is mirrored here; the GUI must use these functions too, so that the
command line and the app always share one database. ``$IPDESK_DATA_DIR`` overrides the location (tests, portable
installs). Folders this module creates get mode 0o700 (owner only); ``secure_data_dir`` tightens an existing
data folder and the files in it (0o700 folders, 0o600 files) when they are found looser.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ORGANIZATION = "IPDesk"
APPLICATION = "IPDesk"
DATA_DIR_ENV = "IPDESK_DATA_DIR"
DATABASE_FILENAME = "ipdesk.sqlite3"
LOG_DIRNAME = "logs"
BACKUP_DIRNAME = "backups"
OWN_FILE_PREFIXES = (DATABASE_FILENAME, "demo.sqlite3", "settings.", LOG_DIRNAME, BACKUP_DIRNAME)


def _generic_data_location() -> Path:
    """The per-user data folder of the platform (Qt's GenericDataLocation, AppDataLocation on Windows)."""
    home = Path.home()
    if sys.platform == "win32":
        appdata = os.environ.get("APPDATA")
        return Path(appdata) if appdata else home / "AppData" / "Roaming"
    if sys.platform == "darwin":
        return home / "Library" / "Application Support"
    xdg = os.environ.get("XDG_DATA_HOME", "")
    if xdg and os.path.isabs(xdg):
        return Path(xdg)
    return home / ".local" / "share"


def default_data_dir() -> Path:
    """The platform data folder (ignoring ``$IPDESK_DATA_DIR``); not created."""
    return _generic_data_location() / ORGANIZATION / APPLICATION


def _make_private_dirs(path: Path, stop_at: Path | None = None) -> None:
    """Create ``path`` and its missing parents; the ones below ``stop_at`` (or all) get mode 0o700."""
    missing: list[Path] = []
    current = path
    while not current.exists():
        missing.append(current)
        if current.parent == current:
            break
        current = current.parent
    for folder in reversed(missing):
        private = stop_at is None or folder.is_relative_to(stop_at) and folder != stop_at
        try:
            folder.mkdir(mode=0o700 if private else 0o777)
        except FileExistsError:  # created meanwhile by another process
            pass


def data_dir(create: bool = True) -> Path:
    """The folder of the database and logs: ``$IPDESK_DATA_DIR`` or the Qt AppDataLocation convention."""
    override = os.environ.get(DATA_DIR_ENV, "").strip()
    if override:
        path = Path(override).expanduser()
        if create:
            _make_private_dirs(path)
        return path
    path = default_data_dir()
    if create:
        _make_private_dirs(path, stop_at=_generic_data_location())
    return path


def log_dir(create: bool = True) -> Path:
    """``data_dir()/logs``."""
    path = data_dir(create) / LOG_DIRNAME
    if create:
        _make_private_dirs(path)
    return path


def database_path(create_dir: bool = True) -> Path:
    """The SQLite database file (the file itself is created by the store, with mode 0o600)."""
    return data_dir(create_dir) / DATABASE_FILENAME


def make_private(path: Path) -> bool:
    """Take the group's and others' permissions (and sticky/set-id bits) off ``path`` when it has any (e.g. a
    1777 folder becomes 0700, a 0644 log 0600) and belongs to this user; the owner's own bits are kept (a folder
    the user made read-only stays read-only). True if changed. Never raises (a read-only mount: left)."""
    if os.name != "posix":
        return False
    try:
        st = path.lstat()
        wanted = st.st_mode & 0o700
        if st.st_uid != os.geteuid() or path.is_symlink() or (st.st_mode & 0o7777) == wanted:
            return False
        os.chmod(path, wanted)
        return True
    except OSError:
        return False


def secure_data_dir(folder: Path | None = None) -> list[Path]:
    """Tighten the data folder (default ``data_dir(create=False)``), the app's files in it (databases with their
    -wal/-shm and copies, settings), its ``logs``/``backups`` folders and their files to owner-only; returns
    what was changed. Other files someone keeps in the folder are left as they are."""
    folder = data_dir(create=False) if folder is None else folder
    if not folder.is_dir():
        return []
    changed = [folder] if make_private(folder) else []
    try:
        entries = [p for p in folder.iterdir() if p.name.startswith(OWN_FILE_PREFIXES)]
        for sub in (LOG_DIRNAME, BACKUP_DIRNAME):
            if (folder / sub).is_dir():
                entries += list((folder / sub).iterdir())
    except OSError:
        return changed
    changed += [p for p in entries if (p.is_file() or p.is_dir()) and make_private(p)]
    return changed


def resource_dir(*parts: str) -> Path:
    """A folder of the shipped resources (package `ipdesk.resources`), the same in a wheel, an editable install
    and a PyInstaller bundle. A plain path, as the resources are plain files: importlib.resources would cost
    ~10 ms before the window can be shown."""
    import ipdesk.resources

    return Path(ipdesk.resources.__file__).parent.joinpath(*parts)
