"""What the fault tests share (the matrix itself is in this folder's README.md).

The app runs for real: ``ipdesk`` as its own process (``start_cli``, ``run_cli``) in an environment of its own
(``child_env``: data folder, HOME, LANG, the service's address and credentials, nothing else of this process),
the GUI offscreen either in this process (``classify_tab``) or as a child (``run_gui``, the app's own start path
through ``health_gui.py``). What the tests then count is read from the outside: the sandbox's request log
(``requested_keys``), the database opened read-only (``stored_keys``, ``stored_count``, ``integrity``).

Permission faults only bite an unprivileged process: when the tests run as root (as CI does), a child started with
``unprivileged=True`` runs as ``nobody`` through ``setpriv`` (or ``runuser``) on a folder handed to it
(``hand_over``); what a machine cannot set up (no way to drop root, no tmpfs) fails the test under ``CI=true``
and skips it elsewhere (``missing``).

``IPDESK_SOURCE`` (a ``desktop`` folder) runs another checkout of the code in the children: how the "before"
column of the fault matrix was measured.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

import pytest

from ipdesk.sandbox.credentials import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET
from ipdesk.sandbox.demo import demo_patent_numbers

IN_CI = os.environ.get("CI", "").lower() == "true"
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
NOBODY = 65534
GUI_DRIVER = Path(__file__).with_name("health_gui.py")
FAKE_KEY = "fault-test-key"  # an API key no service knows


def missing(reason: str):
    """What this machine cannot set up for a fault: a failure under CI=true, a skip elsewhere."""
    if IN_CI:
        pytest.fail(reason + " (CI=true: this fault must be tested)")
    pytest.skip(reason)


# --- the child's environment and processes -------------------------------------------------------------------


def child_env(
    root: Path,
    *,
    data: Path | None = None,
    base_url: str | None = None,
    api_key: str | None = None,
    lang: str = "en_US.UTF-8",
    **extra: str,
) -> dict[str, str]:
    """The whole environment of a child: its data folder (``root/data`` unless ``data``), its HOME
    (``root/home``, made here), messages in ``lang``, no proxy, no CA bundle, the failing keyring, Qt offscreen.
    With ``base_url`` the service's address and, unless an ``api_key`` is given, the sandbox's demo client
    credentials."""
    home = root / "home"
    home.mkdir(mode=0o700, parents=True, exist_ok=True)
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "IPDESK_DATA_DIR": str(data if data is not None else root / "data"),
        "HOME": str(home),
        "LANG": lang,
        "NO_PROXY": "127.0.0.1,localhost",
        "no_proxy": "127.0.0.1,localhost",
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
    }
    source = os.environ.get("IPDESK_SOURCE")
    if source:
        env["PYTHONPATH"] = source
    if base_url is not None:
        env["IPDESK_BASE_URL"] = base_url
        if api_key is not None:
            env["PATSNAP_API_KEY"] = api_key
        else:
            env.update(PATSNAP_CLIENT_ID=DEMO_CLIENT_ID, PATSNAP_CLIENT_SECRET=DEMO_CLIENT_SECRET)
    env.update(extra)
    return env


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


def hand_over(path: Path) -> None:
    """Give ``path`` and what is in it to the unprivileged child (when the tests are root)."""
    if IS_ROOT:
        for p in [path, *path.rglob("*")]:
            os.chown(p, NOBODY, NOBODY, follow_symlinks=False)


def has_traceback(text: str) -> bool:
    return "Traceback" in text


def assert_no_traceback(text: str) -> None:
    assert not has_traceback(text), text


class Run(subprocess.CompletedProcess):
    """A child run to its end: ``returncode``, ``stdout``, ``stderr`` (text), ``seconds`` and ``max_rss_mb``, the
    peak resident memory of that very program (``VmHWM``, see ``_peak_memory``)."""

    def __init__(self, args, returncode: int, stdout: str, stderr: str, seconds: float, max_rss_mb: float):
        super().__init__(args, returncode, stdout, stderr)
        self.seconds, self.max_rss_mb = seconds, max_rss_mb

    @property
    def traceback(self) -> bool:
        return has_traceback(self.stderr)


def _command(argv: list[str], unprivileged: bool) -> list[str]:
    return [*(unprivileged_prefix() if unprivileged else []), sys.executable, *argv]


def start_cli(
    args: list[str], env: dict[str, str], *, unprivileged: bool = False, **kwargs
) -> subprocess.Popen:
    """``ipdesk ARGS`` started (stdin closed; by default stdout dropped, stderr a text pipe)."""
    return _start(["-m", "ipdesk", *args], env, unprivileged, **kwargs)


def _start(argv: list[str], env: dict[str, str], unprivileged: bool, **kwargs) -> subprocess.Popen:
    kwargs.setdefault("stdout", subprocess.DEVNULL)
    kwargs.setdefault("stderr", subprocess.PIPE)
    kwargs.setdefault("text", True)
    return subprocess.Popen(
        _command(argv, unprivileged),
        env=env,
        stdin=subprocess.DEVNULL,
        preexec_fn=_default_sigint,  # noqa: PLW1509 - only a signal disposition, no lock taken
        **kwargs,
    )


def _default_sigint() -> None:
    """Ctrl+C as a terminal gives it: a test suite started in the background by a non-interactive shell runs
    with SIGINT ignored, which its children would inherit (Python then never raises KeyboardInterrupt)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _peak_memory(pid: int, done: threading.Event, peak: list[int]) -> None:
    """Follow the child's ``VmHWM`` (the high-water mark of the memory of the program it runs now) until it
    ends. Not ``os.wait4``'s ``ru_maxrss``: Linux carries the parent's peak over fork and exec into it, so a
    child of a large pytest process would report pytest's size."""
    status = Path(f"/proc/{pid}/status")
    while not done.is_set():
        try:
            for line in status.read_text().splitlines():
                if line.startswith("VmHWM:"):
                    peak[0] = max(peak[0], int(line.split()[1]))
        except (OSError, ValueError):
            pass
        done.wait(0.01)


