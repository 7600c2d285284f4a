"""Shared test harness.

- Every test gets its own data folder through IPDESK_DATA_DIR (nothing touches the real user folder).
- `sandbox` starts the built-in sandbox server on a free loopback port (real HTTP); `client` is a PatSnapClient
  on it with the demo credentials, `store` a Store in the test's data folder.
- `require_tool` skips when a tool is missing on a developer machine, but FAILS under CI=true.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import subprocess
import sys

import pytest

IN_CI = os.environ.get("CI", "").lower() == "true"


def _offscreen_screen() -> None:
    """Qt tests run offscreen on a 1600x1000 screen (the offscreen default, 800x600, is smaller than the main
    window). Applied when the platform is unset or plain "offscreen" (as .ci/run sets it)."""
    import json
    import tempfile
    from pathlib import Path

    if os.environ.get("QT_QPA_PLATFORM", "offscreen") != "offscreen":
        return
    screen = {"name": "ipdesk", "x": 0, "y": 0, "width": 1600, "height": 1000}
    screen.update(logicalDpi=96, logicalBaseDpi=96, dpr=1)
    path = Path(tempfile.gettempdir()) / "ipdesk-offscreen-screen.json"
    path.write_text(json.dumps({"screens": [screen]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={path}"


_offscreen_screen()


def require_tool(name: str) -> str:
    """Return the path of an executable, or skip (fail under CI=true) when it is missing."""
    path = shutil.which(name)
    if path is None:
        message = f"required tool not found on PATH: {name}"
        if IN_CI:
            pytest.fail(message + " (CI=true: a missing tool is a failure)")
        pytest.skip(message)
    return path


@pytest.fixture(scope="session")
def run_python():
    """run_python(code, env=None) -> the stdout of `python -c code` in a fresh interpreter; a non-zero exit fails
    the test with its stderr. For what only a fresh process shows, such as which modules a start loads."""

    def run(code: str, env: dict | None = None, timeout: float = 60) -> str:
        result = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, timeout=timeout, env=env
        )
        assert result.returncode == 0, result.stderr
        return result.stdout

    return run


@pytest.fixture(name="require_tool", scope="session")
def _require_tool_fixture():
    """`require_tool` as a fixture, for test modules (importing it from `conftest` is ambiguous once
    several conftest.py files are loaded)."""
    return require_tool


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path, monkeypatch):
    data = tmp_path / "ipdesk-data"
    data.mkdir()
    monkeypatch.setenv("IPDESK_DATA_DIR", str(data))
    for var in ("PATSNAP_CLIENT_ID", "PATSNAP_CLIENT_SECRET", "PATSNAP_API_KEY", "IPDESK_BASE_URL"):
        monkeypatch.delenv(var, raising=False)
    return data


@pytest.fixture
def data_dir(_isolated_data_dir):
    return _isolated_data_dir


@pytest.fixture
def sandbox():
    from ipdesk.sandbox.server import SandboxServer

    server = SandboxServer().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def client(sandbox, demo_credentials):
    """A PatSnapClient on the demo client credentials, paced far above the sandbox's speed."""
    from ipdesk.api.client import PatSnapClient
    from ipdesk.api.config import ClientConfig
    from ipdesk.api.ratelimit import RateLimiter

    c = PatSnapClient(
        ClientConfig(base_url=sandbox.base_url), demo_credentials, limiter=RateLimiter(rate=500)
    )
    yield c
    c.close()


@pytest.fixture
def store(data_dir):
    """A Store in the test's own data folder."""
    from ipdesk.services.store import Store

    s = Store(data_dir / "store.sqlite3")
    yield s
    s.close()


