"""The GUI entry point: `run_gui(argv, demo=...)`.

asyncio runs on the Qt event loop through qasync; blocking API calls run in the task layer's bounded pool.
"""

from __future__ import annotations

import logging
import os
import sys
import time

import shiboken6  # noqa: F401 - loads PySide6's import hook (patched below), not Qt


def _light_pyside_import_hook() -> None:
    """PySide6 asks, for every module imported after it, whether the module's source mentions "PySide6" (for
    `from __feature__ import ...`), with inspect.getsource(): that reads each module into linecache (~10 MiB
    of source lines kept for the whole session) and costs ~0.1 ms a module. Ask the same question of the raw
    file bytes instead; anything else (no .py file, unreadable) goes to PySide6's own check."""
    feature = sys.modules.get("shibokensupport.feature")
    upstream = getattr(feature, "_mod_uses_pyside", None)
    if upstream is None or getattr(upstream, "ipdesk_light", False):
        return

    def mod_uses_pyside(module) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return upstream(module)
        try:
            with open(path, "rb") as f:
                return b"PySide6" in f.read()
        except OSError:
            return upstream(module)

    mod_uses_pyside.ipdesk_light = True
    feature._mod_uses_pyside = mod_uses_pyside


_light_pyside_import_hook()  # before PySide6.QtCore: its first import checks every module loaded so far

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtGui import QGuiApplication, QIcon  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from ipdesk.services.paths import APPLICATION, ORGANIZATION, resource_dir  # noqa: E402

log = logging.getLogger(__name__)
_T0 = time.perf_counter()
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def app_icon() -> QIcon:
    icons = resource_dir("icons")
    icon = QIcon()
    for size in ICON_SIZES:
        png = icons / f"ipdesk-{size}.png"
        if png.is_file():
            icon.addFile(str(png))
    return icon


def create_application(argv: list[str]) -> QApplication:
    """The QApplication (reused if one exists), with names, icon and desktop file name set."""
    QApplication.setOrganizationName(ORGANIZATION)
    QApplication.setApplicationName(APPLICATION)
    # No setApplicationDisplayName: Qt would append it to every window title ("IP Desk — demo mode — IP Desk").
    QGuiApplication.setDesktopFileName("ipdesk")
    app = QApplication.instance() or QApplication(list(argv) or ["ipdesk"])
    app.setWindowIcon(app_icon())
    return app


def set_application_version() -> None:
    """QCoreApplication.applicationVersion (ipdesk.__version__)."""
    from ipdesk import __version__

    QApplication.setApplicationVersion(__version__)


def create_main_window(*, demo: bool | None = None, staged: bool = False):
    """Build the context and the main window, and start the active profile (or demo mode). Returns the
    MainWindow (its `context` holds everything else).

    staged=False (tests, embedding): the asyncio loop must exist; the current tab is built now and the start is
    queued. staged=True (run_gui): only the window's frame is built - no asyncio, no tab content, nothing
    started - so it can be shown at once; call `finish_start(window, demo=...)` once the loop exists."""
    from ipdesk.ui.core.context import AppContext
    from ipdesk.ui.core.i18n import LanguageManager
    from ipdesk.ui.core.settings import make_settings
    from ipdesk.ui.shell.main_window import MainWindow

    settings = make_settings()
    language = LanguageManager(settings)
    language.apply()
    context = AppContext(settings=settings, language=language)
    language.setParent(context)
    if staged:
        context.expect(demo)
    window = MainWindow(context, build_current=not staged)
    QApplication.instance().aboutToQuit.connect(window.shutdown)
    if not staged:
        QTimer.singleShot(0, context, lambda: finish_start(window, demo=demo))
    return window


def finish_start(window, *, demo: bool | None = None) -> None:
    """The second half of the start (the asyncio loop exists): the current tab, then the active profile or
    demo mode (the sandbox and client come up on a worker; the state is "starting" till then)."""
    if window._shut:
        return
    window.start_services()
    window.ensure_tab(window.tabs.currentIndex())
    window.context.start(demo)
    set_application_version()