def _run(argv: list[str], env: dict[str, str], timeout: float, unprivileged: bool, cwd: Path | None) -> Run:
    """Run ``python ARGV`` to its end, following its peak memory; killed after ``timeout`` s, which fails the
    test rather than hanging it."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.monotonic()
        process = _start(argv, env, unprivileged, stdout=out, stderr=err, cwd=cwd)
        killer = threading.Timer(timeout, process.send_signal, (signal.SIGKILL,))
        killer.start()
        done, peak = threading.Event(), [0]
        follower = threading.Thread(target=_peak_memory, args=(process.pid, done, peak), daemon=True)
        follower.start()
        try:
            _, status, _usage = os.wait4(process.pid, 0)
        finally:
            killer.cancel()
            done.set()
            follower.join()
        seconds = time.monotonic() - started
        process.returncode = os.waitstatus_to_exitcode(status)  # reaped here: Popen must not wait again
        out.seek(0)
        err.seek(0)
        run = Run(
            process.args,
            process.returncode,
            out.read().decode("utf-8", "replace"),
            err.read().decode("utf-8", "replace"),
            seconds,
            peak[0] / 1024,
        )
    assert seconds < timeout, f"{' '.join(argv)} ran longer than {timeout} s:\n{run.stderr[-2000:]}"
    return run


def run_cli(
    args: list[str],
    env: dict[str, str],
    *,
    timeout: float = 120,
    unprivileged: bool = False,
    cwd: Path | None = None,
) -> Run:
    """``ipdesk ARGS`` run to its end (see ``Run``); failed when it runs longer than ``timeout`` s."""
    return _run(["-m", "ipdesk", *args], env, timeout, unprivileged, cwd)


def run_in(folder: Path, *args: str, timeout: float = 90, **env: str) -> Run:
    """``ipdesk ARGS`` as the unprivileged child on ``folder/data`` (the ``folder`` fixture), ``env`` added to
    its environment."""
    return run_cli(list(args), child_env(folder, **env), timeout=timeout, unprivileged=True, cwd=folder)


def run_gui(folder: Path, action: str, *, timeout: float = 120, **env: str) -> dict:
    """The GUI driver (``health_gui.py ACTION``) as the unprivileged child on ``folder/data``; its RESULT, with
    its stderr."""
    proc = _run([str(GUI_DRIVER), action], child_env(folder, **env), timeout, True, folder)
    lines = [line for line in proc.stdout.splitlines() if line.startswith("RESULT ")]
    assert proc.returncode == 0 and lines, (
        f"GUI driver failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}"
    )
    result = json.loads(lines[-1].removeprefix("RESULT "))
    result["stderr"] = proc.stderr
    return result


def classify_args(src: Path, out: Path) -> list[str]:
    """``ipdesk classify`` of the list ``src`` into ``out``, without the paid-work question."""
    return ["classify", "--input", str(src), "--output", str(out), "--yes"]


def mount_tmpfs(mount: Path, options: str) -> None:
    """A tmpfs mounted on ``mount`` with ``options`` (root only: ``missing`` otherwise)."""
    if not IS_ROOT:
        missing("mounting a small file system needs root (CI runs the tests as root)")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(mount)], capture_output=True, text=True
    )
    if done.returncode != 0:
        missing(f"cannot mount a tmpfs: {done.stderr.strip()}")


# --- lists --------------------------------------------------------------------------------------------------


def synthetic_keys(n: int, start: int = 0) -> list[str]:
    return [f"US{30000000 + i}B2" for i in range(start, start + n)]


def patent_numbers(count: int) -> list[str]:
    """``count`` patent numbers: the sandbox's demo numbers first, then synthetic ones."""
    demo = demo_patent_numbers()
    return (demo + synthetic_keys(max(0, count - len(demo))))[:count]