@pytest.fixture(params=["gb18030", "utf-16"])
def imported_table(request, tmp_path):
    """A list exported from a patent search and opened in Excel on Chinese Windows, as the two kinds of file
    Excel saves: a GB18030 CSV (comma-separated) and Unicode text (UTF-16 LE with BOM, tab-separated); each
    starts with the search URL, the header (Chinese) is on line 2. Returns (path, patents, credit codes)."""
    from ipdesk.sandbox.demo import demo_companies, demo_patent_numbers

    patents, companies = demo_patent_numbers()[:3], demo_companies()[:3]
    sep = "," if request.param == "gb18030" else "\t"
    lines = ["https://analytics.zhihuiya.com/search/result/tablelist?q=TTL%3A%28电池%29&sort=sdesc"]
    lines.append(sep.join(["序号", "专利号", "申请人", "统一社会信用代码"]))
    for i, (patent, company) in enumerate(zip(patents, companies, strict=True), 1):
        lines.append(sep.join([str(i), patent, company["name"], company["credit_code"]]))
    text = "\r\n".join(lines) + "\r\n"
    path = tmp_path / f"search-{request.param}.csv"
    path.write_bytes(
        text.encode("gb18030")
        if request.param == "gb18030"
        else "\ufeff".encode("utf-16-le") + text.encode("utf-16-le")
    )
    return path, patents, [c["credit_code"] for c in companies]


@pytest.fixture
def demo_credentials():
    from ipdesk.api.auth import Credentials, Secret
    from ipdesk.sandbox.credentials import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET

    return Credentials(mode="client_credentials", client_id=DEMO_CLIENT_ID, secret=Secret(DEMO_CLIENT_SECRET))


