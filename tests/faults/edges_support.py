"""Helpers of the fault tests on inputs, answers, transport and exports: run ``ipdesk`` as its own process
(the real command line) with an isolated data folder and HOME, and measure it (exit code, output, seconds, peak
memory of that very process from ``os.wait4``).

``IPDESK_SOURCE`` (a ``desktop`` folder) runs another checkout of the code under the same tests: how the
"before" column of the fault matrix was measured."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from ipdesk.sandbox.credentials import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET

_DROP = ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE", "SSL_CERT_FILE")
_PROXIES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy")


@dataclass
class Run:
    code: int
    out: str
    err: str
    seconds: float
    max_rss_mb: float  # the peak resident memory of the ipdesk process itself

    @property
    def traceback(self) -> bool:
        return "Traceback (most recent call last)" in self.err


def cli_env(root: Path, base_url: str | None = None, **extra: str) -> dict[str, str]:
    """An environment of its own under ``root`` (data folder, HOME), English messages, no proxy; with
    ``base_url`` the demo client credentials of the sandbox."""
    env = {k: v for k, v in os.environ.items() if k not in _DROP and k not in _PROXIES}
    for sub in ("data", "home"):
        (root / sub).mkdir(mode=0o700, parents=True, exist_ok=True)
    env.update(IPDESK_DATA_DIR=str(root / "data"), HOME=str(root / "home"), LANG="en_US.UTF-8")
    env["NO_PROXY"] = env["no_proxy"] = "127.0.0.1,localhost"
    source = os.environ.get("IPDESK_SOURCE")
    if source:
        env["PYTHONPATH"] = source
    if base_url is not None:
        env.update(
            IPDESK_BASE_URL=base_url,
            PATSNAP_CLIENT_ID=DEMO_CLIENT_ID,
            PATSNAP_CLIENT_SECRET=DEMO_CLIENT_SECRET,
        )
    env.update(extra)
    return env


def start_cli(args: list[str], env: dict[str, str], **kwargs) -> subprocess.Popen:
    kwargs.setdefault("stdout", subprocess.PIPE)
    kwargs.setdefault("stderr", subprocess.PIPE)
    return subprocess.Popen(
        [sys.executable, "-m", "ipdesk", *args], env=env, stdin=subprocess.DEVNULL, **kwargs
    )


def run_cli(args: list[str], env: dict[str, str], timeout: float = 120) -> Run:
    """Run ``ipdesk args`` to its end and reap it with ``os.wait4`` (its own peak memory); killed after
    ``timeout`` s, which fails the test rather than hanging it."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.monotonic()
        process = start_cli(args, env, stdout=out, stderr=err)
        killer = threading.Timer(timeout, process.send_signal, (signal.SIGKILL,))
        killer.start()
        try:
            _, status, usage = os.wait4(process.pid, 0)
        finally:
            killer.cancel()
        seconds = time.monotonic() - started
        process.returncode = os.waitstatus_to_exitcode(status)  # reaped here: Popen must not wait again
        out.seek(0)
        err.seek(0)
        run = Run(
            process.returncode,
            out.read().decode("utf-8", "replace"),
            err.read().decode("utf-8", "replace"),
            seconds,
            usage.ru_maxrss / 1024,
        )
    assert seconds < timeout, f"ipdesk {' '.join(args)} ran longer than {timeout} s:\n{run.err[-2000:]}"
    return run


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


@contextlib.contextmanager
def classify_tab(qtbot, tmp_path: Path, base_url: str, *, secret: str = "fault-test-key"):
    """A shown Classification tab (offscreen) on a context of its own whose profile calls ``base_url`` with an
    API key; its runs and tasks are stopped at the end. Needs the ``qloop`` fixture."""
    from PySide6.QtCore import QSettings

    from ipdesk.services.profiles import Profile
    from ipdesk.ui.classify.tab import ClassifyTab
    from ipdesk.ui.core.context import AppContext
    from ipdesk.ui.core.i18n import LanguageManager

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    context = AppContext(settings=settings, language=LanguageManager(settings))
    context.use_profile(Profile("faults", base_url, "api_key", None), secret=secret)
    qtbot.waitUntil(lambda: context.client() is not None, timeout=10000)
    tab = ClassifyTab(context)
    qtbot.addWidget(tab)
    tab.show()
    try:
        yield tab
    finally:
        tab.runner.cancel()
        qtbot.waitUntil(lambda: not tab.runner.busy, timeout=20000)
        context.tasks.stop_all(pause=False)
        context.shutdown()