def write_list(folder: Path, keys: list[str], name: str = "list.txt") -> Path:
    path = folder / name
    path.write_text("\n".join(keys), encoding="utf-8")
    return path


# --- the database, read from outside ----------------------------------------------------------------------


def _ask(db: Path, sql: str, *params) -> list[tuple]:
    """The rows of ``sql`` on the database ``db`` opened read-only (it never makes or changes it)."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def stored_keys(db: Path, op: str = "P022") -> set[str]:
    return {key for (key,) in _ask(db, "SELECT key FROM results WHERE op = ?", op)}


def stored_count(db: Path) -> int:
    return _ask(db, "SELECT count(*) FROM results")[0][0]


def integrity(db: Path) -> str:
    return _ask(db, "PRAGMA integrity_check")[0][0]


def populate(path: Path, count: int = 300) -> None:
    """A real store at ``path`` holding ``count`` stored answers (a few pages of data), closed cleanly (handed to
    the unprivileged child when the tests are root)."""
    from ipdesk.services.store import Store

    payload = {"industry": "new energy", "text": "x" * 400}
    with Store(path) as store:
        store.results.put_results("C027", {f"CN{100000 + i}A": payload for i in range(count)}, "en")
    hand_over(path.parent)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def damage_data_pages(path: Path) -> None:
    """Garbage over the middle of the file (data pages; the header and schema page stay)."""
    data = bytearray(path.read_bytes())
    page = 4096
    start = max(2 * page, (len(data) // page // 2) * page)
    data[start : start + 3 * page] = os.urandom(3 * page)
    path.write_bytes(bytes(data))


# --- the sandbox's request log ----------------------------------------------------------------------------


def requested_keys(server, since: float = 0.0, op: str = "P022", until: float = float("inf")) -> Counter:
    """How many times each key was sent in a call of ``op`` made from ``since`` to before ``until`` (the
    sandbox's request log, ``time.time()`` stamps)."""
    keys: Counter = Counter()
    for entry in server.requests_log:
        if entry["op"] == op and since <= entry["time"] < until:
            for name in ("patent_number", "patent_id"):
                value = entry["query"].get(name)
                if value:
                    keys.update(value.split(","))
    return keys


def p022_calls(server) -> int:
    return sum(1 for e in server.requests_log if e["op"] == "P022")


def wait_for_calls(server, calls: int, proc: subprocess.Popen | None = None, timeout: float = 30):
    """Wait until the sandbox has received ``calls`` P022 calls (the process ``proc`` must still run)."""
    deadline = time.monotonic() + timeout
    while p022_calls(server) < calls:
        if proc is not None:
            assert proc.poll() is None, proc.stderr.read()
        assert time.monotonic() < deadline, "the run did not make its calls"
        time.sleep(0.02)


class FaultServer:
    """A tiny HTTP(S) server on loopback that answers every request with one fault, for what the sandbox has no
    knob for: ``("huge", n)`` n bytes of an unfinished JSON array (no Content-Length), ``("huge_declared", n)``
    the same with its Content-Length, ``("html", n)`` a 200 answer of n bytes of HTML, ``("redirect", url)`` a
    302 to ``url``, ``("ok", None)`` an empty P022 answer. Counts requests and the bytes it managed to send."""

    def __init__(self, fault: str, arg=None, *, tls_context=None) -> None:
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:  # quiet
                pass

            def do_GET(self) -> None:  # noqa: N802
                server.requests += 1
                try:
                    server.answer(self)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            do_POST = do_GET  # noqa: N815

        self.fault, self.arg, self.requests, self.bytes_sent = fault, arg, 0, 0
        self.lock = threading.Lock()
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        if tls_context is not None:
            self.httpd.socket = tls_context.wrap_socket(self.httpd.socket, server_side=True)
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.05,), daemon=True)

    @property
    def base_url(self) -> str:
        scheme = "https" if hasattr(self.httpd.socket, "getpeercert") else "http"
        return f"{scheme}://127.0.0.1:{self.httpd.server_address[1]}"

    def __enter__(self) -> FaultServer:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def answer(self, handler) -> None:
        fault, arg = self.fault, self.arg
        if fault == "redirect":
            handler.send_response(302)
            handler.send_header("Location", arg)
            handler.send_header("Content-Length", "0")
            handler.end_headers()
            return
        if fault == "ok":
            body = b'{"status": true, "error_code": 0, "data": []}'
            handler.send_response(200)
            handler.send_header("Content-Type", "application/json")
            handler.send_header("Content-Length", str(len(body)))
            handler.end_headers()
            handler.wfile.write(body)
            return
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html" if fault == "html" else "application/json")
        if fault in ("huge_declared", "html"):
            handler.send_header("Content-Length", str(arg))
        handler.send_header("Connection", "close")
        handler.end_headers()
        chunk = (b"<p>proxy page</p>" if fault == "html" else b'{"x": 1},') * 4096
        head = b"<html>" if fault == "html" else b'{"status": true, "error_code": 0, "data": ['
        handler.wfile.write(head)
        sent = len(head)
        while sent < arg:
            piece = chunk[: arg - sent]
            handler.wfile.write(piece)
            sent += len(piece)
            with self.lock:
                self.bytes_sent += len(piece)


