"""What the data-folder fault tests share (test_health, test_read_only, test_damaged, test_permissions).

The app runs for real: the ``ipdesk`` command line and the GUI (``health_gui.py``, the app's own start path,
offscreen) in child processes. Permission faults only bite an unprivileged process: when the tests run as root
(as CI does), the child runs as ``nobody`` through ``setpriv`` (or ``runuser``) on a folder handed to it; with
neither, the test fails under ``CI=true`` (skips elsewhere). A read-only mount is a read-only bind mount, which
needs root.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

IN_CI = os.environ.get("CI", "").lower() == "true"
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
NOBODY = 65534
GUI_DRIVER = Path(__file__).with_name("health_gui.py")


def missing(reason: str):
    if IN_CI:
        pytest.fail(reason + " (CI=true: this fault must be tested)")
    pytest.skip(reason)


def unprivileged_prefix() -> list[str]:
    """The command prefix that runs a child as an ordinary user ([] when the tests are not root)."""
    if not IS_ROOT:
        return []
    if shutil.which("setpriv"):
        return ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
    if shutil.which("runuser"):
        return ["runuser", "-u", "nobody", "--"]
    missing("running as root with neither setpriv nor runuser: permission faults cannot be made to bite")
    return []


@pytest.fixture
def folder():
    """A folder an unprivileged child can reach (pytest's own tmp folders are private to root), with a
    ``data`` folder and a ``home`` inside, handed to that child when the tests run as root. Cleaned up even
    when a test left it read-only, immutable or mounted."""
    base = Path(tempfile.mkdtemp(prefix="ipdesk-faults-", dir="/tmp"))
    base.chmod(0o755)
    (base / "data").mkdir(mode=0o700)
    (base / "home").mkdir(mode=0o700)
    hand_over(base)
    yield base
    subprocess.run(["umount", str(base / "data")], capture_output=True)
    for path in [base, *base.rglob("*")]:
        if shutil.which("chattr") and path.is_file():
            subprocess.run(["chattr", "-i", str(path)], capture_output=True)
        if not path.is_symlink():
            os.chmod(path, 0o700 if path.is_dir() else 0o600)
    shutil.rmtree(base, ignore_errors=True)


def hand_over(path: Path) -> None:
    """Give ``path`` and what is in it to the unprivileged child (when the tests are root)."""
    if IS_ROOT:
        for p in [path, *path.rglob("*")]:
            os.chown(p, NOBODY, NOBODY, follow_symlinks=False)


def child_env(base: Path, **extra: str) -> dict[str, str]:
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "IPDESK_DATA_DIR": str(base / "data"),
        "HOME": str(base / "home"),
        "LANG": "C.UTF-8",
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
    }
    env.update(extra)
    return env


def run_cli(base: Path, *args: str, timeout: float = 90, **env: str) -> subprocess.CompletedProcess:
    """``ipdesk ARGS`` as the unprivileged child, on ``base/data``."""
    command = [*unprivileged_prefix(), sys.executable, "-m", "ipdesk", *args]
    return subprocess.run(
        command, capture_output=True, text=True, timeout=timeout, env=child_env(base, **env), cwd=base
    )


def run_gui(base: Path, action: str, *, timeout: float = 120, **env: str) -> dict:
    """The GUI driver (``health_gui.py ACTION``) as the unprivileged child; its RESULT, with its stderr."""
    command = [*unprivileged_prefix(), sys.executable, str(GUI_DRIVER), action]
    proc = subprocess.run(
        command, capture_output=True, text=True, timeout=timeout, env=child_env(base, **env), cwd=base
    )
    lines = [line for line in proc.stdout.splitlines() if line.startswith("RESULT ")]
    assert proc.returncode == 0 and lines, (
        f"GUI driver failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}"
    )
    result = json.loads(lines[-1].removeprefix("RESULT "))
    result["stderr"] = proc.stderr
    return result


def assert_no_traceback(text: str) -> None:
    assert "Traceback (most recent call last)" not in text, text


def populate(path: Path, count: int = 300) -> None:
    """A real store at ``path`` holding ``count`` stored answers (a few pages of data), closed cleanly."""
    from ipdesk.services.store import Store

    payload = {"industry": "new energy", "text": "x" * 400}
    with Store(path) as store:
        store.results.put_results("C027", {f"CN{100000 + i}A": payload for i in range(count)}, "en")
    if IS_ROOT:
        hand_over(path.parent)


def _ask(path: Path, sql: str):
    import sqlite3

    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchone()[0]
    finally:
        conn.close()


def stored_count(path: Path) -> int:
    return _ask(path, "SELECT count(*) FROM results")


def integrity(path: Path) -> str:
    return _ask(path, "PRAGMA integrity_check")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def damage_data_pages(path: Path) -> None:
    """Garbage over the middle of the file (data pages; the header and schema page stay)."""
    data = bytearray(path.read_bytes())
    page = 4096
    start = max(2 * page, (len(data) // page // 2) * page)
    data[start : start + 3 * page] = os.urandom(3 * page)
    path.write_bytes(bytes(data))
