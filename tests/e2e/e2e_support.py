"""End-to-end helpers: run IP Desk (or the GUI driver) in its own process with an isolated data folder, HOME
and temp folder, find its window on a real X server, grab the screen from a separate process, and scan every
file a session wrote for secrets. Tool paths come from the `tool` fixture (tests/e2e/conftest.py)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DRIVER = HERE / "gui_driver.py"
SCREENS = HERE.parent / "output" / "screens"
# Variables that would leak the developer's own session (or locale) into the app under test.
_DROP = ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "QT_QPA_PLATFORM", "PYTHON_KEYRING_BACKEND", "WAYLAND_DISPLAY")

GRAB = (
    "import sys\n"
    "from PySide6.QtGui import QGuiApplication\n"
    "app = QGuiApplication(sys.argv[:1])\n"
    "ok = QGuiApplication.primaryScreen().grabWindow(0).save(sys.argv[1], 'PNG')\n"
    "sys.exit(0 if ok else 1)\n"
)


def app_env(root: Path, *, lang: str = "en_US.UTF-8", platform: str = "offscreen", **extra: str) -> dict:
    """The environment of an app process: its own data folder, HOME, XDG folders and TMPDIR under `root`
    (so every file it writes can be found), the given locale and Qt platform."""
    env = {k: v for k, v in os.environ.items() if k not in _DROP and not k.startswith("XDG_")}
    home = root / "home"
    for sub in ("data", "home/.config", "home/.cache", "home/.local/share", "tmp", "run"):
        (root / sub).mkdir(mode=0o700, parents=True, exist_ok=True)
    env.update(
        IPDESK_DATA_DIR=str(root / "data"),
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_DATA_HOME=str(home / ".local/share"),
        XDG_RUNTIME_DIR=str(root / "run"),
        TMPDIR=str(root / "tmp"),
        LANG=lang,
        QT_QPA_PLATFORM=platform,
        PYTHONUNBUFFERED="1",
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",  # no keyring unless the test gives one
    )
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    env.update(extra)
    return env


def ipdesk_command() -> list[str]:
    """`ipdesk` as a user starts it: the installed console script (next to this Python, or on PATH)."""
    script = Path(sys.executable).with_name("ipdesk")
    if script.is_file():
        return [str(script)]
    found = shutil.which("ipdesk")
    return [found] if found else [sys.executable, "-m", "ipdesk"]


def driver_command(*args: str) -> list[str]:
    return [sys.executable, str(DRIVER), *args]


def find_window(
    xdotool: str, display: str, pattern: str, timeout: float, proc: subprocess.Popen | None = None
) -> str:
    """The X id of the first visible window whose name matches `pattern`, polling every 10 ms."""
    deadline = time.monotonic() + timeout
    env = dict(os.environ, DISPLAY=display)
    while time.monotonic() < deadline:
        out = subprocess.run(
            [xdotool, "search", "--onlyvisible", "--name", pattern],
            env=env,
            capture_output=True,
            text=True,
            timeout=10,
        ).stdout.split()
        if out:
            return out[0]
        if proc is not None and proc.poll() is not None:
            raise AssertionError(f"the app exited with {proc.returncode} before its window appeared")
        time.sleep(0.01)
    raise AssertionError(f"no visible window named like {pattern!r} within {timeout} s")


def window_geometry(xwininfo: str, display: str, window: str) -> tuple[int, int, int, int]:
    """(x, y, width, height) of a window from xwininfo."""
    out = subprocess.run(
        [xwininfo, "-id", window],
        env=dict(os.environ, DISPLAY=display),
        capture_output=True,
        text=True,
        timeout=10,
        check=True,
    ).stdout
    values = {}
    for line in out.splitlines():
        key, _, value = line.strip().partition(":")
        values[key] = value.strip()
    return (
        int(values["Absolute upper-left X"]),
        int(values["Absolute upper-left Y"]),
        int(values["Width"]),
        int(values["Height"]),
    )


def grab_screen(display: str, path: Path) -> Path:
    """A real X screenshot of the root window, taken by a separate Qt process on the same display."""
    path.parent.mkdir(parents=True, exist_ok=True)
    env = {k: v for k, v in os.environ.items() if k not in _DROP}
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
    subprocess.run([sys.executable, "-c", GRAB, str(path)], env=env, check=True, timeout=30)
    return path


def files_under(*roots: Path) -> list[Path]:
    return [p for root in roots if root.exists() for p in sorted(root.rglob("*")) if p.is_file()]


ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be", "utf-32-le")  # the forms a leaked string could take


def contents(path: Path) -> list[tuple[str, bytes]]:
    """(where, bytes) of a file and, for a zip container (.xlsx), of each member uncompressed."""
    data = path.read_bytes()
    parts = [(str(path), data)]
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            parts += [(f"{path}!{name}", archive.read(name)) for name in archive.namelist()]
    return parts


def scan(files: list[Path], needles: dict[str, str]) -> list[str]:
    """Every (file, needle, encoding) where a needle is found; `needles` maps a label to the value."""
    found = []
    for path in files:
        for where, data in contents(path):
            for label, value in needles.items():
                for encoding in ENCODINGS:
                    if value.encode(encoding) in data:
                        found.append(f"{where}: {label} ({encoding})")
    return found


def recording_sandbox(clients: dict[str, str]):
    """A started SandboxServer for `clients` that also remembers every token it issued (`issued`), so a
    test can look for them in the files a session wrote."""
    from ipdesk.sandbox.server import SandboxServer

    class RecordingSandbox(SandboxServer):
        def __init__(self, **kwargs) -> None:
            super().__init__(**kwargs)
            self.issued: list[str] = []

        def issue_token(self, client_id: str) -> tuple[str, float]:
            token, lifetime = super().issue_token(client_id)
            self.issued.append(token)
            return token, lifetime

        def issued_token_needles(self) -> dict[str, str]:
            return {f"token #{i + 1}": token for i, token in enumerate(self.issued)}

    return RecordingSandbox(clients=clients).start()