# --- the Classification tab, offscreen in this process ----------------------------------------------------


@contextlib.contextmanager
def classify_tab(qtbot, folder: Path, base_url: str, *, client_id: str | None = None, secret: str = FAKE_KEY):
    """A shown Classification tab (offscreen) on a context of its own (settings in ``folder``) whose profile
    calls ``base_url`` with the API key ``secret``, or with the client credentials ``client_id``/``secret``;
    without the paid-work question. Its runs and tasks are stopped at the end. Needs the ``qloop`` fixture."""
    import shiboken6
    from PySide6.QtCore import QSettings

    from ipdesk.services.cost import SETTING_KEY
    from ipdesk.services.profiles import Profile
    from ipdesk.ui.classify.tab import ClassifyTab
    from ipdesk.ui.core.context import AppContext
    from ipdesk.ui.core.i18n import LanguageManager

    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(SETTING_KEY, 1_000_000)
    context = AppContext(settings=settings, language=LanguageManager(settings))
    kind = "api_key" if client_id is None else "client_credentials"
    context.use_profile(Profile("faults", base_url, kind, client_id), secret=secret)
    qtbot.waitUntil(lambda: context.client() is not None, timeout=10000)
    tab = ClassifyTab(context)
    qtbot.addWidget(tab)
    tab.resize(1200, 800)
    tab.show()
    try:
        yield tab
    finally:
        if shiboken6.isValid(tab):
            tab.runner.cancel()
            qtbot.waitUntil(lambda: not tab.runner.busy, timeout=20000)
        context.tasks.stop_all(pause=False)
        context.shutdown()
        shiboken6.delete(context)


def type_list(tab, qtbot, keys: list[str]) -> None:
    """Put the list in a Classification tab and wait for its counts (nothing is sent)."""
    tab.input.set_text("\n".join(keys))
    qtbot.waitUntil(
        lambda: tab.input.parsed is not None and tab.input.parsed.unique == len(keys), timeout=20000
    )
    qtbot.waitUntil(lambda: not tab.input.pending(), timeout=20000)