@pytest.fixture(autouse=True)
def _no_real_keyring(monkeypatch):
    """Tests never touch the developer's own keyring: the default backend is keyring's 'fail' backend
    (the same as a machine with no usable keyring). Tests that need a real one use `secret_service`."""
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture(scope="session")
def _secret_service_session(tmp_path_factory):
    """A private D-Bus session bus with gnome-keyring's Secret Service, unlocked, in a throw-away HOME."""
    import signal
    import subprocess
    import time

    dbus = require_tool("dbus-daemon")
    gkd = require_tool("gnome-keyring-daemon")
    home = tmp_path_factory.mktemp("keyring-home")
    env = dict(os.environ)
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / "share"),
        XDG_RUNTIME_DIR=str(home / "run"),
        XDG_CONFIG_HOME=str(home / "config"),
    )
    for sub in ("share", "run", "config"):
        (home / sub).mkdir(mode=0o700)
    out = subprocess.run(
        [dbus, "--session", "--fork", "--print-address=1", "--print-pid=1"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=20,
    ).stdout.split()
    address, dbus_pid = out[0], int(out[1])
    env["DBUS_SESSION_BUS_ADDRESS"] = address
    daemon = subprocess.Popen(
        [gkd, "--foreground", "--unlock", "--components=secrets"],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    daemon.stdin.write(b"ipdesk-test-login")
    daemon.stdin.close()
    deadline = time.monotonic() + 15
    probe = [
        "dbus-send",
        "--session",
        "--print-reply",
        "--dest=org.freedesktop.DBus",
        "/org/freedesktop/DBus",
        "org.freedesktop.DBus.NameHasOwner",
        "string:org.freedesktop.secrets",
    ]
    while time.monotonic() < deadline:
        reply = subprocess.run(probe, env=env, capture_output=True, text=True, timeout=10).stdout
        if "boolean true" in reply:
            break
        time.sleep(0.1)
    else:
        daemon.kill()
        pytest.fail("gnome-keyring-daemon did not register org.freedesktop.secrets on the session bus")
    keys = ("HOME", "XDG_DATA_HOME", "XDG_RUNTIME_DIR", "XDG_CONFIG_HOME", "DBUS_SESSION_BUS_ADDRESS")
    try:
        yield {k: env[k] for k in keys}
    finally:
        daemon.terminate()
        daemon.wait(timeout=10)
        try:
            os.kill(dbus_pid, signal.SIGTERM)
        except ProcessLookupError:
            pass


@pytest.fixture
def secret_service(_secret_service_session, monkeypatch):
    """Use the real Secret Service (gnome-keyring) as the keyring backend for one test; yields its env."""
    import keyring
    from keyring.backends import SecretService

    for key, value in _secret_service_session.items():
        monkeypatch.setenv(key, value)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.SecretService.Keyring")
    backend = SecretService.Keyring()
    keyring.set_keyring(backend)
    yield _secret_service_session


@contextlib.contextmanager
def running_xvfb(screen: str = "1400x900x24"):
    """A real X server (Xvfb) with one screen of ``screen``; yields the DISPLAY value."""
    import subprocess

    xvfb = require_tool("Xvfb")
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(
        [xvfb, "-displayfd", str(write_fd), "-screen", "0", screen, "-nolisten", "tcp", "-noreset"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()
    if not number:
        proc.kill()
        pytest.fail("Xvfb did not report a display number")
    try:
        yield f":{number}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture(scope="session")
def start_xvfb():
    """``running_xvfb`` for a test that needs an X server with a screen of another size."""
    return running_xvfb


@pytest.fixture(scope="session")
def xvfb_display():
    """A real X server (Xvfb) for end-to-end runs; yields the DISPLAY value."""
    with running_xvfb() as display:
        yield display


_BENCH_LINES: list[str] = []


@pytest.fixture
def bench_report(request):
    """Record a benchmark result line; all lines are printed in the terminal summary (and to
    tests/output/benchmarks.txt) so the numbers show in CI output, not only on failure."""

    def report(*parts: str) -> None:
        line = " ".join(str(part).strip("\n") for part in parts)
        _BENCH_LINES.append(f"{request.node.name}: {line}")
        print(line)

    return report


def pytest_terminal_summary(terminalreporter):
    if not _BENCH_LINES:
        return
    terminalreporter.section("benchmarks")
    for line in _BENCH_LINES:
        terminalreporter.write_line(line)
    out = os.path.join(os.path.dirname(__file__), "output")
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "benchmarks.txt"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(_BENCH_LINES) + "\n")


@pytest.fixture
def qloop(qapp):
    """A qasync loop over pytest-qt's QApplication in "already running" mode, set as the asyncio loop: asyncio
    callbacks run whenever pytest-qt processes Qt events. The one loop fixture of every Qt test (gui,
    benchmarks): tearing a loop down with loop.stop() calls QApplication.exit() and breaks the session."""
    import qasync

    _check_event_loops_still_run(qapp)
    loop = qasync.QEventLoop(qapp, already_running=True)
    asyncio.set_event_loop(loop)
    try:
        yield loop
    finally:
        pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
        for task in pending:
            task.cancel()
        for _ in range(50):
            if all(t.done() for t in pending):
                break
            qapp.processEvents()
        # Not loop.stop(): it calls QApplication.exit(), which emits aboutToQuit for the whole session.
        loop._QEventLoop__is_running = False
        loop._after_run_forever()
        qapp.aboutToQuit.disconnect(loop._after_run_forever)
        asyncio.events._set_running_loop(None)
        loop.close()
        asyncio.set_event_loop(None)


@pytest.fixture
def arun(qloop, qtbot):
    """Run a coroutine on the qasync loop until it finishes (Qt events keep flowing meanwhile)."""

    def run(coro, timeout: float = 10.0):
        future = asyncio.ensure_future(coro, loop=qloop)
        qtbot.waitUntil(future.done, timeout=int(timeout * 1000))
        return future.result()

    return run


_QUIT_STACKS: list[str] = []


def _check_event_loops_still_run(qapp) -> None:
    """Tripwire: one QCoreApplication.exit() outside app.exec() (e.g. a qasync loop.stop()) makes every later
    QEventLoop.exec() return at once, so pytest-qt's waits stop processing events and every later Qt test
    times out. Fail the first affected test instead, with the stack that emitted aboutToQuit."""
    import traceback

    from PySide6.QtCore import QEventLoop, QTimer

    if not getattr(qapp, "_ipdesk_quit_watch", False):
        qapp.aboutToQuit.connect(lambda: _QUIT_STACKS.append("".join(traceback.format_stack(limit=25))))
        qapp._ipdesk_quit_watch = True
    probe = QEventLoop()
    QTimer.singleShot(0, probe.quit)
    if probe.exec() != 0:
        where = _QUIT_STACKS[0] if _QUIT_STACKS else "(no aboutToQuit was seen)"
        pytest.fail(
            "QCoreApplication.exit() was called earlier in this session; Qt event loops no longer run.\n"
            f"First aboutToQuit came from:\n{where}"
        )
