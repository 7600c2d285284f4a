"""Startup benchmark: `ipdesk --demo` against a bare PySide6 QMainWindow started the same way, in the same run,
on the same real X server (Xvfb, xcb).

Both are measured from outside, the same way: time from Popen to the main window being mapped (a visible
window with the expected name, polled with xdotool every 10 ms), and VmRSS from /proc after 1 s idle.
Both are started the same way: this test's Python running a script file (the installed `ipdesk` console script,
the baseline's script written to tmp), the same environment, platform xcb under the same Xvfb.
The app's modules are compiled to bytecode first, as an installed app's are (pip compiles a wheel at install; the
bare baseline's PySide6 is compiled too): a checkout run with PYTHONDONTWRITEBYTECODE=1 would otherwise compile
the whole start from source every time (20-40 ms here), measuring the compiler rather than the app.
Median of several alternating runs. Targets (issue 4): at most 1.3 times the time and 1.5 times the memory; they
are printed with the ratios (met on a quiet machine: about 1.2-1.3 and 1.47), while the assertions catch
regressions with room for a loaded CI machine (time ratio < 2, memory ratio < 1.65).
The app's own "main window shown after N ms" log line (time since ipdesk.ui.app was imported) is reported too, and
its IPDESK_STARTUP_REPORT=1 line (`startup_ms=` since the process was created, `rss_kb=` at that moment) as a
cross-check of the outside measurement.
"""

from __future__ import annotations

import compileall
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "e2e"))
from e2e_support import app_env, find_window, ipdesk_command  # noqa: E402

pytestmark = pytest.mark.benchmark

RUNS = 5
IDLE_S = 1.0
TIME_TARGET, MEMORY_TARGET = 1.3, 1.5  # issue 4, reported
TIME_LIMIT, MEMORY_LIMIT = 2.0, 1.65  # asserted: regressions (a loaded machine stretches the time most)
BARE = (
    "import sys\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication(sys.argv)\n"
    "window = QMainWindow()\n"
    "window.setWindowTitle('Bare baseline')\n"
    "window.resize(1120, 720)\n"
    "window.show()\n"
    "sys.exit(app.exec())\n"
)


def rss_kb(pid: int) -> int:
    status = Path(f"/proc/{pid}/status").read_text()
    return int(re.search(r"^VmRSS:\s+(\d+) kB", status, re.M).group(1))


def measure(
    command: list[str], title: str, env: dict, xdotool: str, out: list | None = None
) -> tuple[float, int]:
    """(ms from process start to its window shown, resident kB after IDLE_S idle); stdout goes to `out`."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        find_window(xdotool, env["DISPLAY"], title, 30, proc)
        shown_ms = (time.perf_counter() - start) * 1000
        time.sleep(IDLE_S)
        memory = rss_kb(proc.pid)
    finally:
        proc.terminate()
        stdout, _ = proc.communicate(timeout=15)
    if out is not None:
        out.append(stdout)
    return shown_ms, memory


def test_startup_time_and_memory_against_a_bare_qmainwindow(
    xvfb_display, tmp_path, bench_report, require_tool
):
    xdotool = require_tool("xdotool")
    import ipdesk

    assert compileall.compile_dir(Path(ipdesk.__file__).parent, quiet=1), "the app's modules did not compile"
    bare_script = tmp_path / "bare_qmainwindow.py"
    bare_script.write_text(BARE, encoding="utf-8")
    app_command = ipdesk_command()
    if Path(app_command[0]).read_bytes()[:2] == b"#!":  # the console script: run it with this same Python
        app_command = [sys.executable, *app_command]
    app, bare = [], []
    own_ms, reports = [], []
    for run in range(RUNS):
        root = tmp_path / f"run{run}"
        env = app_env(root, platform="xcb", DISPLAY=xvfb_display)
        app_env_ = dict(env, IPDESK_STARTUP_REPORT="1")
        first_bare = run % 2 == 0  # alternate the order: neither one always runs on a warmer cache
        if first_bare:
            bare.append(measure([sys.executable, str(bare_script)], "Bare baseline", env, xdotool))
        app.append(measure([*app_command, "--demo"], "IP Desk", app_env_, xdotool, reports))
        if not first_bare:
            bare.append(measure([sys.executable, str(bare_script)], "Bare baseline", env, xdotool))
        log = (root / "data" / "logs" / "ipdesk.log").read_text(encoding="utf-8")
        own_ms += [float(m) for m in re.findall(r"main window shown after (\d+) ms", log)]
    app_ms, app_kb = statistics.median(t for t, _ in app), statistics.median(m for _, m in app)
    bare_ms, bare_kb = statistics.median(t for t, _ in bare), statistics.median(m for _, m in bare)
    time_ratio, memory_ratio = app_ms / bare_ms, app_kb / bare_kb
    found = [re.search(r"^startup_ms=(\d+) rss_kb=(\d+)$", text, re.M) for text in reports]
    self_ms = statistics.median(int(m.group(1)) for m in found) if all(found) else float("nan")
    self_kb = statistics.median(int(m.group(2)) for m in found) if all(found) else 0
    bench_report(
        f"startup (Xvfb, median of {RUNS}): ipdesk --demo {app_ms:.0f} ms, {app_kb / 1024:.1f} MiB; "
        f"bare QMainWindow {bare_ms:.0f} ms, {bare_kb / 1024:.1f} MiB; "
        f"time ratio {time_ratio:.2f} (target <= {TIME_TARGET}: {'met' if time_ratio <= TIME_TARGET else 'NOT met'}), "
        f"memory ratio {memory_ratio:.2f} (target <= {MEMORY_TARGET}: "
        f"{'met' if memory_ratio <= MEMORY_TARGET else 'NOT met'}); "
        f"app's own log: shown after {statistics.median(own_ms):.0f} ms from ipdesk.ui.app import; "
        f"app's own report: startup_ms={self_ms:.0f} since process creation, rss_kb={self_kb} when shown"
    )
    assert all(found), f"no startup_ms=... line from IPDESK_STARTUP_REPORT=1: {reports}"
    # the in-app measure (process creation to show()) lies inside the outside one (Popen to window mapped)
    assert self_ms <= app_ms + 50, f"in-app startup_ms {self_ms} vs {app_ms:.0f} measured from outside"
    assert len(own_ms) == RUNS, "the app did not log 'main window shown after N ms'"
    assert time_ratio < TIME_LIMIT, f"startup time {time_ratio:.2f}x the bare window (regression bound)"
    assert memory_ratio < MEMORY_LIMIT, (
        f"resident memory {memory_ratio:.2f}x the bare window (regression bound)"
    )
