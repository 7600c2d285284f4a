"""Owner-only data: the data folder 0700 and every file the app writes 0600 (database with -wal/-shm, logs,
settings, backups), tightened when found looser; with HOME unset, settings and data in one place."""

from __future__ import annotations

import os
import stat

from support import (
    IS_ROOT,
    NOBODY,
    assert_no_traceback,
    child_env,
    populate,
    run_gui,
    run_in,
)


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_cli_tightens_a_loose_data_folder_and_its_files(folder):
    data = folder / "data"
    db = data / "ipdesk.sqlite3"
    populate(db, 20)
    (data / "logs").mkdir()
    (data / "logs" / "ipdesk.log").write_text("old log\n")
    (data / "settings.ini").write_text("[General]\n")
    (data / "notes.txt").write_text("the user's own file\n")
    if IS_ROOT:
        for p in [data / "logs", data / "logs" / "ipdesk.log", data / "settings.ini", data / "notes.txt"]:
            os.chown(p, NOBODY, NOBODY)
    data.chmod(0o1777)
    for p in (db, data / "logs" / "ipdesk.log", data / "settings.ini", data / "notes.txt"):
        p.chmod(0o644)
    (data / "logs").chmod(0o755)
    proc = run_in(folder, "jobs")
    assert proc.returncode == 0, proc.stderr
    assert_no_traceback(proc.stderr)
    assert mode(data) == 0o700
    assert mode(data / "logs") == 0o700
    for name in ("ipdesk.sqlite3", "settings.ini", "logs/ipdesk.log"):
        assert mode(data / name) == 0o600, name
    for side in data.glob("ipdesk.sqlite3*"):
        assert mode(side) & 0o077 == 0, side
    for copy in (data / "backups").iterdir():
        assert mode(copy) == 0o600
    assert mode(data / "notes.txt") == 0o644  # not the app's: left alone


def test_gui_writes_owner_only_files(folder):
    data = folder / "data"
    populate(data / "demo.sqlite3", 20)
    result = run_gui(folder, "start")
    assert result["start"]["state"] == "ok"
    log = data / "logs" / "ipdesk.log"
    assert result["log"] == str(log) and log.exists()
    assert mode(log) == 0o600 and mode(data / "logs") == 0o700
    assert mode(data / "settings.ini") == 0o600
    for side in data.glob("demo.sqlite3*"):
        assert mode(side) & 0o077 == 0, side


def test_without_home_settings_and_data_share_one_folder(folder, run_python):
    env = child_env(folder, XDG_DATA_HOME=str(folder / "xdg"))
    del env["HOME"]
    del env["IPDESK_DATA_DIR"]
    code = (
        "from pathlib import Path\n"
        "from ipdesk.ui.core.settings import make_settings\n"
        "from ipdesk.services.paths import database_path\n"
        "s = make_settings(); s.setValue('k', 'v'); s.sync()\n"
        "print(Path(s.fileName()).parent); print(database_path().parent)\n"
    )
    settings_dir, data_dir = run_python(code, env=env, timeout=60).split()
    assert settings_dir == data_dir == str(folder / "xdg" / "IPDesk" / "IPDesk")
    assert mode(folder / "xdg" / "IPDesk" / "IPDesk" / "settings.ini") == 0o600