def wait_first_paint(app: QApplication, window, timeout_s: float = 0.5) -> None:
    """Process Qt events until `window` is exposed and painted (bounded): the frame the user sees first.
    Clicks and keys wait (Qt keeps them) until the asyncio loop runs: a command must not start a task before."""
    from PySide6.QtCore import QEventLoop

    flags = QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents
    deadline = time.perf_counter() + timeout_s
    handle = window.windowHandle()
    while time.perf_counter() < deadline:
        app.processEvents(flags, 10)
        if handle is not None and handle.isExposed():
            app.processEvents(flags)  # the paint that follows the expose
            return
        time.sleep(0.002)


def process_age_ms() -> float | None:
    """Milliseconds since this process was created (Linux: /proc/self/stat starttime), else None."""
    try:
        with open("/proc/self/stat", encoding="ascii") as f:
            fields = f.read().rpartition(")")[2].split()
        start_ticks = int(fields[19])  # field 22 of stat(5): starttime, clock ticks after boot
        with open("/proc/uptime", encoding="ascii") as f:
            uptime = float(f.read().split()[0])
        return (uptime - start_ticks / os.sysconf("SC_CLK_TCK")) * 1000
    except (OSError, ValueError, IndexError):
        return None


def rss_kb() -> int | None:
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return None


def startup_report() -> None:
    """IPDESK_STARTUP_REPORT=1: one line on stdout once the window is shown (time since process creation)."""
    age = process_age_ms()
    age_text = "unknown" if age is None else f"{age:.0f}"
    print(f"startup_ms={age_text} rss_kb={rss_kb()}", flush=True)


def import_asyncio_without_openssl():
    """Import asyncio without letting it load the ssl module (OpenSSL: ~4.5 MiB resident). asyncio imports ssl
    only for its own TLS transports (loop.create_connection(ssl=...)), which IP Desk never uses: its HTTPS goes
    through requests on worker threads, and requests imports ssl itself on the first API call. Without this,
    every session - demo mode, or a user who only reads stored results - would carry OpenSSL from the start."""
    if "asyncio" not in sys.modules and "ssl" not in sys.modules:
        # with None in sys.modules, `import ssl` raises ImportError, which asyncio expects when ssl is missing
        sys.modules["ssl"] = None
        try:
            import asyncio  # noqa: F401
        finally:
            del sys.modules["ssl"]
    import asyncio

    return asyncio


def run_gui(argv: list[str], *, demo: bool | None = None) -> int:
    """Open the main window and run until it closes. demo=True forces demo mode; None = demo when no profile.

    The window's frame is shown and painted first; then asyncio (qasync), logging, the current tab and the
    profile (or the demo sandbox) come up, so the user sees the window as Qt can show one."""
    # Worker threads (HTTP, store, the in-process demo sandbox) share the interpreter lock with the GUI thread;
    # a 1 ms switch interval (default 5 ms) keeps the GUI thread's stalls short while they run.
    sys.setswitchinterval(0.001)
    app = create_application(argv)
    window = create_main_window(demo=demo, staged=True)
    window.show()
    wait_first_paint(app, window)
    shown_ms = (time.perf_counter() - _T0) * 1000
    if os.environ.get("IPDESK_STARTUP_REPORT") == "1":
        startup_report()

    asyncio = import_asyncio_without_openssl()
    import qasync

    from ipdesk.ui.core.logsetup import setup_logging

    setup_logging()
    log.info("main window shown after %.0f ms", shown_ms)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    closed = asyncio.Event()
    app.aboutToQuit.connect(closed.set)
    QTimer.singleShot(0, window, lambda: finish_start(window, demo=demo))
    with loop:
        loop.run_until_complete(closed.wait())
    return 0
